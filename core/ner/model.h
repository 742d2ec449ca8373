// The entity model: what the trainer writes and the tagger reads. A self-checking binary format (magic, versions,
// length, CRC-32), with integer weights only, so scores are the same on every platform.
//
// Layout (all integers little-endian; "varint" = LEB128, "zigzag" = signed LEB128 via zigzag):
//   "AANERMDL"  u32 format version  u32 feature version  u32 payload length  u32 CRC-32 of the payload
//   payload:
//     labels      varint n, n strings (varint length + bytes): the tagger's entity types, e.g. PERSON ORG LOC
//     transitions (n_tags + 1) * n_tags zigzag (row n_tags: from the sentence start); n_tags = 1 + 4 * n_labels
//     features    varint n; n keys (strictly increasing, delta-coded varints); per key: varint count, then count
//                 pairs (u8 tag, zigzag weight)
//     gazetteer   varint n; n keys (delta-coded); n values (varint: GazType bits << 1 | 1 if a prefix)
//     aliases     varint n names (strings); varint n; n keys (delta-coded); n name indices (varint)
//     info        one string: how the model was made (sources, date), for humans
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "ner/gazetteer.h"
#include "ner/hash_index.h"

namespace aa::ner {

/// Thrown when model bytes cannot be read: the message says what is wrong ("bad magic", "CRC mismatch", ...).
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

constexpr uint32_t kFormatVersion = 1;

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

  int n_tags() const { return 1 + 4 * static_cast<int>(labels.size()); }
};

/// Writes a model. Requires: keys sorted and distinct, sizes consistent (checked; throws ModelError).
std::string serialize(const ModelData& model);

/// Reads a model. Throws ModelError on anything damaged: wrong magic or version, truncated data, CRC mismatch,
/// inconsistent sizes, unsorted keys, tags out of range.
ModelData parse_model(const uint8_t* data, size_t size);

/// CRC-32 (IEEE 802.3, as zlib computes it).
uint32_t crc32(const uint8_t* data, size_t size);

/// A loaded model, ready for scoring. Immutable; share it between threads.
class Model {
 public:
  explicit Model(ModelData data);
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  int n_tags() const { return n_tags_; }
  int n_labels() const { return static_cast<int>(data_.labels.size()); }
  const std::vector<std::string>& labels() const { return data_.labels; }
  /// Transition weight from tag `from` (n_tags(): the sentence start) to tag `to`.
  int32_t transition(int from, int to) const { return data_.transitions[from * n_tags_ + to]; }
  /// Adds the weights of feature `key` (if the model has it) to scores[0..n_tags).
  void add_weights(uint32_t key, int32_t* scores) const {
    if (const Slot* slot = find_slot(key)) add_slot(*slot, scores);
  }

  /// The emission scores of n tokens: scores[k * n_tags + t] = the sum of the weights for tag t of the features
  /// hashes[offsets[k] .. offsets[k + 1]). The same sums as add_weights, computed in passes that let the memory
  /// loads of many features overlap. `found` is working memory.
  void emissions(const uint32_t* hashes, const uint32_t* offsets, size_t n, int32_t* scores,
                 std::vector<const void*>& found) const;
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const ModelData& data() const { return data_; }

 private:
  // The weights of a feature sit in its hash slot when it has at most kInline of them (most features), else in
  // rows_: one memory access per feature instead of two. A weight word is tag << 16 | (uint16) weight.
  static constexpr int kInline = 3;
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;   // w[0] of an empty slot
  static constexpr uint32_t kUnused = 0xFFFFFFFEu;  // an unused inline word
  static constexpr uint32_t kSpill = 0x80000000u;   // w[0] = kSpill | start of the row in rows_ (w[1] = count)
  struct alignas(16) Slot {
    uint32_t key;
    uint32_t w[kInline];
  };
  const Slot* find_slot(uint32_t key) const {
    uint32_t s = key & mask_;
    while (true) {
      const Slot& slot = slots_[s];
      if (slot.w[0] == kEmpty) return nullptr;
      if (slot.key == key) return &slot;
      s = (s + 1) & mask_;
    }
  }
  static void add_word(uint32_t w, int32_t* scores) { scores[w >> 16] += static_cast<int16_t>(w & 0xFFFF); }
  void add_slot(const Slot& slot, int32_t* scores) const {
    if (slot.w[0] & kSpill && slot.w[0] < kUnused) {
      const uint32_t* r = &rows_[slot.w[0] & ~kSpill];
      for (uint32_t k = 0; k < slot.w[1]; ++k) add_word(r[k], scores);
      return;
    }
    for (int k = 0; k < kInline && slot.w[k] != kUnused; ++k) add_word(slot.w[k], scores);
  }

  ModelData data_;
  int n_tags_;
  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  std::vector<uint32_t> rows_;
  Gazetteer gazetteer_;
};

}  // namespace aa::ner
