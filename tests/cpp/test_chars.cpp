// Which characters are what (core/text/chars.h): every named set's members, pinned, so that a change to one is
// a decision seen in review (each set is used by the stages its comment names).
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "quotes/marks.h"
#include "text/chars.h"

namespace {

// The members of a set among the first 0x10000 code points and a few beyond.
template <typename F>
std::set<char32_t> members(F&& in) {
  std::set<char32_t> out;
  for (char32_t c = 0; c < 0x10000; ++c)
    if (in(c)) out.insert(c);
  for (char32_t c : {0x10000u, 0x1F600u, 0x10FFFFu})
    if (in(c)) out.insert(c);
  return out;
}

}  // namespace

TEST_CASE("quotation marks: the tokenizer's set and the structure readers' subset", "[chars]") {
  std::set<char32_t> all = {'"',    '\'',   '`',    0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E,
                            0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A, 0xFF02, 0x300C, 0x300D, 0x300E, 0x300F};
  CHECK(members(aa::chars::is_quote_mark) == all);
  std::set<char32_t> line = {'"', '\'', 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x201E, 0x201A, 0x2039, 0x203A};
  CHECK(members(aa::chars::is_line_quote_mark) == line);
  for (char32_t c : line) CHECK(aa::chars::is_quote_mark(c));
  // The quotation finder's glyph table (quotes/marks.cc) gives a family to exactly the tokenizer's marks.
  CHECK(members(aa::quotes::has_mark_family) == all);
}

TEST_CASE("apostrophes: joining a word, and folded in entity word forms", "[chars]") {
  CHECK(members(aa::chars::is_apostrophe) == std::set<char32_t>{'\'', 0x2019, 0x02BC});
  CHECK(members(aa::chars::folds_to_apostrophe) == std::set<char32_t>{0x2019, 0x2018, 0x02BC, 0x2032});
}

TEST_CASE("ASCII white space: HTML's and C's", "[chars]") {
  std::set<char32_t> html, c;
  for (int b = 0; b < 256; ++b) {
    if (aa::chars::is_html_space(static_cast<char>(b))) html.insert(static_cast<char32_t>(b));
    if (aa::chars::is_ascii_space(static_cast<unsigned char>(b))) c.insert(static_cast<char32_t>(b));
  }
  CHECK(html == std::set<char32_t>{' ', '\t', '\n', '\r', '\f'});
  CHECK(c == std::set<char32_t>{' ', '\t', '\n', '\v', '\f', '\r'});
}

TEST_CASE("first and last code points, UTF-8 sequence lengths", "[chars]") {
  CHECK(aa::chars::first_cp("") == 0);
  CHECK(aa::chars::last_cp("") == 0);
  CHECK(aa::chars::first_cp("\xE2\x80\x9CHi") == 0x201C);
  CHECK(aa::chars::last_cp("Hi\xE2\x80\x9D") == 0x201D);
  size_t bad = 0;
  CHECK(aa::chars::utf8_sequence("a", 0, bad) == 1);
  CHECK(aa::chars::utf8_length("\xC3\xA9", 0) == 2);
  CHECK(aa::chars::utf8_length("\xF0\x9F\x98\x80", 0) == 4);
  CHECK(aa::chars::utf8_length("\xC0\xAF", 0) == 0);          // overlong
  CHECK(aa::chars::utf8_length("\xED\xA0\x80", 0) == 0);      // surrogate
  CHECK(aa::chars::utf8_length("\xF4\x90\x80\x80", 0) == 0);  // beyond U+10FFFF
  CHECK(aa::chars::utf8_sequence("\xE2\x80", 0, bad) == 0);
  CHECK(bad == 2);  // the truncated sequence is one U+FFFD
  CHECK(aa::chars::utf8_sequence("\xE2\x28\xA1", 0, bad) == 0);
  CHECK(bad == 1);
}
