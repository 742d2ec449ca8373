#include "ner/decoder.h"

#include <climits>

#include "ner/tags.h"

namespace aa::ner {

namespace {

void build_graph(int T, DecoderScratch& sc) {
  if (sc.graph_tags == T) return;
  sc.graph_tags = T;
  sc.preds.clear();
  sc.pred_begin.assign(1, 0);
  sc.succs.clear();
  sc.succ_begin.assign(1, 0);
  for (int y = 0; y < T; ++y) {
    for (int p = 0; p < T; ++p)
      if (can_follow(p, y, T)) sc.preds.push_back(p);
    sc.pred_begin.push_back(static_cast<int>(sc.preds.size()));
    for (int z = 0; z < T; ++z)
      if (can_follow(y, z, T)) sc.succs.push_back(z);
    sc.succ_begin.push_back(static_cast<int>(sc.succs.size()));
  }
}

}  // namespace

void viterbi(const int32_t* em, size_t n, int T, const int32_t* trans, int* tags, int32_t* margins,
             DecoderScratch& sc) {
  if (n == 0) return;
  constexpr int64_t kNeg = INT64_MIN / 4;
  build_graph(T, sc);
  const int* preds = sc.preds.data();
  const int* pred_begin = sc.pred_begin.data();
  sc.forward.resize(n * T);
  int64_t* f = sc.forward.data();
  for (int y = 0; y < T; ++y) f[y] = can_follow(T, y, T) ? int64_t(trans[T * T + y]) + em[y] : kNeg;
  // Forward pass: plain maxima (no branches to mispredict); the best path is recovered afterwards.
  for (size_t i = 1; i < n; ++i) {
    const int64_t* prev = f + (i - 1) * T;
    int64_t* cur = f + i * T;
    const int32_t* e = em + i * T;
    for (int y = 0; y < T; ++y) {
      int64_t best = kNeg;
      for (int k = pred_begin[y]; k < pred_begin[y + 1]; ++k) {
        int p = preds[k];
        int64_t s = prev[p] + trans[p * T + y];
        best = s > best ? s : best;
      }
      cur[y] = best <= kNeg / 2 ? kNeg : best + e[y];
    }
  }
  const int64_t* last = f + (n - 1) * T;
  int64_t best = kNeg;
  int arg = 0;
  for (int y = 0; y < T; ++y)
    if (can_end(y) && last[y] > best) best = last[y], arg = y;
  tags[n - 1] = arg;
  // Backtrace: the first predecessor (lowest tag) that gives the best score, as a left-to-right argmax would.
  for (size_t i = n - 1; i > 0; --i) {
    int y = tags[i];
    const int64_t* prev = f + (i - 1) * T;
    int64_t target = f[i * T + y] - em[i * T + y];
    int p_best = preds[pred_begin[y]];
    for (int k = pred_begin[y]; k < pred_begin[y + 1]; ++k) {
      int p = preds[k];
      if (prev[p] != kNeg && prev[p] + trans[p * T + y] == target) {
        p_best = p;
        break;
      }
    }
    tags[i - 1] = p_best;
  }
  if (!margins) return;

  // Backward pass: b[i][y] = best score of tokens i+1.. given tag y at i (emission at i excluded).
  const int* succs = sc.succs.data();
  const int* succ_begin = sc.succ_begin.data();
  sc.backward.resize(n * T);
  int64_t* b = sc.backward.data();
  for (int y = 0; y < T; ++y) b[(n - 1) * T + y] = can_end(y) ? 0 : kNeg;
  for (size_t i = n - 1; i > 0; --i) {
    const int64_t* nxt = b + i * T;
    const int32_t* e = em + i * T;
    int64_t* cur = b + (i - 1) * T;
    for (int y = 0; y < T; ++y) {
      int64_t s_best = kNeg;
      for (int k = succ_begin[y]; k < succ_begin[y + 1]; ++k) {
        int z = succs[k];
        int64_t s = int64_t(trans[y * T + z]) + e[z] + nxt[z];
        s_best = s > s_best ? s : s_best;
      }
      cur[y] = s_best <= kNeg / 2 ? kNeg : s_best;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    int64_t other = kNeg;
    for (int y = 0; y < T; ++y) {
      if (y == tags[i] || f[i * T + y] == kNeg || b[i * T + y] == kNeg) continue;
      int64_t s = f[i * T + y] + b[i * T + y];
      if (s > other) other = s;
    }
    int64_t m = other == kNeg ? INT32_MAX : best - other;
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
