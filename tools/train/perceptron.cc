#include "perceptron.h"

#include <cmath>

namespace aa::train {

Perceptron::Perceptron(int n_tags, size_t n_features)
    : T_(n_tags),
      F_(n_features),
      w_(n_features * n_tags, 0),
      u_(n_features * n_tags, 0),
      tw_((n_tags + 1) * n_tags, 0),
      tu_((n_tags + 1) * n_tags, 0) {}

void Perceptron::emissions(const Instance& x, const int32_t* w, std::vector<int32_t>& out) const {
  size_t n = x.size();
  out.assign(n * T_, 0);
  for (size_t k = 0; k < n; ++k) {
    int32_t* e = &out[k * T_];
    for (uint32_t f = x.offsets[k]; f < x.offsets[k + 1]; ++f) {
      const int32_t* row = w + size_t(x.features[f]) * T_;
      for (int t = 0; t < T_; ++t) e[t] += row[t];
    }
  }
}

size_t Perceptron::learn(const Instance& x) {
  size_t n = x.size();
  if (n == 0) return 0;
  emissions(x, w_.data(), em_);
  pred_.resize(n);
  ner::viterbi(em_.data(), n, T_, tw_.data(), pred_.data(), nullptr, scratch_);
  size_t wrong = 0;
  for (size_t k = 0; k < n; ++k) wrong += pred_[k] != x.gold[k];
  if (wrong) {
    auto bump = [&](int32_t* w, int64_t* u, size_t at, int d) {
      w[at] += d;
      u[at] += c_ * d;
    };
    for (size_t k = 0; k < n; ++k) {
      int g = x.gold[k], p = pred_[k];
      int gp = k == 0 ? T_ : x.gold[k - 1], pp = k == 0 ? T_ : pred_[k - 1];
      if (g != p || gp != pp) {
        bump(tw_.data(), tu_.data(), size_t(gp) * T_ + g, +1);
        bump(tw_.data(), tu_.data(), size_t(pp) * T_ + p, -1);
      }
      if (g == p) continue;
      for (uint32_t f = x.offsets[k]; f < x.offsets[k + 1]; ++f) {
        size_t row = size_t(x.features[f]) * T_;
        bump(w_.data(), u_.data(), row + g, +1);
        bump(w_.data(), u_.data(), row + p, -1);
      }
    }
  }
  ++c_;
  return wrong;
}

void Perceptron::decode(const Instance& x, std::vector<int>& tags) {
  size_t n = x.size();
  tags.resize(n);
  if (n == 0) return;
  emissions(x, avg_w.data(), em_);
  ner::viterbi(em_.data(), n, T_, avg_t.data(), tags.data(), nullptr, scratch_);
}

void Perceptron::add_average(double scale, std::vector<double>& weights, std::vector<double>& transitions) const {
  auto avg = [&](int32_t w, int64_t u) {
    return (static_cast<double>(w) - static_cast<double>(u) / static_cast<double>(c_)) * scale;
  };
  weights.resize(w_.size(), 0.0);
  for (size_t i = 0; i < w_.size(); ++i) weights[i] += avg(w_[i], u_[i]);
  transitions.resize(tw_.size(), 0.0);
  for (size_t i = 0; i < tw_.size(); ++i) transitions[i] += avg(tw_[i], tu_[i]);
}

void Perceptron::average(double scale, std::vector<int32_t>& weights, std::vector<int32_t>& transitions) const {
  auto avg = [&](int32_t w, int64_t u) {
    double a = (static_cast<double>(w) - static_cast<double>(u) / static_cast<double>(c_)) * scale;
    double r = std::nearbyint(a);
    if (r > 32767) r = 32767;
    if (r < -32767) r = -32767;
    return static_cast<int32_t>(r);
  };
  weights.resize(w_.size());
  for (size_t i = 0; i < w_.size(); ++i) weights[i] = avg(w_[i], u_[i]);
  transitions.resize(tw_.size());
  for (size_t i = 0; i < tw_.size(); ++i) transitions[i] = avg(tw_[i], tu_[i]);
}

}  // namespace aa::train
