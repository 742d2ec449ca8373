// Rules for the labels that rules get right: DATE, TIME, MONEY, PERCENT and QUANTITY ("January 25, 2023",
// "the coming days", "$4.5bn", "3.2%", "40 km"). Tables: core/data/ner_time_words.tsv, ner_numbers.tsv,
// ner_units.tsv.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "ner/features.h"

namespace aa::ner {

struct RuleMatch {
  uint32_t begin = 0, end = 0;  // tokens [begin, end) of doc.tokens
  Label label = Label::Date;
  uint16_t score = 0;  // confidence in thousandths
};

/// Finds DATE, TIME, MONEY, PERCENT and QUANTITY expressions inside each sentence of `doc`, left to right, the
/// longest at each position. Requires doc.tokens and doc.sentences. Promises: matches sorted, non-overlapping,
/// each inside one sentence.
std::vector<RuleMatch> find_rule_entities(const Document& doc);
/// The same with the document's token table (features.h) at hand, which saves working it out again.
std::vector<RuleMatch> find_rule_entities(const Document& doc, const TokenTable& table);

}  // namespace aa::ner
