// Tokens: words, numbers, abbreviations, clitics, URLs, e-mails, quotes, dashes, ellipses, punctuation.
#pragma once

#include <string_view>
#include <vector>

#include "document.h"

namespace aa {

enum class AbbrevClass : uint8_t { Title, Month, Weekday, Company, BeforeNumber, General, State, StateName };

/// Looks up an abbreviation (lowercase, without its final period) in the compiled table.
std::optional<AbbrevClass> find_abbreviation(std::string_view lowercase_word);

/// True for a party and a US state after a lawmaker's name, as one token: "D-Minn.", "R-Texas", "D-N.Y.".
bool is_party_designation(std::string_view token);

/// Tokenizes text[range.begin, range.end) and appends the tokens to `out`, with `block` as their block.
/// Requires: `text` is valid UTF-8, `range` lies on code-point boundaries.
/// Promises: tokens are in order, non-empty, non-overlapping, inside `range`, on code-point boundaries; every
/// character of the range that is not white space (or a control or format character) is in exactly one token.
void tokenize(std::string_view text, Span range, uint32_t block, std::vector<Token>& out);

/// Tokenizes every block of doc.article except boilerplate into doc.tokens (in reading order).
[[gnu::noinline]] void tokenize(Document& doc);

}  // namespace aa
