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
