#include "crf.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ner/tags.h"

namespace aa::train {
namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

double log_sum_exp(const double* v, const int* idx, int n, const double* add, int stride_add) {
  double m = kNegInf;
  for (int k = 0; k < n; ++k) m = std::max(m, v[idx[k]] + add[idx[k] * stride_add]);
  if (m == kNegInf) return kNegInf;
  double s = 0;
  for (int k = 0; k < n; ++k) s += std::exp(v[idx[k]] + add[idx[k] * stride_add] - m);
  return m + std::log(s);
}

}  // namespace

Crf::Crf(int n_tags, size_t n_features, double lambda, double eta0)
    : T_(n_tags),
      F_(n_features),
      lambda_(lambda),
      eta0_(eta0),
      w_(n_features * n_tags, 0.0f),
      tw_((n_tags + 1) * n_tags, 0.0) {
  pred_begin_.push_back(0);
  succ_begin_.push_back(0);
  for (int y = 0; y < T_; ++y) {
    for (int p = 0; p < T_; ++p)
      if (ner::can_follow(p, y, T_)) preds_.push_back(p);
    pred_begin_.push_back(static_cast<int>(preds_.size()));
    for (int z = 0; z < T_; ++z)
      if (ner::can_follow(y, z, T_)) succs_.push_back(z);
    succ_begin_.push_back(static_cast<int>(succs_.size()));
  }
}

void Crf::emissions(const Instance& x, std::vector<double>& out) const {
  size_t n = x.size();
  out.assign(n * T_, 0.0);
  for (size_t k = 0; k < n; ++k) {
    double* e = &out[k * T_];
    for (uint32_t f = x.offsets[k]; f < x.offsets[k + 1]; ++f) {
      const float* row = &w_[size_t(x.features[f]) * T_];
      for (int t = 0; t < T_; ++t) e[t] += row[t];
    }
    for (int t = 0; t < T_; ++t) e[t] *= scale_;
  }
}

void Crf::rescale() {
  for (float& w : w_) w = static_cast<float>(w * scale_);
  scale_ = 1.0;
}

double Crf::learn(const Instance& x) {
  size_t n = x.size();
  if (n == 0) return 0;
  double eta = eta0_ / (1.0 + lambda_ * eta0_ * static_cast<double>(t_));
  ++t_;
  emissions(x, em_);
  const int T = T_;
  alpha_.assign(n * T, kNegInf);
  beta_.assign(n * T, kNegInf);
  const double* start = &tw_[size_t(T) * T];
  for (int y = 0; y < T; ++y)
    if (ner::can_follow(T, y, T)) alpha_[y] = start[y] + em_[y];
  // Transition columns as a strided array: trans(p, y) = tw_[p * T + y].
  for (size_t i = 1; i < n; ++i)
    for (int y = 0; y < T; ++y) {
      double s =
          log_sum_exp(&alpha_[(i - 1) * T], &preds_[pred_begin_[y]], pred_begin_[y + 1] - pred_begin_[y], &tw_[y], T);
      alpha_[i * T + y] = s == kNegInf ? kNegInf : s + em_[i * T + y];
    }
  for (int y = 0; y < T; ++y) beta_[(n - 1) * T + y] = ner::can_end(y) ? 0.0 : kNegInf;
  for (size_t i = n - 1; i > 0; --i)
    for (int y = 0; y < T; ++y) {
      double m = kNegInf;
      for (int k = succ_begin_[y]; k < succ_begin_[y + 1]; ++k) {
        int z = succs_[k];
        m = std::max(m, tw_[y * T + z] + em_[i * T + z] + beta_[i * T + z]);
      }
      if (m == kNegInf) continue;
      double s = 0;
      for (int k = succ_begin_[y]; k < succ_begin_[y + 1]; ++k) {
        int z = succs_[k];
        s += std::exp(tw_[y * T + z] + em_[i * T + z] + beta_[i * T + z] - m);
      }
      beta_[(i - 1) * T + y] = m + std::log(s);
    }
  double m = kNegInf;
  for (int y = 0; y < T; ++y) m = std::max(m, alpha_[(n - 1) * T + y] + beta_[(n - 1) * T + y]);
  double zs = 0;
  for (int y = 0; y < T; ++y) zs += std::exp(alpha_[(n - 1) * T + y] + beta_[(n - 1) * T + y] - m);
  double log_z = m + std::log(zs);

  // Log-likelihood of the gold path.
  double gold = start[x.gold[0]] + em_[x.gold[0]];
  for (size_t i = 1; i < n; ++i) gold += tw_[x.gold[i - 1] * T + x.gold[i]] + em_[i * T + x.gold[i]];

  // Marginals, then the step: w -= eta * (expected - observed); L2 by shrinking the scale.
  mu_.assign(n * T, 0.0);
  for (size_t i = 0; i < n; ++i)
    for (int y = 0; y < T; ++y)
      if (alpha_[i * T + y] != kNegInf && beta_[i * T + y] != kNegInf)
        mu_[i * T + y] = std::exp(alpha_[i * T + y] + beta_[i * T + y] - log_z);
  scale_ *= 1.0 - eta * lambda_;
  if (scale_ < 1e-6) rescale();
  double step = eta / scale_;
  for (size_t i = 0; i < n; ++i) {
    double g[64];
    for (int y = 0; y < T; ++y) g[y] = mu_[i * T + y];
    g[x.gold[i]] -= 1.0;
    for (uint32_t f = x.offsets[i]; f < x.offsets[i + 1]; ++f) {
      float* row = &w_[size_t(x.features[f]) * T];
      for (int y = 0; y < T; ++y) row[y] -= static_cast<float>(step * g[y]);
    }
  }
  // Transitions: expected pair counts minus observed.
  for (int y = 0; y < T; ++y) tw_[size_t(T) * T + y] -= eta * mu_[y];
  tw_[size_t(T) * T + x.gold[0]] += eta;
  for (size_t i = 1; i < n; ++i) {
    for (int y = 0; y < T; ++y) {
      if (alpha_[i * T + y] == kNegInf) continue;
      double base = em_[i * T + y] + beta_[i * T + y] - log_z;
      for (int k = pred_begin_[y]; k < pred_begin_[y + 1]; ++k) {
        int p = preds_[k];
        if (alpha_[(i - 1) * T + p] == kNegInf) continue;
        double xi = std::exp(alpha_[(i - 1) * T + p] + tw_[p * T + y] + base);
        tw_[p * T + y] -= eta * xi;
      }
    }
    tw_[x.gold[i - 1] * T + x.gold[i]] += eta;
  }
  return gold - log_z;
}

void Crf::decode(const Instance& x, std::vector<int>& tags) {
  size_t n = x.size();
  tags.resize(n);
  if (n == 0) return;
  emissions(x, em_);
  iem_.resize(n * T_);
  for (size_t i = 0; i < iem_.size(); ++i) iem_[i] = static_cast<int32_t>(std::lround(em_[i] * 1000));
  itw_.resize(tw_.size());
  for (size_t i = 0; i < tw_.size(); ++i) itw_[i] = static_cast<int32_t>(std::lround(tw_[i] * 1000));
  ner::viterbi(iem_.data(), n, T_, itw_.data(), tags.data(), nullptr, scratch_);
}

void Crf::add_weights(double scale, std::vector<double>& weights, std::vector<double>& transitions) const {
  weights.resize(w_.size(), 0.0);
  for (size_t i = 0; i < w_.size(); ++i) weights[i] += static_cast<double>(w_[i]) * scale_ * scale;
  transitions.resize(tw_.size(), 0.0);
  for (size_t i = 0; i < tw_.size(); ++i) transitions[i] += tw_[i] * scale;
}

}  // namespace aa::train
