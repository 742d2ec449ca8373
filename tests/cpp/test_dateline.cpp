// Wire datelines (text/dateline.h), and what the entity and quotation stages make of them. Invented text only.
#include <catch2/catch.hpp>
#include <string>

#include "analyser.h"
#include "entity_labels.h"
#include "json/writers.h"
#include "text/dateline.h"

namespace {

/// The dateline of the article's first paragraph as "place|region|agency|rest", or "none".
std::string dateline_of(const std::string& first_paragraph) {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse("Town backs a plan\n\n" + first_paragraph + "\n");
  uint32_t t = 0;
  while (t < doc.tokens.size() && doc.article.blocks[doc.tokens[t].block].kind != aa::BlockKind::Paragraph) ++t;
  std::optional<aa::Dateline> d = aa::find_dateline(doc, t);
  if (!d) return "none";
  auto words = [&](uint32_t b, uint32_t e) {
    return b < e ? std::string(doc.view({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end})) : std::string();
  };
  return words(d->place_begin, d->place_end) + "|" + words(d->region_begin, d->region_end) + "|" +
         words(d->agency_begin, d->agency_end) + "|" + std::string(doc.view(doc.tokens[d->end].span));
}

}  // namespace

TEST_CASE("dateline: the place, region and agency of a wire dateline", "[dateline]") {
  CHECK(dateline_of("PORT ELLERY, Maine — The council met.") == "PORT ELLERY|Maine||The");
  CHECK(dateline_of("ST. ORRIN, Minn. — The council met.") == "ST. ORRIN|Minn.||The");
  CHECK(dateline_of("GLENVALE, Ore. (AP) — The council met.") == "GLENVALE|Ore.|AP|The");
  CHECK(dateline_of("NEW YORK (Reuters) - The council met.") == "NEW YORK||Reuters|The");
  CHECK(dateline_of("LONDON, Jan. 25 (Reuters) - The council met.") == "LONDON||Reuters|The");
  CHECK(dateline_of("LONDON, March 3 (Reuters) - The council met.") == "LONDON||Reuters|The");
  CHECK(dateline_of("SANTA DORA, New Mexico — The council met.") == "SANTA DORA|New Mexico||The");
  CHECK(dateline_of("KYIV/MOSCOW (Reuters) - The council met.") == "KYIV/MOSCOW||Reuters|The");
  // None: lower-case words before the dash, a dash too far in, an abbreviation alone, no dash.
  CHECK(dateline_of("NATO troops — about 400 — will leave.") == "none");
  CHECK(dateline_of("U.S. — The council met.") == "none");
  CHECK(dateline_of("PORT ELLERY, Maine, where the council met on Monday after a long and bitter argument over "
                    "the harbour, voted — at last.") == "none");
  CHECK(dateline_of("The council met in PORT ELLERY — at last.") == "none");
}

// An editor saw "PORT [PERSON ELLERY], Maine —", an unknown town left untagged and "Ore." unmarked: the dateline's
// place and state are places; an agency stays an ORG, a word that only looks like a dateline stays untagged.
TEST_CASE("dateline: its place and region are GPEs", "[dateline][ner]") {
  aa::Analyser analyser;
  aa::Document a = analyser.analyse(
      "Harbour vote delayed\n\nPORT ELLERY, Maine — The harbour board on Tuesday delayed a vote on the ferry "
      "terminal.\n\nMembers will meet again in March.\n");
  CAPTURE(aa::to_inline_text(a));
  CHECK(label_of(a, "PORT ELLERY") == "GPE");
  CHECK(label_of(a, "Maine") == "GPE");
  aa::Document b = analyser.analyse(
      "Mill to close\n\nGLENVALE, Ore. (AP) — The last sawmill in town will close in June, its owner said.\n");
  CAPTURE(aa::to_inline_text(b));
  CHECK(label_of(b, "GLENVALE") == "GPE");
  CHECK(label_of(b, "Ore.") == "GPE");
  CHECK(label_of(b, "AP") == "ORG");
  aa::Document w = analyser.analyse(
      "Fares rise\n\nMARLOW, Jan. 25 (Wirenews) - Ferry fares will rise again in March, the operator said.\n");
  CAPTURE(aa::to_inline_text(w));
  CHECK(label_of(w, "Wirenews") == "ORG");  // the outlet (docs/annotation.md)
  // The dateline's town named alone later is the town ("[PERSON Kestrelby] harbour" on a page, LOC here).
  aa::Document k = analyser.analyse(
      "Ferry timetable approved\n\nKESTRELBY — The town council voted on Tuesday to add two evening crossings from "
      "March.\n\nThe ferry leaves Kestrelby harbour at six, said Maren Holt, who chairs the committee.\n");
  CAPTURE(aa::to_inline_text(k));
  CHECK(label_of(k, "KESTRELBY") == "GPE");
  CHECK(label_of(k, "Kestrelby") == "GPE");
  aa::Document c =
      analyser.analyse("Notice\n\nUPDATE — The meeting planned for Tuesday has been moved to the library.\n");
  CAPTURE(aa::to_inline_text(c));
  CHECK(label_of(c, "UPDATE") == "none");
}

// Eighth editor's round (session 9): an unknown town in capitals the tagger read as an organisation ("[ORG
// HALVERSTON] —", and before its county "[ORG HALVERSTON], [GPE England] —") is the dateline's place; an
// organisation the gazetteers list stays one.
TEST_CASE("dateline: a place read as an organisation is a GPE", "[dateline][ner][editor8]") {
  aa::Analyser analyser;
  aa::Document a = analyser.analyse(
      "Council leader defends plan\n\nHALVERSTON — The leader of Halverston Borough Council, Derek Ambrose, on "
      "Tuesday defended a plan to build homes on railway land.\n");
  CAPTURE(aa::to_inline_text(a));
  CHECK(label_of(a, "HALVERSTON") == "GPE");
  CHECK(label_of(a, "Halverston Borough Council") == "ORG");
  aa::Document b = analyser.analyse(
      "Council leader defends plan\n\nHALVERSTON, England — The leader of the council on Tuesday defended a plan "
      "to build homes on railway land.\n");
  CAPTURE(aa::to_inline_text(b));
  CHECK(label_of(b, "HALVERSTON") == "GPE");
  CHECK(label_of(b, "England") == "GPE");
}

// The dateline is not what was said, nor the subject that says it: "ST. ORRIN, Minn. — The council ..., officials
// said" gave the dateline inside the reported clause, and a participle's speaker was the dateline's town.
TEST_CASE("dateline: outside a reported clause and never its speaker", "[dateline][quotes]") {
  aa::Analyser analyser;
  aa::Document a = analyser.analyse(
      "Budget passes\n\nST. ORRIN, Minn. — The council on Monday approved the budget, officials said.\n");
  CAPTURE(aa::to_inline_text(a));
  REQUIRE(a.quotes.size() == 1);
  CHECK(a.view(a.quotes[0].span) == "The council on Monday approved the budget");
  aa::Document b = analyser.analyse(
      "Ferry plan\n\nPORT ELLERY, Maine — Residents packed a hearing on Tuesday, saying the terminal would block "
      "the view.\n");
  CAPTURE(aa::to_inline_text(b));
  for (const auto& q : b.quotes) CHECK(q.speaker.name.find("ELLERY") == std::string::npos);
}
