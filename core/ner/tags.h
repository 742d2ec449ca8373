// BILOU tags of the sequence tagger: O, then for each entity type k: B-k, I-k, L-k, U-k.
#pragma once

#include <cstdint>

namespace aa::ner {

enum TagPos : uint8_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };

constexpr int kOutside = 0;
constexpr int tag_of(int label, TagPos pos) {
  return 1 + 4 * label + pos;
}
constexpr int tag_label(int tag) {
  return (tag - 1) / 4;
}
constexpr TagPos tag_pos(int tag) {
  return static_cast<TagPos>((tag - 1) % 4);
}

/// Whether tag `to` may follow tag `from` (from == n_tags: the start of a sentence). A sentence may end only
/// after O, L-k or U-k (see can_end).
constexpr bool can_follow(int from, int to, int n_tags) {
  bool from_open = from != n_tags && from != kOutside && (tag_pos(from) == kBegin || tag_pos(from) == kInside);
  if (from_open)
    return to != kOutside && tag_label(to) == tag_label(from) && (tag_pos(to) == kInside || tag_pos(to) == kLast);
  return to == kOutside || tag_pos(to) == kBegin || tag_pos(to) == kUnit;
}
constexpr bool can_end(int tag) {
  return tag == kOutside || tag_pos(tag) == kLast || tag_pos(tag) == kUnit;
}

}  // namespace aa::ner
