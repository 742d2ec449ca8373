// The per-token work of the neural tagger of train.py at inference, with int8 weights and int8 activations
// (int32 sums, one float scale per matrix), to measure what it would cost in the product:
//   word vector lookup (int8 row), character CNN (16-d chars, 32 filters of width 3, max over the word),
//   a case embedding, one BiLSTM layer (input and recurrent matrices of both directions, float gates),
//   the output layer to 13 tags and the CRF's Viterbi.
// Weights are random (speed does not depend on their values).
//
//   native: c++ -O3 -march=native -o build/neural/bench tools/experiments/neural/bench_lstm.cc
//   WASM:   emcc -O3 -msimd128 -s ALLOW_MEMORY_GROWTH=1 -s ENVIRONMENT=node -s SINGLE_FILE=1 \
//             -o build/neural/bench.cjs tools/experiments/neural/bench_lstm.cc
//           node build/neural/bench.cjs [HIDDEN] [TOKENS]
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>
#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace {

constexpr int kWordDims = 100, kCharDims = 16, kFilters = 32, kCaseDims = 8, kTags = 13, kVocab = 60000;
constexpr int kChars = 100, kMaxWord = 20;

int pad16(int n) {
  return (n + 15) / 16 * 16;
}

// Sum of a[i] * b[i], n a multiple of 16.
int32_t dot(const int8_t* a, const int8_t* b, int n) {
#ifdef __wasm_simd128__
  v128_t acc = wasm_i32x4_splat(0);
  for (int i = 0; i < n; i += 16) {
    v128_t x = wasm_v128_load(a + i), y = wasm_v128_load(b + i);
    acc = wasm_i32x4_add(acc, wasm_i32x4_dot_i16x8(wasm_i16x8_extend_low_i8x16(x), wasm_i16x8_extend_low_i8x16(y)));
    acc = wasm_i32x4_add(acc, wasm_i32x4_dot_i16x8(wasm_i16x8_extend_high_i8x16(x), wasm_i16x8_extend_high_i8x16(y)));
  }
  return wasm_i32x4_extract_lane(acc, 0) + wasm_i32x4_extract_lane(acc, 1) + wasm_i32x4_extract_lane(acc, 2) +
         wasm_i32x4_extract_lane(acc, 3);
#else
  int32_t s = 0;
  for (int i = 0; i < n; ++i) s += int32_t(a[i]) * int32_t(b[i]);
  return s;
#endif
}

struct Matrix {
  int rows, cols;  // cols padded to 16
  std::vector<int8_t> w;
  float scale = 1.0f / 4096;
  Matrix(int r, int c) : rows(r), cols(pad16(c)), w(size_t(r) * pad16(c)) {
    for (auto& x : w) x = int8_t(std::rand() % 255 - 127);
  }
  void apply(const int8_t* x, float* y) const {  // y += scale * W x
    int r = 0;
#ifdef __wasm_simd128__
    // Four rows at a time: each 16 bytes of x are widened once for four rows.
    for (; r + 4 <= rows; r += 4) {
      const int8_t* w0 = &w[size_t(r) * cols];
      v128_t a0 = wasm_i32x4_splat(0), a1 = a0, a2 = a0, a3 = a0;
      for (int i = 0; i < cols; i += 16) {
        v128_t xv = wasm_v128_load(x + i);
        v128_t xl = wasm_i16x8_extend_low_i8x16(xv), xh = wasm_i16x8_extend_high_i8x16(xv);
        auto step = [&](v128_t acc, const int8_t* row) {
          v128_t wv = wasm_v128_load(row + i);
          acc = wasm_i32x4_add(acc, wasm_i32x4_dot_i16x8(wasm_i16x8_extend_low_i8x16(wv), xl));
          return wasm_i32x4_add(acc, wasm_i32x4_dot_i16x8(wasm_i16x8_extend_high_i8x16(wv), xh));
        };
        a0 = step(a0, w0);
        a1 = step(a1, w0 + cols);
        a2 = step(a2, w0 + 2 * cols);
        a3 = step(a3, w0 + 3 * cols);
      }
      v128_t accs[4] = {a0, a1, a2, a3};
      for (int k = 0; k < 4; ++k)
        y[r + k] += scale * float(wasm_i32x4_extract_lane(accs[k], 0) + wasm_i32x4_extract_lane(accs[k], 1) +
                                  wasm_i32x4_extract_lane(accs[k], 2) + wasm_i32x4_extract_lane(accs[k], 3));
    }
#else
    for (; r + 4 <= rows; r += 4) {  // the same blocking, left to the compiler's vectoriser
      const int8_t* w0 = &w[size_t(r) * cols];
      int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      for (int i = 0; i < cols; ++i) {
        int32_t xi = x[i];
        a0 += w0[i] * xi, a1 += w0[cols + i] * xi, a2 += w0[2 * cols + i] * xi, a3 += w0[3 * cols + i] * xi;
      }
      y[r] += scale * float(a0), y[r + 1] += scale * float(a1), y[r + 2] += scale * float(a2),
          y[r + 3] += scale * float(a3);
    }
#endif
    for (; r < rows; ++r) y[r] += scale * float(dot(&w[size_t(r) * cols], x, cols));
  }
};

int8_t q(float v) {
  float r = std::nearbyint(v * 64);
  return int8_t(r > 127 ? 127 : r < -127 ? -127 : r);
}

// Gate activations as int8 inference libraries compute them: a clamped rational approximation of tanh (error
// below 0.02), no exp.
float fast_tanh(float x) {
  if (x > 3) return 1;
  if (x < -3) return -1;
  float x2 = x * x;
  return x * (27 + x2) / (27 + 9 * x2);
}

float sigmoid(float x) {
  return 0.5f + 0.5f * fast_tanh(0.5f * x);
}

struct Net {
  int hidden, in;
  std::vector<int8_t> words, chars;
  Matrix conv, wx_f, wh_f, wx_b, wh_b, out;
  std::vector<float> bias;
  float trans[kTags][kTags];
  explicit Net(int h)
      : hidden(h),
        in(kWordDims + kFilters + kCaseDims),
        words(size_t(kVocab) * kWordDims),
        chars(kChars * kCharDims),
        conv(kFilters, 3 * kCharDims),
        wx_f(4 * h, in),
        wh_f(4 * h, h),
        wx_b(4 * h, in),
        wh_b(4 * h, h),
        out(kTags, 2 * h),
        bias(4 * h, 0.1f) {
    for (auto& x : words) x = int8_t(std::rand() % 255 - 127);
    for (auto& x : chars) x = int8_t(std::rand() % 255 - 127);
    for (auto& r : trans)
      for (auto& x : r) x = float(std::rand() % 100) / 100;
  }

  // One sentence: word ids, characters of each word; returns the tag path's last tag (to keep the work alive).
  int tag(const std::vector<int>& ids, const std::vector<std::vector<int>>& word_chars) {
    const size_t n = ids.size();
    const int ip = pad16(in), hp = pad16(hidden);
    std::vector<int8_t> x(n * ip, 0), hf(n * hp, 0), hb(n * hp, 0), hcat(pad16(2 * hidden), 0);
    std::vector<float> gates(4 * hidden), conv_out(kFilters), em(n * kTags);
    std::vector<int8_t> window(pad16(3 * kCharDims), 0);
    for (size_t t = 0; t < n; ++t) {
      int8_t* xt = &x[t * ip];
      const int8_t* wv = &words[size_t(ids[t]) * kWordDims];
      for (int d = 0; d < kWordDims; ++d) xt[d] = wv[d];
      float best[kFilters];
      for (auto& b : best) b = -1e9f;
      const auto& cs = word_chars[t];
      for (size_t c = 0; c < cs.size(); ++c) {
        for (int k = 0; k < 3; ++k) {
          long at = long(c) + k - 1;
          for (int d = 0; d < kCharDims; ++d)
            window[k * kCharDims + d] = at >= 0 && at < long(cs.size()) ? chars[cs[at] * kCharDims + d] : 0;
        }
        for (auto& v : conv_out) v = 0;
        conv.apply(window.data(), conv_out.data());
        for (int f = 0; f < kFilters; ++f) best[f] = std::max(best[f], conv_out[f]);
      }
      for (int f = 0; f < kFilters; ++f) xt[kWordDims + f] = q(std::max(0.0f, best[f]));
      for (int d = 0; d < kCaseDims; ++d) xt[kWordDims + kFilters + d] = int8_t(d);
    }
    auto run = [&](const Matrix& wx, const Matrix& wh, std::vector<int8_t>& hs, bool backward) {
      std::vector<float> c(hidden, 0);
      std::vector<int8_t> h(hp, 0);
      for (size_t k = 0; k < n; ++k) {
        size_t t = backward ? n - 1 - k : k;
        for (int g = 0; g < 4 * hidden; ++g) gates[g] = bias[g];
        wx.apply(&x[t * ip], gates.data());
        wh.apply(h.data(), gates.data());
        for (int j = 0; j < hidden; ++j) {
          float i = sigmoid(gates[j]), f = sigmoid(gates[hidden + j]), g = fast_tanh(gates[2 * hidden + j]),
                o = sigmoid(gates[3 * hidden + j]);
          c[j] = f * c[j] + i * g;
          h[j] = q(o * fast_tanh(c[j]));
        }
        for (int j = 0; j < hidden; ++j) hs[t * hp + j] = h[j];
      }
    };
    run(wx_f, wh_f, hf, false);
    run(wx_b, wh_b, hb, true);
    for (size_t t = 0; t < n; ++t) {
      for (int j = 0; j < hidden; ++j) hcat[j] = hf[t * hp + j], hcat[hidden + j] = hb[t * hp + j];
      for (int k = 0; k < kTags; ++k) em[t * kTags + k] = 0;
      out.apply(hcat.data(), &em[t * kTags]);
    }
    // Viterbi.
    std::vector<float> v(em.begin(), em.begin() + kTags), nv(kTags);
    std::vector<uint8_t> back(n * kTags);
    for (size_t t = 1; t < n; ++t) {
      for (int b = 0; b < kTags; ++b) {
        int arg = 0;
        float best = v[0] + trans[0][b];
        for (int a = 1; a < kTags; ++a)
          if (v[a] + trans[a][b] > best) best = v[a] + trans[a][b], arg = a;
        nv[b] = best + em[t * kTags + b];
        back[t * kTags + b] = uint8_t(arg);
      }
      v.swap(nv);
    }
    int cur = 0;
    for (int k = 1; k < kTags; ++k)
      if (v[k] > v[cur]) cur = k;
    for (size_t t = n - 1; t > 0; --t) cur = back[t * kTags + cur];
    return cur;
  }
};

}  // namespace

int main(int argc, char** argv) {
  int hidden = argc > 1 ? std::atoi(argv[1]) : 100;
  long tokens = argc > 2 ? std::atol(argv[2]) : 200000;
  std::srand(1);
  Net net(hidden);
  // Sentences of 25 tokens, words of 5 characters (English news: about 4.7 letters a token with punctuation).
  const int len = 25;
  std::vector<std::vector<int>> ids, cs;
  for (int s = 0; s < 64; ++s) {
    std::vector<int> w;
    for (int t = 0; t < len; ++t) w.push_back(std::rand() % kVocab);
    ids.push_back(w);
  }
  std::vector<std::vector<int>> word_chars(len, std::vector<int>(5));
  for (auto& w : word_chars)
    for (auto& c : w) c = std::rand() % kChars;
  long done = 0;
  int sink = 0;
  sink += net.tag(ids[0], word_chars);  // warm up
  auto t0 = std::chrono::steady_clock::now();
  while (done < tokens) {
    sink += net.tag(ids[(done / len) % ids.size()], word_chars);
    done += len;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  long macs = 2L * (4L * hidden * pad16(kWordDims + kFilters + kCaseDims) + 4L * hidden * pad16(hidden)) +
              kTags * pad16(2 * hidden) + 5L * kFilters * pad16(3 * kCharDims);
  std::printf("hidden %d: %ld tokens in %.3f s = %.0f tokens/s; %ld int8 MACs a token = %.2f GMAC/s (sink %d)\n",
              hidden, done, s, done / s, macs, macs * (done / s) / 1e9, sink);
  return 0;
}
