// aa-bench-ner: speed of the entity stage on one core. Builds a text of about N MB from the files given
// (repeated), then times tokenizer + sentences + entities (the tagging path, tokenizer included) and the entity
// stage alone, median of R runs. Also prints the model's size.
//
//   aa-bench-ner [--mb N] [--repeat R] FILE...
// Times are CPU time of the process (one thread), so that other jobs on the machine do not count.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_input.h"
#include "ner/entities.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this process: on a machine shared with other jobs, wall time measures the neighbours too.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

template <typename F>
double median_seconds(int repeat, F&& f) {
  std::vector<double> times;
  for (int r = 0; r < repeat; ++r) {
    double t0 = cpu_seconds();
    f();
    times.push_back(cpu_seconds() - t0);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 2;
  int repeat = 5;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc)
      mb = std::stod(argv[++i]);
    else if (a == "--repeat" && i + 1 < argc)
      repeat = std::max(1, std::stoi(argv[++i]));
    else
      files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "usage: aa-bench-ner [--mb N] [--repeat R] FILE...\n";
    return 2;
  }
  auto made = aa::bench::text_of_size(files, mb, "aa-bench-ner");
  if (!made) return 1;
  const std::string& text = *made;

  auto t_load = std::chrono::steady_clock::now();
  aa::EntityModel model = aa::EntityModel::embedded();
  double load = seconds_since(t_load);

  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  size_t tokens = 0, entities = 0;
  double t_all = median_seconds(repeat, [&] {
    aa::tokenize(doc);
    aa::split_sentences(doc);
    aa::find_entities(model, doc);
    tokens = doc.tokens.size();
    entities = doc.entities.size();
  });
  double t_ner = median_seconds(repeat, [&] { aa::find_entities(model, doc); });
  std::cout.setf(std::ios::fixed);
  std::cout.precision(0);
  std::cout << "input: " << text.size() / 1e6 << " MB, " << tokens << " tokens, " << entities << " entities (median of "
            << repeat << " runs, one thread, CPU time)\n";
  std::cout << "tokenizer + sentences + entities: " << tokens / t_all << " tokens/s\n";
  std::cout << "entities alone: " << tokens / t_ner << " tokens/s\n";
  std::cout.precision(1);
  std::cout << "model: " << aa::embedded_entity_model_bytes().size() / 1e6 << " MB, loaded in " << load * 1000
            << " ms\n";
  return 0;
}
