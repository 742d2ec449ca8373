// A linear-chain CRF over BILOU tags trained by stochastic gradient descent on the log-likelihood with L2
// regularisation (Bottou's learning-rate schedule, lazily scaled weights). Deterministic: single-threaded, fixed
// order of operations. The trainer quantises its weights into the same model format as the perceptron's.
#pragma once

#include <cstdint>
#include <vector>

#include "ner/decoder.h"
#include "perceptron.h"  // Instance

namespace aa::train {

class Crf {
 public:
  /// lambda: L2 weight per instance (c2 * 2 / number of instances); eta0: the first learning rate.
  Crf(int n_tags, size_t n_features, double lambda, double eta0);

  /// One SGD step on sentence x; returns its log-likelihood under the weights before the step.
  double learn(const Instance& x);

  /// Best tag sequence with the current weights.
  void decode(const Instance& x, std::vector<int>& tags);

  /// Adds the weights times `scale` to sums (features x tags and (tags + 1) x tags).
  void add_weights(double scale, std::vector<double>& weights, std::vector<double>& transitions) const;

 private:
  void emissions(const Instance& x, std::vector<double>& out) const;
  void rescale();
  int T_;
  size_t F_;
  double lambda_, eta0_;
  uint64_t t_ = 0;
  std::vector<float> w_;  // F x T; the weight is w_ * scale_
  double scale_ = 1.0;
  std::vector<double> tw_;  // (T + 1) x T, not regularised
  std::vector<double> em_, alpha_, beta_, mu_;
  std::vector<int> preds_, pred_begin_, succs_, succ_begin_;
  ner::DecoderScratch scratch_;
  std::vector<int32_t> iem_, itw_;
};

}  // namespace aa::train
