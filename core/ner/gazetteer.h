// Gazetteers compiled into the entity model: phrases (sequences of normalised tokens, hashed) with the set of
// lists they are on, and canonical names for aliases ("U.S." -> "United States").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/hash_index.h"

namespace aa::ner {

/// The lists a phrase can be on (bit numbers in a gazetteer value).
enum GazType : uint8_t {
  kGazFirstName,   // given names (census, Moby)
  kGazSurname,     // family names (census)
  kGazPersonName,  // given or family names of many cultures (cspell)
  kGazCountry,     // countries: common, official and alternative names, codes
  kGazCity,        // cities with 15,000 people or more
  kGazTown,        // other places with 1,000 people or more
  kGazAdmin1,      // states, provinces, regions (first-level subdivisions)
  kGazDemonym,     // "Russian", "Russians", "Chinese"
  kGazRegion,      // continents, world regions, other named places that are not GPEs ("Middle East")
  kGazOrgWord,     // words that make a name an organisation: Ministry, Department, Inc, Party, University
  kGazCompany,     // listed companies
  kGazClub,        // sports clubs
  kGazUniversity,  // universities
  kGazTitle,       // titles and roles of people: President, minister, spokesperson
  kGazLocWord,     // River, Mountains, Sea, Street
  kGazGpeWord,     // City, County, Province, Republic
  kGazEventWord,   // War, Summit, Olympics, Election
  kGazEvent,       // named events: Cold War, World War II
  kGazNorpGroup,   // religious and political groups: Muslims, Republicans
  kGazTimeWord,    // months and weekdays
  kGazOrgName,     // well-known organisations: UN, NATO, Reuters, Kremlin
  kGazTypeCount
};
constexpr uint32_t kGazPrefix = 1u << 31;  // the phrase is a proper prefix of a longer entry

const char* gaz_type_name(GazType t);

struct GazetteerData {
  std::vector<uint32_t> keys;         // phrase hashes, sorted, distinct
  std::vector<uint32_t> values;       // GazType bits | kGazPrefix
  std::vector<std::string> names;     // canonical names
  std::vector<uint32_t> alias_keys;   // phrase hashes, sorted, distinct
  std::vector<uint32_t> alias_names;  // index into names
};

/// The key of one token: the hash of its normalised form (word.h).
uint32_t token_key(std::string_view form);

/// The phrase hash of a sequence of token keys.
uint32_t phrase_key(const uint32_t* token_keys, size_t n);

/// Position codes of a token inside a gazetteer match.
enum GazPos : uint8_t { kPosNone = 0, kPosBegin = 1, kPosInside = 2, kPosLast = 3, kPosUnit = 4 };

/// Longest phrases considered, in tokens.
constexpr size_t kMaxPhraseTokens = 8;

class Gazetteer {
 public:
  /// `data` must outlive the gazetteer.
  explicit Gazetteer(const GazetteerData* data);

  /// The value of a phrase (GazType bits, kGazPrefix), 0 if it is on no list.
  uint32_t find(uint32_t phrase) const {
    uint32_t i = index_.find(phrase);
    return i == HashIndex::kNone ? 0 : data_->values[i];
  }
  uint32_t find(const uint32_t* token_keys, size_t n) const { return find(phrase_key(token_keys, n)) & ~kGazPrefix; }

  /// The canonical name of a phrase ("us" -> "United States"), or null.
  const std::string* canonical(uint32_t phrase) const {
    uint32_t i = alias_index_.find(phrase);
    return i == HashIndex::kNone ? nullptr : &data_->names[data_->alias_names[i]];
  }

  /// For tokens [0, n) with keys `token_keys`: codes[i * kGazTypeCount + t] = the position (GazPos) of token i in
  /// the longest phrase of list t that covers it (the first such phrase on ties), kPosNone if none.
  /// Requires: codes has n * kGazTypeCount bytes. `scratch` is working memory (its contents do not matter).
  void annotate(const uint32_t* token_keys, size_t n, uint8_t* codes, std::vector<uint8_t>& scratch) const;

  size_t size() const { return data_->keys.size(); }

 private:
  const GazetteerData* data_;
  HashIndex index_, alias_index_;
};

}  // namespace aa::ner
