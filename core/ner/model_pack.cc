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
  kRepKeys,      // per word representation: the delta of its key bits (wordrep.h) from the previous, as a varint
  kRepPathHigh,  // ... its path's high bits
  kRepPathLow,   // ... and its low byte
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

/// The packed weights' decoding (zig-zagged step counts, model_pack.h) as a table: the weights in range are those of
/// zig-zag codes up to max_zig (zig-zag interleaves -1, 1, -2, 2, ...: the steps in [-1024 / step, 1023 / step]
/// are a run from 0), and field[zig] is the weight's 11-bit field in the plain file. One comparison and one load a
/// weight instead of the arithmetic and two comparisons.
struct WeightCodes {
  explicit WeightCodes(int32_t step) {
    for (uint32_t zig = 0; zig < field.size(); ++zig) {
      const int32_t steps = static_cast<int32_t>(zig >> 1) ^ -static_cast<int32_t>(zig & 1);
      const int32_t weight = steps * step;
      if (weight < -kMaxWeight - 1 || weight > kMaxWeight) break;
      field[zig] = static_cast<uint16_t>(weight & 0x7FF);
      max_zig = zig;
    }
  }
  static int32_t weight(uint32_t zig, int32_t step) {  // for the error message
    return static_cast<int32_t>((zig >> 1) ^ -static_cast<int32_t>(zig & 1)) * step;
  }
  std::array<uint16_t, 2048> field{};
  uint32_t max_zig = 0;
};

/// One bucket of features, in the packed streams.
struct FeatureBucket {
  uint32_t n;  // features
  const uint8_t *key_high, *key_low, *counts;
  const uint8_t *tag_deltas, *weight_high, *weight_low;  // as many as the counts add up to
};

/// Writes a bucket of features in the plain layout at w (its keys' low bits, counts, weights); returns the end.
/// Checks what Model's load leaves to it (Model::Check::Unpacked): keys increasing, counts and tags in range,
/// weights in range. Inlined into put_feature_buckets (see there).
inline uint8_t* put_feature_bucket(const FeatureBucket& bk, uint32_t tags, const WeightCodes& codes, int32_t step,
                                   uint8_t* w) {
  uint32_t lo = 0;
  const uint8_t *key_high = bk.key_high, *key_low = bk.key_low;
  for (uint32_t j = 0; j < bk.n; ++j, w += 2) {
    const uint32_t delta = uint32_t(key_high[j]) << 8 | key_low[j];
    lo += delta;
    if (lo > 0xFFFFu) fail("key out of its bucket");
    if (delta == 0 && j > 0) fail("keys not increasing");
    w[0] = static_cast<uint8_t>(lo), w[1] = static_cast<uint8_t>(lo >> 8);
  }
  std::memcpy(w, bk.counts, bk.n);
  w += bk.n;
  // Locals, not bk's fields: the byte stores through w may alias anything, so the compiler would load those again
  // after every store.
  const uint8_t *td = bk.tag_deltas, *wh = bk.weight_high, *wl = bk.weight_low, *counts = bk.counts;
  const uint16_t* field = codes.field.data();
  const uint32_t n = bk.n, max_zig = codes.max_zig;
  for (uint32_t j = 0; j < n; ++j) {
    const uint32_t count = counts[j];
    if (count > tags) fail("a feature has more weights than tags");
    uint32_t tag = 0;
    for (uint32_t k = 0; k < count; ++k, w += 2) {
      tag = (tag + td[k]) & 31u;
      if (tag >= tags) fail("weight for a tag out of range");
      const uint32_t zig = uint32_t(wh[k]) << 8 | wl[k];
      if (zig > max_zig) fail("weight out of range (" + std::to_string(WeightCodes::weight(zig, step)) + ")");
      const uint32_t v = tag << 11 | field[zig];
      w[0] = static_cast<uint8_t>(v), w[1] = static_cast<uint8_t>(v >> 8);
    }
    td += count, wh += count, wl += count;
  }
  return w;
}

/// The packed gazetteer palette (sorted) to the plain one (in order of first appearance, as encode_gazetteer
/// writes it).
struct PaletteMap {
  explicit PaletteMap(const std::vector<uint32_t>& packed) : packed(packed), plain_of(packed.size(), kNone) {
    plain.reserve(packed.size());
  }
  /// The plain index of packed index i (< packed.size()), given it at its first use.
  uint32_t operator()(uint32_t i) {
    if (plain_of[i] == kNone) {
      plain_of[i] = static_cast<uint32_t>(plain.size());
      plain.push_back(packed[i]);
    }
    return plain_of[i];
  }
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  const std::vector<uint32_t>& packed;
  std::vector<uint32_t> plain_of;
  std::vector<uint32_t> plain;
};

/// Writes a bucket of gazetteer phrases in the plain layout at w (the low bits of its keys, then their palette
/// indices); returns the end. Checks the keys increase and the values are in the palette. Inlined into
/// put_phrase_buckets.
inline uint8_t* put_phrase_bucket(uint32_t n, const uint8_t* key_high, const uint8_t* key_low,
                                  const uint8_t* value_high, const uint8_t* value_low, PaletteMap& palette,
                                  uint8_t* w) {
  uint32_t lo = 0;
  for (uint32_t j = 0; j < n; ++j, w += 2) {
    const uint32_t delta = uint32_t(key_high[j]) << 8 | key_low[j];
    lo += delta;
    if (lo > 0xFFFFu) fail("key out of its bucket");
    if (delta == 0 && j > 0) fail("gazetteer keys not increasing");
    w[0] = static_cast<uint8_t>(lo), w[1] = static_cast<uint8_t>(lo >> 8);
  }
  const uint32_t size = static_cast<uint32_t>(palette.packed.size());
  for (uint32_t j = 0; j < n; ++j, w += 2) {
    const uint32_t index = uint32_t(value_high[j]) << 8 | value_low[j];
    if (index >= size) fail("gazetteer value out of the palette");
    const uint32_t plain = palette(index);
    w[0] = static_cast<uint8_t>(plain), w[1] = static_cast<uint8_t>(plain >> 8);
  }
  return w;
}

// The loops over all buckets are functions of their own too, each small: a WebAssembly engine optimises a function
// whose loops have run long enough (V8: a budget of bytes executed), and a function runs its optimised code only
// from its next call on. unpack_model and Model's load run once, so optimising them was wasted, and costly: V8
// spent 394 and 330 ms of a background thread and 9.4 and 7.2 MB of fresh memory compiling them while the first
// load ran (bench/README.md, start-up). Their own loops are now short (strings, aliases); the long ones are here.

/// The packed streams of the features, each the run of all features' (or all weights') bytes.
struct FeatureStreams {
  uint32_t n_features = 0, n_pairs = 0;
  const uint8_t* bucket_sizes = nullptr;                                               // kBuckets
  const uint8_t *key_high = nullptr, *key_low = nullptr, *counts = nullptr;            // n_features
  const uint8_t *tag_deltas = nullptr, *weight_high = nullptr, *weight_low = nullptr;  // n_pairs
};

/// Buckets per call of put_feature_buckets and put_phrase_buckets. A WebAssembly engine runs a function's first
/// calls in its baseline compiler and switches to optimised code only between calls, so the loops over the 65,536
/// buckets are cut into calls: one call for the whole table ran unoptimised from start to end (the model's load was
/// most of the start-up in Node). Until the eleventh session a call did one bucket; then the loop over the buckets
/// (each bucket's checks and offsets, the sum of its weight counts) ran in the once-called put_features, never
/// optimised, and the 55k calls each paid a baseline call's cost: 256 buckets a call took ~1.5 of the ~15 ms of
/// main-thread CPU the decoding took in Node (bench/README.md, start-up, eleventh session).
constexpr uint32_t kBucketsPerCall = 256;

/// Where the writing of the features is: features and weights walked so far, and the output. `index`, if not
/// null, gets per bucket where its keys start in the tables (from `blob`) << 8 | its size (Model's feature index).
struct FeatureCursor {
  uint64_t features = 0, pairs = 0;
  uint8_t* w = nullptr;
  const uint8_t* blob = nullptr;
  uint32_t* index = nullptr;
};

/// Writes the buckets first .. first + kBucketsPerCall - 1 of features (put_feature_bucket) at `at`, and moves it on.
[[gnu::noinline]] void put_feature_buckets(const FeatureStreams& fs, uint32_t first, uint32_t tags,
                                           const WeightCodes& codes, int32_t step, FeatureCursor& at) {
  uint64_t features = at.features, pairs = at.pairs;
  uint8_t* w = at.w;
  for (uint32_t b = first; b < first + kBucketsPerCall; ++b) {
    const uint32_t n = fs.bucket_sizes[b];
    // The tables are under kMaxFeatureBytes (checked before): the offset fits in 24 bits.
    if (at.index) at.index[b] = static_cast<uint32_t>(w - at.blob) << 8 | n;
    if (n == 0) continue;
    if (features + n > fs.n_features) fail("key count does not match");
    FeatureBucket bk;
    bk.n = n;
    bk.key_high = fs.key_high + features;
    bk.key_low = fs.key_low + features;
    bk.counts = fs.counts + features;
    features += n;
    uint32_t weights = 0;
    for (uint32_t j = 0; j < n; ++j) weights += bk.counts[j];
    if (pairs + weights > fs.n_pairs) fail("weight count does not match");
    bk.tag_deltas = fs.tag_deltas + pairs;
    bk.weight_high = fs.weight_high + pairs;
    bk.weight_low = fs.weight_low + pairs;
    pairs += weights;
    w = put_feature_bucket(bk, tags, codes, step, w);
  }
  at.features = features, at.pairs = pairs, at.w = w;
}

/// Writes every bucket of features at w; returns the end. `index`: null, or kBuckets entries to fill (FeatureCursor).
[[gnu::noinline]] uint8_t* put_features(const FeatureStreams& fs, uint32_t tags, int32_t step, uint8_t* w,
                                        uint32_t* index) {
  static_assert(kBuckets % kBucketsPerCall == 0, "the calls cover the buckets");
  const WeightCodes codes(step);
  FeatureCursor at;
  at.w = w;
  at.blob = w;
  at.index = index;
  for (uint32_t first = 0; first < kBuckets; first += kBucketsPerCall)
    put_feature_buckets(fs, first, tags, codes, step, at);
  if (at.features != fs.n_features) fail("key count does not match");
  if (at.pairs != fs.n_pairs) fail("weight count does not match");
  return at.w;
}

/// The packed streams of the gazetteer's phrases.
struct PhraseStreams {
  uint32_t n_phrases = 0;
  const uint8_t* bucket_sizes = nullptr;                                                               // kBuckets
  const uint8_t *key_high = nullptr, *key_low = nullptr, *value_high = nullptr, *value_low = nullptr;  // n_phrases
};

/// Writes the buckets first .. first + kBucketsPerCall - 1 of phrases (put_phrase_bucket) at w; returns the end.
/// `phrases`: the phrases walked so far, moved on.
[[gnu::noinline]] uint8_t* put_phrase_buckets(const PhraseStreams& ps, uint32_t first, PaletteMap& palette,
                                              uint64_t& phrases, uint8_t* w) {
  uint64_t at = phrases;
  for (uint32_t b = first; b < first + kBucketsPerCall; ++b) {
    const uint32_t n = ps.bucket_sizes[b];
    if (n == 0) continue;
    if (at + n > ps.n_phrases) fail("key count does not match");
    w = put_phrase_bucket(n, ps.key_high + at, ps.key_low + at, ps.value_high + at, ps.value_low + at, palette, w);
    at += n;
  }
  phrases = at;
  return w;
}

/// Writes every bucket of phrases at w; returns the end.
[[gnu::noinline]] uint8_t* put_phrases(const PhraseStreams& ps, PaletteMap& palette, uint8_t* w) {
  uint64_t phrases = 0;
  for (uint32_t first = 0; first < kBuckets; first += kBucketsPerCall)
    w = put_phrase_buckets(ps, first, palette, phrases, w);
  if (phrases != ps.n_phrases) fail("key count does not match");
  return w;
}

/// A string of the header stream, as a view of its bytes.
struct Bytes {
  const uint8_t* p;
  uint32_t n;
};

/// Appends the next n strings of the header stream (each a u32 length and its bytes) to `out`.
/// A function of its own, called from three places (so that no optimiser inlines it), for V8: a loop's every turn
/// costs a function's tier-up budget the bytes from the loop's start to its back edge, and in unpack_model the
/// compiler put most of the function (the failure paths, the vector's growth) between the two, so that the 251
/// names ran through the budget and V8 optimised unpack_model, which runs once (a background compile of ~100 ms and
/// 7.6 MB during start-up: bench/README.md, start-up).
[[gnu::noinline]] void read_strings(Reader& meta, uint32_t n, std::vector<Bytes>& out) {
  out.reserve(out.size() + n);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t len = meta.u32();
    out.push_back({meta.bytes(len), len});
  }
}

}  // namespace

namespace {

constexpr uint64_t kCheckOdd = 0x9E3779B97F4A7C15u;  // 2^64 / the golden ratio, made odd: mixes every bit upwards

/// pack_check's state after `size` more bytes (a multiple of 8, or the last piece: zero-padded).
[[gnu::noinline]] uint64_t pack_check_update(uint64_t h, const uint8_t* data, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) h = (h ^ load_u64(data + i)) * kCheckOdd;
  if (i < size) {
    uint8_t tail[8] = {};
    std::memcpy(tail, data + i, size - i);
    h = (h ^ load_u64(tail)) * kCheckOdd;
  }
  return h;
}

}  // namespace

uint32_t pack_check(const uint8_t* data, size_t size) {
  // Per 64 KiB, and the rest by a second call: pack_check_update is then called from two places, which keeps the
  // WebAssembly optimiser (Binaryen) from inlining its loop into the once-run unpacking (see put_features).
  constexpr size_t kPiece = size_t(1) << 16;
  uint64_t h = 0;
  size_t at = 0;
  for (; size - at > kPiece; at += kPiece) h = pack_check_update(h, data + at, kPiece);
  h = pack_check_update(h, data + at, size - at);
  h = (h ^ uint64_t(size)) * kCheckOdd;
  return static_cast<uint32_t>(h >> 32 ^ h);
}

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
  put_u32(meta, static_cast<uint32_t>(m.word_reps.size()));

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
  uint32_t prev_key = 0;
  for (uint32_t e : m.word_reps) {
    uint32_t delta = (e >> kRepBits) - prev_key;
    prev_key = e >> kRepBits;
    for (; delta >= 0x80; delta >>= 7) s[kRepKeys].push_back(static_cast<char>(0x80 | (delta & 0x7F)));
    s[kRepKeys].push_back(static_cast<char>(delta));
    s[kRepPathHigh].push_back(static_cast<char>((e & kRepMask) >> 8));
    s[kRepPathLow].push_back(static_cast<char>(e & 0xFF));
  }

  std::string payload;
  put_u32(payload, kStreams);
  for (const auto& stream : s) put_string(payload, stream);
  std::string out(kPackMagic, sizeof kPackMagic);
  put_u32(out, kPackVersion);
  put_u32(out, static_cast<uint32_t>(payload.size()));
  put_u32(out, pack_check(reinterpret_cast<const uint8_t*>(payload.data()), payload.size()));
  return out + payload;
}

namespace {

/// unpack_model, and with `index` not null, the feature index (UnpackedModel).
std::vector<uint8_t> unpack(const uint8_t* data, size_t size, bool plain_crc, std::vector<uint32_t>* index) {
  // The plain file is written directly, in one pass over each stream (no ModelData, no serialize(), whose copies
  // and checks made loading a packed model cost ten times what loading a plain one does: start-up in WebAssembly
  // is mostly this). What serialize() would check is checked here or by Model's own load (locate: bounds, keys
  // increasing, counts and tags in range, the gazetteer's tables), which every unpacked model goes through.
  if (!is_packed_model(data, size) || size < kHeaderBytes) fail("bad magic (not a packed entity model)");
  uint32_t version = load_u32(data + 8);
  if (version != kPackVersion)
    fail("pack version " + std::to_string(version) + ", this build reads version " + std::to_string(kPackVersion));
  uint32_t length = load_u32(data + 12);
  if (length != size - kHeaderBytes) fail("payload length does not match (truncated or damaged)");
  const uint8_t* payload = data + kHeaderBytes;
  if (pack_check(payload, length) != load_u32(data + 16)) fail("check mismatch (damaged)");
  Reader top(payload, length);
  if (top.u32() != kStreams) fail("wrong number of streams");
  std::vector<Reader> s;
  for (size_t i = 0; i < kStreams; ++i) {
    uint32_t len = top.count(1);
    s.emplace_back(top.bytes(len), len);
  }
  if (top.left() != 0) fail("unexpected bytes after the end");

  // The header stream, as views of its bytes.
  Reader& meta = s[kMeta];
  const uint32_t feature_version = meta.u32();
  std::vector<Bytes> strings;  // the labels, the names, the info: the plain file's order
  const uint32_t n_labels = meta.count(4);
  read_strings(meta, n_labels, strings);
  if (n_labels == 0 || n_labels > kMaxLabels) fail("label count out of range");
  const uint32_t tags = 1 + 4 * n_labels;
  const uint32_t n_transitions = meta.count(4);
  if (n_transitions != (tags + 1) * tags) fail("transition table has the wrong size");
  const uint8_t* transitions = meta.bytes(4 * size_t(n_transitions));
  const uint32_t n_features = meta.count(0), n_pairs = meta.count(0);
  const uint32_t step = meta.u32();
  if (step == 0 || step > 1024) fail("weight step out of range");
  std::vector<uint32_t> palette(meta.count(4));
  for (uint32_t& v : palette) v = meta.u32();
  const uint32_t n_phrases = meta.count(0);
  const uint32_t n_names = meta.count(4);
  read_strings(meta, n_names, strings);
  const uint32_t n_aliases = meta.count(8);
  const uint8_t* aliases = meta.bytes(8 * size_t(n_aliases));  // keys, then name indices
  read_strings(meta, 1, strings);                              // the info
  const uint32_t n_reps = meta.count(0);
  if (meta.left() != 0) fail("unexpected bytes after the end of the header stream");
  if (n_features > s[kFeatureCounts].left() || n_pairs > s[kTags].left() || n_phrases > s[kPhraseValueLow].left())
    fail("truncated or damaged");
  // The hot loops below read whole runs (Reader::bytes, one bounds check each) rather than byte by byte.

  // The plain palette holds the values in order of first appearance (encode_gazetteer); the packed one is sorted.
  // Each phrase's index is mapped as its bucket is written (put_phrase_bucket); pack_model's palette holds only
  // values some phrase has, so the plain one has as many (checked at the end).
  PaletteMap palette_map(palette);

  // Sizes, as model.h lays the file out.
  uint64_t string_bytes = 0;
  for (const Bytes& b : strings) string_bytes += b.n;
  GazetteerLayout gaz;
  gaz.phrases = n_phrases;
  gaz.palette = static_cast<uint32_t>(palette.size());
  gaz.aliases = n_aliases;
  const uint64_t blob_bytes = 3 * uint64_t(n_features) + 2 * uint64_t(n_pairs);
  uint64_t payload_bytes = 4 * 8 + 4 * uint64_t(n_transitions) + kBuckets + blob_bytes;
  payload_bytes = (payload_bytes + 3) / 4 * 4 + gaz.bytes() + 4 * uint64_t(strings.size()) + string_bytes;
  if (n_reps) payload_bytes = (payload_bytes + 3) / 4 * 4 + 4 + 4 * uint64_t(n_reps);
  if (payload_bytes > 0xFFFFFFFFu) fail("too large");
  std::vector<uint8_t> out(24 + static_cast<size_t>(payload_bytes), 0);
  uint8_t* w = out.data();
  auto put32 = [&w](uint32_t v) {
    w[0] = static_cast<uint8_t>(v), w[1] = static_cast<uint8_t>(v >> 8), w[2] = static_cast<uint8_t>(v >> 16),
    w[3] = static_cast<uint8_t>(v >> 24);
    w += 4;
  };
  auto put = [&w](const uint8_t* p, size_t n) {
    if (n) std::memcpy(w, p, n);
    w += n;
  };
  put(reinterpret_cast<const uint8_t*>("AANERMDL"), 8);
  put32(format_for(n_reps));
  put32(feature_version);
  put32(static_cast<uint32_t>(payload_bytes));
  put32(0);  // the CRC, at the end
  uint8_t* const p0 = w;
  for (uint32_t v : {n_labels, n_features, n_pairs, n_phrases, gaz.palette, n_names, n_aliases})  //
    put32(v);
  put32(static_cast<uint32_t>(string_bytes));
  put(transitions, 4 * size_t(n_transitions));

  // Features: per bucket, the low bits of its keys, their weight counts, then their weights. Each stream's run for
  // all features (or all weights) taken at once, bounds-checked once: put_features stays within them, since it
  // fails as soon as the features or weights it has walked exceed n_features or n_pairs.
  FeatureStreams fs;
  fs.bucket_sizes = s[kFeatureBuckets].bytes(kBuckets);
  put(fs.bucket_sizes, kBuckets);
  fs.n_features = n_features, fs.n_pairs = n_pairs;
  fs.key_high = s[kFeatureKeyHigh].bytes(n_features), fs.key_low = s[kFeatureKeyLow].bytes(n_features);
  fs.counts = s[kFeatureCounts].bytes(n_features);
  fs.tag_deltas = s[kTags].bytes(n_pairs), fs.weight_high = s[kWeightHigh].bytes(n_pairs);
  fs.weight_low = s[kWeightLow].bytes(n_pairs);
  if (index) {
    if (blob_bytes >= kMaxFeatureBytes) fail("features: over 16 MiB");  // as Model's load: offsets in 24 bits
    index->resize(kBuckets);
  }
  w = put_features(fs, tags, static_cast<int32_t>(step), w, index ? index->data() : nullptr);
  while ((w - p0) % 4) *w++ = 0;

  // The gazetteer: per bucket, the low bits of its keys, then their palette indices; the palette; the aliases.
  uint8_t* const g0 = w;
  const uint8_t* phrase_buckets = s[kPhraseBuckets].bytes(kBuckets);
  put(phrase_buckets, kBuckets);
  // As the features': the runs taken at once.
  PhraseStreams ps;
  ps.bucket_sizes = phrase_buckets, ps.n_phrases = n_phrases;
  ps.key_high = s[kPhraseKeyHigh].bytes(n_phrases), ps.key_low = s[kPhraseKeyLow].bytes(n_phrases);
  ps.value_high = s[kPhraseValueHigh].bytes(n_phrases), ps.value_low = s[kPhraseValueLow].bytes(n_phrases);
  w = put_phrases(ps, palette_map, w);
  while ((w - g0) % 4) *w++ = 0;
  if (palette_map.plain.size() != palette.size()) fail("gazetteer palette has values no phrase has");
  for (uint32_t v : palette_map.plain) put32(v);
  // What Model's load leaves to the unpacking (Model::Check::Unpacked): alias keys increase, names exist.
  for (uint32_t i = 0; i < n_aliases; ++i) {
    if (i && load_u32(aliases + 4 * i) <= load_u32(aliases + 4 * i - 4)) fail("alias keys not increasing");
    if (load_u32(aliases + 4 * (n_aliases + i)) >= n_names) fail("alias refers to a missing name");
  }
  put(aliases, 8 * size_t(n_aliases));

  uint32_t end = 0;
  for (const Bytes& b : strings) put32(end += b.n);
  for (const Bytes& b : strings) put(b.p, b.n);
  // The word representations (format 3): keys from their deltas, paths from their bytes.
  if (n_reps) {
    while ((w - p0) % 4) *w++ = 0;
    put32(n_reps);
  }
  if (n_reps > s[kRepPathLow].left()) fail("truncated or damaged");
  {
    const uint8_t *hi = s[kRepPathHigh].bytes(n_reps), *lo = s[kRepPathLow].bytes(n_reps);
    Reader& keys = s[kRepKeys];
    uint32_t key = 0;
    for (uint32_t i = 0; i < n_reps; ++i) {
      uint32_t delta = 0;
      for (int shift = 0;; shift += 7) {
        uint8_t b = keys.u8();
        if (shift > 28) fail("word representations: bad key");
        delta |= uint32_t(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
      }
      key += delta;
      uint32_t path = uint32_t(hi[i]) << 8 | lo[i];
      if (path > kRepMask || key > (0xFFFFFFFFu >> kRepBits)) fail("word representations: out of range");
      put32(key << kRepBits | path);
    }
  }
  for (const Reader& r : s)
    if (r.left() != 0) fail("unexpected bytes after the end of a stream");
  if (w != out.data() + out.size()) fail("internal: sizes do not add up");
  uint32_t crc = plain_crc ? crc32(p0, static_cast<size_t>(payload_bytes)) : 0;
  for (int i = 0; i < 4; ++i) out[20 + i] = static_cast<uint8_t>(crc >> (8 * i));
  return out;
}

}  // namespace

std::vector<uint8_t> unpack_model(const uint8_t* data, size_t size, bool plain_crc) {
  return unpack(data, size, plain_crc, nullptr);
}

UnpackedModel unpack_model_indexed(const uint8_t* data, size_t size) {
  UnpackedModel out;
  out.bytes = unpack(data, size, /*plain_crc=*/false, &out.feature_index);
  return out;
}

}  // namespace aa::ner
