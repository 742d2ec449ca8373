// Words that name nothing though the tagger made a name of them, in the web and academic text of uner_en_ewt and
// GUM: the acronym of a field or a method the document writes out ("Digital Heritage" ... "courses on DH"), and
// question words ("Who's Who", "WHO WANTS ..." in a line in capitals).
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"

namespace aa::ner {

/// A one-word, all-capitals PERSON, GPE or LOC that no list of places has ("US" stays), whose letters are the initials
/// of capitalised words that the document writes out in running text and that no entity covers ("research in Digital
/// Heritage" ... "courses on DH"): the acronym of a term, no name; it is dropped. Letters that are also the initials of
/// an entity the document names keep their entity ("the Bay Area Rapid Transit" ... "BART"). Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void acronyms_of_terms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A question word alone is no name: a one-word entity "Who", "What", ... in title case ("the Who's Who of local
/// sailors"), or in a sentence written all in capitals ("WHO WANTS TO HELP?"), is dropped; "WHO" inside a sentence
/// in ordinary case (the health agency) stays.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void question_words(const TokenTable& table, std::vector<Candidate>& cands);

/// A contract's capitalised name is no organisation's, as e-mails about deals write it ("the Guaranty", "the
/// Agreement"): a one-word entity of such a word is dropped, and one after a company's suffix is cut back to the
/// company ("[ORG Velmark Corporation] Guaranty").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void contract_names(const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
