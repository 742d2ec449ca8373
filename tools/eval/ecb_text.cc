// aa-ecb-text: the text of ECB+ documents as the analyser reads them (ecb::detokenize), one after the other,
// each followed by a newline, as `tools/annotate/ecb.py text DOC...` prints them; with no DOC, every document.
//   aa-ecb-text [--root ../shared/data/ner/ecbplus/ECB+] [DOC...]
#include <iostream>

#include "ecb.h"

int main(int argc, char** argv) {
  std::string root = "../shared/data/ner/ecbplus/ECB+";
  std::vector<std::string> docs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--root" && i + 1 < argc)
      root = argv[++i];
    else
      docs.push_back(a);
  }
  try {
    if (docs.empty()) docs = aa::corpus::ecb::all_docs(root);
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (const auto& d : docs)
      std::cout << aa::corpus::ecb::detokenize(aa::corpus::ecb::read_doc_file(aa::corpus::ecb::doc_path(root, d)),
                                               spans)
                << "\n";
  } catch (const std::exception& e) {
    std::cerr << "aa-ecb-text: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
