// Interview transcripts and Q&A turns: paragraphs that open with a speaker's label and a colon ("Q:", "A.",
// "TAMSIN READE:", "Reade:", "PRESENTER:", "THE JUDGE:", "MR HALE:"). Each turn is a quotation set apart (kind
// block): its words after the label, the speaker the label names (resolved to the entity clusters), the interviewer
// for "Q:" and the interviewee for "A:" (both read from the headline, the intro and the byline).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "document.h"
#include "quotes/context.h"

namespace aa::quotes {

/// One turn of a transcript.
struct TranscriptTurn {
  uint32_t label_first = 0, label_end = 0;  // tokens of the label with its colon or full stop [first, end)
  uint32_t first = 0, last = 0;             // tokens of the turn's words after the label [first, last)
  Speaker speaker;                          // name, cluster, mention (the label's name, not for Q/A), anonymous
  std::optional<Span> cue;                  // the label with its colon for "Q:"/"A:" (a letter that names no one)
  float score = 0;
  bool marked = false;  // the words after the label are one quotation in marks: a direct quote of its own
};

/// The turns of the document's transcript, in text order; none unless the body holds two turns or more by two
/// speakers or more (a lone "Name: words" paragraph is a caption or a pull quote). Linear in the tokens. With
/// ix.gated(), a document where no token can end a turn's label is not read (none would be found).
std::vector<TranscriptTurn> find_transcript_turns(const TextIndex& ix);

}  // namespace aa::quotes
