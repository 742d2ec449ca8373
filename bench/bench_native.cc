// Native throughput: tokens + sentences, and the full analysis with JSON, on a text of a given size built from
// the files given (repeated, paragraph by paragraph) — e.g. 5 MB of news text. Prints one line per stage.
//
//   aa-bench-native [--mb N] [--repeat R] [--json] FILE...      (--json: one JSON object instead of the lines)
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analyser.h"
#include "bench_input.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

template <typename F>
double median_seconds(int repeat, F&& f) {
  std::vector<double> times;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    times.push_back(seconds_since(t0));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 5;
  int repeat = 5;
  bool as_json = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc)
      mb = std::stod(argv[++i]);
    else if (a == "--repeat" && i + 1 < argc)
      repeat = std::stoi(argv[++i]);
    else if (a == "--json")
      as_json = true;
    else if (a.size() > 1 && a[0] == '-')
      files.clear(), i = argc;  // an unknown option (or --help): the usage
    else
      files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "usage: aa-bench-native [--mb N] [--repeat R] [--json] FILE...\n";
    return 2;
  }
  auto made = aa::bench::text_of_size(files, mb, "aa-bench-native");
  if (!made) return 1;
  const std::string& text = *made;

  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  size_t tokens = 0, sentences = 0;
  double t_tok = median_seconds(repeat, [&] {
    aa::tokenize(doc);
    aa::split_sentences(doc);
    tokens = doc.tokens.size();
    sentences = doc.sentences.size();
  });
  aa::Analyser analyser;
  size_t json_bytes = 0;
  double t_full = median_seconds(repeat, [&] {
    auto d = analyser.analyse(text, {aa::InputKind::Text});
    json_bytes = aa::to_json(d, aa::OffsetUnit::Utf16).size();
  });
  double mbytes = text.size() / 1e6;
  if (as_json) {
    std::cout << "{\"bytes\": " << text.size() << ", \"tokens\": " << tokens << ", \"sentences\": " << sentences
              << ", \"repeat\": " << repeat << ", \"tokensSentencesSeconds\": " << t_tok
              << ", \"fullSeconds\": " << t_full << ", \"jsonBytes\": " << json_bytes << "}\n";
    return 0;
  }
  std::cout.setf(std::ios::fixed);
  std::cout.precision(1);
  std::cout << "input: " << mbytes << " MB, " << tokens << " tokens, " << sentences << " sentences (median of "
            << repeat << ")\n";
  std::cout << "tokens+sentences: " << mbytes / t_tok << " MB/s, " << tokens / t_tok / 1e6 << "M tokens/s\n";
  std::cout << "full analysis + JSON: " << mbytes / t_full << " MB/s, " << tokens / t_full / 1e6 << "M tokens/s (JSON "
            << json_bytes / 1e6 << " MB)\n";
  return 0;
}
