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
    uint32_t i = index_.find(key);
    if (i == HashIndex::kNone) return;
    for (uint32_t k = data_.feature_offsets[i], e = data_.feature_offsets[i + 1]; k < e; ++k)
      scores[data_.pair_tags[k]] += data_.pair_weights[k];
  }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  const ModelData& data() const { return data_; }

 private:
  ModelData data_;
  int n_tags_;
  HashIndex index_;
  Gazetteer gazetteer_;
};

}  // namespace aa::ner
