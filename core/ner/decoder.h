// Viterbi decoding of BILOU tag sequences with integer scores, and the decoding of tags into entity spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace aa::ner {

/// Working memory of the decoder, reused from sentence to sentence.
struct DecoderScratch {
  std::vector<int64_t> forward, backward;
  // The allowed transitions for n_tags tags (filled on first use): preds[pred_begin[y] .. pred_begin[y + 1]) are
  // the tags that may precede y, succs likewise the tags that may follow.
  int graph_tags = 0;
  std::vector<int> preds, pred_begin, succs, succ_begin;
};

/// Finds the best tag sequence of a sentence of n tokens under the BILOU constraints (tags.h).
/// Requires: emissions has n * n_tags scores (token-major), transitions has (n_tags + 1) * n_tags weights
/// ([from][to]; row n_tags is the sentence start), tags has room for n.
/// Promises: tags[0..n) is a valid BILOU sequence with the highest total score (ties go to the lower tag).
/// If `margins` is not null, margins[i] >= 0 is how much lower the best sequence with another tag at token i
/// scores (a max-marginal margin: 0 means a tie), clamped to INT32_MAX.
void viterbi(const int32_t* emissions, size_t n, int n_tags, const int32_t* transitions, int* tags, int32_t* margins,
             DecoderScratch& scratch);

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
