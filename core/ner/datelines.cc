#include <algorithm>
#include <string>

#include "ner/names.h"
#include "text/dateline.h"
#include "text/unicode.h"

namespace aa::ner {
namespace {

constexpr uint16_t kDatelineScore = 700;
constexpr int kDatelineParagraphs = 2;  // a dateline opens the article's first paragraph (or the second, after a
                                        // standfirst the structure stage read as body)

// Makes tokens [b, e) one entity of `label`: words the tagger left untagged (if `add_untagged`), and (if `relabel`)
// candidates inside them read as a person or a place, or (if `org_too`) as an organisation; a DATE or any other
// label, or a candidate that reaches outside them, keeps the words as they are.
void mark(uint32_t b, uint32_t e, Label label, bool add_untagged, bool relabel, bool org_too,
          std::vector<Candidate>& cands) {
  if (b >= e) return;
  bool tagged = false;
  for (const Candidate& c : cands) {
    if (c.end <= b || c.begin >= e) continue;
    if (!relabel || c.bytes.end || c.begin < b || c.end > e ||
        (c.label != Label::Person && c.label != Label::Loc && c.label != Label::Gpe &&
         !(org_too && c.label == Label::Org)))
      return;
    tagged = true;
  }
  if (!tagged && !add_untagged) return;
  cands.erase(
      std::remove_if(cands.begin(), cands.end(), [&](const Candidate& c) { return c.begin >= b && c.end <= e; }),
      cands.end());
  Candidate g{b, e, label, kDatelineScore, {}};
  cands.insert(std::lower_bound(cands.begin(), cands.end(), g,
                                [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; }),
               g);
}

// "KESTRELBY — ... the ferry leaves [PERSON Kestrelby] harbour": a one-word dateline place the stage made a GPE is
// the same place when the article names it alone later and the tagger read a person or a LOC there (not after an
// abbreviated title: "Mr. Kestrelby").
void same_place_later(const Document& doc, uint32_t place, std::vector<Candidate>& cands) {
  auto is_gpe_at = [&](const Candidate& c) { return c.begin == place && c.end == place + 1 && c.label == Label::Gpe; };
  if (std::none_of(cands.begin(), cands.end(), is_gpe_at)) return;
  std::string name = unicode::lowercase(doc.view(doc.tokens[place].span));
  for (Candidate& c : cands) {
    if (c.begin <= place || c.end != c.begin + 1 || c.bytes.end) continue;
    if (c.label != Label::Person && c.label != Label::Loc) continue;
    if (doc.tokens[c.begin - 1].kind == TokenKind::Abbrev) continue;
    if (unicode::lowercase(doc.view(doc.tokens[c.begin].span)) == name) c.label = Label::Gpe;
  }
}

}  // namespace

void dateline_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                     std::vector<Candidate>& cands) {
  constexpr uint32_t kOrgLists = 1u << kGazCompany | 1u << kGazClub | 1u << kGazUniversity | 1u << kGazOrgName;
  int paragraphs = 0;
  for (uint32_t t = 0; t < doc.tokens.size() && paragraphs < kDatelineParagraphs; ++t) {
    if (t > 0 && doc.tokens[t - 1].block == doc.tokens[t].block) continue;
    if (doc.article.blocks[doc.tokens[t].block].kind != BlockKind::Paragraph) continue;
    ++paragraphs;
    std::optional<Dateline> d = find_dateline(doc, t);
    if (!d) continue;
    bool shown = d->region_end > d->region_begin || d->agency_end > d->agency_begin;  // not "UPDATE —"
    for (uint32_t b = d->place_begin, e = b; b < d->place_end; b = e + 1) {           // "KYIV/MOSCOW": two places
      for (e = b; e < d->place_end && doc.view(doc.tokens[e].span) != "/";) ++e;
      // The tagger's ORG on an unknown place in capitals ("[ORG HALVERSTON] —") gives way; not a name the
      // gazetteers list as an organisation's.
      bool org_too = !(gazetteer.find(phrase_key(table, b, e)) & kOrgLists);
      mark(b, e, Label::Gpe, shown, true, org_too, cands);
    }
    mark(d->region_begin, d->region_end, Label::Gpe, true, true, false, cands);
    mark(d->agency_begin, d->agency_end, Label::Org, true, false, false, cands);  // "(Wirewire)": the outlet
    if (d->place_end == d->place_begin + 1) same_place_later(doc, d->place_begin, cands);
    return;
  }
}

}  // namespace aa::ner
