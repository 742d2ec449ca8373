#include "ner/decoder.h"

#include <climits>

#include "ner/tags.h"

namespace aa::ner {

void viterbi(const int32_t* em, size_t n, int T, const int32_t* trans, int* tags, int32_t* margins,
             DecoderScratch& sc) {
  if (n == 0) return;
  constexpr int64_t kNeg = INT64_MIN / 4;
  sc.forward.assign(n * T, kNeg);
  sc.back.assign(n * T, 0);
  int64_t* f = sc.forward.data();
  for (int y = 0; y < T; ++y)
    if (can_follow(T, y, T)) f[y] = int64_t(trans[T * T + y]) + em[y];
  for (size_t i = 1; i < n; ++i) {
    const int64_t* prev = f + (i - 1) * T;
    int64_t* cur = f + i * T;
    int32_t* bp = sc.back.data() + i * T;
    const int32_t* e = em + i * T;
    for (int y = 0; y < T; ++y) {
      int64_t best = kNeg;
      int arg = 0;
      for (int p = 0; p < T; ++p) {
        if (prev[p] == kNeg || !can_follow(p, y, T)) continue;
        int64_t s = prev[p] + trans[p * T + y];
        if (s > best) best = s, arg = p;
      }
      if (best != kNeg) {
        cur[y] = best + e[y];
        bp[y] = arg;
      }
    }
  }
  const int64_t* last = f + (n - 1) * T;
  int64_t best = kNeg;
  int arg = 0;
  for (int y = 0; y < T; ++y)
    if (can_end(y) && last[y] > best) best = last[y], arg = y;
  tags[n - 1] = arg;
  for (size_t i = n - 1; i > 0; --i) tags[i - 1] = sc.back[i * T + tags[i]];
  if (!margins) return;

  // Backward pass: b[i][y] = best score of tokens i+1.. given tag y at i (emission at i excluded).
  sc.backward.assign(n * T, kNeg);
  int64_t* b = sc.backward.data();
  for (int y = 0; y < T; ++y)
    if (can_end(y)) b[(n - 1) * T + y] = 0;
  for (size_t i = n - 1; i > 0; --i) {
    const int64_t* nxt = b + i * T;
    const int32_t* e = em + i * T;
    int64_t* cur = b + (i - 1) * T;
    for (int y = 0; y < T; ++y) {
      int64_t s_best = kNeg;
      for (int z = 0; z < T; ++z) {
        if (nxt[z] == kNeg || !can_follow(y, z, T)) continue;
        int64_t s = int64_t(trans[y * T + z]) + e[z] + nxt[z];
        if (s > s_best) s_best = s;
      }
      cur[y] = s_best;
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
