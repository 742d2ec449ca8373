// Viterbi decoding of BILOU tag sequences with integer scores, and the decoding of tags into entity spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aa::ner {

/// Working memory of the decoder, reused from sentence to sentence, and what it has worked out about the last
/// transition matrix it saw.
struct DecoderScratch {
  // Sized for the longest sentence so far, never shrunk (a resize up from a shorter sentence zero-filled what the
  // decoder then writes anyway); what a sentence uses is its first n columns.
  std::vector<int32_t> forward, backward;  // n * n_tags, each column shifted so that its O score is 0
  std::vector<int32_t> shift;              // per token: what its forward column was shifted by
  // The transitions they were prepared for, worked out for BILOU: the "closed" tags (O, L-k, U-k) are followed by
  // "opening" tags (O, B-k, U-k) only; B-k and I-k by I-k and L-k only.
  std::vector<int32_t> trans;
  int n_tags = 0;
  /// For a caller whose transitions stay the same while it uses the scratch (the tagger: a model's are constant):
  /// their address. Calls with it then skip comparing the transitions with those prepared (per sentence, that
  /// comparison cost as much as the decoding of a short sentence). A trainer, whose weights change in place,
  /// leaves it null.
  const int32_t* constant_trans = nullptr;
  const int32_t* prepared_from = nullptr;  // the address of the transitions last prepared
  std::vector<int32_t> out_of;             // [closed c][opening j]: transition from closed c to opening j
  std::vector<int32_t> dominant;       // per closed c: how far ahead of every other closed tag c must be to be every
                                       // opening tag's best predecessor
  std::vector<int32_t> dominant_next;  // per opening j: likewise, to be every closed tag's best successor
  std::vector<int32_t> inside;         // per label: B->I, I->I, B->L, I->L
};

/// Finds the best tag sequence of a sentence of n tokens under the BILOU constraints (tags.h).
/// Requires: emissions has n * n_tags scores (token-major), n_tags = 1 + 4 * labels with 1 to 7 labels, transitions has
/// (n_tags + 1) * n_tags weights ([from][to]; row n_tags is the sentence start), tags has room for n.
/// Promises: tags[0..n) is a valid BILOU sequence with the highest total score (ties go to the lower tag).
/// If `margins` is not null, margins[i] >= 0 is how much lower the best sequence with another tag at token i
/// scores (a max-marginal margin: 0 means a tie), clamped to INT32_MAX.
/// Scores are exact 32-bit integers (each token's column shifted by its O score), so emissions and transitions
/// must stay below 2^23 in magnitude (a model's are below 2^16); the result does not depend on the platform.
void viterbi(const int32_t* emissions, size_t n, int n_tags, const int32_t* transitions, int* tags, int32_t* margins,
             DecoderScratch& scratch);

/// The margins (as viterbi gives them) of tokens [from, n) only, after viterbi() on the same emissions,
/// transitions and scratch gave `tags`: the backward pass runs from the end of the sentence down to `from`.
/// `tagged_only`: only for the tokens whose tag is not O (the others' margins are left as they are).
void margins_from(const int32_t* emissions, size_t n, const int* tags, size_t from, int32_t* margins,
                  DecoderScratch& scratch, bool tagged_only = false);

/// A span of tokens [begin, end) with an entity type of the tagger.
struct TagSpan {
  uint32_t begin = 0, end = 0;
  int label = 0;
  friend bool operator==(const TagSpan& a, const TagSpan& b) {
    return a.begin == b.begin && a.end == b.end && a.label == b.label;
  }
};

/// The entity spans of a tag sequence. Lenient with invalid sequences (from a file, say): an I or L without a
/// B starts a span, a B or I followed by anything but I/L of its type ends one.
std::vector<TagSpan> spans_of(const int* tags, size_t n);

/// The BILOU tags of spans over n tokens (the inverse of spans_of for valid sequences).
/// Requires: spans sorted, non-overlapping, inside [0, n).
std::vector<int> tags_of(const std::vector<TagSpan>& spans, size_t n);

}  // namespace aa::ner
