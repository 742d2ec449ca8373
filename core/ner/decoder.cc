#include "ner/decoder.h"

#include <algorithm>
#include <climits>
#include <vector>

#include "ner/tags.h"

namespace aa::ner {

namespace {

constexpr int kMaxLabelCount = 7;        // the passes below are made for 1 to 7 labels (model.h: kMaxLabels)
constexpr int32_t kNeg = INT32_MIN / 4;  // an impossible tag (first token: I, L; last token: B, I)

// BILOU with L labels: tag 0 is O; label k has B 1+4k, I 2+4k, L 3+4k, U 4+4k. The "closed" tags O, L-k, U-k are
// followed by "opening" tags O, B-k, U-k only; B-k and I-k by I-k and L-k only. Closed index c: 0 -> O,
// 1+2k -> L-k, 2+2k -> U-k; opening index j: 0 -> O, 1+2k -> B-k, 2+2k -> U-k.
constexpr int closed_tag(int c) {
  return c == 0 ? 0 : (c - 1) % 2 == 0 ? 3 + 4 * ((c - 1) / 2) : 4 + 4 * ((c - 1) / 2);
}
constexpr int opening_tag(int j) {
  return j == 0 ? 0 : (j - 1) % 2 == 0 ? 1 + 4 * ((j - 1) / 2) : 4 + 4 * ((j - 1) / 2);
}

void prepare(int T, const int32_t* trans, DecoderScratch& sc) {
  size_t size = size_t(T + 1) * T;
  if (sc.n_tags == T && sc.trans.size() == size && sc.prepared_from == trans && trans == sc.constant_trans) return;
  sc.prepared_from = trans;
  if (sc.n_tags == T && sc.trans.size() == size && std::equal(sc.trans.begin(), sc.trans.end(), trans)) return;
  sc.n_tags = T;
  sc.trans.assign(trans, trans + size);
  const int L = (T - 1) / 4, C = 1 + 2 * L;
  // out_of[c * C + j]: transition from closed c to opening j.
  sc.out_of.assign(size_t(C) * C, 0);
  for (int c = 0; c < C; ++c)
    for (int j = 0; j < C; ++j) sc.out_of[c * C + j] = trans[closed_tag(c) * T + opening_tag(j)];
  // Forward: closed c is every opening tag's best predecessor when it leads every other closed tag by
  // max over j of (max over c' of t(c', j) - t(c, j)).
  // (The maxima of each column and row once, not once per c or j: this runs for every document.)
  std::vector<int32_t> best_into(C, INT32_MIN), best_out_of(C, INT32_MIN);
  for (int c = 0; c < C; ++c)
    for (int j = 0; j < C; ++j) {
      best_into[j] = std::max(best_into[j], sc.out_of[c * C + j]);
      best_out_of[c] = std::max(best_out_of[c], sc.out_of[c * C + j]);
    }
  sc.dominant.assign(C, 0);
  for (int c = 0; c < C; ++c)
    for (int j = 0; j < C; ++j) sc.dominant[c] = std::max(sc.dominant[c], best_into[j] - sc.out_of[c * C + j]);
  // Backward: opening j is every closed tag's best successor when it leads every other opening tag by
  // max over c of (max over j' of t(c, j') - t(c, j)).
  sc.dominant_next.assign(C, 0);
  for (int j = 0; j < C; ++j)
    for (int c = 0; c < C; ++c)
      sc.dominant_next[j] = std::max(sc.dominant_next[j], best_out_of[c] - sc.out_of[c * C + j]);
  // Inside a span, per label: B->I, I->I, B->L, I->L.
  sc.inside.assign(4 * size_t(L), 0);
  for (int k = 0; k < L; ++k) {
    int b = tag_of(k, kBegin), in = tag_of(k, kInside), l = tag_of(k, kLast);
    sc.inside[4 * k] = trans[b * T + in];
    sc.inside[4 * k + 1] = trans[in * T + in];
    sc.inside[4 * k + 2] = trans[b * T + l];
    sc.inside[4 * k + 3] = trans[in * T + l];
  }
}

/// The largest of v[0..N) (the first on ties) and the second largest, in one pass without branches.
template <int N>
inline int leader(const int32_t* v, int32_t& best, int32_t& second) {
  int32_t m = v[0], s = INT32_MIN;
  int arg = 0;
  for (int k = 1; k < N; ++k) {
    const int32_t x = v[k];
    const bool ahead = x > m;  // a tie leaves the first in the lead and makes the second equal to it
    s = ahead ? m : std::max(s, x);
    arg = ahead ? k : arg;
    m = ahead ? x : m;
  }
  best = m;
  second = s;
  return arg;
}

/// Whether v[0] leads every other of v[1..N) by at least `margin` (>= 0): then leader() would return 0 with
/// best - second >= margin, so the caller takes v[0] as everyone's best without finding the second largest.
/// (One comparison per value, no branch: most columns are led by O.)
template <int N>
inline bool leads(const int32_t* v, int32_t margin) {
  const int32_t bar = v[0] - margin;  // scores and margins are far from the int32 limits (viterbi's contract)
  bool all = true;
  for (int k = 1; k < N; ++k) all &= v[k] <= bar;
  return all;
}

/// One column of the forward pass for L labels: cur from prev and the emissions e of the token; returns the shift.
template <int L>
int32_t forward_column(const int32_t* __restrict prev, int32_t* __restrict cur, const int32_t* __restrict e,
                       const DecoderScratch& sc) {
  constexpr int C = 1 + 2 * L;
  const int32_t* __restrict out_of = sc.out_of.data();
  const int32_t* __restrict inside = sc.inside.data();
  int32_t pc[C], to[C];
  for (int c = 0; c < C; ++c) pc[c] = prev[closed_tag(c)];
  int32_t best = pc[0], second;
  int lead = 0;
  // Most tokens: O leads by its margin (what leader() and the test below would find, cheaper).
  bool dominant = leads<C>(pc, sc.dominant[0]);
  if (!dominant) {
    lead = leader<C>(pc, best, second);
    dominant = int64_t(best) - second >= sc.dominant[lead];
  }
  if (dominant) {  // one closed tag is everyone's best predecessor
    const int32_t* t = out_of + lead * C;
    for (int j = 0; j < C; ++j) to[j] = best + t[j];
  } else {
    for (int j = 0; j < C; ++j) {
      int32_t m = INT32_MIN;
      for (int c = 0; c < C; ++c) m = std::max(m, pc[c] + out_of[c * C + j]);
      to[j] = m;
    }
  }
  // Shifted by the O score (O is possible everywhere), which keeps the scores small.
  const int32_t shift = to[0] + e[0];
  cur[0] = 0;
  for (int k = 0; k < L; ++k) {
    const int b = 1 + 4 * k;
    const int32_t pb = prev[b], pi = prev[b + 1];
    cur[b] = to[1 + 2 * k] + e[b] - shift;
    cur[b + 1] = std::max(pb + inside[4 * k], pi + inside[4 * k + 1]) + e[b + 1] - shift;
    cur[b + 2] = std::max(pb + inside[4 * k + 2], pi + inside[4 * k + 3]) + e[b + 2] - shift;
    cur[b + 3] = to[2 + 2 * k] + e[b + 3] - shift;
  }
  return shift;
}

/// The forward pass for L labels: columns 1..n-1 of sc.forward from column 0.
template <int L>
void forward(const int32_t* em, size_t n, DecoderScratch& sc) {
  constexpr int T = 1 + 4 * L;
  int32_t* f = sc.forward.data();
  for (size_t i = 1; i < n; ++i) sc.shift[i] = forward_column<L>(f + (i - 1) * T, f + i * T, em + i * T, sc);
}

/// One column of the backward pass for L labels: cur (token i - 1) from nxt (token i) and its emissions e.
template <int L>
void backward_column(const int32_t* __restrict nxt, int32_t* __restrict cur, const int32_t* __restrict e,
                     const DecoderScratch& sc) {
  constexpr int C = 1 + 2 * L;
  const int32_t* __restrict out_of = sc.out_of.data();
  const int32_t* __restrict inside = sc.inside.data();
  int32_t q[C], to[C];
  for (int j = 0; j < C; ++j) q[j] = e[opening_tag(j)] + nxt[opening_tag(j)];
  int32_t best = q[0], second;
  int lead = 0;
  bool dominant = leads<C>(q, sc.dominant_next[0]);  // as in forward_column
  if (!dominant) {
    lead = leader<C>(q, best, second);
    dominant = int64_t(best) - second >= sc.dominant_next[lead];
  }
  if (dominant) {  // one opening tag is everyone's best successor
    for (int c = 0; c < C; ++c) to[c] = out_of[c * C + lead] + best;
  } else {
    for (int c = 0; c < C; ++c) {
      int32_t m = INT32_MIN;
      for (int j = 0; j < C; ++j) m = std::max(m, out_of[c * C + j] + q[j]);
      to[c] = m;
    }
  }
  const int32_t shift = to[0];
  cur[0] = 0;
  for (int k = 0; k < L; ++k) {
    const int b = 1 + 4 * k;
    const int32_t qi = e[b + 1] + nxt[b + 1], ql = e[b + 2] + nxt[b + 2];
    cur[b] = std::max(inside[4 * k] + qi, inside[4 * k + 2] + ql) - shift;
    cur[b + 1] = std::max(inside[4 * k + 1] + qi, inside[4 * k + 3] + ql) - shift;
    cur[b + 2] = to[1 + 2 * k] - shift;
    cur[b + 3] = to[2 + 2 * k] - shift;
  }
}

/// The backward pass for L labels: columns n-2 down to `from` of sc.backward from column n-1.
template <int L>
void backward(const int32_t* em, size_t n, size_t from, DecoderScratch& sc) {
  constexpr int T = 1 + 4 * L;
  int32_t* bw = sc.backward.data();
  for (size_t i = n - 1; i > from; --i) backward_column<L>(bw + i * T, bw + (i - 1) * T, em + i * T, sc);
}

// The passes for each label count, called through these tables: a model uses one label count, and only its passes
// are then compiled. (A switch on the count let the compilers inline all seven forward and seven backward passes,
// each unrolled for its count, into the tagger's loop: 31 KB of WebAssembly, nearly all of it never run, that the
// first analysis compiled and V8 then optimised; bench/README.md, "Start-up and the first analysis, ninth session".)
using ForwardPass = void (*)(const int32_t*, size_t, DecoderScratch&);
using BackwardPass = void (*)(const int32_t*, size_t, size_t, DecoderScratch&);
constexpr ForwardPass kForward[kMaxLabelCount] = {forward<1>, forward<2>, forward<3>, forward<4>,
                                                  forward<5>, forward<6>, forward<7>};
constexpr BackwardPass kBackward[kMaxLabelCount] = {backward<1>, backward<2>, backward<3>, backward<4>,
                                                    backward<5>, backward<6>, backward<7>};

}  // namespace

void viterbi(const int32_t* em, size_t n, int T, const int32_t* trans, int* tags, int32_t* margins,
             DecoderScratch& sc) {
  if (n == 0) return;
  prepare(T, trans, sc);
  if (sc.forward.size() < n * T) sc.forward.resize(n * T);
  if (sc.shift.size() < n) sc.shift.resize(n);
  int32_t* f = sc.forward.data();
  for (int y = 0; y < T; ++y) f[y] = can_follow(T, y, T) ? trans[T * T + y] + em[y] : kNeg;
  sc.shift[0] = f[kOutside];
  for (int y = 0; y < T; ++y) f[y] = f[y] == kNeg ? kNeg : f[y] - sc.shift[0];
  if (const int L = (T - 1) / 4; L >= 1 && L <= kMaxLabelCount) kForward[L - 1](em, n, sc);
  const int32_t* last = f + (n - 1) * T;
  int32_t best = kNeg;
  int arg = 0;
  for (int y = 0; y < T; ++y)
    if (can_end(y) && last[y] > best) best = last[y], arg = y;
  tags[n - 1] = arg;
  // Backtrace: the first predecessor (lowest tag) that gives the best score, as a left-to-right argmax would.
  for (size_t i = n - 1; i > 0; --i) {
    int y = tags[i];
    const int32_t* prev = f + (i - 1) * T;
    int32_t target = f[i * T + y] + sc.shift[i] - em[i * T + y];
    int p_best = kOutside;
    if (y == kOutside || tag_pos(y) == kBegin || tag_pos(y) == kUnit) {
      for (int p = 0; p < T; ++p) {  // the closed tags, in tag order
        if (p != kOutside && tag_pos(p) != kLast && tag_pos(p) != kUnit) continue;
        if (prev[p] != kNeg && prev[p] + trans[p * T + y] == target) {
          p_best = p;
          break;
        }
      }
    } else {
      int b = tag_of(tag_label(y), kBegin), in = tag_of(tag_label(y), kInside);
      p_best = prev[b] != kNeg && prev[b] + trans[b * T + y] == target ? b : in;
    }
    tags[i - 1] = p_best;
  }
  if (margins) margins_from(em, n, tags, 0, margins, sc);
}

void margins_from(const int32_t* em, size_t n, const int* tags, size_t from, int32_t* margins, DecoderScratch& sc,
                  bool tagged_only) {
  if (from >= n) return;
  const int T = sc.n_tags;
  if (sc.backward.size() < n * T) sc.backward.resize(n * T);
  int32_t* b = sc.backward.data();
  const int32_t* f = sc.forward.data();
  // b[i][y] = best score of tokens i+1.. given tag y at i (emission at i excluded), each column shifted by its
  // O score. The last token: only O, L and U can end a sentence.
  for (int y = 0; y < T; ++y) b[(n - 1) * T + y] = can_end(y) ? 0 : kNeg;
  if (const int L = (T - 1) / 4; L >= 1 && L <= kMaxLabelCount) kBackward[L - 1](em, n, from, sc);
  for (size_t i = from; i < n; ++i) {
    if (tagged_only && tags[i] == kOutside) continue;
    const int32_t* fi = f + i * T;
    const int32_t* bi = b + i * T;
    const int t = tags[i];
    int64_t other = INT64_MIN;
    if (i == 0 || i + 1 == n) {  // impossible tags only here
      for (int y = 0; y < T; ++y)
        if (y != t && fi[y] != kNeg && bi[y] != kNeg) other = std::max<int64_t>(other, int64_t(fi[y]) + bi[y]);
    } else {
      int32_t o = INT32_MIN;
      for (int y = 0; y < t; ++y) o = std::max(o, fi[y] + bi[y]);
      for (int y = t + 1; y < T; ++y) o = std::max(o, fi[y] + bi[y]);
      other = o;
    }
    int64_t m = other == INT64_MIN ? INT32_MAX : int64_t(fi[t]) + bi[t] - other;
    margins[i] = static_cast<int32_t>(m < 0 ? 0 : m > INT32_MAX ? INT32_MAX : m);
  }
}

std::vector<TagSpan> spans_of(const int* tags, size_t n) {
  std::vector<TagSpan> out;
  bool open = false;
  TagSpan cur;
  for (size_t i = 0; i < n; ++i) {
    int t = tags[i];
    if (t <= kOutside) {
      if (open) out.push_back(cur), open = false;
      continue;
    }
    int label = tag_label(t);
    TagPos pos = tag_pos(t);
    bool continues = open && cur.label == label && (pos == kInside || pos == kLast);
    if (!continues) {
      if (open) out.push_back(cur);
      cur = TagSpan{uint32_t(i), uint32_t(i + 1), label};
      open = true;
    } else {
      cur.end = uint32_t(i + 1);
    }
    if (pos == kLast || pos == kUnit) out.push_back(cur), open = false;
  }
  if (open) out.push_back(cur);
  return out;
}

std::vector<int> tags_of(const std::vector<TagSpan>& spans, size_t n) {
  std::vector<int> tags(n, kOutside);
  for (const TagSpan& s : spans) {
    if (s.end == s.begin + 1) {
      tags[s.begin] = tag_of(s.label, kUnit);
      continue;
    }
    tags[s.begin] = tag_of(s.label, kBegin);
    for (uint32_t i = s.begin + 1; i + 1 < s.end; ++i) tags[i] = tag_of(s.label, kInside);
    tags[s.end - 1] = tag_of(s.label, kLast);
  }
  return tags;
}

}  // namespace aa::ner
