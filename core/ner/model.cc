#include "ner/model.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "ner/features.h"

namespace aa::ner {
namespace {

constexpr char kMagic[8] = {'A', 'A', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kHeaderBytes = 8 + 4 * 4;
constexpr size_t kMaxLabels = 63;  // tags must fit in a byte

constexpr std::array<uint32_t, 256> make_crc_table() {
  std::array<uint32_t, 256> t{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    t[i] = c;
  }
  return t;
}
constexpr std::array<uint32_t, 256> kCrcTable = make_crc_table();

// ---- writing -------------------------------------------------------------------------------------------------

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}
void put_zigzag(std::string& out, int64_t v) {
  put_varint(out, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
}
void put_string(std::string& out, const std::string& s) {
  put_varint(out, s.size());
  out += s;
}
void put_keys(std::string& out, const std::vector<uint32_t>& keys, const char* what) {
  put_varint(out, keys.size());
  uint32_t prev = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i] <= prev) throw ModelError(std::string("entity model: ") + what + " keys not sorted");
    put_varint(out, i == 0 ? keys[i] : keys[i] - prev);
    prev = keys[i];
  }
}

// ---- reading -------------------------------------------------------------------------------------------------

class Reader {
 public:
  Reader(const uint8_t* p, size_t n) : p_(p), end_(p + n) {}
  uint64_t varint(const char* what) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ >= end_) fail(what, "truncated");
      uint8_t b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    fail(what, "varint too long");
  }
  uint32_t u32v(const char* what) {
    uint64_t v = varint(what);
    if (v > 0xFFFFFFFFu) fail(what, "value out of range");
    return static_cast<uint32_t>(v);
  }
  int64_t zigzag(const char* what) {
    uint64_t v = varint(what);
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  uint8_t byte(const char* what) {
    if (p_ >= end_) fail(what, "truncated");
    return *p_++;
  }
  std::string string(const char* what) {
    size_t n = count(what, 1);
    std::string s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  /// A count of items that take at least `min_bytes` each: never more than the bytes left.
  size_t count(const char* what, size_t min_bytes) {
    uint64_t n = varint(what);
    if (n > static_cast<uint64_t>(end_ - p_) / (min_bytes ? min_bytes : 1)) fail(what, "count exceeds the data");
    return static_cast<size_t>(n);
  }
  std::vector<uint32_t> keys(const char* what) {
    size_t n = count(what, 1);
    std::vector<uint32_t> keys(n);
    uint64_t prev = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t d = varint(what);
      if (i > 0 && d == 0) fail(what, "keys not strictly increasing");
      uint64_t k = i == 0 ? d : prev + d;
      if (k > 0xFFFFFFFFu) fail(what, "key out of range");
      keys[i] = static_cast<uint32_t>(k);
      prev = k;
    }
    return keys;
  }
  bool done() const { return p_ == end_; }
  [[noreturn]] static void fail(const char* what, const char* why) {
    throw ModelError(std::string("entity model: ") + what + ": " + why);
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
};

uint32_t get_u32(const uint8_t* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}

void check(const ModelData& m) {
  auto bad = [](const char* why) { throw ModelError(std::string("entity model: ") + why); };
  if (m.labels.empty() || m.labels.size() > kMaxLabels) bad("label count out of range");
  size_t tags = static_cast<size_t>(m.n_tags());
  if (m.transitions.size() != (tags + 1) * tags) bad("transition table has the wrong size");
  if (m.feature_offsets.size() != m.feature_keys.size() + 1) bad("feature offsets do not match the keys");
  if (m.feature_offsets.front() != 0 || m.feature_offsets.back() != m.pair_tags.size())
    bad("feature offsets out of range");
  for (size_t i = 1; i < m.feature_offsets.size(); ++i)
    if (m.feature_offsets[i] < m.feature_offsets[i - 1]) bad("feature offsets decrease");
  if (m.pair_tags.size() != m.pair_weights.size()) bad("weight arrays differ in size");
  for (uint8_t t : m.pair_tags)
    if (t >= tags) bad("weight for a tag out of range");
  const GazetteerData& g = m.gazetteer;
  if (g.keys.size() != g.values.size()) bad("gazetteer values do not match the keys");
  if (g.alias_keys.size() != g.alias_names.size()) bad("alias names do not match the keys");
  for (uint32_t n : g.alias_names)
    if (n >= g.names.size()) bad("alias refers to a missing name");
}

}  // namespace

uint32_t crc32(const uint8_t* data, size_t size) {
  uint32_t c = 0xFFFFFFFFu;
  for (size_t i = 0; i < size; ++i) c = kCrcTable[(c ^ data[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string serialize(const ModelData& m) {
  check(m);
  std::string p;
  put_varint(p, m.labels.size());
  for (const auto& l : m.labels) put_string(p, l);
  for (int32_t t : m.transitions) put_zigzag(p, t);
  put_keys(p, m.feature_keys, "feature");
  for (size_t i = 0; i < m.feature_keys.size(); ++i) {
    put_varint(p, m.feature_offsets[i + 1] - m.feature_offsets[i]);
    for (uint32_t k = m.feature_offsets[i]; k < m.feature_offsets[i + 1]; ++k) {
      p.push_back(static_cast<char>(m.pair_tags[k]));
      put_zigzag(p, m.pair_weights[k]);
    }
  }
  const GazetteerData& g = m.gazetteer;
  put_keys(p, g.keys, "gazetteer");
  // Values with the prefix flag moved to bit 0, so that common values take one byte.
  for (uint32_t v : g.values) put_varint(p, (uint64_t(v & ~kGazPrefix) << 1) | (v & kGazPrefix ? 1 : 0));
  put_varint(p, g.names.size());
  for (const auto& n : g.names) put_string(p, n);
  put_keys(p, g.alias_keys, "alias");
  for (uint32_t v : g.alias_names) put_varint(p, v);
  put_string(p, m.info);

  std::string out(kMagic, sizeof kMagic);
  put_u32(out, kFormatVersion);
  put_u32(out, m.feature_version);
  put_u32(out, static_cast<uint32_t>(p.size()));
  put_u32(out, crc32(reinterpret_cast<const uint8_t*>(p.data()), p.size()));
  return out + p;
}

ModelData parse_model(const uint8_t* data, size_t size) {
  if (data == nullptr || size < kHeaderBytes)
    throw ModelError("entity model: too short to be a model (" + std::to_string(size) + " bytes)");
  if (std::memcmp(data, kMagic, sizeof kMagic) != 0) throw ModelError("entity model: bad magic (not an entity model)");
  uint32_t format = get_u32(data + 8);
  if (format != kFormatVersion)
    throw ModelError("entity model: format version " + std::to_string(format) + ", this build reads version " +
                     std::to_string(kFormatVersion));
  ModelData m;
  m.feature_version = get_u32(data + 12);
  if (m.feature_version != kFeatureVersion)
    throw ModelError("entity model: trained with feature version " + std::to_string(m.feature_version) +
                     ", this build computes version " + std::to_string(kFeatureVersion) + " (retrain: make train)");
  uint32_t length = get_u32(data + 16), crc = get_u32(data + 20);
  if (length != size - kHeaderBytes)
    throw ModelError("entity model: payload is " + std::to_string(size - kHeaderBytes) + " bytes, header says " +
                     std::to_string(length) + " (truncated or damaged)");
  const uint8_t* p = data + kHeaderBytes;
  if (crc32(p, length) != crc) throw ModelError("entity model: CRC mismatch (damaged)");

  Reader r(p, length);
  size_t n_labels = r.count("labels", 1);
  if (n_labels == 0 || n_labels > kMaxLabels) Reader::fail("labels", "count out of range");
  for (size_t i = 0; i < n_labels; ++i) m.labels.push_back(r.string("labels"));
  size_t tags = static_cast<size_t>(m.n_tags());
  m.transitions.resize((tags + 1) * tags);
  for (auto& t : m.transitions) {
    int64_t v = r.zigzag("transitions");
    if (v < INT32_MIN || v > INT32_MAX) Reader::fail("transitions", "weight out of range");
    t = static_cast<int32_t>(v);
  }
  m.feature_keys = r.keys("features");
  m.feature_offsets.reserve(m.feature_keys.size() + 1);
  m.feature_offsets.push_back(0);
  for (size_t i = 0; i < m.feature_keys.size(); ++i) {
    uint32_t n = r.u32v("features");
    if (n > tags) Reader::fail("features", "more weights than tags");
    for (uint32_t k = 0; k < n; ++k) {
      uint8_t tag = r.byte("features");
      if (tag >= tags) Reader::fail("features", "tag out of range");
      int64_t w = r.zigzag("features");
      if (w < INT16_MIN || w > INT16_MAX) Reader::fail("features", "weight out of range");
      m.pair_tags.push_back(tag);
      m.pair_weights.push_back(static_cast<int16_t>(w));
    }
    m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
  }
  GazetteerData& g = m.gazetteer;
  g.keys = r.keys("gazetteer");
  g.values.resize(g.keys.size());
  for (auto& v : g.values) {
    uint64_t x = r.varint("gazetteer");
    if (x >> 32) Reader::fail("gazetteer", "value out of range");
    v = static_cast<uint32_t>(x >> 1) | (x & 1 ? kGazPrefix : 0);
  }
  size_t n_names = r.count("names", 1);
  for (size_t i = 0; i < n_names; ++i) g.names.push_back(r.string("names"));
  g.alias_keys = r.keys("aliases");
  g.alias_names.resize(g.alias_keys.size());
  for (auto& v : g.alias_names) {
    v = r.u32v("aliases");
    if (v >= g.names.size()) Reader::fail("aliases", "name index out of range");
  }
  m.info = r.string("info");
  if (!r.done()) Reader::fail("payload", "unexpected bytes after the end");
  check(m);
  return m;
}

Model::Model(ModelData data) : data_(std::move(data)), n_tags_(data_.n_tags()), gazetteer_(&data_.gazetteer) {
  check(data_);
  size_t n = data_.feature_keys.size(), cap = 16;
  while (cap < n + n / 2) cap <<= 1;
  mask_ = static_cast<uint32_t>(cap - 1);
  Slot empty{};
  for (auto& w : empty.w) w = kUnused;
  empty.w[0] = kEmpty;
  slots_.assign(cap, empty);
  for (size_t i = 0; i < n; ++i) {
    uint32_t s = data_.feature_keys[i] & mask_;
    while (slots_[s].w[0] != kEmpty) s = (s + 1) & mask_;
    Slot& slot = slots_[s];
    slot.key = data_.feature_keys[i];
    uint32_t b = data_.feature_offsets[i], e = data_.feature_offsets[i + 1];
    auto word = [&](uint32_t k) {
      return uint32_t(data_.pair_tags[k]) << 16 | static_cast<uint16_t>(data_.pair_weights[k]);
    };
    if (e - b <= static_cast<uint32_t>(kInline)) {
      for (int k = 0; k < kInline; ++k) slot.w[k] = b + k < e ? word(b + k) : kUnused;
    } else {
      slot.w[0] = kSpill | static_cast<uint32_t>(rows_.size());
      slot.w[1] = e - b;
      for (uint32_t k = b; k < e; ++k) rows_.push_back(word(k));
    }
  }
}

void Model::emissions(const uint32_t* hashes, const uint32_t* offsets, size_t n, int32_t* scores,
                      std::vector<const void*>& found) const {
  std::fill(scores, scores + n * n_tags_, 0);
  if (n == 0) return;
  uint32_t first = offsets[0], count = offsets[n] - first;
  const uint32_t* h = hashes + first;
  // Pass 1 starts loading every hash slot, pass 2 finds them, pass 3 adds their weights.
  for (uint32_t f = 0; f < count; ++f) __builtin_prefetch(&slots_[h[f] & mask_]);
  found.resize(count);
  for (uint32_t f = 0; f < count; ++f) found[f] = find_slot(h[f]);
  for (size_t k = 0; k < n; ++k) {
    int32_t* sc = scores + k * n_tags_;
    for (uint32_t f = offsets[k] - first; f < offsets[k + 1] - first; ++f)
      if (found[f]) add_slot(*static_cast<const Slot*>(found[f]), sc);
  }
}

}  // namespace aa::ner
