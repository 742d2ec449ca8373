#include "ner/model.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "ner/features.h"

namespace aa::ner {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kHeaderBytes = 8 + 4 * 4;

// CRC-32 eight bytes at a step ("slicing by 8"): table k gives the CRC of a byte followed by k zero bytes. The same
// value as the byte-at-a-time loop (crc32_bytewise, the reference the tests compare it with), in about a fifth of
// the instructions (every model load checks one CRC: that of the packed bytes, or of the plain file read from disk).
constexpr std::array<std::array<uint32_t, 256>, 8> make_crc_tables() {
  std::array<std::array<uint32_t, 256>, 8> t{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    t[0][i] = c;
  }
  for (uint32_t i = 0; i < 256; ++i)
    for (size_t k = 1; k < 8; ++k) t[k][i] = t[0][t[k - 1][i] & 0xFF] ^ (t[k - 1][i] >> 8);
  return t;
}
constexpr std::array<std::array<uint32_t, 256>, 8> kCrcTables = make_crc_tables();

// ---- writing -------------------------------------------------------------------------------------------------

[[noreturn]] void fail(const std::string& why) {
  throw ModelError("entity model: " + why);
}

void check(const ModelData& m) {
  if (m.labels.empty() || m.labels.size() > kMaxLabels) fail("label count out of range");
  size_t tags = static_cast<size_t>(m.n_tags());
  if (m.transitions.size() != (tags + 1) * tags) fail("transition table has the wrong size");
  if (m.feature_offsets.size() != m.feature_keys.size() + 1) fail("feature offsets do not match the keys");
  if (m.feature_offsets.front() != 0 || m.feature_offsets.back() != m.pair_tags.size())
    fail("feature offsets out of range");
  for (size_t i = 1; i < m.feature_offsets.size(); ++i)
    if (m.feature_offsets[i] < m.feature_offsets[i - 1] || m.feature_offsets[i] - m.feature_offsets[i - 1] > tags)
      fail("feature offsets decrease or a feature has more weights than tags");
  if (m.pair_tags.size() != m.pair_weights.size()) fail("weight arrays differ in size");
  for (uint8_t t : m.pair_tags)
    if (t >= tags) fail("weight for a tag out of range");
  for (int16_t w : m.pair_weights)
    if (w < -kMaxWeight - 1 || w > kMaxWeight) fail("weight out of range (" + std::to_string(w) + ")");
  for (size_t i = 1; i < m.feature_keys.size(); ++i)
    if (m.feature_keys[i] <= m.feature_keys[i - 1]) fail("feature keys not sorted");
  if (3 * uint64_t(m.feature_keys.size()) + 2 * uint64_t(m.pair_tags.size()) >= kMaxFeatureBytes)
    fail("features: over 16 MiB");
  const GazetteerData& g = m.gazetteer;
  if (g.keys.size() != g.values.size()) fail("gazetteer values do not match the keys");
  if (g.alias_keys.size() != g.alias_names.size()) fail("alias names do not match the keys");
  for (uint32_t n : g.alias_names)
    if (n >= g.names.size()) fail("alias refers to a missing name");
  for (size_t i = 1; i < m.word_reps.size(); ++i)
    if (m.word_reps[i] >> kRepBits <= m.word_reps[i - 1] >> kRepBits) fail("word representations not sorted");
}

// ---- reading -------------------------------------------------------------------------------------------------

constexpr size_t kBuckets = size_t(1) << kBucketBits;
constexpr size_t kCounts = 8;  // u32 counts at the start of the payload

/// The sections of a payload, located and bounds-checked.
struct Sections {
  std::vector<uint32_t> buckets_index;  // per bucket of features: where its keys start in the blob << 8 | its size
  uint32_t n_labels = 0, n_features = 0, n_pairs = 0, n_names = 0, string_bytes = 0, n_reps = 0;
  GazetteerLayout gaz;
  const uint8_t* transitions = nullptr;
  const uint8_t* buckets = nullptr;
  const uint8_t* blob = nullptr;  // per bucket: low bits, counts, weights
  const uint8_t* gazetteer = nullptr;
  const uint8_t* string_ends = nullptr;
  const uint8_t* strings = nullptr;
  const uint8_t* reps = nullptr;
  int n_tags() const { return 1 + 4 * static_cast<int>(n_labels); }
};

size_t align4(size_t n) {
  return (n + 3) / 4 * 4;
}

/// Checks one bucket of features: keys increasing, tags in range (the caller checked the counts). Called per bucket and
/// not inlined: see crc32_update.
[[gnu::noinline]] void check_bucket(const uint8_t* low, uint32_t n, const uint8_t* weights, uint64_t n_weights,
                                    uint64_t tags) {
  for (uint32_t k = 0; k < n; ++k) {
    if (k && load_u16(low + 2 * k) <= load_u16(low + 2 * k - 2)) fail("features: keys not increasing");
  }
  for (uint64_t k = 0; k < n_weights; ++k)
    if ((load_u16(weights + 2 * k) >> 11) >= tags) fail("features: tag out of range");
}

/// The feature tables' index (Sections::buckets_index), and with `contents` their checks: bucket sizes add up,
/// keys increase within buckets, weight counts and tags in range. A function of its own, for WebAssembly: see
/// put_features in model_pack.cc (locate and Model's load run once; their own loops must stay short).
[[gnu::noinline]] void index_features(Sections& s, uint64_t blob_bytes, uint64_t tags, bool contents) {
  size_t total = 0;
  for (size_t b = 0; b < kBuckets; ++b) total += s.buckets[b];
  if (total != s.n_features) fail("features: bucket sizes do not add up");
  uint64_t at_blob = 0, pairs = 0;
  s.buckets_index.resize(kBuckets);
  for (size_t b = 0; b < kBuckets; ++b) {
    uint32_t n = s.buckets[b];
    if (at_blob + 3 * uint64_t(n) > blob_bytes) fail("features: weight counts do not add up");
    s.buckets_index[b] = static_cast<uint32_t>(at_blob) << 8 | n;  // at_blob < kMaxFeatureBytes: 24 bits
    const uint8_t* low = s.blob + at_blob;
    const uint8_t* counts = low + 2 * n;
    uint64_t weights = 0;
    if (contents) {
      for (uint32_t k = 0; k < n; ++k) {
        if (counts[k] > tags) fail("features: more weights than tags");
        weights += counts[k];
      }
    } else {
      for (uint32_t k = 0; k < n; ++k) weights += counts[k];
    }
    at_blob += 3 * uint64_t(n);
    if (at_blob + 2 * weights > blob_bytes) fail("features: weight counts do not add up");
    if (contents) check_bucket(low, n, s.blob + at_blob, weights, tags);
    at_blob += 2 * weights;
    pairs += weights;
  }
  if (pairs != s.n_pairs || at_blob != blob_bytes) fail("features: weight counts do not add up");
}

/// Checks the header and locates the sections (see Model::Check for what `check` leaves out). `any_features`: a
/// model trained with other features is read too (tools read it as data; the tagger would compute other features).
/// `feature_index`: the index of the feature buckets as the unpacking made it (Check::Unpacked only), taken for
/// Sections::buckets_index instead of walking the tables (the unpacking checked that their counts add up).
Sections locate(const uint8_t* data, size_t size, Model::Check check, bool any_features = false,
                std::vector<uint32_t>* feature_index = nullptr) {
  const bool crc = check == Model::Check::Full, contents = check != Model::Check::Unpacked;
  if (data == nullptr || size < kHeaderBytes) fail("too short to be a model (" + std::to_string(size) + " bytes)");
  if (std::memcmp(data, kMagic, sizeof kMagic) != 0) fail("bad magic (not an entity model)");
  uint32_t format = load_u32(data + 8);
  // Format 2: the same without the word representations (read as none).
  if (format != kFormatVersion && format != 2)
    fail("format version " + std::to_string(format) + ", this build reads version " + std::to_string(kFormatVersion) +
         " (retrain: make train)");
  uint32_t feature_version = load_u32(data + 12);
  if (feature_version != kFeatureVersion && !any_features)
    fail("trained with feature version " + std::to_string(feature_version) + ", this build computes version " +
         std::to_string(kFeatureVersion) + " (retrain: make train)");
  uint32_t length = load_u32(data + 16);
  if (length != size - kHeaderBytes)
    fail("payload is " + std::to_string(size - kHeaderBytes) + " bytes, header says " + std::to_string(length) +
         " (truncated or damaged)");
  const uint8_t* p = data + kHeaderBytes;
  if (crc && crc32(p, length) != load_u32(data + 20)) fail("CRC mismatch (damaged)");

  Sections s;
  if (length < 4 * kCounts) fail("truncated or damaged");
  s.n_labels = load_u32(p);
  s.n_features = load_u32(p + 4);
  s.n_pairs = load_u32(p + 8);
  s.gaz.phrases = load_u32(p + 12);
  s.gaz.palette = load_u32(p + 16);
  s.n_names = load_u32(p + 20);
  s.gaz.aliases = load_u32(p + 24);
  s.string_bytes = load_u32(p + 28);
  if (s.n_labels == 0 || s.n_labels > kMaxLabels) fail("label count out of range");
  // Sizes in 64 bits: every count is below 2^32, so no sum below overflows, on 32-bit targets (WASM) too.
  uint64_t tags = static_cast<uint64_t>(s.n_tags());
  uint64_t at = 4 * kCounts;
  auto take = [&](uint64_t bytes) {
    if (bytes > length || at + bytes > length) fail("truncated or damaged (tables run past the end)");
    const uint8_t* q = p + at;
    at += bytes;
    return q;
  };
  auto pad = [&] { take((4 - at % 4) % 4); };
  s.transitions = take(4 * (tags + 1) * tags);
  s.buckets = take(kBuckets);
  uint64_t blob_bytes = 3 * uint64_t(s.n_features) + 2 * uint64_t(s.n_pairs);
  s.blob = take(blob_bytes);
  pad();
  s.gazetteer = take(s.gaz.bytes());
  uint64_t n_strings = uint64_t(s.n_labels) + s.n_names + 1;
  s.string_ends = take(4 * n_strings);
  s.strings = take(s.string_bytes);
  if (format >= 3) {
    pad();
    s.n_reps = load_u32(take(4));
    s.reps = take(4 * uint64_t(s.n_reps));
  }
  if (at != length) fail("unexpected bytes after the end");
  if (*check_word_reps(s.reps, s.n_reps)) fail(check_word_reps(s.reps, s.n_reps));
  uint32_t prev = 0;
  for (size_t i = 0; i < n_strings; ++i) {
    uint32_t e = load_u32(s.string_ends + 4 * i);
    if (e < prev || e > s.string_bytes) fail("strings: offsets out of range");
    prev = e;
  }
  if (prev != s.string_bytes) fail("strings: offsets out of range");

  if (blob_bytes >= kMaxFeatureBytes) fail("features: over 16 MiB");
  if (feature_index && check == Model::Check::Unpacked) {
    if (feature_index->size() != kBuckets) fail("features: the index has the wrong size");
    s.buckets_index = std::move(*feature_index);
  } else {
    index_features(s, blob_bytes, tags, contents);
  }
  if (contents) {
    std::string bad = check_gazetteer(s.gazetteer, s.gaz, s.n_names);
    if (!bad.empty()) fail("gazetteer: " + bad);
  }
  return s;
}

std::string string_at(const Sections& s, size_t i) {
  uint32_t b = i ? load_u32(s.string_ends + 4 * (i - 1)) : 0, e = load_u32(s.string_ends + 4 * i);
  return std::string(reinterpret_cast<const char*>(s.strings) + b, e - b);
}

/// The strings first .. first + n - 1. A function of its own, called from two places, for V8: see read_strings in
/// model_pack.cc (the loop over the 251 names, inlined into Model's load, made V8 optimise that once-run function).
[[gnu::noinline]] std::vector<std::string> strings_at(const Sections& s, size_t first, size_t n) {
  std::vector<std::string> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(string_at(s, first + i));
  return out;
}

}  // namespace

namespace {

/// The CRC-32 register after `size` more bytes. Not inlined, and called per 64 KiB by crc32(): see
/// put_feature_bucket in model_pack.cc (WebAssembly engines optimise a function between calls, not during one).
/// A little-endian u32: one load where the bytes are already in order (x86, ARM, WebAssembly).
inline uint32_t word_le(const uint8_t* p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
#else
  return load_u32(p);
#endif
}

[[gnu::noinline]] uint32_t crc32_update(uint32_t c, const uint8_t* data, size_t size) {
  const auto& t = kCrcTables;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    const uint32_t a = c ^ word_le(data + i), b = word_le(data + i + 4);
    c = t[7][a & 0xFF] ^ t[6][(a >> 8) & 0xFF] ^ t[5][(a >> 16) & 0xFF] ^ t[4][a >> 24] ^  //
        t[3][b & 0xFF] ^ t[2][(b >> 8) & 0xFF] ^ t[1][(b >> 16) & 0xFF] ^ t[0][b >> 24];
  }
  for (; i < size; ++i) c = t[0][(c ^ data[i]) & 0xFF] ^ (c >> 8);
  return c;
}

}  // namespace

uint32_t crc32_bytewise(const uint8_t* data, size_t size) {
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < size; ++i) {
    c ^= data[i];
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
  }
  return c ^ 0xFFFFFFFFu;
}

uint32_t crc32(const uint8_t* data, size_t size) {
  constexpr size_t kPiece = size_t(1) << 16;
  uint32_t c = 0xFFFFFFFFu;
  for (size_t at = 0; at < size; at += kPiece) c = crc32_update(c, data + at, std::min(kPiece, size - at));
  return c ^ 0xFFFFFFFFu;
}

std::string serialize(const ModelData& m) {
  check(m);
  std::string p;
  GazetteerLayout gaz;
  std::string gaz_tables;
  try {
    gaz_tables = encode_gazetteer(m.gazetteer, gaz);
  } catch (const std::invalid_argument& e) {
    fail(e.what());
  }
  std::vector<uint32_t> per_bucket(kBuckets, 0);
  for (uint32_t k : m.feature_keys)
    if (++per_bucket[k >> kBucketBits] > kMaxPerBucket) fail("features: a bucket overflows");
  put_u32(p, static_cast<uint32_t>(m.labels.size()));
  put_u32(p, static_cast<uint32_t>(m.feature_keys.size()));
  put_u32(p, static_cast<uint32_t>(m.pair_tags.size()));
  put_u32(p, gaz.phrases);
  put_u32(p, gaz.palette);
  put_u32(p, static_cast<uint32_t>(m.gazetteer.names.size()));
  put_u32(p, gaz.aliases);
  std::vector<const std::string*> strings;
  for (const auto& l : m.labels) strings.push_back(&l);
  for (const auto& n : m.gazetteer.names) strings.push_back(&n);
  strings.push_back(&m.info);
  size_t string_bytes = 0;
  for (const auto* s : strings) string_bytes += s->size();
  put_u32(p, static_cast<uint32_t>(string_bytes));
  for (int32_t t : m.transitions) put_u32(p, static_cast<uint32_t>(t));
  for (uint32_t c : per_bucket) p.push_back(static_cast<char>(c));
  for (size_t first = 0; first < m.feature_keys.size();) {  // a bucket: keys, counts, weights
    size_t last = first;
    while (last < m.feature_keys.size() && m.feature_keys[last] >> kBucketBits == m.feature_keys[first] >> kBucketBits)
      ++last;
    for (size_t i = first; i < last; ++i) put_u16(p, m.feature_keys[i] & 0xFFFFu);
    for (size_t i = first; i < last; ++i)
      p.push_back(static_cast<char>(m.feature_offsets[i + 1] - m.feature_offsets[i]));
    for (size_t k = m.feature_offsets[first]; k < m.feature_offsets[last]; ++k)
      put_u16(p, uint32_t(m.pair_tags[k]) << 11 | (static_cast<uint32_t>(m.pair_weights[k]) & 0x7FFu));
    first = last;
  }
  pad4(p);
  p += gaz_tables;
  uint32_t end = 0;
  for (const auto* s : strings) put_u32(p, end += static_cast<uint32_t>(s->size()));
  for (const auto* s : strings) p += *s;
  if (!m.word_reps.empty()) {
    pad4(p);
    put_u32(p, static_cast<uint32_t>(m.word_reps.size()));
    for (uint32_t e : m.word_reps) put_u32(p, e);
  }

  std::string out(kMagic, sizeof kMagic);
  put_u32(out, format_for(m.word_reps.size()));
  put_u32(out, m.feature_version);
  put_u32(out, static_cast<uint32_t>(p.size()));
  put_u32(out, crc32(reinterpret_cast<const uint8_t*>(p.data()), p.size()));
  return out + p;
}

ModelData parse_model(const uint8_t* data, size_t size) {
  Sections s = locate(data, size, Model::Check::Full, true);
  ModelData m;
  m.feature_version = load_u32(data + 12);
  for (size_t i = 0; i < s.n_labels; ++i) m.labels.push_back(string_at(s, i));
  size_t tags = static_cast<size_t>(s.n_tags());
  for (size_t i = 0; i < (tags + 1) * tags; ++i)
    m.transitions.push_back(static_cast<int32_t>(load_u32(s.transitions + 4 * i)));
  m.feature_offsets.push_back(0);
  const uint8_t* at = s.blob;
  for (size_t b = 0; b < kBuckets; ++b) {
    uint32_t n = s.buckets[b];
    const uint8_t* counts = at + 2 * n;
    const uint8_t* weights = at + 3 * n;
    for (uint32_t k = 0; k < n; ++k) {
      m.feature_keys.push_back(static_cast<uint32_t>(b << kBucketBits) | load_u16(at + 2 * k));
      for (size_t c = 0; c < counts[k]; ++c, weights += 2) {
        uint32_t w = load_u16(weights);
        m.pair_tags.push_back(static_cast<uint8_t>(w >> 11));
        m.pair_weights.push_back(static_cast<int16_t>(static_cast<int32_t>(w << 21) >> 21));
      }
      m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
    }
    at = weights;
  }
  const uint8_t* t = s.gazetteer;
  const uint8_t* palette = t + align4(static_cast<size_t>(kBuckets + s.gaz.phrases_bytes()));
  const uint8_t* alias_keys = palette + 4 * size_t(s.gaz.palette);
  const uint8_t* block = t + kBuckets;
  for (size_t b = 0; b < kBuckets; ++b) {
    uint32_t n = t[b];
    for (size_t k = 0; k < n; ++k) {
      m.gazetteer.keys.push_back(static_cast<uint32_t>(b << 16) | load_u16(block + 2 * k));
      m.gazetteer.values.push_back(load_u32(palette + 4 * size_t(load_u16(block + 2 * (n + k)))));
    }
    block += 4 * n;
  }
  for (size_t i = 0; i < s.gaz.aliases; ++i) {
    m.gazetteer.alias_keys.push_back(load_u32(alias_keys + 4 * i));
    m.gazetteer.alias_names.push_back(load_u32(alias_keys + 4 * (s.gaz.aliases + i)));
  }
  for (size_t i = 0; i < s.n_names; ++i) m.gazetteer.names.push_back(string_at(s, s.n_labels + i));
  m.info = string_at(s, s.n_labels + s.n_names);
  for (size_t i = 0; i < s.n_reps; ++i) m.word_reps.push_back(load_u32(s.reps + 4 * i));
  return m;
}

Model::Model(const uint8_t* data, size_t size, Check check) {
  load(data, size, check);
}

Model::Model(std::vector<uint8_t> bytes, Check check) : owned_(std::move(bytes)) {
  load(owned_.data(), owned_.size(), check);
}

Model::Model(std::vector<uint8_t> bytes, std::vector<uint32_t> feature_index) : owned_(std::move(bytes)) {
  load(owned_.data(), owned_.size(), Check::Unpacked, &feature_index);
}

void Model::load(const uint8_t* data, size_t size, Check check, std::vector<uint32_t>* feature_index) {
  Sections s = locate(data, size, check, false, feature_index);
  n_tags_ = s.n_tags();
  labels_ = strings_at(s, 0, s.n_labels);
  size_t tags = static_cast<size_t>(n_tags_);
  transitions_.resize((tags + 1) * tags);
  for (size_t i = 0; i < transitions_.size(); ++i)
    transitions_[i] = static_cast<int32_t>(load_u32(s.transitions + 4 * i));
  n_features_ = s.n_features;
  buckets_ = std::move(s.buckets_index);
  blob_ = s.blob;
  std::vector<std::string> names = strings_at(s, s.n_labels, s.n_names);
  uint32_t info_begin = s.n_labels + s.n_names ? load_u32(s.string_ends + 4 * (s.n_labels + s.n_names - 1)) : 0;
  info_ = std::string_view(reinterpret_cast<const char*>(s.strings) + info_begin, s.string_bytes - info_begin);
  gazetteer_ = std::make_unique<Gazetteer>(s.gazetteer, s.gaz, std::move(names));
  reps_ = WordReps(s.reps, s.n_reps);
  gazetteer_->set_word_reps(&reps_);
}

void Model::find_rows(const uint32_t* keys, size_t n, uint32_t* rows, std::vector<uint32_t>& scratch) const {
  // Three passes, each of independent loads, so that many are in flight at once: the buckets, the first line of
  // each bucket's keys, then the lookups themselves, which now find their memory in the cache.
  scratch.resize(n);
  uint32_t* offsets = scratch.data();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t bk = buckets_[keys[i] >> kBucketBits];
    offsets[i] = bk & 0xFF ? bk >> 8 : 0;  // an empty bucket may start at the end of the blob
  }
  uint32_t touched = 0;
  for (size_t i = 0; i < n; ++i) touched += blob_[offsets[i]];
  volatile uint32_t sink = touched;  // the loads above are the point: keep them
  (void)sink;
  for (size_t i = 0; i < n; ++i) rows[i] = find_row(keys[i]);
}

void Model::emissions(const uint32_t* hashes, const uint32_t* offsets, size_t n, int32_t* scores) const {
  std::fill(scores, scores + n * n_tags_, 0);
  for (size_t k = 0; k < n; ++k)
    for (uint32_t f = offsets[k]; f < offsets[k + 1]; ++f) add_weights(hashes[f], scores + k * n_tags_);
}

}  // namespace aa::ner
