#include "ner/decoder.h"

#include <algorithm>
#include <climits>

#include "ner/tags.h"

namespace aa::ner {

namespace {

constexpr int32_t kNeg = INT32_MIN / 4;  // an impossible tag (first token: I, L; last token: B, I)

void prepare(int T, const int32_t* trans, DecoderScratch& sc) {
  size_t size = size_t(T + 1) * T;
  if (sc.n_tags == T && sc.trans.size() == size && std::equal(sc.trans.begin(), sc.trans.end(), trans)) return;
  sc.n_tags = T;
  sc.trans.assign(trans, trans + size);
  sc.closed.clear();
  sc.opening.clear();
  for (int y = 0; y < T; ++y) {
    if (can_end(y)) sc.closed.push_back(y);                   // O, L-k, U-k
    if (can_follow(kOutside, y, T)) sc.opening.push_back(y);  // O, B-k, U-k
  }
  size_t C = sc.closed.size(), S = sc.opening.size();
  sc.into.assign(S * C, 0);
  sc.out_of.assign(C * S, 0);
  for (size_t j = 0; j < S; ++j)
    for (size_t c = 0; c < C; ++c) {
      int32_t t = trans[sc.closed[c] * T + sc.opening[j]];
      sc.into[j * C + c] = t;
      sc.out_of[c * S + j] = t;
    }
  // Forward: closed c is every opening tag's best predecessor when it leads every other closed tag by
  // max over j of (max over c' of t(c', j) - t(c, j)).
  sc.dominant.assign(C, 0);
  for (size_t c = 0; c < C; ++c)
    for (size_t j = 0; j < S; ++j) {
      int32_t best = INT32_MIN;
      for (size_t c2 = 0; c2 < C; ++c2) best = std::max(best, sc.into[j * C + c2]);
      sc.dominant[c] = std::max(sc.dominant[c], best - sc.into[j * C + c]);
    }
  // Backward: opening j is every closed tag's best successor when it leads every other opening tag by
  // max over c of (max over j' of t(c, j') - t(c, j)).
  sc.dominant_next.assign(S, 0);
  for (size_t j = 0; j < S; ++j)
    for (size_t c = 0; c < C; ++c) {
      int32_t best = INT32_MIN;
      for (size_t j2 = 0; j2 < S; ++j2) best = std::max(best, sc.out_of[c * S + j2]);
      sc.dominant_next[j] = std::max(sc.dominant_next[j], best - sc.out_of[c * S + j]);
    }
  sc.prev_closed.resize(C);
  sc.next_opening.resize(S);
}

/// Index of the largest value (the first on ties), and whether it leads all others by at least lead[index].
size_t leader(const int32_t* v, size_t n, const int32_t* lead, bool& dominant) {
  size_t arg = 0;
  int32_t best = v[0], second = INT32_MIN;
  for (size_t k = 1; k < n; ++k) {
    if (v[k] > best) {
      second = best;
      best = v[k];
      arg = k;
    } else if (v[k] > second) {
      second = v[k];
    }
  }
  dominant = n == 1 || int64_t(best) - second >= lead[arg];
  return arg;
}

}  // namespace

void viterbi(const int32_t* em, size_t n, int T, const int32_t* trans, int* tags, int32_t* margins,
             DecoderScratch& sc) {
  if (n == 0) return;
  prepare(T, trans, sc);
  const int L = (T - 1) / 4;
  const size_t C = sc.closed.size(), S = sc.opening.size();
  const int* closed = sc.closed.data();
  const int* opening = sc.opening.data();
  sc.forward.resize(n * T);
  sc.shift.resize(n);
  int32_t* f = sc.forward.data();
  int32_t* pc = sc.prev_closed.data();

  // Each column is shifted by its O score (O is possible everywhere), which keeps the scores small.
  for (int y = 0; y < T; ++y) f[y] = can_follow(T, y, T) ? trans[T * T + y] + em[y] : kNeg;
  sc.shift[0] = f[kOutside];
  for (int y = 0; y < T; ++y) f[y] = f[y] == kNeg ? kNeg : f[y] - sc.shift[0];
  for (size_t i = 1; i < n; ++i) {
    const int32_t* prev = f + (i - 1) * T;
    int32_t* cur = f + i * T;
    const int32_t* e = em + i * T;
    for (size_t c = 0; c < C; ++c) pc[c] = prev[closed[c]];
    bool dominant = false;
    size_t lead = leader(pc, C, sc.dominant.data(), dominant);
    if (dominant) {
      const int32_t* t = &sc.out_of[lead * S];
      for (size_t j = 0; j < S; ++j) cur[opening[j]] = pc[lead] + t[j];
    } else {
      for (size_t j = 0; j < S; ++j) {
        const int32_t* t = &sc.into[j * C];
        int32_t best = INT32_MIN;
        for (size_t c = 0; c < C; ++c) best = std::max(best, pc[c] + t[c]);
        cur[opening[j]] = best;
      }
    }
    for (int k = 0; k < L; ++k) {
      int b = tag_of(k, kBegin), in = tag_of(k, kInside), l = tag_of(k, kLast);
      cur[in] = std::max(prev[b] + trans[b * T + in], prev[in] + trans[in * T + in]);
      cur[l] = std::max(prev[b] + trans[b * T + l], prev[in] + trans[in * T + l]);
    }
    int32_t shift = cur[kOutside] + e[kOutside];
    sc.shift[i] = shift;
    for (int y = 0; y < T; ++y) cur[y] += e[y] - shift;
  }
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
      for (size_t c = 0; c < C; ++c) {
        int p = closed[c];
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

void margins_from(const int32_t* em, size_t n, const int* tags, size_t from, int32_t* margins, DecoderScratch& sc) {
  if (from >= n) return;
  const int T = sc.n_tags;
  const int L = (T - 1) / 4;
  const int32_t* trans = sc.trans.data();
  const size_t C = sc.closed.size(), S = sc.opening.size();
  const int* closed = sc.closed.data();
  const int* opening = sc.opening.data();
  sc.backward.resize(n * T);
  int32_t* b = sc.backward.data();
  const int32_t* f = sc.forward.data();
  int32_t* q = sc.next_opening.data();
  // b[i][y] = best score of tokens i+1.. given tag y at i (emission at i excluded), each column shifted by its
  // O score. The last token: only O, L and U can end a sentence.
  for (int y = 0; y < T; ++y) b[(n - 1) * T + y] = can_end(y) ? 0 : kNeg;
  for (size_t i = n - 1; i > from; --i) {
    const int32_t* nxt = b + i * T;
    const int32_t* e = em + i * T;
    int32_t* cur = b + (i - 1) * T;
    for (size_t j = 0; j < S; ++j) q[j] = e[opening[j]] + nxt[opening[j]];  // opening tags can all end
    bool dominant = false;
    size_t lead = leader(q, S, sc.dominant_next.data(), dominant);
    if (dominant) {
      for (size_t c = 0; c < C; ++c) cur[closed[c]] = sc.out_of[c * S + lead] + q[lead];
    } else {
      for (size_t c = 0; c < C; ++c) {
        const int32_t* t = &sc.out_of[c * S];
        int32_t best = INT32_MIN;
        for (size_t j = 0; j < S; ++j) best = std::max(best, t[j] + q[j]);
        cur[closed[c]] = best;
      }
    }
    for (int k = 0; k < L; ++k) {
      int bg = tag_of(k, kBegin), in = tag_of(k, kInside), l = tag_of(k, kLast);
      int32_t qi = nxt[in] == kNeg ? kNeg : e[in] + nxt[in];
      int32_t ql = e[l] + nxt[l];
      cur[bg] = std::max(trans[bg * T + in] + qi, trans[bg * T + l] + ql);
      cur[in] = std::max(trans[in * T + in] + qi, trans[in * T + l] + ql);
    }
    int32_t shift = cur[kOutside];
    for (int y = 0; y < T; ++y) cur[y] -= shift;
  }
  for (size_t i = from; i < n; ++i) {
    const int32_t* fi = f + i * T;
    const int32_t* bi = b + i * T;
    int32_t on_path = fi[tags[i]] + bi[tags[i]];
    int64_t other = INT64_MIN;
    for (int y = 0; y < T; ++y) {
      if (y == tags[i] || fi[y] == kNeg || bi[y] == kNeg) continue;
      other = std::max<int64_t>(other, int64_t(fi[y]) + bi[y]);
    }
    int64_t m = other == INT64_MIN ? INT32_MAX : on_path - other;
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
