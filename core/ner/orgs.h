// Organisations from the shape of their names, where the tagger took them for places or people: a company
// suffix ends the name ("Halden Mutual", "Brandt Holdings"), or two capitalised names are joined by "&"
// ("Ostrand & Pye"). Table: core/data/ner_company_words.tsv.
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"

namespace aa::ner {

/// Relabels and joins candidates as above. Requires: cands sorted by position, non-overlapping; keeps them so.
void company_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
