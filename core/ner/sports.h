// Sports reports: a place that plays is a club. In a document that reads as a sports report (result words
// and scores: "Leeds beat Chelsea 2-1", result lines "Harwich 3 Dunmore 1"), a GPE the tagger found becomes an
// ORG unless a locative preposition puts it on the map ("fans in Leeds", "at Derby"). Table:
// core/data/ner_sports.tsv.
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// Is the document a sports report? Result words (three Weak words or Plays verbs count as one) with scores
/// (a score token, a result line, a margin "by 22 runs", a cricket score "312 for six"): two and one, one and two,
/// or four result words.
/// `known_clubs`: names of clubs found in the document, each counted as a result word (sports_teams adds two for
/// each pair of places on both sides of a result verb in the lede: "Stuttgart host Leipzig on Friday").
/// A team sheet, in any document: a paragraph "Kestrel Rovers: Fielding, Price, Moore (Cole 80), Ward; ..." (a
/// side's name, a colon, then six or more players by one or two capitalised words each, separated by commas or
/// semicolons, a substitute in brackets with the minute): each player is a PERSON, whatever the tagger read
/// ("[ORG Moore]", "[PERSON Ashby, Lennon]"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void team_sheets(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

bool is_sports_report(const Document& doc, const TokenTable& table, size_t known_clubs = 0);

/// In a sports report: both sides of a result line are ORGs, tagged or not; names ending in a Venue word are
/// grounds (LOC); GPE candidates, one-word PERSONs the gazetteers know as places, and names seen as sides of a
/// result ("X beat Y", "X were beaten by Y", "X host Y") become ORG, unless a locative preposition puts them on
/// the map. Also a sign of a team: a place with a plural verb at a clause's start ("Kestrel Valley have sacked",
/// British usage), the side of a result noun ("a 3-0 defeat by X"); in a sports report, known clubs, leagues by a
/// one-word name ("the Premiership") and plural nicknames after "the" ("the Chiefs") the tagger missed are ORG,
/// and "the city of X", "fly to X", "go to X", "fly back to X" put X on the map; a plural one-word "person" that is
/// no known name ("Catalans") is a team like a place. In any document: leagues by a name of two or three words
/// ("Premier League", "Serie A", "Big Ten") are ORG, cups named like leagues ("Champions League") EVENT
/// (docs/annotation.md); a franchise after "the" or before a plural verb ("Hobart Hurricanes have signed") and a
/// club's plural nickname after its full name ("the Maple Valley Mavericks" ... "the Mavericks") are ORG. Returns
/// whether the document was read as a sports report (false too when it has no place or person).
[[gnu::noinline]] bool sports_teams(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                    std::vector<Candidate>& cands);

}  // namespace aa::ner
