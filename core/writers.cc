#include "writers.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "offsets.h"

namespace aa {
namespace {

using json = nlohmann::ordered_json;

double round3(float v) {
  return std::round(static_cast<double>(v) * 1000.0) / 1000.0;
}

class JsonBuilder {
 public:
  JsonBuilder(const Document& doc, OffsetUnit unit) : doc_(doc), map_(doc.text, unit) {}

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
      x["speaker"] = sp;
      x["cue"] = opt_span(q.cue);
      x["score"] = round3(q.score);
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

class JsonWriter : public Writer {
 public:
  JsonWriter(OffsetUnit unit, int indent) : unit_(unit), indent_(indent) {}
  void write(const Document& doc, std::string& out) const override {
    out += to_json(doc, unit_, indent_);
    out += '\n';
  }

 private:
  OffsetUnit unit_;
  int indent_;
};

class TextWriter : public Writer {
 public:
  void write(const Document& doc, std::string& out) const override { out += to_inline_text(doc); }
};

}  // namespace

std::string to_json(const Document& doc, OffsetUnit unit, int indent) {
  // The text is valid UTF-8 by construction; `replace` only guards against a bug elsewhere.
  return JsonBuilder(doc, unit).build().dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string to_inline_text(const Document& doc) {
  // Opening and closing marks at byte positions; closers sort before openers at the same position, and an
  // outer span opens before (and closes after) an inner one.
  struct Mark {
    uint32_t pos;
    int order;  // closers first (0), then openers (1)
    uint32_t length;
    std::string text;
  };
  std::vector<Mark> marks;
  for (const auto& q : doc.quotes) {
    std::string head = std::string("{") + quote_kind_name(q.kind);
    if (q.speaker.known()) head += " <- " + q.speaker.name;
    head += ": ";
    marks.push_back({q.span.begin, 1, q.span.size(), head});
    marks.push_back({q.span.end, 0, q.span.size(), "}"});
  }
  for (const auto& e : doc.entities) {
    marks.push_back({e.span.begin, 1, e.span.size(), std::string("[") + label_name(e.label) + " "});
    marks.push_back({e.span.end, 0, e.span.size(), "]"});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    if (a.order != b.order) return a.order < b.order;
    return a.order == 1 ? a.length > b.length : a.length < b.length;
  });
  std::string out;
  size_t m = 0;
  for (const Block& block : doc.article.blocks) {
    if (block.kind == BlockKind::Boilerplate) continue;
    while (m < marks.size() && marks[m].pos < block.span.begin) ++m;
    if (block.kind != BlockKind::Paragraph) out += std::string("(") + block_kind_name(block.kind) + ") ";
    uint32_t at = block.span.begin;
    while (m < marks.size() && marks[m].pos <= block.span.end) {
      out.append(doc.text, at, marks[m].pos - at);
      at = marks[m].pos;
      out += marks[m].text;
      ++m;
    }
    out.append(doc.text, at, block.span.end - at);
    out += "\n\n";
  }
  for (const auto& w : doc.warnings) out += "warning: " + w.code + ": " + w.message + "\n";
  return out;
}

std::unique_ptr<Writer> make_writer(std::string_view name, OffsetUnit unit) {
  if (name == "json") return std::make_unique<JsonWriter>(unit, 2);
  if (name == "jsonl") return std::make_unique<JsonWriter>(unit, -1);
  if (name == "text") return std::make_unique<TextWriter>();
  return nullptr;
}

}  // namespace aa
