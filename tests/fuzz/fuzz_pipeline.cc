// libFuzzer target: the whole pipeline on any bytes, as the CLI and the JS API run it, JSON out.
// The first byte picks the path: how the bytes are decoded (as a file: BOM, binary check; or as a JS string's
// UTF-8), the input kind (auto, text, html) and the offset unit (utf16, codepoint, byte); the rest is the input.
// Promises checked, on the JSON as a user reads it:
//  - it parses, has the schema, and "text" is valid UTF-8 of input.length units;
//  - every span lies in the text with start <= end, and its "text" equals the slice [start, end) of "text" in the
//    chosen unit (for utf16: what JavaScript's text.slice(start, end) gives);
//  - entities, clusters and quotes refer to each other by valid indices; warnings lie in the text;
//  - writing the same document twice gives the same bytes.
// Input the core refuses (not text, too large) must throw aa::InputError, nothing else.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "analyser.h"
#include "text/offsets.h"

namespace {

using json = nlohmann::json;

[[noreturn]] void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "fuzz_pipeline: %s %s\n", what, detail.c_str());
  std::abort();
}

void require(bool ok, const char* what, const std::string& detail = "") {
  if (!ok) fail(what, detail);
}

// Decodes valid UTF-8 into code points; aborts on anything ill-formed (the writer must never emit it).
std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    require(n > 0 && i + n <= s.size(), "ill-formed UTF-8 in the JSON");
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (size_t k = 1; k < n; ++k) {
      auto cb = static_cast<unsigned char>(s[i + k]);
      require((cb & 0xC0) == 0x80, "ill-formed UTF-8 in the JSON");
      c = (c << 6) | (cb & 0x3F);
    }
    require(!(n == 2 && c < 0x80) && !(n == 3 && c < 0x800) && !(n == 4 && (c < 0x10000 || c > 0x10FFFF)) &&
                !(c >= 0xD800 && c <= 0xDFFF),
            "ill-formed UTF-8 in the JSON");
    out.push_back(c);
    i += n;
  }
  return out;
}

// The text as a sequence of units of the chosen kind, each unit a number.
std::u32string units(const std::string& s, aa::OffsetUnit unit) {
  if (unit == aa::OffsetUnit::Byte) {
    std::u32string out;
    for (unsigned char c : s) out.push_back(c);
    return out;
  }
  std::u32string cps = code_points(s);
  if (unit == aa::OffsetUnit::CodePoint) return cps;
  std::u32string out;
  for (char32_t c : cps) {
    if (c >= 0x10000) {
      out.push_back(0xD800 + ((c - 0x10000) >> 10));
      out.push_back(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      out.push_back(c);
    }
  }
  return out;
}

struct Checker {
  std::u32string text;  // in units
  aa::OffsetUnit unit;

  void span(const json& s, const std::string& where) {
    require(s.is_object() && s.contains("start") && s.contains("end") && s.contains("text"), "span shape", where);
    require(s["start"].is_number_unsigned() && s["end"].is_number_unsigned(), "span offsets", where);
    auto start = s["start"].get<uint64_t>(), end = s["end"].get<uint64_t>();
    require(start <= end && end <= text.size(), "span out of range", where);
    std::u32string got = units(s["text"].get<std::string>(), unit);
    require(text.compare(start, end - start, got) == 0, "span text is not the slice", where);
  }
  void opt_span(const json& s, const std::string& where) {
    if (!s.is_null()) span(s, where);
  }
  void spans(const json& a, const std::string& where) {
    require(a.is_array(), "not an array", where);
    for (size_t i = 0; i < a.size(); ++i) span(a[i], where + "[" + std::to_string(i) + "]");
  }
};

void check(const std::string& out, aa::OffsetUnit unit) {
  json j = json::parse(out, nullptr, false);
  require(!j.is_discarded(), "the JSON does not parse");
  require(j["schema"] == "article-analysis/1", "schema");
  Checker c{units(j["text"].get<std::string>(), unit), unit};
  require(j["input"]["length"].get<uint64_t>() == c.text.size(), "input.length");
  require(j["input"]["offsets"] == aa::offset_unit_name(unit), "input.offsets");
  const json& a = j["article"];
  for (const char* k : {"title", "subtitle", "byline", "date"}) c.opt_span(a[k], std::string("article.") + k);
  if (!a["date"].is_null()) require(a["date"]["iso"].is_string(), "date.iso");
  for (const char* k : {"headings", "captions", "credits", "paragraphs", "boilerplate"}) {
    c.spans(a[k], std::string("article.") + k);
  }
  c.spans(j["sentences"], "sentences");
  const json &entities = j["entities"], &clusters = j["clusters"], &quotes = j["quotes"];
  c.spans(entities, "entities");
  for (const auto& e : entities) {
    require(e["cluster"].is_null() || e["cluster"].get<uint64_t>() < clusters.size(), "entity.cluster");
    require(e["score"].get<double>() >= 0 && e["score"].get<double>() <= 1, "entity.score");
  }
  for (const auto& cl : clusters) {
    for (const auto& m : cl["mentions"]) require(m.get<uint64_t>() < entities.size(), "cluster.mentions");
  }
  c.spans(quotes, "quotes");
  for (size_t i = 0; i < quotes.size(); ++i) {
    const json& q = quotes[i];
    std::string where = "quotes[" + std::to_string(i) + "]";
    c.opt_span(q["cue"], where + ".cue");
    c.opt_span(q["speaker"]["mention"], where + ".speaker.mention");
    const json& sc = q["speaker"]["cluster"];
    require(sc.is_null() || sc.get<uint64_t>() < clusters.size(), "speaker.cluster", where);
  }
  for (const auto& w : j["warnings"]) {
    auto start = w["start"].get<uint64_t>(), end = w["end"].get<uint64_t>();
    require(start <= end && end <= c.text.size(), "warning out of range");
    require(w["code"].is_string() && w["message"].is_string(), "warning shape");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const aa::Analyser analyser;
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
  aa::Options options;
  options.input = static_cast<aa::InputKind>(mode % 3);  // Auto, Text, Html
  const auto unit = static_cast<aa::OffsetUnit>((mode / 3) % 3);
  const bool as_file = (mode / 9) % 2;  // the CLI's path (decode_file_bytes) or the JS API's (sanitize_utf8)
  aa::Document doc;
  try {
    doc = as_file ? analyser.analyse(aa::decode_file_bytes(in), options) : analyser.analyse(in, options);
  } catch (const aa::InputError&) {
    require(as_file, "InputError on the JS API's path");
    return 0;
  }
  std::string out = aa::to_json(doc, unit);
  check(out, unit);
  require(aa::to_json(doc, unit) == out, "the JSON differs on a second write");
  return 0;
}
