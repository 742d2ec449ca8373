#include "ner/terms.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "ner/orgs.h"

namespace aa::ner {
namespace {

constexpr size_t kShortest = 2, kLongest = 6;  // letters of an acronym
constexpr uint32_t kKnownPlace = (1u << kGazCountry) | (1u << kGazAdmin1) | (1u << kGazCity);

bool small_word(std::string_view norm) {
  return norm == "of" || norm == "and" || norm == "for" || norm == "&";
}

/// The letters of a one-word all-capitals form ("DH"), or "" if it is not one.
std::string acronym_letters(std::string_view form) {
  if (form.size() < kShortest || form.size() > kLongest) return {};
  for (char ch : form)
    if (ch < 'A' || ch > 'Z') return {};
  return std::string(form);
}

/// A deal's document: "Guaranty", "Agreement".
bool contract_word(std::string_view norm) {
  return norm == "guaranty" || norm == "guarantee" || norm == "agreement" || norm == "contract" ||
         norm == "amendment" || norm == "addendum";
}

}  // namespace

void contract_names(const TokenTable& table, std::vector<Candidate>& cands) {
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](Candidate& c) {
                               if (c.bytes.end || table.casing(c.end - 1) != Casing::Title ||
                                   !contract_word(table.norm(c.end - 1)))
                                 return false;
                               if (c.end == c.begin + 1) return c.label != Label::Event;
                               if (c.label == Label::Org && company_name_end(table.norm_no_period(c.end - 2))) --c.end;
                               return false;
                             }),
              cands.end());
}

void acronyms_of_terms(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  // Initials of the entities the document names in two words or more, and of its untagged capitalised runs.
  std::unordered_set<std::string> named, terms;
  for (const Candidate& c : cands) {
    if (c.bytes.end || c.end - c.begin < 2) continue;
    if (std::string letters = name_initials(doc, table, c); !letters.empty()) named.insert(letters);
  }
  for (const Sentence& s : doc.sentences) {
    if (s.first_token >= s.last_token || table.style(s.first_token) != Style::Normal) continue;
    for (uint32_t i = s.first_token; i < s.last_token;) {
      if (taken[i] || table.casing(i) != Casing::Title) {
        ++i;
        continue;
      }
      // A run of capitalised words, small words inside it, none of them in an entity.
      std::string letters;
      uint32_t e = i;
      while (e < s.last_token && !taken[e] &&
             (table.casing(e) == Casing::Title ||
              (table.casing(e) == Casing::Lower && small_word(table.norm(e)) && e + 1 < s.last_token && !taken[e + 1] &&
               table.casing(e + 1) == Casing::Title))) {
        if (table.casing(e) == Casing::Title) letters += doc.view(doc.tokens[e].span)[0];
        ++e;
      }
      bool next_to_name = (i > s.first_token && taken[i - 1]) || (e < s.last_token && taken[e]);
      if (!next_to_name && letters.size() >= kShortest && letters.size() <= kLongest) terms.insert(letters);
      i = e;
    }
  }
  if (terms.empty()) return;
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               if (c.end != c.begin + 1 || c.bytes.end ||
                                   (c.label != Label::Person && c.label != Label::Gpe && c.label != Label::Loc))
                                 return false;
                               if (table.type(c.begin).gaz & kKnownPlace) return false;  // "US", "NY"
                               std::string letters = acronym_letters(doc.view(doc.tokens[c.begin].span));
                               return !letters.empty() && terms.count(letters) && !named.count(letters);
                             }),
              cands.end());
}

void question_words(const TokenTable& table, std::vector<Candidate>& cands) {
  cands.erase(std::remove_if(cands.begin(), cands.end(),
                             [&](const Candidate& c) {
                               if (c.end != c.begin + 1 || c.bytes.end) return false;
                               std::string_view w = table.norm(c.begin);
                               bool question = w == "who" || w == "what" || w == "when" || w == "where" || w == "why" ||
                                               w == "how" || w == "which";
                               return question &&
                                      (table.casing(c.begin) == Casing::Title || table.style(c.begin) == Style::Caps);
                             }),
              cands.end());
}

}  // namespace aa::ner
