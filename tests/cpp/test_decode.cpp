// Input decoding: ill-formed UTF-8, UTF-16 with BOM, NUL bytes, binary detection.
#include <catch2/catch.hpp>

#include "text/decode.h"

using aa::decode_file_bytes;
using aa::sanitize_utf8;

TEST_CASE("well-formed UTF-8 is kept byte for byte", "[text]") {
  for (std::string s :
       {std::string(""), std::string("plain ascii"), std::string("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D"),
        std::string("emoji \xF0\x9F\x98\x80!"), std::string("nul\0byte", 8), std::string("crlf\r\nlone cr\r")}) {
    CAPTURE(s);
    auto d = sanitize_utf8(s);
    CHECK(d.text == s);
    CHECK(d.warnings.empty());
  }
}

TEST_CASE("ill-formed UTF-8 becomes U+FFFD per maximal subpart, as TextDecoder does", "[text]") {
  struct Case {
    std::string in, out;
    size_t warnings;
  };
  const std::string R = "\xEF\xBF\xBD";
  std::vector<Case> cases = {
      {"a\xFF"
       "b",
       "a" + R + "b", 1},
      {"\xC3", R, 1},      // truncated at the end
      {"\xE2\x80", R, 1},  // truncated 3-byte sequence: one replacement
      {"\xE2\x80x", R + "x", 1},
      {"\xC0\xAF", R + R, 2},                  // overlong: each byte
      {"\xED\xA0\x80", R + R + R, 3},          // encoded surrogate (WTF-8): three
      {"\xF4\x90\x80\x80", R + R + R + R, 4},  // above U+10FFFF
      {"\x80\x80", R + R, 2},                  // lone continuation bytes
      {"ok\xF0\x9F\x98", "ok" + R, 1},         // truncated emoji
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    auto d = sanitize_utf8(c.in);
    CHECK(d.text == c.out);
    CHECK(d.warnings.size() == c.warnings);
    for (const auto& w : d.warnings) {
      CHECK(w.code == "invalid-utf8");
      CHECK(d.text.substr(w.span.begin, w.span.size()) == R);
    }
  }
}

TEST_CASE("many ill-formed bytes give 100 warnings and a summary", "[text]") {
  std::string in(1000, '\xFF');
  auto d = sanitize_utf8(in);
  CHECK(d.text.size() == 3000);
  REQUIRE(d.warnings.size() == 101);
  CHECK(d.warnings.back().message.find("900 more") == 0);
}

TEST_CASE("files: UTF-16 with a byte order mark is decoded", "[text]") {
  // "Hé😀" in UTF-16LE and BE, with a BOM.
  std::string le(
      "\xFF\xFE"
      "H\0\xE9\0\x3D\xD8\x00\xDE",
      10);
  std::string be(
      "\xFE\xFF"
      "\0H\0\xE9\xD8\x3D\xDE\x00",
      10);
  for (const auto& in : {le, be}) {
    auto d = decode_file_bytes(in);
    CHECK(d.text == "H\xC3\xA9\xF0\x9F\x98\x80");
    REQUIRE_FALSE(d.warnings.empty());
    CHECK(d.warnings[0].code == "utf16-decoded");
  }
  // An unpaired surrogate becomes U+FFFD with a warning.
  std::string bad(
      "\xFF\xFE"
      "a\0\x00\xD8"
      "b\0",
      8);
  auto d = decode_file_bytes(bad);
  CHECK(d.text ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(d.warnings.size() == 2);
}

TEST_CASE("files: a UTF-8 byte order mark is dropped, as TextDecoder does", "[text]") {
  CHECK(decode_file_bytes("\xEF\xBB\xBFtext").text == "text");
}

TEST_CASE("files: binary data is refused with a clear error, text with a few NULs is not", "[text]") {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5C\x72\xA8\x66", 33);
  CHECK_THROWS_AS(decode_file_bytes(png), aa::InputError);
  std::string elf(
      "\x7F"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0",
      24);
  CHECK_THROWS_WITH(decode_file_bytes(elf), Catch::Contains("not text"));
  std::string text_with_nul = "A sentence with a stray NUL\0 byte in the middle of a long enough text.";
  text_with_nul[27] = '\0';
  CHECK(decode_file_bytes(text_with_nul).text == text_with_nul);
  CHECK(decode_file_bytes("").text.empty());
}
