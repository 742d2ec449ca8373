// Where the time goes: each stage of the pipeline timed on its own, on one text (median of R runs), so that a
// missed target can be pinned on a stage. Stages that are not in the build yet (entities, quotes) are left out.
//
//   aa-bench-stages [--repeat R] [--html] FILE       (--html: read FILE as an HTML page)
// Prints one JSON object: {"bytes", "tokens", "stages": {"decode": s, "structure": s, ...}, "total": s,
// "warm": {"entities": s, "analyse": s}}.
//
// "stages" are cold: the entity stage runs without the memory an Analyser keeps from one document to the next
// (ner/scorer.h), as on an Analyser's first document. "warm" times what an Analyser does from its second
// document on, with the same text every time (the best case of a stream of articles, which share most of their
// words): "entities", the entity stage with one memory kept across the runs; "analyse", Analyser::analyse
// as a whole (bytes to Document, without JSON) on one Analyser.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "analyser.h"
#include "bench_input.h"
#include "ner/entities.h"
#include "ner/scorer.h"
#include "quotes/quotes.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  bool html = false;
  std::string file;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc)
      repeat = std::stoi(argv[++i]);
    else if (a == "--html")
      html = true;
    else if (a.size() > 1 && a[0] == '-')
      file.clear(), i = argc;  // an unknown option (or --help): the usage
    else
      file = a;
  }
  if (file.empty()) {
    std::cerr << "usage: aa-bench-stages [--repeat R] [--html] FILE\n";
    return 2;
  }
  auto read = aa::bench::read_file(file, "aa-bench-stages");
  if (!read) return 1;
  const std::string& bytes = *read;
  const aa::EntityModel model = aa::EntityModel::embedded();

  std::vector<std::pair<std::string, std::vector<double>>> stages;
  auto time = [&](const std::string& name, auto&& f) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    auto it = std::find_if(stages.begin(), stages.end(), [&](auto& p) { return p.first == name; });
    if (it == stages.end()) {
      stages.push_back({name, {}});
      it = stages.end() - 1;
    }
    it->second.push_back(s);
  };
  size_t tokens = 0, json_bytes = 0;
  aa::ner::FormCache memory;
  const aa::Analyser analyser;
  for (int r = 0; r < repeat; ++r) {
    aa::Document doc;
    time("decode", [&] { doc.text = aa::sanitize_utf8(bytes).text; });
    doc.input_kind = html ? aa::InputKind::Html : aa::InputKind::Text;
    time("structure", [&] { html ? aa::structure_html(doc) : aa::structure_text(doc); });
    time("tokenize", [&] { aa::tokenize(doc); });
    time("sentences", [&] { aa::split_sentences(doc); });
    time("entities", [&] { aa::find_entities(model, doc); });
    time("quotes", [&] { aa::find_quotes(doc); });
    time("json", [&] { json_bytes = aa::to_json(doc, aa::OffsetUnit::Utf16).size(); });
    tokens = doc.tokens.size();
  }
  // Warm, after the cold runs: interleaved with them, the memory's 12 MB would push the model out of the caches
  // before each cold run and make it look slower than it is.
  aa::Options options;
  options.input = html ? aa::InputKind::Html : aa::InputKind::Text;
  for (int r = 0; r < repeat; ++r) {
    aa::Document doc = analyser.analyse(bytes, options);
    time("warm entities", [&] { aa::find_entities(model, doc, &memory); });
    time("warm analyse", [&] { (void)analyser.analyse(bytes, options); });
  }
  double total = 0;
  std::cout << "{\"bytes\": " << bytes.size() << ", \"tokens\": " << tokens << ", \"jsonBytes\": " << json_bytes
            << ", \"repeat\": " << repeat << ", \"stages\": {";
  const char* sep = "";
  for (const auto& [name, times] : stages) {
    if (name.rfind("warm ", 0) == 0) continue;
    double m = median(times);
    total += m;
    std::cout << sep << "\"" << name << "\": " << m;
    sep = ", ";
  }
  std::cout << "}, \"total\": " << total << ", \"warm\": {";
  sep = "";
  for (const auto& [name, times] : stages) {
    if (name.rfind("warm ", 0) != 0) continue;
    std::cout << sep << "\"" << name.substr(5) << "\": " << median(times);
    sep = ", ";
  }
  std::cout << "}}\n";
  return 0;
}
