// Adjustments of the tagger's output where the conventions of the contract are clearer as rules than as
// learnt weights: titles are not part of names, a country before an organisation is its own entity, "the BRICS
// summit" names the organisation, "China-Russia" names two countries, "the West" is a place.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "document.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// An entity in the making: tokens [begin, end), or part of one token when `bytes` is set (sub-token entities
/// such as "China" in "China-Russia").
struct Candidate {
  uint32_t begin = 0, end = 0;
  Label label = Label::Person;
  uint16_t score = 0;  // thousandths
  Span bytes{};        // empty: the tokens' span
};

/// Applies every adjustment below, in order, to candidates sorted by position; keeps them sorted and
/// non-overlapping.
[[gnu::noinline]] void adjust(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                              std::vector<Candidate>& cands);

/// The length in tokens of the title ("President", "Foreign Minister", "Gen.") that starts at token b and ends
/// before e, or 0.
uint32_t title_prefix(const TokenTable& table, const Gazetteer& gazetteer, uint32_t b, uint32_t e);

/// For each of `tokens` tokens, the index in `cands` of the candidate over it, or -1.
std::vector<int32_t> candidate_at(size_t tokens, const std::vector<Candidate>& cands);

/// Can one candidate over tokens [b, e) replace the ones on them? Every candidate on them lies inside [b, e) and
/// covers whole tokens (`at`: candidate_at).
bool only_inside(const std::vector<int32_t>& at, const std::vector<Candidate>& cands, uint32_t b, uint32_t e);

/// Marks in `drop` every candidate on tokens [b, e) (`at`: candidate_at).
void drop_on(const std::vector<int32_t>& at, uint32_t b, uint32_t e, std::vector<uint8_t>& drop);

/// The candidates not marked in `drop` (one flag per candidate) and `added`, sorted by position: the last step of
/// every document-level rule that replaces readings.
void replace_candidates(std::vector<Candidate>& cands, const std::vector<uint8_t>& drop,
                        const std::vector<Candidate>& added);

/// A list of names from token b, before `last`: runs of capitalised words (up to `longest` each, not in a headline's
/// style) joined by commas, the last by "and" or "or", then no capitalised word ("Ridgeline Paving and Atlas
/// Demolition,", "Ngozi, Ada and Obi."). The names' tokens [begin, end), or none if the words there make no such list
/// of two names or more.
std::vector<std::pair<uint32_t, uint32_t>> listed_names(const TokenTable& table, uint32_t b, uint32_t last,
                                                        uint32_t longest);

}  // namespace aa::ner
