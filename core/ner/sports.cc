#include "ner/sports.h"

#include <unordered_set>

#include "data/tables.h"

namespace aa::ner {
namespace {

enum class SportsWord : uint8_t { Result, Versus, Locative };

#include "ner_sports.inc"  // kSportsWords

bool digits(std::string_view s, size_t b, size_t e) {
  if (e <= b || e - b > 3) return false;
  for (size_t i = b; i < e; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

/// "2-1", "3–0": a score in one token.
bool score_token(std::string_view w) {
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] == '-' && digits(w, 0, i) && digits(w, i + 1, w.size())) return true;
    if (w.compare(i, 3, "\xE2\x80\x93") == 0 && digits(w, 0, i) && digits(w, i + 3, w.size())) return true;
  }
  return false;
}

/// A small number alone in a token ("3" of "Harwich 3 Dunmore 1").
bool number_token(const Document& doc, uint32_t i) {
  std::string_view w = doc.view(doc.tokens[i].span);
  return digits(w, 0, w.size());
}

bool is_score(const Document& doc, uint32_t i) {
  return score_token(doc.view(doc.tokens[i].span));
}

}  // namespace

bool is_sports_report(const Document& doc, const TokenTable& table) {
  size_t results = 0, scores = 0;
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (is_score(doc, i)) {
        ++scores;
        continue;
      }
      auto word = table_find(kSportsWords, table.norm(i));
      if (word == SportsWord::Result || word == SportsWord::Versus) ++results;
      // A result line: "Harwich 3 Dunmore 1" (a capitalised word, a small number, a capitalised word).
      if (i + 2 < s.last_token && table.casing(i) == Casing::Title && number_token(doc, i + 1) &&
          table.casing(i + 2) == Casing::Title)
        ++scores;
    }
  return (results >= 2 && scores >= 1) || (results >= 1 && scores >= 2) || results >= 4;
}

bool sports_teams(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  bool any = false;
  for (const Candidate& c : cands)
    any = any || c.label == Label::Gpe || c.label == Label::Loc || c.label == Label::Person;
  if (!any || !is_sports_report(doc, table)) return false;
  auto placed = [&](const Candidate& c) {
    return c.begin > 0 && doc.tokens[c.begin - 1].block == doc.tokens[c.begin].block &&
           table_find(kSportsWords, table.norm(c.begin - 1)) == SportsWord::Locative;
  };
  auto nameable = [](Label l) { return l == Label::Gpe || l == Label::Loc || l == Label::Person || l == Label::Org; };
  // Sides of a result: a name right before or after a score ("Norwich 2-1 Hull"), or before a bare number that
  // a name follows ("Harwich 3 Dunmore 1"), or after a number that a name precedes. Their names are teams
  // wherever the document repeats them.
  std::unordered_set<uint32_t> teams;
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (!nameable(c.label) || c.bytes.end) continue;
    uint32_t block = doc.tokens[c.begin].block;
    bool before = c.end < doc.tokens.size() && doc.tokens[c.end].block == block &&
                  (is_score(doc, c.end) || (number_token(doc, c.end) && k + 1 < cands.size() &&
                                            cands[k + 1].begin == c.end + 1 && nameable(cands[k + 1].label)));
    bool after = c.begin > 0 && doc.tokens[c.begin - 1].block == block &&
                 (is_score(doc, c.begin - 1) || (number_token(doc, c.begin - 1) && k > 0 &&
                                                 cands[k - 1].end == c.begin - 1 && nameable(cands[k - 1].label)));
    // "Harwich beat Dunmore": both sides of a result verb.
    bool versus = k + 1 < cands.size() && cands[k + 1].begin == c.end + 1 && nameable(cands[k + 1].label) &&
                  doc.tokens[c.end].block == block && table_find(kSportsWords, table.norm(c.end)) == SportsWord::Versus;
    if (versus) teams.insert(phrase_key(table, cands[k + 1].begin, cands[k + 1].end));
    if (before || after || versus) teams.insert(phrase_key(table, c.begin, c.end));
  }
  for (Candidate& c : cands) {
    if (c.bytes.end || placed(c)) continue;
    if (c.label == Label::Gpe || (nameable(c.label) && teams.count(phrase_key(table, c.begin, c.end))))
      c.label = Label::Org;
  }
  return true;
}

}  // namespace aa::ner
