// The news quote set (annotations/quotes-news/*.tsv): ECB+ documents read from their XML tokens, turned into
// the text the analyser reads exactly as tools/annotate/ecb.py detokenize() does, and the stand-off quotes
// (by ECB+ token id) mapped onto byte spans of that text (documents read by tools/corpus/ecb.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "document.h"

namespace aa::ecb {

/// One annotated quote: spans in bytes of the detokenized text (empty `has_*` when the annotation has none).
struct GoldQuote {
  std::string kind;  // direct, partial, scare, indirect, block
  Span span, content, speaker, cue;
  bool has_speaker = false, has_cue = false;
  std::string speaker_name;  // a full name, "anonymous", a document kind ("statement"), or "none"
};

/// A document of the set: its id, text and quotes.
struct GoldDoc {
  std::string id;
  std::string text;
  std::vector<GoldQuote> quotes;
};

/// Reads a set file (train.tsv / test.tsv) and the documents it names under `ecb_root` (the ECB+ folder that
/// holds one folder per topic). Throws std::runtime_error on a missing document or a token id it lacks.
std::vector<GoldDoc> read_set(const std::string& tsv, const std::string& ecb_root);

}  // namespace aa::ecb
