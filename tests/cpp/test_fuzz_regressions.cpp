// Regression tests for what the libFuzzer targets (tests/fuzz/fuzz_*.cc) found: each case is the reduced input
// and the promise it broke.
#include <catch2/catch.hpp>
#include <string>

#include "text/decode.h"

using namespace std::string_literals;

TEST_CASE("fuzz_text: a UTF-16 lead surrogate at the end, then an odd byte, is one U+FFFD (as TextDecoder)",
          "[fuzz][text]") {
  // Found by fuzz_text: the text had two U+FFFD (one for the surrogate, one for the odd byte); WHATWG's UTF-16
  // decoder reports one error for the pair at the end of the input.
  for (bool le : {true, false}) {
    CAPTURE(le);
    std::string bytes = le ? "\xFF\xFE"
                             "A\0"
                             "\x00\xD8"
                             "B"s
                           : "\xFE\xFF"
                             "\0A"
                             "\xD8\x00"
                             "B"s;
    auto d = aa::decode_file_bytes(bytes);
    CHECK(d.text == "A\xEF\xBF\xBD");
    REQUIRE(d.warnings.size() == 2);
    CHECK(d.warnings[0].code == "utf16-decoded");
    CHECK(d.warnings[1].code == "invalid-utf8");
    CHECK(d.warnings[1].message == "unpaired UTF-16 surrogate replaced by U+FFFD");
    CHECK(d.warnings[1].span.begin == 1);
  }
  // Without the odd byte, and with only the odd byte: one U+FFFD each, as before.
  CHECK(aa::decode_file_bytes("\xFF\xFE"
                              "A\0"
                              "\x00\xD8"s)
            .text == "A\xEF\xBF\xBD");
  CHECK(aa::decode_file_bytes("\xFF\xFE"
                              "A\0"
                              "B"s)
            .text == "A\xEF\xBF\xBD");
  // A lead surrogate followed by a unit that is not a trail surrogate: U+FFFD, then that unit.
  CHECK(aa::decode_file_bytes("\xFF\xFE"
                              "\x00\xD8"
                              "C\0"s)
            .text ==
        "\xEF\xBF\xBD"
        "C");
}

TEST_CASE("fuzz_text: past 100 listed warnings, a later UTF-16 error does not rewrite the 100th's message",
          "[fuzz][text]") {
  // 150 lone trail surrogates and an odd trailing byte: the 100 listed warnings all say "unpaired surrogate"
  // (the odd byte's message used to overwrite the last listed one), then one summary for the other 51.
  std::string bytes = "\xFF\xFE"s;
  for (int i = 0; i < 150; ++i) bytes += "\x00\xDC"s;
  bytes += "Z";
  auto d = aa::decode_file_bytes(bytes);
  REQUIRE(d.warnings.size() == 102);  // utf16-decoded + 100 listed + 1 summary
  for (size_t i = 1; i <= 100; ++i) {
    CAPTURE(i);
    CHECK(d.warnings[i].message == "unpaired UTF-16 surrogate replaced by U+FFFD");
  }
  CHECK(d.warnings[101].message.find("51 more") == 0);
}

TEST_CASE("fuzz_text: a UTF-32 LE BOM followed by anything is refused by name, not read as UTF-16 with a NUL",
          "[fuzz][text]") {
  // Found by fuzz_text (its reference still expected UTF-16 for FF FE 00 00): the input began FF FE 00 00, then a
  // UTF-8 BOM, text, ill-formed bytes and NULs. The promise: refused as UTF-32, whatever follows the mark.
  for (const std::string& bytes : {"\xFF\xFE\0\0\xEF\xBB\xBF"
                                   "BOM the\xFFggg\0\0\x01\x02"s,
                                   "\0\0\xFE\xFF\0\0\0A"s}) {
    try {
      aa::decode_file_bytes(bytes);
      FAIL("UTF-32 was decoded");
    } catch (const aa::InputError& e) {
      CHECK(std::string(e.what()).find("UTF-32") != std::string::npos);
    }
  }
}
