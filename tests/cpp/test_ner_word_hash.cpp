// The word hashes computed without building the forms (core/ner/word_hash.h) against their references: hash_bytes of
// the shapes append_shape writes, of the word with its digits zeroed, and affix_hashes_plain.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/hash.h"
#include "ner/word.h"
#include "ner/word_hash.h"

using namespace aa::ner;

namespace {

std::string shape_of(std::string_view form, bool compress) {
  std::string out;
  append_shape(form, out, compress);
  return out;
}

std::string zeroed(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= '0' && c <= '9') c = '0';
  return out;
}

void check_word(const std::string& w) {
  INFO(w);
  uint32_t shape = 0, short_shape = 0;
  shape_hashes(w, shape, short_shape);
  CHECK(shape == hash_bytes(shape_of(w, false)));
  CHECK(short_shape == hash_bytes(shape_of(w, true)));
  CHECK(hash_digits_zeroed(w) == hash_bytes(zeroed(w)));
  CHECK(hash_digits_zeroed(w, 0x1003u) == hash_bytes(zeroed(w), 0x1003u));
  uint32_t fast[7], plain[7];
  affix_hashes(w, fast);
  affix_hashes_plain(w, plain);
  for (int k = 0; k < 7; ++k) CHECK(fast[k] == plain[k]);
}

}  // namespace

TEST_CASE("word hashes: shapes, zeroed digits and affixes equal their references", "[ner][word_hash]") {
  const std::vector<std::string> words = {"",          "a",           "I",          "ab",
                                          "abc",       "abcd",        "abcde",      "Washington",
                                          "McDonald",  "iPhone",      "KREMLIN",    "1990",
                                          "2-0",       "12,500",      "3.5bn",      "A380s",
                                          "G7",        "x--y",        "...",        "Brasília",
                                          "Łódź",      "Straße",      "São",        "ÉCOLE",
                                          "naïve",     "東京都",      "Ελλάδα",     "Зеленський",
                                          "a\u2019s",  "rock\u2011n", "\U0001F600", "x\U0001F600\U0001F600y",
                                          "99\u00B0F", "aaaaaaaaaa",  "XXXXXXXXX",  "0000000",
                                          "--------",  "é1é2é3é4é5",  "\xC3",       "ab\xE2\x82",
                                          "\xFF\xFEz"};
  for (const std::string& w : words) check_word(w);
  // Random byte strings over a small alphabet of ASCII classes, multibyte letters, digits and stray bytes.
  const std::vector<std::string> pieces = {"a", "Z",      "7",  "-",          "'",    ".",    "é", "É",
                                           "ß", "\u2019", "東", "\U0001F600", "\x80", "\xC3", "0"};
  uint64_t state = 18;
  for (int n = 0; n < 3000; ++n) {
    std::string w;
    const size_t len = splitmix64(state) % 12;
    for (size_t k = 0; k < len; ++k) w += pieces[splitmix64(state) % pieces.size()];
    check_word(w);
  }
}
