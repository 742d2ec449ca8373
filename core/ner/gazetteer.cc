#include "ner/gazetteer.h"

#include <cstring>
#include <map>
#include <stdexcept>

#include "ner/bytes.h"
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

namespace {

constexpr size_t kBuckets = size_t(1) << 16;

}  // namespace

uint64_t GazetteerLayout::bytes() const {
  uint64_t n = kBucketsBytes + phrases_bytes();
  n = (n + 3) / 4 * 4;
  return n + 4 * uint64_t(palette) + 8 * uint64_t(aliases);
}

std::string encode_gazetteer(const GazetteerData& d, GazetteerLayout& layout) {
  if (d.keys.size() != d.values.size() || d.alias_keys.size() != d.alias_names.size())
    throw std::invalid_argument("gazetteer: sizes do not match");
  layout.phrases = static_cast<uint32_t>(d.keys.size());
  layout.aliases = static_cast<uint32_t>(d.alias_keys.size());
  std::vector<uint32_t> palette;  // distinct values in order of first appearance (deterministic)
  std::map<uint32_t, uint32_t> index;
  std::vector<uint32_t> value_index(d.values.size());
  for (size_t i = 0; i < d.values.size(); ++i) {
    auto it = index.find(d.values[i]);
    if (it == index.end()) {
      it = index.emplace(d.values[i], static_cast<uint32_t>(palette.size())).first;
      palette.push_back(d.values[i]);
    }
    value_index[i] = it->second;
  }
  if (palette.size() > 65536) throw std::invalid_argument("gazetteer: more than 65536 distinct values");
  layout.palette = static_cast<uint32_t>(palette.size());
  std::vector<uint32_t> per_bucket(kBuckets, 0);
  for (size_t i = 0; i < d.keys.size(); ++i) {
    if (i > 0 && d.keys[i] <= d.keys[i - 1]) throw std::invalid_argument("gazetteer: keys not sorted");
    if (++per_bucket[d.keys[i] >> 16] > 255) throw std::invalid_argument("gazetteer: a bucket overflows");
  }
  std::string out;
  out.reserve(static_cast<size_t>(layout.bytes()));
  for (uint32_t c : per_bucket) out.push_back(static_cast<char>(c));
  for (size_t first = 0; first < d.keys.size();) {  // a bucket: low bits, then palette indices
    size_t last = first;
    while (last < d.keys.size() && d.keys[last] >> 16 == d.keys[first] >> 16) ++last;
    for (size_t i = first; i < last; ++i) put_u16(out, d.keys[i] & 0xFFFFu);
    for (size_t i = first; i < last; ++i) put_u16(out, value_index[i]);
    first = last;
  }
  pad4(out);
  for (uint32_t v : palette) put_u32(out, v);
  for (size_t i = 0; i < d.alias_keys.size(); ++i) {
    if (i > 0 && d.alias_keys[i] <= d.alias_keys[i - 1]) throw std::invalid_argument("gazetteer: aliases not sorted");
    put_u32(out, d.alias_keys[i]);
  }
  for (uint32_t n : d.alias_names) put_u32(out, n);
  return out;
}

std::string check_gazetteer(const uint8_t* t, const GazetteerLayout& layout, size_t n_names) {
  size_t total = 0;
  for (size_t b = 0; b < kBuckets; ++b) total += t[b];
  if (total != layout.phrases) return "bucket sizes do not add up";
  const uint8_t* block = t + kBuckets;
  for (size_t b = 0; b < kBuckets; ++b) {
    uint32_t n = t[b];
    for (size_t k = 0; k < n; ++k) {
      uint32_t lo = uint32_t(block[2 * k]) | uint32_t(block[2 * k + 1]) << 8;
      uint32_t prev = k ? uint32_t(block[2 * k - 2]) | uint32_t(block[2 * k - 1]) << 8 : 0;
      if (k && lo <= prev) return "keys not increasing";
      uint32_t v = uint32_t(block[2 * (n + k)]) | uint32_t(block[2 * (n + k) + 1]) << 8;
      if (v >= layout.palette) return "value index out of range";
    }
    block += 4 * n;
  }
  size_t at = static_cast<size_t>((kBuckets + layout.phrases_bytes() + 3) / 4 * 4 + 4 * uint64_t(layout.palette));
  auto u32 = [&](size_t i) {
    return uint32_t(t[i]) | uint32_t(t[i + 1]) << 8 | uint32_t(t[i + 2]) << 16 | uint32_t(t[i + 3]) << 24;
  };
  for (size_t i = 0; i < layout.aliases; ++i) {
    if (i && u32(at + 4 * i) <= u32(at + 4 * i - 4)) return "alias keys not increasing";
    if (u32(at + 4 * (layout.aliases + i)) >= n_names) return "alias refers to a missing name";
  }
  return "";
}

Gazetteer::Gazetteer(const GazetteerData& data) : names_(data.names) {
  owned_ = encode_gazetteer(data, layout_);
  init(reinterpret_cast<const uint8_t*>(owned_.data()));
}

Gazetteer::Gazetteer(const uint8_t* tables, GazetteerLayout layout, std::vector<std::string> names)
    : layout_(layout), names_(std::move(names)) {
  init(tables);
}

namespace {

/// starts[b] = at + the sizes before b, for n buckets; returns the sum after them.
[[gnu::noinline]] uint32_t bucket_starts(const uint8_t* sizes, size_t n, uint32_t at, uint32_t* starts) {
  for (size_t b = 0; b < n; ++b) {
    starts[b] = at;
    at += sizes[b];
  }
  return at;
}

}  // namespace

void Gazetteer::init(const uint8_t* t) {
  // Per 4,096 buckets through a function called from two places, for V8: the loop over all 65,536, inlined into
  // Model's load (Binaryen inlines a function with one caller whatever [[gnu::noinline]] says), spent that once-run
  // function's tier-up budget, so that V8 optimised it for nothing during start-up (see read_strings in
  // model_pack.cc); a piece function is optimised between its calls instead.
  constexpr size_t kPiece = 4096;
  start_.resize(kBuckets + 1);
  uint32_t at = 0;
  size_t b = 0;
  for (; kBuckets - b > kPiece; b += kPiece) at = bucket_starts(t + b, kPiece, at, start_.data() + b);
  at = bucket_starts(t + b, kBuckets - b, at, start_.data() + b);
  start_[kBuckets] = at;
  blocks_ = t + kBuckets;
  palette_ = t + static_cast<size_t>((kBuckets + layout_.phrases_bytes() + 3) / 4 * 4);
  alias_keys_ = palette_ + 4 * size_t(layout_.palette);
  alias_names_ = alias_keys_ + 4 * size_t(layout_.aliases);
}

const std::string* Gazetteer::canonical(uint32_t phrase) const {
  size_t lo = 0, hi = layout_.aliases;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    uint32_t k = load32(alias_keys_ + 4 * mid);
    if (k == phrase) return &names_[load32(alias_names_ + 4 * mid)];
    if (k < phrase)
      lo = mid + 1;
    else
      hi = mid;
  }
  return nullptr;
}

void Gazetteer::annotate(const uint32_t* token_keys, size_t n, uint8_t* codes, std::vector<uint8_t>& scratch,
                         const uint32_t* first_values, uint32_t* masks) const {
  std::memset(codes, 0, n * kGazTypeCount);
  if (masks) std::memset(masks, 0, n * sizeof(uint32_t));
  if (layout_.phrases == 0) return;
  // The length of the phrase each code came from, to keep the longest.
  scratch.assign(n * kGazTypeCount, 0);
  uint8_t* lengths = scratch.data();
  for (size_t i = 0; i < n; ++i) {
    uint32_t v = first_values ? first_values[i] : find(phrase_step(kPhraseSeed, token_keys[i]));
    if (!v) continue;
    uint32_t h = v & kGazPrefix ? phrase_step(kPhraseSeed, token_keys[i]) : 0;
    for (size_t len = 1;;) {
      uint32_t types = v & ~kGazPrefix;
      while (types) {
        int t = __builtin_ctz(types);
        types &= types - 1;
        for (size_t j = i; j < i + len; ++j) {
          size_t at = j * kGazTypeCount + t;
          if (lengths[at] >= len) continue;
          lengths[at] = static_cast<uint8_t>(len);
          codes[at] = len == 1 ? kPosUnit : j == i ? kPosBegin : j + 1 == i + len ? kPosLast : kPosInside;
          if (masks) masks[j] |= 1u << t;
        }
      }
      if (!(v & kGazPrefix) || ++len > kMaxPhraseTokens || i + len > n) break;
      h = phrase_step(h, token_keys[i + len - 1]);
      v = find(h);
    }
  }
}

}  // namespace aa::ner
