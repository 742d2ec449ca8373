// The command-line tool, run as a process: flags, several files, stdin, errors and exit codes.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_process.h"

namespace {

using aa::test::slurp;
using aa::test::temp_dir;
using aa::test::write_file;

aa::test::CliRun run(const std::string& args, const std::string& input = "") {
  return aa::test::run_cli(args, input);
}

}  // namespace

TEST_CASE("cli: --help and --version", "[cli]") {
  auto h = run("--help");
  CHECK(h.status == 0);
  CHECK(h.out.find("usage: article-analyser") == 0);
  CHECK(h.out.find("--offsets") != std::string::npos);
  auto v = run("--version");
  CHECK(v.status == 0);
  CHECK(v.out.rfind("article-analyser ", 0) == 0);
}

TEST_CASE("cli: usage errors exit 2 with a one-line reason", "[cli]") {
  for (const char* args : {"--format xml", "--input pdf", "--offsets bits", "--bogus", "--format"}) {
    CAPTURE(args);
    auto r = run(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("article-analyser: ", 0) == 0);
  }
}

TEST_CASE("cli: reads stdin and writes the contract JSON", "[cli]") {
  auto r = run("", "Hello there. General Kenobi!");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "article-analysis/1");
  CHECK(j["text"] == "Hello there. General Kenobi!");
  CHECK(j["input"]["kind"] == "text");
  CHECK(j["input"]["offsets"] == "utf16");
  CHECK(j["sentences"].size() == 2);
  auto dash = run("-", "Same via dash.");
  CHECK(nlohmann::json::parse(dash.out)["text"] == "Same via dash.");
}

TEST_CASE("cli: several files give one document each, in order; jsonl puts one per line", "[cli]") {
  auto a = write_file("a.txt", "First file.");
  auto b = write_file("b.txt", "Second file.");
  auto r = run("--format jsonl " + a + " " + b);
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::string l1, l2, l3;
  std::getline(lines, l1);
  std::getline(lines, l2);
  CHECK_FALSE(std::getline(lines, l3));
  CHECK(nlohmann::json::parse(l1)["text"] == "First file.");
  CHECK(nlohmann::json::parse(l2)["text"] == "Second file.");
  // json: indented documents one after another.
  auto j = run(a + " " + b);
  CHECK(j.status == 0);
  CHECK(j.out.find("\n  \"schema\"") != std::string::npos);
  CHECK(j.out.find("First file.") < j.out.find("Second file."));
}

TEST_CASE("cli: an unreadable or binary file is named on stderr, the others are still analysed", "[cli]") {
  auto good = write_file("good.txt", "Good text.");
  auto bin = write_file("bin.dat", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29));
  auto r = run("--format jsonl " + temp_dir() + "/missing.txt " + bin + " " + temp_dir() + " " + good);
  CHECK(r.status == 1);
  CHECK(r.err.find("missing.txt: cannot read: No such file or directory") != std::string::npos);
  CHECK(r.err.find("bin.dat: not text") != std::string::npos);
  CHECK(r.err.find(": cannot read: Is a directory") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 3);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["text"] == "Good text.");
}

TEST_CASE("cli: --offsets switches units", "[cli]") {
  std::string text = "😀 Hi there.";
  auto u16 = nlohmann::json::parse(run("--offsets utf16", text).out);
  auto cp = nlohmann::json::parse(run("--offsets=codepoint", text).out);
  auto by = nlohmann::json::parse(run("--offsets byte", text).out);
  // The sentence is the whole text: one emoji (2 UTF-16 units, 1 code point, 4 bytes) and 10 ASCII characters.
  CHECK(u16["sentences"][0]["end"] == 12);
  CHECK(cp["sentences"][0]["end"] == 11);
  CHECK(by["sentences"][0]["end"] == 14);
  CHECK(by["input"]["offsets"] == "byte");
  CHECK(cp["input"]["length"] == 11);
}

TEST_CASE("cli: --format text shows the article", "[cli]") {
  auto r = run("--format text", "First line.\n\nSecond paragraph here.");
  CHECK(r.status == 0);
  CHECK(r.out.find("First line.") != std::string::npos);
  CHECK(r.out.find("Second paragraph here.") != std::string::npos);
}

TEST_CASE("cli: a quote with no speaker says why, in JSON and in --format text", "[cli]") {
  const char* text =
      "The ferry left at dawn.\n\n\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.\n\n"
      "\xE2\x80\x9CNothing is decided yet.\xE2\x80\x9D";
  auto j = nlohmann::json::parse(run("", text).out);
  REQUIRE(j["quotes"].size() == 2);
  CHECK(j["quotes"][0]["speaker"]["name"].is_null());
  CHECK(j["quotes"][0]["speaker"]["reason"] == "speaker-not-named");
  CHECK(j["quotes"][1]["speaker"]["reason"] == "no-cue");
  auto t = run("--format text", text);
  CHECK(t.out.find("{direct <- (no speaker: speaker-not-named): ") != std::string::npos);
  // A named speaker has no reason.
  auto named = nlohmann::json::parse(run("", "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Grace Okonkwo said.").out);
  REQUIRE(named["quotes"].size() == 1);
  CHECK(named["quotes"][0]["speaker"]["name"] == "Grace Okonkwo");
  CHECK_FALSE(named["quotes"][0]["speaker"].contains("reason"));
}

TEST_CASE("cli: UTF-16 files and ill-formed bytes", "[cli]") {
  auto f = write_file("u16.txt", std::string("\xFF\xFEH\0i\0", 6));
  auto r = run(f);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["text"] == "Hi");
  CHECK(j["warnings"][0]["code"] == "utf16-decoded");
  auto bad = nlohmann::json::parse(run("", "caf\xE9 au lait").out);
  CHECK(bad["text"] == "caf\xEF\xBF\xBD au lait");
  CHECK(bad["warnings"][0]["code"] == "invalid-utf8");
  CHECK(bad["warnings"][0]["start"] == 3);
}

TEST_CASE("cli: --input-format jsonl reads {id, text} records and writes {id, analysis} lines", "[cli][jsonl]") {
  auto r = run("--input-format jsonl",
               "{\"id\": \"a-1\", \"text\": \"Mayor Grace Okonkwo said it was \\u201ca start\\u201d.\"}\n"
               "\n"
               "{\"text\": \"Second one.\", \"id\": 7, \"extra\": true}\n");
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  std::istringstream lines(r.out);
  std::string l1, l2, l3;
  REQUIRE(std::getline(lines, l1));
  REQUIRE(std::getline(lines, l2));
  CHECK_FALSE(std::getline(lines, l3));
  // The id comes first, as given (a string stays a string, an integer an integer).
  CHECK(l1.rfind("{\"id\":\"a-1\",\"analysis\":{", 0) == 0);
  CHECK(l2.rfind("{\"id\":7,\"analysis\":{", 0) == 0);
  auto j1 = nlohmann::json::parse(l1);
  CHECK(j1["analysis"]["text"] ==
        "Mayor Grace Okonkwo said it was \xE2\x80\x9C"
        "a start\xE2\x80\x9D.");
  CHECK(nlohmann::json::parse(l2)["analysis"]["sentences"].size() == 1);
  // The analysis is byte for byte what --format jsonl prints for the same text.
  auto same = run("--format jsonl", "Second one.");
  REQUIRE(same.status == 0);
  CHECK(l2 == "{\"id\":7,\"analysis\":" + same.out.substr(0, same.out.size() - 1) + "}");
  // --offsets and --input apply to every record.
  auto by =
      run("--input-format=jsonl --offsets byte --input html", "{\"id\":1,\"text\":\"<p>caf\\u00e9 ol\\u00e9</p>\"}\n");
  auto jb = nlohmann::json::parse(by.out);
  CHECK(jb["analysis"]["input"]["offsets"] == "byte");
  CHECK(jb["analysis"]["input"]["kind"] == "html");
}

TEST_CASE("cli: --input-format jsonl names bad lines by FILE:LINE and goes on", "[cli][jsonl]") {
  auto f = write_file("records.jsonl",
                      "{\"id\":1,\"text\":\"One.\"}\n"
                      "not json\n"
                      "{\"text\":\"no id\"}\n"
                      "{\"id\":2.5,\"text\":\"float id\"}\n"
                      "{\"id\":3,\"text\":42}\n"
                      "[1,2]\n"
                      "{\"id\":4,\"text\":\"Four.\"}");  // no newline at the end: still a record
  auto r = run("--input-format jsonl " + f);
  CHECK(r.status == 1);
  CHECK(r.err.find("records.jsonl:2: not JSON") != std::string::npos);
  CHECK(r.err.find("records.jsonl:3: not a record") != std::string::npos);
  CHECK(r.err.find("records.jsonl:4: not a record") != std::string::npos);
  CHECK(r.err.find("records.jsonl:5: record 3: \"text\" must be a string") != std::string::npos);
  CHECK(r.err.find("records.jsonl:6: not a record") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 5);
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> out;
  for (std::string l; std::getline(lines, l);) out.push_back(nlohmann::json::parse(l));
  REQUIRE(out.size() == 2);
  CHECK(out[0]["id"] == 1);
  CHECK(out[1]["id"] == 4);
  CHECK(out[1]["analysis"]["text"] == "Four.");
  // A lone surrogate escape is not valid JSON text for the parser: the line is named, not analysed.
  auto s = run("--input-format jsonl", "{\"id\":9,\"text\":\"a\\ud800b\"}\n");
  CHECK(s.status == 1);
  CHECK(s.out.empty());
  CHECK(s.err.find("<stdin>:1: not JSON") != std::string::npos);
}

TEST_CASE("cli: --skip-done resumes: ids on complete lines of the earlier output are skipped", "[cli][jsonl]") {
  std::string input =
      "{\"id\":1,\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Bee.\"}\n{\"id\":\"1\",\"text\":\"String one.\"}\n"
      "{\"id\":3,\"text\":\"Three.\"}\n{\"id\":\"q\\\"x\",\"text\":\"Quoted id.\"}\n";
  auto full = run("--input-format jsonl", input);
  REQUIRE(full.status == 0);
  std::istringstream lines(full.out);
  std::vector<std::string> l;
  for (std::string x; std::getline(lines, x);) l.push_back(x);
  REQUIRE(l.size() == 5);
  // An interrupted run: ids 1, "b" and "q\"x" complete, 3 torn in the middle of its line.
  auto earlier = write_file("earlier.jsonl", l[0] + "\n" + l[1] + "\n" + l[4] + "\n" + l[3].substr(0, 40));
  auto resumed = run("--input-format jsonl --skip-done " + earlier, input);
  REQUIRE(resumed.status == 0);
  // The string id "1" is not the integer 1; 3 was torn, so it is done again.
  CHECK(resumed.out == l[2] + "\n" + l[3] + "\n");
  // No earlier output yet (the first run): nothing to skip.
  auto first = run("--input-format jsonl --skip-done=" + temp_dir() + "/none-yet.jsonl", input);
  CHECK(first.status == 0);
  CHECK(first.out == full.out);
  // A line torn in the middle of the file (not JSON) does not count either, though it starts with an id.
  auto middle = write_file("middle.jsonl", l[3].substr(0, 60) + "\n" + l[0] + "\n");
  auto after_middle = run("--input-format jsonl --skip-done " + middle, input);
  CHECK(after_middle.out == l[1] + "\n" + l[2] + "\n" + l[3] + "\n" + l[4] + "\n");
  // --list-done prints what --skip-done skips, as lines --skip-done reads too.
  auto listed = run("--list-done " + earlier);
  REQUIRE(listed.status == 0);
  CHECK(listed.out == "{\"id\":1}\n{\"id\":\"b\"}\n{\"id\":\"q\\\"x\"}\n");
  auto ids = write_file("done.ids", listed.out);
  CHECK(run("--input-format jsonl --skip-done " + ids, input).out == resumed.out);
  CHECK(run("--list-done " + temp_dir() + "/none-yet.jsonl").out.empty());
  // An unreadable one is an error, not an empty set.
  auto dir = run("--input-format jsonl --skip-done " + temp_dir(), input);
  CHECK(dir.status == 1);
  CHECK(dir.out.empty());
}

TEST_CASE("cli: --input-format and --skip-done usage errors", "[cli][jsonl]") {
  for (const char* args : {"--input-format xml", "--input-format jsonl --format text", "--skip-done x.jsonl",
                           "--input-format jsonl --skip-done", "--list-done", "--list-done a.jsonl b.jsonl"}) {
    CAPTURE(args);
    auto r = run(args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("article-analyser: ", 0) == 0);
  }
}
