#include "datasets.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "ecb.h"
#include "ner/word.h"
#include "text/tokenizer.h"

namespace aa::train {
namespace {

namespace fs = std::filesystem;
using corpus::Doc;
using corpus::Sentence;
using corpus::Span;
using corpus::TagScheme;
using corpus::ecb::Mention;

bool is_demonym(const ner::Gazetteer& g, const std::string& word) {
  std::vector<uint32_t> keys{ner::token_key(word)};
  uint32_t v = g.find(keys.data(), 1);
  return v & (1u << ner::kGazDemonym | 1u << ner::kGazNorpGroup);
}

bool capitalised(const std::string& w) {
  return ner::starts_upper(w);
}

/// Sets that do not annotate nationalities: a capitalised demonym outside every span becomes NORP.
void add_silver_norp(std::vector<Doc>& docs, const ner::Gazetteer& g) {
  for (auto& d : docs) {
    for (auto& s : d.sentences) {
      std::vector<bool> covered(s.tokens.size(), false);
      for (const auto& sp : s.spans)
        for (size_t i = sp.begin; i < sp.end; ++i) covered[i] = true;
      for (size_t i = 0; i < s.tokens.size(); ++i)
        if (!covered[i] && capitalised(s.tokens[i]) && is_demonym(g, s.tokens[i]))
          s.spans.push_back({i, i + 1, "NORP"});
      std::sort(s.spans.begin(), s.spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    }
  }
}

/// Fine labels of the converted sets (uner_ewt_train, GUM, Re-DocRED, CrossNER, Europarl).
std::string fine(const Sentence&, const Span& sp) {
  const std::string& l = sp.label;
  if (l == "PERSON" || l == "ORG" || l == "NORP" || l == "EVENT") return l;
  if (l == "GPE" || l == "LOC") return "LOC";
  if (l == "MISC" || l == "WORK_OF_ART" || l == "PRODUCT" || l == "LANGUAGE" || l == "ABSTRACT" || l == "OBJECT" ||
      l == "OTHER" || l == "LAW" || l == "FAC")
    return "MISC";
  return "";  // DATE, CARDINAL, ... : rules
}

std::vector<Doc> read(const std::string& path, TagScheme scheme, size_t per_doc) {
  if (!fs::exists(path)) throw std::runtime_error("missing training file " + path);
  return corpus::read_conll(path, scheme, per_doc);
}

void append(std::vector<Doc>& to, std::vector<Doc> from) {
  for (auto& d : from) to.push_back(std::move(d));
}

/// Drops spans without a capitalised token (re3d annotates pronouns and descriptions) and leading
/// determiners.
void named_only(std::vector<Doc>& docs) {
  for (auto& d : docs) {
    for (auto& s : d.sentences) {
      std::vector<Span> kept;
      for (Span sp : s.spans) {
        while (sp.begin < sp.end) {
          std::string w = ner::normalized(s.tokens[sp.begin]);
          if (w == "the" || w == "a" || w == "an")
            ++sp.begin;
          else
            break;
        }
        bool cap = false;
        for (size_t i = sp.begin; i < sp.end; ++i) cap = cap || capitalised(s.tokens[i]);
        if (cap && sp.begin < sp.end) kept.push_back(sp);
      }
      s.spans = std::move(kept);
    }
  }
}

/// The length of the title or honorific that opens tokens [b, e) ("President", "Foreign Minister", "Mr."), 0 if none.
size_t title_length(const ner::Gazetteer& g, const Sentence& s, size_t b, size_t e) {
  size_t best = 0;
  std::vector<uint32_t> keys;
  for (size_t k = b; k < e && k - b < 5; ++k) {
    std::string w = ner::normalized(s.tokens[k]);
    if (!w.empty() && w.back() == '.') w.pop_back();
    keys.push_back(ner::token_key(w));
    if (k == b && (w == "mr" || w == "mrs" || w == "ms" || w == "miss" || w == "sir" || w == "dame")) best = 1;
    if (g.find(keys.data(), keys.size()) & (1u << ner::kGazTitle)) best = keys.size();
  }
  return best;
}

/// Titles are not part of a name (as in GUM and OntoNotes): "President Barack Obama" -> "Barack Obama".
void strip_titles(std::vector<Doc>& docs, const ner::Gazetteer& g) {
  for (auto& d : docs)
    for (auto& s : d.sentences)
      for (auto& sp : s.spans) {
        if (sp.label != "PERSON") continue;
        size_t n = title_length(g, s, sp.begin, sp.end);
        if (n && sp.begin + n < sp.end && capitalised(s.tokens[sp.begin + n])) sp.begin += n;
      }
}

}  // namespace

const std::vector<std::string>& tagger_labels() {
  static const std::vector<std::string> kLabels = {"PERSON", "ORG", "LOC", "NORP", "EVENT", "MISC"};
  return kLabels;
}

std::vector<Dataset> load_training_sets(const std::string& dir, const ner::Gazetteer& g) {
  std::vector<Dataset> sets;
  {
    Dataset d{"uner_ewt_train", "CC BY-SA 4.0", {}, 1};
    d.docs = read(dir + "/uner_en_ewt_train/uner_ewt_train2022.fine.conll", TagScheme::Iob2, 0);
    corpus::map_labels(d.docs, fine);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"gum_train", "annotations CC BY 4.0; texts CC BY 2.5 / CC BY-SA 3.0 / CC BY 4.0", {}, 1};
    d.docs = read(dir + "/gum/gum_open_train.fine.conll", TagScheme::Iob2, 0);
    corpus::map_labels(d.docs, fine);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"redocred", "MIT; text Wikipedia CC BY-SA", {}, 1};
    for (const char* f : {"redocred_dev", "redocred_test"})
      append(d.docs, read(dir + "/redocred/" + f + ".fine.conll", TagScheme::Iob2, 0));
    corpus::map_labels(d.docs, fine);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"crossner", "MIT; text Wikipedia CC BY-SA", {}, 1};
    for (const char* dom : {"ai", "literature", "music", "politics", "science"})
      for (const char* split : {"train", "dev", "test"})
        append(d.docs, read(dir + "/crossner/crossner_" + dom + "_" + split + ".fine.conll", TagScheme::Iob2, 8));
    corpus::map_labels(d.docs, fine);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"europarl", "Europarl terms of use (no known copyright restrictions)", {}, 1};
    d.docs = read(dir + "/europarl/europarl_en.fine.conll", TagScheme::Iob2, 10);
    corpus::map_labels(d.docs, fine);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"wikigold", "CC BY 4.0", {}, 1};
    d.docs = read(dir + "/wikigold/wikigold.conll.txt", TagScheme::Iob1, 0);
    corpus::map_labels(d.docs, [&](const Sentence& s, const Span& sp) -> std::string {
      if (sp.label == "PER") return "PERSON";
      if (sp.label == "ORG") return "ORG";
      if (sp.label == "LOC") return "LOC";
      if (sp.end == sp.begin + 1 && is_demonym(g, s.tokens[sp.begin])) return "NORP";
      return "MISC";
    });
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"btc", "CC BY 4.0", {}, 1};
    for (const char* f : {"a", "b", "e", "f", "g", "h"})
      append(d.docs, read(dir + "/btc/CONLL-format/data/" + std::string(f) + ".conll", TagScheme::Iob2, 1));
    corpus::map_labels(d.docs, [](const Sentence&, const Span& sp) -> std::string {
      if (sp.label == "PER") return "PERSON";
      if (sp.label == "ORG" || sp.label == "LOC") return sp.label;
      return "";
    });
    add_silver_norp(d.docs, g);
    sets.push_back(std::move(d));
  }
  {
    Dataset d{"wnut17", "CC BY 4.0", {}, 1};
    for (const char* f : {"wnut17train.conll", "emerging.dev.conll", "emerging.test.annotated"})
      append(d.docs, read(dir + "/wnut17/" + f, TagScheme::Iob2, 1));
    corpus::map_labels(d.docs, [](const Sentence&, const Span& sp) -> std::string {
      if (sp.label == "person") return "PERSON";
      if (sp.label == "location") return "LOC";
      if (sp.label == "corporation" || sp.label == "group") return "ORG";
      return "MISC";  // product, creative-work
    });
    add_silver_norp(d.docs, g);
    sets.push_back(std::move(d));
  }
  {
    // re3d without BBC Online (CC BY-NC): one document per file.
    Dataset d{"re3d",
              "US Gov (public domain), UK Gov (OGL v3), DFAT (CC BY 3.0 AU), EU delegation, Wikipedia (CC BY-SA 3.0)",
              {},
              1};
    std::vector<fs::path> files;
    for (const auto& src : fs::directory_iterator(dir + "/re3d/by-source")) {
      if (!src.is_directory() || src.path().filename() == "BBC_Online") continue;
      for (const auto& f : fs::directory_iterator(src.path()))
        if (f.path().extension() == ".conll") files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto docs = read(f.string(), TagScheme::Iob2, 0);
      Doc one;
      for (auto& x : docs)
        for (size_t i = 0; i < x.sentences.size(); ++i) {
          one.sentences.push_back(std::move(x.sentences[i]));
          one.kinds.push_back(BlockKind::Paragraph);
        }
      if (!one.sentences.empty()) d.docs.push_back(std::move(one));
    }
    corpus::map_labels(d.docs, [](const Sentence&, const Span& sp) -> std::string {
      if (sp.label == "Person") return "PERSON";
      if (sp.label == "Organisation") return "ORG";
      if (sp.label == "Location") return "LOC";
      if (sp.label == "Nationality") return "NORP";
      if (sp.label == "Weapon" || sp.label == "MilitaryPlatform" || sp.label == "DocumentReference") return "MISC";
      return "";
    });
    named_only(d.docs);
    sets.push_back(std::move(d));
  }
  for (auto& set : sets) strip_titles(set.docs, g);
  return sets;
}

Dataset load_news(const std::string& root, const std::string& annotations, bool without_dev, double fraction,
                  size_t first) {
  Dataset d{"news", "annotations: this project; texts ECB+ (CC BY 3.0)", {}, 1};
  auto ann = corpus::ecb::read_annotations(annotations);
  std::set<int> dev = corpus::ecb::dev_topics(ann);
  static const std::vector<Mention> kNone;
  if (ann.docs.size() > first) ann.docs.resize(first);
  for (const auto& id : ann.docs) {
    if (without_dev && dev.count(corpus::ecb::topic_of(id))) continue;
    if (fraction < 1.0) {
      uint64_t h = 1469598103934665603ull;  // FNV-1a of the document id: a subset fixed by the ids alone
      for (unsigned char c : id) h = (h ^ c) * 1099511628211ull;
      if (static_cast<double>(h % 10000) >= fraction * 10000) continue;
    }
    auto it = ann.mentions.find(id);
    d.docs.push_back(corpus::ecb::to_corpus_doc(corpus::ecb::read_doc_file(corpus::ecb::doc_path(root, id)),
                                                it == ann.mentions.end() ? kNone : it->second,
                                                [](const std::string& l) -> std::string {
                                                  if (l == "PERSON" || l == "ORG" || l == "NORP" || l == "EVENT")
                                                    return l;
                                                  if (l == "GPE" || l == "LOC") return "LOC";
                                                  return "";
                                                }));
  }
  return d;
}

Dataset load_heldout(const std::string& dir, const ner::Gazetteer&, bool fine_labels) {
  Dataset d{"gum_dev_test", "", {}, 1};
  for (const char* f : {"gum_open_dev", "gum_open_test"})
    append(d.docs, read(dir + "/gum/" + f + ".fine.conll", TagScheme::Iob2, 0));
  if (!fine_labels) corpus::map_labels(d.docs, fine);
  return d;
}

}  // namespace aa::train
