// Emission scores of the tagger, fast: the same sums as Model::emissions over sentence_features() (features.h),
// computed from per-document caches instead of one model lookup per feature of every token.
//
// Every feature of a token depends on a few things only, and news repeats them. The weights are summed, once per
// distinct value, into dense vectors:
//   - the token's own type and the style of its sentence (word, affixes, shapes, casing);
//   - the pair of the token and its right neighbour (the word pair, word-shape pairs, "the next word is ..." for
//     the token and "the previous word is ..." for the neighbour), with the sentence boundary as a neighbour;
//   - the short shapes of the token and its neighbours;
//   - the token's context: sentence start, block, how the word is cased elsewhere, its gazetteer codes and those
//     of its neighbours;
// and the words two places away add their rows. A token then costs four vector additions and two rows. Integer
// sums in any order are the same sums, so the result does not depend on what is cached.
//
// A document's first sight of its words costs model lookups, each a few dependent memory loads: a sentence is
// worked through in chunks, whose missing vectors are collected first and their lookups made together
// (Model::find_rows), so that their loads overlap.
//
// Memory stays bounded: each cache holds at most a fixed number of entries and is emptied when full (between
// chunks).
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "ner/features.h"
#include "ner/model.h"

namespace aa::ner {

/// Vectors of weights, one per tag, padded to kWidth tags (a model has at most 1 + 4 * kMaxLabels tags).
constexpr int kWidth = 32;
static_assert(1 + 4 * kMaxLabels <= kWidth, "tags must fit the vectors");

/// A cache from 128-bit keys (never both halves 0) to `per_entry` vectors of kWidth int32, open addressing, with
/// at most max_entries entries. Entries are known by their offset (at() gives the vectors); offsets stay valid
/// until the cache is emptied, which happens only in make_room().
class VectorCache {
 public:
  VectorCache(size_t max_entries, int per_entry) : max_(max_entries), per_entry_(per_entry) {}
  /// The offset of the key's vectors; `fresh` (and zeroed vectors) when the key was not there.
  /// Requires: room for one more entry (make_room).
  uint32_t find(uint64_t a, uint64_t b, bool& fresh) {
    size_t mask = slots_.size() - 1;
    if ((used_ + 1) * 2 <= slots_.size()) {  // the common case, inline: a hit
      for (size_t s = hash(a, b) & mask;; s = (s + 1) & mask) {
        const Slot& slot = slots_[s];
        if (slot.a == a && slot.b == b) {
          fresh = false;
          return slot.at;
        }
        if (slot.a == 0 && slot.b == 0) break;
      }
    }
    return insert(a, b, fresh);
  }
  int32_t* at(uint32_t offset) { return &vectors_[offset]; }
  /// Empties the cache if fewer than k more entries would fit.
  void make_room(size_t k);
  size_t size() const { return used_; }
  size_t max_entries() const { return max_; }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t at = 0;
  };
  static size_t hash(uint64_t a, uint64_t b) {
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  uint32_t insert(uint64_t a, uint64_t b, bool& fresh);
  void grow();
  size_t max_, used_ = 0;
  int per_entry_;
  std::vector<Slot> slots_;
  std::vector<int32_t> vectors_;
};

/// How many entries each cache may hold before it is emptied (tests make them small). Each at least 1; pairs at
/// least 2.
struct ScorerLimits {
  size_t selves = size_t(1) << 15, pairs = size_t(1) << 14, shapes = size_t(1) << 12, contexts = size_t(1) << 13;
};

class Scorer {
 public:
  /// The model, document, table and counts must outlive the scorer.
  Scorer(const Model& model, const Document& doc, const TokenTable& table, const CaseCounts& counts,
         const ScorerLimits& limits = {});

  /// scores[k * n_tags + t] for the tokens k of sentence s: equal to Model::emissions over the features
  /// sentence_features() gives them. `codes` from SentenceCodes::compute for s.
  void emissions(const Sentence& s, const SentenceCodes& codes, int32_t* scores);

 private:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;  // a row not looked up yet (find_row never returns it)
  static constexpr uint32_t kPending = 0xFFFFFFFEu;  // a row being looked up
  static constexpr uint32_t kBoundaryType = (1u << 30) - 1;
  static constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

  struct Distant {  // rows a type gives the words two places away
    uint32_t prev2 = kUnknown, next2 = kUnknown;
  };
  /// A feature to look up and where its weights go: a vector of a cache, or a row slot.
  struct Wanted {
    uint32_t key;
    VectorCache* cache;  // null: `slot` gets the row
    uint32_t offset;
    uint32_t* slot;
  };
  /// What the tokens of the chunk being worked use.
  struct Plan {
    uint32_t self, context, shapes, pair;  // offsets in their caches (shapes: kNoEntry if not cached)
  };

  void want(uint32_t feature, VectorCache& cache, uint32_t offset) {
    wanted_.push_back({feature, &cache, offset, nullptr});
  }
  void want_row(uint32_t feature, uint32_t* slot) { wanted_.push_back({feature, nullptr, 0, slot}); }
  uint32_t plan_self(uint32_t type, Style style);
  uint32_t plan_pair(uint32_t a, uint32_t b, Style style);
  uint32_t plan_shapes(const uint32_t* types, size_t k, size_t n, Style style);
  uint32_t plan_context(const Sentence& s, const SentenceCodes& codes, size_t k, Style style);
  void plan_distant(uint32_t type);
  void resolve();
  /// The scores of tokens [k0, k1) of s from their plan (plan_): T tags; `before` is what the previous pair gives
  /// token k0. Returns what the last pair gives the next token.
  template <int T>
  const int32_t* add_chunk(const Sentence& s, size_t k0, size_t k1, const int32_t* before, int32_t* scores);
  Distant& distant(uint32_t type) { return type == kBoundaryType ? boundary_ : distant_[type]; }
  uint32_t word_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].word; }
  uint32_t shape_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].short_shape; }

  const Model& model_;
  const Document& doc_;
  const TokenTable& table_;
  const CaseCounts& counts_;
  int T_;
  size_t chunk_;
  VectorCache selves_, pairs_, shapes_, contexts_;
  std::vector<Distant> distant_;
  Distant boundary_;
  std::vector<Wanted> wanted_;
  std::vector<uint32_t> keys_, rows_, scratch_;
  std::vector<Plan> plan_;
};

}  // namespace aa::ner
