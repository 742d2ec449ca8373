// aa-bench-quotes: speed of the quotation stage on a 1 MB article (and of the whole pipeline around it).
//
//   aa-bench-quotes [FILE] [--mb N] [--runs N]
//
// The article is FILE, else ../shared/samples/seed-article.txt, else the texts of the golden cases
// (tests/golden/quotes/cases.txt), repeated to N MB (default 1). Prints the best of --runs runs (default 5)
// for find_quotes alone (on a document already tokenized and split into sentences) and for Analyser::analyse.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "analyser.h"
#include "quote_cases.h"
#include "quotes/quotes.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

std::string read_file(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string file;
  double mb = 1.0;
  int runs = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) {
      mb = std::stod(argv[++i]);
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::stoi(argv[++i]));
    } else if (!a.empty() && a[0] != '-') {
      file = a;
    } else {
      std::cerr << "usage: aa-bench-quotes [FILE] [--mb N] [--runs N]\n";
      return 2;
    }
  }
  std::string unit, source;
  if (!file.empty()) {
    unit = read_file(file);
    source = file;
  } else if (std::filesystem::exists("../shared/samples/seed-article.txt")) {
    unit = read_file("../shared/samples/seed-article.txt");
    source = "../shared/samples/seed-article.txt";
  } else {
    for (const auto& c : aa::golden::load_cases("tests/golden/quotes/cases.txt"))
      unit += aa::golden::case_text(c) + "\n\n";
    source = "tests/golden/quotes/cases.txt";
  }
  if (unit.empty()) {
    std::cerr << "aa-bench-quotes: no text\n";
    return 1;
  }
  size_t target = static_cast<size_t>(mb * 1024 * 1024);
  std::string text;
  while (text.size() < target) text += unit + "\n\n";
  text.resize(target);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();

  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  double best_stage = 1e9;
  for (int r = 0; r < runs; ++r) {
    auto t = std::chrono::steady_clock::now();
    aa::find_quotes(doc);
    best_stage = std::min(best_stage, seconds_since(t));
  }
  aa::Analyser analyser;
  aa::Options o;
  o.input = aa::InputKind::Text;
  double best_all = 1e9;
  size_t quotes = 0;
  for (int r = 0; r < runs; ++r) {
    auto t = std::chrono::steady_clock::now();
    aa::Document d = analyser.analyse(text, o);
    best_all = std::min(best_all, seconds_since(t));
    quotes = d.quotes.size();
  }
  double size_mb = double(text.size()) / (1024 * 1024);
  std::printf("quotes bench: %.2f MB of text from %s, %zu tokens, %zu sentences, %zu quotations\n", size_mb,
              source.c_str(), doc.tokens.size(), doc.sentences.size(), quotes);
  std::printf("  find_quotes alone:      %8.1f ms  %7.1f MB/s  (best of %d)\n", best_stage * 1000, size_mb / best_stage,
              runs);
  std::printf("  whole pipeline:         %8.1f ms  %7.1f MB/s  (best of %d)\n", best_all * 1000, size_mb / best_all,
              runs);
  return 0;
}
