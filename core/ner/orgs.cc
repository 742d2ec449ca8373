#include "ner/orgs.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/tables.h"
#include "ner/names.h"
#include "ner/type_lookup.h"
#include "once_per_document.h"

namespace aa::ner {
namespace {

enum class CompanyWord : uint8_t {
  Suffix,
  Honorific,
  Institution,
  Centre,
  Company,
  Common,
  Head,
  Lead,
  Known,
  Employee,
  Kind,
  WeakSuffix,
  Plain,
  Acts,
  Possessive,
  Product,
  Registry,
  Worship,
  First,
  Establishment,
  Trade,
  Buys,
  Venue
};

#include "ner_company_words.inc"  // kCompanyWords

enum class BodyNoun : uint8_t { Body, Before, Ensemble, Brand, Plural, Apposed };

/// A noun for a body of the table: Body, or Brand, which also names one after a name ("the Westland brand").
bool is_body(std::optional<BodyNoun> n) {
  return n == BodyNoun::Body || n == BodyNoun::Brand;
}

/// A noun of the table that, right before a name, says what it is ("the software company Calvora"): all but the
/// Plural ones ("centre"), which only in the plural, before examples, speak of businesses ("garden centres such as").
bool introducing_noun(std::optional<BodyNoun> n) {
  return n && n != BodyNoun::Plural && n != BodyNoun::Apposed;
}

#include "ner_body_nouns.inc"  // kBodyNouns

constexpr uint16_t kJoinedScore = 700;

/// The class of a word of companies' names, a WeakSuffix read as a Suffix and a Plain word as none (both only for
/// plain_before_suffix).
std::optional<CompanyWord> company_class(std::optional<CompanyWord> w) {
  if (w == CompanyWord::WeakSuffix) return CompanyWord::Suffix;
  if (w == CompanyWord::Establishment) return CompanyWord::Institution;
  if (w == CompanyWord::Plain || w == CompanyWord::Acts || w == CompanyWord::Buys) return std::nullopt;
  if (w == CompanyWord::Trade) return CompanyWord::Company;
  return w;
}

std::optional<CompanyWord> company_word(const TokenTable& table, uint32_t i) {
  return company_class(table_find(kCompanyWords, table.norm_no_period(i)));
}

/// "Emerging Markets", "High Speed Rail": a suffix that is also a common noun after words that only describe it
/// (tokens [b, i), i the suffix).
bool plain_before_suffix(const TokenTable& table, uint32_t b, uint32_t i) {
  if (table_find(kCompanyWords, table.norm_no_period(i)) != CompanyWord::WeakSuffix) return false;
  for (uint32_t k = b; k < i; ++k) {
    std::optional<CompanyWord> w = table_find(kCompanyWords, table.norm_no_period(k));
    if (w != CompanyWord::Plain && w != CompanyWord::Common) return false;
  }
  return true;
}

/// A label of names (not a date, a time or an amount: "last winter Calder Heating fitted ...").
bool is_name(Label l) {
  return l == Label::Person || l == Label::Org || l == Label::Gpe || l == Label::Loc || l == Label::Norp ||
         l == Label::Event;
}

/// "Spatial Mapping Systems (SMS) applications": an acronym in brackets right after token i, before a noun a
/// technology heads (its applications, software, data, users ...), names a technology, no firm.
bool technology_acronym_after(const Document& doc, const TokenTable& table, uint32_t i, uint32_t end) {
  static constexpr std::string_view kHeads[] = {"application", "applications", "software",     "tools",    "data",
                                                "users",       "technology",   "technologies", "methods",  "devices",
                                                "domain",      "analysis",     "techniques",   "platforms"};
  if (i + 4 >= end || doc.view(doc.tokens[i + 1].span) != "(" || doc.view(doc.tokens[i + 3].span) != ")" ||
      table.casing(i + 2) != Casing::Upper || table.casing(i + 4) != Casing::Lower)
    return false;
  std::string_view next = table.norm(i + 4);
  return std::find(std::begin(kHeads), std::end(kHeads), next) != std::end(kHeads);
}

/// Untagged capitalised words that end in a company suffix ("Halden Mutual"), or after "the" in an institution's
/// word ("the Environment Agency"): an ORG of two words or more. A name the tagger found just before them is part of
/// it ("[Malcolm Smith] Motorsports": the firm, not the man).
[[gnu::noinline]] void untagged_companies(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                          std::vector<Candidate>& cands) {
  constexpr uint32_t kNamed = 1u << kGazCountry | 1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 |
                              1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName;
  std::vector<int32_t> cand_at = candidate_at(doc.tokens.size(), cands);  // the candidate over each token
  std::vector<Candidate> added;
  std::vector<uint8_t> dropped(cands.size(), 0);
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      // The suffix untagged, or tagged alone ("Network [PERSON Rail] said").
      int32_t own = cand_at[i];
      bool alone = own >= 0 && cands[own].begin == i && cands[own].end == i + 1 && !cands[own].bytes.end;
      if ((own >= 0 && !alone) || table.casing(i) != Casing::Title || table.style(i) != Style::Normal) continue;
      std::optional<CompanyWord> w = company_word(table, i);  // (after the cheap tests: a lookup per token)
      if (w != CompanyWord::Suffix && w != CompanyWord::Institution && w != CompanyWord::Company) continue;
      uint32_t b = i;
      // A title's word inside the name, after a word that is none, is the name's ("Tynebridge General Hospital").
      auto word = [&](uint32_t k, bool title_ok) {
        return k >= s.first_token && cand_at[k] < 0 && table.casing(k) == Casing::Title && table.norm(k) != "the" &&
               (title_ok || table.gaz<kGazTitle>(k) == kPosNone);
      };
      while (b > s.first_token && word(b - 1, b - 1 > s.first_token && word(b - 2, false))) --b;
      // "Avoid Brisco Plumbing at all costs": a verb of advice opening the sentence is no word of the name.
      if (b < i && (table.flags(b) & kSentenceStart) && imperative_word(table, b)) ++b;
      if (plain_before_suffix(table, b, i)) continue;
      // An institution's word ("the Environment Agency", "the Harbour Commission") only after "the": the tagger
      // leaves such a name out where the document also says "the agency".
      // A hospital, a school or a prison is also named without it ("taken to Tynebridge General Hospital"), by a
      // word that does more than describe it (not "Great School!", "High School").
      bool establishment = table_find(kCompanyWords, table.norm_no_period(i)) == CompanyWord::Establishment;
      bool described = true;
      for (uint32_t k = b; establishment && k < i && described; ++k) {
        std::optional<CompanyWord> d = table_find(kCompanyWords, table.norm_no_period(k));
        described = d == CompanyWord::Common || d == CompanyWord::Plain;
      }
      if (w == CompanyWord::Institution && !(establishment && b < i && !described) &&
          (b == i || b == s.first_token || table.norm(b - 1) != "the"))
        continue;
      // A company's word that is no suffix ("Software", "Labs") after untagged words: one word, or two, inside the
      // sentence, that no list knows as a word of names, places or companies ("the Manitoba firm Quillstone
      // Software"; not "Enterprise Software", "Computer Systems").
      // A company's word before another capitalised word is inside a longer name ("the Smith Plumbing Act").
      if (w == CompanyWord::Company && i + 1 < s.last_token && table.casing(i + 1) == Casing::Title) continue;
      if (w == CompanyWord::Company && technology_acronym_after(doc, table, i, s.last_token)) continue;
      if (w == CompanyWord::Company && !alone) {
        bool opened = b > s.first_token && (table.flags(b - 1) & kSentenceStart) && imperative_word(table, b - 1);
        bool unknown = b < i && i - b <= 2 && (!(table.flags(b) & kSentenceStart) || opened) &&
                       (b == s.first_token || cand_at[b - 1] < 0 || !is_name(cands[cand_at[b - 1]].label));
        // A trade's words may follow a listed place's or surname's ("Brightwell Plumbing").
        bool trade = table_find(kCompanyWords, table.norm_no_period(i)) == CompanyWord::Trade;
        for (uint32_t k = b; unknown && k < i; ++k)
          unknown = !company_word(table, k) && table.gaz<kGazDemonym>(k) == kPosNone &&
                    (trade || !(gazetteer.find(phrase_key(table, k, k + 1)) & kNamed));
        if (!unknown) continue;
      }
      if (b > s.first_token && cand_at[b - 1] >= 0) {
        Candidate& c = cands[cand_at[b - 1]];
        bool name = c.label == Label::Person || c.label == Label::Org || c.label == Label::Gpe || c.label == Label::Loc;
        if (name && !c.bytes.end && c.end == b && doc.tokens[c.begin].block == doc.tokens[i].block) {
          dropped[cand_at[b - 1]] = 1;
          b = c.begin;
        }
      }
      if (b < i) {
        if (alone) dropped[own] = 1;
        // A suffix inside a longer body's name, before its head: "the Nairobi Securities Exchange".
        uint32_t e = i + 1;
        while (w == CompanyWord::Suffix && e < s.last_token && cand_at[e] < 0 && table.casing(e) == Casing::Title &&
               (company_word(table, e) == CompanyWord::Head || company_word(table, e) == CompanyWord::Institution))
          ++e;
        added.push_back({b, e, Label::Org, kJoinedScore, {}});
        i = e - 1;
      }
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
[[gnu::noinline]] void bracketed_acronyms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr size_t kLongest = 10;  // letters of an acronym
  std::vector<Candidate> added;
  std::vector<std::pair<uint32_t, uint32_t>> replaced;  // token ranges whose candidates give way
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 2 < s.last_token; ++i) {
      if (doc.view(doc.tokens[i].span) != "(" || doc.view(doc.tokens[i + 2].span) != ")") continue;
      std::string_view acr = doc.view(doc.tokens[i + 1].span);
      // "the Department for Environment, Food and Rural Affairs (Defra)": an acronym written as a word, only after a
      // tagged expansion.
      bool word_like = table.casing(i + 1) == Casing::Title && acr.size() >= 3;
      if ((table.casing(i + 1) != Casing::Upper && !word_like) || acr.size() < 2 || acr.size() > kLongest) continue;
      bool letters = true;
      for (size_t c = 0; c < acr.size(); ++c)
        letters =
            letters && ((acr[c] >= 'A' && acr[c] <= 'Z') || (word_like && c > 0 && acr[c] >= 'a' && acr[c] <= 'z'));
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
        char letter = acr[k - 1] >= 'a' && acr[k - 1] <= 'z' ? static_cast<char>(acr[k - 1] - 32) : acr[k - 1];
        if ((table.casing(w) == Casing::Title || table.casing(w) == Casing::Upper) && form[0] == letter) {
          --k;
          b = w;
        } else if (((table.casing(w) == Casing::Lower && acronym_skip(table.norm(w))) || (word_like && form == ",")) &&
                   b < i - suffix) {
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
      if (inside_other || (word_like && !whole)) continue;
      // Untagged words name an organisation only when they end in an organisation's word ("... Action Center");
      // a tagged name keeps its label if it is an organisation or a country ("Endangered Species Act (ESA)" and
      // "Coordinated Universal Time (UTC)" are neither).
      Label label = whole ? whole->label : Label::Org;
      if (!whole) {
        std::optional<CompanyWord> w = company_word(table, i - 1);
        if (!w || w == CompanyWord::Honorific || w == CompanyWord::Common) continue;
        if (w == CompanyWord::Company && technology_acronym_after(doc, table, i - 1, s.last_token)) continue;
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
    if (a.end - a.begin == 1 && (table.casing(a.begin) == Casing::Upper || table.casing(a.begin) == Casing::Title))
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

/// One organisation, one span: a name of two to four words found as an ORG is that ORG again where the tagger split
/// it ("Cresthill Homes" ... "[Cresthill] [Homes], based in Bristol, said"): the candidates inside it give way, unless
/// one reaches out of it or a capitalised word the tagger left out joins it on either side.
[[gnu::noinline]] void split_org_repeats(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::unordered_set<uint64_t> names;  // phrase key with its length
  auto key = [&](uint32_t b, uint32_t e) { return uint64_t(phrase_key(table, b, e)) << 8 | (e - b); };
  auto capitals = [&](uint32_t b, uint32_t e) {  // "Valley Dairy" ... not "a Valley dairy farmer"
    bool all = table.norm(b) != "the";           // nor "The Chargers" for "Chargers"
    for (uint32_t t = b; t < e; ++t)
      all = all && (table.casing(t) == Casing::Title || table.casing(t) == Casing::Upper);
    return all;
  };
  for (const Candidate& c : cands)
    if (c.label == Label::Org && !c.bytes.end && c.end - c.begin >= 2 && c.end - c.begin <= 4 &&
        capitals(c.begin, c.end))
      names.insert(key(c.begin, c.end));
  if (names.empty()) return;
  std::unordered_set<uint32_t> firsts;  // the names' first words: most tokens stop here
  for (const Candidate& c : cands)
    if (c.label == Label::Org && !c.bytes.end && c.end - c.begin >= 2 && c.end - c.begin <= 4)
      firsts.insert(table.key(c.begin));
  std::vector<int32_t> cand_at = candidate_at(doc.tokens.size(), cands);
  std::vector<uint8_t> drop(cands.size(), 0);
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (table.casing(i) != Casing::Title || !firsts.count(table.key(i)) ||
          (cand_at[i] >= 0 && cands[cand_at[i]].begin != i))
        continue;
      for (uint32_t e = std::min(i + 4, s.last_token); e >= i + 2; --e) {
        if (!names.count(key(i, e)) || !capitals(i, e)) continue;
        int32_t first = cand_at[i];
        bool inside = only_inside(cand_at, cands, i, e), tagged = false;
        for (uint32_t t = i; t < e; ++t) tagged = tagged || cand_at[t] >= 0;
        bool split = tagged && !(first >= 0 && cands[first].end == e);
        bool joins = (e < s.last_token && cand_at[e] < 0 && table.casing(e) == Casing::Title) ||
                     (i > s.first_token && !(table.flags(i) & kSentenceStart) && cand_at[i - 1] < 0 &&
                      table.casing(i - 1) == Casing::Title);
        if (!inside || !split || joins) break;
        drop_on(cand_at, i, e, drop);
        added.push_back({i, e, Label::Org, kJoinedScore, {}});
        i = e - 1;
        break;
      }
    }
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A company's short form: "Orvane Health Inc." ... "Orvane said", "Brennock Mining Corp." ... "Brennock Mining
/// will pay". An ORG of 2 to 4 capitalised words ending in a company suffix or a company's word (Suffix, Company)
/// gives its first word, and for 3 or 4 words its first two, as a name of the firm in later mentions: a candidate
/// of those words takes ORG (not a person's full name), and untagged capitalised words that are exactly them (no
/// capitalised word around them, no title before them) become an ORG. Not a short form: a big place or a demonym
/// ("Boston Capital" ... "Boston"), a common English word ("General Motors" ... "General managers"), a word the
/// document writes in lower case, a word of a person's full name in the document ("Sophie Greenland"), the first
/// name of a person's name that begins the firm's ("Malcolm Dorrance Motorsports"). Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void company_short_forms(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                           std::vector<Candidate>& cands) {
  constexpr uint32_t kNotShort =
      1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazDemonym | 1u << kGazTimeWord | 1u << kGazTitle;
  auto capital = [&](uint32_t i) { return table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper; };
  // Short forms: phrase key with its length -> the token after the full name's first mention.
  std::unordered_map<uint64_t, uint32_t> forms;
  auto key = [&](uint32_t b, uint32_t e) { return uint64_t(phrase_key(table, b, e)) << 8 | (e - b); };
  std::unordered_set<uint32_t> person_words;  // words of persons' full names
  std::unordered_set<uint32_t> places;        // one-word places of the document
  for (const Candidate& c : cands) {
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2)
      for (uint32_t i = c.begin; i < c.end; ++i) person_words.insert(table.key(i));
    if ((c.label == Label::Gpe || c.label == Label::Loc) && !c.bytes.end && c.end == c.begin + 1)
      places.insert(table.key(c.begin));
  }
  for (const Candidate& c : cands) {
    uint32_t n = c.end - c.begin;
    if (c.label != Label::Org || c.bytes.end || n < 1 || n > 4) continue;
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    // Or introduced by what it is: "the Danish group Kaalund Bryggeri" ... "Kaalund"; a name of one word so
    // introduced is the firm's in all its later mentions ("the software company Calvora" ... "Calvora's chief").
    // So does "shares in X" ("Shares in Vauxhall fell after Vauxhall said").
    bool introduced = c.begin > 0 && table.casing(c.begin - 1) == Casing::Lower &&
                      (introducing_noun(table_find(kBodyNouns, table.norm(c.begin - 1))) ||
                       (c.begin > 1 && (table.norm(c.begin - 1) == "in" || table.norm(c.begin - 1) == "of") &&
                        table.norm(c.begin - 2) == "shares"));
    if (n == 1 && !introduced) continue;
    // A body of two words whose second is its country ("Reform UK" ... "Reform's 12,639 votes").
    bool national = n == 2 && (gaz.find(phrase_key(table, c.begin + 1, c.end)) & 1u << kGazCountry) &&
                    table.casing(c.begin) == Casing::Title;
    if (w != CompanyWord::Suffix && w != CompanyWord::Company && !introduced && !national) continue;
    bool words = true;
    for (uint32_t i = c.begin; i < c.end; ++i) words = words && capital(i) && table.style(i) == Style::Normal;
    if (!words) continue;
    // "Malcolm Dorrance Motorsports": a person's name begins the firm's (not "Harwell Capital Partners").
    if (n >= 3 && table.gaz<kGazFirstName>(c.begin) != kPosNone && table.casing(c.begin + 1) == Casing::Title &&
        !company_word(table, c.begin + 1))
      continue;
    for (uint32_t len = 1; len <= 2 && (len < n || n == 1); ++len) {
      uint32_t b = c.begin, e = c.begin + len;
      if (company_word(table, e - 1) == CompanyWord::Suffix) break;
      uint32_t v = gaz.find(phrase_key(table, b, e));
      // A city is a short form only where the document never names it as a place ("Keller Partners" ... "Keller").
      bool ok = !(v & kNotShort) && !((v & (1u << kGazCity)) && (len > 1 || places.count(table.key(b))));
      for (uint32_t i = b; i < e; ++i)
        ok = ok && company_word(table, i) != CompanyWord::Common && !person_words.count(table.key(i)) &&
             table.gaz<kGazTitle>(i) == kPosNone && table.gaz<kGazTimeWord>(i) == kPosNone;
      if (len == 2) ok = ok && table.gaz<kGazGpeWord>(e - 1) == kPosNone;  // "Harbourside City"
      if (ok) forms.emplace(key(b, e), c.end);
    }
  }
  if (forms.empty()) return;
  // Words the document writes in lower case are common words ("health", "general").
  std::unordered_set<uint32_t> lower;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i)
      if (table.casing(i) == Casing::Lower) lower.insert(table.key(i));
  std::vector<int32_t> cand_at = candidate_at(doc.tokens.size(), cands);
  std::vector<uint8_t> drop(cands.size(), 0);
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      // (A sentence all in lower case after its first word is Style::Lower: "Talvik, which makes routers, said".)
      if (!capital(i) || (table.style(i) != Style::Normal && table.style(i) != Style::Lower) ||
          lower.count(table.key(i)))
        continue;
      for (uint32_t len = 2; len >= 1; --len) {
        uint32_t e = i + len;
        if (e > s.last_token) continue;
        auto it = forms.find(key(i, e));
        // After the full name, or in the headline above it ("Nuvella shares jump" ... "Nuvella Inc").
        bool headline = doc.article.title && doc.article.title->contains(doc.tokens[i].span);
        if (it == forms.end() || (i < it->second && !headline)) continue;
        if (len == 2 && lower.count(table.key(i + 1))) continue;
        int32_t k = cand_at[i];
        if (k >= 0) {
          Candidate& c = cands[k];
          if (c.begin == i && c.end == e && !c.bytes.end && c.label != Label::Org &&
              !(c.label == Label::Person && len == 2))
            c.label = Label::Org;
        } else {
          // Untagged, or a part of it tagged alone ("Harlow [Dane] said" after "Harlow Dane Group"): one ORG.
          bool free = only_inside(cand_at, cands, i, e);
          // (A title after it is no part of a longer name: "Talvern Chief Executive Paul Renner".)
          bool after = e < s.last_token && cand_at[e] < 0 && table.casing(e) == Casing::Title &&
                       table.gaz<kGazTitle>(e) == kPosNone;
          bool before = i > s.first_token && !(table.flags(i) & kSentenceStart) &&
                        (table.casing(i - 1) == Casing::Title || table.gaz<kGazTitle>(i - 1) != kPosNone ||
                         company_word(table, i - 1) == CompanyWord::Honorific);
          if (free && !after && !before) {
            drop_on(cand_at, i, e, drop);
            added.push_back({i, e, Label::Org, kJoinedScore, {}});
          }
        }
        i = e - 1;
        break;
      }
    }
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// Two bodies of one kind joined by "and", which the tagger read as one name ("the [ORG University of Harwick and
/// University College Dunmere]", "the [ORG Ministry of Ports and Ministry of Fisheries]"): where the word after "and"
/// is the name's own first word, a word of bodies' names, the ORG is two, cut around the "and" (not "the Department
/// of Health and Social Care", one body). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void bodies_split_at_and(const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 4 || table.casing(c.begin) != Casing::Title ||
        !(table.type(c.begin).gaz & 1u << kGazOrgWord || company_word(table, c.begin)))
      continue;
    uint32_t b = c.begin;
    for (uint32_t i = c.begin + 2; i + 1 < c.end; ++i)
      if (table.norm(i) == "and" && table.casing(i) == Casing::Lower && table.key(i + 1) == table.key(c.begin) &&
          table.casing(i + 1) == Casing::Title && i + 2 < c.end) {
        if (drop.empty()) drop.assign(cands.size(), 0);
        drop[k] = 1;
        added.push_back({b, i, Label::Org, c.score, {}});
        b = i + 1;
      }
    if (b != c.begin) added.push_back({b, c.end, Label::Org, c.score, {}});
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A committee named by a list of its fields, commas in it ("the House Science, Space, and Technology Committee",
/// "the Senate Health, Education, Labor and Pensions Committee"), which the tagger cut at the first comma: the
/// capitalised words (one to three between commas), the commas and the last "and" before "Committee" or
/// "Subcommittee", after "the", a lowercase word or the sentence's start, are one ORG.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void committees_of_fields(const Document& doc, const TokenTable& table,
                                            std::vector<Candidate>& cands) {
  constexpr uint32_t kLongestPart = 3;  // capitalised words between commas
  constexpr uint32_t kMostParts = 6;
  std::vector<Candidate> added;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 3; i < s.last_token; ++i) {
      std::string_view w = table.norm(i);
      if ((w != "committee" && w != "subcommittee") || table.casing(i) != Casing::Title) continue;
      // Back from the committee's word: parts of capitalised words, each after a comma; "and" or "&" before the last.
      uint32_t b = i, parts = 0, commas = 0;
      bool joined = false;
      while (b > s.first_token && parts < kMostParts) {
        uint32_t p = b;
        while (p > s.first_token && b - p < kLongestPart && table.casing(p - 1) == Casing::Title &&
               table.style(p - 1) == Style::Normal && table.norm(p - 1) != "the")
          --p;
        if (p == b) break;
        ++parts;
        b = p;
        if (b <= s.first_token + 1) break;
        std::string_view sep = table.norm(b - 1);
        if (!joined && (sep == "and" || sep == "&") && table.norm(b - 2) == ",") {
          joined = true;  // "Space, and Technology"
          b -= 2;
          ++commas;
        } else if (!joined && (sep == "and" || sep == "&")) {
          joined = true;
          b -= 1;
        } else if (sep == "," && joined) {
          b -= 1;
          ++commas;
        } else {
          break;
        }
      }
      // b is the first word of the name when it stopped at a part; a separator left dangling is no part of it.
      if (!joined || commas == 0 || parts < 3 || table.casing(b) != Casing::Title) continue;
      if (b > s.first_token && table.casing(b - 1) != Casing::Lower && table.norm(b - 1) != "the") continue;
      spans.push_back({b, i + 1});
      added.push_back({b, i + 1, Label::Org, kJoinedScore, {}});
    }
  }
  if (added.empty()) return;
  std::vector<uint8_t> drop(cands.size(), 0);
  for (size_t k = 0; k < cands.size(); ++k)
    for (auto [b, e] : spans)
      if (cands[k].begin < e && cands[k].end > b) drop[k] = 1;
  replace_candidates(cands, drop, added);
}

/// Bodies whose names hold "and", which the tagger cut in two: "the [England] and [Wales Cricket Board]" (a place,
/// "and", an ORG that begins with a place and ends in an organisation's word; "the" before them) and "the [Department
/// of Health] and Social Care" (an ORG with "of", "and", capitalised words the tagger left out, then no capitalised
/// word), and "the Competition and [Markets Authority]" (capitalised words the tagger left out before "and"): one
/// ORG. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void names_with_and(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                      std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity;
  // Places that may name a body joined by "and": counties and regions too ("the Lancashire and Yorkshire Railway").
  constexpr uint32_t kNamingPlace = kPlace | 1u << kGazTown | 1u << kGazRegion;
  auto org_end = [&](uint32_t i) {
    auto w = company_word(table, i);
    return (w && w != CompanyWord::Common && w != CompanyWord::Honorific) || table.gaz<kGazOrgWord>(i) != kPosNone;
  };
  auto title = [&](uint32_t i) { return i < doc.tokens.size() && table.casing(i) == Casing::Title; };
  std::vector<int32_t> cand_at;  // made when first needed: most documents have no such name
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& a = cands[k];
    uint32_t n = a.end;  // "and"
    // "the Department for Culture, Media and Sport": single capitalised words and commas before "and".
    // (A field the tagger read alone as a person or a place gives way: "[PERSON Museums]".)
    std::vector<size_t> fields;
    while (!a.bytes.end && a.label == Label::Org && n + 2 < doc.tokens.size() && table.norm(n) == "," && title(n + 1) &&
           (table.norm(n + 2) == "," || table.norm(n + 2) == "and")) {
      size_t f = k + 1 + fields.size();
      if (f < cands.size() && cands[f].begin <= n + 1) {
        const Candidate& c = cands[f];
        if (c.begin != n + 1 || c.end != n + 2 || c.bytes.end || (c.label != Label::Person && c.label != Label::Loc) ||
            table.gaz<kGazFirstName>(n + 1) != kPosNone || (gaz.find(phrase_key(table, n + 1, n + 2)) & kPlace))
          break;
        fields.push_back(f);
      }
      n += 2;
    }
    if (n >= doc.tokens.size() || table.norm(n) != "and") fields.clear();
    if (a.bytes.end || n + 1 >= doc.tokens.size() || table.norm(n) != "and" ||
        doc.tokens[n + 1].block != doc.tokens[a.begin].block || !title(n + 1))
      continue;
    if (cand_at.empty()) {
      cand_at = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    int32_t o = cand_at[n + 1];
    if (o >= 0) {  // "the England and Wales Cricket Board"
      const Candidate& b = cands[o];
      // (The tagger's place, or a name the lists know as one: "[LOC Lancashire]" is a club's name in the lists.)
      uint32_t a_gaz = gaz.find(phrase_key(table, a.begin, a.end));
      bool place_a = (a.label == Label::Gpe && (a_gaz & kNamingPlace)) ||
                     (a.label == Label::Loc && a.end - a.begin == 1) ||
                     (a.label == Label::Org && (a_gaz & kNamingPlace));
      // "Devon and Cornwall Police said": two counties name a force or a service without "the" too (not a country or
      // a city: "between Leeds and Bradford Council").
      bool the = (a.begin > 0 && table.norm(a.begin - 1) == "the") ||
                 (a.end - a.begin == 1 && !(a_gaz & (1u << kGazCountry | 1u << kGazCity)));
      if (place_a && the && !b.bytes.end && b.begin == n + 1 && b.label == Label::Org && b.end - b.begin >= 2 &&
          (gaz.find(phrase_key(table, b.begin, b.begin + 1)) & kNamingPlace) && org_end(b.end - 1)) {
        drop[k] = drop[o] = 1;
        added.push_back({a.begin, b.end, Label::Org, kJoinedScore, {}});
        ++k;
        continue;
      }
      // Else only a last field read alone (as a person, a place, or an organisation no list knows) may follow.
      if (b.end != b.begin + 1 || (b.label != Label::Person && b.label != Label::Loc && b.label != Label::Org))
        continue;
    }
    bool of = false;  // "the Department of Health and Social Care", "the Department for Work and Pensions"
    for (uint32_t t = a.begin + 1; t + 1 < a.end; ++t) of = of || table.norm(t) == "of" || table.norm(t) == "for";
    if (a.label != Label::Org || !of) continue;
    uint32_t e = n + 1;
    while (e < doc.tokens.size() && e - n <= 3 && cand_at[e] < 0 && title(e) &&
           doc.tokens[e].block == doc.tokens[n].block)
      ++e;
    // The last field read alone ("and [PERSON Pensions]", "and [LOC Sport]", "and [ORG Surveillance]"): no known
    // place, given name or organisation ("the University of Leeds and Unite"), no acronym.
    constexpr uint32_t kKnown =
        kPlace | 1u << kGazFirstName | 1u << kGazCompany | 1u << kGazClub | 1u << kGazUniversity | 1u << kGazOrgName;
    int32_t last = e == n + 1 ? cand_at[e] : -1;
    if (last >= 0 && cands[last].begin == e && cands[last].end == e + 1 && !cands[last].bytes.end &&
        (cands[last].label == Label::Person || cands[last].label == Label::Loc || cands[last].label == Label::Org) &&
        !title(e + 1) &&
        !(gaz.find(phrase_key(table, e, e + 1)) & (cands[last].label == Label::Org ? kKnown : kPlace)) &&
        (!company_word(table, e) || company_word(table, e) == CompanyWord::Lead))
      ++e;
    else
      last = -1;
    if (title(e) || (gaz.find(phrase_key(table, n + 1, e)) & (1u << kGazCountry))) continue;
    drop[k] = 1;
    if (last >= 0) drop[last] = 1;
    for (size_t f : fields) drop[f] = 1;
    added.push_back({a.begin, e, Label::Org, kJoinedScore, {}});
  }
  // "The Competition and [Markets Authority]": the tagger took only the part after "and"; capitalised words it
  // left out before "and" (up to three, "the" before them), or one word it took alone, join it when it ends in an
  // organisation's word.
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& b = cands[k];
    if (b.bytes.end || b.label != Label::Org || b.begin < 2 || table.norm(b.begin - 1) != "and" ||
        !org_end(b.end - 1) || !title(b.begin - 2) || doc.tokens[b.begin - 2].block != doc.tokens[b.begin].block)
      continue;
    if (cand_at.empty()) {
      cand_at = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    if (drop[k]) continue;
    uint32_t a = b.begin - 1;
    while (a > 0 && b.begin - 1 - a < 3 && cand_at[a - 1] < 0 && title(a - 1) && table.norm(a - 1) != "the" &&
           doc.tokens[a - 1].block == doc.tokens[b.begin].block)
      --a;
    // "Shrewsbury and [ORG Telford Hospital NHS Trust]": an NHS trust's name joins the place before "and" with or
    // without "the" (and whatever the lists know them as; `nhs` below).
    bool nhs = false;
    for (uint32_t t = b.begin; t < b.end && !nhs; ++t) nhs = table.norm(t) == "nhs";
    // "Avon and [ORG Somerset Police] said", "Devon and [ORG Cornwall Police]": so does a police force's (a place and
    // "Police" or "Constabulary" after "and").
    nhs = nhs ||
          (b.end - b.begin == 2 && (table.norm(b.end - 1) == "police" || table.norm(b.end - 1) == "constabulary") &&
           (gaz.find(phrase_key(table, b.begin, b.begin + 1)) & kNamingPlace));
    // "the [ORG Homicide] and [ORG Major Enquiry Team]": or one word before "and" that the tagger took alone.
    // "The [GPE Maritime] and [ORG Coastguard Agency]": a word some list knows as a region, no country or city, before
    // an ORG whose first word is no place.
    constexpr uint32_t kCountryOrCity = 1u << kGazCountry | 1u << kGazCity;
    int32_t p = a == b.begin - 1 ? cand_at[b.begin - 2] : -1;
    bool region_word = p >= 0 && cands[p].label == Label::Gpe &&
                       !(gaz.find(phrase_key(table, b.begin - 2, b.begin - 1)) & kCountryOrCity) &&
                       b.end - b.begin >= 2 && !(gaz.find(phrase_key(table, b.begin, b.begin + 1)) & kNamingPlace);
    if (p >= 0 && !drop[p] && cands[p].begin == b.begin - 2 && cands[p].end == b.begin - 1 && !cands[p].bytes.end &&
        (cands[p].label == Label::Org || cands[p].label == Label::Person || cands[p].label == Label::Loc ||
         region_word || (nhs && cands[p].label == Label::Gpe)))
      a = b.begin - 2;
    else
      p = -1;
    if (a == b.begin - 1 ||
        (!nhs && (a == 0 || table.norm(a - 1) != "the" ||
                  (!(p >= 0 && region_word) && (gaz.find(phrase_key(table, a, b.begin - 1)) & kPlace)))))
      continue;
    drop[k] = 1;
    if (p >= 0) drop[p] = 1;
    added.push_back({a, b.end, Label::Org, kJoinedScore, {}});
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A business described as part of a group in an apposition ("Halifax, part of Lloyds Banking Group, said", "Vexo, a
/// unit of Harlan Holdings,"): the name before the comma is an ORG, whatever the tagger read (a town of the lists
/// too), where the group is an ORG of a company's name (its last word a company's suffix or word, or a listed
/// company). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void parts_of_groups(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                       std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;
  for (uint32_t i = 1; i + 3 < doc.tokens.size(); ++i) {
    if (table.norm(i) != ",") continue;
    uint32_t k = i + 1;
    std::string_view w = table.norm(k);
    if (w == "a" || w == "an") w = table.norm(++k);
    if (!(w == "part" || w == "unit" || w == "subsidiary" || w == "division" || w == "arm" || w == "brand") ||
        (w == "part" && k != i + 1) || (w != "part" && k == i + 1) || k + 2 >= doc.tokens.size() ||
        table.norm(k + 1) != "of")
      continue;
    uint32_t g = k + 2;
    if (table.norm(g) == "the") ++g;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    int32_t go = g < doc.tokens.size() ? owner[g] : -1, no = owner[i - 1];
    if (go < 0 || no < 0 || cands[go].begin != g || cands[go].label != Label::Org || cands[go].bytes.end) continue;
    std::optional<CompanyWord> last = company_word(table, cands[go].end - 1);
    bool company = last == CompanyWord::Suffix || last == CompanyWord::Company || last == CompanyWord::Known ||
                   (gaz.find(phrase_key(table, cands[go].begin, cands[go].end)) & 1u << kGazCompany);
    Candidate& c = cands[no];
    if (!company || c.end != i || c.bytes.end || doc.tokens[c.begin].block != doc.tokens[i].block ||
        (c.label != Label::Gpe && c.label != Label::Loc && c.label != Label::Person))
      continue;
    c.label = Label::Org;
  }
}

/// The business after its owner's or founder's noun and "of" ("Mike Russo, owner of [PERSON Russo Lawn Care]", "the
/// co-founder of Tallow Print Works"): the tagger's person or place there of two words or more, or its untagged
/// capitalised words (two to four), is an ORG, unless the gazetteers know it as a place or a possessive follows
/// ("the founder of Tom Hale's firm"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void owned_businesses(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                        std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown | 1u << kGazRegion;
  constexpr uint32_t kLongest = 4;
  static constexpr std::string_view kOwners[] = {"owner",    "owners",     "co-owner",   "founder",
                                                 "founders", "co-founder", "proprietor", "cofounder"};
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  for (uint32_t i = 2; i < doc.tokens.size(); ++i) {
    if (table.casing(i) != Casing::Title || table.style(i) != Style::Normal || table.norm(i - 1) != "of" ||
        table.casing(i - 2) != Casing::Lower ||
        std::find(std::begin(kOwners), std::end(kOwners), table.norm(i - 2)) == std::end(kOwners))
      continue;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    uint32_t e = i;
    if (int32_t o = owner[i]; o >= 0) {
      Candidate& c = cands[o];
      e = c.end;
      if (c.begin != i || c.bytes.end || c.end - c.begin < 2 ||
          (c.label != Label::Person && c.label != Label::Gpe && c.label != Label::Loc))
        continue;
    } else {
      while (e < doc.tokens.size() && e - i < kLongest && owner[e] < 0 && table.casing(e) == Casing::Title &&
             table.style(e) == Style::Normal && doc.tokens[e].block == doc.tokens[i].block)
        ++e;
      if (e - i < 2 || (e < doc.tokens.size() && owner[e] >= 0 && cands[owner[e]].begin == e)) continue;
    }
    if ((e < doc.tokens.size() && (table.norm(e) == "'s" || table.norm(e) == "'")) ||
        (gaz.find(phrase_key(table, i, e)) & kPlace))
      continue;
    if (owner[i] >= 0)
      cands[owner[i]].label = Label::Org;
    else
      added.push_back({i, e, Label::Org, kJoinedScore, {}});
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// The employer after a market job and "at": "Tom Belling, an analyst at [LOC Peel Hunt]", "an economist at Capital
/// Economics", "Analysts at Peel Hunt said" (table class Employee): the tagger's place or person there, or its untagged
/// capitalised words, is an ORG, unless the gazetteers know the name as a place. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void employers(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                 std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown | 1u << kGazRegion;
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  std::unordered_set<uint32_t> firms;  // keys of one-word persons read after "a full name at"
  for (uint32_t i = 2; i < doc.tokens.size(); ++i) {
    // "I spoke to Bruce Garcey at [PERSON Tevlin]": a person's full name, "at", and one word the tagger read as a
    // person, no list's place nor a word of a person's full name in the document: the person's employer, an ORG,
    // in its other one-word mentions too ("[PERSON Tevlin] released a tender").
    if (table.casing(i) == Casing::Title && table.norm(i - 1) == "at" && (table.flags(i - 1) & kInSentence) &&
        !(table.flags(i - 1) & kSentenceStart)) {
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t p = owner[i - 2], o = owner[i];
      if (p >= 0 && o >= 0 && cands[p].label == Label::Person && cands[p].end == i - 1 &&
          cands[p].end - cands[p].begin >= 2 && !cands[p].bytes.end && cands[o].label == Label::Person &&
          cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end &&
          !(i + 1 < doc.tokens.size() && (table.norm(i + 1) == "'s" || table.norm(i + 1) == "'")) &&
          !(gaz.find(phrase_key(table, i, i + 1)) & kPlace))
        firms.insert(table.key(i));
    }
    // "Analysts at Peel Hunt said": the job word opens the sentence, capitalised.
    bool job_case = table.casing(i - 2) == Casing::Lower ||
                    (table.casing(i - 2) == Casing::Title && (table.flags(i - 2) & kSentenceStart));
    if (table.casing(i) != Casing::Title || table.norm(i - 1) != "at" || !job_case) continue;
    // The job, or its plural where the plural ends firms' names ("our accountants at X": "Hale Accountants").
    std::string_view job = table.norm(i - 2);
    if (company_word(table, i - 2) != CompanyWord::Employee &&
        !(job.size() > 4 && job.back() == 's' && table.casing(i - 2) == Casing::Lower &&
          company_class(table_find(kCompanyWords, job.substr(0, job.size() - 1))) == CompanyWord::Employee))
      continue;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    int32_t o = owner[i];
    uint32_t e = i;
    if (o >= 0) {
      Candidate& c = cands[o];
      // (A name the tagger read as a person is no place it is unsure of: "analysts at [PERSON Bernstein]", a small
      // town's name in the lists too.)
      uint32_t place = c.label == Label::Person ? kPlace & ~(1u << kGazTown) : kPlace;
      if (c.begin != i || c.bytes.end || (gaz.find(phrase_key(table, c.begin, c.end)) & place)) continue;
      // (A one-word employer is the employer in its other mentions too: "according to [PERSON Moneyfacts]".)
      if ((c.label == Label::Person || c.label == Label::Org) && c.end == c.begin + 1) firms.insert(table.key(c.begin));
      if (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person) c.label = Label::Org;
      continue;
    }
    while (e < doc.tokens.size() && e - i < 4 && owner[e] < 0 && table.casing(e) == Casing::Title &&
           doc.tokens[e].block == doc.tokens[i].block)
      ++e;
    if ((e < doc.tokens.size() && owner[e] >= 0 && cands[owner[e]].begin == e) ||
        (gaz.find(phrase_key(table, i, e)) & kPlace))
      continue;
    if (e == i + 1) firms.insert(table.key(i));
    added.push_back({i, e, Label::Org, kJoinedScore, {}});
  }
  if (!firms.empty()) {
    for (const Candidate& c : cands)  // "Ada Tevlin": a word of a person's full name stays a person's
      if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2)
        for (uint32_t t = c.begin; t < c.end; ++t) firms.erase(table.key(t));
    for (Candidate& c : cands)
      if (c.label == Label::Person && !c.bytes.end && c.end == c.begin + 1 && firms.count(table.key(c.begin)))
        c.label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// An office named after its place and its holder: "the Fresno County District Attorney's Office", "the Los Angeles
/// County Sheriff's Department" (a place, capitalised words, "'s", a capitalised Office or Department): one ORG, the
/// place inside (docs/annotation.md: a named office is ORG). Requires: cands sorted by position, non-overlapping;
/// keeps them so.
[[gnu::noinline]] void holders_offices(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.bytes.end || (c.label != Label::Gpe && c.label != Label::Org) || c.end >= doc.tokens.size() ||
        table.casing(c.end) != Casing::Title)
      continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    uint32_t e = c.end;
    while (e < doc.tokens.size() && e - c.end < 3 && owner[e] < 0 && table.casing(e) == Casing::Title &&
           doc.tokens[e].block == doc.tokens[c.begin].block)
      ++e;
    if (e == c.end || e + 1 >= doc.tokens.size() || table.norm(e) != "'s" || table.casing(e + 1) != Casing::Title ||
        (table.norm(e + 1) != "office" && table.norm(e + 1) != "department") || owner[e + 1] >= 0 ||
        (e + 2 < doc.tokens.size() && table.casing(e + 2) == Casing::Title))
      continue;
    drop[k] = 1;
    added.push_back({c.begin, e + 2, Label::Org, kJoinedScore, {}});
  }
  // Without a place: "the Information Commissioner's Office", "the Attorney General's Office" ("the", up to three
  // capitalised words no candidate holds, "'s", Office or Department, no capitalised word after it).
  for (uint32_t t = 0; t + 3 < doc.tokens.size(); ++t) {
    if (table.norm(t) != "the" || table.casing(t + 1) != Casing::Title) continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    auto free_title = [&](uint32_t i) {
      return table.casing(i) == Casing::Title && table.style(i) == Style::Normal &&
             doc.tokens[i].block == doc.tokens[t].block && owner[i] < 0;
    };
    uint32_t e = t + 1;
    while (e < doc.tokens.size() && e - t <= 3 && free_title(e)) ++e;
    if (e == t + 1 || e + 1 >= doc.tokens.size() || table.norm(e) != "'s" || table.casing(e + 1) != Casing::Title ||
        (table.norm(e + 1) != "office" && table.norm(e + 1) != "department") ||
        (e + 2 < doc.tokens.size() && table.casing(e + 2) == Casing::Title))
      continue;
    int32_t head = owner[e + 1];  // the tagger's ORG of the last word alone ("Commissioner's [ORG Office]") goes
    if (head >= 0 && (cands[head].begin != e + 1 || cands[head].end != e + 2 || cands[head].bytes.end)) continue;
    bool overlaps = false;  // with an office after a place, found above
    for (const Candidate& a : added) overlaps = overlaps || (a.begin < e + 2 && t + 1 < a.end);
    if (overlaps) continue;
    if (head >= 0) drop[head] = 1;
    added.push_back({t + 1, e + 2, Label::Org, kJoinedScore, {}});
    t = e + 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A body named after "a group called", "a charity called", "an organisation named", "a gang known as" (table class
/// Kind; "group", "association" and "network" too; "a group calling itself"): the capitalised words after it, small
/// words "the", "of", "for", "and" between them, are one ORG ("a group called Save the Waterfront", which the tagger
/// read as a verb and a place). Not where a candidate runs past them. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void called_bodies(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 6;
  auto capital = [&](uint32_t i) {
    return (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper) && table.style(i) == Style::Normal;
  };
  std::vector<int32_t> owner;  // made when first needed
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  std::unordered_set<uint32_t> products;  // the phrase keys of products named so
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.last_token; ++i) {
      std::string_view w = table.norm(i);
      // "a gang known as Grey Heron": "known as" after the noun, as "called".
      // "a group calling itself Black Cobalt": the same, two words after the noun.
      bool known_as = (w == "as" && i >= s.first_token + 2 && table.norm(i - 1) == "known") ||
                      ((w == "itself" || w == "themselves") && i >= s.first_token + 2 &&
                       (table.norm(i - 1) == "calling" || table.norm(i - 1) == "styling"));
      if (w != "called" && w != "named" && !known_as) continue;
      uint32_t k = known_as ? i - 2 : table.norm(i - 1) == "," && i >= s.first_token + 2 ? i - 2 : i - 1;
      if (table.casing(k) != Casing::Lower) continue;
      std::string_view kind = table.norm(k);
      // A product named so is no entity, like products in docs/annotation.md ("an app called Sahayak").
      bool product = table_find(kCompanyWords, kind) == CompanyWord::Product;
      if (company_word(table, k) != CompanyWord::Kind && kind != "group" && kind != "association" &&
          kind != "network" && !product)
        continue;
      if (k != i - (known_as ? 2 : 1) && !product) continue;
      uint32_t b = i + 1;
      if (b < s.last_token && table.norm(b) == "the" && table.casing(b) == Casing::Lower) ++b;  // "called the ..."
      uint32_t e = b;
      for (uint32_t k = b; k < s.last_token && k - b < kLongest; ++k) {
        std::string_view x = table.norm(k);
        if (capital(k))
          e = k + 1;
        else if (k == b || !(x == "the" || x == "of" || x == "for" || x == "and"))
          break;
      }
      if (e == b) continue;
      if (owner.empty()) {
        owner = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      if (product) {
        if (only_inside(owner, cands, b, e)) drop_on(owner, b, e, drop);
        for (uint32_t j = b + 1; j <= e; ++j) products.insert(phrase_key(table, b, j));  // "Aurora", "Aurora X9"
        i = e - 1;
        continue;
      }
      if (!only_inside(owner, cands, b, e) || (owner[b] >= 0 && cands[owner[b]].begin == b &&
                                               cands[owner[b]].end == e && cands[owner[b]].label == Label::Org))
        continue;
      drop_on(owner, b, e, drop);
      added.push_back({b, e, Label::Org, kJoinedScore, {}});
      i = e - 1;
    }
  }
  // The product's later mentions ("will affect the Aurora X9"): no entity either.
  if (!products.empty())
    for (size_t k = 0; k < cands.size(); ++k)
      if (!cands[k].bytes.end && products.count(phrase_key(table, cands[k].begin, cands[k].end))) drop[k] = 1;
  if (!added.empty() || std::find(drop.begin(), drop.end(), 1) != drop.end()) replace_candidates(cands, drop, added);
}

/// "The Bank of [GPE England] raised rates", "The University of [GPE Leeds] said": an institution's word (Institution,
/// Head) the tagger left out, capitalised, then "of" and a place it found, is one ORG with the place (at a
/// sentence's start "The" hid the name from the tagger; inside a sentence it finds it); so is an ORG the tagger ended
/// at an organisation's word of the lists ("the [ORG Election Commission] of [GPE Vantaria]", "the [ORG Superior
/// Court] of the [GPE District of Columbia]": "the" before a place whose name takes it); and an organisation's
/// word the tagger left out before "of the" and an ORG ("The Organization of the [ORG Petroleum Exporting Countries]").
/// Not before more capitalised words; untagged capitalised words before the institution's word are part of the name
/// ("the Housing Authority of New Orleans"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void institutions_of_places(const Document& doc, const TokenTable& table,
                                              std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if ((c.label != Label::Gpe && c.label != Label::Loc) || c.bytes.end || c.begin < 2) continue;
    // "the [ORG Superior Court] of the [GPE District of Columbia]": a place whose name takes "the" after "of".
    bool the = c.begin >= 3 && table.norm(c.begin - 1) == "the" && table.casing(c.begin - 1) == Casing::Lower;
    uint32_t of = the ? c.begin - 2 : c.begin - 1;
    if (table.norm(of) != "of" || table.casing(of) != Casing::Lower) continue;
    uint32_t h = of - 1;
    std::optional<CompanyWord> w = company_word(table, h);
    bool institution = w == CompanyWord::Institution || w == CompanyWord::Head;
    bool body_word = institution || (table.typed(h) && (table.type(h).gaz & 1u << kGazOrgWord));
    if (table.casing(h) != Casing::Title || table.style(h) != Style::Normal || !body_word ||
        doc.tokens[h].block != doc.tokens[c.begin].block ||
        (c.end < doc.tokens.size() && table.casing(c.end) == Casing::Title &&
         doc.tokens[c.end].block == doc.tokens[c.begin].block))
      continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    if (the && !institution) continue;  // "the Internal Revenue Service of the United States": the place added
    if (owner[h] >= 0) {
      // "the [ORG Election Commission] of [GPE Vantaria]": an ORG the tagger ended at the institution's word goes on
      // with "of" and the place.
      int32_t o = owner[h];
      if (cands[o].label == Label::Org && cands[o].end == h + 1 && !cands[o].bytes.end && !drop[o]) {
        drop[o] = 1;
        drop[k] = 1;
        added.push_back({cands[o].begin, c.end, Label::Org, kJoinedScore, {}});
      }
      continue;
    }
    if (!institution || the) continue;  // (untagged, not "the Government of ..."; not after "of the")
    // Capitalised words before it, untagged, are part of the name ("Housing Authority of ...").
    uint32_t b = h;
    while (b > 0 && !(table.flags(b) & kSentenceStart) && owner[b - 1] < 0 && table.casing(b - 1) == Casing::Title &&
           table.norm(b - 1) != "the" && table.gaz<kGazTitle>(b - 1) == kPosNone &&
           doc.tokens[b - 1].block == doc.tokens[h].block && h - b < 3)
      --b;
    drop[k] = 1;
    added.push_back({b, c.end, Label::Org, kJoinedScore, {}});
  }
  // "The Organization of the [ORG Petroleum Exporting Countries]": an organisation's word of the lists the tagger
  // left out, then "of the" and an ORG it found, is one ORG.
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end || c.begin < 3 || table.norm(c.begin - 1) != "the" ||
        table.norm(c.begin - 2) != "of" || table.casing(c.begin - 2) != Casing::Lower)
      continue;
    uint32_t h = c.begin - 3;
    if (table.casing(h) != Casing::Title || table.style(h) != Style::Normal || !table.typed(h) ||
        !(table.type(h).gaz & 1u << kGazOrgWord) || doc.tokens[h].block != doc.tokens[c.begin].block)
      continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    if (owner[h] >= 0 || drop[k]) continue;
    drop[k] = 1;
    added.push_back({h, c.end, Label::Org, kJoinedScore, {}});
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// "The Cork Chamber of Commerce objected": after "The" opening a sentence, untagged capitalised words (small words
/// "of", "for", "and" between them) that end in an institution's word (Institution, Head) and no capitalised word
/// after them are one ORG; the tagger, which finds such names inside a sentence, left them out there. Requires:
/// cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void opening_institutions(const Document& doc, const TokenTable& table,
                                            std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 6;
  std::vector<uint8_t> taken, drop;
  std::vector<int32_t> at;  // made when first needed
  std::vector<Candidate> added;
  // Where a body's name may start: after "The" opening a sentence, or after a lowercase "the" inside one ("the
  // head of the Dunmere Chamber of Commerce": a place no list knows opens the name, so no tagged place precedes it).
  auto after_the = [&](const Sentence& s, uint32_t i) {
    if (table.norm(i) != "the") return false;
    if (table.casing(i) == Casing::Title) return i == s.first_token;
    return table.casing(i) == Casing::Lower;
  };
  for (const Sentence& s : doc.sentences)
    for (uint32_t t = s.first_token; t + 1 < s.last_token; ++t) {
      if (!after_the(s, t)) continue;
      uint32_t b = t + 1;
      if (b >= s.last_token || table.casing(b) != Casing::Title) continue;
      if (taken.empty()) {
        taken.assign(doc.tokens.size(), 0);
        for (const Candidate& c : cands)
          for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
      }
      uint32_t e = b, end = 0;
      while (e < s.last_token && e - b < kLongest && !taken[e] && doc.tokens[e].block == doc.tokens[b].block) {
        std::string_view w = table.norm(e);
        if (table.casing(e) == Casing::Title && table.style(e) == Style::Normal) {
          std::optional<CompanyWord> c = company_word(table, e);
          if (c == CompanyWord::Institution || c == CompanyWord::Head) end = e + 1;
          ++e;
        } else if ((w == "of" || w == "for" || w == "and") && e > b && table.casing(e) == Casing::Lower) {
          ++e;
        } else {
          break;
        }
      }
      // A body named by its head word first, then "for" or "of" and its fields, joined by "and" or followed by its
      // other name ("The Department for Work and [PERSON Pensions] said", "The Office for Rail and Road said", "The
      // Campaign for [PERSON Fair Cider], known as Cafci,"): one ORG over what the tagger found inside. No
      // nationality among the fields (not "The Board of Muslim clerics").
      std::optional<CompanyWord> head = company_word(table, b);
      bool head_first = head == CompanyWord::Institution || head == CompanyWord::Head || head == CompanyWord::Kind ||
                        table.norm(b) == "office" || table.norm(b) == "ministry";
      if (head_first && b + 2 < s.last_token && (table.norm(b + 1) == "for" || table.norm(b + 1) == "of")) {
        uint32_t f = b + 2;
        bool fields = true, joined = false;
        while (f < s.last_token && f - b < kLongest + 2 && doc.tokens[f].block == doc.tokens[b].block) {
          std::string_view w = table.norm(f);
          if (table.casing(f) == Casing::Title && table.style(f) == Style::Normal) {
            fields = fields && table.gaz<kGazDemonym>(f) == kPosNone;
          } else if ((w == "of" || w == "for" || w == "and") && table.casing(f) == Casing::Lower && f > b + 2) {
            joined = joined || w == "and";
          } else {
            break;
          }
          ++f;
        }
        bool alias =
            f + 1 < s.last_token && ((table.norm(f) == "," && table.norm(f + 1) == "known") || table.norm(f) == "(");
        if (f > b + 2 && table.casing(f - 1) == Casing::Title && fields && (joined || alias)) {
          if (at.empty()) at = candidate_at(doc.tokens.size(), cands);
          if (only_inside(at, cands, b, f)) {
            if (drop.empty()) drop.assign(cands.size(), 0);
            drop_on(at, b, f, drop);
            added.push_back({b, f, Label::Org, kJoinedScore, {}});
            continue;
          }
        }
      }
      if (end == 0 || end != e || end - b < 2) continue;  // one word alone ("The Board agreed") stays a noun
      // Inside a sentence, "and" joins two bodies named short ("the Interior and Commerce departments"), not one.
      bool joined = false;
      for (uint32_t k = b; k < end; ++k) joined = joined || table.norm(k) == "and";
      if (joined && t != s.first_token) continue;
      added.push_back({b, end, Label::Org, kJoinedScore, {}});
    }
  if (!added.empty()) replace_candidates(cands, drop.empty() ? std::vector<uint8_t>(cands.size(), 0) : drop, added);
}

/// A region's name that speaks or runs trains is a company's ("Calloway West Coast said", "Calloway West Coast
/// trains"): a LOC of two words or more that no gazetteer lists whole, followed in one of its mentions by a word
/// of class Acts in lower case, is an ORG in all its mentions. Keeps cands sorted and non-overlapping.
[[gnu::noinline]] void acting_regions(const TokenTable& table, const Gazetteer& gaz, std::vector<Candidate>& cands) {
  std::unordered_set<uint32_t> acting;
  for (const Candidate& c : cands) {
    if (c.label != Label::Loc || c.bytes.end || c.end - c.begin < 2 || c.end >= table.size()) continue;
    if (!(table.flags(c.end) & kInSentence) || table.casing(c.end) != Casing::Lower) continue;
    if (table_find(kCompanyWords, table.norm(c.end)) != CompanyWord::Acts) continue;
    // "the Rev. Ada Moss of the Larkfield Bible Church said": after "of" the place names where the speaker is from.
    uint32_t before = c.begin > 0 && table.norm(c.begin - 1) == "the" ? c.begin - 1 : c.begin;
    if (before > 0 && table.norm(before - 1) == "of") continue;
    uint32_t key = phrase_key(table, c.begin, c.end);
    if (!(gaz.find(key) & ~kGazPrefix)) acting.insert(key);
  }
  if (acting.empty()) return;
  for (Candidate& c : cands)
    if (c.label == Label::Loc && !c.bytes.end && acting.count(phrase_key(table, c.begin, c.end))) c.label = Label::Org;
}

/// A name the tagger read as a person or a place that the text shows to be a body ("the carmaker [GPE Fenwick]",
/// "[PERSON Tollbridge], which runs buses"): an ORG, unless the lists know it as one of the places `place` (GazType
/// bits). Returns whether it was relabelled.
bool body_named(const TokenTable& table, const Gazetteer& gaz, Candidate& c, uint32_t place) {
  if (c.bytes.end || (c.label != Label::Person && c.label != Label::Gpe && c.label != Label::Loc) ||
      (gaz.find(phrase_key(table, c.begin, c.end)) & place))
    return false;
  c.label = Label::Org;
  return true;
}

/// A body's first word the tagger left out between "the" and the rest of its name, which ends in an organisation's
/// word ("The Early [ORG Years Alliance]", "the Friendly [ORG Anglers' Association]"): the word belongs to the name
/// (capitalised in running text, no title, nationality or place of the lists).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void first_words_after_the(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                             std::vector<Candidate>& cands) {
  constexpr uint32_t kNotFirst =
      1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazDemonym | 1u << kGazTitle;
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    uint32_t w = c.begin - 1;
    if (c.label != Label::Org || c.bytes.end || c.begin < 2 || c.end - c.begin < 2 || (k > 0 && cands[k - 1].end > w) ||
        table.casing(w) != Casing::Title || table.style(w) != Style::Normal || table.norm(w - 1) != "the" ||
        doc.tokens[w - 1].block != doc.tokens[c.begin].block)
      continue;
    std::optional<CompanyWord> end = company_word(table, c.end - 1);
    bool org_end = (end && end != CompanyWord::Common && end != CompanyWord::Honorific) ||
                   table.gaz<kGazOrgWord>(c.end - 1) != kPosNone;
    if (!org_end || (gaz.find(phrase_key(table, w, w + 1)) & kNotFirst)) continue;
    c.begin = w;
  }
}

/// A body's national branch: an acronym or an "... International" right before a country or a state ("[ORG Amnesty
/// International] [GPE UK] said", "[ORG RCN] [GPE Scotland]"): one ORG, when nothing capitalised follows. Requires:
/// cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void national_branches(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                         std::vector<Candidate>& cands) {
  constexpr uint32_t kNation = 1u << kGazCountry | 1u << kGazAdmin1;
  std::vector<uint8_t> drop;
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& a = cands[k];
    const Candidate& b = cands[k + 1];
    // Only an acronym or an "... International" ("RCN Scotland", "Amnesty International UK"): not "State Department
    // Iraq (desk)", "Fantastic Nova Scotia".
    bool branchable =
        (a.end == a.begin + 1 && table.casing(a.begin) == Casing::Upper) || table.norm(a.end - 1) == "international";
    if (!branchable || a.label != Label::Org || b.label != Label::Gpe || a.bytes.end || b.bytes.end ||
        b.begin != a.end || b.end - b.begin > 2 || doc.tokens[b.begin].block != doc.tokens[a.begin].block ||
        (b.end < table.size() && (table.casing(b.end) == Casing::Title || table.casing(b.end) == Casing::Upper)) ||
        !(gaz.find(phrase_key(table, b.begin, b.end)) & kNation))
      continue;
    if (drop.empty()) drop.assign(cands.size(), 0);
    a.end = b.end;
    drop[k + 1] = 1;
    ++k;
  }
  if (!drop.empty()) replace_candidates(cands, drop, {});
}

/// A body named in an apposition after its description: "its Belgian biscuit business, Maison Verhaegen,", "the
/// union, Unite,", "a small charity, Hope Fields." (a determiner, up to three modifiers, a noun for a body of
/// core/data/ner_body_nouns.tsv, a comma, then one to four capitalised words before a comma or the sentence's end):
/// the name is an ORG, the tagger's person or place there relabelled (not a country, state or city) or its
/// untagged words added. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void bodies_named_after(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                          std::vector<Candidate>& cands) {
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazRegion;
  std::vector<int32_t> owner;  // made when first needed: few documents have such an apposition
  std::vector<Candidate> added;
  auto determiner = [&](uint32_t k) {
    std::string_view w = table.norm(k);
    return w == "its" || w == "their" || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "our";
  };
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token + 1; i + 2 < s.last_token; ++i) {
      if (table.norm(i + 1) != "," || table.casing(i + 2) != Casing::Title || table.casing(i) != Casing::Lower ||
          !is_body(table_find(kBodyNouns, table.norm(i))))
        continue;
      // Back over the modifiers to the determiner.
      uint32_t m = i;
      while (m > s.first_token && i - m < 3 && doc.tokens[m - 1].kind == TokenKind::Word &&
             (table.casing(m - 1) == Casing::Lower || table.gaz<kGazDemonym>(m - 1) != kPosNone) && !determiner(m - 1))
        --m;
      if (m == s.first_token || !determiner(m - 1)) continue;
      uint32_t b = i + 2, e = b;
      while (e < s.last_token && e - b < 4 && table.casing(e) == Casing::Title && table.style(e) == Style::Normal &&
             table.gaz<kGazTitle>(e) == kPosNone)
        ++e;
      if (e < s.last_token && table.norm(e) != "," && table.norm(e) != "." && table.norm(e) != ";") continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[b];
      if (o >= 0) {
        Candidate& c = cands[o];
        if (c.begin == b && c.end == e) body_named(table, gaz, c, kBigPlace);
      } else if (only_inside(owner, cands, b, e) && owner[e - 1] < 0 &&
                 !(gaz.find(phrase_key(table, b, e)) & kBigPlace)) {
        added.push_back({b, e, Label::Org, kJoinedScore, {}});
      }
      i = e;
    }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

/// A body described in an apposition after its name: "Unite, the union that represents the staff", "Halvard, a
/// lender which", "Ferrow, the online retailer behind" (a comma, "the", "a" or "an", up to two lowercase words, a
/// noun of core/data/ner_body_nouns.tsv, then "that", "which", "whose", "representing", "behind", "for", "based",
/// "founded", "owned", "run", "in", "with", a comma or the sentence's end):
/// the name before the comma is an ORG, the tagger's person or place there relabelled and its untagged capitalised
/// words (up to four, first in the sentence or after a lowercase word) added, unless the gazetteers know it as a
/// place. Also the name right after "the" and such a noun ("according to the union Balpa") and after "shares in" or
/// "shares of" ("Shares in Harlow Dane fell"), the tagger's person or place or its untagged capitalised words; and
/// an untagged acronym between "the" and such a noun ("the GMB union").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] AA_ONCE_PER_DOCUMENT void described_bodies(const Document& doc, const TokenTable& table,
                                                             const Gazetteer& gaz, std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown | 1u << kGazRegion;
  auto capital = [&](uint32_t i) {  // not in a headline's or an all-capitals line's words
    return (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper) &&
           (table.style(i) == Style::Normal || table.style(i) == Style::Lower);
  };
  std::vector<int32_t> owner;  // made when first needed: most documents have no such apposition
  std::vector<uint8_t> drop;   // candidates a longer name replaces, made when first needed
  std::vector<Candidate> added;
  TypeLookup body_noun_lookup(kBodyNouns, table);  // asked of most lowercase tokens: once per word type
  auto body_noun = [&](size_t i) {                 // a Plural noun only before examples (bodies_of_a_kind)
    std::optional<BodyNoun> n = body_noun_lookup(i);
    return introducing_noun(n) ? n : std::nullopt;
  };
  std::vector<uint32_t> one_word;  // keys of the one-word names made ORG here
  auto made = [&](uint32_t b, uint32_t e) {
    if (e == b + 1) one_word.push_back(table.key(b));
  };
  for (const Sentence& s : doc.sentences) {
    // "Carmaker Fenwick has launched": a trade noun that opens the sentence, then the company's name (which the
    // tagger may have read as a person with the noun: "[PERSON Carmaker Fenwick]").
    if (uint32_t i = s.first_token; i + 2 < s.last_token && table.casing(i) == Casing::Title && capital(i + 1) &&
                                    table.casing(i + 1) == Casing::Title && is_body(body_noun(i))) {
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[i + 1];
      if (o >= 0 && cands[o].begin == i && cands[o].end > i + 1 && !cands[o].bytes.end &&
          cands[o].label == Label::Person && table.gaz<kGazFirstName>(i + 1) == kPosNone) {
        cands[o].begin = i + 1;
        cands[o].label = Label::Org;
        owner[i] = -1;
        made(cands[o].begin, cands[o].end);
      } else if (o >= 0 && cands[o].begin == i + 1 && !cands[o].bytes.end &&
                 (cands[o].label == Label::Person || cands[o].label == Label::Gpe || cands[o].label == Label::Loc) &&
                 !(gaz.find(phrase_key(table, cands[o].begin, cands[o].end)) & (kPlace & ~(1u << kGazTown)))) {
        cands[o].label = Label::Org;
        made(cands[o].begin, cands[o].end);
      } else if (o < 0 && owner[i] < 0) {
        uint32_t e = i + 1;
        while (e < s.last_token && e - i <= 4 && owner[e] < 0 && capital(e) && table.gaz<kGazTitle>(e) == kPosNone) ++e;
        if (!(gaz.find(phrase_key(table, i + 1, e)) & kPlace))
          added.push_back({i + 1, e, Label::Org, kJoinedScore, {}});
      }
    }
    for (uint32_t i = s.first_token + 1; i + 1 < s.last_token; ++i) {
      std::optional<BodyNoun> noun = table.casing(i) == Casing::Lower ? body_noun(i) : std::nullopt;
      // Every test below needs a body noun here, a capitalised word, "in" or "of" (after "shares") or a comma: the
      // other tokens, most of them, go at once.
      if (!noun && table.casing(i) != Casing::Title && table.casing(i) != Casing::Upper) {
        std::string_view w = table.norm(i);
        if (w != "," && w != "in" && w != "of") continue;
      }
      bool ensemble = noun == BodyNoun::Ensemble;
      // "garden centres such as Dobbies and Wyevale", "banks like Barclays or Lloyds", "charities including Oxfam":
      // the names given as examples of a plural noun for bodies (one to three capitalised words each, joined by
      // commas, "and" or "or") are ORGs where the tagger left them out or read a person or a town (not a country,
      // a state or a city).
      // "the Westland brand", "a Harlow label": the name right before a brand's noun is the firm's, not the town's
      // or a person's (not a country's: "the Scotland brand").
      if (noun == BodyNoun::Brand) {
        if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
        int32_t o = owner[i - 1];
        if (o >= 0 && cands[o].end == i && !cands[o].bytes.end && cands[o].end - cands[o].begin <= 3 &&
            (cands[o].label == Label::Gpe || cands[o].label == Label::Loc || cands[o].label == Label::Person) &&
            !(gaz.find(phrase_key(table, cands[o].begin, cands[o].end)) & (1u << kGazCountry | 1u << kGazAdmin1))) {
          cands[o].label = Label::Org;
          made(cands[o].begin, cands[o].end);
        }
        continue;
      }
      bool body_before = table.norm(i - 1) == "the" && (is_body(noun) || ensemble);  // "the union Balpa"
      // "the cider maker Orchard Lane", "the online pharmacy X", "the energy network operator X", "the Leeds-based
      // software company X", and first in a sentence without "the": "Tech firm X", "Quarry owner X": up to three
      // modifiers before the noun, lower-case words or words with a hyphen, or a capitalised word that opens the
      // sentence (not a person's name after them: "the film maker Tessa Brandt").
      bool by_nation = false;  // named a body only by its nationality: a name alone after it, no title
      auto modified_noun = [&] {
        if (!noun || (table.gaz<kGazFirstName>(i + 1) != kPosNone && !ensemble)) return false;
        uint32_t m = i;
        // "made by French engine maker Safran", "he told Latvian public broadcaster LSM": a nationality among the
        // modifiers names a body without "the" too.
        bool national = false;
        while (m > s.first_token && i - m < 3) {
          uint32_t p = m - 1;
          // A plural possessive: "the drivers' union Aslef", "Patients' group X" (the word and its apostrophe).
          if (table.norm(p) == "'" && p > s.first_token && doc.tokens[p - 1].kind == TokenKind::Word &&
              table.norm(p - 1).size() > 3 && table.norm(p - 1).back() == 's' &&
              doc.tokens[p - 1].span.end == doc.tokens[p].span.begin)
            --p;
          std::string_view w = table.norm(p);
          if (w == "the" || w == "of" || body_noun(p) || doc.tokens[p].kind != TokenKind::Word) break;
          bool hyphened = w.find('-') != std::string_view::npos && w.size() > 2;
          bool opening = p == s.first_token && table.casing(p) == Casing::Title;
          // A nationality among them: "the Taiwanese handset maker X", "the German carmaker X".
          bool nationality = table.casing(p) == Casing::Title && table.gaz<kGazDemonym>(p) != kPosNone;
          if (table.casing(p) != Casing::Lower && !hyphened && !opening && !nationality) break;
          national = national || nationality;
          m = p;
        }
        if (m == i) return false;
        bool with_the = m > s.first_token ? table.norm(m - 1) == "the" : table.casing(m) == Casing::Title;
        by_nation = national && !with_the;
        return with_the || national;
      };
      bool modified = !body_before && i >= s.first_token + 1 && modified_noun();
      body_before = body_before || modified;
      bool shares_before = (table.norm(i) == "in" || table.norm(i) == "of") && table.norm(i - 1) == "shares";
      // "The GMB union agreed", "the CMA watchdog": an acronym of three letters or more the tagger left out between
      // "the" and a noun for a body that is no maker or seller of things ("the SUV maker", "the DIY chain").
      auto body = [&] {
        std::string_view noun = table.norm(i + 1);
        return noun == "union" || noun == "watchdog" || noun == "regulator" || noun == "charity" ||
               noun == "broadcaster" || noun == "lender" || noun == "insurer" || noun == "airline";
      };
      // "The Unite union said", "the Brackmoor company", "the Quellan corporation": one to three capitalised words the
      // tagger left out or read as a person or a place no list knows, between "the" and a noun for a body that is no
      // maker, builder or seller of things ("the Prius maker" names a product) nor "operator" ("the Heathrow
      // operator"); not a nationality, a group of people or a place ("the Leeds company").
      if (table.casing(i) == Casing::Title && table.norm(i - 1) == "the" && capital(i) &&
          (table.casing(i - 1) == Casing::Lower || (table.flags(i - 1) & kSentenceStart))) {
        uint32_t e = i;
        while (e < s.last_token && e - i < 3 && table.casing(e) == Casing::Title && capital(e) &&
               table.gaz<kGazDemonym>(e) == kPosNone && table.gaz<kGazTitle>(e) == kPosNone)
          ++e;
        std::string_view w = e < s.last_token ? table.norm(e) : std::string_view();
        bool named = w == "union" || w == "company" || w == "firm" || w == "lender" || w == "insurer" ||
                     w == "airline" || w == "chain" || w == "charity" || w == "regulator" || w == "watchdog" ||
                     w == "broadcaster" || w == "group" || w == "conglomerate" || w == "nonprofit" || w == "startup" ||
                     w == "pharmacy" || w == "corporation";
        if (e > i && table.casing(e) == Casing::Lower && named &&
            !(gaz.find(phrase_key(table, i, e)) & (kPlace | 1u << kGazDemonym | 1u << kGazNorpGroup))) {
          if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
          bool free = true;
          for (uint32_t k = i; k < e; ++k) free = free && owner[k] < 0;
          if (free) {
            added.push_back({i, e, Label::Org, kJoinedScore, {}});
            made(i, e);
          } else if (int32_t o = owner[i]; o >= 0) {
            Candidate& c = cands[o];
            if (c.begin == i && c.end == e && !c.bytes.end &&
                (c.label == Label::Person || c.label == Label::Gpe || c.label == Label::Loc))
              c.label = Label::Org;
            // (The tagger's ORG there too: "the Aslef union" ... "[PERSON Aslef]'s general secretary".)
            if (c.begin == i && c.end == e && !c.bytes.end && c.label == Label::Org) made(i, e);
          }
          i = e;
          continue;
        }
      }
      if (table.casing(i) == Casing::Upper && table.norm(i - 1) == "the" && table.casing(i + 1) == Casing::Lower &&
          body() && doc.tokens[i].span.size() >= 3 && doc.tokens[i].span.size() <= 6 &&
          doc.tokens[i].kind == TokenKind::Word && capital(i)) {
        if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
        if (owner[i] < 0) added.push_back({i, i + 1, Label::Org, kJoinedScore, {}});
        continue;
      }
      // An ensemble's members, a list of names after it: "the trio Tom Hale, Ann Lowe and ..." (people).
      auto members = [&](uint32_t e) {
        return ensemble && e + 1 < s.last_token &&
               (table.norm(e) == "," || table.norm(e) == "and" || table.norm(e) == "&") && capital(e + 1);
      };
      // Not the pronoun: "the band I started", "the union I joined" (a relative clause).
      if ((body_before || shares_before) && capital(i + 1) && doc.view(doc.tokens[i + 1].span) != "I") {
        if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
        int32_t o = owner[i + 1];
        // "[ORG Shares of Veltrix Inc.] jumped": the tagger's name that opens with "Shares of" starts after it.
        if (shares_before && o >= 0 && cands[o].begin == i - 1 && cands[o].end > i + 1 && !cands[o].bytes.end) {
          cands[o].begin = i + 1;
          cands[o].label = Label::Org;
          owner[i - 1] = owner[i] = -1;
          continue;
        }
        if (o >= 0 && members(cands[o].end)) continue;
        if (o >= 0) {
          Candidate& c = cands[o];
          // After "shares in" or a trade noun only a big place is a market or a place ("Shares in London fell"),
          // not a town that names a firm ("Shares in [PERSON Vauxhall]", "the carmaker [GPE Fenwick]").
          uint32_t place = kPlace & ~(1u << kGazTown);
          bool name_alone = !by_nation || c.end >= s.last_token || !capital(c.end);
          if (c.begin == i + 1 && name_alone && body_named(table, gaz, c, place)) made(c.begin, c.end);
          continue;
        }
        uint32_t e = i + 1;
        while (e < s.last_token && e - i <= 4 && owner[e] < 0 && capital(e) && table.gaz<kGazTitle>(e) == kPosNone) ++e;
        // "the charity Alzheimer's Research UK": a possessive and capitalised words after the name belong to it,
        // whatever the tagger made of them ("Research [GPE UK]"), one ORG.
        if (e > i + 1 && e + 1 < s.last_token && table.norm(e) == "'s" && capital(e + 1)) {
          uint32_t f = e + 1;
          while (f < s.last_token && f - i <= 7 && capital(f) &&
                 (owner[f] < 0 || (cands[owner[f]].begin > e && !cands[owner[f]].bytes.end)))
            ++f;
          if (f < s.last_token && owner[f] >= 0 && cands[owner[f]].begin < f) continue;  // a name goes on after
          if (drop.empty()) drop.assign(cands.size(), 0);
          for (uint32_t t = e + 1; t < f; ++t)
            if (owner[t] >= 0) drop[owner[t]] = 1;
          added.push_back({i + 1, f, Label::Org, kJoinedScore, {}});
          continue;
        }
        // The tagger's person on the last word alone: "the folk trio Salt [PERSON Reed]" (after a noun with a
        // modifier, one word at most before it, nothing capitalised after it).
        if (int32_t p = e < s.last_token ? owner[e] : -1;
            modified && p >= 0 && e == i + 2 && cands[p].begin == e && cands[p].end == e + 1 && !cands[p].bytes.end &&
            cands[p].label == Label::Person && (e + 1 >= s.last_token || !capital(e + 1)) &&
            !(gaz.find(phrase_key(table, i + 1, e + 1)) & kPlace)) {
          cands[p].begin = i + 1;
          cands[p].label = Label::Org;
          continue;
        }
        if (e > i + 1 && (e >= s.last_token || owner[e] < 0) && !(gaz.find(phrase_key(table, i + 1, e)) & kPlace) &&
            !members(e) && (!by_nation || e >= s.last_token || !capital(e)))
          added.push_back({i + 1, e, Label::Org, kJoinedScore, {}});
        continue;
      }
      if (i + 3 >= s.last_token || table.norm(i) != "," || table.casing(i + 1) != Casing::Lower) continue;
      std::string_view det = table.norm(i + 1);
      if (det != "the" && det != "a" && det != "an") continue;
      uint32_t n = i + 2;
      // Up to two lowercase modifiers, and a place or a nationality among them ("Quillmate, a San Francisco startup
      // that", "X, a Dutch company that"); a possessive's "'s" is no word of them ("X, the country's biggest company").
      for (uint32_t words = 0; n < s.last_token && words < 2;) {
        if (table.casing(n) == Casing::Lower && !body_noun(n) && body_noun_lookup(n) != BodyNoun::Apposed) {
          ++n;
          ++words;
          if (n < s.last_token && n > i + 2 && table.norm(n) == "'s") ++n;
          continue;
        }
        if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
        int32_t o = owner[n];
        if (o < 0 || cands[o].begin != n || cands[o].bytes.end || cands[o].end - cands[o].begin > 3 ||
            (cands[o].label != Label::Gpe && cands[o].label != Label::Loc && cands[o].label != Label::Norp))
          break;
        n = cands[o].end;
      }
      if (n + 1 >= s.last_token || table.casing(n) != Casing::Lower ||
          (!is_body(body_noun(n)) && body_noun(n) != BodyNoun::Ensemble &&
           body_noun_lookup(n) != BodyNoun::Apposed))  // not "Tom Hale, the owner, said"
        continue;
      std::string_view next = table.norm(n + 1);
      // (or where it is and who runs it: "Sleepora, a bedding firm based in Leeds", "X, a bank in Derby", "a charity
      // founded by", "a firm with", or the sentence's end)
      if (!(next == "that" || next == "which" || next == "whose" || next == "representing" || next == "behind" ||
            next == "for" || next == "," || next == "based" || next == "headquartered" || next == "founded" ||
            next == "owned" || next == "run" || next == "in" || next == "with" || next == "." || next == ";" ||
            next == "of"))  // "X, a network of civil society groups, said"
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[i - 1];
      if (o >= 0) {
        Candidate& c = cands[o];
        if (c.end == i && (c.label == Label::Org || body_named(table, gaz, c, kPlace))) made(c.begin, c.end);
        continue;
      }
      uint32_t b = i;
      while (b > s.first_token && i - b < 4 && owner[b - 1] < 0 && capital(b - 1) && table.norm(b - 1) != "the") --b;
      bool opens = b == s.first_token || table.casing(b - 1) == Casing::Lower || table.norm(b - 1) == "," ||
                   table.norm(b - 1) == "the" || doc.tokens[b - 1].kind == TokenKind::Quote;
      if (b == i || !opens || (b > s.first_token && owner[b - 1] >= 0) || (gaz.find(phrase_key(table, b, i)) & kPlace))
        continue;
      added.push_back({b, i, Label::Org, kJoinedScore, {}});
      made(b, i);
    }
  }
  // "Gavi, the Vaccine Alliance, said": a one-word name the tagger read as a person (no given name), set beside an
  // organisation's name after "the", is that organisation.
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& c = cands[k];
    const Candidate& d = cands[k + 1];
    if (c.label != Label::Person || c.bytes.end || c.end != c.begin + 1 || d.label != Label::Org || d.bytes.end ||
        d.begin != c.end + 2 || d.end >= doc.tokens.size() || table.norm(c.end) != "," ||
        table.norm(c.end + 1) != "the" || table.norm(d.end) != "," || table.gaz<kGazFirstName>(c.begin) != kPosNone ||
        table.casing(c.begin) == Casing::Lower)
      continue;
    c.label = Label::Org;
    made(c.begin, c.end);
  }
  if (drop.empty()) drop.assign(cands.size(), 0);
  if (!added.empty()) replace_candidates(cands, drop, added);
  // One name, one label: the company's other one-word mentions the tagger read as a person ("[PERSON Fenwick]
  // launches ...", "[PERSON Fenwick]'s chief executive") are the company, unless a person's full name holds the word;
  // so are those of a body described in an apposition ("Brightloom, a San Diego company that ...").
  if (one_word.empty()) return;
  std::unordered_set<uint32_t> person_words;
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2)
      for (uint32_t i = c.begin; i < c.end; ++i) person_words.insert(table.key(i));
  for (Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end == c.begin + 1 && !person_words.count(table.key(c.begin)) &&
        std::find(one_word.begin(), one_word.end(), table.key(c.begin)) != one_word.end())
      c.label = Label::Org;
}

/// Names after a plural noun for bodies and "such as", "like" or "including" ("with companies like Brightmoor Cocoa,
/// Pellow and smaller makers", "Charities such as Hallam Aid"): each name of the list (capitalised words, up to four,
/// joined by commas, "and" or "or") is an ORG, the tagger's person or place there relabelled or its words added,
/// unless the gazetteers know it as a place; so are the names set beside a count and such a noun ("to two firms,
/// Ridgeline Paving and Atlas Demolition,"), and the name before "and other suppliers". Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void bodies_of_a_kind(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                        std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown | 1u << kGazRegion;
  auto plural_body = [&](uint32_t p) {  // "companies", "charities", "retailers"
    std::string_view w = table.norm(p);
    if (table.casing(p) == Casing::Upper || table.casing(p) == Casing::None || w.size() < 5 || w.back() != 's')
      return false;
    std::string one = w.size() > 3 && w.substr(w.size() - 3) == "ies" ? std::string(w.substr(0, w.size() - 3)) + "y"
                                                                      : std::string(w.substr(0, w.size() - 1));
    std::optional<BodyNoun> noun = table_find(kBodyNouns, one);
    return is_body(noun) || noun == BodyNoun::Plural;
  };
  // A count before the plural noun: "two firms", "3 companies".
  auto counted = [&](uint32_t p) {
    std::string_view w = table.norm(p);
    return table.casing(p) == Casing::None ? !w.empty() && w[0] >= '0' && w[0] <= '9'
                                           : w == "two" || w == "three" || w == "four" || w == "five" || w == "both";
  };
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.last_token; ++i) {
      // "Pellow and other suppliers": the name just before, one the tagger found or capitalised words it left out.
      if (table.norm(i) == "and" && table.norm(i + 1) == "other" && i + 2 < s.last_token && plural_body(i + 2) &&
          (table.casing(i - 1) == Casing::Title || table.casing(i - 1) == Casing::Upper)) {
        if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
        if (int32_t o = owner[i - 1]; o >= 0) {
          Candidate& c = cands[o];
          if (c.end == i) body_named(table, gaz, c, kPlace);
        } else {
          uint32_t f = i;
          while (f > s.first_token && i - f < 4 && owner[f - 1] < 0 && table.casing(f - 1) == Casing::Title &&
                 !(table.flags(f - 1) & kSentenceStart))
            --f;
          bool opens = f > s.first_token && table.casing(f - 1) == Casing::Lower;  // "with X and other ..."
          if (f < i && opens && !(gaz.find(phrase_key(table, f, i)) & kPlace))
            added.push_back({f, i, Label::Org, kJoinedScore, {}});
        }
        continue;
      }
      uint32_t b;
      if (table.norm(i) == "as" && table.norm(i - 1) == "such" && i >= s.first_token + 2 && plural_body(i - 2))
        b = i + 1;
      else if ((table.norm(i) == "like" || table.norm(i) == "including") && plural_body(i - 1))
        b = i + 1;
      else if (table.norm(i) == "including" && table.norm(i - 1) == "," && i >= s.first_token + 2 && plural_body(i - 2))
        b = i + 1;  // "a group of rights organisations, including X, Y and Z"
      else if ((table.norm(i) == "," || table.norm(i) == ":") && i >= s.first_token + 2 && plural_body(i - 1) &&
               counted(i - 2) && !listed_names(table, i + 1, s.last_token, 4).empty())
        b = i + 1;  // "two firms, Ridgeline Paving and Atlas Demolition,"
      else
        continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      // The list: names joined by ",", "and", "or".
      while (b < s.last_token && (table.casing(b) == Casing::Title || table.casing(b) == Casing::Upper) &&
             table.style(b) == Style::Normal) {
        uint32_t e = b;
        if (int32_t o = owner[b]; o >= 0) {
          Candidate& c = cands[o];
          if (c.begin != b || c.bytes.end) break;
          e = c.end;
          body_named(table, gaz, c, kPlace);
        } else {
          while (e < s.last_token && e - b < 4 && owner[e] < 0 &&
                 (table.casing(e) == Casing::Title || table.casing(e) == Casing::Upper))
            ++e;
          if (e < s.last_token && owner[e] >= 0) break;  // a name the tagger found inside: leave it
          if (!(gaz.find(phrase_key(table, b, e)) & kPlace)) added.push_back({b, e, Label::Org, kJoinedScore, {}});
        }
        if (e + 1 >= s.last_token) break;
        std::string_view sep = table.norm(e);
        if (sep != "," && sep != "and" && sep != "or") break;
        b = e + 1;
        if (b < s.last_token && (table.norm(b) == "and" || table.norm(b) == "or")) ++b;  // ", and"
      }
      i = b;
    }
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A name before ", which" and a verb of business ("Tollbridge, which runs buses", "[PERSON Marchetti], which makes
/// ice cream", "Dublin Town, which represents 2,500 businesses"): a company, an ORG, the tagger's person or place there
/// relabelled or its capitalised words added (up to four, opening the sentence or after a lowercase word or a comma),
/// unless the gazetteers know it as a place
/// ("Leeds, which owns the depot"); a known place after another place's word at the sentence's start is the body
/// with it ("Antarctica [GPE New Zealand], which runs the station"). Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void bodies_which_trade(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                          std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown | 1u << kGazRegion;
  auto trades = [&](uint32_t v) {
    std::string_view w = table.norm(v);
    return table.casing(v) == Casing::Lower &&
           (w == "runs" || w == "operates" || w == "owns" || w == "makes" || w == "sells" || w == "employs" ||
            w == "manufactures" || w == "supplies" || w == "builds" || w == "publishes" || w == "produces" ||
            w == "represents" || w == "ran" || w == "operated" || w == "owned" || w == "made" || w == "sold" ||
            w == "employed" || w == "represented");
  };
  std::vector<int32_t> owner;
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token + 1; i + 2 < s.last_token; ++i) {
      if (table.norm(i) != "," || table.norm(i + 1) != "which" || !trades(i + 2)) continue;
      if (table.casing(i - 1) != Casing::Title && table.casing(i - 1) != Casing::Upper) continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      if (int32_t o = owner[i - 1]; o >= 0) {
        Candidate& c = cands[o];
        if (c.end != i || body_named(table, gaz, c, kPlace) || c.bytes.end ||
            (c.label != Label::Gpe && c.label != Label::Loc))
          continue;
        // "Antarctica [GPE New Zealand], which runs the station": a known place after another place's word at the
        // sentence's start (left out, or one word read as a place) names the body with it, one ORG.
        uint32_t b = c.begin;
        if (b == s.first_token + 1 && owner[b - 1] < 0 && table.casing(b - 1) == Casing::Title &&
            table.style(b - 1) == Style::Normal && (gaz.find(phrase_key(table, b - 1, b)) & kPlace)) {
          added.push_back({b - 1, i, Label::Org, kJoinedScore, {}});
          drop.resize(cands.size(), 0);
          drop[o] = 1;
        } else if (int32_t p = b > s.first_token ? owner[b - 1] : -1;
                   p >= 0 && cands[p].begin == s.first_token && cands[p].end == b && !cands[p].bytes.end &&
                   (cands[p].label == Label::Gpe || cands[p].label == Label::Loc)) {
          added.push_back({s.first_token, i, Label::Org, kJoinedScore, {}});
          drop.resize(cands.size(), 0);
          drop[o] = drop[p] = 1;
        }
        continue;
      }
      uint32_t b = i;
      while (b > s.first_token && i - b < 4 && owner[b - 1] < 0 &&
             (table.casing(b - 1) == Casing::Title || table.casing(b - 1) == Casing::Upper) &&
             (table.style(b - 1) == Style::Normal || table.style(b - 1) == Style::Lower))
        --b;
      bool opens = b == s.first_token || table.casing(b - 1) == Casing::Lower || table.norm(b - 1) == ",";
      if (b < i && opens && !(gaz.find(phrase_key(table, b, i)) & kPlace) && table.gaz<kGazTitle>(b) == kPosNone)
        added.push_back({b, i, Label::Org, kJoinedScore, {}});
    }
  }
  drop.resize(cands.size(), 0);
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A national body named with a nationality: "the [NORP Australian] Immunisation Register", "the [NORP British]
/// [ORG Museum]", and a company so named, "the" before it or not: "[NORP Irish] Ferries said" (a nationality of one
/// word, then capitalised words the tagger left out or tagged in parts inside them, up to four, the last an
/// Institution, Head or Registry word of the table after "the", or a Suffix or Company word, no capitalised word after
/// them): one ORG; the tagger's place over the same words too ("the [LOC British Library]"). Requires: cands sorted
/// by position, non-overlapping; keeps them so.
[[gnu::noinline]] void national_bodies(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto title = [&](uint32_t i) {
    return i < doc.tokens.size() && table.casing(i) == Casing::Title && table.style(i) == Style::Normal;
  };
  std::vector<int32_t> cand_at;  // made when first needed
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (uint32_t d = 0; d + 1 < doc.tokens.size(); ++d) {
    // The nationality: the tagger's NORP of one word, or a nationality it left out with the rest.
    if (!title(d) || !title(d + 1) || table.gaz<kGazDemonym>(d) == kPosNone) continue;
    bool the = d > 0 && table.norm(d - 1) == "the";
    if (!the && d > 0 && !(table.flags(d) & kSentenceStart) && table.casing(d - 1) == Casing::Title &&
        doc.tokens[d - 1].block == doc.tokens[d].block)
      continue;  // inside a longer name
    if (cand_at.empty()) {
      cand_at = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    int32_t k = cand_at[d];
    // Or the tagger's place over the whole name: "the [LOC British Library]".
    bool place = k >= 0 && !cands[k].bytes.end && cands[k].begin == d && cands[k].end > d + 1 &&
                 (cands[k].label == Label::Loc || cands[k].label == Label::Gpe);
    if (k >= 0 && !place &&
        (cands[k].label != Label::Norp || cands[k].bytes.end || cands[k].begin != d || cands[k].end != d + 1))
      continue;
    uint32_t e = d + 1;
    while (e < doc.tokens.size() && e - d <= 4 && title(e) && table.gaz<kGazTitle>(e) == kPosNone &&
           doc.tokens[e].block == doc.tokens[d].block)
      ++e;
    if (title(e) ||
        (e < doc.tokens.size() && doc.tokens[e].span.begin == doc.tokens[e - 1].span.end && table.norm(e) == "-"))
      continue;
    std::optional<CompanyWord> w = company_word(table, e - 1);
    // A company's word needs no "the" ("Irish Ferries said", "British Steel").
    bool body = the && (w == CompanyWord::Institution || w == CompanyWord::Head || w == CompanyWord::Registry);
    // A sport's governing body: the nationality and the sport alone ("British Rowing", "Scottish Cycling").
    bool sport = e == d + 2 && w == CompanyWord::Lead;
    if (!body && !sport && w != CompanyWord::Suffix && w != CompanyWord::Company) continue;
    if (place) {
      if (cands[k].end == e) cands[k].label = Label::Org;
      d = e - 1;
      continue;
    }
    // The words after the nationality: untagged, or tagged in parts that lie inside them ("Heritage [PERSON
    // Register]", "[ORG Museum]").
    if (!only_inside(cand_at, cands, d + 1, e)) continue;
    if (k >= 0) drop[k] = 1;
    drop_on(cand_at, d + 1, e, drop);
    added.push_back({d, e, Label::Org, kJoinedScore, {}});
    d = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// An organisation by an acronym written in mixed case ("PhRMA", "TeKRA"): a word of ASCII letters, capitalised,
/// with three capitals or more and a lower-case letter, which the tagger read as a person or a place, or left out in
/// apposition or before a verb of saying, is an ORG (people's names hold two capitals at most: "DeShawn", "McKay"; not
/// a plural acronym: "CEOs", "NGOs"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void mixed_case_acronyms(const Document& doc, const TokenTable& table,
                                           std::vector<Candidate>& cands) {
  auto acronym = [&](uint32_t i) {
    if (table.style(i) == Style::Caps) return false;
    std::string_view w = doc.view(doc.tokens[i].span);
    if (w.size() < 4 || w[0] < 'A' || w[0] > 'Z') return false;
    int upper = 0, lower = 0;
    for (char ch : w) {
      if (ch >= 'A' && ch <= 'Z')
        ++upper;
      else if (ch >= 'a' && ch <= 'z')
        ++lower;
      else
        return false;  // not a plain word
    }
    bool plural = lower == 1 && w.back() == 's';
    return upper >= 3 && lower >= 1 && !plural;
  };
  std::vector<Candidate> added;
  std::vector<int32_t> at = candidate_at(doc.tokens.size(), cands);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (!acronym(i)) continue;
    int32_t o = at[i];
    if (o < 0) {
      // Left out: only in apposition to a common noun ("the lobbying group, PhRMA, warned") or before a verb of
      // saying ("PhRMA said"); a product's name is written so too ("running MySQL", "and AutoCAD should").
      bool apposition = i >= 2 && i + 1 < doc.tokens.size() && table.norm(i - 1) == "," && table.norm(i + 1) == "," &&
                        table.casing(i - 2) == Casing::Lower;
      std::string_view next = i + 1 < doc.tokens.size() ? table.norm(i + 1) : std::string_view();
      bool says = next == "said" || next == "says" || next == "warned" || next == "told" || next == "announced";
      if (apposition || says) added.push_back({i, i + 1, Label::Org, kJoinedScore, {}});
      continue;
    }
    Candidate& c = cands[o];
    if (!c.bytes.end && c.begin == i && c.end == i + 1 &&
        (c.label == Label::Person || c.label == Label::Gpe || c.label == Label::Loc))
      c.label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A place of worship read as a person: the name ending in its word is the congregation ("[PERSON Larkfield Gospel
/// Chapel] said": ORG); the word alone is no person ("[PERSON Chapel] roof appeal"), unless it is a word of a person's
/// full name in the document ("Ada Church ... Church said").
[[gnu::noinline]] void worship_names(const TokenTable& table, std::vector<Candidate>& cands) {
  auto worship = [&](const Candidate& c) {
    return c.label == Label::Person && !c.bytes.end && company_word(table, c.end - 1) == CompanyWord::Worship &&
           table.casing(c.end - 1) == Casing::Title;
  };
  // "Grace Baptist Church", "Larkfield Chapel" are congregations; "Charlotte Church" (a given name, one more word) is
  // a person.
  auto congregation = [&](const Candidate& c) {
    return c.end - c.begin >= 3 || table.gaz<kGazFirstName>(c.begin) == kPosNone;
  };
  std::unordered_set<uint32_t> person_words;
  for (const Candidate& c : cands)
    if (c.label == Label::Person && !c.bytes.end && c.end - c.begin >= 2 && !(worship(c) && congregation(c)))
      for (uint32_t i = c.begin; i < c.end; ++i) person_words.insert(table.key(i));
  bool dropped = false;
  for (Candidate& c : cands) {
    if (!worship(c)) continue;
    if (c.end - c.begin >= 2) {
      if (congregation(c)) c.label = Label::Org;
    } else if (!person_words.count(table.key(c.begin))) {
      c.end = c.begin;  // dropped below
      dropped = true;
    }
  }
  if (dropped)
    cands.erase(
        std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.end == c.begin && !c.bytes.end; }),
        cands.end());
}

/// An organisation's other name after "known as" ("the Campaign for Fair Cider, known as [PERSON Cafci], said", "the
/// California Department of Forestry and Fire Protection, known as Cal Fire"): one to three capitalised words (an
/// acronym in any case) after an ORG, a comma and "known as" (or "also known as"), no capitalised word after them,
/// are an ORG too (a person's nickname after a person's name stays the tagger's: "Tom Hale, known as
/// Tommy"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void known_as_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> at;  // made when first needed
  std::vector<Candidate> added;
  size_t n = cands.size();
  for (size_t k = 0; k < n; ++k) {
    const Candidate& c = cands[k];
    uint32_t t = c.end;
    if (c.label != Label::Org || c.bytes.end || t + 3 >= doc.tokens.size() || table.norm(t) != ",") continue;
    ++t;
    if (table.norm(t) == "also") ++t;
    if (table.norm(t) != "known" || table.norm(t + 1) != "as") continue;
    uint32_t y = t + 2;
    auto capital = [&](uint32_t i) {
      return i < doc.tokens.size() && doc.tokens[i].block == doc.tokens[c.begin].block &&
             (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);
    };
    // One to three capitalised words ("known as Cal Fire"), none after them.
    uint32_t e = y;
    while (e < y + 3 && capital(e)) ++e;
    if (e == y || capital(e)) continue;
    if (at.empty()) at = candidate_at(doc.tokens.size(), cands);
    int32_t o = at[y];
    bool free = true;
    for (uint32_t i = y; i < e; ++i) free = free && at[i] < 0;
    if (free) {
      added.push_back({y, e, Label::Org, kJoinedScore, {}});
    } else if (o >= 0 && cands[o].begin == y && cands[o].end == e && !cands[o].bytes.end) {
      cands[o].label = Label::Org;
    }
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A company's name the tagger took without its first word when that word is a common one of names ("Great
/// [LOC Western Railway]", "National [ORG Freight Lines]"): an ORG ending in a Suffix or Company word joins the
/// untagged capitalised Common word of the table just before it, first in a sentence too. Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void leading_common_words(const Document& doc, const TokenTable& table,
                                            std::vector<Candidate>& cands) {
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end || c.begin == 0 || table.casing(c.begin - 1) != Casing::Title ||
        table.style(c.begin - 1) != Style::Normal || doc.tokens[c.begin - 1].block != doc.tokens[c.begin].block ||
        (k > 0 && cands[k - 1].end >= c.begin) || company_word(table, c.begin - 1) != CompanyWord::Common)
      continue;
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    if (w != CompanyWord::Suffix && w != CompanyWord::Company) continue;
    // Only the first capitalised word: not inside a longer run ("The Great Western Railway" keeps "The" out).
    uint32_t p = c.begin - 1;
    if (p > 0 && !(table.flags(p) & kSentenceStart) && table.casing(p - 1) == Casing::Title &&
        doc.tokens[p - 1].block == doc.tokens[p].block)
      continue;
    c.begin = p;
  }
}

/// An institution's name the tagger cut before "for" or "of" and the words after it: "The [ORG Royal Society] for
/// the Protection of Birds", "the [ORG National Society] for the Prevention of Cruelty": an ORG ending in an
/// Institution, Head or Kind word, then "for" or "of", "the" perhaps, and capitalised words the tagger left out
/// (small words "of", "and", "to" between them), no capitalised word after them: one ORG. So with "on" after an
/// Institution word and two words or more: "the Intergovernmental Panel on Climate Change", "the Committee on Human
/// Rights" (what the words after it were read as, a place or a body, joins it). Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void institutions_for(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  bool joined = false;
  auto title = [&](uint32_t i) {
    return i < doc.tokens.size() && table.casing(i) == Casing::Title && table.style(i) == Style::Normal;
  };
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end || c.end + 2 >= doc.tokens.size()) continue;
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    if (w != CompanyWord::Institution && w != CompanyWord::Head && w != CompanyWord::Kind) continue;
    uint32_t f = c.end;
    bool on = table.norm(f) == "on" && w != CompanyWord::Kind;
    if ((table.norm(f) != "for" && table.norm(f) != "of" && !on) || table.casing(f) != Casing::Lower) continue;
    uint32_t b = f + 1;
    if (table.norm(b) == "the" && table.casing(b) == Casing::Lower) ++b;
    // (The words after it tagged as an ORG of their own join it: "for the [ORG Protection of Owls]"; after "on" a
    // place or a person too: "on [LOC Climate Change]", "on [PERSON Rural Housing]".)
    bool next_org = k + 1 < cands.size() && cands[k + 1].begin == b && !cands[k + 1].bytes.end &&
                    (cands[k + 1].label == Label::Org ||
                     (on && (cands[k + 1].label == Label::Loc || cands[k + 1].label == Label::Gpe ||
                             cands[k + 1].label == Label::Person)));
    uint32_t limit = next_org               ? cands[k + 1].end
                     : k + 1 < cands.size() ? cands[k + 1].begin
                                            : static_cast<uint32_t>(doc.tokens.size());
    uint32_t e = b;
    while (e < limit && e - b < 6 && doc.tokens[e].block == doc.tokens[c.begin].block &&
           (title(e) || (e > b && (table.norm(e) == "of" || table.norm(e) == "and" || table.norm(e) == "to") &&
                         table.casing(e) == Casing::Lower && title(e + 1))))
      ++e;
    if (e == b || !title(e - 1) || (e < doc.tokens.size() && e == limit && title(e))) continue;
    if (on && e - b < 2) continue;  // "Harlow Council on Twitter", "the Police on Facebook": a medium
    if (e < doc.tokens.size() && title(e)) continue;
    // Not a place after "of": "the University of [GPE Leeds]" is the tagger's, "Council of Dunmere" no name.
    if (table.norm(f) == "of" && table.norm(b - 1) != "the") continue;
    if (next_org && e != cands[k + 1].end) continue;
    c.end = e;
    if (next_org) {
      cands[k + 1].end = cands[k + 1].begin;  // joined: removed below (one pass, not an erase per name)
      ++k;
      joined = true;
    }
  }
  if (joined)
    cands.erase(
        std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.end == c.begin && !c.bytes.end; }),
        cands.end());
}

/// Well-known companies by a one-word name that is also a word or a name ("Meta", "Alphabet", "Uber"; table class
/// Known), which the tagger reads as a person or leaves out: ORG, capitalised and alone (not inside a longer name:
/// "Meta Platforms" is the tagger's; a title after it is no part of it: "Garda Commissioner Peter Lyons"). Requires:
/// cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void known_companies(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  auto title = [&](uint32_t i) {
    return i < doc.tokens.size() && (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);
  };
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (table.casing(i) != Casing::Title || table.style(i) == Style::Caps) continue;
    std::optional<CompanyWord> word = company_word(table, i);
    // "Moody's", "Sainsbury's": the name holds its 's.
    if (word == CompanyWord::Possessive && i + 1 < doc.tokens.size() &&
        doc.tokens[i].span.end == doc.tokens[i + 1].span.begin &&
        (table.norm(i + 1) == "'s" || table.norm(i + 1) == "\xE2\x80\x99s")) {
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      int32_t o = owner[i];
      if (o < 0 && owner[i + 1] < 0) {
        added.push_back({i, i + 2, Label::Org, kJoinedScore, {}});
      } else if (o >= 0 && (owner[i + 1] < 0 || owner[i + 1] == o) && cands[o].begin == i && !cands[o].bytes.end &&
                 cands[o].end <= i + 2) {
        cands[o].end = i + 2;
        cands[o].label = Label::Org;
      }
      continue;
    }
    if (word != CompanyWord::Known) continue;
    bool same_block_before = i > 0 && doc.tokens[i - 1].block == doc.tokens[i].block;
    bool same_block_after = i + 1 < doc.tokens.size() && doc.tokens[i + 1].block == doc.tokens[i].block;
    // "A Garda spokesman said": the article opening the sentence is no word of a name.
    bool article_before = same_block_before && (table.flags(i - 1) & kSentenceStart) &&
                          (table.norm(i - 1) == "a" || table.norm(i - 1) == "an" || table.norm(i - 1) == "the");
    if (table.style(i) == Style::Normal &&
        ((same_block_before && title(i - 1) && !article_before && !(table.flags(i) & kSentenceStart)) ||
         (same_block_after && title(i + 1) && table.gaz<kGazTitle>(i + 1) == kPosNone)))
      continue;  // part of a longer name
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    int32_t o = owner[i];
    if (o < 0)
      added.push_back({i, i + 1, Label::Org, kJoinedScore, {}});
    else if (cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end)
      cands[o].label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A broadcaster's station by its number: "Radio" or "Channel" and a number of one or two digits ("BBC Radio 4",
/// "Channel 4", "Radio 1"): one ORG, the tagger's name before the number ("[ORG BBC Radio] 4", "[LOC Channel 4]")
/// taking it; untagged, with one digit only (a marine radio's "Channel 16" is none). Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void numbered_stations(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<int32_t> owner;  // made when first needed
  std::vector<Candidate> added;
  for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
    std::string_view number = doc.view(doc.tokens[i].span);
    if (doc.tokens[i].kind != TokenKind::Number || number.size() > 2 || table.casing(i - 1) != Casing::Title ||
        doc.tokens[i - 1].block != doc.tokens[i].block ||
        (table.norm(i - 1) != "radio" && table.norm(i - 1) != "channel"))
      continue;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    int32_t o = owner[i - 1], n = owner[i];
    if (o >= 0) {
      Candidate& c = cands[o];
      if (c.bytes.end || (n >= 0 && n != o) || c.end > i + 1 ||
          (c.label != Label::Org && c.label != Label::Loc && c.label != Label::Gpe && c.label != Label::Person))
        continue;
      c.end = i + 1;
      c.label = Label::Org;
    } else if (n < 0 && number.size() == 1) {  // untagged, one digit: not a radio band's "Channel 16"
      added.push_back({i - 1, i + 1, Label::Org, kJoinedScore, {}});
    }
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

/// A company of the gazetteers' lists by a one-word name that no list of people's names or places holds, which the
/// tagger read as a person or a region alone ("[PERSON Walmart]", "Shares in [ORG Nissan] fell after [PERSON Nissan]
/// said"): ORG; not a country by a name those lists lack ("Korea": ner_name_words.tsv Gpe). Not inside a longer
/// capitalised name, nor after "in", "near", "from", "to", "at" or "of" (maybe a place the lists lack: "in Bangalore",
/// "the town of Kestrel"). Requires: cands sorted by position, non-overlapping.
[[gnu::noinline]] void listed_companies(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                        std::vector<Candidate>& cands) {
  constexpr uint32_t kNotCompany = 1u << kGazFirstName | 1u << kGazSurname | 1u << kGazPersonName | 1u << kGazCountry |
                                   1u << kGazCity | 1u << kGazTown | 1u << kGazAdmin1 | 1u << kGazRegion |
                                   1u << kGazDemonym;
  auto capital = [&](uint32_t i) {
    return i < doc.tokens.size() && (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);
  };
  for (Candidate& c : cands) {
    if (c.bytes.end || c.end != c.begin + 1 || (c.label != Label::Person && c.label != Label::Loc) ||
        table.casing(c.begin) != Casing::Title || table.style(c.begin) != Style::Normal)
      continue;
    uint32_t v = gaz.find(phrase_key(table, c.begin, c.end));
    if (!(v & (1u << kGazCompany)) || (v & kNotCompany) || unlisted_place_word(table, c.begin)) continue;
    bool inside = (c.begin > 0 && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block && capital(c.begin - 1) &&
                   !(table.flags(c.begin) & kSentenceStart)) ||
                  (c.end < doc.tokens.size() && doc.tokens[c.end].block == doc.tokens[c.begin].block && capital(c.end));
    // A name after "in", "of" ... may be a place the lists lack ("design centre in [LOC Bangalore]", "the town of
    // [PERSON Kestrel]"): the place rules decide.
    std::string_view before = c.begin > 0 ? table.norm(c.begin - 1) : std::string_view();
    bool placed =
        before == "in" || before == "near" || before == "from" || before == "to" || before == "at" || before == "of";
    if (!inside && !placed) c.label = Label::Org;
  }
}

/// An organisation's chapter named by its acronym and its place ("the [ORG ACLU] of [GPE Georgia]", "the NAACP of
/// Ohio"): an ORG in capitals of one word, "of" and a state or a country right after it (no capitalised word after
/// that) are one ORG.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void acronym_chapters(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                        std::vector<Candidate>& cands) {
  std::vector<uint8_t> drop;
  for (size_t k = 0; k + 1 < cands.size(); ++k) {
    Candidate& c = cands[k];
    const Candidate& p = cands[k + 1];
    if (c.label != Label::Org || c.bytes.end || c.end != c.begin + 1 || table.casing(c.begin) != Casing::Upper ||
        table.style(c.begin) != Style::Normal || c.end + 1 >= doc.tokens.size() || table.norm(c.end) != "of" ||
        p.begin != c.end + 1 || p.label != Label::Gpe || p.bytes.end ||
        doc.tokens[p.begin].block != doc.tokens[c.begin].block)
      continue;
    if (p.end < doc.tokens.size() && doc.tokens[p.end].block == doc.tokens[p.begin].block &&
        table.casing(p.end) == Casing::Title)
      continue;
    // A state's or a country's chapter; a city after "of" says where a firm is ("Vexa of Fremont, Calif., said").
    uint32_t v = gaz.find(phrase_key(table, p.begin, p.end));
    if (!(v & (1u << kGazAdmin1 | 1u << kGazCountry)) || (v & (1u << kGazCity | 1u << kGazTown))) continue;
    if (drop.empty()) drop.assign(cands.size(), 0);
    c.end = p.end;
    drop[k + 1] = 1;
    ++k;
  }
  if (!drop.empty()) replace_candidates(cands, drop, {});
}

/// Bodies named by a list of their fields and the country, as Canada names them: "Immigration, Refugees and
/// Citizenship Canada", "Colleges and Institutes Canada", or a body's word, as committees are named: "the Senate
/// Health, Education, Labor and Pensions Committee" (capitalised words joined by commas and one "and", none of
/// them a place, then a country, "Committee" or an Institution or Head word of the table; first in a sentence or
/// after "the"; no capitalised word after it): one ORG, whatever
/// the tagger found inside ("[GPE Canada]", "[ORG Institutes Canada]"). Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void field_list_bodies(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                         std::vector<Candidate>& cands) {
  constexpr uint32_t kNamed = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazTown |
                              1u << kGazDemonym | 1u << kGazFirstName | 1u << kGazTimeWord;
  auto title = [&](uint32_t i) { return i < doc.tokens.size() && table.casing(i) == Casing::Title; };
  std::vector<int32_t> cand_at;  // made when first needed
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t b = s.first_token; b < s.last_token; ++b) {
      if (!title(b) || table.norm(b) == "the" ||
          !(b == s.first_token || (table.flags(b) & kSentenceStart) || table.norm(b - 1) == "the"))
        continue;
      uint32_t e = b, ands = 0, commas = 0;
      while (e < s.last_token && e - b < 12 &&
             (title(e) || ((table.norm(e) == "," || table.norm(e) == "and") && title(e + 1) && e > b))) {
        ands += table.norm(e) == "and";
        commas += table.norm(e) == ",";
        ++e;
      }
      // A country or a body's word ends the name: "... Citizenship Canada" (not "... and Canada"), "the Senate
      // Health, Education, Labor and Pensions Committee"; a union named by the trades it covers: "The Rail, Tram and
      // Bus Union said".
      std::optional<CompanyWord> word = company_word(table, e - 1);
      bool body = table.norm(e - 1) == "committee" || word == CompanyWord::Institution || word == CompanyWord::Head;
      std::string_view last = e > b ? table.norm(e - 1) : std::string_view();
      bool trades = commas > 0 && (last == "union" || last == "association" || last == "federation");
      if (ands != 1 || e - b < 4 || title(e) || !title(e - 2) ||
          !(body || trades || (gaz.find(phrase_key(table, e - 1, e)) & (1u << kGazCountry))))
        continue;
      bool fields = true;  // the words before the country: no place, nationality, given name or month
      for (uint32_t t = b; t + 1 < e; ++t)
        fields = fields && !(title(t) && (gaz.find(phrase_key(table, t, t + 1)) & kNamed));
      if (!fields) continue;
      if (cand_at.empty()) {
        cand_at = candidate_at(doc.tokens.size(), cands);
        drop.assign(cands.size(), 0);
      }
      if (!only_inside(cand_at, cands, b, e)) continue;
      drop_on(cand_at, b, e, drop);
      added.push_back({b, e, Label::Org, kJoinedScore, {}});
      b = e - 1;
    }
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// Public bodies named by what they do and the country or region they serve, the place last: "Police Scotland",
/// "NHS England", "Transport for London", "Electricity North West" (a Lead word of the table, "for" after it, or
/// "Police", then a country, a state or a region, or compass words), where the tagger read the place alone, the two
/// apart or the whole as a person: one ORG. Not inside a longer capitalised name. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void agency_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                    std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazRegion;
  auto compass = [&](uint32_t b, uint32_t e) {  // "North West", "South East", "Midlands"
    bool all = e > b;
    for (uint32_t i = b; i < e; ++i) {
      std::string_view w = table.norm(i);
      all = all && (w == "north" || w == "south" || w == "east" || w == "west" || w == "midlands");
    }
    return all;
  };
  auto title = [&](uint32_t i) {
    return i < doc.tokens.size() && (table.casing(i) == Casing::Title || table.casing(i) == Casing::Upper);
  };
  std::vector<int32_t> owner;  // made when first needed
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (!title(i)) continue;  // (before the lookup: most tokens)
    std::optional<CompanyWord> word = company_word(table, i);
    bool company = word == CompanyWord::Company;  // "Health Canada", "Homes England": only before a country or a
                                                  // first-level division
    if (!(word == CompanyWord::Lead || company || table.norm(i) == "police")) continue;
    bool nhs = table.norm(i) == "nhs";  // NHS boards by any region's name: "NHS Highland", "NHS Lothian"
    if (i > 0 && doc.tokens[i - 1].block == doc.tokens[i].block && title(i - 1) && !(table.flags(i) & kSentenceStart))
      continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    int32_t o = owner[i];
    uint32_t b = i + 1, e = b;                                                       // the place
    if (table.norm(b) == "for" && company_word(table, i) == CompanyWord::Lead) ++b;  // "Transport for London"
    e = b;
    int32_t p = -1;
    if (o >= 0 && cands[o].begin == i && cands[o].end > b) {  // one candidate: "[PERSON Electricity North West]"
      if (cands[o].bytes.end || cands[o].label == Label::Org) continue;
      e = cands[o].end;
    } else if (o >= 0 && !(cands[o].begin == i && cands[o].end == i + 1 && !cands[o].bytes.end)) {
      continue;
    } else {
      p = owner[b];
      // (A country read as its team in a sports report too: "Cricket [ORG Australia] said".)
      // (A health board by its region, read as a person: "NHS [PERSON Highland]".)
      if (p >= 0 && cands[p].begin == b && !cands[p].bytes.end &&
          (cands[p].label == Label::Gpe || cands[p].label == Label::Loc || cands[p].label == Label::Org ||
           (nhs && cands[p].label == Label::Person && cands[p].end == b + 1)))
        e = cands[p].end;
      else if (p < 0)
        while (e < doc.tokens.size() && e - b < 2 && owner[e] < 0 && title(e)) ++e;  // untagged: "North West"
    }
    if (e == b || title(e) || doc.tokens[e - 1].block != doc.tokens[i].block ||
        !((gaz.find(phrase_key(table, b, e)) & (company     ? 1u << kGazCountry | 1u << kGazAdmin1
                                                : b > i + 1 ? kPlace | 1u << kGazCity
                                                            : kPlace)) ||
          (compass(b, e) && !company) || (nhs && e == b + 1 && table.casing(b) == Casing::Title)))
      continue;
    if (o >= 0) drop[o] = 1;
    if (p >= 0) drop[p] = 1;
    added.push_back({i, e, Label::Org, kJoinedScore, {}});
    i = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// A name ending in "Centre" at token e - 1 after a venue's word ("Convention Centre", "Visitors' Center"): a
/// building, no institution.
bool venue_centre(const TokenTable& table, uint32_t b, uint32_t e) {
  if (e < b + 2 || company_word(table, e - 1) != CompanyWord::Centre) return false;
  uint32_t v = e - 2;
  if (v > b && (table.norm(v) == "'" || table.norm(v) == "'s")) --v;  // "Visitors' Center"
  return company_word(table, v) == CompanyWord::Venue;
}

/// A venue's centre the tagger read as a body ("the [ORG Harbourside Convention Centre]", "right by [ORG Civic
/// Center]"): a building, a LOC (docs/annotation.md), unless a list holds it as a body; not in a sports report.
[[gnu::noinline]] void venue_centres(const TokenTable& table, const Gazetteer& gaz, bool sports_report,
                                     std::vector<Candidate>& cands) {
  if (sports_report) return;
  constexpr uint32_t kBodies = 1u << kGazCompany | 1u << kGazOrgName | 1u << kGazUniversity;
  for (Candidate& c : cands)
    if (c.label == Label::Org && !c.bytes.end && table.casing(c.end - 1) == Casing::Title &&
        venue_centre(table, c.begin, c.end) && !(gaz.find(phrase_key(table, c.begin, c.end)) & kBodies))
      c.label = Label::Loc;
}

/// An organisation named after its place: "the London Stock Exchange", "the Dallas Chamber of Commerce", where the
/// tagger found the place and left the words after it. A GPE or LOC followed by untagged capitalised words (small
/// words "of", "for", "and" between them) whose last is an organisation's head (Head, Institution, Suffix, Company;
/// Centre but in a sports report) becomes one ORG with them. Requires: cands sorted by position, non-overlapping;
/// keeps them so.
[[gnu::noinline]] void place_organisations(const Document& doc, const TokenTable& table, bool sports_report,
                                           std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 5;  // words after the place
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  auto head = [&](uint32_t i) {
    std::optional<CompanyWord> w = company_word(table, i);
    return w == CompanyWord::Head || w == CompanyWord::Institution || w == CompanyWord::Suffix ||
           w == CompanyWord::Company || (w == CompanyWord::Centre && !sports_report);
  };
  for (Candidate& c : cands) {
    if ((c.label != Label::Gpe && c.label != Label::Loc) || c.bytes.end || table.style(c.begin) != Style::Normal)
      continue;
    uint32_t block = doc.tokens[c.begin].block, e = c.end, end = 0;
    while (e < doc.tokens.size() && e - c.end < kLongest && !taken[e] && doc.tokens[e].block == block &&
           (table.flags(e) & kInSentence) && !(table.flags(e) & kSentenceStart)) {
      std::string_view w = table.norm(e);
      if (table.casing(e) == Casing::Title && table.gaz<kGazTitle>(e) == kPosNone) {
        if (head(e)) end = e + 1;
        ++e;
      } else if ((w == "of" || w == "for" || w == "and") && e > c.end) {
        ++e;
      } else {
        break;
      }
    }
    while (e > c.end && table.casing(e - 1) != Casing::Title) --e;  // a small word after the name
    if (end == 0 || end != e) continue;  // the capitalised words go on past the head: some other name
    c.end = end;
    c.label = Label::Org;
    c.score = kJoinedScore;
  }
}

/// "A judge handed the Federal Trade Commission a win ... The FTC sued": an all-capitals word the tagger left
/// untagged whose letters are the initials of an organisation named in the document (its capitalised words, small
/// words and a company suffix left out) is that organisation, with or without brackets. Acronyms named nowhere in
/// full are left to the tagger. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void expanded_acronyms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr size_t kShortest = 2, kLongest = 6;  // letters of an acronym
  std::unordered_set<std::string> initials;
  for (const Candidate& c : cands) {
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 2) continue;
    if (std::string letters = name_initials(doc, table, c); !letters.empty()) initials.insert(letters);
  }
  if (initials.empty()) return;
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (taken[i] || !(table.flags(i) & kInSentence) || table.casing(i) != Casing::Upper) continue;
    std::string_view form = doc.view(doc.tokens[i].span);
    if (form.size() < kShortest || form.size() > kLongest) continue;
    bool letters = true;
    for (char ch : form) letters = letters && ch >= 'A' && ch <= 'Z';
    if (letters && initials.count(std::string(form))) added.push_back({i, i + 1, Label::Org, kJoinedScore, {}});
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

}  // namespace

std::string name_initials(const Document& doc, const TokenTable& table, const Candidate& c) {
  constexpr size_t kShortest = 2, kLongest = 6;  // letters of an acronym
  std::string letters;
  for (uint32_t i = c.begin; i < c.end && letters.size() <= kLongest; ++i) {
    std::string_view form = doc.view(doc.tokens[i].span);
    if (table.casing(i) == Casing::Title || (table.casing(i) == Casing::Upper && form.size() > 1)) {
      if (i + 1 == c.end && company_word(table, i) == CompanyWord::Suffix) break;  // "... Markets Inc"
      letters += form[0];
    } else if (!(table.casing(i) == Casing::Lower && acronym_skip(table.norm(i)))) {
      return {};  // a word that is no part of initials: "U.S." or a number
    }
  }
  return letters.size() >= kShortest && letters.size() <= kLongest ? letters : std::string();
}

bool body_name_word(std::string_view norm) {
  std::optional<CompanyWord> w = table_find(kCompanyWords, norm);
  return w && *w != CompanyWord::Honorific && *w != CompanyWord::Employee && *w != CompanyWord::Kind &&
         *w != CompanyWord::Acts && *w != CompanyWord::Buys && *w != CompanyWord::Plain &&
         *w != CompanyWord::Possessive && *w != CompanyWord::Product;
}

bool body_name_end(std::string_view norm) {
  std::optional<CompanyWord> w = company_class(table_find(kCompanyWords, norm));
  return w == CompanyWord::Suffix || w == CompanyWord::Company || w == CompanyWord::Institution;
}

bool company_name_end(std::string_view norm) {
  std::optional<CompanyWord> w = company_class(table_find(kCompanyWords, norm));
  return w == CompanyWord::Suffix || w == CompanyWord::Company;
}

// The passes above are [[gnu::noinline]], each a function of its own, for WebAssembly: inlined into this one (each
// has one caller) they made a 64 KB function of 2,200 blocks that V8 optimised after the first analysis, in 1.4-2.3 s
// of a background thread and 45 MB of memory, competing with the analysis for the cores; apart, only the hot ones
// are optimised, each quickly (bench/README.md, "Start-up and the first analysis").
namespace {

/// An institution named after a saint that the tagger cut at the possessive or left out ("[LOC St Aidan]'s [ORG
/// Catholic High School]", "St Aldhelm's Primary School"): "St" or "Saint" and one or two capitalised words, "'s",
/// then capitalised words (up to four, the tagger's or none) ending in an institution's or a place of worship's
/// word: one ORG, as "St Mary's Hospital" is. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void saints_institutions(const Document& doc, const TokenTable& table,
                                           std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 4;  // words after the possessive
  std::vector<int32_t> at;          // made when first needed: few documents name a saint
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  auto title = [&](uint32_t i) { return i < doc.tokens.size() && table.casing(i) == Casing::Title; };
  for (uint32_t t = 0; t + 3 < doc.tokens.size(); ++t) {
    if (!title(t) || !title(t + 1)) continue;  // (the casings first: cheaper than the word)
    std::string_view saint = table.norm_no_period(t);
    if (saint != "st" && saint != "saint") continue;
    uint32_t c = t + 2;  // the possessive
    if (title(c)) ++c;
    if (doc.tokens[c].kind != TokenKind::Clitic || table.norm(c) != "'s" || !title(c + 1) ||
        doc.tokens[c + 1].block != doc.tokens[t].block)
      continue;
    uint32_t e = c + 1;
    while (e < doc.tokens.size() && e - c <= kLongest && title(e) && doc.tokens[e].block == doc.tokens[t].block) ++e;
    std::optional<CompanyWord> w = company_word(table, e - 1);
    if (title(e) || !(w == CompanyWord::Institution || w == CompanyWord::Worship)) continue;
    if (at.empty()) {
      at = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    // The saint's words the tagger's or none, the words after the possessive the tagger's ORG or none.
    int32_t s0 = at[t], o = at[c + 1];
    if (s0 >= 0 && (cands[s0].begin != t || cands[s0].end != c)) continue;
    if (o >= 0 && (cands[o].label != Label::Org || cands[o].begin != c + 1 || cands[o].end != e)) continue;
    if (!only_inside(at, cands, t, e)) continue;
    drop_on(at, t, e, drop);
    added.push_back({t, e, Label::Org, kJoinedScore, {}});
    t = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// The firm that polls: "economists polled by [PERSON Citibanamex]", "analysts surveyed by [PERSON LSEG]": a person or
/// a place the tagger read right after "polled by" or "surveyed by" is an ORG.
/// Bodies named in another language, untagged or read in part ("permission from An Bord Pleanála", "[PERSON Bord Gáis]
/// said", "An Garda Síochána said"): capitalised words (two to four) that open with an institution's first word
/// (ner_company_words.tsv First; "Garda" after "An"), the Irish article "An" before it with them, are one ORG.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void foreign_institutions(const Document& doc, const TokenTable& table,
                                            std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 4;
  std::vector<int32_t> at;
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (table.casing(i) != Casing::Title || table.style(i) != Style::Normal) continue;
    bool article = i > 0 && table.norm(i - 1) == "an" && table.casing(i - 1) == Casing::Title &&
                   doc.tokens[i - 1].block == doc.tokens[i].block;
    if (company_word(table, i) != CompanyWord::First && !(article && table.norm(i) == "garda")) continue;
    uint32_t b = article ? i - 1 : i, e = i + 1;
    while (e < doc.tokens.size() && e - i < kLongest && table.casing(e) == Casing::Title &&
           doc.tokens[e].block == doc.tokens[i].block)
      ++e;
    if (e == i + 1) continue;
    if (at.empty()) {
      at = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    if (!only_inside(at, cands, b, e)) continue;
    int32_t o = at[b] >= 0 ? at[b] : at[i];
    if (o >= 0 && cands[o].begin == b && cands[o].end == e && cands[o].label == Label::Org) continue;
    drop_on(at, b, e, drop);
    added.push_back({b, e, Label::Org, kJoinedScore, {}});
    i = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

[[gnu::noinline]] void pollsters(const TokenTable& table, std::vector<Candidate>& cands) {
  for (Candidate& c : cands) {
    if (c.bytes.end || c.begin < 2 || (c.label != Label::Person && c.label != Label::Gpe && c.label != Label::Loc) ||
        table.norm(c.begin - 1) != "by")
      continue;
    std::string_view v = table.norm(c.begin - 2);
    if (v == "polled" || v == "surveyed") c.label = Label::Org;
  }
}

/// An institution whose name holds a plural possessive, which the tagger cut at the apostrophe: "[ORG Bradford Girls]'
/// Grammar School", "[PERSON Kings]' [ORG Hospital Trust]": a name of one to three capitalised words ending in "s", an
/// apostrophe written onto it, then capitalised words the tagger left out or an ORG (one to three words) ending in an
/// institution's word (Institution, Head, Company), no capitalised word after them: one ORG. Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void plural_possessive_institutions(const Document& doc, const TokenTable& table,
                                                      std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words after the apostrophe
  std::vector<int32_t> at;
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& a = cands[k];
    uint32_t p = a.end;
    if (a.bytes.end || a.end - a.begin > 3 || p + 2 >= doc.tokens.size() ||
        (doc.view(doc.tokens[p].span) != "'" && doc.view(doc.tokens[p].span) != "\xE2\x80\x99") ||
        doc.tokens[p].span.begin != doc.tokens[p - 1].span.end || table.norm(p - 1).back() != 's' ||
        (a.label != Label::Org && a.label != Label::Person && a.label != Label::Gpe && a.label != Label::Loc) ||
        doc.tokens[p + 1].block != doc.tokens[a.begin].block)
      continue;
    bool titled = true;
    for (uint32_t i = a.begin; i < a.end; ++i) titled = titled && table.casing(i) == Casing::Title;
    if (!titled) continue;
    if (at.empty()) at = candidate_at(doc.tokens.size(), cands);
    uint32_t e = p + 1;
    // (The apostrophe may read as an opening quotation mark: the word after it as opening a sentence, and a name of
    // many capitalised words as a title.)
    while (e < doc.tokens.size() && e - p <= kLongest && table.casing(e) == Casing::Title &&
           table.style(e) != Style::Caps && (table.flags(e) & kInSentence) &&
           (e == p + 1 || !(table.flags(e) & kSentenceStart)) &&
           (at[e] < 0 || (cands[at[e]].label == Label::Org && cands[at[e]].begin > p && !cands[at[e]].bytes.end)))
      ++e;
    if (e == p + 1 || (e < doc.tokens.size() && at[e] >= 0 && cands[at[e]].begin < e) ||
        (e < doc.tokens.size() && (table.flags(e) & kInSentence) && !(table.flags(e) & kSentenceStart) &&
         table.casing(e) == Casing::Title))
      continue;  // an ORG runs on past the words, or a capitalised word goes on
    std::optional<CompanyWord> w = company_word(table, e - 1);
    if (w != CompanyWord::Institution && w != CompanyWord::Head && w != CompanyWord::Company) continue;
    if (drop.empty()) drop.assign(cands.size(), 0);
    drop[k] = 1;
    drop_on(at, p + 1, e, drop);
    added.push_back({a.begin, e, Label::Org, kJoinedScore, {}});
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

/// Two companies the tagger read as one ORG joined by "and" ("They take [ORG Delta Dental and Cigna]"): the words
/// before "and" ending in a company's word (Suffix, Company), the one word after it a listed company or a Known one:
/// two ORGs ("Barnes and Noble", "Procter and Gamble" stay whole). Requires: cands sorted by position, non-overlapping;
/// keeps them so.
[[gnu::noinline]] void companies_joined_by_and(const TokenTable& table, const Gazetteer& gaz,
                                               std::vector<Candidate>& cands) {
  std::vector<Candidate> added;
  for (Candidate& c : cands) {
    if (c.label != Label::Org || c.bytes.end || c.end - c.begin < 4 || c.end - c.begin > 5) continue;
    uint32_t a = c.end - 2;  // "and"
    if (table.norm(a) != "and" || table.casing(a) != Casing::Lower) continue;
    std::optional<CompanyWord> before = company_word(table, a - 1);
    if (before != CompanyWord::Suffix && before != CompanyWord::Company) continue;
    bool company = company_word(table, a + 1) == CompanyWord::Known ||
                   (gaz.find(phrase_key(table, a + 1, a + 2)) & 1u << kGazCompany);
    if (!company || table.casing(a + 1) != Casing::Title) continue;
    added.push_back({a + 1, c.end, Label::Org, c.score, {}});
    c.end = a;
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
}

/// company_names' short forms (below). Like its other passes a function of its own, so that WebAssembly's compilers
/// take each pass apart: Liftoff compiles a pass at its first call and TurboFan tiers up only the hot ones, not
/// company_names whole (bench/README.md, thirteenth session).
[[gnu::noinline]] void short_form_orgs(const TokenTable& table, const Gazetteer& gaz, bool sports_report,
                                       std::vector<Candidate>& cands) {
  // Short forms: the first word of a two-word organisation ending in a suffix or an institution's word, named
  // earlier in the document, is that organisation ("Morningside Recovery" ... "Morningside"), unless it is a
  // country, a state or a city ("Boston College" ... "Boston").
  constexpr uint32_t kBigPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity;
  constexpr uint32_t kPlace = kBigPlace | 1u << kGazTown | 1u << kGazRegion;
  std::unordered_set<uint32_t> short_forms;
  // The surnames the document names alone as persons ("Quillon, who was born in Lisbon"): a short form of two words
  // or more that ends in one is the person the body is named after ("the Marta Quillon Foundation" ... "Marta
  // Quillon's death"), not the body.
  std::unordered_set<uint32_t> surnames;
  for (const Candidate& c : cands)
    if (!c.bytes.end && c.end == c.begin + 1 && c.label == Label::Person)
      surnames.insert(phrase_key(table, c.begin, c.end));
  for (Candidate& c : cands) {
    if (c.bytes.end) continue;
    if (c.label != Label::Org && short_forms.count(phrase_key(table, c.begin, c.end))) {
      c.label = Label::Org;
      continue;
    }
    if (c.end - c.begin == 1) continue;
    std::optional<CompanyWord> w = company_word(table, c.end - 1);
    bool named = w == CompanyWord::Suffix || w == CompanyWord::Institution || w == CompanyWord::Company;
    if (w == CompanyWord::Centre) {  // a venue in a sports report ("Bell Centre"), elsewhere an institution
      named = !sports_report && !venue_centre(table, c.begin, c.end);
    }
    if (named && (c.label == Label::Gpe || c.label == Label::Loc) &&
        (gaz.find(phrase_key(table, c.begin, c.end)) & kPlace))
      named = false;  // a known place: "West Bank"
    // "the [LOC Universidad Central]": an institution's first word in another language.
    if (company_word(table, c.begin) == CompanyWord::First && table.casing(c.begin) == Casing::Title) named = true;
    if (named && (c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person)) c.label = Label::Org;
    // "Betty Ford Center" ... "at Betty Ford": the words before the last, up to three, all capitalised.
    bool titled = true;
    for (uint32_t i = c.begin; i + 1 < c.end; ++i) titled = titled && table.casing(i) == Casing::Title;
    // Not a nationality ("European Commission" ... "their European taxes"), nor the place a police force or a
    // council serves ("Cumbria Police" ... "rare in Cumbria").
    std::string_view last = table.norm(c.end - 1);
    bool serves_place = last == "police" || last == "council" || last == "constabulary";
    bool person = c.end - c.begin >= 3 && surnames.count(phrase_key(table, c.end - 2, c.end - 1));
    if (named && c.label == Label::Org && c.end - c.begin >= 2 && c.end - c.begin <= 4 && titled && !serves_place &&
        !person && !(gaz.find(phrase_key(table, c.begin, c.end - 1)) & (kBigPlace | 1u << kGazDemonym)))
      short_forms.insert(phrase_key(table, c.begin, c.end - 1));
  }
}

/// "&" at token `amp` between [b, amp) and [amp + 1, e), with the candidates cands[first, last) inside [b, e): two
/// people or two places, not a firm? One given name on each side that the tagger did not read as one body ("Marta
/// & Josef" signing an e-mail; not before a possessive, "Ben & Jerry's", nor after an article, "the Liz & Dick
/// star"), or a place the tagger found on each side
/// ("Lisbon & Porto").
bool two_people_or_places(const TokenTable& table, const std::vector<Candidate>& cands, size_t first, size_t last,
                          uint32_t b, uint32_t amp, uint32_t e, uint32_t sentence_end) {
  bool body = false;
  size_t places = 0;
  for (size_t c = first; c < last; ++c) {
    body = body || cands[c].label == Label::Org;
    bool side = (cands[c].begin == b && cands[c].end == amp) || (cands[c].begin == amp + 1 && cands[c].end == e);
    places += side && (cands[c].label == Label::Gpe || cands[c].label == Label::Loc);
  }
  if (places == 2) return true;
  bool possessive = e < sentence_end && table.norm(e) == "'s";
  std::string_view before = b > 0 ? table.norm(b - 1) : std::string_view();
  bool article = before == "the" || before == "a" || before == "an";  // a title: "the Liz & Dick star"
  return e - b == 3 && !body && !possessive && !article && table.gaz<kGazFirstName>(b) == kPosUnit &&
         table.gaz<kGazFirstName>(amp + 1) == kPosUnit;
}

/// "Marsh Harbour Logistics, LLC", "Quorran, Ltd.": a legal form after a name and a comma, in its sentence, is part of
/// the firm's name, whatever the tagger read for the name (a person, a place) or left out of it (the form); not after
/// a name that ends in a legal form already.
[[gnu::noinline]] void legal_forms_after_commas(const Document& doc, const TokenTable& table,
                                                std::vector<Candidate>& cands) {
  static constexpr std::string_view kForms[] = {"inc",  "ltd",  "llc",          "llp",    "plc",
                                                "corp", "gmbh", "incorporated", "limited"};
  for (size_t k = 0; k < cands.size(); ++k) {
    Candidate& c = cands[k];
    uint32_t f = c.end + 1;
    if (c.bytes.end || f >= doc.tokens.size() || !(table.flags(f) & kInSentence) || (table.flags(f) & kSentenceStart) ||
        table.norm(c.end) != "," || table.casing(f) == Casing::Lower ||
        (k + 1 < cands.size() && cands[k + 1].begin <= f))
      continue;
    if (c.label != Label::Org && c.label != Label::Person && c.label != Label::Gpe && c.label != Label::Loc) continue;
    std::string_view form = table.norm_no_period(f);
    if (std::find(std::begin(kForms), std::end(kForms), form) == std::end(kForms)) continue;
    // A name that already ends in a legal form takes no second one ("Atlantic Lottery Corporation, Inc.": GUM leaves
    // it out).
    std::string_view last = table.norm_no_period(c.end - 1);
    if (last == "corporation" || last == "company" ||
        std::find(std::begin(kForms), std::end(kForms), last) != std::end(kForms))
      continue;
    c.end = f + 1;
    c.label = Label::Org;
  }
}

/// A year right after a name, with or without a comma ("Haldane & Pruitt, 2012", "Marchetti & Lowe 2018"): the
/// authors a text cites, not a firm.
bool cited_year(const Document& doc, uint32_t e, uint32_t end) {
  if (e + 1 < end && doc.view(doc.tokens[e].span) == ",") ++e;
  if (e >= end || doc.tokens[e].kind != TokenKind::Number) return false;
  std::string_view w = doc.view(doc.tokens[e].span);
  if (w.size() == 5 && w[4] >= 'a' && w[4] <= 'z') w.remove_suffix(1);  // "2012a"
  if (w.size() != 4 || w.find_first_not_of("0123456789") != std::string_view::npos) return false;
  return (w[0] == '1' && w[1] >= '5') || (w[0] == '2' && w[1] == '0');
}

/// A date or a time among cands[k, j) ("open [DATE Saturday] & [DATE Sunday]"): days, no firm.
bool dates_inside(const std::vector<Candidate>& cands, size_t k, size_t j) {
  for (size_t x = k; x < j; ++x)
    if (cands[x].label == Label::Date || cands[x].label == Label::Time) return true;
  return false;
}

/// "Ostrand & Pye" (company_names' last pass; a function of its own, as short_form_orgs).
[[gnu::noinline]] void ampersand_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
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
      // A double-barrelled author, spaced ("Pelle - Arno , 2013"), still cites.
      uint32_t cite = e;
      while (cite + 1 < s.last_token && doc.view(doc.tokens[cite].span) == "-" &&
             table.casing(cite + 1) == Casing::Title)
        cite += 2;
      if (titled || cited_year(doc, cite, s.last_token)) continue;
      // "Both Ana & Luis came", "both Lopez & Perez were": two of them, no firm.
      if (table.norm(b) == "both" || (b > s.first_token && table.norm(b - 1) == "both")) continue;
      // Candidates inside [b, e) give way; one that crosses its ends keeps it as it is. (Candidates are sorted:
      // one pass over them for the whole document.)
      while (k < cands.size() && cands[k].end <= b) out.push_back(cands[k++]);
      size_t j = k;
      bool crosses = false;
      for (; j < cands.size() && cands[j].begin < e; ++j)
        crosses = crosses || cands[j].begin < b || cands[j].end > e || cands[j].bytes.end;
      if (crosses || two_people_or_places(table, cands, k, j, b, i, e, s.last_token) || dates_inside(cands, k, j))
        continue;
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

}  // namespace

void studies_named(const Document& doc, const TokenTable& table, const Gazetteer& gaz, std::vector<Candidate>& cands) {
  static constexpr std::string_view kStudies[] = {"study", "survey", "model", "project", "trial", "method", "approach"};
  constexpr uint32_t kOrgLists =
      1u << kGazCompany | 1u << kGazOrgName | 1u << kGazClub | 1u << kGazUniversity | 1u << kGazOrgWord;
  size_t kept = 0;
  for (size_t c = 0; c < cands.size(); ++c) {
    const Candidate& a = cands[c];
    bool study = a.label == Label::Org && !a.bytes.end && a.end - a.begin >= 2 && a.end - a.begin <= 4 && a.begin > 0 &&
                 a.end < doc.tokens.size() && table.norm(a.begin - 1) == "the" &&
                 table.casing(a.end) == Casing::Lower &&
                 std::find(std::begin(kStudies), std::end(kStudies), table.norm(a.end)) != std::end(kStudies) &&
                 !company_word(table, a.end - 1) && !(gaz.find(phrase_key(table, a.begin, a.end)) & kOrgLists);
    for (uint32_t t = a.begin; study && t < a.end; ++t) study = table.casing(t) == Casing::Title;
    if (!study) cands[kept++] = a;
  }
  cands.resize(kept);
}

namespace {

/// "has acquired Tarnwell, Quibbo, Brisk Metrics and Fennimo": a list of two names or more right after a verb of
/// buying firms (class Buys of ner_company_words.tsv) is a list of firms, whatever the tagger read for a name alone
/// (a place, an event, one word as a person); a list holding a person named in full or by a given name, a country
/// or a city, a group or a nationality is another kind of list ("the club acquired Tom Hale and Ann Lowe") and
/// stays as it was. Not in sports reports, where clubs acquire players. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void acquired_firms(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                      std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words of one name
  constexpr uint32_t kNotFirm = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazCity | 1u << kGazFirstName;
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  std::vector<uint32_t> relabel;
  TypeLookup company_word_of(kCompanyWords, table);  // asked of every lowercase token: once per word type
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i + 2 < s.last_token; ++i) {
      if (table.casing(i) != Casing::Lower || company_word_of(i) != CompanyWord::Buys) continue;
      auto names = listed_names(table, i + 1, s.last_token, kLongest);
      if (names.empty()) continue;
      if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
      std::vector<std::pair<uint32_t, uint32_t>> fresh;
      std::vector<uint32_t> read;
      bool firms = true;
      for (auto [b, e] : names) {
        int32_t o = owner[b];
        bool untagged = true;
        for (uint32_t t = b; t < e; ++t) untagged = untagged && owner[t] < 0;
        if (untagged) {
          firms = firms && !(gaz.find(phrase_key(table, b, e)) & kNotFirm);
          fresh.push_back({b, e});
          continue;
        }
        if (o < 0 || cands[o].begin != b || cands[o].end != e || cands[o].bytes.end) {
          firms = false;
          break;
        }
        const Candidate& c = cands[o];
        if (c.label == Label::Org) continue;
        bool readable = c.label == Label::Loc || c.label == Label::Event ||
                        (c.label == Label::Person && e == b + 1 && !(gaz.find(phrase_key(table, b, e)) & kNotFirm));
        if (!readable) {
          firms = false;
          break;
        }
        read.push_back(static_cast<uint32_t>(o));
      }
      if (!firms) continue;
      for (auto [b, e] : fresh) added.push_back({b, e, Label::Org, kJoinedScore, {}});
      relabel.insert(relabel.end(), read.begin(), read.end());
      i = names.back().second - 1;
    }
  }
  for (uint32_t o : relabel) cands[o].label = Label::Org;
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

}  // namespace

namespace {

/// "Does Pellham Grange ban employees from ...", "Quilby Pets has lovely employees": a name opening the sentence (or
/// after "Does", "Did"), then lowercase words and a noun for the people who work there (employees, staff, workers)
/// within three words, is a firm's, whatever the tagger read for it (a person without a given name first, a
/// facility); untagged, a name of two words or three is one ("Tom Hale has two employees" stays a person).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void employers_of_staff(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                          std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 3;  // words of the name, and lowercase words before the noun
  std::vector<int32_t> owner;
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    uint32_t b = s.first_token;
    if (b + 2 >= s.last_token) continue;
    std::string_view first = table.norm(b);
    if (first == "does" || first == "did" || first == "do") ++b;
    uint32_t e = b;
    while (e < s.last_token && e - b < kLongest && table.casing(e) == Casing::Title && table.style(e) == Style::Normal)
      ++e;
    if (e == b || e >= s.last_token) continue;
    bool staff = false;
    for (uint32_t w = e; w < s.last_token && w - e <= kLongest && !staff; ++w) {
      if (table.casing(w) != Casing::Lower || doc.tokens[w].kind != TokenKind::Word) break;
      std::string_view n = table.norm(w);
      staff = w > e && (n == "employees" || n == "staff" || n == "workers");
    }
    if (!staff) continue;
    if (owner.empty()) owner = candidate_at(doc.tokens.size(), cands);
    bool untagged = true, titled = false;
    for (uint32_t t = b; t < e; ++t) {
      untagged = untagged && owner[t] < 0;
      titled = titled || table.gaz<kGazTitle>(t) != kPosNone;
    }
    if (titled) continue;
    if (untagged) {
      if (e - b >= 2) added.push_back({b, e, Label::Org, kJoinedScore, {}});
      continue;
    }
    int32_t o = owner[b];
    if (o < 0 || cands[o].begin != b || cands[o].end != e || cands[o].bytes.end) continue;
    Candidate& c = cands[o];
    if (c.label == Label::Loc || (c.label == Label::Person && table.gaz<kGazFirstName>(b) == kPosNone &&
                                  !(gaz.find(phrase_key(table, b, b + 1)) & (1u << kGazFirstName))))
      c.label = Label::Org;
  }
  if (!added.empty()) replace_candidates(cands, std::vector<uint8_t>(cands.size(), 0), added);
}

}  // namespace

namespace {

/// "Air" before a country, a state or a region names an airline ("flew Air Asia", "Air Peru"), an ORG; in lowercase
/// writing too when both words are lowercase ("if air asia hires"), not after a determiner ("the air asia has").
/// Not when a capitalised word follows the place ("Air Canada Centre", an arena). Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void airlines(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                std::vector<Candidate>& cands) {
  constexpr uint32_t kPlace = 1u << kGazCountry | 1u << kGazAdmin1 | 1u << kGazRegion;
  std::vector<int32_t> owner;
  std::vector<uint8_t> drop;
  std::vector<Candidate> added;
  for (uint32_t i = 0; i + 1 < doc.tokens.size(); ++i) {
    if (table.norm(i) != "air" || !(table.flags(i + 1) & kInSentence) || (table.flags(i + 1) & kSentenceStart))
      continue;
    Casing casing = table.casing(i);
    if (casing != Casing::Title && casing != Casing::Lower) continue;
    if (casing == Casing::Lower && i > 0 && (table.flags(i) & kInSentence) && !(table.flags(i) & kSentenceStart)) {
      std::string_view before = table.norm(i - 1);
      if (before == "the" || before == "a" || before == "an" || before == "this" || before == "that" ||
          before == "its" || before == "their" || before == "our" || before == "my" || before == "your" ||
          before == "of")
        continue;
    }
    // The place: one word or two, cased as "Air" is.
    uint32_t e = 0;
    for (uint32_t n = 2; n >= 1 && !e; --n) {
      uint32_t end = i + 1 + n;
      if (end > doc.tokens.size()) continue;
      bool cased = true;
      for (uint32_t t = i + 1; t < end; ++t)
        cased = cased && table.casing(t) == casing && (t == i + 1 || !(table.flags(t) & kSentenceStart));
      if (cased && (gaz.find(phrase_key(table, i + 1, end)) & kPlace)) e = end;
    }
    if (!e || (e < doc.tokens.size() && (table.flags(e) & kInSentence) && !(table.flags(e) & kSentenceStart) &&
               table.casing(e) == Casing::Title))
      continue;
    if (owner.empty()) {
      owner = candidate_at(doc.tokens.size(), cands);
      drop.assign(cands.size(), 0);
    }
    if (!only_inside(owner, cands, i, e) || (owner[i] >= 0 && cands[owner[i]].label == Label::Org)) continue;
    drop_on(owner, i, e, drop);
    added.push_back({i, e, Label::Org, kJoinedScore, {}});
    i = e - 1;
  }
  if (!added.empty()) replace_candidates(cands, drop, added);
}

}  // namespace

void products_with_versions(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  constexpr uint32_t kLongest = 2;  // capitalised words of the product after the maker's name
  // "4.0", "2.1.3": digits with a dot inside.
  auto version = [&](uint32_t i) {
    std::string_view w = doc.view(doc.tokens[i].span);
    bool dot = false, digits = !w.empty() && w.front() >= '0' && w.front() <= '9' && w.back() >= '0' && w.back() <= '9';
    for (char ch : w) {
      dot = dot || ch == '.';
      digits = digits && ((ch >= '0' && ch <= '9') || ch == '.');
    }
    return dot && digits;
  };
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<uint8_t> drop(cands.size(), 0);
  bool any = false;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end) continue;
    uint32_t e = c.end;
    while (e < doc.tokens.size() && e - c.end < kLongest && owner[e] < 0 && table.casing(e) == Casing::Title &&
           table.style(e) == Style::Normal && (table.flags(e) & kInSentence) && !(table.flags(e) & kSentenceStart))
      ++e;
    if (e == c.end || e >= doc.tokens.size() || !(table.flags(e) & kInSentence) || (table.flags(e) & kSentenceStart) ||
        !version(e))
      continue;
    drop[k] = 1;
    any = true;
  }
  if (any) replace_candidates(cands, drop, {});
}

namespace {

/// "as popular as Yahoo! and QMX", "at Enron / Zorvane": one word joined to an ORG by "and", "or", "&" or a
/// slash (after it, or before a one-word ORG) that no list knows (no place, person's name, title or weekday), an
/// acronym or a capitalised word the tagger left out or read as a place, is a firm too. Requires: cands sorted by
/// position, non-overlapping; keeps them so.
[[gnu::noinline]] void firms_joined_to_firms(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                             std::vector<Candidate>& cands) {
  std::vector<int32_t> owner = candidate_at(doc.tokens.size(), cands);
  std::vector<Candidate> added;
  auto joiner = [&](uint32_t j) {
    std::string_view w = table.norm(j);
    return w == "and" || w == "or" || w == "&" || w == "/";
  };
  // The one word at `w`: untagged, or a one-word LOC; a whole name (no capitalised word on either side).
  auto lone_name = [&](uint32_t w) {
    if (w == 0 || w + 1 > doc.tokens.size() || !(table.flags(w) & kInSentence) || (table.flags(w) & kSentenceStart))
      return false;
    if (doc.tokens[w].kind != TokenKind::Word || table.style(w) != Style::Normal) return false;
    if (table.casing(w) != Casing::Title && table.casing(w) != Casing::Upper) return false;
    for (uint32_t n : {w - 1, w + 1})
      if (n < doc.tokens.size() && (table.flags(n) & kInSentence) && !(table.flags(n) & kSentenceStart) &&
          (table.casing(n) == Casing::Title || table.casing(n) == Casing::Upper) && !joiner(n))
        return false;
    int32_t o = owner[w];
    if (o >= 0 && (cands[o].label != Label::Loc || cands[o].begin != w || cands[o].end != w + 1 || cands[o].bytes.end))
      return false;
    return !(gaz.find(phrase_key(table, w, w + 1)) & ~kGazPrefix) && table.gaz<kGazTitle>(w) == kPosNone;
  };
  std::vector<uint8_t> drop(cands.size(), 0);
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.label != Label::Org || c.bytes.end) continue;
    // After it ("Yahoo! and QMX"), or before it ("QMX and Yahoo!").
    uint32_t after = c.end + 1, before = c.begin >= 2 ? c.begin - 2 : c.begin;
    uint32_t picks[2] = {after, before};
    uint32_t joins[2] = {c.end, c.begin - 1};
    for (int side = 0; side < 2; ++side) {
      uint32_t w = picks[side], j = joins[side];
      // Before a firm of one word only: a longer name may follow a place ("Newfoundland and [ORG Labrador Court of
      // Appeal]").
      if (side == 1 && (c.begin < 2 || c.end != c.begin + 1)) continue;
      if (w >= doc.tokens.size() || !joiner(j) || !(table.flags(j) & kInSentence) || !lone_name(w)) continue;
      if (owner[w] >= 0) drop[owner[w]] = 1;
      added.push_back({w, w + 1, Label::Org, kJoinedScore, {}});
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  added.erase(std::unique(added.begin(), added.end(),
                          [](const Candidate& a, const Candidate& b) { return a.begin == b.begin; }),
              added.end());
  replace_candidates(cands, drop, added);
}

}  // namespace

void company_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz, bool sports_report,
                   std::vector<Candidate>& cands) {
  known_companies(doc, table, cands);
  companies_joined_by_and(table, gaz, cands);
  listed_companies(doc, table, gaz, cands);
  national_bodies(doc, table, cands);
  mixed_case_acronyms(doc, table, cands);
  acting_regions(table, gaz, cands);
  employers(doc, table, gaz, cands);
  owned_businesses(doc, table, gaz, cands);
  parts_of_groups(doc, table, gaz, cands);
  holders_offices(doc, table, cands);
  called_bodies(doc, table, cands);
  described_bodies(doc, table, gaz, cands);
  bodies_named_after(doc, table, gaz, cands);
  first_words_after_the(doc, table, gaz, cands);
  national_branches(doc, table, gaz, cands);
  bodies_of_a_kind(doc, table, gaz, cands);
  bodies_which_trade(doc, table, gaz, cands);
  bracketed_acronyms(doc, table, cands);
  expanded_acronyms(doc, table, cands);
  pollsters(table, cands);
  if (!sports_report) acquired_firms(doc, table, gaz, cands);
  employers_of_staff(doc, table, gaz, cands);
  airlines(doc, table, gaz, cands);
  firms_joined_to_firms(doc, table, gaz, cands);
  short_form_orgs(table, gaz, sports_report, cands);
  venue_centres(table, gaz, sports_report, cands);
  worship_names(table, cands);
  untagged_companies(doc, table, gaz, cands);
  place_organisations(doc, table, sports_report, cands);
  institutions_of_places(doc, table, cands);
  acronym_chapters(doc, table, gaz, cands);
  opening_institutions(doc, table, cands);
  split_org_repeats(doc, table, cands);
  names_with_and(doc, table, gaz, cands);
  bodies_split_at_and(table, cands);
  committees_of_fields(doc, table, cands);
  field_list_bodies(doc, table, gaz, cands);
  agency_names(doc, table, gaz, cands);
  known_as_names(doc, table, cands);
  institutions_for(doc, table, cands);
  leading_common_words(doc, table, cands);
  company_short_forms(doc, table, gaz, cands);
  numbered_stations(doc, table, cands);
  saints_institutions(doc, table, cands);
  plural_possessive_institutions(doc, table, cands);
  foreign_institutions(doc, table, cands);
  ampersand_names(doc, table, cands);
  legal_forms_after_commas(doc, table, cands);
  // The pronoun "I" is no firm, whatever the rules above read beside a body ("Swiftway Driving and I passed", "the
  // legal group I mentioned"): dropped here, before the propagation spreads it to every "I" of a review.
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               return c.label == Label::Org && !c.bytes.end && c.end == c.begin + 1 &&
                                      doc.view(doc.tokens[c.begin].span) == "I";
                             }),
              cands.end());
}

}  // namespace aa::ner
