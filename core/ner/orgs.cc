#include "ner/orgs.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "data/tables.h"

namespace aa::ner {
namespace {

enum class CompanyWord : uint8_t { Suffix, Honorific, Institution, Centre };

#include "ner_company_words.inc"  // kCompanyWords

constexpr uint16_t kJoinedScore = 700;

std::optional<CompanyWord> company_word(const TokenTable& table, uint32_t i) {
  return table_find(kCompanyWords, table.norm_no_period(i));
}

/// Untagged capitalised words that end in a company suffix ("Halden Mutual"): an ORG of two words or more.
void untagged_companies(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (taken[i] || table.casing(i) != Casing::Title || table.style(i) != Style::Normal ||
          company_word(table, i) != CompanyWord::Suffix)
        continue;
      uint32_t b = i;
      while (b > s.first_token && !taken[b - 1] && table.casing(b - 1) == Casing::Title &&
             table.gaz<kGazTitle>(b - 1) == kPosNone)
        --b;
      if (b < i) added.push_back({b, i + 1, Label::Org, kJoinedScore, {}});
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

}  // namespace

void company_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz, bool sports_report,
                   std::vector<Candidate>& cands) {
  // Short forms: the first word of a two-word organisation ending in a suffix or an institution's word, named
  // earlier in the document, is that organisation ("Morningside Recovery" ... "Morningside"), unless it is a
  // country, a state or a city ("Boston College" ... "Boston").
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity;
  constexpr uint32_t kPlace = kBigPlace | 1u << kGazTown | 1u << kGazRegion;
  std::unordered_set<uint32_t> short_forms;
  for (Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (c.end - c.begin == 1) {
      if (c.label != Label::Org && short_forms.count(phrase_key(table, c.begin, c.end))) c.label = Label::Org;
      continue;
    }
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    bool named = w == CompanyWord::Suffix || w == CompanyWord::Institution;
    if (w == CompanyWord::Centre) {  // a venue in a sports report ("Bell Centre"), elsewhere an institution
      named = !sports_report;
    }
    if (named && (c.label == Label::Gpe || c.label == Label::Loc) &&
        (gaz.find(phrase_key(table, c.begin, c.end)) & kPlace))
      named = false;  // a known place: "West Bank"
    if (named && (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person)) c.label = Label::Org;
    if (named && c.label == Label::Org && c.end - c.begin == 2 && table.casing(c.begin) == Casing::Title &&
        !(gaz.find(phrase_key(table, c.begin, c.begin + 1)) & kBigPlace))
      short_forms.insert(phrase_key(table, c.begin, c.begin + 1));
  }
  untagged_companies(doc, table, cands);
  // "Ostrand & Pye": capitalised words on both sides of "&" in one sentence make one ORG.
  std::vector<Candidate> out;
  size_t k = 0;
  bool joined = false;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.last_token; ++i) {
      if (doc.view(doc.tokens[i].span) != "&") continue;
      if (table.casing(i - 1) != Casing::Title || table.casing(i + 1) != Casing::Title) continue;
      if (table.style(i) != Style::Normal) continue;  // a headline in title case: every word is capitalised
      uint32_t b = i - 1, e = i + 2;
      while (b > s.first_token && table.casing(b - 1) == Casing::Title && !(table.flags(b) & kSentenceStart)) --b;
      while (e < s.last_token && table.casing(e) == Casing::Title) ++e;
      bool titled = false;  // "Mr. & Mrs. Smith" names people
      for (uint32_t t = b; t < e; ++t)
        titled = titled || table.gaz<kGazTitle>(t) != kPosNone || company_word(table, t) == CompanyWord::Honorific;
      if (titled) continue;
      // Candidates inside [b, e) give way; one that crosses its ends keeps it as it is. (Candidates are sorted:
      // one pass over them for the whole document.)
      while (k < cands.size() && cands[k].end <= b) out.push_back(cands[k++]);
      size_t j = k;
      bool crosses = false;
      for (; j < cands.size() && cands[j].begin < e; ++j)
        crosses = crosses || cands[j].begin < b || cands[j].end > e || cands[j].bytes.end;
      if (crosses) continue;
      k = j;  // inside: replaced
      out.push_back({b, e, Label::Org, kJoinedScore, {}});
      joined = true;
      i = e;
    }
  }
  if (!joined) return;
  while (k < cands.size()) out.push_back(cands[k++]);
  cands = std::move(out);
}

}  // namespace aa::ner
