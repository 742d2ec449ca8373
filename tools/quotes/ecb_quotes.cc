// The news quote set: see ecb_quotes.h. Documents are read and detokenized by tools/corpus/ecb.h (one port of
// ecb.py's detokenize() for the trainer and every evaluation).
#include "ecb_quotes.h"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "ecb.h"

namespace aa::ecb {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::vector<GoldDoc> read_set(const std::string& tsv, const std::string& ecb_root) {
  std::vector<GoldDoc> docs;
  std::map<std::string, size_t> index;
  std::map<std::string, std::map<int, size_t>> ids;  // doc -> t_id -> token index
  std::map<std::string, std::vector<Span>> spans;
  std::istringstream in(read_file(tsv));
  std::string line;
  auto doc_of = [&](const std::string& id) -> GoldDoc& {
    auto it = index.find(id);
    if (it != index.end()) return docs[it->second];
    std::vector<corpus::ecb::Token> toks = corpus::ecb::read_doc_file(corpus::ecb::doc_path(ecb_root, id));
    std::vector<std::pair<uint32_t, uint32_t>> byte_spans;
    GoldDoc d;
    d.id = id;
    d.text = corpus::ecb::detokenize(toks, byte_spans);
    for (const auto& [b, e] : byte_spans) spans[id].push_back({b, e});
    for (size_t i = 0; i < toks.size(); ++i) ids[id][toks[i].id] = i;
    index[id] = docs.size();
    docs.push_back(std::move(d));
    return docs.back();
  };
  auto range = [&](const std::string& doc, const std::string& r, bool& has) -> Span {
    has = r != "-";
    if (!has) return {};
    size_t dash = r.find('-');
    int a = std::stoi(r.substr(0, dash)), b = std::stoi(r.substr(dash + 1));
    auto& m = ids.at(doc);
    if (!m.count(a) || !m.count(b)) throw std::runtime_error(doc + ": no token " + r);
    return {spans[doc][m[a]].begin, spans[doc][m[b]].end};
  };
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream ls(line);
    std::string x;
    while (std::getline(ls, x, '\t')) f.push_back(x);
    if (f.size() < 8) throw std::runtime_error(tsv + ": a line with fewer than 8 fields");
    GoldDoc& d = doc_of(f[0]);
    if (f[2] == "-") continue;  // the document was annotated
    GoldQuote q;
    bool has = false;
    q.kind = f[2];
    q.span = range(f[0], f[3], has);
    q.content = range(f[0], f[4], has);
    q.speaker = range(f[0], f[5], q.has_speaker);
    q.cue = range(f[0], f[6], q.has_cue);
    q.speaker_name = f[7];
    d.quotes.push_back(q);
  }
  return docs;
}

}  // namespace aa::ecb
