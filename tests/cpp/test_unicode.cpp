// Character classes and UTF-8 helpers: the inline ASCII paths agree with the UCD tables.
#include <catch2/catch.hpp>

#include "text/unicode.h"

namespace u = aa::unicode;

TEST_CASE("the inline ASCII categories are those of the UCD tables", "[unicode]") {
  for (char32_t cp = 0; cp < 0x80; ++cp) {
    CAPTURE(static_cast<uint32_t>(cp));
    CHECK(u::category(cp) == u::detail::category_from_tables(cp));
  }
  CHECK(u::category(U'A') == u::Category::Lu);
  CHECK(u::category(U'~') == u::Category::Sm);
  CHECK(u::category(0xE9) == u::Category::Ll);
  CHECK(u::category(0x110000) == u::Category::Cn);
}

TEST_CASE("next, is_space and to_lower read ASCII and beyond alike", "[unicode]") {
  std::string s = "A\xC3\x89\xE2\x80\x94\xF0\x9F\x98\x80 \xC2\xA0\xC2\x85z";
  std::vector<char32_t> cps;
  for (size_t i = 0; i < s.size();) cps.push_back(u::next(s, i));
  CHECK(cps == std::vector<char32_t>{U'A', 0xC9, 0x2014, 0x1F600, U' ', 0xA0, 0x85, U'z'});
  CHECK(u::is_space(U' '));
  CHECK(u::is_space(U'\t'));
  CHECK(u::is_space(0xA0));
  CHECK(u::is_space(0x85));
  CHECK(u::is_space(0x2028));
  CHECK_FALSE(u::is_space(U'x'));
  CHECK_FALSE(u::is_space(0x200B));
  CHECK(u::to_lower(U'Q') == U'q');
  CHECK(u::to_lower(0xC9) == 0xE9);
  CHECK(u::to_lower(0x130) == U'i');
  CHECK(u::to_lower(U'7') == U'7');
}

TEST_CASE("lowercase: ASCII, then whatever follows", "[unicode]") {
  CHECK(u::lowercase("") == "");
  CHECK(u::lowercase("Read MORE: 5 Min") == "read more: 5 min");
  CHECK(u::lowercase("\xC3\x89MILE Zola") == "\xC3\xA9mile zola");
  CHECK(u::lowercase("Caf\xC3\x89 AU LAIT") == "caf\xC3\xA9 au lait");
  CHECK(u::lowercase("\xE2\x84\xAA"
                     "ELVIN \xC4\xB0STANBUL") == "kelvin istanbul");  // K and I with dot: ASCII
}
