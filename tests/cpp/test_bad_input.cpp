// Malformed and extreme input: each gets a correct result or a clear error, and the next analysis in the same
// Analyser still works. (Time is bounded by the CTest timeout, not measured here.)
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "analyser.h"

namespace {

// Analyses, writes JSON, and checks the JSON is valid and its text is what the analysis read.
nlohmann::json analyse_json(const aa::Analyser& a, const std::string& input, aa::InputKind kind = aa::InputKind::Auto) {
  auto doc = a.analyse(input, {kind});
  auto j = nlohmann::json::parse(aa::to_json(doc, aa::OffsetUnit::Utf16));
  CHECK(j["schema"] == "article-analysis/1");
  return j;
}

void check_still_works(const aa::Analyser& a) {
  auto j = analyse_json(a, "Still working. Yes.");
  CHECK(j["sentences"].size() == 2);
}

}  // namespace

TEST_CASE("bad input: empty and white space only", "[bad-input]") {
  aa::Analyser a;
  for (std::string s : {std::string(""), std::string(" "), std::string("\n\n\r\n\t  \n"), std::string(1000, ' ')}) {
    auto j = analyse_json(a, s);
    CHECK(j["text"] == s);
    CHECK(j["sentences"].empty());
    CHECK(j["article"]["paragraphs"].empty());
    CHECK(j["article"]["title"].is_null());
  }
  check_still_works(a);
}

TEST_CASE("bad input: 10 MB on one line, 1 MB without spaces", "[bad-input]") {
  aa::Analyser a;
  std::string line;
  while (line.size() < 10'000'000) line += "The minister said the plan would cost $4bn, or 3.2% more. ";
  auto doc = a.analyse(line);
  CHECK(doc.text.size() == line.size());
  CHECK(doc.sentences.size() > 100'000);
  std::string nospace(1'000'000, 'x');
  auto doc2 = a.analyse(nospace);
  REQUIRE(doc2.tokens.size() == 1);
  CHECK(doc2.tokens[0].span.size() == 1'000'000);
  std::string dots(1'000'000, '.');
  CHECK(a.analyse(dots).tokens.size() == 1);  // one ellipsis
  check_still_works(a);
}

TEST_CASE("bad input: ill-formed UTF-8, NUL bytes, binary-looking bytes", "[bad-input]") {
  aa::Analyser a;
  std::string junk;
  for (int i = 0; i < 100'000; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  auto doc = a.analyse(junk);
  // 100 listed + 1 summary (the quote and apostrophe bytes among the junk add quotation warnings of their own)
  CHECK(std::count_if(doc.warnings.begin(), doc.warnings.end(),
                      [](const aa::Warning& w) { return w.code == "invalid-utf8"; }) == 101);
  auto j = nlohmann::json::parse(aa::to_json(doc, aa::OffsetUnit::Utf16));
  CHECK(j["text"].get<std::string>().size() >= junk.size());
  std::string nuls(10'000, '\0');
  CHECK(a.analyse(nuls).tokens.empty());
  check_still_works(a);
}

TEST_CASE("bad input: 100,000 quotation marks and unbalanced quotes", "[bad-input]") {
  aa::Analyser a;
  std::string quotes;
  for (int i = 0; i < 100'000; ++i) quotes += (i % 3 == 0) ? "\xE2\x80\x9C" : (i % 3 == 1) ? "\"" : "'";
  auto doc = a.analyse(quotes);
  CHECK(doc.tokens.size() == 100'000);
  auto open = a.analyse("He said: \xE2\x80\x9CThis never closes. And the text goes on.\n\nAnother paragraph.");
  CHECK(open.sentences.size() == 3);
  check_still_works(a);
}

TEST_CASE("bad input: 50,000 nested tags and unclosed markup", "[bad-input]") {
  aa::Analyser a;
  std::string html = "<html><body>";
  for (int i = 0; i < 50'000; ++i) html += "<div><span>";
  html += "<p>Deep text here.</p>";
  auto doc = a.analyse(html, {aa::InputKind::Html});
  CHECK(doc.input_kind == aa::InputKind::Html);
  CHECK(doc.text.find("Deep text here.") != std::string::npos);
  for (std::string bad : {std::string("<"), std::string("<p"), std::string("<!--"), std::string("<script>"),
                          std::string("<a href=\""), std::string("</>"), std::string("<<<>>>")}) {
    CAPTURE(bad);
    auto d = a.analyse(bad, {aa::InputKind::Html});
    CHECK(d.input_kind == aa::InputKind::Html);
  }
  check_still_works(a);
}

TEST_CASE("bad input: too large is a clear error", "[bad-input]") {
  aa::Analyser a;
  std::string huge(aa::kMaxInputBytes + 1, 'a');
  CHECK_THROWS_WITH(a.analyse(huge), Catch::StartsWith("input too large"));
  check_still_works(a);
}
