// Gazetteers compiled into the entity model: phrases (sequences of normalised tokens, hashed) with the set of
// lists they are on, and canonical names for aliases ("U.S." -> "United States").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/wordrep.h"

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

/// The gazetteer's tables as the model file stores them (model.h): u8 per bucket of the top 16 bits of the key,
/// then per bucket the low 16 bits of its keys (u16, increasing) and their palette indices (u16), then the palette
/// (u32 values), then the alias keys (u32, increasing) and their name indices (u32). Sizes: GazetteerLayout.
struct GazetteerLayout {
  uint32_t phrases = 0, palette = 0, aliases = 0;
  static constexpr uint64_t kBucketsBytes = 65536;
  uint64_t phrases_bytes() const { return 4 * uint64_t(phrases); }  // low bits and palette indices
  uint64_t bytes() const;                                           // all of it, 4-byte padded
};

/// Encodes `data` (keys sorted and distinct) in the layout above. Throws std::invalid_argument if a bucket holds
/// more than 255 phrases or there are more than 65536 distinct values.
std::string encode_gazetteer(const GazetteerData& data, GazetteerLayout& layout);

class Gazetteer {
 public:
  /// Builds the tables from `data` (the trainer, tests).
  explicit Gazetteer(const GazetteerData& data);
  /// Reads tables in the model file's encoding; `tables` (layout.bytes() bytes) must outlive the gazetteer.
  /// Requires: the tables were checked (check_gazetteer).
  Gazetteer(const uint8_t* tables, GazetteerLayout layout, std::vector<std::string> names);
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  /// The value of a phrase (GazType bits, kGazPrefix), 0 if it is on no list.
  uint32_t find(uint32_t phrase) const {
    uint32_t b = phrase >> 16, lo = phrase & 0xFFFFu;
    uint32_t first = start_[b], n = start_[b + 1] - first;
    const uint8_t* low = blocks_ + 4 * size_t(first);  // n low bits, then n palette indices
    for (uint32_t j = 0; j < n; ++j) {
      uint32_t have = load16(low + 2 * j);
      if (have == lo) return load32(palette_ + 4 * size_t(load16(low + 2 * (n + j))));
      if (have > lo) return 0;
    }
    return 0;
  }
  uint32_t find(const uint32_t* token_keys, size_t n) const { return find(phrase_key(token_keys, n)) & ~kGazPrefix; }

  /// The canonical name of a phrase ("us" -> "United States"), or null.
  const std::string* canonical(uint32_t phrase) const;

  /// For tokens [0, n) with keys `token_keys`: codes[i * kGazTypeCount + t] = the position (GazPos) of token i in
  /// the longest phrase of list t that covers it (the first such phrase on ties), kPosNone if none.
  /// `first_values`, if not null, holds find(token_keys[i]) for each i (a cache the caller keeps), so that only
  /// phrases of two or more tokens are looked up here.
  /// `masks`, if not null, gets for each token the lists it has a code for (bit t for list t).
  /// Requires: codes has n * kGazTypeCount bytes. `scratch` is working memory (its contents do not matter).
  void annotate(const uint32_t* token_keys, size_t n, uint8_t* codes, std::vector<uint8_t>& scratch,
                const uint32_t* first_values = nullptr, uint32_t* masks = nullptr) const;

  size_t size() const { return layout_.phrases; }

  /// The model's word representations (wordrep.h), read with the gazetteer when a form is first met
  /// (build_token_table); none unless set. `reps` must outlive the gazetteer's use.
  void set_word_reps(const WordReps* reps) { reps_ = reps; }
  /// The representation of the word with key `key` (WordReps::find), 0 if none.
  uint32_t word_rep(uint32_t key) const { return reps_ ? reps_->find(key) : 0; }

 private:
  static uint32_t load16(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8; }
  static uint32_t load32(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
  }
  void init(const uint8_t* tables);

  std::string owned_;  // the tables, when built from GazetteerData
  GazetteerLayout layout_;
  std::vector<uint32_t> start_;      // 65537: first phrase of each bucket
  const uint8_t* blocks_ = nullptr;  // per bucket: low bits, palette indices
  const uint8_t* palette_ = nullptr;
  const uint8_t* alias_keys_ = nullptr;
  const uint8_t* alias_names_ = nullptr;
  std::vector<std::string> names_;
  const WordReps* reps_ = nullptr;
};

/// Checks tables in the model file's encoding: bucket sizes add up, low bits increase within a bucket, palette
/// and name indices in range, alias keys increasing. Returns an empty string, or what is wrong.
std::string check_gazetteer(const uint8_t* tables, const GazetteerLayout& layout, size_t n_names);

}  // namespace aa::ner
