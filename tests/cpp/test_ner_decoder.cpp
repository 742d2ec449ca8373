// BILOU tags and Viterbi decoding (core/ner/decoder.h, core/ner/tags.h).
#include <catch2/catch.hpp>
#include <vector>

#include "ner/decoder.h"
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
