// The averaged structured perceptron (Collins 2002) over BILOU tag sequences, with integer weights so that
// training is exactly repeatable: the same data and settings give the same model, byte for byte.
#pragma once

#include <cstdint>
#include <vector>

#include "ner/decoder.h"

namespace aa::train {

/// One training sentence: features[offsets[k] .. offsets[k + 1]) are the dense feature ids of token k.
struct Instance {
  std::vector<uint32_t> features;
  std::vector<uint32_t> offsets;  // size n + 1
  std::vector<uint8_t> gold;      // tags, size n
  size_t size() const { return gold.size(); }
};

class Perceptron {
 public:
  Perceptron(int n_tags, size_t n_features);

  /// Decodes with the current weights and updates them if the best sequence is not the gold one.
  /// Returns the number of tokens tagged wrongly.
  size_t learn(const Instance& x);

  /// Decodes with the averaged weights (after average()).
  void decode(const Instance& x, std::vector<int>& tags);

  /// Computes the averaged weights (w - u / c), scaled by `scale` and rounded, into `weights` (features x tags)
  /// and `transitions` ((tags + 1) x tags). Deterministic.
  void average(double scale, std::vector<int32_t>& weights, std::vector<int32_t>& transitions) const;

  /// Adds the averaged weights, scaled, to sums (features x tags and (tags + 1) x tags): for ensembles.
  void add_average(double scale, std::vector<double>& weights, std::vector<double>& transitions) const;

  int n_tags() const { return T_; }
  size_t n_features() const { return F_; }

 private:
  void emissions(const Instance& x, const int32_t* w, std::vector<int32_t>& out) const;
  int T_;
  size_t F_;
  std::vector<int32_t> w_;   // F x T
  std::vector<int64_t> u_;   // F x T: sum of c * update
  std::vector<int32_t> tw_;  // (T + 1) x T
  std::vector<int64_t> tu_;
  int64_t c_ = 1;
  std::vector<int32_t> em_;
  std::vector<int> pred_;
  ner::DecoderScratch scratch_;

 public:
  std::vector<int32_t> avg_w, avg_t;  // the averaged weights decode() uses (set them with average())
};

}  // namespace aa::train
