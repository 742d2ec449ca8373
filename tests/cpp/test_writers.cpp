// The JSON writer (core/json/writers.cc) against a reference: the nlohmann::ordered_json DOM it used to build, dumped
// with nlohmann's own serializer. The streaming writer must give the same bytes, compact and indented, in every
// offset unit, for documents with every field filled: real analyses (golden inputs) and synthetic documents with
// entities, clusters, quotes, scores and strings that need escaping (controls, quotes, backslashes, DEL, non-ASCII).
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "analyser.h"
#include "files.h"
#include "json/emitter.h"
#include "text/offsets.h"

namespace {

using aa::test::slurp;

using namespace aa;
using json = nlohmann::ordered_json;

double round3(float v) {
  return std::round(static_cast<double>(v) * 1000.0) / 1000.0;
}

// The writer as it was (commit 5bb1582), kept as the reference.
class ReferenceBuilder {
 public:
  ReferenceBuilder(const Document& doc, OffsetUnit unit) : doc_(doc), map_(doc.text, unit) {}

  json span(const Span& s) const {
    json j;
    j["start"] = map_.convert(s.begin);
    j["end"] = map_.convert(s.end);
    j["text"] = std::string(doc_.view(s));
    return j;
  }
  json opt_span(const std::optional<Span>& s) const { return s ? span(*s) : json(nullptr); }
  json spans(const std::vector<Span>& v) const {
    json a = json::array();
    for (const auto& s : v) a.push_back(span(s));
    return a;
  }

  json build() const {
    json j;
    j["schema"] = "article-analysis/1";
    j["input"] = {{"kind", doc_.input_kind == InputKind::Html ? "html" : "text"},
                  {"length", map_.length()},
                  {"offsets", offset_unit_name(map_.unit())}};
    j["text"] = doc_.text;
    const Article& a = doc_.article;
    json art;
    art["title"] = opt_span(a.title);
    art["subtitle"] = opt_span(a.subtitle);
    art["byline"] = opt_span(a.byline);
    if (a.date) {
      json d = span(a.date->span);
      d["iso"] = a.date->iso;
      art["date"] = d;
    } else {
      art["date"] = nullptr;
    }
    art["headings"] = spans(a.headings);
    art["captions"] = spans(a.captions);
    art["credits"] = spans(a.credits);
    art["paragraphs"] = spans(a.paragraphs);
    art["boilerplate"] = spans(a.boilerplate);
    j["article"] = art;

    json sentences = json::array();
    for (const auto& s : doc_.sentences) sentences.push_back(span(s.span));
    j["sentences"] = sentences;

    json entities = json::array();
    for (const auto& e : doc_.entities) {
      json x = span(e.span);
      x["label"] = label_name(e.label);
      x["cluster"] = e.cluster >= 0 ? json(e.cluster) : json(nullptr);
      x["score"] = round3(e.score);
      entities.push_back(x);
    }
    j["entities"] = entities;

    json clusters = json::array();
    for (const auto& c : doc_.clusters) {
      json x;
      x["id"] = c.id;
      x["label"] = label_name(c.label);
      x["name"] = c.name;
      x["mentions"] = c.mentions;
      x["titles"] = c.titles;
      x["quoteCount"] = c.quote_count;
      json kinds;
      for (int k = 0; k < 5; ++k) kinds[quote_kind_name(static_cast<QuoteKind>(k))] = c.quote_kinds[k];
      x["quoteKinds"] = kinds;
      clusters.push_back(x);
    }
    j["clusters"] = clusters;

    json quotes = json::array();
    for (const auto& q : doc_.quotes) {
      json x = span(q.span);
      x["kind"] = quote_kind_name(q.kind);
      json sp;
      sp["name"] = q.speaker.known() ? json(q.speaker.name) : json(nullptr);
      sp["cluster"] = q.speaker.cluster >= 0 ? json(q.speaker.cluster) : json(nullptr);
      sp["mention"] = opt_span(q.speaker.mention);
      sp["anonymous"] = q.speaker.anonymous;
      if (!q.speaker.known() && !q.speaker.reason.empty()) sp["reason"] = std::string(q.speaker.reason);
      x["speaker"] = sp;
      x["cue"] = opt_span(q.cue);
      x["score"] = round3(q.score);
      x["content"] = span(q.content);
      quotes.push_back(x);
    }
    j["quotes"] = quotes;

    json warnings = json::array();
    for (const auto& w : doc_.warnings) {
      warnings.push_back({{"code", w.code},
                          {"start", map_.convert(w.span.begin)},
                          {"end", map_.convert(w.span.end)},
                          {"message", w.message}});
    }
    j["warnings"] = warnings;
    return j;
  }

 private:
  const Document& doc_;
  OffsetMap map_;
};

std::string reference_json(const Document& doc, OffsetUnit unit, int indent) {
  return ReferenceBuilder(doc, unit).build().dump(indent, ' ', false, json::error_handler_t::replace);
}

// The lean JSON (JsonText) as the reference would make it: every span's "text" blanked, and the document's text
// null with JsonText::None. The spans are found by where the contract puts them, not by the writer's code.
std::string reference_lean_json(const Document& doc, OffsetUnit unit, int indent, JsonText texts) {
  json j = ReferenceBuilder(doc, unit).build();
  auto blank = [](json& span) {
    if (!span.is_null()) span["text"] = "";
  };
  for (const char* k : {"title", "subtitle", "byline", "date"}) blank(j["article"][k]);
  for (const char* k : {"headings", "captions", "credits", "paragraphs", "boilerplate"})
    for (auto& s : j["article"][k]) blank(s);
  for (auto& s : j["sentences"]) blank(s);
  for (auto& e : j["entities"]) blank(e);
  for (auto& q : j["quotes"]) {
    blank(q);
    blank(q["speaker"]["mention"]);
    blank(q["cue"]);
    blank(q["content"]);
  }
  if (texts == JsonText::None) j["text"] = nullptr;
  // JsonText::None writes ASCII (non-ASCII as \uXXXX), as nlohmann's ensure_ascii does.
  return j.dump(indent, ' ', texts == JsonText::None, json::error_handler_t::replace);
}

// A document with every list filled, spans at random code-point boundaries of a text with hard characters.
Document synthetic(uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  const char* pieces[] = {"Ned Price ",
                          "said ",
                          "\xE2\x80\x9Cyes\xE2\x80\x9D",
                          ", ",
                          "\"quoted\" ",
                          "back\\slash ",
                          "tab\t",
                          "nl\n",
                          "cr\r",
                          "\x01\x1F\x7F ",
                          "\0",
                          "caf\xC3\xA9 ",
                          "\xF0\x9F\x98\x80 ",
                          "\xE5\x8C\x97\xE4\xBA\xAC ",
                          "\b\f",
                          "/ ",
                          "</script> "};
  Document d;
  size_t parts = 5 + pick(40);
  for (size_t i = 0; i < parts; ++i) d.text += pieces[pick(sizeof pieces / sizeof *pieces)];
  std::vector<uint32_t> bounds;
  for (uint32_t i = 0; i <= d.text.size(); ++i) {
    if (i == d.text.size() || (static_cast<unsigned char>(d.text[i]) & 0xC0) != 0x80) bounds.push_back(i);
  }
  auto span = [&] {
    uint32_t a = bounds[pick(static_cast<uint32_t>(bounds.size()))],
             b = bounds[pick(static_cast<uint32_t>(bounds.size()))];
    return a <= b ? Span{a, b} : Span{b, a};
  };
  auto spans = [&](std::vector<Span>& v) {
    for (uint32_t i = pick(4); i > 0; --i) v.push_back(span());
  };
  d.input_kind = pick(2) ? InputKind::Html : InputKind::Text;
  Article& a = d.article;
  if (pick(2)) a.title = span();
  if (pick(2)) a.subtitle = span();
  if (pick(2)) a.byline = span();
  if (pick(2)) a.date = ArticleDate{span(), pick(2) ? "2023-01-25" : "2023-03-01T15:04:00-05:00"};
  spans(a.headings);
  spans(a.captions);
  spans(a.credits);
  spans(a.paragraphs);
  spans(a.boilerplate);
  for (uint32_t i = pick(5); i > 0; --i) d.sentences.push_back({span(), 0, 0, 0});
  const float scores[] = {0.0f,   1.0f,       0.5f,     0.9f,    0.95f,   0.123f, 0.001f,
                          0.999f, 0.3333333f, 0.66666f, 0.0004f, 0.0005f, 1e-7f,  0.87654f};
  uint32_t nclusters = pick(4);
  for (uint32_t c = 0; c < nclusters; ++c) {
    Cluster cl;
    cl.id = static_cast<int32_t>(c);
    cl.label = static_cast<Label>(pick(kLabelCount));
    cl.name = pick(2) ? "Ned \"the\" Price" : "\xC3\x89lodie \\ M\xC3\xBCller\t";
    if (pick(2)) cl.titles = {"President", "spokes\x01person"};
    cl.quote_count = pick(10);
    for (auto& k : cl.quote_kinds) k = pick(3);
    d.clusters.push_back(cl);
  }
  for (uint32_t i = pick(6); i > 0; --i) {
    Entity e;
    e.span = span();
    e.label = static_cast<Label>(pick(kLabelCount));
    e.cluster = nclusters && pick(3) ? static_cast<int32_t>(pick(nclusters)) : -1;
    e.score = scores[pick(sizeof scores / sizeof *scores)];
    if (e.cluster >= 0) d.clusters[e.cluster].mentions.push_back(static_cast<uint32_t>(d.entities.size()));
    d.entities.push_back(e);
  }
  for (uint32_t i = pick(5); i > 0; --i) {
    Quote q;
    q.span = span();
    q.kind = static_cast<QuoteKind>(pick(5));
    if (pick(2)) q.speaker.name = pick(2) ? "anonymous sources" : "Ned Price";
    q.speaker.cluster = nclusters && pick(2) ? static_cast<int32_t>(pick(nclusters)) : -1;
    if (pick(2)) q.speaker.mention = span();
    q.speaker.anonymous = pick(2);
    if (pick(2)) q.speaker.reason = pick(2) ? "no-cue" : "passive-cue";  // written only when name is empty
    if (pick(2)) q.cue = span();
    q.score = scores[pick(sizeof scores / sizeof *scores)];
    q.content = pick(2) ? q.span : span();
    d.quotes.push_back(q);
  }
  for (uint32_t i = pick(3); i > 0; --i) d.warnings.push_back({"unbalanced-quote", span(), "a \"quote\" \\ here\n"});
  return d;
}

}  // namespace

TEST_CASE("json writer: the same bytes as nlohmann's dump, on real analyses", "[json]") {
  Analyser analyser;
  std::vector<std::pair<std::string, InputKind>> inputs = {
      {slurp(AA_SOURCE_DIR "/web/sample-article.txt"), InputKind::Auto},
      {slurp(AA_SOURCE_DIR "/tests/golden/pipeline/mixed-text.txt"), InputKind::Text},
      {slurp(AA_SOURCE_DIR "/tests/golden/pipeline/short-page.html"), InputKind::Html},
      {"", InputKind::Auto},
      {"caf\xE9 \xED\xA0\x80 \x01\x7F \"q\" \\", InputKind::Text},
  };
  for (const auto& [text, kind] : inputs) {
    Document doc = analyser.analyse(text, {kind});
    for (auto unit : {OffsetUnit::Utf16, OffsetUnit::CodePoint, OffsetUnit::Byte}) {
      for (int indent : {-1, 2}) {
        CAPTURE(text.substr(0, 40), static_cast<int>(unit), indent);
        CHECK(to_json(doc, unit, indent) == reference_json(doc, unit, indent));
      }
    }
  }
}

TEST_CASE("json writer: the same bytes as nlohmann's dump, on 2,000 synthetic documents with every field", "[json]") {
  for (uint32_t seed = 1; seed <= 2000; ++seed) {
    Document doc = synthetic(seed);
    for (auto unit : {OffsetUnit::Utf16, OffsetUnit::CodePoint, OffsetUnit::Byte}) {
      for (int indent : {-1, 0, 2, 4}) {
        std::string got = to_json(doc, unit, indent), want = reference_json(doc, unit, indent);
        if (got != want) {
          size_t k = 0;
          while (k < got.size() && k < want.size() && got[k] == want[k]) ++k;
          FAIL("seed " << seed << ", indent " << indent << ": differs at " << k << ": got '"
                       << got.substr(k > 30 ? k - 30 : 0, 80) << "' want '" << want.substr(k > 30 ? k - 30 : 0, 80)
                       << "'");
        }
      }
    }
  }
}

TEST_CASE("json writer: the writers append documents; jsonl is one line each", "[json]") {
  Document a = synthetic(7), b = synthetic(8);
  std::string out;
  auto jsonl = make_writer("jsonl", OffsetUnit::Utf16);
  jsonl->write(a, out);
  jsonl->write(b, out);
  CHECK(out == reference_json(a, OffsetUnit::Utf16, -1) + "\n" + reference_json(b, OffsetUnit::Utf16, -1) + "\n");
  std::string pretty;
  make_writer("json", OffsetUnit::CodePoint)->write(a, pretty);
  CHECK(pretty == reference_json(a, OffsetUnit::CodePoint, 2) + "\n");
}

TEST_CASE("json writer: a reused buffer (the CLI's) and a small first guess give the same bytes", "[json]") {
  // The emitter works in a size it is told to expect (append_json's estimate), not in the buffer's capacity, and
  // grows past it when the guess was short: both must leave exactly the reference bytes, appended.
  std::string out;
  out.reserve(1 << 20);
  auto jsonl = make_writer("jsonl", OffsetUnit::Utf16);
  for (uint32_t seed = 1; seed <= 200; ++seed) {
    Document doc = synthetic(seed);
    out.clear();
    jsonl->write(doc, out);
    REQUIRE(out == reference_json(doc, OffsetUnit::Utf16, -1) + "\n");
    CHECK(out.capacity() >= (1u << 20));  // the buffer kept, not reallocated
  }
  for (uint32_t seed = 201; seed <= 220; ++seed) {
    Document doc = synthetic(seed);
    std::string prefix = "prefix ", grown = prefix;
    const size_t copies = 16384 / (doc.text.size() + 1) + 2;  // past 16 KiB: the 4 KiB start grows twice or more
    {
      aa::json::Emitter o(grown, 2, 1);  // expects 1 byte: grows from 4 KiB as it writes
      o.begin_array();
      for (size_t i = 0; i < copies; ++i) o.string(doc.text);
      o.end_array();
    }
    nlohmann::ordered_json want = nlohmann::ordered_json::array();
    for (size_t i = 0; i < copies; ++i) want.push_back(doc.text);
    CHECK(grown == prefix + want.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}

TEST_CASE("json writer: the lean forms leave out the span texts, and the text with JsonText::None (then ASCII)",
          "[json]") {
  Analyser analyser;
  std::vector<Document> docs;
  docs.push_back(analyser.analyse(slurp(AA_SOURCE_DIR "/web/sample-article.txt")));
  docs.push_back(analyser.analyse(slurp(AA_SOURCE_DIR "/tests/golden/pipeline/short-page.html"), {InputKind::Html}));
  for (uint32_t seed = 1; seed <= 300; ++seed) docs.push_back(synthetic(seed));
  size_t quotes = 0;
  for (const Document& doc : docs) {
    quotes += doc.quotes.size();
    for (auto unit : {OffsetUnit::Utf16, OffsetUnit::CodePoint, OffsetUnit::Byte}) {
      for (int indent : {-1, 2}) {
        for (auto texts : {JsonText::SpansEmpty, JsonText::None}) {
          CAPTURE(static_cast<int>(unit), indent, static_cast<int>(texts));
          std::string got = to_json(doc, unit, indent, texts);
          REQUIRE(got == reference_lean_json(doc, unit, indent, texts));
          CHECK(got.size() < to_json(doc, unit, indent).size());
        }
      }
    }
  }
  CHECK(quotes > 100);
}
