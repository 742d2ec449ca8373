// Character classes from the Unicode Character Database (tables generated at build time from UnicodeData.txt),
// and UTF-8 helpers for text that is already valid UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aa::unicode {

/// Unicode general categories, in the order of tools/gen_unicode_tables.py.
enum class Category : uint8_t {
  Cn,
  Lu,
  Ll,
  Lt,
  Lm,
  Lo,
  Mn,
  Mc,
  Me,
  Nd,
  Nl,
  No,
  Pc,
  Pd,
  Ps,
  Pe,
  Pi,
  Pf,
  Po,
  Sm,
  Sc,
  Sk,
  So,
  Zs,
  Zl,
  Zp,
  Cc,
  Cf,
  Cs,
  Co
};

namespace detail {
/// The general category from the UCD tables (unicode.cc), for any code point.
Category category_from_tables(char32_t cp);
char32_t next_multibyte(std::string_view text, size_t& i);
bool is_space_beyond_ascii(char32_t cp);
char32_t to_lower_beyond_ascii(char32_t cp);

// The categories of ASCII, inline: the text of news is mostly ASCII, and every word and line rule asks.
// (tests/cpp/test_text.cpp checks this against the UCD tables.)
using C = Category;
inline constexpr Category kAsciiCategory[128] = {
    C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc,
    C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc, C::Cc,
    C::Zs, C::Po, C::Po, C::Po, C::Sc, C::Po, C::Po, C::Po, C::Ps, C::Pe, C::Po, C::Sm, C::Po, C::Pd, C::Po, C::Po,
    C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Nd, C::Po, C::Po, C::Sm, C::Sm, C::Sm, C::Po,
    C::Po, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu,
    C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Lu, C::Ps, C::Po, C::Pe, C::Sk, C::Pc,
    C::Sk, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll,
    C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ll, C::Ps, C::Sm, C::Pe, C::Sm, C::Cc,
};
}  // namespace detail

/// The general category of a code point; Cn for anything above U+10FFFF.
inline Category category(char32_t cp) {
  return cp < 0x80 ? detail::kAsciiCategory[cp] : detail::category_from_tables(cp);
}

inline bool is_letter(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Lu && c <= Category::Lo;
}
inline bool is_mark(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Mn && c <= Category::Me;
}
inline bool is_digit(char32_t cp) {
  return category(cp) == Category::Nd;
}
inline bool is_number(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Nd && c <= Category::No;
}
inline bool is_upper(char32_t cp) {
  auto c = category(cp);
  return c == Category::Lu || c == Category::Lt;
}
inline bool is_lower(char32_t cp) {
  return category(cp) == Category::Ll;
}
/// White space: Zs, Zl, Zp and the C0/C1 spacing controls (tab, LF, VT, FF, CR, NEL).
inline bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 9 && cp <= 13);
  return detail::is_space_beyond_ascii(cp);
}
/// Line breaks: LF, VT, FF, CR, NEL, U+2028, U+2029.
inline bool is_newline(char32_t cp) {
  return (cp >= 10 && cp <= 13) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}
/// Letters, marks and digits: what words are made of.
inline bool is_word_char(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Lu && c <= Category::Nd;
}
inline bool is_punct(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Pc && c <= Category::Po;
}
inline bool is_symbol(char32_t cp) {
  auto c = category(cp);
  return c >= Category::Sm && c <= Category::So;
}

/// Simple lowercase mapping (UnicodeData field 13); the code point itself where there is none.
inline char32_t to_lower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return detail::to_lower_beyond_ascii(cp);
}

/// Decodes the code point at text[i] and advances i past it.
/// Requires: text is valid UTF-8 and i < text.size(). (Invalid input yields U+FFFD and advances by one byte.)
inline char32_t next(std::string_view text, size_t& i) {
  auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  return detail::next_multibyte(text, i);
}
/// Decodes the code point that ends at text[i-1] without moving i. Requires: 0 < i <= text.size().
char32_t prev(std::string_view text, size_t i);
/// Length in bytes of the code point that ends at text[i-1]. Requires 0 < i.
size_t prev_length(std::string_view text, size_t i);
/// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);
/// Lowercases every code point of valid UTF-8 text.
std::string lowercase(std::string_view text);

}  // namespace aa::unicode
