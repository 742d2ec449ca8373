// Which characters are what, for every stage: quotation marks, apostrophes, white space; and the small helpers on
// UTF-8 strings that several stages need. One definition each, here: the tokenizer, the quotation finder, the
// structure rules, the HTML reader and the entity word forms all ask this header (tests/cpp/test_chars.cpp pins
// every set's members). Where stages need different sets, each set has its own name, saying what it is for.
//
// Inline: these are asked once or more per character in the hot loops of every stage.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/unicode.h"

namespace aa::chars {

// ---- quotation marks ------------------------------------------------------------------------------------------

/// Every quotation mark the tokenizer makes a Quote token of (and the quotation finder pairs, see
/// quotes/marks.cc): " ' ` ‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ › ＂ 「 」 『 』.
inline bool is_quote_mark(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '`':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0xFF02:
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F: return true;
    default: return false;
  }
}

/// The quotation marks the structure readers look for at the ends of a line (a quoted headline, a pull quote,
/// a line that ends in a quotation): " ' “ ” ‘ ’ « » „ ‚ ‹ ›, the European marks only (a subset of
/// is_quote_mark, without ` ‛ ‟ ＂ and the CJK corners).
inline bool is_line_quote_mark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB || c == 0xBB ||
         c == 0x201E || c == 0x201A || c == 0x2039 || c == 0x203A;
}

// ---- apostrophes ----------------------------------------------------------------------------------------------

/// The apostrophes that join a word (O'Brien, don’t, ’90s) in the tokenizer: ' ’ ʼ.
inline bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/// What the entity stage folds to ' in a word's form (word.cc), so that O’Brien, O‘Brien, Oʼ Brien and the prime
/// typed for an apostrophe (O′Brien) look the same to the model: ’ ‘ ʼ ′.
inline bool folds_to_apostrophe(char32_t c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032;
}

// ---- white space ----------------------------------------------------------------------------------------------

/// ASCII white space as HTML defines it (WHATWG "ASCII whitespace"): space, tab, LF, CR, form feed (no VT).
inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// ASCII white space as C's isspace: space, tab, LF, VT, FF, CR.
inline bool is_ascii_space(unsigned char b) {
  return b == ' ' || (b >= 9 && b <= 13);
}

// ---- UTF-8 ----------------------------------------------------------------------------------------------------

/// The first code point of valid UTF-8 text, 0 when it is empty.
inline char32_t first_cp(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : unicode::next(s, i);
}

/// The last code point of valid UTF-8 text, 0 when it is empty.
inline char32_t last_cp(std::string_view s) {
  return s.empty() ? 0 : unicode::prev(s, s.size());
}

/// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is ill-formed; `bad` receives the length of
/// the maximal ill-formed subpart to replace by one U+FFFD (Unicode 3.9, table 3-7; same as WHATWG).
inline size_t utf8_sequence(std::string_view s, size_t i, size_t& bad) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    bad = 1;
    return 0;
  }
  for (size_t k = 1; k < n; ++k) {
    if (i + k >= s.size()) {
      bad = k;
      return 0;
    }
    auto b = static_cast<unsigned char>(s[i + k]);
    if (b < lo || b > hi) {
      bad = k;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return n;
}

/// Length of the well-formed UTF-8 sequence at s[i], or 0 when it is ill-formed.
inline size_t utf8_length(std::string_view s, size_t i) {
  size_t bad = 0;
  return utf8_sequence(s, i, bad);
}

}  // namespace aa::chars
