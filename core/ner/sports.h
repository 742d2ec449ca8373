// Sports reports: a place that plays is a club. In a document that reads as a sports report (result words
// and scores: "Leeds beat Chelsea 2-1", result lines "Harwich 3 Dunmore 1"), a GPE the tagger found becomes an
// ORG unless a locative preposition puts it on the map ("fans in Leeds", "at Derby"). Table:
// core/data/ner_sports.tsv.
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"

namespace aa::ner {

/// Is the document a sports report? At least two result words, and a score or two more result words.
bool is_sports_report(const Document& doc, const TokenTable& table);

/// In a sports report, GPE candidates not after a locative preposition become ORG. Does nothing elsewhere.
/// Returns whether the document was read as a sports report (false too when it has no place or person).
[[gnu::noinline]] bool sports_teams(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
