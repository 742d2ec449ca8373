// Quotation marks: which quote-mark tokens open and close a quotation, and which are apostrophes or primes.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"

namespace aa::quotes {

/// Marks that pair with each other: “…” "…" „…“ (Double), ‘…’ '…' ‚…‘ (Single), «…» »…« (Guillemet),
/// ‹…› (SingleGuillemet), 「…」 (Corner), 『…』 (WhiteCorner).
enum class MarkFamily : uint8_t { Double, Single, Guillemet, SingleGuillemet, Corner, WhiteCorner };
constexpr int kMarkFamilies = 6;

/// True for the marks pair_quote_marks gives a family to: exactly chars::is_quote_mark, the tokenizer's Quote
/// tokens (tests/cpp/test_chars.cpp holds the two equal, so a mark added to one is added to both).
bool has_mark_family(char32_t c);

/// What a TokenKind::Quote token turned out to be.
enum class MarkRole : uint8_t {
  None,        // not a quotation-mark token
  Open,        // opens a quotation (top-level or nested)
  Close,       // closes one
  Reopen,      // opens a paragraph that continues the quotation of the paragraph before
  Apostrophe,  // students’ union, ’em, rock ’n’ roll, goin’
  Prime,       // feet and inches: 5'10", a 12" record
  Unbalanced,  // an opening mark never closed, or a closing mark with no opening one
};

/// A top-level quotation: from its opening mark to its closing mark, both included.
struct MarkedQuote {
  uint32_t open = 0;   // index into Document::tokens of the opening mark
  uint32_t close = 0;  // index of the closing mark; close > open
  MarkFamily family = MarkFamily::Double;
  bool multi_block = false;  // runs over several paragraphs, each reopening, only the last closing
};

struct MarkPairing {
  std::vector<MarkedQuote> quotes;  // top-level quotations in text order; they never overlap
  std::vector<MarkRole> roles;      // one per token of Document::tokens
  std::vector<Warning> warnings;    // "unbalanced-quote", at most 100 one by one and then one summary
};

/// Pairs the quotation marks of doc.tokens (from tokenize()) block by block.
/// Requires: doc.tokens and doc.article.blocks are consistent (tokens of one block are contiguous, in order).
/// Promises: quotations nest properly: a nested quotation (“He said ‘no’ twice”) is part of its outer one and
/// not listed; a closing mark closes the innermost open quotation of its family, and the marks opened inside it
/// that are still open are unbalanced. A quotation never crosses a block, except that an open quotation
/// continues into the next block of the same kind when that block starts with an opening mark of the same
/// family (then that mark is a Reopen), or, in paragraphs, when the next paragraph (or one of the next three, the
/// ones between holding no mark of the family) has no opening mark at its start and its first mark of the
/// family closes (text broken into a paragraph per sentence). A left double mark after a comma or a sentence's
/// end with a space before and after it, while a double quotation is open, closes it (“A, “ he said). An
/// unbalanced mark gives a warning at its offset (straight and right
/// single marks, often apostrophes, do not) and swallows nothing. Time and memory are linear in the tokens.
MarkPairing pair_quote_marks(const Document& doc);

}  // namespace aa::quotes
