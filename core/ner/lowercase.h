// Names written in lowercase, as forum posts and questions write them ("moving to florida next year"): the
// tagger, which leans on capitals, leaves them out (uner_en_ewt's answers and reviews).
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// In a sentence written in lowercase from its first word (Style::Lower, and no capital to begin it), an untagged
/// lowercase word or two that the gazetteer lists as a country or a state ("flights to peru", "i live in new mexico")
/// is a GPE, and so is a city the lists know right after "to", "in", "from", "near", "around" or "visiting" ("helping
/// my dad move to swindon"), unless it is also a person's name ("georgia", "jordan"), a word of fewer than four
/// letters (codes: "in", "us", "ca") or a common word (core/data/ner_lowercase_words.tsv: "turkey", "china", "in
/// reading", "to bath"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void lowercase_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                        std::vector<Candidate>& cands);

/// In a sentence written in lowercase from its first word, an untagged lowercase given name of the lists (not a name
/// of a place, a firm or a people, nor a word: core/data/ner_lowercase_words.tsv) is a PERSON after "ask", "tell",
/// "with", a word for a relative or a friend ("my cousin jordan"), before "is", "was", "said" (not after "the", "my"
/// or a preposition: "the kelly bag"), or beside another given name with "and" ("tina and becca"). Requires: cands
/// sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void lowercase_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                         std::vector<Candidate>& cands);

}  // namespace aa::ner
