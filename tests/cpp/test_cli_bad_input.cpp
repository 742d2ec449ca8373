// Malformed, extreme and unreadable input through the command-line tool, run as a process (under ASan+UBSan in
// the asan build, whose tests run that build's CLI). Each input gets a correct result or a one-line error naming
// the file and the reason, and the next file of the same run is still analysed. Every JSON written is checked
// against the contract: text.slice(start, end) === span.text in UTF-16 units for every span.
// Each run goes through `timeout 300` (cli_process.h), so a hang fails the test instead of stalling the suite.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_process.h"

using json = nlohmann::json;
using namespace std::string_literals;

namespace {

using aa::test::slurp;
using aa::test::temp_dir;
using aa::test::write_file;

aa::test::CliRun run(const std::string& args) {
  return aa::test::run_cli(args, "", true);
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> v;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) v.push_back(l);
  return v;
}

std::u16string utf16(const std::string& s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    char32_t c = n == 1 ? b : n == 2 ? b & 0x1F : n == 3 ? b & 0x0F : b & 0x07;
    for (size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (c >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
    i += n;
  }
  return out;
}

// Checks the contract's offset promise for every span of a document; returns the number of spans checked.
size_t check_spans(const json& j) {
  std::u16string text = utf16(j["text"].get<std::string>());
  REQUIRE(j["input"]["length"] == text.size());
  size_t n = 0;
  auto span = [&](const json& s) {
    if (s.is_null()) return;
    auto start = s["start"].get<size_t>(), end = s["end"].get<size_t>();
    REQUIRE(start <= end);
    REQUIRE(end <= text.size());
    if (text.compare(start, end - start, utf16(s["text"].get<std::string>())) != 0) {
      FAIL("span [" << start << ", " << end << ") is not its text: " << s.dump().substr(0, 200));
    }
    ++n;
  };
  const json& a = j["article"];
  for (const char* k : {"title", "subtitle", "byline", "date"}) span(a[k]);
  for (const char* k : {"headings", "captions", "credits", "paragraphs", "boilerplate"}) {
    for (const auto& s : a[k]) span(s);
  }
  for (const char* k : {"sentences", "entities", "quotes"}) {
    for (const auto& s : j[k]) span(s);
  }
  for (const auto& q : j["quotes"]) {
    span(q["cue"]);
    span(q["speaker"]["mention"]);
  }
  for (const auto& w : j["warnings"]) REQUIRE(w["end"].get<size_t>() <= text.size());
  return n;
}

// The documents of a jsonl run, each checked; `expected` documents.
std::vector<json> documents(const aa::test::CliRun& r, size_t expected) {
  auto ls = lines(r.out);
  REQUIRE(ls.size() == expected);
  std::vector<json> docs;
  for (const auto& l : ls) {
    docs.push_back(json::parse(l));
    CHECK(docs.back()["schema"] == "article-analysis/1");
    check_spans(docs.back());
  }
  return docs;
}

const std::string& good_file() {
  static std::string path = write_file("good.txt", "Still working. Yes.");
  return path;
}

// The last document of a run is good.txt: the tool went on after the bad input.
void check_good_last(const std::vector<json>& docs) {
  REQUIRE(!docs.empty());
  CHECK(docs.back()["text"] == "Still working. Yes.");
  CHECK(docs.back()["sentences"].size() == 2);
}

}  // namespace

TEST_CASE("cli bad input: empty file, white space only, empty standard input", "[cli][bad-input]") {
  for (std::string s : {""s, " "s, "\n\n\r\n\t  \n"s, std::string(100000, ' ')}) {
    CAPTURE(s.size());
    auto f = write_file("blank.txt", s);
    auto r = run("--format jsonl " + f + " " + good_file());
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    auto docs = documents(r, 2);
    CHECK(docs[0]["text"] == s);
    CHECK(docs[0]["sentences"].empty());
    CHECK(docs[0]["article"]["paragraphs"].empty());
    CHECK(docs[0]["article"]["title"].is_null());
    CHECK(docs[0]["entities"].empty());
    CHECK(docs[0]["quotes"].empty());
    check_good_last(docs);
  }
  auto r = run("--format jsonl -");  // stdin is /dev/null
  CHECK(r.status == 0);
  CHECK(documents(r, 1)[0]["text"] == "");
}

TEST_CASE("cli bad input: 10 MB on one line", "[cli][bad-input]") {
  std::string line;
  while (line.size() < 10'000'000) line += "The minister said the plan would cost $4bn, or 3.2% more. ";
  auto f = write_file("one-line.txt", line);
  auto r = run("--format jsonl " + f + " " + good_file());
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  auto docs = documents(r, 2);
  CHECK(docs[0]["input"]["length"] == line.size());
  CHECK(docs[0]["text"].get_ref<const std::string&>() == line);
  CHECK(docs[0]["sentences"].size() > 100'000);
  CHECK(docs[0]["article"]["paragraphs"].size() + docs[0]["article"]["headings"].size() +
            (docs[0]["article"]["title"].is_null() ? 0 : 1) >=
        1);
  check_good_last(docs);
}

TEST_CASE("cli bad input: 1 MB without spaces", "[cli][bad-input]") {
  for (char c : {'x', '.', '-'}) {
    CAPTURE(c);
    std::string blob(1'000'000, c);
    auto f = write_file("nospace.txt", blob);
    auto r = run("--format jsonl " + f + " " + good_file());
    CHECK(r.status == 0);
    auto docs = documents(r, 2);
    CHECK(docs[0]["input"]["length"] == 1'000'000);
    CHECK(docs[0]["sentences"].size() <= 1);
    check_good_last(docs);
  }
}

TEST_CASE("cli bad input: binary files are 'not text', named on stderr", "[cli][bad-input]") {
  std::string random;
  uint32_t x = 2463534242u;
  for (int i = 0; i < 65536; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    random.push_back(static_cast<char>(x & 0xFF));
  }
  std::vector<std::string> files = {
      write_file("image.png", "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\x08\x06\0\0\0"s),
      write_file("random.bin", random), write_file("zeros.bin", std::string(10000, '\0')),
      AA_CLI,  // an ELF executable: the tool itself
  };
  for (const auto& f : files) {
    CAPTURE(f);
    auto r = run("--format jsonl " + f + " " + good_file());
    CHECK(r.status == 1);
    CHECK(r.err == "article-analyser: " + f + ": not text (binary data or an unsupported encoding)\n");
    check_good_last(documents(r, 1));
  }
}

TEST_CASE("cli bad input: ill-formed UTF-8 becomes U+FFFD with warnings at the right offsets", "[cli][bad-input]") {
  // é in Latin-1, a stray continuation byte, an overlong '/', a surrogate in UTF-8 and a cut 4-byte sequence.
  // Sparse enough to be text (decode_file_bytes calls input with over 10% ill-formed "not text").
  std::string prose(600, ' ');
  for (size_t i = 0; i < prose.size(); i += 20) prose.replace(i, 19, "Plain words here.  ");
  auto f = write_file("latin1.txt", prose + "Caf\xE9 au lait \x80 and \xC0\xAF and \xED\xA0\x80 end \xF0\x9F\x98"s);
  auto r = run("--format jsonl " + f + " " + good_file());
  CHECK(r.status == 0);
  auto docs = documents(r, 2);
  std::u16string text = utf16(docs[0]["text"].get<std::string>());
  CHECK(docs[0]["text"] == prose +
                               "Caf\xEF\xBF\xBD au lait \xEF\xBF\xBD and \xEF\xBF\xBD\xEF\xBF\xBD and "
                               "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD");
  const auto& w = docs[0]["warnings"];
  REQUIRE(w.size() == 8);
  for (const auto& warning : w) {
    CHECK(warning["code"] == "invalid-utf8");
    CHECK(text[warning["start"].get<size_t>()] == u'\uFFFD');
  }
  CHECK(w[0]["start"] == prose.size() + 3);
  check_good_last(docs);
}

TEST_CASE("cli bad input: UTF-16 with a byte order mark, both byte orders", "[cli][bad-input]") {
  std::u16string text = u"Mayor Grace Okonkwo said \u201Cyes\u201D. Then she left \U0001F600.";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char16_t u : text) {
    le += static_cast<char>(u & 0xFF);
    le += static_cast<char>(u >> 8);
    be += static_cast<char>(u >> 8);
    be += static_cast<char>(u & 0xFF);
  }
  for (const auto& bytes : {le, be}) {
    auto f = write_file("utf16.txt", bytes);
    auto r = run("--format jsonl " + f + " " + good_file());
    CHECK(r.status == 0);
    auto docs = documents(r, 2);
    CHECK(utf16(docs[0]["text"].get<std::string>()) == text);
    CHECK(docs[0]["input"]["length"] == text.size());
    REQUIRE(docs[0]["warnings"].size() == 1);
    CHECK(docs[0]["warnings"][0]["code"] == "utf16-decoded");
    CHECK(docs[0]["sentences"].size() == 2);
    check_good_last(docs);
  }
}

TEST_CASE("cli bad input: NUL bytes in text are kept; a file of NULs is not text", "[cli][bad-input]") {
  std::string s = "One\0two. Three\0 four.\0"s;
  for (int i = 0; i < 200; ++i) s += "A line of ordinary text with a NUL\0 in it.\n"s;
  auto f = write_file("nuls.txt", s);
  auto r = run("--format jsonl " + f + " " + good_file());
  CHECK(r.status == 0);
  CHECK(r.out.find("\\u0000") != std::string::npos);  // escaped in the JSON, never raw
  CHECK(r.out.find('\0') == std::string::npos);
  auto docs = documents(r, 2);
  CHECK(docs[0]["text"] == s);
  CHECK(docs[0]["sentences"].size() >= 200);
  check_good_last(docs);
}

TEST_CASE("cli bad input: 100,000 quotation marks", "[cli][bad-input]") {
  std::string quotes;
  for (int i = 0; i < 100'000; ++i)
    quotes += (i % 4 == 0) ? "\xE2\x80\x9C" : (i % 4 == 1) ? "\"" : (i % 4 == 2) ? "'" : "\xE2\x80\x9D";
  std::string mixed;
  for (int i = 0; i < 20'000; ++i) mixed += (i % 2) ? "\xE2\x80\x9CWord,\" she said. " : "\"Open ";
  for (const auto& s : {quotes, mixed}) {
    auto f = write_file("quotes.txt", s);
    auto r = run("--format jsonl " + f + " " + good_file());
    CHECK(r.status == 0);
    auto docs = documents(r, 2);
    CHECK(docs[0]["text"] == s);
    CHECK(docs[0]["quotes"].size() <= 100'000);
    check_good_last(docs);
  }
}

TEST_CASE("cli bad input: 50,000 nested tags", "[cli][bad-input]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 50'000; ++i) html += "<div><span>";
  html += "<p>Deep text here.</p>";
  std::string unclosed = "<!doctype html><p>";
  for (int i = 0; i < 50'000; ++i) unclosed += "<b><i><a href=\"x\">";
  unclosed += "Unclosed at the end.";
  for (const auto& [page, needle] :
       {std::pair{html, "Deep text here."s}, std::pair{unclosed, "Unclosed at the end."s}}) {
    auto f = write_file("nested.html", page);
    for (const char* input : {"auto", "html"}) {
      CAPTURE(input);
      auto r = run("--format jsonl --input " + std::string(input) + " " + f + " " + good_file());
      CHECK(r.status == 0);
      auto docs = documents(r, 2);
      CHECK(docs[0]["input"]["kind"] == "html");
      CHECK(docs[0]["text"].get<std::string>().find(needle) != std::string::npos);
      CHECK(docs[0]["text"].get<std::string>().find('<') == std::string::npos);
      check_good_last(docs);
    }
  }
}

TEST_CASE("cli bad input: files that cannot be read are named with the reason", "[cli][bad-input]") {
  // The tests run as root, for whom permission bits do not stop a read, so "permission denied" cannot be made
  // here. These are the failures that can: a read error after a successful open (EIO: reading address 0 of the
  // tool's own memory through /proc/self/mem), a directory, a path through a file, a symlink loop, a dangling
  // symlink and a missing file.
  std::string dir = temp_dir();
  std::string file = write_file("plain.txt", "x");
  std::string loop_a = dir + "/loop-a", loop_b = dir + "/loop-b", dangling = dir + "/dangling";
  unlink(loop_a.c_str());
  unlink(loop_b.c_str());
  unlink(dangling.c_str());
  REQUIRE(symlink(loop_b.c_str(), loop_a.c_str()) == 0);
  REQUIRE(symlink(loop_a.c_str(), loop_b.c_str()) == 0);
  REQUIRE(symlink((dir + "/nowhere").c_str(), dangling.c_str()) == 0);
  std::vector<std::pair<std::string, std::string>> cases = {
      {"/proc/self/mem", "Input/output error"}, {dir, "Is a directory"},
      {file + "/inside", "Not a directory"},    {loop_a, "Too many levels of symbolic links"},
      {dangling, "No such file or directory"},  {dir + "/missing.txt", "No such file or directory"},
  };
  std::string args = "--format jsonl";
  for (const auto& [path, reason] : cases) args += " " + path + " " + good_file();
  auto r = run(args);
  CHECK(r.status == 1);
  auto errors = lines(r.err);
  REQUIRE(errors.size() == cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    CHECK(errors[i] == "article-analyser: " + cases[i].first + ": cannot read: " + cases[i].second);
  }
  auto docs = documents(r, cases.size());  // every good.txt after a bad one was analysed
  for (const auto& d : docs) CHECK(d["text"] == "Still working. Yes.");
}
