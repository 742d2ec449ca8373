#include "ner/lowercase.h"

#include <algorithm>
#include <string>

#include "data/tables.h"

namespace aa::ner {
namespace {

enum class LowercaseWord : uint8_t { Common, CommonName };

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

/// Where a sentence written in lowercase from its first word starts ("i moved to ohio"), after a chat's speaker label
/// ("B: helping my dad move to swindon": a capitalised word of up to three letters and a colon); the sentence's end if
/// it is no such sentence (one with a capital first word and no name after it reads as well-cased writing).
uint32_t lowercase_from(const Document& doc, const TokenTable& table, const Sentence& s) {
  uint32_t f = s.first_token;
  if (f + 2 < s.last_token && (table.casing(f) == Casing::Title || table.casing(f) == Casing::Upper) &&
      doc.tokens[f].span.size() <= 3 && table.norm(f + 1) == ":")
    f += 2;
  if (f >= s.last_token || table.style(f) != Style::Lower || table.casing(f) == Casing::Title ||
      table.casing(f) == Casing::Upper)
    return s.last_token;
  return f;
}

/// A word for a relative or a friend right before a lowercase given name: "my cousin jordan".
bool relative(std::string_view w) {
  return w == "cousin" || w == "brother" || w == "sister" || w == "friend" || w == "mom" || w == "mum" || w == "dad" ||
         w == "wife" || w == "husband" || w == "son" || w == "daughter" || w == "uncle" || w == "aunt" ||
         w == "boyfriend" || w == "girlfriend" || w == "bf" || w == "gf";
}

/// A word right before a lowercase given name that says it is a person's: "ask kelly", "my cousin jordan".
bool person_before(std::string_view w) {
  return relative(w) || w == "ask" || w == "asked" || w == "tell" || w == "told" || w == "with" || w == "hi" ||
         w == "hey" || w == "thanks" || w == "dear";
}

/// A word right after a lowercase given name that says it is a person's: "hector was", "kelly said".
bool person_after(std::string_view w) {
  return w == "is" || w == "was" || w == "has" || w == "had" || w == "said" || w == "says" || w == "told" ||
         w == "asked" || w == "wants" || w == "thinks" || w == "just";
}

/// A word after which a name is no person's own ("the kelly bag", "my kelly green coat").
bool determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "my" || w == "your" || w == "his" || w == "her" || w == "our" ||
         w == "their" || w == "this" || w == "that" || w == "of" || w == "in" || w == "on" || w == "at" || w == "to" ||
         w == "for" || w == "by" || w == "from";
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
    uint32_t first = lowercase_from(doc, table, s);
    if (first >= s.last_token) continue;
    for (uint32_t i = first; i < s.last_token; ++i) {
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

void lowercase_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                       std::vector<Candidate>& cands) {
  // (Not the lists of firms, which hold surnames: "kelly", nor of small towns, which hold given names: "hector". A
  // country's, a state's or a city's name only after a relative's word: "my cousin jordan", not "with jordan".)
  constexpr uint32_t kPlaces = bit(kGazCountry) | bit(kGazCity) | bit(kGazAdmin1) | bit(kGazRegion);
  constexpr uint32_t kNotPerson = bit(kGazDemonym) | bit(kGazTimeWord);
  std::vector<uint8_t> taken(doc.tokens.size(), 0);
  for (const Candidate& c : cands)
    for (uint32_t i = c.begin; i < c.end; ++i) taken[i] = 1;
  // A lowercase given name of the lists, untagged, that is no word ("will"), a people or a weekday; a place's name
  // too if `place_too`.
  auto given = [&](uint32_t i, const Sentence& s, bool place_too) {
    if (i < s.first_token || i >= s.last_token || taken[i] || table.casing(i) != Casing::Lower ||
        doc.tokens[i].kind != TokenKind::Word || table.norm(i).size() < 3)
      return false;
    uint32_t lists = gazetteer.find(phrase_key(table, i, i + 1));
    return (lists & bit(kGazFirstName)) && !(lists & kNotPerson) && (place_too || !(lists & kPlaces)) &&
           !table_find(kLowercaseWords, table.norm(i));
  };
  std::vector<Candidate> added;
  for (const Sentence& s : doc.sentences) {
    uint32_t first = lowercase_from(doc, table, s);
    if (first >= s.last_token) continue;
    for (uint32_t i = first; i < s.last_token; ++i) {
      std::string_view prev = i > first ? table.norm(i - 1) : std::string_view();
      if (!given(i, s, relative(prev))) continue;
      std::string_view next = i + 1 < s.last_token ? table.norm(i + 1) : std::string_view();
      // "tina and becca": two given names joined by "and".
      bool pair = (next == "and" && given(i + 2, s, false)) ||
                  (prev == "and" && i >= s.first_token + 2 && given(i - 2, s, false));
      bool cued = person_before(prev) || (person_after(next) && !determiner(prev)) || pair;
      if (cued) added.push_back({i, i + 1, Label::Person, kLowercasePlaceScore, {}});
    }
  }
  if (added.empty()) return;
  cands.insert(cands.end(), added.begin(), added.end());
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
}

}  // namespace aa::ner
