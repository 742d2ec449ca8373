// The offset rule, checked over many generated strings: for every span of the JSON output,
// text.slice(start, end) === span.text in the chosen unit (UTF-16 as in JavaScript, code points, bytes).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>

#include "analyser.h"
#include "text/offsets.h"
#include "text/unicode.h"

namespace {

using json = nlohmann::json;

std::u16string to_utf16(const std::string& s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = aa::unicode::next(s, i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

std::u32string to_utf32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(aa::unicode::next(s, i));
  return out;
}

// Every {"start","end","text"} object anywhere in the JSON.
void collect_spans(const json& j, std::vector<const json*>& out) {
  if (j.is_object()) {
    if (j.contains("start") && j.contains("end") && j.contains("text")) out.push_back(&j);
    for (const auto& [k, v] : j.items()) collect_spans(v, out);
  } else if (j.is_array()) {
    for (const auto& v : j) collect_spans(v, out);
  }
}

void check_spans(const std::string& out, aa::OffsetUnit unit) {
  json j = json::parse(out);
  std::string text = j["text"];
  std::vector<const json*> spans;
  collect_spans(j, spans);
  auto u16 = to_utf16(text);
  auto u32 = to_utf32(text);
  size_t length = unit == aa::OffsetUnit::Utf16       ? u16.size()
                  : unit == aa::OffsetUnit::CodePoint ? u32.size()
                                                      : text.size();
  CHECK(j["input"]["length"] == length);
  for (const json* s : spans) {
    size_t b = (*s)["start"], e = (*s)["end"];
    std::string want = (*s)["text"];
    REQUIRE(b <= e);
    REQUIRE(e <= length);
    switch (unit) {
      case aa::OffsetUnit::Utf16: CHECK(u16.substr(b, e - b) == to_utf16(want)); break;
      case aa::OffsetUnit::CodePoint: CHECK(u32.substr(b, e - b) == to_utf32(want)); break;
      case aa::OffsetUnit::Byte: CHECK(text.substr(b, e - b) == want); break;
    }
  }
  for (const auto& w : j["warnings"]) {
    size_t b = w["start"], e = w["end"];
    CHECK(b <= e);
    CHECK(e <= length);
  }
}

const std::vector<std::string> kPieces = {"The",
                                          "Minister",
                                          "said",
                                          " ",
                                          " ",
                                          " ",
                                          "\n",
                                          "\n\n",
                                          "\r\n",
                                          "\r",
                                          ".",
                                          ",",
                                          "“",
                                          "”",
                                          "\"",
                                          "'",
                                          "’s",
                                          "U.S.",
                                          "Mr.",
                                          "$4bn",
                                          "3.2%",
                                          "😀",
                                          "👩‍👩‍👧",
                                          "🇫🇷",
                                          "e\xCC\x81",
                                          "café",
                                          "北京",
                                          "東京都",
                                          "שלום",
                                          "مرحبا",
                                          std::string("\0", 1),
                                          "\t",
                                          "—",
                                          "…",
                                          "\xE2\x80\x8B",
                                          "\xEF\xBB\xBF",
                                          "\xFF",
                                          "\xC3",
                                          "\xED\xA0\x80",
                                          "<p>",
                                          "&amp;",
                                          "Putin",
                                          "Xi Jinping",
                                          "told reporters:",
                                          "(",
                                          ")",
                                          "\xF0\x9F",
                                          "\xE2\x80\xA8"};

std::string generate(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> count(0, 60), pick(0, kPieces.size() - 1);
  std::string s;
  for (size_t n = count(rng); n > 0; --n) s += kPieces[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("offsets: OffsetMap matches JavaScript string lengths", "[offsets]") {
  // "a😀é北" NUL "x"
  std::string s = std::string("a\xF0\x9F\x98\x80\xC3\xA9\xE5\x8C\x97", 10) + std::string("\0x", 2);
  aa::OffsetMap u16(s, aa::OffsetUnit::Utf16), cp(s, aa::OffsetUnit::CodePoint), by(s, aa::OffsetUnit::Byte);
  // byte:    0 1     5    7    10 11 12
  // utf16:   0 1     3    4    5  6  7
  // cp:      0 1     2    3    4  5  6
  std::vector<std::array<uint32_t, 3>> table = {{0, 0, 0},  {1, 1, 1},  {5, 3, 2}, {7, 4, 3},
                                                {10, 5, 4}, {11, 6, 5}, {12, 7, 6}};
  for (auto [b, u, c] : table) {
    CAPTURE(b);
    CHECK(u16.convert(b) == u);
    CHECK(cp.convert(b) == c);
    CHECK(by.convert(b) == b);
  }
  CHECK(u16.length() == 7);
  // Across many checkpoints.
  std::string long_text;
  for (int i = 0; i < 1000; ++i) long_text += "ab😀";
  aa::OffsetMap m(long_text, aa::OffsetUnit::Utf16);
  CHECK(m.convert(6 * 500) == 4 * 500);
  CHECK(m.length() == 4000);
}

TEST_CASE("offsets: OffsetMap at every code point boundary of mixed text, against counting one by one", "[offsets]") {
  // Runs of ASCII, two-, three- and four-byte characters in every alignment, so that counting eight bytes at a
  // time meets each kind of byte at each position of a word, across checkpoints.
  const char* pieces[] = {"a", "bc", "\xC3\xA9", "\xE5\x8C\x97", "\xF0\x9F\x98\x80", "defgh", "\xE2\x80\x9C", " "};
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < 3000) text += pieces[rng() % 8];
  std::vector<uint32_t> starts;  // code point boundaries
  for (uint32_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  aa::OffsetMap u16(text, aa::OffsetUnit::Utf16), cp(text, aa::OffsetUnit::CodePoint);
  uint32_t units16 = 0;
  for (uint32_t k = 0; k < starts.size(); ++k) {
    uint32_t b = starts[k];
    CAPTURE(b);
    REQUIRE(cp.convert(b) == k);
    REQUIRE(u16.convert(b) == units16);
    if (b < text.size()) units16 += static_cast<unsigned char>(text[b]) >= 0xF0 ? 2 : 1;
  }
  CHECK(u16.length() == units16);
  CHECK(cp.length() == starts.size() - 1);
}

TEST_CASE("offsets: OffsetMap on mostly ASCII text (whole chunks of ASCII), against counting one by one", "[offsets]") {
  // Long runs of ASCII with a character of two, three or four bytes here and there: many checkpoint chunks are
  // all ASCII (converted without counting), others not, and a character may straddle two chunks.
  const char* rare[] = {"\xC3\xA9", "\xE5\x8C\x97", "\xF0\x9F\x98\x80", "\xE2\x80\x9C"};
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    std::string text;
    while (text.size() < 2000) {
      text.append(rng() % 150, static_cast<char>('a' + rng() % 26));
      text += rare[rng() % 4];
    }
    aa::OffsetMap u16(text, aa::OffsetUnit::Utf16), cp(text, aa::OffsetUnit::CodePoint);
    uint32_t units16 = 0, points = 0;
    for (uint32_t b = 0; b <= text.size(); ++b) {
      if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;
      CAPTURE(seed, b);
      REQUIRE(cp.convert(b) == points);
      REQUIRE(u16.convert(b) == units16);
      if (b < text.size()) {
        ++points;
        units16 += static_cast<unsigned char>(text[b]) >= 0xF0 ? 2 : 1;
      }
    }
    CHECK(u16.length() == units16);
  }
}

TEST_CASE("offsets: every span round-trips over generated strings, in every unit", "[offsets][property]") {
  aa::Analyser analyser;
  std::mt19937 rng(20261129);
  for (int i = 0; i < 400; ++i) {
    std::string input = generate(rng);
    CAPTURE(i, input);
    for (auto input_kind : {aa::InputKind::Text, aa::InputKind::Html}) {
      aa::Document doc = analyser.analyse(input, {input_kind});
      for (auto unit : {aa::OffsetUnit::Utf16, aa::OffsetUnit::CodePoint, aa::OffsetUnit::Byte}) {
        check_spans(aa::to_json(doc, unit), unit);
      }
    }
  }
}

TEST_CASE("offsets: text input is kept as the output text, but for replaced ill-formed bytes", "[offsets]") {
  aa::Analyser analyser;
  std::string input = std::string("A\0B\r\nC \xF0\x9F\x98\x80 D", 13);
  auto doc = analyser.analyse(input);
  CHECK(doc.text == input);
  auto bad = analyser.analyse("x\xFFy");
  CHECK(bad.text == "x\xEF\xBF\xBDy");
  REQUIRE(bad.warnings.size() == 1);
  CHECK(bad.warnings[0].code == "invalid-utf8");
}
