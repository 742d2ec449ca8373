// What the structure fuzzers check of any document: abort() on a broken promise, so libFuzzer keeps the input.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>

#include "document.h"

namespace aa::fuzz {

inline void require(bool ok) {
  if (!ok) std::abort();
}

/// Is `at` a code-point boundary of the UTF-8 text t (its end included)?
inline bool boundary(const std::string& t, uint32_t at) {
  return at == t.size() || (at < t.size() && (static_cast<unsigned char>(t[at]) & 0xC0) != 0x80);
}

/// The article's blocks are in order, inside the text and on code-point boundaries; so is the date's span.
inline void check_blocks(const Document& doc) {
  uint32_t end = 0;
  for (const auto& b : doc.article.blocks) {
    require(b.span.begin >= end && b.span.begin <= b.span.end && b.span.end <= doc.text.size());
    require(boundary(doc.text, b.span.begin) && boundary(doc.text, b.span.end));
    end = b.span.end;
  }
  if (doc.article.date) {
    require(doc.article.date->span.end <= doc.text.size());
    require(boundary(doc.text, doc.article.date->span.begin) && boundary(doc.text, doc.article.date->span.end));
  }
}

}  // namespace aa::fuzz
