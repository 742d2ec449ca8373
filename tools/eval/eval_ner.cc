// aa-eval-ner: accuracy of the entity stage, per label, exact spans.
//   - uner_en_ewt dev and test (PER/ORG/LOC; ours mapped as the contract says: PERSON->PER, ORG->ORG,
//     GPE/LOC->LOC), documents built from the gold tokens;
//   - the seed article of ../shared/samples through the whole pipeline (all labels, accepting alsoAccepted);
//   - the held-out set: GUM dev+test (never trained on), fine labels PERSON ORG PLACE (GPE and LOC as one: GUM has
//     one place type) NORP EVENT DATE; then on one line the all-label figure with GPE and LOC apart (the
//     definition before session 13).
//   - the invented sports reports: tests/golden/sports/dev.txt (sports dev, for tuning the rules) and
//     tests/golden/sports/cases.txt (sports test, written as the evaluation set: never tuned on), all labels;
//   - news: ECB+ articles annotated by hand (annotations/ner-news), dev (the dev topics of train.tsv) and test
//     (held-out topics), whole pipeline from the detokenized text, all labels and PER/ORG/LOC; with --only news-train
//     also the training documents outside the dev topics (error analysis of the rules with a model not trained on
//     them; the committed model is not).
//   - with --only ewt-train: uner_en_ewt's training split (diagnostic, not in make eval: the tagger was trained on it),
//     PER/ORG/LOC as uner dev.
//
//   aa-eval-ner [--data ../shared/data] [--samples ../shared/samples] [--model FILE] [--show-errors] [--dev-only]
// --dev-only leaves out the test splits (uner_en_ewt test, GUM test, sports test, news test): for choosing between
// models and rules. --only sports scores both sports sets; --only sports-dev / sports-test one of them.
// --show-errors lists the errors of dev and training splits only, never of a test split (uner_en_ewt test, sports
// test, news test; GUM's held-out set only with --dev-only, which leaves its test half out), so that error analysis
// cannot see what the rules are scored on.
// --dump DIR writes each scored dev set (tokens, gold and predicted spans) to DIR, for tools/experiments/neural.
// --tagger-only scores the tagger's own reading (the trainer's features, the model's weights, Viterbi) with nothing
// after it: no rules, no GPE/LOC split (LOC stays LOC), no DATE/number entities; for comparing taggers
// (tools/experiments/neural). Needs --model.
// --damage (uner_en_ewt dev and train only) adds a table of what the passes after the tagger did to its reading, per
// pass (ner/trace.h) and label: gold spans lost and won, false spans added and removed; with --show-errors each case.
// Prints Markdown tables. Exit status 0, or 1 if the data cannot be read.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "corpus.h"
#include "ecb.h"
#include "ner/decoder.h"
#include "ner/entities.h"
#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "ner/trace.h"
#include "ner/wordrep.h"
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

/// --tagger-only: the tagger alone, as the trainer scores it: the features of extract_features (the trainer's), the
/// model's weights summed per tag, Viterbi per sentence, the spans mapped onto Label (LOC stays Loc, MISC dropped).
class TaggerOnly {
 public:
  explicit TaggerOnly(const std::string& bytes)
      : m_(ner::parse_model(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size())), gaz_(m_.gazetteer) {
    if (!m_.word_reps.empty()) {
      reps_ = ner::WordReps(m_.word_reps);
      gaz_.set_word_reps(&reps_);
    }
    for (const auto& name : m_.labels) {
      auto l = label_from_name(name);
      labels_.push_back(l ? static_cast<int>(*l) : -1);
    }
  }
  /// Replaces doc.entities by the tagger's spans.
  void run(Document& doc) const {
    ner::TokenTable table;
    ner::build_token_table(doc, gaz_, table);
    ner::FeatureSet fs;
    ner::extract_features(doc, table, gaz_, fs);
    const int T = m_.n_tags();
    doc.entities.clear();
    std::vector<int32_t> em;
    std::vector<int> tags;
    ner::DecoderScratch scratch;
    for (const Sentence& s : doc.sentences) {
      size_t n = s.last_token - s.first_token;
      if (n == 0) continue;
      em.assign(n * T, 0);
      tags.assign(n, 0);
      for (size_t k = 0; k < n; ++k) {
        uint32_t i = s.first_token + static_cast<uint32_t>(k);
        for (uint32_t f = fs.offsets[i]; f < fs.offsets[i + 1]; ++f) {
          auto it = std::lower_bound(m_.feature_keys.begin(), m_.feature_keys.end(), fs.hashes[f]);
          if (it == m_.feature_keys.end() || *it != fs.hashes[f]) continue;
          size_t id = static_cast<size_t>(it - m_.feature_keys.begin());
          for (uint32_t p = m_.feature_offsets[id]; p < m_.feature_offsets[id + 1]; ++p)
            em[k * T + m_.pair_tags[p]] += m_.pair_weights[p];
        }
      }
      ner::viterbi(em.data(), n, T, m_.transitions.data(), tags.data(), nullptr, scratch);
      for (const ner::TagSpan& sp : ner::spans_of(tags.data(), n)) {
        int l = labels_[sp.label];
        if (l < 0) continue;
        Entity e;
        e.first_token = s.first_token + sp.begin;
        e.last_token = s.first_token + sp.end;
        e.span = {doc.tokens[e.first_token].span.begin, doc.tokens[e.last_token - 1].span.end};
        e.label = static_cast<Label>(l);
        doc.entities.push_back(e);
      }
    }
  }

 private:
  ner::ModelData m_;
  ner::Gazetteer gaz_;
  ner::WordReps reps_;
  std::vector<int> labels_;
};

const TaggerOnly* g_tagger_only = nullptr;  // set once by main (--tagger-only); a tool, not the core

/// The entity stage as scored: the whole pipeline, or the tagger alone with --tagger-only.
void run_entities(const EntityModel& model, Document& doc) {
  if (g_tagger_only)
    g_tagger_only->run(doc);
  else
    find_entities(model, doc);
}

/// --dump DIR: one file per scored set for another tagger (tools/experiments/neural), so that both see the same
/// tokens and are scored on the same gold: "#doc", then "#gold FIRST LAST LABEL" and "#pred FIRST LAST LABEL"
/// (the pipeline's entities, already mapped as scored; token indices within the document, LAST exclusive), then
/// one token a line, a blank line after each sentence. Under build/ only: it holds text.
void write_dump(std::ostream& out, const corpus::Doc& d, const std::set<Item>& gold, const std::set<Item>& pred) {
  std::vector<size_t> first(d.sentences.size() + 1, 0);
  for (size_t s = 0; s < d.sentences.size(); ++s) first[s + 1] = first[s] + d.sentences[s].tokens.size();
  out << "#doc\n";
  for (const auto& g : gold)
    out << "#gold " << first[g.sentence] + g.begin << " " << first[g.sentence] + g.end << " " << g.label << "\n";
  for (const auto& p : pred)
    out << "#pred " << first[p.sentence] + p.begin << " " << first[p.sentence] + p.end << " " << p.label << "\n";
  for (const auto& s : d.sentences) {
    for (const auto& t : s.tokens) out << t << "\n";
    out << "\n";
  }
}

/// --only ewt-train (and ewt dev with --damage): what the passes after the tagger did to its reading, per pass and
/// evaluated label. Against gold: a gold span the tagger had right that the final reading lacks is "lost" (laid at the
/// pass that last removed it), one it lacked that the final reading has is "won" (the pass that last made it); a
/// false span the passes made is "false added", a false span of the tagger's they took away "false removed".
struct PassEffect {
  size_t lost = 0, won = 0, false_added = 0, false_removed = 0;
  long net() const { return long(won + false_removed) - long(lost + false_added); }
};
struct Damage {
  std::map<std::pair<std::string, std::string>, PassEffect> by_pass;  // (pass, label)
  std::map<std::string, size_t> lost_kinds;  // how a lost span ends: "dropped", "label X", "span"
  bool show = false;                         // each case to stderr
};

/// The pass that last turned `item`'s presence from `from` to `!from` in `present` (one flag per step).
std::string turning_pass(const std::vector<ner::EntityStep>& trace, const std::vector<bool>& present, bool from) {
  for (size_t k = present.size(); k-- > 1;)
    if (present[k - 1] == from && present[k] != from) return trace[k].pass;
  return "?";
}

void record_damage(Damage& dmg, const corpus::Doc& d, const std::vector<ner::EntityStep>& trace,
                   const std::vector<std::pair<size_t, size_t>>& where, const std::set<Item>& gold,
                   const std::function<std::string(Label)>& pred_label) {
  if (trace.empty()) return;
  std::vector<std::set<Item>> steps;
  for (const auto& step : trace) {
    std::set<Item> items;
    for (const auto& [b, e, label] : step.spans) {
      std::string l = pred_label(label);
      if (l.empty() || b >= e || e > where.size()) continue;
      auto [s, first] = where[b];  // mapped as score_corpus maps the final entities
      items.insert({s, first, where[e - 1].second + 1, l});
    }
    steps.push_back(std::move(items));
  }
  const std::set<Item>& tagger = steps.front();
  const std::set<Item>& last = steps.back();
  auto presence = [&](const Item& x) {
    std::vector<bool> p;
    for (const auto& st : steps) p.push_back(st.count(x) > 0);
    return p;
  };
  auto text = [&](const Item& x) {
    return corpus::span_text(d.sentences[x.sentence], x.begin, x.end) +
           "] in: " + corpus::span_text(d.sentences[x.sentence], 0, d.sentences[x.sentence].tokens.size());
  };
  for (const Item& g : gold) {
    bool t = tagger.count(g), f = last.count(g);
    if (t == f) continue;
    std::string pass = turning_pass(trace, presence(g), t);
    auto& e = dmg.by_pass[{pass, g.label}];
    if (t) {
      ++e.lost;
      std::string kind = "dropped";
      for (const Item& p : last)
        if (p.sentence == g.sentence && p.begin < g.end && g.begin < p.end)
          kind = p.begin == g.begin && p.end == g.end ? "label " + p.label : "span";
      ++dmg.lost_kinds[g.label + " " + kind];
      if (dmg.show)
        std::fprintf(stderr, "lost %s %s (%s) [%s\n", g.label.c_str(), pass.c_str(), kind.c_str(), text(g).c_str());
    } else {
      ++e.won;
      if (dmg.show) std::fprintf(stderr, "won %s %s [%s\n", g.label.c_str(), pass.c_str(), text(g).c_str());
    }
  }
  std::set<Item> falses;
  for (const Item& p : tagger)
    if (!gold.count(p)) falses.insert(p);
  for (const Item& p : last)
    if (!gold.count(p)) falses.insert(p);
  for (const Item& p : falses) {
    bool t = tagger.count(p), f = last.count(p);
    if (t == f) continue;
    std::string pass = turning_pass(trace, presence(p), t);
    auto& e = dmg.by_pass[{pass, p.label}];
    if (f) {
      ++e.false_added;
      if (dmg.show) std::fprintf(stderr, "false-added %s %s [%s\n", p.label.c_str(), pass.c_str(), text(p).c_str());
    } else {
      ++e.false_removed;
    }
  }
}

void print_damage(const std::string& title, const Damage& dmg) {
  std::printf(
      "\n%s\n\n| pass | label | gold lost | gold won | false added | false removed | net |\n"
      "|---|---|---|---|---|---|---|\n",
      title.c_str());
  std::vector<std::pair<std::pair<std::string, std::string>, PassEffect>> rows(dmg.by_pass.begin(), dmg.by_pass.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second.net() < b.second.net(); });
  PassEffect all;
  for (const auto& [key, e] : rows) {
    std::printf("| %s | %s | %zu | %zu | %zu | %zu | %+ld |\n", key.first.c_str(), key.second.c_str(), e.lost, e.won,
                e.false_added, e.false_removed, e.net());
    all.lost += e.lost, all.won += e.won, all.false_added += e.false_added, all.false_removed += e.false_removed;
  }
  std::printf("| **all** | | %zu | %zu | %zu | %zu | %+ld |\n", all.lost, all.won, all.false_added, all.false_removed,
              all.net());
  std::printf("\nlost gold spans by what the final reading has there: ");
  for (const auto& [k, n] : dmg.lost_kinds) std::printf("%s %zu; ", k.c_str(), n);
  std::printf("\n");
}

/// Runs the entity stage on corpus documents and scores exact spans. `gold_label` maps a corpus label to the
/// evaluated label ("" = not evaluated); `pred_label` maps ours likewise.
std::map<std::string, Counts> score_corpus(const EntityModel& model, const std::vector<corpus::Doc>& docs,
                                           const std::function<std::string(const std::string&)>& gold_label,
                                           const std::function<std::string(Label)>& pred_label, size_t& tokens,
                                           double& seconds, bool show, const std::string& name,
                                           std::ostream* dump = nullptr, Damage* damage = nullptr) {
  std::map<std::string, Counts> c;
  tokens = 0;
  seconds = 0;
  for (const auto& d : docs) {
    Document doc = corpus::make_document(d);
    auto t0 = std::chrono::steady_clock::now();
    std::vector<ner::EntityStep> trace;
    if (damage && !g_tagger_only)
      ner::find_entities_traced(model, doc, trace);
    else
      run_entities(model, doc);
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
    if (dump) write_dump(*dump, d, gold, pred);
    if (damage) record_damage(*damage, d, trace, where, gold, pred_label);
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

const std::vector<std::string>& all_labels() {
  static const std::vector<std::string> k = {"PERSON", "ORG",  "GPE",   "LOC",     "NORP",    "EVENT",
                                             "DATE",   "TIME", "MONEY", "PERCENT", "QUANTITY"};
  return k;
}

/// News (ECB+ articles annotated by hand, annotations/ner-news): each document's detokenized text through the
/// whole pipeline (text input, as an editor pastes it), predicted entities mapped to ECB+ tokens (the tokens they
/// overlap), exact token spans. `split`: "dev" (the training documents of the dev topics, ecb::dev_topics) or
/// "test" (test.tsv, held-out topics).
void eval_news(const EntityModel& model, const std::string& data, const std::string& annotations,
               const std::string& split, bool show, std::ostream* dump = nullptr) {
  std::string root = data + "/ner/ecbplus/ECB+";
  std::string file = annotations + (split == "test" ? "/test.tsv" : "/train.tsv");
  if (!fs::exists(root) || !fs::exists(file)) {
    std::printf("\nnews %s: skipped (%s or %s not found: ../shared is absent)\n", split.c_str(), root.c_str(),
                file.c_str());
    return;
  }
  corpus::ecb::Annotations ann = corpus::ecb::read_annotations(file);
  std::set<int> dev = corpus::ecb::dev_topics(corpus::ecb::read_annotations(annotations + "/train.tsv"));
  std::map<std::string, Counts> all, ppl;
  size_t docs = 0, tokens = 0, changed = 0;
  double seconds = 0;
  for (const auto& id : ann.docs) {
    if (split == "dev" && !dev.count(corpus::ecb::topic_of(id))) continue;
    if (split == "train" && dev.count(corpus::ecb::topic_of(id))) continue;
    ++docs;
    auto toks = corpus::ecb::read_doc_file(corpus::ecb::doc_path(root, id));
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    Document doc;
    doc.text = corpus::ecb::detokenize(toks, spans);
    std::string original = doc.text;
    auto t0 = std::chrono::steady_clock::now();
    structure_text(doc);
    tokenize(doc);
    split_sentences(doc);
    run_entities(model, doc);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    tokens += toks.size();
    if (doc.text != original) {
      ++changed;  // the structure stage rewrote the text: offsets no longer match the tokens
      continue;
    }
    struct M {
      int first, last;
      std::string label;
      bool operator<(const M& o) const { return std::tie(first, last, label) < std::tie(o.first, o.last, o.label); }
    };
    std::set<M> gold, pred;
    auto it = ann.mentions.find(id);
    if (it != ann.mentions.end())
      for (const auto& m : it->second) gold.insert({m.first, m.last, m.label});
    for (const auto& e : doc.entities) {
      size_t b = 0;
      while (b < spans.size() && spans[b].second <= e.span.begin) ++b;
      size_t last = b;
      while (last + 1 < spans.size() && spans[last + 1].first < e.span.end) ++last;
      if (b >= spans.size() || spans[b].first >= e.span.end) continue;  // inside a gap: no token
      pred.insert({toks[b].id, toks[last].id, label_name(e.label)});
    }
    auto tally = [&](std::map<std::string, Counts>& c, const std::function<std::string(const std::string&)>& map) {
      std::set<M> g, p;
      for (const auto& x : gold)
        if (auto l = map(x.label); !l.empty()) g.insert({x.first, x.last, l});
      for (const auto& x : pred)
        if (auto l = map(x.label); !l.empty()) p.insert({x.first, x.last, l});
      for (const auto& x : g) {
        c[x.label].gold++;
        c[x.label].tp_gold += p.count(x);
      }
      for (const auto& x : p) {
        c[x.label].pred++;
        c[x.label].tp_pred += g.count(x);
      }
      return std::make_pair(g, p);
    };
    auto [g, p] = tally(all, [](const std::string& l) { return l; });
    if (dump) {
      // Token ids are 1-based and run through the document; sentences as ECB+ marks them.
      *dump << "#doc " << id << "\n";
      for (const auto& x : g)
        *dump << "#gold " << x.first - toks[0].id << " " << x.last - toks[0].id + 1 << " " << x.label << "\n";
      for (const auto& x : p)
        *dump << "#pred " << x.first - toks[0].id << " " << x.last - toks[0].id + 1 << " " << x.label << "\n";
      // The tokens as the trainer reads them (`` as a curly quote ...): corpus::ecb::to_corpus_doc.
      for (size_t k = 0; k < toks.size(); ++k)
        if (toks[k].id != toks[0].id + int(k)) throw std::runtime_error("news dump: token ids not contiguous in " + id);
      corpus::Doc written = corpus::ecb::to_corpus_doc(toks, {}, [](const std::string& l) { return l; });
      for (const auto& s : written.sentences) {
        for (const auto& t : s.tokens) *dump << t << "\n";
        *dump << "\n";
      }
    }
    tally(ppl, [](const std::string& l) -> std::string {
      if (l == "PERSON") return "PER";
      if (l == "ORG") return "ORG";
      if (l == "GPE" || l == "LOC") return "LOC";
      return "";
    });
    if (show && split != "test") {
      auto words = [&](int first, int last) {
        std::string s;
        for (const auto& t : toks)
          if (t.id >= first && t.id <= last) s += (s.empty() ? "" : " ") + t.text;
        return s;
      };
      // Eight tokens either side as context (the text itself stays out of the repository: stderr only).
      for (const auto& x : g)
        if (!p.count(x))
          std::fprintf(stderr, "news-%s %s miss %s [%s] in: %s\n", split.c_str(), id.c_str(), x.label.c_str(),
                       words(x.first, x.last).c_str(), words(x.first - 8, x.last + 8).c_str());
      for (const auto& x : p)
        if (!g.count(x))
          std::fprintf(stderr, "news-%s %s false %s [%s] in: %s\n", split.c_str(), id.c_str(), x.label.c_str(),
                       words(x.first, x.last).c_str(), words(x.first - 8, x.last + 8).c_str());
    }
  }
  std::string what = split == "test" ? "News test (ECB+ articles of held-out topics, never trained or tuned on"
                     : split == "dev"
                         ? "News dev (ECB+ training articles of the dev topics, never trained on in "
                           "development"
                         : "News train (ECB+ training articles outside the dev topics: for the rules' error "
                           "analysis with a model not trained on them";
  std::string size = "; " + std::to_string(docs) + " documents, " + std::to_string(tokens) + " tokens";
  if (changed) size += "; " + std::to_string(changed) + " skipped: text rewritten by the structure stage";
  print_table("### " + what + "; whole pipeline from the detokenized text, all labels, exact spans" + size + ")", all,
              all_labels());
  print_table("### " + what + "; PER/ORG/LOC, contract mapping" + size + ")", ppl, {"PER", "ORG", "LOC"});
  if (show) std::fprintf(stderr, "news %s: %.0f tokens/s\n", split.c_str(), tokens / std::max(seconds, 1e-9));
}

/// One invented case of tests/golden/sports/{dev,cases}.txt: its plain text and the entities marked in it.
struct MarkedCase {
  std::string name, text;
  std::vector<std::tuple<uint32_t, uint32_t, std::string>> gold;  // byte span, label
};

/// Reads "=== name: what it shows" headers, each followed by text with inline [[LABEL words]] markup (no
/// nesting); "#" lines before the first case are comments. Throws std::runtime_error on broken markup.
std::vector<MarkedCase> read_marked_cases(const std::string& path) {
  std::vector<MarkedCase> out;
  std::istringstream in(slurp(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("===", 0) == 0) {
      MarkedCase c;
      c.name = line.substr(4, line.find(':') == std::string::npos ? std::string::npos : line.find(':') - 4);
      out.push_back(c);
      continue;
    }
    if (out.empty()) continue;  // comments before the first case
    MarkedCase& c = out.back();
    for (size_t i = 0; i < line.size();) {
      if (line.compare(i, 2, "[[") == 0) {
        size_t sp = line.find(' ', i), close = line.find("]]", i);
        if (sp == std::string::npos || close == std::string::npos || sp > close)
          throw std::runtime_error(path + ": broken [[LABEL words]] in case " + c.name);
        std::string label = line.substr(i + 2, sp - i - 2);
        uint32_t b = static_cast<uint32_t>(c.text.size());
        c.text += line.substr(sp + 1, close - sp - 1);
        c.gold.emplace_back(b, static_cast<uint32_t>(c.text.size()), label);
        i = close + 2;
      } else {
        c.text.push_back(line[i++]);
      }
    }
    c.text.push_back('\n');
  }
  for (auto& c : out)
    while (c.text.size() >= 2 && c.text[c.text.size() - 1] == '\n' && c.text[c.text.size() - 2] == '\n')
      c.text.pop_back();
  return out;
}

/// Invented sports reports (tests/golden/sports/dev.txt or cases.txt): whole pipeline, all labels, exact spans.
/// --dump of a sports case: the pipeline's tokens (sentence by sentence), gold and predicted spans as the token
/// ranges that cover their bytes (a gold span that does not start and end on token boundaries is counted in
/// `misaligned`: the neural scorer cannot match it, nor can the tagger).
void write_sports_dump(std::ostream& out, const Document& doc,
                       const std::set<std::tuple<uint32_t, uint32_t, std::string>>& gold,
                       const std::set<std::tuple<uint32_t, uint32_t, std::string>>& pred, size_t& misaligned) {
  std::vector<uint32_t> toks;  // dump index -> doc token
  for (const Sentence& s : doc.sentences)
    for (uint32_t i = s.first_token; i < s.last_token; ++i) toks.push_back(i);
  auto range = [&](uint32_t b, uint32_t e, bool& exact) {
    size_t first = 0, last = 0;
    bool found = false;
    for (size_t k = 0; k < toks.size(); ++k) {
      const Span& sp = doc.tokens[toks[k]].span;
      if (sp.end <= b || sp.begin >= e) continue;
      if (!found) first = k, exact = sp.begin == b;
      found = true;
      last = k;
    }
    if (found) exact = exact && doc.tokens[toks[last]].span.end == e;
    return std::make_pair(first, found ? last + 1 : first);
  };
  out << "#doc\n";
  for (const auto& [b, e, l] : gold) {
    bool exact = false;
    auto [f, t] = range(b, e, exact);
    misaligned += !exact;
    out << "#gold " << f << " " << t << " " << l << "\n";
  }
  for (const auto& [b, e, l] : pred) {
    bool exact = false;
    auto [f, t] = range(b, e, exact);
    out << "#pred " << f << " " << t << " " << l << "\n";
  }
  for (const Sentence& s : doc.sentences) {
    if (s.first_token >= s.last_token) continue;
    for (uint32_t i = s.first_token; i < s.last_token; ++i)
      out << doc.text.substr(doc.tokens[i].span.begin, doc.tokens[i].span.end - doc.tokens[i].span.begin) << "\n";
    out << "\n";
  }
}

void eval_sports(const EntityModel& model, const std::string& path, const std::string& split, bool show,
                 std::ostream* dump = nullptr) {
  size_t misaligned = 0;
  if (!fs::exists(path)) {
    std::printf("\nsports %s: skipped (%s not found)\n", split.c_str(), path.c_str());
    return;
  }
  auto cases = read_marked_cases(path);
  std::map<std::string, Counts> c;
  for (const auto& mc : cases) {
    Document doc;
    doc.text = mc.text;
    structure_text(doc);
    tokenize(doc);
    split_sentences(doc);
    run_entities(model, doc);
    std::set<std::tuple<uint32_t, uint32_t, std::string>> gold(mc.gold.begin(), mc.gold.end()), pred;
    if (doc.text == mc.text)
      for (const auto& e : doc.entities) pred.insert({e.span.begin, e.span.end, label_name(e.label)});
    if (dump && doc.text == mc.text) write_sports_dump(*dump, doc, gold, pred, misaligned);
    for (const auto& g : gold) {
      c[std::get<2>(g)].gold++;
      c[std::get<2>(g)].tp_gold += pred.count(g);
      if (show && !pred.count(g))
        std::fprintf(stderr, "sports-%s %s miss %s [%s]\n", split.c_str(), mc.name.c_str(), std::get<2>(g).c_str(),
                     mc.text.substr(std::get<0>(g), std::get<1>(g) - std::get<0>(g)).c_str());
    }
    for (const auto& p : pred) {
      c[std::get<2>(p)].pred++;
      c[std::get<2>(p)].tp_pred += gold.count(p);
      if (show && !gold.count(p))
        std::fprintf(stderr, "sports-%s %s false %s [%s]\n", split.c_str(), mc.name.c_str(), std::get<2>(p).c_str(),
                     mc.text.substr(std::get<0>(p), std::get<1>(p) - std::get<0>(p)).c_str());
    }
  }
  print_table("### Sports " + split + " (" + path + ": " + std::to_string(cases.size()) +
                  " invented cases, clubs as ORG; whole pipeline, all labels, exact spans)",
              c, all_labels());
  if (dump) std::printf("\n(dump: %zu gold spans not on token boundaries)\n", misaligned);
}

/// --only gum-train (a diagnostic, not part of make eval): GUM's training split (many genres: interviews, travel
/// guides, biographies, academic prose, court), all labels, GPE and LOC both as one PLACE and apart, as the held-out
/// line prints them. The tagger is trained on it, so its use is the rules' damage: scored against --tagger-only, the
/// spans the tagger alone had right that the pipeline loses (--show-errors or --dump list them).
void eval_gum_train(const EntityModel& model, const std::string& data, bool show, std::ostream* dump) {
  std::string path = data + "/ner/gum/gum_open_train.fine.conll";
  if (!fs::exists(path)) {
    std::printf("\nGUM train: skipped (%s not found)\n", path.c_str());
    return;
  }
  auto docs = corpus::read_conll(path, corpus::TagScheme::Iob2, 0);
  static const std::set<std::string> kEval = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE"};
  auto place = [](const std::string& l) -> std::string {
    if (!kEval.count(l)) return "";
    return l == "GPE" || l == "LOC" ? "PLACE" : l;
  };
  auto apart = [](const std::string& l) -> std::string { return kEval.count(l) ? l : ""; };
  size_t tokens;
  double secs;
  auto c = score_corpus(
      model, docs, place, [&](Label l) { return place(label_name(l)); }, tokens, secs, show, "gum-train", dump);
  std::string size = std::to_string(docs.size()) + " documents, " + std::to_string(tokens) + " tokens";
  print_table("### GUM train (trained on: for the rules' damage; GPE and LOC as one PLACE, exact spans; " + size + ")",
              c, {"PERSON", "ORG", "PLACE", "NORP", "EVENT", "DATE"});
  auto s = score_corpus(
      model, docs, apart, [&](Label l) { return apart(label_name(l)); }, tokens, secs, false, "gum-train-split");
  print_table("### GUM train (GPE and LOC apart, exact spans; " + size + ")", s,
              {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE"});
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data", samples = "../shared/samples", model_file;
  std::string annotations = "annotations/ner-news", sports = "tests/golden/sports/cases.txt",
              sports_dev = "tests/golden/sports/dev.txt";
  bool show = false, dev_only = false, tagger_only = false, damage = false;
  std::string dump_dir;
  std::set<std::string> only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc)
      data = argv[++i];
    else if (a == "--samples" && i + 1 < argc)
      samples = argv[++i];
    else if (a == "--sports" && i + 1 < argc)
      sports = argv[++i];
    else if (a == "--sports-dev" && i + 1 < argc)
      sports_dev = argv[++i];
    else if (a == "--annotations" && i + 1 < argc)
      annotations = argv[++i];
    else if (a == "--model" && i + 1 < argc)
      model_file = argv[++i];
    else if (a == "--show-errors")
      show = true;
    else if (a == "--dump" && i + 1 < argc)
      dump_dir = argv[++i];
    else if (a == "--tagger-only")
      tagger_only = true;
    else if (a == "--damage")
      damage = true;
    else if (a == "--dev-only")
      dev_only = true;
    else if (a == "--only" && i + 1 < argc)
      only.insert(argv[++i]);
    else {
      std::cerr
          << "usage: aa-eval-ner [--data DIR] [--samples DIR] [--model FILE] [--show-errors] [--annotations DIR] "
             "[--sports FILE] [--sports-dev FILE] [--only ewt|seed|heldout|sports|sports-dev|sports-test|news-dev|"
             "news-test|news-train|ewt-train] [--dev-only] [--dump DIR] [--tagger-only] [--damage]\n";
      return 2;
    }
  }
  auto want = [&](const char* s) { return only.empty() || only.count(s); };
  std::map<std::string, std::unique_ptr<std::ofstream>> dumps;
  auto dump_of = [&](const std::string& name) -> std::ostream* {
    if (dump_dir.empty()) return nullptr;
    auto& f = dumps[name];
    if (!f) f = std::make_unique<std::ofstream>(dump_dir + "/" + name + ".txt", std::ios::binary);
    return f.get();
  };
  try {
    EntityModel model = [&] {
      if (model_file.empty()) return EntityModel::embedded();
      std::string bytes = slurp(model_file);
      return EntityModel::from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }();
    std::unique_ptr<TaggerOnly> tagger;
    if (tagger_only) {
      if (model_file.empty()) throw std::runtime_error("--tagger-only needs --model FILE");
      tagger = std::make_unique<TaggerOnly>(slurp(model_file));
      g_tagger_only = tagger.get();
      std::printf("(tagger only: no rules, no GPE/LOC split, no DATE/number entities)\n");
    }
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
        bool is_dev = std::string(split) == "dev";
        Damage dmg;
        dmg.show = show && is_dev;
        auto c = score_corpus(
            model, docs, [](const std::string& l) { return l == "PER" || l == "ORG" || l == "LOC" ? l : ""; },
            conll_label, tokens, secs, show && is_dev, std::string("ewt-") + split,
            dump_of(std::string("ewt-") + split), damage && is_dev && !tagger_only ? &dmg : nullptr);
        print_table(std::string("### uner_en_ewt ") + split + " (PER/ORG/LOC, exact spans; " +
                        std::to_string(docs.size()) + " documents, " + std::to_string(tokens) + " tokens)",
                    c, {"PER", "ORG", "LOC"});
        if (damage && is_dev && !tagger_only)
          print_damage("### uner_en_ewt dev: what the passes did to the tagger's reading", dmg);
      }
    }
    // A diagnostic set, not a headline: uner_en_ewt's training split (the web genres of dev and test, twelve
    // thousand sentences), the coarse file of ../shared (PER/ORG/LOC as uner dev; its MISC is not scored). The
    // tagger was trained on it, so the tagger's own figure is optimistic: what it is for is the rules' effect on
    // text of those genres (--damage: the table of what each pass lost and won against the tagger's reading).
    if (only.count("ewt-train")) {
      std::string path = data + "/ner/uner_en_ewt_train/uner_ewt_train2022.coarse.conll";
      if (!fs::exists(path)) {
        std::printf("\nuner_en_ewt train: skipped (%s not found)\n", path.c_str());
      } else {
        auto docs = corpus::read_conll(path, corpus::TagScheme::Iob2, 0);
        size_t tokens;
        double secs;
        Damage dmg;
        dmg.show = show;
        auto c = score_corpus(
            model, docs, [](const std::string& l) { return l == "PER" || l == "ORG" || l == "LOC" ? l : ""; },
            conll_label, tokens, secs, show && !damage, "ewt-train", dump_of("ewt-train"),
            damage && !tagger_only ? &dmg : nullptr);
        print_table("### uner_en_ewt train (diagnostic: trained on; PER/ORG/LOC, exact spans; " +
                        std::to_string(docs.size()) + " documents, " + std::to_string(tokens) + " tokens)",
                    c, {"PER", "ORG", "LOC"});
        if (damage && !tagger_only)
          print_damage("### uner_en_ewt train: what the passes did to the tagger's reading", dmg);
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
        // GUM annotates one "place" type; the fine files' GPE/LOC split of it was made by the converter from
        // gazetteers (a town under 15,000 people, a district or a province missing from them became LOC), so it
        // is not GUM's reading: both sides' GPE and LOC are scored as one PLACE label (models/README.md).
        static const std::set<std::string> kEval = {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE"};
        auto gum_label = [](const std::string& l) -> std::string {
          if (!kEval.count(l)) return "";
          return l == "GPE" || l == "LOC" ? "PLACE" : l;
        };
        auto c = score_corpus(
            model, docs, gum_label, [&](Label l) { return gum_label(label_name(l)); }, tokens, secs, show && dev_only,
            "heldout", dump_of("heldout"));  // GUM's test is in it without --dev-only
        print_table(std::string("### Held out: GUM ") + (dev_only ? "dev" : "dev+test") +
                        " (never trained on; fine labels, GPE and LOC as one PLACE, exact spans; " +
                        std::to_string(tokens) + " tokens)",
                    c, {"PERSON", "ORG", "PLACE", "NORP", "EVENT", "DATE"});
        // The figure under the definition used before session 13 (GPE and LOC scored apart, as the fine files
        // split them), so that a note can give the held-out figure both ways for continuity.
        auto split_label = [](const std::string& l) -> std::string { return kEval.count(l) ? l : ""; };
        auto s = score_corpus(
            model, docs, split_label, [&](Label l) { return split_label(label_name(l)); }, tokens, secs,
            show && dev_only,
            "heldout-split");  // with --show-errors (dev only) its cases too, GPE/LOC confusions among them
        Counts all;
        for (const auto& [l, n] : s)
          all.tp_pred += n.tp_pred, all.pred += n.pred, all.tp_gold += n.tp_gold, all.gold += n.gold;
        std::printf(
            "\nall labels with GPE and LOC apart (the definition before session 13): precision %.3f, "
            "recall %.3f, F1 %.3f\n",
            all.p(), all.r(), all.f());
      }
    }
    if (want("sports") || only.count("sports-dev")) eval_sports(model, sports_dev, "dev", show, dump_of("sports-dev"));
    if ((want("sports") || only.count("sports-test")) && !dev_only) eval_sports(model, sports, "test", false);
    if (want("news-dev")) eval_news(model, data, annotations, "dev", show, dump_of("news-dev"));
    if (only.count("news-train")) eval_news(model, data, annotations, "train", show);
    if (only.count("gum-train")) eval_gum_train(model, data, show, dump_of("gum-train"));
    if (want("news-test") && !dev_only) eval_news(model, data, annotations, "test", show);
  } catch (const std::exception& e) {
    std::cerr << "aa-eval-ner: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
