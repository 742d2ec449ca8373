// Candidates given by hand to one entity rule, whatever the tagger would read, for the rule tests (test_ner_names,
// test_terms): the embedded model, the tokens of a text, and the candidates written back as "text LABEL".
// Header-only; include after catch.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"

namespace aa::test {

/// The embedded entity model, loaded once for the test run.
inline const aa::EntityModel& embedded_model() {
  static const aa::EntityModel m = aa::EntityModel::embedded();
  return m;
}

/// The token range [b, e) of the nth occurrence of `text` as whole tokens (at most 8) that starts at token `from`
/// or later; fails the test when there is none.
inline std::pair<uint32_t, uint32_t> tokens_of(const aa::Document& doc, const std::string& text, size_t nth = 0,
                                               uint32_t from = 0) {
  for (uint32_t b = from; b < doc.tokens.size(); ++b)
    for (uint32_t e = b + 1; e <= doc.tokens.size() && e <= b + 8; ++e)
      if (doc.text.compare(doc.tokens[b].span.begin, doc.tokens[e - 1].span.end - doc.tokens[b].span.begin, text) ==
              0 &&
          doc.tokens[e - 1].span.end - doc.tokens[b].span.begin == text.size() && nth-- == 0)
        return {b, e};
  FAIL("no tokens for " << text);
  return {0, 0};
}

/// Each candidate as "text LABEL", in the order given.
inline std::vector<std::string> candidate_texts(const aa::Document& doc, const std::vector<aa::ner::Candidate>& cands) {
  std::vector<std::string> out;
  for (const aa::ner::Candidate& c : cands)
    out.push_back(std::string(doc.text.substr(doc.tokens[c.begin].span.begin,
                                              doc.tokens[c.end - 1].span.end - doc.tokens[c.begin].span.begin)) +
                  " " + aa::label_name(c.label));
  return out;
}

}  // namespace aa::test
