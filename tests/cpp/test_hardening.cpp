// Hostile input that once took quadratic time or memory (issue 17), each checked where it went wrong: the time
// of n and 4n bytes (linear growth gives about 4; the quadratic ones gave 16), or the quantity that grew.
// The families of tests/scale/scale.cc cover the same shapes and more, at several sizes.
#include <malloc.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>

#include "analyser.h"
#include "cli_process.h"
#include "prepare.h"
#include "quotes/marks.h"
#include "structure/html_page.h"

namespace {

const aa::Analyser& analyser() {
  static const aa::Analyser a;
  return a;
}

// This thread's CPU time (other work on a shared machine moves it less than wall-clock time).
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds_of(const std::string& text, aa::InputKind input) {
  // Freed memory stays in the heap for the next run: large blocks mapped afresh are page-faulted in every run, a
  // cost that jumps where blocks pass the mmap threshold and hides the growth of the algorithm (as in aa-scale).
  static const bool heap_kept = mallopt(M_MMAP_THRESHOLD, 1 << 30) && mallopt(M_TRIM_THRESHOLD, 1 << 30);
  (void)heap_kept;
  aa::Options options;
  options.input = input;
  double best = 1e30;
  for (int r = 0; r < 3; ++r) {
    double t0 = cpu_seconds();
    aa::Document doc = analyser().analyse(text, options);
    best = std::min(best, cpu_seconds() - t0);
  }
  return best;
}

// The time ratio of 4n to n bytes, the best of three tries (a busy machine slows one run).
double growth(const std::function<std::string(size_t)>& make, size_t n, aa::InputKind input = aa::InputKind::Auto) {
  std::string small = make(n), large = make(4 * n);
  double best = 1e30;
  for (int attempt = 0; attempt < 3 && best > 6; ++attempt)
    best = std::min(best, seconds_of(large, input) / std::max(seconds_of(small, input), 1e-6));
  return best;
}

std::string halves(size_t n, const std::string& a, const std::string& b) {
  size_t k = n / (a.size() + b.size()) + 1;
  std::string s;
  for (size_t i = 0; i < k; ++i) s += a;
  for (size_t i = 0; i < k; ++i) s += b;
  return s;
}

}  // namespace

TEST_CASE("hardening: quotation marks left open, then guillemets or straight quotes, pair in linear time",
          "[hardening][quotes]") {
  auto guillemets = [](size_t n) {
    return halves(n,
                  "\xE2\x80\x9C"
                  "a ",
                  "\xC2\xAB"
                  "a\xC2\xBB ");
  };
  auto straight = [](size_t n) {
    return halves(n,
                  "\xE2\x80\x9C"
                  "a ",
                  "\"a\" ");
  };
  CHECK(growth(guillemets, 200000) < 6);
  CHECK(growth(straight, 200000) < 6);
  // And the pairing is unchanged: inside an open “, each «a» pairs (Close roles), and alone they are quotations.
  aa::Document doc = aa::test::prepare(guillemets(200));
  aa::quotes::MarkPairing p = aa::quotes::pair_quote_marks(doc);
  size_t closes = std::count(p.roles.begin(), p.roles.end(), aa::quotes::MarkRole::Close);
  CHECK(closes == 19);
  CHECK(aa::quotes::pair_quote_marks(aa::test::prepare(halves(200, "",
                                                              "\xC2\xAB"
                                                              "a\xC2\xBB ")))
            .quotes.size() == 34);
}

TEST_CASE("hardening: JSON-LD with many ']]>' or '-->' is cleaned in linear time", "[hardening][structure]") {
  auto page = [](const std::string& unit) {
    return [unit](size_t n) {
      std::string s;
      while (s.size() < n) s += unit;
      return "<html><head><script type=\"application/ld+json\">" + s +
             "</script></head><body><p>A b c.</p></body></html>";
    };
  };
  CHECK(growth(page("]]>"), 150000, aa::InputKind::Html) < 6);
  CHECK(growth(page("-->"), 150000, aa::InputKind::Html) < 6);
  // The wrappers still come off: a headline inside a comment and CDATA is read.
  auto ld =
      aa::page::read_json_ld({"//<![CDATA[\n<!--{\"@type\":\"NewsArticle\",\"headline\":\"Wrapped ]]> -->\"}-->"
                              "\n//]]>"});
  REQUIRE(ld);
  CHECK(ld->headline == "Wrapped  ");
}

TEST_CASE("hardening: one person after every title keeps a few titles, not one per title", "[hardening][ner]") {
  // Memory grew as mentions x distinct titles (the quotation stage visits a person's titles at every mention).
  static const char* const kTitles[] = {
      "President",  "Senator",    "Governor",  "Minister", "Spokesman", "General",      "Mayor",      "Judge",
      "Chancellor", "Ambassador", "Secretary", "Chairman", "Director",  "Commissioner", "Prosecutor", "Professor"};
  std::string text;
  for (int round = 0; round < 20; ++round)
    for (const char* t : kTitles) text += std::string(t) + " John Smith spoke. ";
  aa::Document doc = analyser().analyse(text);
  size_t most = 0, smith_mentions = 0;
  for (const aa::Cluster& c : doc.clusters) {
    most = std::max(most, c.titles.size());
    if (c.name.find("Smith") != std::string::npos) smith_mentions = std::max(smith_mentions, c.mentions.size());
  }
  CHECK(smith_mentions > 100);
  CHECK(most >= 2);
  CHECK(most <= 8);
}

TEST_CASE("hardening: --format text shows control characters escaped, never raw", "[hardening][writers]") {
  std::string text =
      "Mayor Ann Lee said \xE2\x80\x9C"
      "a\x1b]0;pwned\x07 b\x1b[2J c\r d\x7f e\xC2\x9B"
      "31m\xE2\x80\x9D. End.";
  aa::Document doc = analyser().analyse(text, {aa::InputKind::Text});
  std::string out;
  aa::make_writer("text", aa::OffsetUnit::Utf16)->write(doc, out);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(out.find('\x7f') == std::string::npos);
  CHECK(out.find("\xC2\x9B") == std::string::npos);
  CHECK(out.find("a\xE2\x90\x9B]0;pwned\xE2\x90\x87 b\xE2\x90\x9B[2J c") != std::string::npos);
  CHECK(out.find("d\xE2\x90\xA1 e\\x9b31m") != std::string::npos);  // (the CR ended the line: a block)
}

TEST_CASE("hardening: a UTF-8 BOM is dropped alike from a file's bytes and from a string", "[hardening][decode]") {
  std::string body = "Mayor Grace Okonkwo said \xE2\x80\x9Cyes\xE2\x80\x9D. Then she left.";
  std::string with_bom = "\xEF\xBB\xBF" + body;
  aa::Document from_file = analyser().analyse(aa::decode_file_bytes(with_bom));
  aa::Document from_string = analyser().analyse(with_bom);
  CHECK(from_file.text == body);
  CHECK(from_string.text == body);
  CHECK(aa::to_json(from_file, aa::OffsetUnit::Utf16) == aa::to_json(from_string, aa::OffsetUnit::Utf16));
  // Only a leading one: U+FEFF inside the text is kept.
  CHECK(analyser()
            .analyse("a\xEF\xBB\xBF"
                     "b")
            .text ==
        "a\xEF\xBB\xBF"
        "b");
}

TEST_CASE("hardening: UTF-32 with a byte order mark is refused by name", "[hardening][decode]") {
  std::string le("\xFF\xFE\0\0A\0\0\0b\0\0\0", 12), be("\0\0\xFE\xFF\0\0\0A\0\0\0b", 12);
  for (const std::string& bytes : {le, be}) {
    try {
      aa::decode_file_bytes(bytes);
      FAIL("UTF-32 was decoded");
    } catch (const aa::InputError& e) {
      CHECK(std::string(e.what()).find("UTF-32") != std::string::npos);
    }
  }
  // UTF-16LE still decodes.
  CHECK(aa::decode_file_bytes(std::string("\xFF\xFEH\0i\0", 6)).text == "Hi");
}

TEST_CASE("hardening: the size message gives the sizes in bytes", "[hardening][decode]") {
  std::string m = aa::input_too_large_message(aa::kMaxInputBytes + 1, false);
  CHECK(m == "input too large: 268435457 bytes (the limit is 268435456 bytes, 256 MiB)");
  CHECK(aa::input_too_large_message(aa::kMaxInputBytes, true) ==
        "input too large: more than 268435456 bytes (the limit is 268435456 bytes, 256 MiB)");
}

TEST_CASE("hardening: the CLI reads standard input and devices with a cap; the batch goes on", "[hardening][cli]") {
  std::string good = aa::test::write_file("good-after-zero.txt", "Mayor Ann Lee said yes.");
  std::string out = aa::test::temp_dir() + "/zero-out.txt", err = aa::test::temp_dir() + "/zero-err.txt";
  // An endless device as standard input, then a file; and the device named as a file.
  std::string cmd = "timeout 300 " + std::string(AA_CLI) + " --format jsonl - " + good + " /dev/zero " + good +
                    " </dev/zero >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  REQUIRE(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 1);
  std::string o = aa::test::slurp(out), e = aa::test::slurp(err);
  CHECK(std::count(o.begin(), o.end(), '\n') == 2);  // both good files analysed
  CHECK(e.find("<stdin>: input too large: more than 268435456 bytes (the limit is 268435456 bytes, 256 MiB)") !=
        std::string::npos);
  CHECK(e.find("/dev/zero: input too large: more than") != std::string::npos);
  CHECK(e.find("bad_alloc") == std::string::npos);
}

TEST_CASE("hardening: --input-format jsonl reads each line with the same cap", "[hardening][cli]") {
  std::string out = aa::test::temp_dir() + "/rec-out.txt", err = aa::test::temp_dir() + "/rec-err.txt";
  std::string records = aa::test::write_file("records.jsonl", "{\"id\":1,\"text\":\"Ann Lee said yes.\"}\n");
  // /dev/zero is one endless line of NUL bytes: named as too large, then the next file's record is analysed.
  std::string cmd =
      "timeout 300 " + std::string(AA_CLI) + " --input-format jsonl /dev/zero " + records + " >" + out + " 2>" + err;
  int rc = std::system(cmd.c_str());
  REQUIRE(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 1);
  std::string o = aa::test::slurp(out), e = aa::test::slurp(err);
  CHECK(o.rfind("{\"id\":1,\"analysis\":", 0) == 0);
  CHECK(e.find("/dev/zero:1: line too large") != std::string::npos);
}
