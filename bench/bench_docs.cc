// What the JS API costs per document, natively: each file analysed once, in the order given, by one Analyser, as
// wasm/bindings.cc's run() does it (analyse() of the bytes as given, then the lean JSON with UTF-16 offsets that
// the JS API asks for), so that an instruction count of this run (callgrind) is the core's share of the bench's
// real-news rows. Prints the documents, bytes and JSON bytes.
//
//   aa-bench-docs [--texts all|document|none] [--input auto|text|html] [--model FILE] FILE...
// (--model: an entity model file instead of the embedded one, to compare models' costs.)
//   valgrind --tool=callgrind build/native/aa-bench-docs /tmp/ecb/*.txt
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analyser.h"
#include "json/writers.h"
#include "ner/entities.h"

int main(int argc, char** argv) {
  aa::JsonText texts = aa::JsonText::None;
  aa::InputKind input = aa::InputKind::Auto;
  std::vector<std::string> files;
  std::string model_file;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--texts" && i + 1 < argc) {
      std::string v = argv[++i];
      texts = v == "all" ? aa::JsonText::All : v == "document" ? aa::JsonText::SpansEmpty : aa::JsonText::None;
    } else if (a == "--input" && i + 1 < argc) {
      std::string v = argv[++i];
      input = v == "html" ? aa::InputKind::Html : v == "text" ? aa::InputKind::Text : aa::InputKind::Auto;
    } else if (a == "--model" && i + 1 < argc) {
      model_file = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      files.clear();
      break;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: aa-bench-docs [--texts all|document|none] [--input auto|text|html] [--model FILE] FILE...\n";
    return 2;
  }
  auto read_file = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  std::string model_bytes = model_file.empty() ? std::string() : read_file(model_file);
  aa::Analyser analyser = model_file.empty()
                              ? aa::Analyser()
                              : aa::Analyser(aa::EntityModel::from_bytes(
                                    reinterpret_cast<const uint8_t*>(model_bytes.data()), model_bytes.size()));
  size_t bytes = 0, json_bytes = 0;
  for (const std::string& f : files) {
    const std::string text = read_file(f);
    aa::Options options;
    options.input = input;
    const aa::Document doc = analyser.analyse(text, options);
    // As the binding: the document's text is left out only when it is the input itself.
    aa::JsonText t = texts == aa::JsonText::None && doc.text != text ? aa::JsonText::SpansEmpty : texts;
    json_bytes += aa::to_json(doc, aa::OffsetUnit::Utf16, -1, t).size();
    bytes += text.size();
  }
  std::cout << files.size() << " documents, " << bytes << " bytes, " << json_bytes << " bytes of JSON\n";
  return 0;
}
