// Labels that a word of the name decides (table: core/data/ner_name_words.tsv): events named by one word or
// ending in "Awards" ("the Oscars", "the 81st annual Academy Awards"), which the tagger, trained on
// sets without such events, takes for places or people; and states or provinces abbreviated with a period
// ("Sacramento, Calif.", "Memphis, Tenn."), which are GPEs although no gazetteer lists them; common acronyms that
// name nothing ("CRLF", "USB", "DUI") are not entities.
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"

namespace aa::ner {

/// Relabels, replaces and adds candidates as above. Requires: cands sorted by position, non-overlapping; keeps
/// them so.
[[gnu::noinline]] void name_words(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
