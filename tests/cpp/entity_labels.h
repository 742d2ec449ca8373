// The labels a document's entities give a text, for the entity tests (test_entities, test_places, test_web,
// test_dateline). Header-only.
#pragma once

#include <string>

#include "document.h"

/// The label of the first entity whose text is `text`, or "none".
inline std::string label_of(const aa::Document& doc, const std::string& text) {
  for (const auto& e : doc.entities)
    if (doc.view(e.span) == text) return aa::label_name(e.label);
  return "none";
}

/// The labels of every entity whose text is `text`, space-separated, or "none".
inline std::string labels_of(const aa::Document& doc, const std::string& text) {
  std::string out;
  for (const auto& e : doc.entities)
    if (doc.view(e.span) == text) out += std::string(out.empty() ? "" : " ") + aa::label_name(e.label);
  return out.empty() ? std::string("none") : out;
}
