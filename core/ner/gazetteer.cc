#include "ner/gazetteer.h"

#include <cstring>

#include "ner/hash.h"
#include "ner/word.h"

namespace aa::ner {

const char* gaz_type_name(GazType t) {
  static const char* const kNames[kGazTypeCount] = {
      "first-name", "surname",  "person-name", "country", "city",       "town",       "admin1",
      "demonym",    "region",   "org-word",    "company", "club",       "university", "title",
      "loc-word",   "gpe-word", "event-word",  "event",   "norp-group", "time-word",  "org-name"};
  return t < kGazTypeCount ? kNames[t] : "?";
}

uint32_t token_key(std::string_view form) {
  std::string norm;
  norm.reserve(form.size());
  append_normalized(form, norm);
  return hash_bytes(norm);
}

uint32_t phrase_key(const uint32_t* token_keys, size_t n) {
  uint32_t h = kPhraseSeed;
  for (size_t i = 0; i < n; ++i) h = phrase_step(h, token_keys[i]);
  return h;
}

Gazetteer::Gazetteer(const GazetteerData* data) : data_(data) {
  index_.build(data_->keys.data(), data_->keys.size());
  alias_index_.build(data_->alias_keys.data(), data_->alias_keys.size());
}

void Gazetteer::annotate(const uint32_t* token_keys, size_t n, uint8_t* codes, std::vector<uint8_t>& scratch) const {
  std::memset(codes, 0, n * kGazTypeCount);
  if (data_->keys.empty()) return;
  // The length of the phrase each code came from, to keep the longest.
  scratch.assign(n * kGazTypeCount, 0);
  uint8_t* lengths = scratch.data();
  for (size_t i = 0; i < n; ++i) {
    uint32_t h = kPhraseSeed;
    for (size_t len = 1; len <= kMaxPhraseTokens && i + len <= n; ++len) {
      h = phrase_step(h, token_keys[i + len - 1]);
      uint32_t v = find(h);
      uint32_t types = v & ~kGazPrefix;
      while (types) {
        int t = __builtin_ctz(types);
        types &= types - 1;
        for (size_t j = i; j < i + len; ++j) {
          size_t at = j * kGazTypeCount + t;
          if (lengths[at] >= len) continue;
          lengths[at] = static_cast<uint8_t>(len);
          codes[at] = len == 1 ? kPosUnit : j == i ? kPosBegin : j + 1 == i + len ? kPosLast : kPosInside;
        }
      }
      if (!(v & kGazPrefix)) break;
    }
  }
}

}  // namespace aa::ner
