// aa-eval-ner: accuracy of the entity stage, per label, exact spans.
//   - uner_en_ewt dev and test (PER/ORG/LOC; ours mapped as the contract says: PERSON->PER, ORG->ORG,
//     GPE/LOC->LOC), documents built from the gold tokens;
//   - the seed article of ../shared/samples through the whole pipeline (all labels, accepting alsoAccepted);
//   - the held-out set: GUM dev+test (never trained on), fine labels PERSON ORG GPE LOC NORP EVENT DATE.
//
//   aa-eval-ner [--data ../shared/data] [--samples ../shared/samples] [--model FILE] [--show-errors] [--dev-only]
// --dev-only leaves out the test splits (uner_en_ewt test, GUM test): for choosing between models.
// Prints Markdown tables. Exit status 0, or 1 if the data cannot be read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "corpus.h"
#include "ner/entities.h"
#include "structure/structure.h"
#include "text/offsets.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace aa;

struct Counts {
  size_t tp_pred = 0, pred = 0, tp_gold = 0, gold = 0;
  double p() const { return pred ? double(tp_pred) / pred : 0; }
  double r() const { return gold ? double(tp_gold) / gold : 0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

void print_table(const std::string& title, const std::map<std::string, Counts>& by_label,
                 const std::vector<std::string>& order) {
  std::printf("\n%s\n\n| label | precision | recall | F1 | gold | predicted |\n|---|---|---|---|---|---|\n",
              title.c_str());
  Counts all;
  for (const auto& l : order) {
    auto it = by_label.find(l);
    Counts c = it == by_label.end() ? Counts{} : it->second;
    std::printf("| %s | %.3f | %.3f | %.3f | %zu | %zu |\n", l.c_str(), c.p(), c.r(), c.f(), c.gold, c.pred);
    all.tp_pred += c.tp_pred, all.pred += c.pred, all.tp_gold += c.tp_gold, all.gold += c.gold;
  }
  std::printf("| **all** | **%.3f** | **%.3f** | **%.3f** | %zu | %zu |\n", all.p(), all.r(), all.f(), all.gold,
              all.pred);
}

struct Item {
  size_t sentence, begin, end;  // corpus tokens
  std::string label;
  bool operator<(const Item& o) const {
    return std::tie(sentence, begin, end, label) < std::tie(o.sentence, o.begin, o.end, o.label);
  }
};

/// Runs the entity stage on corpus documents and scores exact spans. `gold_label` maps a corpus label to the
/// evaluated label ("" = not evaluated); `pred_label` maps ours likewise.
std::map<std::string, Counts> score_corpus(const EntityModel& model, const std::vector<corpus::Doc>& docs,
                                           const std::function<std::string(const std::string&)>& gold_label,
                                           const std::function<std::string(Label)>& pred_label, size_t& tokens,
                                           double& seconds, bool show, const std::string& name) {
  std::map<std::string, Counts> c;
  tokens = 0;
  seconds = 0;
  for (const auto& d : docs) {
    Document doc = corpus::make_document(d);
    auto t0 = std::chrono::steady_clock::now();
    find_entities(model, doc);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    tokens += doc.tokens.size();
    // token index -> (sentence, index in sentence)
    std::vector<std::pair<size_t, size_t>> where;
    for (size_t s = 0; s < d.sentences.size(); ++s)
      for (size_t k = 0; k < d.sentences[s].tokens.size(); ++k) where.push_back({s, k});
    std::set<Item> gold, pred;
    for (size_t s = 0; s < d.sentences.size(); ++s)
      for (const auto& sp : d.sentences[s].spans) {
        std::string l = gold_label(sp.label);
        if (!l.empty()) gold.insert({s, sp.begin, sp.end, l});
      }
    for (const auto& e : doc.entities) {
      std::string l = pred_label(e.label);
      if (l.empty()) continue;
      auto [s, b] = where[e.first_token];
      pred.insert({s, b, where[e.last_token - 1].second + 1, l});
    }
    for (const auto& g : gold) {
      c[g.label].gold++;
      if (pred.count(g))
        c[g.label].tp_gold++;
      else if (show)
        std::fprintf(stderr, "%s miss %s [%s] in: %s\n", name.c_str(), g.label.c_str(),
                     corpus::span_text(d.sentences[g.sentence], g.begin, g.end).c_str(),
                     corpus::span_text(d.sentences[g.sentence], 0, d.sentences[g.sentence].tokens.size()).c_str());
    }
    for (const auto& p : pred) {
      c[p.label].pred++;
      if (gold.count(p))
        c[p.label].tp_pred++;
      else if (show)
        std::fprintf(stderr, "%s false %s [%s] in: %s\n", name.c_str(), p.label.c_str(),
                     corpus::span_text(d.sentences[p.sentence], p.begin, p.end).c_str(),
                     corpus::span_text(d.sentences[p.sentence], 0, d.sentences[p.sentence].tokens.size()).c_str());
    }
  }
  return c;
}

std::string conll_label(Label l) {
  switch (l) {
    case Label::Person: return "PER";
    case Label::Org: return "ORG";
    case Label::Gpe:
    case Label::Loc: return "LOC";
    default: return "";
  }
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The seed article through the whole pipeline (text input), all labels, exact spans in UTF-16 units.
void eval_seed(const EntityModel& model, const std::string& samples, bool show) {
  std::string txt = samples + "/seed-article.txt", exp = samples + "/seed-article.expected.json";
  if (!fs::exists(txt) || !fs::exists(exp)) {
    std::printf("\nseed article: skipped (%s not found)\n", txt.c_str());
    return;
  }
  json expected = json::parse(slurp(exp));
  Document doc;
  doc.text = slurp(txt);
  structure_text(doc);
  tokenize(doc);
  split_sentences(doc);
  find_entities(model, doc);
  OffsetMap map(doc.text, OffsetUnit::Utf16);
  // UTF-16 text for finding alternative spans.
  struct G {
    uint32_t b, e;
    std::string label, text, canonical;
    std::vector<std::tuple<uint32_t, uint32_t, std::string>> ok;
  };
  std::vector<G> gold;
  std::u16string u16;
  {
    // Build a UTF-16 copy by converting through the offset map (byte offsets of each code point).
    size_t i = 0;
    while (i < doc.text.size()) {
      unsigned char c = doc.text[i];
      size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
      for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (doc.text[i + k] & 0x3F);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        u16.push_back(char16_t(0xD800 + (cp >> 10)));
        u16.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
      } else {
        u16.push_back(char16_t(cp));
      }
      i += n;
    }
  }
  for (const auto& e : expected["entities"]) {
    G g{e["start"], e["end"], e["label"], e["text"], e.value("canonical", std::string()), {}};
    g.ok.push_back({g.b, g.e, g.label});
    if (e.contains("alsoAccepted")) {
      for (const auto& a : e["alsoAccepted"]) {
        std::string s = a;
        auto colon = s.find(':');
        if (colon == std::string::npos) {
          g.ok.push_back({g.b, g.e, s});
          continue;
        }
        // "ORG:US State Department": that text, overlapping the span, with that label.
        std::string label = s.substr(0, colon), text = s.substr(colon + 1);
        std::u16string t16(text.begin(), text.end());  // ASCII alternatives
        for (size_t at = u16.find(t16); at != std::u16string::npos; at = u16.find(t16, at + 1))
          if (at < g.e && at + t16.size() > g.b) g.ok.push_back({uint32_t(at), uint32_t(at + t16.size()), label});
      }
    }
    gold.push_back(g);
  }
  std::map<std::string, Counts> c;
  std::vector<bool> matched(gold.size(), false);
  size_t canon_ok = 0, canon_n = 0;
  for (const auto& e : doc.entities) {
    uint32_t b = map.convert(e.span.begin), en = map.convert(e.span.end);
    std::string l = label_name(e.label);
    c[l].pred++;
    bool hit = false;
    for (size_t gi = 0; gi < gold.size(); ++gi)
      for (const auto& [ob, oe, ol] : gold[gi].ok)
        if (ob == b && oe == en && ol == l) {
          hit = true;
          matched[gi] = true;
          if (!gold[gi].canonical.empty()) {
            ++canon_n;
            const std::string& name = doc.clusters[e.cluster].name;
            if (name == gold[gi].canonical)
              ++canon_ok;
            else if (show)
              std::fprintf(stderr, "seed canonical: %s -> %s, expected %s\n", gold[gi].text.c_str(), name.c_str(),
                           gold[gi].canonical.c_str());
          }
        }
    if (hit)
      c[l].tp_pred++;
    else if (show)
      std::fprintf(stderr, "seed false %s [%s] at %u\n", l.c_str(), std::string(doc.view(e.span)).c_str(), b);
  }
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    c[gold[gi].label].gold++;
    if (matched[gi])
      c[gold[gi].label].tp_gold++;
    else if (show)
      std::fprintf(stderr, "seed miss %s [%s] at %u\n", gold[gi].label.c_str(), gold[gi].text.c_str(), gold[gi].b);
  }
  print_table("### Seed article (../shared/samples/seed-article.txt, whole pipeline, all labels, exact spans)", c,
              {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"});
  std::printf("\ncanonical names of matched mentions: %zu / %zu\n", canon_ok, canon_n);
  if (show) {
    for (const auto& cl : doc.clusters) {
      std::fprintf(stderr, "cluster %d %s \"%s\" mentions=%zu titles=", cl.id, label_name(cl.label), cl.name.c_str(),
                   cl.mentions.size());
      for (const auto& t : cl.titles) std::fprintf(stderr, "[%s]", t.c_str());
      std::fprintf(stderr, "\n");
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data", samples = "../shared/samples", model_file;
  bool show = false, dev_only = false;
  std::set<std::string> only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc)
      data = argv[++i];
    else if (a == "--samples" && i + 1 < argc)
      samples = argv[++i];
    else if (a == "--model" && i + 1 < argc)
      model_file = argv[++i];
    else if (a == "--show-errors")
      show = true;
    else if (a == "--dev-only")
      dev_only = true;
    else if (a == "--only" && i + 1 < argc)
      only.insert(argv[++i]);
    else {
      std::cerr << "usage: aa-eval-ner [--data DIR] [--samples DIR] [--model FILE] [--show-errors] [--only "
                   "ewt|seed|heldout] [--dev-only]\n";
      return 2;
    }
  }
  auto want = [&](const char* s) { return only.empty() || only.count(s); };
  try {
    EntityModel model = [&] {
      if (model_file.empty()) return EntityModel::embedded();
      std::string bytes = slurp(model_file);
      return EntityModel::from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }();
    std::printf("## Entity evaluation (model: %s)\n", model_file.empty() ? "embedded" : model_file.c_str());
    if (want("ewt")) {
      for (const char* split : {"dev", "test"}) {
        if (dev_only && std::string(split) == "test") continue;
        std::string path = data + "/ner/uner_en_ewt/en_ewt-ud-" + split + ".iob2";
        if (!fs::exists(path)) {
          std::printf("\nuner_en_ewt %s: skipped (%s not found)\n", split, path.c_str());
          continue;
        }
        auto docs = corpus::read_conll(path, corpus::TagScheme::Iob2, 0);
        size_t tokens;
        double secs;
        auto c = score_corpus(
            model, docs, [](const std::string& l) { return l == "PER" || l == "ORG" || l == "LOC" ? l : ""; },
            conll_label, tokens, secs, show, std::string("ewt-") + split);
        print_table(std::string("### uner_en_ewt ") + split + " (PER/ORG/LOC, exact spans; " +
                        std::to_string(docs.size()) + " documents, " + std::to_string(tokens) + " tokens)",
                    c, {"PER", "ORG", "LOC"});
      }
    }
    if (want("seed")) eval_seed(model, samples, show);
    if (want("heldout")) {
      std::vector<corpus::Doc> docs;
      for (const char* f : {"gum_open_dev", "gum_open_test"}) {
        if (dev_only && std::string(f) == "gum_open_test") continue;
        std::string path = data + "/ner/gum/" + f + ".fine.conll";
        if (!fs::exists(path)) continue;
        auto d = corpus::read_conll(path, corpus::TagScheme::Iob2, 0);
        docs.insert(docs.end(), d.begin(), d.end());
      }
      if (docs.empty()) {
        std::printf("\nheld-out (GUM dev+test): skipped (not found)\n");
      } else {
        size_t tokens;
        double secs;
        static const std::set<std::string> kEval = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE"};
        auto c = score_corpus(
            model, docs, [](const std::string& l) { return kEval.count(l) ? l : ""; },
            [](Label l) {
              std::string s = label_name(l);
              return kEval.count(s) ? s : "";
            },
            tokens, secs, show, "heldout");
        print_table(std::string("### Held out: GUM ") + (dev_only ? "dev" : "dev+test") +
                        " (never trained on; fine labels, exact spans; " + std::to_string(tokens) + " tokens)",
                    c, {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE"});
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "aa-eval-ner: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
