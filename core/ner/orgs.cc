#include "ner/orgs.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
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

/// Untagged capitalised words that end in a company suffix ("Halden Mutual"): an ORG of two words or more. A name
/// the tagger found just before them is part of it ("[Malcolm Smith] Motorsports": the firm, not the man).
void untagged_companies(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> cand_at(doc.tokens.size(), -1);  // the candidate over each token
  for (size_t k = 0; k < cands.size(); ++k)
    for (uint32_t i = cands[k].begin; i < cands[k].end; ++i) cand_at[i] = static_cast<int32_t>(k);
  std::vector<Candidate> added;
  std::vector<uint8_t> dropped(cands.size(), 0);
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (cand_at[i] >= 0 || table.casing(i) != Casing::Title || table.style(i) != Style::Normal ||
          company_word(table, i) != CompanyWord::Suffix)
        continue;
      uint32_t b = i;
      while (b > s.first_token && cand_at[b - 1] < 0 && table.casing(b - 1) == Casing::Title &&
             table.gaz<kGazTitle>(b - 1) == kPosNone)
        --b;
      if (b > s.first_token && cand_at[b - 1] >= 0) {
        Candidate& c = cands[cand_at[b - 1]];
        bool name = c.label == Label::Person || c.label == Label::Org || c.label == Label::Gpe || c.label == Label::Loc;
        if (name && !c.bytes.end && c.end == b && doc.tokens[c.begin].block == doc.tokens[i].block) {
          dropped[cand_at[b - 1]] = 1;
          b = c.begin;
        }
      }
      if (b < i) added.push_back({b, i + 1, Label::Org, kJoinedScore, {}});
    }
  }
  if (added.empty()) return;
  replace_candidates(cands, dropped, added);
}

/// Small words an expansion may hold that its acronym leaves out ("Department of Housing and Urban Development").
bool acronym_skip(std::string_view norm) {
  return norm == "of" || norm == "and" || norm == "for" || norm == "the" || norm == "on" || norm == "&" ||
         norm == "de" || norm == "du" || norm == "des" || norm == "la";
}

/// "The Greater New Orleans Fair Housing Action Center (GNOFHAC)", "the World Health Organisation (WHO)": an
/// all-capitals word in brackets whose letters are the initials of the capitalised words just before the bracket
/// (small words between them left out) names what they name. A candidate that ends at the bracket and holds the
/// initials gives its label to both ("the United States (US)": GPE); else the words become one ORG, replacing the
/// candidates inside them ("New Orleans"), and the acronym an ORG too. Later mentions of the acronym are found by
/// propagate (entities.cc); those the tagger labelled otherwise take the acronym's label. Requires: cands sorted by
/// position, non-overlapping; keeps them so.
void bracketed_acronyms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr size_t kLongest = 10;  // letters of an acronym
  std::vector<Candidate> added;
  std::vector<std::pair<uint32_t, uint32_t>> replaced;  // token ranges whose candidates give way
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 2 < s.last_token; ++i) {
      if (doc.view(doc.tokens[i].span) != "(" || doc.view(doc.tokens[i + 2].span) != ")") continue;
      std::string_view acr = doc.view(doc.tokens[i + 1].span);
      if (table.casing(i + 1) != Casing::Upper || acr.size() < 2 || acr.size() > kLongest) continue;
      bool letters = true;
      for (char ch : acr) letters = letters && ch >= 'A' && ch <= 'Z';
      if (!letters) continue;
      // Match the letters from the last one back, one capitalised word each.
      size_t k = acr.size();
      uint32_t b = i;
      // A company suffix the acronym leaves out: "Advanced Micro Devices Inc. (AMD)".
      bool suffix = company_word(table, i - 1) == CompanyWord::Suffix && table.casing(i - 1) == Casing::Title;
      if (suffix) --b;
      while (k > 0 && b > s.first_token) {
        uint32_t w = b - 1;
        std::string_view form = doc.view(doc.tokens[w].span);
        if ((table.casing(w) == Casing::Title || table.casing(w) == Casing::Upper) && form[0] == acr[k - 1]) {
          --k;
          b = w;
        } else if (table.casing(w) == Casing::Lower && acronym_skip(table.norm(w)) && b < i - suffix) {
          b = w;  // a small word inside the expansion: kept only if a matched word comes before it
        } else {
          break;
        }
      }
      if (k > 0) continue;
      if (i - b - suffix < 2) continue;  // one word is no expansion
      // The candidate ending at the bracket and covering the expansion, if any (cands are sorted and do not
      // overlap, so their ends are sorted too).
      const Candidate* whole = nullptr;
      bool inside_other = false;
      auto first = std::partition_point(cands.begin(), cands.end(), [&](const Candidate& c) { return c.end <= b; });
      for (auto c = first; c != cands.end() && c->begin < i + 3; ++c) {
        if (c->bytes.end) inside_other = true;
        if (c->end == i && c->begin <= b)
          whole = &*c;
        else if (c->begin < b || c->end > i + 2)
          inside_other = true;  // crosses the expansion's ends or the bracket
      }
      if (inside_other) continue;
      // Untagged words name an organisation only when they end in an organisation's word ("... Action Center");
      // a tagged name keeps its label if it is an organisation or a country ("Endangered Species Act (ESA)" and
      // "Coordinated Universal Time (UTC)" are neither).
      Label label = whole ? whole->label : Label::Org;
      if (!whole) {
        std::optional<CompanyWord> w = company_word(table, i - 1);
        if (!w || w == CompanyWord::Honorific) continue;
      }
      if (label != Label::Org && label != Label::Gpe) continue;
      if (!whole) {
        replaced.push_back({b, i});
        added.push_back({b, i, Label::Org, kJoinedScore, {}});
      }
      replaced.push_back({i + 1, i + 2});
      added.push_back({i + 1, i + 2, label, kJoinedScore, {}});
      i += 2;
    }
  }
  if (added.empty()) return;
  // Other mentions of an acronym the tagger labelled otherwise take its label ("IFO say ...": not a place).
  std::unordered_map<std::string_view, Label> acronyms;
  for (const Candidate& a : added)
    if (a.end - a.begin == 1 && table.casing(a.begin) == Casing::Upper)
      acronyms.emplace(doc.view(doc.tokens[a.begin].span), a.label);
  for (Candidate& c : cands) {
    if (c.end - c.begin != 1 || c.bytes.end) continue;
    auto it = acronyms.find(doc.view(doc.tokens[c.begin].span));
    if (it != acronyms.end()) c.label = it->second;
  }
  // Both lists are in text order: one pass drops the candidates inside a replaced range.
  std::vector<Candidate> out;
  out.reserve(cands.size() + added.size());
  size_t r = 0;
  for (const Candidate& c : cands) {
    while (r < replaced.size() && replaced[r].second <= c.begin) ++r;
    bool gone = r < replaced.size() && c.begin >= replaced[r].first && c.end <= replaced[r].second;
    if (!gone) out.push_back(c);
  }
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  cands = std::move(out);
}

}  // namespace

void company_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz, bool sports_report,
                   std::vector<Candidate>& cands) {
  bracketed_acronyms(doc, table, cands);
  // Short forms: the first word of a two-word organisation ending in a suffix or an institution's word, named
  // earlier in the document, is that organisation ("Morningside Recovery" ... "Morningside"), unless it is a
  // country, a state or a city ("Boston College" ... "Boston").
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity;
  constexpr uint32_t kPlace = kBigPlace | 1u << kGazTown | 1u << kGazRegion;
  std::unordered_set<uint32_t> short_forms;
  for (Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (c.label != Label::Org && short_forms.count(phrase_key(table, c.begin, c.end))) {
      c.label = Label::Org;
      continue;
    }
    if (c.end - c.begin == 1) continue;
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    bool named = w == CompanyWord::Suffix || w == CompanyWord::Institution;
    if (w == CompanyWord::Centre) {  // a venue in a sports report ("Bell Centre"), elsewhere an institution
      named = !sports_report;
    }
    if (named && (c.label == Label::Gpe || c.label == Label::Loc) &&
        (gaz.find(phrase_key(table, c.begin, c.end)) & kPlace))
      named = false;  // a known place: "West Bank"
    if (named && (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person)) c.label = Label::Org;
    // "Betty Ford Center" ... "at Betty Ford": the words before the last, up to three, all capitalised.
    bool titled = true;
    for (uint32_t i = c.begin; i + 1 < c.end; ++i) titled = titled && table.casing(i) == Casing::Title;
    if (named && c.label == Label::Org && c.end - c.begin >= 2 && c.end - c.begin <= 4 && titled &&
        !(gaz.find(phrase_key(table, c.begin, c.end - 1)) & kBigPlace))
      short_forms.insert(phrase_key(table, c.begin, c.end - 1));
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
