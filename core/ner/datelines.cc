#include <algorithm>

#include "ner/names.h"
#include "text/dateline.h"

namespace aa::ner {
namespace {

constexpr uint16_t kDatelineScore = 700;
constexpr int kDatelineParagraphs = 2;  // a dateline opens the article's first paragraph (or the second, after a
                                        // standfirst the structure stage read as body)

// Makes tokens [b, e) one entity of `label`: words the tagger left untagged (if `add_untagged`), and (if `relabel`)
// candidates inside them read as a person or a place; an ORG, a DATE or any other label, or a candidate that reaches
// outside them, keeps the words as they are.
void mark(uint32_t b, uint32_t e, Label label, bool add_untagged, bool relabel, std::vector<Candidate>& cands) {
  if (b >= e) return;
  bool tagged = false;
  for (const Candidate& c : cands) {
    if (c.end <= b || c.begin >= e) continue;
    if (!relabel || c.bytes.end || c.begin < b || c.end > e ||
        (c.label != Label::Person && c.label != Label::Loc && c.label != Label::Gpe))
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

}  // namespace

void dateline_places(const Document& doc, std::vector<Candidate>& cands) {
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
      mark(b, e, Label::Gpe, shown, true, cands);
    }
    mark(d->region_begin, d->region_end, Label::Gpe, true, true, cands);
    mark(d->agency_begin, d->agency_end, Label::Org, true, false, cands);  // "(Wirewire)": the outlet, if untagged
    return;
  }
}

}  // namespace aa::ner
