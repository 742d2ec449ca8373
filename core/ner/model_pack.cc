#include "ner/model_pack.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

#include "ner/bytes.h"
#include "ner/model.h"

namespace aa::ner {
namespace {

constexpr char kPackMagic[8] = {'A', 'A', 'N', 'E', 'R', 'P', 'A', 'K'};
constexpr size_t kHeaderBytes = 8 + 3 * 4;
constexpr uint32_t kBuckets = 1u << 16;  // features and phrases are both bucketed by their top 16 bits

// Each stream holds bytes of one meaning, so that the compressor models them apart.
enum Stream : size_t {
  kMeta,            // versions, labels, transitions, names, aliases, info, the gazetteer's palette, counts
  kFeatureBuckets,  // u8 per bucket: features in it
  kFeatureKeyHigh,  // per feature: high byte of (low 16 bits of the key - the previous key's in the bucket)
  kFeatureKeyLow,   // ... and its low byte
  kFeatureCounts,   // u8 per feature: its weights
  kTags,            // per weight: (tag - the feature's previous tag) mod 32, the first from 0
  kWeightHigh,      // per weight: high byte of the zig-zagged weight / the weights' step (kMeta)
  kWeightLow,       // ... and its low byte
  kPhraseBuckets,   // u8 per bucket: gazetteer phrases in it
  kPhraseKeyHigh,   // as the feature keys
  kPhraseKeyLow,
  kPhraseValueHigh,  // per phrase: its value's index in the palette (kMeta), high byte
  kPhraseValueLow,
  kStreams
};

[[noreturn]] void fail(const std::string& why) {
  throw ModelError("packed entity model: " + why);
}

using Streams = std::array<std::string, kStreams>;

void put_string(std::string& out, const std::string& s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out += s;
}

/// Sorted 32-bit keys as bucket sizes and, per key, the delta of its low 16 bits within its bucket.
void put_keys(const std::vector<uint32_t>& keys, std::string& buckets, std::string& high, std::string& low) {
  std::vector<uint32_t> per_bucket(kBuckets, 0);
  for (uint32_t k : keys) ++per_bucket[k >> 16];
  for (uint32_t n : per_bucket) buckets.push_back(static_cast<char>(n));  // at most 255: model.h checked it
  uint32_t prev = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t lo = keys[i] & 0xFFFFu;
    if (i == 0 || keys[i] >> 16 != keys[i - 1] >> 16) prev = 0;
    uint32_t delta = lo - prev;
    prev = lo;
    high.push_back(static_cast<char>(delta >> 8));
    low.push_back(static_cast<char>(delta & 0xFF));
  }
}

/// Reads the streams of a payload, every read bounds-checked.
class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : p_(data), n_(size) {}
  uint8_t u8() {
    need(1);
    return p_[at_++];
  }
  uint32_t u32() {
    need(4);
    uint32_t v = load_u32(p_ + at_);
    at_ += 4;
    return v;
  }
  std::string string() {
    uint32_t len = u32();
    need(len);
    std::string s(reinterpret_cast<const char*>(p_ + at_), len);
    at_ += len;
    return s;
  }
  const uint8_t* bytes(size_t len) {
    need(len);
    const uint8_t* q = p_ + at_;
    at_ += len;
    return q;
  }
  size_t left() const { return n_ - at_; }
  /// A count that the rest of the stream must hold at least `unit` bytes of each for: bounds allocations.
  uint32_t count(size_t unit) {
    uint32_t n = u32();
    if (unit && n > left() / unit) fail("truncated or damaged (a count runs past the end)");
    return n;
  }

 private:
  void need(size_t len) {
    if (len > n_ - at_) fail("truncated or damaged");
  }
  const uint8_t* p_;
  size_t n_;
  size_t at_ = 0;
};

std::vector<uint32_t> get_keys(Reader& buckets, Reader& high, Reader& low, size_t n) {
  std::vector<uint32_t> keys;
  keys.reserve(n);
  for (uint32_t b = 0; b < kBuckets; ++b) {
    uint32_t lo = 0;
    for (uint32_t j = 0, c = buckets.u8(); j < c; ++j) {
      lo += uint32_t(high.u8()) << 8 | low.u8();
      if (lo > 0xFFFFu) fail("key out of its bucket");
      keys.push_back(b << 16 | lo);
    }
  }
  if (keys.size() != n) fail("key count does not match");
  return keys;
}

}  // namespace

bool is_packed_model(const uint8_t* data, size_t size) {
  return data != nullptr && size >= sizeof kPackMagic && std::memcmp(data, kPackMagic, sizeof kPackMagic) == 0;
}

std::string pack_model(const uint8_t* data, size_t size) {
  const ModelData m = parse_model(data, size);
  Streams s;
  std::string& meta = s[kMeta];
  put_u32(meta, m.feature_version);
  put_u32(meta, static_cast<uint32_t>(m.labels.size()));
  for (const auto& l : m.labels) put_string(meta, l);
  put_u32(meta, static_cast<uint32_t>(m.transitions.size()));
  for (int32_t t : m.transitions) put_u32(meta, static_cast<uint32_t>(t));
  put_u32(meta, static_cast<uint32_t>(m.feature_keys.size()));
  put_u32(meta, static_cast<uint32_t>(m.pair_tags.size()));
  // The greatest common divisor of the weights: a model trained with coarser weights (multiples of a step) costs
  // no more bits than their number of steps.
  uint32_t step = 0;
  for (int16_t w : m.pair_weights) step = std::gcd(step, static_cast<uint32_t>(w < 0 ? -w : w));
  if (step == 0) step = 1;
  put_u32(meta, step);
  const GazetteerData& g = m.gazetteer;
  std::vector<uint32_t> palette = g.values;
  std::sort(palette.begin(), palette.end());
  palette.erase(std::unique(palette.begin(), palette.end()), palette.end());
  put_u32(meta, static_cast<uint32_t>(palette.size()));
  for (uint32_t v : palette) put_u32(meta, v);
  put_u32(meta, static_cast<uint32_t>(g.keys.size()));
  put_u32(meta, static_cast<uint32_t>(g.names.size()));
  for (const auto& n : g.names) put_string(meta, n);
  put_u32(meta, static_cast<uint32_t>(g.alias_keys.size()));
  for (uint32_t k : g.alias_keys) put_u32(meta, k);
  for (uint32_t n : g.alias_names) put_u32(meta, n);
  put_string(meta, m.info);

  put_keys(m.feature_keys, s[kFeatureBuckets], s[kFeatureKeyHigh], s[kFeatureKeyLow]);
  for (size_t i = 0; i + 1 < m.feature_offsets.size(); ++i) {
    uint32_t begin = m.feature_offsets[i], end = m.feature_offsets[i + 1];
    s[kFeatureCounts].push_back(static_cast<char>(end - begin));
    uint32_t prev = 0;
    for (uint32_t k = begin; k < end; ++k) {
      s[kTags].push_back(static_cast<char>((m.pair_tags[k] - prev) & 31u));
      prev = m.pair_tags[k];
      int32_t steps = m.pair_weights[k] / static_cast<int32_t>(step);
      uint16_t zig = static_cast<uint16_t>(static_cast<uint32_t>(steps) << 1 ^ (steps < 0 ? 0xFFFFu : 0u));
      s[kWeightHigh].push_back(static_cast<char>(zig >> 8));
      s[kWeightLow].push_back(static_cast<char>(zig & 0xFF));
    }
  }
  put_keys(g.keys, s[kPhraseBuckets], s[kPhraseKeyHigh], s[kPhraseKeyLow]);
  for (uint32_t v : g.values) {
    uint32_t index = static_cast<uint32_t>(std::lower_bound(palette.begin(), palette.end(), v) - palette.begin());
    s[kPhraseValueHigh].push_back(static_cast<char>(index >> 8));
    s[kPhraseValueLow].push_back(static_cast<char>(index & 0xFF));
  }
  if (palette.size() > 0x10000) fail("more than 65536 gazetteer values");

  std::string payload;
  put_u32(payload, kStreams);
  for (const auto& stream : s) put_string(payload, stream);
  std::string out(kPackMagic, sizeof kPackMagic);
  put_u32(out, kPackVersion);
  put_u32(out, static_cast<uint32_t>(payload.size()));
  put_u32(out, crc32(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
  return out + payload;
}

std::vector<uint8_t> unpack_model(const uint8_t* data, size_t size) {
  if (!is_packed_model(data, size) || size < kHeaderBytes) fail("bad magic (not a packed entity model)");
  uint32_t version = load_u32(data + 8);
  if (version != kPackVersion)
    fail("pack version " + std::to_string(version) + ", this build reads version " + std::to_string(kPackVersion));
  uint32_t length = load_u32(data + 12);
  if (length != size - kHeaderBytes) fail("payload length does not match (truncated or damaged)");
  const uint8_t* payload = data + kHeaderBytes;
  if (crc32(payload, length) != load_u32(data + 16)) fail("CRC mismatch (damaged)");
  Reader top(payload, length);
  if (top.u32() != kStreams) fail("wrong number of streams");
  std::vector<Reader> s;
  for (size_t i = 0; i < kStreams; ++i) {
    uint32_t len = top.count(1);
    s.emplace_back(top.bytes(len), len);
  }
  if (top.left() != 0) fail("unexpected bytes after the end");

  ModelData m;
  Reader& meta = s[kMeta];
  m.feature_version = meta.u32();
  for (uint32_t i = 0, n = meta.count(4); i < n; ++i) m.labels.push_back(meta.string());
  for (uint32_t i = 0, n = meta.count(4); i < n; ++i) m.transitions.push_back(static_cast<int32_t>(meta.u32()));
  uint32_t n_features = meta.count(0), n_pairs = meta.count(0);
  uint32_t step = meta.u32();
  if (step == 0 || step > 1024) fail("weight step out of range");
  std::vector<uint32_t> palette(meta.count(4));
  for (uint32_t& v : palette) v = meta.u32();
  uint32_t n_phrases = meta.count(0);
  GazetteerData& g = m.gazetteer;
  for (uint32_t i = 0, n = meta.count(4); i < n; ++i) g.names.push_back(meta.string());
  g.alias_keys.resize(meta.count(8));
  for (uint32_t& k : g.alias_keys) k = meta.u32();
  g.alias_names.resize(g.alias_keys.size());
  for (uint32_t& n : g.alias_names) n = meta.u32();
  m.info = meta.string();
  if (meta.left() != 0) fail("unexpected bytes after the end of the header stream");

  if (n_features > s[kFeatureCounts].left() || n_pairs > s[kTags].left()) fail("truncated or damaged");
  m.feature_keys = get_keys(s[kFeatureBuckets], s[kFeatureKeyHigh], s[kFeatureKeyLow], n_features);
  m.feature_offsets.reserve(size_t(n_features) + 1);
  m.feature_offsets.push_back(0);
  m.pair_tags.reserve(n_pairs);
  m.pair_weights.reserve(n_pairs);
  for (uint32_t i = 0; i < n_features; ++i) {
    uint32_t prev = 0;
    for (uint32_t k = 0, c = s[kFeatureCounts].u8(); k < c; ++k) {
      prev = (prev + s[kTags].u8()) & 31u;
      m.pair_tags.push_back(static_cast<uint8_t>(prev));
      uint16_t zig = static_cast<uint16_t>(s[kWeightHigh].u8() << 8 | s[kWeightLow].u8());
      int32_t steps = static_cast<int16_t>(static_cast<uint16_t>(zig >> 1 ^ (zig & 1 ? 0xFFFFu : 0u)));
      m.pair_weights.push_back(static_cast<int16_t>(std::clamp(steps * static_cast<int32_t>(step), -32768, 32767)));
    }
    m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
  }
  if (m.pair_tags.size() != n_pairs) fail("weight count does not match");
  if (n_phrases > s[kPhraseValueLow].left()) fail("truncated or damaged");
  g.keys = get_keys(s[kPhraseBuckets], s[kPhraseKeyHigh], s[kPhraseKeyLow], n_phrases);
  g.values.reserve(n_phrases);
  for (uint32_t i = 0; i < n_phrases; ++i) {
    uint32_t index = uint32_t(s[kPhraseValueHigh].u8()) << 8 | s[kPhraseValueLow].u8();
    if (index >= palette.size()) fail("gazetteer value out of the palette");
    g.values.push_back(palette[index]);
  }
  for (const Reader& r : s)
    if (r.left() != 0) fail("unexpected bytes after the end of a stream");
  std::string plain = serialize(m);  // checks what the tables say (sorted keys, tags and weights in range ...)
  return std::vector<uint8_t>(plain.begin(), plain.end());
}

}  // namespace aa::ner
