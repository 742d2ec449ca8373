// Article structure: plain-text reading, HTML extraction, the golden pages of tests/golden/structure/ and the
// seed article's reference reading (../shared/samples).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyser.h"
#include "structure.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

aa::Document analyse(const std::string& text, aa::InputKind kind = aa::InputKind::Auto) {
  static const aa::Analyser analyser;
  aa::Options o;
  o.input = kind;
  return analyser.analyse(text, o);
}

std::vector<std::string> texts(const aa::Document& d, const std::vector<aa::Span>& spans) {
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(d.view(s));
  return out;
}

std::vector<std::string> blocks_of(const aa::Document& d, aa::BlockKind kind) {
  std::vector<std::string> out;
  for (const auto& b : d.article.blocks)
    if (b.kind == kind) out.emplace_back(d.view(b.span));
  return out;
}

json opt(const aa::Document& d, const std::optional<aa::Span>& s) {
  return s ? json(std::string(d.view(*s))) : json(nullptr);
}

// Every span lies in the text, on code-point boundaries; blocks are in order and do not overlap.
void check_invariants(const aa::Document& d) {
  uint32_t last = 0;
  for (const auto& b : d.article.blocks) {
    REQUIRE(b.span.begin <= b.span.end);
    REQUIRE(b.span.end <= d.text.size());
    CHECK(b.span.begin >= last);
    last = b.span.end;
    for (uint32_t at : {b.span.begin, b.span.end})
      if (at < d.text.size()) CHECK((static_cast<unsigned char>(d.text[at]) & 0xC0) != 0x80);
  }
  if (d.article.date) {
    CHECK(d.article.date->span.end <= d.text.size());
    CHECK(!d.article.date->iso.empty());
  }
}

struct Score {
  int right = 0, total = 0;
};

// Compares the structure of `d` with an expected reading; returns the fields right and counted.
Score compare(const aa::Document& d, const json& e) {
  Score s;
  auto field = [&](const char* name, const json& got) {
    if (!e.contains(name)) return;
    ++s.total;
    bool ok = got == e[name];
    if (ok) ++s.right;
    INFO("field " << name << ": got " << got.dump() << ", expected " << e[name].dump());
    CHECK(ok);
  };
  const auto& a = d.article;
  field("title", opt(d, a.title));
  field("subtitle", opt(d, a.subtitle));
  field("byline", opt(d, a.byline));
  field("date", a.date ? json(a.date->iso) : json(nullptr));
  field("headings", texts(d, a.headings));
  field("captions", texts(d, a.captions));
  field("credits", texts(d, a.credits));
  field("boilerplate", texts(d, a.boilerplate));
  field("blockquotes", blocks_of(d, aa::BlockKind::BlockQuote));
  field("paragraphs", a.paragraphs.size());
  field("firstParagraph", a.paragraphs.empty() ? json(nullptr) : json(std::string(d.view(a.paragraphs.front()))));
  field("lastParagraph", a.paragraphs.empty() ? json(nullptr) : json(std::string(d.view(a.paragraphs.back()))));
  for (const auto& t : e.value("textContains", json::array())) {
    ++s.total;
    bool ok = d.text.find(t.get<std::string>()) != std::string::npos;
    s.right += ok;
    INFO("text should contain: " << t.get<std::string>());
    CHECK(ok);
  }
  for (const auto& t : e.value("textLacks", json::array())) {
    ++s.total;
    bool ok = d.text.find(t.get<std::string>()) == std::string::npos;
    s.right += ok;
    INFO("text should not contain: " << t.get<std::string>());
    CHECK(ok);
  }
  return s;
}

}  // namespace

TEST_CASE("golden pages: the structure of each page in tests/golden/structure matches its reading", "[structure]") {
  fs::path dir = fs::path(AA_SOURCE_DIR) / "tests" / "golden" / "structure";
  std::vector<fs::path> expected;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 14 && name.substr(name.size() - 14) == ".expected.json") expected.push_back(entry.path());
  }
  std::sort(expected.begin(), expected.end());
  REQUIRE(expected.size() >= 12);
  Score all;
  for (const auto& p : expected) {
    std::string stem = p.filename().string();
    stem.resize(stem.size() - 14);
    fs::path input = dir / (stem + ".html");
    bool html = fs::exists(input);
    if (!html) input = dir / (stem + ".txt");
    REQUIRE(fs::exists(input));
    json e = json::parse(read_file(p));
    SECTION(stem) {
      aa::Document d = analyse(read_file(input));
      CHECK(d.input_kind == (html ? aa::InputKind::Html : aa::InputKind::Text));
      check_invariants(d);
      Score s = compare(d, e);
      all.right += s.right;
      all.total += s.total;
      std::cout << "structure golden " << stem << ": " << s.right << "/" << s.total << " fields right\n";
    }
  }
}

TEST_CASE("seed article: the structure matches the reference reading exactly", "[structure]") {
  fs::path dir = fs::path(AA_SOURCE_DIR).parent_path() / "shared" / "samples";
  fs::path txt = dir / "seed-article.txt", ref = dir / "seed-article.expected.json";
  if (!fs::exists(txt) || !fs::exists(ref)) {
    WARN("../shared/samples/seed-article.* not found: the seed reading is not checked here");
    return;
  }
  std::string input = read_file(txt);
  json e = json::parse(read_file(ref))["structure"];
  aa::Document d = analyse(input);
  check_invariants(d);
  const auto& a = d.article;
  CHECK(d.input_kind == aa::InputKind::Text);
  CHECK(d.text == input);
  CHECK(opt(d, a.title) == e["title"]);
  CHECK(opt(d, a.subtitle) == e["subtitle"]);
  REQUIRE(a.date);
  CHECK(a.date->iso == e["date"].get<std::string>());
  CHECK(texts(d, a.credits) == std::vector<std::string>{e["imageCredit"].get<std::string>()});
  CHECK(texts(d, a.captions) == std::vector<std::string>{e["caption"].get<std::string>()});
  CHECK(texts(d, a.headings) == e["headings"].get<std::vector<std::string>>());
  CHECK(texts(d, a.boilerplate) == e["boilerplate"].get<std::vector<std::string>>());
  // The repeated headline is in the text but in no block.
  std::string title = e["title"];
  size_t first = input.find(title), second = input.find(title, first + 1);
  REQUIRE(second != std::string::npos);
  CHECK(e["duplicateTitleDropped"] == true);
  for (const auto& b : a.blocks) CHECK_FALSE(b.span.overlaps({uint32_t(second), uint32_t(second + title.size())}));
}
