// Golden files for the whole pipeline: tests/golden/pipeline/NAME.txt|NAME.html -> NAME.expected.json (the JSON
// of the contract, UTF-16 offsets, indented). The Node suite (tests/js) checks the WASM build against the same
// files, so native and WASM output are the same for every case.
//
// When a stage changes on purpose: AA_UPDATE_GOLDEN=1 build/native/tests/aa_tests "[golden]", then read the
// diff (git diff tests/golden) before committing it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyser.h"
#include "files.h"

namespace fs = std::filesystem;

namespace {

using aa::test::slurp;

// The first differing line, with its neighbours, for a readable failure.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
    if (ea && eb) return "(no difference)";
    if (ea || eb || la != lb) {
      return "line " + std::to_string(line) + ":\n  expected: " + (ea ? "<end>" : la) +
             "\n  actual:   " + (eb ? "<end>" : lb);
    }
  }
}

}  // namespace

TEST_CASE("golden: the whole pipeline on tests/golden/pipeline", "[golden]") {
  fs::path dir = fs::path(AA_SOURCE_DIR) / "tests/golden/pipeline";
  bool update = std::getenv("AA_UPDATE_GOLDEN") != nullptr;
  aa::Analyser analyser;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    auto ext = entry.path().extension();
    if (ext == ".txt" || ext == ".html") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(inputs.size() >= 3);
  for (const auto& input : inputs) {
    SECTION(input.filename().string()) {
      aa::Options options;
      options.input = input.extension() == ".html" ? aa::InputKind::Html : aa::InputKind::Text;
      std::string got = aa::to_json(analyser.analyse(slurp(input), options), aa::OffsetUnit::Utf16, 2) + "\n";
      fs::path expected = input;
      expected.replace_extension(".expected.json");
      if (update) {
        std::ofstream(expected, std::ios::binary) << got;
        WARN("updated " << expected.filename().string());
        continue;
      }
      REQUIRE(fs::exists(expected));
      std::string want = slurp(expected);
      INFO(input.filename().string() << ": " << first_difference(want, got));
      CHECK(want == got);
    }
  }
}
