// Wire datelines: "PORT ELLERY, Maine — The council ...", "LONDON, Jan. 25 (Reuters) -", "ST. PAUL, Minn. (AP) —".
// Where a story was filed, at the start of a paragraph: the entity stage reads its place and state as places, the
// quotation stage starts a reported clause after it. One recogniser for both, over tokens.
#pragma once

#include <cstdint>
#include <optional>

#include "document.h"

namespace aa {

/// Token ranges [begin, end) of doc.tokens; an empty range is absent.
struct Dateline {
  uint32_t place_begin = 0, place_end = 0;    // "PORT ELLERY": upper-case words (an abbreviation "ST." among them)
  uint32_t region_begin = 0, region_end = 0;  // "Maine", "Minn.", "N.Y.", "New Mexico" after a comma
  uint32_t agency_begin = 0, agency_end = 0;  // "Reuters" inside the brackets
  uint32_t end = 0;                           // the first token after the dash
};

/// The dateline that opens the block at token `first` (the block's first token), or nothing. A dateline is an
/// upper-case place of three letters or more (up to four words), then perhaps a comma and a region of capitalised
/// words, a date or a weekday, an agency in brackets, and a dash, all within the first 100 bytes.
/// "NATO troops — about 400 — will leave" is none: "troops" is not upper-case, nor a region after a comma.
std::optional<Dateline> find_dateline(const Document& doc, uint32_t first);

}  // namespace aa
