// The entity model: what the trainer writes and the tagger reads. A self-checking binary format (magic, versions,
// length, CRC-32) whose tables are used where they lie: loading the model checks the tables' bounds and builds two
// small bucket indexes (a few hundred KB), it decodes nothing, so a model compiled into the library is ready in
// about a millisecond. Integer weights only, so scores are the same on every platform.
//
// Layout (all integers little-endian; sections in this order, each u16/u32 array 4-byte aligned in the file):
//   "AANERMDL"  u32 format version  u32 feature version  u32 payload length  u32 CRC-32 of the payload
//   payload:
//     counts        u32 labels, features, pairs, phrases, palette, names, aliases, string bytes
//     transitions   i32[(n_tags + 1) * n_tags]  ([from][to]; row n_tags: from the sentence start)
//     features      u8 per bucket[65536]: how many keys have those top 16 bits; then the buckets in order, each
//                   with its u16 low 16 bits per key (increasing), u8 weights per key, u16 per weight
//                   (tag << 11 | (weight & 0x7FF), weight in [-1024, 1023]): one lookup reads one or two cache
//                   lines
//     phrases       the gazetteer: u8 per bucket[65536], then per bucket the u16 low bits per key and a u16
//                   palette index per key; u32 palette (GazType bits | kGazPrefix)
//     aliases       u32 keys (increasing), u32 name index per key
//     strings       u32 end offset per string, then the bytes: the labels, the canonical names, the info text
//     word reps     (format 3 only) 4-byte aligned: u32 count, then the entries of the word representations
//                   (wordrep.h)
// The key of a feature or phrase is the 32-bit hash of features.h / gazetteer.h: bucket (top 16 bits) plus the
// stored low 16 bits give it back exactly.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ner/bytes.h"
#include "ner/gazetteer.h"
#include "ner/wordrep.h"

namespace aa::ner {

/// Thrown when model bytes cannot be read: the message says what is wrong ("bad magic", "CRC mismatch", ...).
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr uint32_t kFormatVersion = 3;
/// The format a model is written in: 3 with word representations, else 2 (the same file without their section),
/// so that a model without them keeps its bytes.
constexpr uint32_t format_for(size_t word_reps) {
  return word_reps ? kFormatVersion : 2;
}
constexpr size_t kMaxLabels = 7;                          // tags (1 + 4 * labels) must fit in 5 bits
constexpr int32_t kMaxWeight = 1023;                      // weights are stored in 11 bits
constexpr uint32_t kBucketBits = 16;                      // keys are bucketed by their top 16 bits
constexpr size_t kMaxPerBucket = 255;                     // bucket sizes are stored in a byte
constexpr uint64_t kMaxFeatureBytes = uint64_t(1) << 24;  // the features' keys and weights: offsets in 24 bits

/// Everything a model file holds, as plain arrays (what the trainer fills and serialize() writes).
struct ModelData {
  uint32_t feature_version = 0;      // must equal kFeatureVersion (features.h) to be used
  std::vector<std::string> labels;   // entity types of the tagger
  std::vector<int32_t> transitions;  // (n_tags + 1) x n_tags, row-major [from][to]; last row: start
  std::vector<uint32_t> feature_keys;
  std::vector<uint32_t> feature_offsets;  // size keys + 1: feature i owns pairs [offsets[i], offsets[i+1])
  std::vector<uint8_t> pair_tags;
  std::vector<int16_t> pair_weights;
  GazetteerData gazetteer;
  std::string info;
  std::vector<uint32_t> word_reps;  // entries (wordrep.h): sorted, distinct in their top bits

  int n_tags() const { return 1 + 4 * static_cast<int>(labels.size()); }
};

/// Writes a model. Requires: keys sorted and distinct, sizes consistent, at most kMaxLabels labels, weights in
/// [-kMaxWeight - 1, kMaxWeight], at most kMaxPerBucket keys per bucket, 3 bytes a key and 2 a weight under
/// kMaxFeatureBytes (checked; throws ModelError).
std::string serialize(const ModelData& model);

/// Reads a model back into plain arrays (for tools and tests), whatever its feature version (model.feature_version
/// says it: Model refuses another than kFeatureVersion). Throws ModelError on anything damaged.
ModelData parse_model(const uint8_t* data, size_t size);

/// CRC-32 (IEEE 802.3, as zlib computes it), eight bytes at a step.
uint32_t crc32(const uint8_t* data, size_t size);
/// The same a bit at a time: the reference crc32 is tested against (slow: not for loading).
uint32_t crc32_bytewise(const uint8_t* data, size_t size);

/// A loaded model, ready for scoring. Immutable; share it between threads.
class Model {
 public:
  /// How much of the bytes a load checks. Full: everything, the CRC-32 too. NoCrc: all but the CRC (the bounds and
  /// contents of every table: keys increasing, counts and tags in range, the gazetteer's tables). Unpacked: bytes
  /// unpack_model has just written, which checked the tables' contents as it wrote them (model_pack.cc): only the
  /// layout (header, sizes, bounds, strings) is checked again.
  enum class Check { Full, NoCrc, Unpacked };

  /// Reads a model from bytes that stay valid and unchanged for the model's lifetime (no copy), e.g. the bytes
  /// compiled into the library. Throws ModelError if the bytes are not a usable model.
  Model(const uint8_t* data, size_t size, Check check);
  /// Keeps the bytes, then as above (Check::NoCrc for bytes just made and checked, as unpack_model's).
  explicit Model(std::vector<uint8_t> bytes, Check check = Check::Full);
  /// Bytes unpack_model_indexed has just written (Check::Unpacked) with the index of their feature buckets it made
  /// as it wrote them (model_pack.h, UnpackedModel), which the load then takes instead of walking the tables.
  Model(std::vector<uint8_t> bytes, std::vector<uint32_t> feature_index);
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  int n_tags() const { return n_tags_; }
  int n_labels() const { return static_cast<int>(labels_.size()); }
  const std::vector<std::string>& labels() const { return labels_; }
  /// Transition weight from tag `from` (n_tags(): the sentence start) to tag `to`.
  int32_t transition(int from, int to) const { return transitions_[from * n_tags_ + to]; }
  /// (n_tags + 1) x n_tags transition weights, as viterbi() takes them.
  const int32_t* transitions() const { return transitions_.data(); }
  size_t n_features() const { return n_features_; }
  std::string_view info() const { return info_; }
  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const WordReps& word_reps() const { return reps_; }

  /// The weights of a feature as a row reference: 0 if the model does not have the feature (or it has no
  /// weights), else start << 5 | count. Add them with add_row.
  uint32_t find_row(uint32_t key) const {
    const uint32_t bk = buckets_[key >> kBucketBits], offset = bk >> 8, size = bk & 0xFF;
    const uint8_t* low = blob_ + offset;
    const uint8_t* counts = low + 2 * size;
    uint32_t lo = key & 0xFFFFu;
    uint32_t pair = offset + 3 * size;  // byte offset of the key's first weight
    for (uint32_t j = 0; j < size; ++j) {
      uint32_t have = load_u16(low + 2 * j);
      uint32_t count = counts[j];
      if (have == lo) return count ? pair << 5 | count : 0;
      if (have > lo) return 0;
      pair += 2 * count;
    }
    return 0;
  }
  /// rows[i] = find_row(keys[i]) for n keys, with the memory loads of the keys overlapped (one key's lookup does
  /// not wait for the last one's): what a document's first sight of its words costs is mostly these loads.
  /// `scratch` is working memory.
  void find_rows(const uint32_t* keys, size_t n, uint32_t* rows, std::vector<uint32_t>& scratch) const;
  /// Adds the weights of a row (find_row) to scores[0..n_tags).
  /// (Four weights a step, from one 8-byte load: a store to `scores` may alias the model's bytes for the compiler,
  /// which would otherwise reload between them; and one load instead of four. First sight of a word is mostly this
  /// loop.)
  void add_row(uint32_t row, int32_t* scores) const {
    const uint8_t* p = blob_ + (row >> 5);
    uint32_t n = row & 31;
    for (; n >= 4; n -= 4, p += 8) {
      const uint64_t w = load_u64(p);  // weights k..k+3, each tag << 11 | 11-bit weight
      scores[(w >> 11) & 31] += weight_of(static_cast<uint32_t>(w));
      scores[(w >> 27) & 31] += weight_of(static_cast<uint32_t>(w >> 16));
      scores[(w >> 43) & 31] += weight_of(static_cast<uint32_t>(w >> 32));
      scores[w >> 59] += weight_of(static_cast<uint32_t>(w >> 48));
    }
    for (; n > 0; --n, p += 2) {
      const uint32_t w = load_u16(p);
      scores[w >> 11] += weight_of(w);
    }
  }
  /// Adds the weights of feature `key` (if the model has it) to scores[0..n_tags).
  void add_weights(uint32_t key, int32_t* scores) const {
    if (uint32_t row = find_row(key)) add_row(row, scores);
  }

  /// The emission scores of n tokens: scores[k * n_tags + t] = the sum of the weights for tag t of the features
  /// hashes[offsets[k] .. offsets[k + 1]). The reference the fast path (scorer.h) must agree with.
  void emissions(const uint32_t* hashes, const uint32_t* offsets, size_t n, int32_t* scores) const;

 private:
  void load(const uint8_t* data, size_t size, Check check, std::vector<uint32_t>* feature_index = nullptr);
  /// The weight in the low 11 bits of w, sign-extended.
  static int32_t weight_of(uint32_t w) { return static_cast<int32_t>(w << 21) >> 21; }

  std::vector<uint8_t> owned_;  // the bytes, when copied
  int n_tags_ = 0;
  std::vector<std::string> labels_;
  std::vector<int32_t> transitions_;
  size_t n_features_ = 0;
  /// Per bucket (1 << kBucketBits): where its keys start in blob_ << 8 | how many keys it has. One 4-byte entry, so
  /// that a lookup reads one cache line of the index and the index is 256 KiB of memory to fill at load.
  std::vector<uint32_t> buckets_;
  const uint8_t* blob_ = nullptr;
  std::string_view info_;
  std::unique_ptr<Gazetteer> gazetteer_;
  WordReps reps_;
};

}  // namespace aa::ner
