// BILOU tags and Viterbi decoding (core/ner/decoder.h, core/ner/tags.h).
#include <algorithm>
#include <catch2/catch.hpp>
#include <climits>
#include <functional>
#include <vector>

#include "ner/decoder.h"
#include "ner/hash.h"
#include "ner/tags.h"

using namespace aa::ner;

namespace {

constexpr int kPer = 0, kLoc = 1, kLabels = 2, kTags = 1 + 4 * kLabels;
int B(int l) {
  return tag_of(l, kBegin);
}
int I(int l) {
  return tag_of(l, kInside);
}
int L(int l) {
  return tag_of(l, kLast);
}
int U(int l) {
  return tag_of(l, kUnit);
}

}  // namespace

TEST_CASE("BILOU: tags to spans and back", "[ner][decoder]") {
  struct Case {
    std::vector<int> tags;
    std::vector<TagSpan> spans;
  };
  std::vector<Case> cases = {
      {{kOutside, B(kPer), L(kPer), kOutside}, {{1, 3, kPer}}},
      {{U(kLoc), U(kLoc)}, {{0, 1, kLoc}, {1, 2, kLoc}}},
      {{B(kPer), I(kPer), I(kPer), L(kPer), U(kLoc)}, {{0, 4, kPer}, {4, 5, kLoc}}},
      {{}, {}},
  };
  for (const auto& c : cases) {
    CHECK(spans_of(c.tags.data(), c.tags.size()) == c.spans);
    CHECK(tags_of(c.spans, c.tags.size()) == c.tags);
  }
}

TEST_CASE("BILOU: invalid sequences decode leniently", "[ner][decoder]") {
  // I without B starts a span; B followed by O ends one; a type change ends one.
  std::vector<int> t1 = {kOutside, I(kPer), L(kPer)};
  CHECK(spans_of(t1.data(), t1.size()) == std::vector<TagSpan>{{1, 3, kPer}});
  std::vector<int> t2 = {B(kPer), kOutside, U(kLoc)};
  CHECK(spans_of(t2.data(), t2.size()) == std::vector<TagSpan>{{0, 1, kPer}, {2, 3, kLoc}});
  std::vector<int> t3 = {B(kPer), I(kLoc), L(kLoc)};
  CHECK(spans_of(t3.data(), t3.size()) == std::vector<TagSpan>{{0, 1, kPer}, {1, 3, kLoc}});
}

TEST_CASE("BILOU: transition constraints", "[ner][decoder]") {
  CHECK(can_follow(kTags, B(kPer), kTags));  // sentence start
  CHECK_FALSE(can_follow(kTags, I(kPer), kTags));
  CHECK(can_follow(B(kPer), L(kPer), kTags));
  CHECK_FALSE(can_follow(B(kPer), L(kLoc), kTags));
  CHECK_FALSE(can_follow(B(kPer), kOutside, kTags));
  CHECK(can_follow(L(kPer), U(kLoc), kTags));
  CHECK(can_end(U(kPer)));
  CHECK_FALSE(can_end(B(kPer)));
}

TEST_CASE("Viterbi: the best valid sequence, with margins", "[ner][decoder]") {
  const std::vector<int32_t> no_transitions((kTags + 1) * kTags, 0);
  DecoderScratch scratch;
  // Three tokens: "Ned Price said". Local scores alone would say I-PER for token 1 (invalid after O).
  std::vector<int32_t> em(3 * kTags, 0);
  em[0 * kTags + B(kPer)] = 50;
  em[0 * kTags + kOutside] = 10;
  em[1 * kTags + I(kPer)] = 100;  // invalid at the end of a span
  em[1 * kTags + L(kPer)] = 60;
  em[2 * kTags + kOutside] = 30;
  em[2 * kTags + L(kPer)] = -200;  // so that B I L does not win
  std::vector<int> tags(3);
  std::vector<int32_t> margins(3);
  viterbi(em.data(), 3, kTags, no_transitions.data(), tags.data(), margins.data(), scratch);
  CHECK(tags == std::vector<int>{B(kPer), L(kPer), kOutside});
  // Best: 50 + 60 + 30 = 140. Another tag at token 0 or 1: at best O O O = 40; at token 2: B L U = 110.
  CHECK(margins[0] == 100);
  CHECK(margins[1] == 100);
  CHECK(margins[2] == 30);
  for (int32_t m : margins) CHECK(m >= 0);

  // Transitions count: a strong penalty on B-PER -> L-PER makes two unit spans win.
  std::vector<int32_t> trans = no_transitions;
  trans[B(kPer) * kTags + L(kPer)] = -1000;
  em[1 * kTags + U(kPer)] = 55;
  em[0 * kTags + U(kPer)] = 45;
  viterbi(em.data(), 3, kTags, trans.data(), tags.data(), nullptr, scratch);
  CHECK(tags == std::vector<int>{U(kPer), U(kPer), kOutside});
}

TEST_CASE("Viterbi: ties go to the lower tag; one token; margins of a tie are 0", "[ner][decoder]") {
  const std::vector<int32_t> trans((kTags + 1) * kTags, 0);
  DecoderScratch scratch;
  std::vector<int32_t> em(kTags, 0);
  int tag = -1;
  int32_t margin = -1;
  viterbi(em.data(), 1, kTags, trans.data(), &tag, &margin, scratch);
  CHECK(tag == kOutside);
  CHECK(margin == 0);
  em[U(kLoc)] = 7;
  viterbi(em.data(), 1, kTags, trans.data(), &tag, &margin, scratch);
  CHECK(tag == U(kLoc));
  CHECK(margin == 7);
}

namespace {

// A plain reference: every valid sequence scored (small n), the best by reverse-lexicographic order on ties (the
// lowest last tag, then the lowest tag before it, ...), margins from the best sequence with another tag.
struct Brute {
  std::vector<int> tags;
  std::vector<int64_t> margins;
};

Brute brute_force(const std::vector<int32_t>& em, size_t n, int T, const std::vector<int32_t>& trans) {
  std::vector<int> seq(n, 0);
  int64_t best = INT64_MIN;
  std::vector<int> best_seq;
  std::vector<int64_t> other(n * T, INT64_MIN);  // best score with tag y at i
  std::function<void(size_t, int64_t)> go = [&](size_t i, int64_t score) {
    if (i == n) {
      if (!can_end(seq[n - 1])) return;
      for (size_t k = 0; k < n; ++k) other[k * T + seq[k]] = std::max(other[k * T + seq[k]], score);
      bool better = score > best;
      if (!better && score == best)
        for (size_t k = n; k-- > 0;)
          if (seq[k] != best_seq[k]) {
            better = seq[k] < best_seq[k];
            break;
          }
      if (better) best = score, best_seq = seq;
      return;
    }
    int from = i == 0 ? T : seq[i - 1];
    for (int y = 0; y < T; ++y) {
      if (!can_follow(from, y, T)) continue;
      seq[i] = y;
      go(i + 1, score + trans[from * T + y] + em[i * T + y]);
    }
  };
  go(0, 0);
  Brute b{best_seq, std::vector<int64_t>(n)};
  for (size_t k = 0; k < n; ++k) {
    int64_t o = INT64_MIN;
    for (int y = 0; y < T; ++y)
      if (y != best_seq[k]) o = std::max(o, other[k * T + y]);
    b.margins[k] = o == INT64_MIN ? INT32_MAX : best - o;
  }
  return b;
}

// Repeatable random cases (splitmix64).
struct Rng {
  uint64_t s;
  uint64_t next() { return aa::ner::splitmix64(s); }
  int32_t in(int32_t lo, int32_t hi) { return lo + static_cast<int32_t>(next() % uint64_t(hi - lo + 1)); }
};

}  // namespace

TEST_CASE("Viterbi: the best sequence and margins of every case, against brute force", "[ner][decoder]") {
  struct Case {
    int labels;
    size_t max_n;
    int32_t emission, transition;  // ranges: small ones make ties, large ones make one tag dominate
    int32_t outside = 0;           // added to O's emissions: O then leads most columns (the decoder's fast path)
  };
  std::vector<Case> cases = {{2, 6, 3, 2},          {2, 6, 1000, 300}, {2, 5, 30000, 5},
                             {6, 4, 4, 3},          {6, 4, 2000, 400}, {2, 6, 1000, 300, 900},
                             {6, 5, 600, 200, 700}, {6, 5, 3, 2, 2},   {6, 5, 600, 200, 1500}};
  Rng rng{42};
  DecoderScratch scratch;
  for (const Case& c : cases) {
    const int T = 1 + 4 * c.labels;
    for (int round = 0; round < 60; ++round) {
      size_t n = 1 + rng.next() % c.max_n;
      std::vector<int32_t> em(n * T), trans((T + 1) * T);
      for (auto& e : em) e = rng.in(-c.emission, c.emission);
      for (size_t k = 0; k < n; ++k) em[k * T + kOutside] += c.outside;
      for (auto& t : trans) t = rng.in(-c.transition, c.transition);
      Brute want = brute_force(em, n, T, trans);
      std::vector<int> tags(n);
      std::vector<int32_t> margins(n), partial(n, -1);
      viterbi(em.data(), n, T, trans.data(), tags.data(), margins.data(), scratch);
      CAPTURE(c.labels, c.emission, c.transition, c.outside, round, n);
      REQUIRE(tags == want.tags);
      for (size_t k = 0; k < n; ++k) CHECK(margins[k] == want.margins[k]);
      size_t from = rng.next() % n;
      viterbi(em.data(), n, T, trans.data(), tags.data(), nullptr, scratch);
      margins_from(em.data(), n, tags.data(), from, partial.data(), scratch);
      for (size_t k = 0; k < n; ++k) CHECK(partial[k] == (k < from ? -1 : want.margins[k]));
      std::vector<int32_t> tagged(n, -1);
      margins_from(em.data(), n, tags.data(), from, tagged.data(), scratch, true);
      for (size_t k = 0; k < n; ++k) CHECK(tagged[k] == (k < from || tags[k] == kOutside ? -1 : want.margins[k]));
    }
  }
}

TEST_CASE("Viterbi: a scratch told its transitions are constant decodes as one that compares them", "[ner][decoder]") {
  // The tagger sets constant_trans (its model's) and prepare() then trusts the address; a call with other
  // transitions in between, or with the same buffer changed in place while constant_trans is not set, must still
  // be prepared anew.
  const int T = 1 + 4 * 3;
  Rng rng{7};
  std::vector<int32_t> fixed((T + 1) * T), other((T + 1) * T);
  for (auto& t : fixed) t = rng.in(-400, 400);
  for (auto& t : other) t = rng.in(-400, 400);
  DecoderScratch trusting, comparing;
  trusting.constant_trans = fixed.data();
  for (int round = 0; round < 200; ++round) {
    size_t n = 1 + rng.next() % 9;
    std::vector<int32_t> em(n * T);
    for (auto& e : em) e = rng.in(-2000, 2000);
    const std::vector<int32_t>& trans = round % 5 == 4 ? other : fixed;
    Brute want = brute_force(em, n, T, trans);
    std::vector<int> tags(n);
    std::vector<int32_t> margins(n);
    viterbi(em.data(), n, T, trans.data(), tags.data(), margins.data(), trusting);
    CAPTURE(round, n);
    REQUIRE(tags == want.tags);
    for (size_t k = 0; k < n; ++k) CHECK(margins[k] == want.margins[k]);
    // The trainer's way: one buffer, changed in place between calls.
    std::vector<int32_t> changing = trans;
    viterbi(em.data(), n, T, changing.data(), tags.data(), nullptr, comparing);
    REQUIRE(tags == want.tags);
  }
  std::vector<int32_t> buffer = fixed;
  DecoderScratch scratch;
  std::vector<int32_t> em(4 * T, 0);
  em[1] = 5000;  // B of label 0 on the first token, with every transition 0 below
  std::vector<int> tags(4);
  viterbi(em.data(), 4, T, buffer.data(), tags.data(), nullptr, scratch);
  std::fill(buffer.begin(), buffer.end(), 0);  // changed in place: compared, so prepared anew
  viterbi(em.data(), 4, T, buffer.data(), tags.data(), nullptr, scratch);
  CHECK(tags == brute_force(em, 4, T, buffer).tags);
}
