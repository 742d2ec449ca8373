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
// Memory stays bounded: each cache holds at most a fixed number of entries and is emptied when full.
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

/// A cache from 64- or 128-bit keys (never 0) to `per_entry` vectors of kWidth int32, open addressing; emptied
/// when it holds max_entries.
class VectorCache {
 public:
  VectorCache(size_t max_entries, int per_entry) : max_(max_entries), per_entry_(per_entry) {}
  /// The vectors of the key; `fresh` (and zeroed vectors) when the key was not there.
  int32_t* find(uint64_t a, uint64_t b, bool& fresh);
  size_t size() const { return used_; }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;
    uint32_t at = 0;
  };
  void grow();
  size_t max_, used_ = 0;
  int per_entry_;
  std::vector<Slot> slots_;
  std::vector<int32_t> vectors_;
};

/// How many entries each cache may hold before it is emptied (tests make them small).
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
  static constexpr uint32_t kBoundaryType = (1u << 30) - 1;

  struct Distant {  // rows a type gives the words two places away
    uint32_t prev2 = kUnknown, next2 = kUnknown;
  };

  const int32_t* self(uint32_t type, Style style);
  const int32_t* pair(uint32_t a, uint32_t b, Style style);  // [0]: for a, [kWidth]: for b
  const int32_t* shapes(uint32_t a, uint32_t b, uint32_t c, Style style, const uint32_t* types, size_t k, size_t n);
  const int32_t* context(const Sentence& s, const SentenceCodes& codes, size_t k, Style style);
  const Distant& distant(uint32_t type);
  uint32_t word_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].word; }
  uint32_t shape_of(uint32_t type) const { return type == kBoundaryType ? kBoundary : table_.types[type].short_shape; }

  const Model& model_;
  const Document& doc_;
  const TokenTable& table_;
  const CaseCounts& counts_;
  int T_;
  VectorCache selves_, pairs_, shapes_, contexts_;
  std::vector<Distant> distant_;
  Distant boundary_;
  int32_t uncached_[kWidth];  // for shapes past the shape ids
};

}  // namespace aa::ner
