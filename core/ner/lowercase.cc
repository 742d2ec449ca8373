#include "ner/lowercase.h"

#include <algorithm>
#include <string>

#include "data/tables.h"

namespace aa::ner {
namespace {

enum class LowercaseWord : uint8_t { Common };

#include "ner_lowercase_words.inc"  // kLowercaseWords

constexpr uint16_t kLowercasePlaceScore = 600;
constexpr uint32_t kLongest = 2;  // words of a lowercase place

constexpr uint32_t bit(GazType t) {
  return 1u << t;
}

/// Places whose names are also common words, written in lowercase more often as the words ("turkey", "reading").
bool common_word(const TokenTable& table, uint32_t b, uint32_t e) {
  std::string key(table.norm(b));
  for (uint32_t i = b + 1; i < e; ++i) key.append(" ").append(table.norm(i));
  return table_find(kLowercaseWords, key) == LowercaseWord::Common;
}

/// A word after which a city is where one goes, lives or is: "move to swindon", "food in kollam", "near noida".
bool place_preposition(std::string_view norm) {
  return norm == "to" || norm == "in" || norm == "from" || norm == "near" || norm == "around" || norm == "visiting" ||
         norm == "visit";
}

}  // namespace

void lowercase_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                      std::vector<Candidate>& cands) {
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  constexpr uint32_t kPlace = bit(kGazCountry) | bit(kGazAdmin1);
  constexpr uint32_t kCity = bit(kGazCity);  // after a preposition of place only
  constexpr uint32_t kPerson = bit(kGazFirstName) | bit(kGazSurname) | bit(kGazPersonName);
  auto lower = [&](uint32_t i, const Sentence& s) {
    return i < s.last_token && !taken[i] && table.casing(i) == Casing::Lower && doc.tokens[i].kind == TokenKind::Word;
  };
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    // A sentence in lowercase from its first word ("i moved to ohio"), not one that has no name after its first.
    if (s.first_token >= s.last_token || table.style(s.first_token) != Style::Lower ||
        table.casing(s.first_token) == Casing::Title || table.casing(s.first_token) == Casing::Upper)
      continue;
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      if (!lower(i, s)) continue;
      // The longest listed place of one or two words starting here.
      uint32_t best = 0, h = kPhraseSeed;
      bool after_preposition = i > s.first_token && place_preposition(table.norm(i - 1));
      uint32_t kinds = after_preposition ? kPlace | kCity : kPlace;
      for (uint32_t len = 1; len <= kLongest && lower(i + len - 1, s); ++len) {
        h = phrase_step(h, table.key(i + len - 1));
        uint32_t v = gazetteer.find(h);
        if ((v & kinds) && !(v & kPerson)) best = len;
        if (!(v & kGazPrefix)) break;
      }
      if (!best) continue;
      std::string_view norm = table.norm(i);
      if ((best == 1 && norm.size() < 4) || common_word(table, i, i + best)) continue;
      added.push_back({i, i + best, Label::Gpe, kLowercasePlaceScore, {}});
      i += best - 1;
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

}  // namespace aa::ner
