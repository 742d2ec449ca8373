// Sentence boundaries inside article blocks.
#pragma once

#include "document.h"

namespace aa {

/// Splits the tokens of each block into sentences (doc.sentences), in order; a sentence never crosses a block.
/// Requires: doc.tokens from tokenize(). Promises: every token is in exactly one sentence; a sentence's span runs
/// from its first token's begin to its last token's end.
///
/// A sentence ends at . ! ? … (with any closing quotes and brackets after them) when the next token can start a
/// sentence (a capital, a digit, an opening quote or bracket), at the end of a block, and never after a title
/// abbreviation (Mr., Gov.). After other abbreviations and initials (U.S., Inc., J.) it ends only when a common
/// sentence opener follows ("... the U.S. The talks ...").
[[gnu::noinline]] void split_sentences(Document& doc);

}  // namespace aa
