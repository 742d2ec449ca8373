#include "json/writers.h"

#include <algorithm>
#include <cmath>

#include "json/emitter.h"
#include "text/offsets.h"
#include "text/unicode.h"

namespace aa {
namespace {

double round3(float v) {
  return std::round(static_cast<double>(v) * 1000.0) / 1000.0;
}

class JsonBuilder {
 public:
  JsonBuilder(const Document& doc, OffsetUnit unit, std::string& out, int indent, JsonText texts, size_t expected)
      : doc_(doc), map_(doc.text, unit), o_(out, indent, expected), texts_(texts) {
    o_.set_ascii(texts == JsonText::None);
  }

  void span_fields(const Span& s) {
    o_.key("start");
    o_.number(uint64_t{map_.convert(s.begin)});
    o_.key("end");
    o_.number(uint64_t{map_.convert(s.end)});
    o_.key("text");
    o_.string(texts_ == JsonText::All ? doc_.view(s) : std::string_view(""));
  }
  void span(const Span& s) {
    o_.begin_object();
    span_fields(s);
    o_.end_object();
  }
  void opt_span(const std::optional<Span>& s) {
    if (s)
      span(*s);
    else
      o_.null();
  }
  void spans(const std::vector<Span>& v) {
    o_.begin_array();
    for (const auto& s : v) span(s);
    o_.end_array();
  }
  void cluster_ref(int32_t c) {
    if (c >= 0)
      o_.number(int64_t{c});
    else
      o_.null();
  }

  // The contract's JSON: the schema, then each part of the document in the contract's order.
  void build() {
    o_.begin_object();
    o_.key("schema");
    o_.string("article-analysis/1");
    write_input();
    write_article();
    write_sentences();
    write_entities();
    write_clusters();
    write_quotes();
    write_warnings();
    o_.end_object();
  }

  // "input" (kind, length, offset unit) and "text".
  void write_input() {
    o_.key("input");
    o_.begin_object();
    o_.key("kind");
    o_.string(doc_.input_kind == InputKind::Html ? "html" : "text");
    o_.key("length");
    o_.number(uint64_t{map_.length()});
    o_.key("offsets");
    o_.string(offset_unit_name(map_.unit()));
    o_.end_object();
    o_.key("text");
    if (texts_ == JsonText::None)
      o_.null();
    else
      o_.string(doc_.text);
  }

  // "article": title, subtitle, byline, date and the lists of blocks.
  void write_article() {
    const Article& a = doc_.article;
    o_.key("article");
    o_.begin_object();
    o_.key("title");
    opt_span(a.title);
    o_.key("subtitle");
    opt_span(a.subtitle);
    o_.key("byline");
    opt_span(a.byline);
    o_.key("date");
    if (a.date) {
      o_.begin_object();
      span_fields(a.date->span);
      o_.key("iso");
      o_.string(a.date->iso);
      o_.end_object();
    } else {
      o_.null();
    }
    o_.key("headings");
    spans(a.headings);
    o_.key("captions");
    spans(a.captions);
    o_.key("credits");
    spans(a.credits);
    o_.key("paragraphs");
    spans(a.paragraphs);
    o_.key("boilerplate");
    spans(a.boilerplate);
    o_.end_object();
  }

  // "sentences".
  void write_sentences() {
    o_.key("sentences");
    o_.begin_array();
    for (const auto& s : doc_.sentences) span(s.span);
    o_.end_array();
  }

  // "entities".
  void write_entities() {
    o_.key("entities");
    o_.begin_array();
    for (const auto& e : doc_.entities) {
      o_.begin_object();
      span_fields(e.span);
      o_.key("label");
      o_.string(label_name(e.label));
      o_.key("cluster");
      cluster_ref(e.cluster);
      o_.key("score");
      o_.number(round3(e.score));
      o_.end_object();
    }
    o_.end_array();
  }

  // "clusters" with their quotation counts.
  void write_clusters() {
    o_.key("clusters");
    o_.begin_array();
    for (const auto& c : doc_.clusters) {
      o_.begin_object();
      o_.key("id");
      o_.number(int64_t{c.id});
      o_.key("label");
      o_.string(label_name(c.label));
      o_.key("name");
      o_.string(c.name);
      o_.key("mentions");
      o_.begin_array();
      for (uint32_t m : c.mentions) o_.number(uint64_t{m});
      o_.end_array();
      o_.key("titles");
      o_.begin_array();
      for (const auto& t : c.titles) o_.string(t);
      o_.end_array();
      o_.key("quoteCount");
      o_.number(uint64_t{c.quote_count});
      o_.key("quoteKinds");
      o_.begin_object();
      for (int k = 0; k < 5; ++k) {
        o_.key(quote_kind_name(static_cast<QuoteKind>(k)));
        o_.number(uint64_t{c.quote_kinds[k]});
      }
      o_.end_object();
      o_.end_object();
    }
    o_.end_array();
  }

  // "quotes" with their speakers.
  void write_quotes() {
    o_.key("quotes");
    o_.begin_array();
    for (const auto& q : doc_.quotes) {
      o_.begin_object();
      span_fields(q.span);
      o_.key("kind");
      o_.string(quote_kind_name(q.kind));
      o_.key("speaker");
      o_.begin_object();
      o_.key("name");
      if (q.speaker.known())
        o_.string(q.speaker.name);
      else
        o_.null();
      o_.key("cluster");
      cluster_ref(q.speaker.cluster);
      o_.key("mention");
      opt_span(q.speaker.mention);
      o_.key("anonymous");
      o_.boolean(q.speaker.anonymous);
      if (!q.speaker.known() && !q.speaker.reason.empty()) {
        o_.key("reason");  // an extension of CONTRACT.md: why there is no speaker (document.h)
        o_.string(q.speaker.reason);
      }
      o_.end_object();
      o_.key("cue");
      opt_span(q.cue);
      o_.key("score");
      o_.number(round3(q.score));
      o_.key("content");
      span(q.content);
      o_.end_object();
    }
    o_.end_array();
  }

  // "warnings".
  void write_warnings() {
    o_.key("warnings");
    o_.begin_array();
    for (const auto& w : doc_.warnings) {
      o_.begin_object();
      o_.key("code");
      o_.string(w.code);
      o_.key("start");
      o_.number(uint64_t{map_.convert(w.span.begin)});
      o_.key("end");
      o_.number(uint64_t{map_.convert(w.span.end)});
      o_.key("message");
      o_.string(w.message);
      o_.end_object();
    }
    o_.end_array();
  }

 private:
  const Document& doc_;
  OffsetMap map_;
  json::Emitter o_;
  JsonText texts_;
};

class JsonWriter : public Writer {
 public:
  JsonWriter(OffsetUnit unit, int indent) : unit_(unit), indent_(indent) {}
  void write(const Document& doc, std::string& out) const override {
    append_json(doc, unit_, out, indent_);
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

std::string to_json(const Document& doc, OffsetUnit unit, int indent, JsonText texts) {
  std::string out;
  append_json(doc, unit, out, indent, texts);
  return out;
}

void append_json(const Document& doc, OffsetUnit unit, std::string& out, int indent, JsonText text_kind) {
  // Room for about what the output will be: the text, then each span's text with its offsets and fields (more
  // with indentation), so that the buffer rarely grows.
  const bool span_texts = text_kind == JsonText::All;
  size_t texts = text_kind == JsonText::None ? 0 : doc.text.size(), spans = 0;
  auto add = [&](const Span& sp) {
    if (span_texts) texts += sp.size();
    ++spans;
  };
  for (const Block& b : doc.article.blocks) add(b.span);
  for (const Sentence& s : doc.sentences) add(s.span);
  for (const Entity& e : doc.entities) add(e.span);
  for (const Quote& q : doc.quotes) {
    add(q.span);
    add(q.content);
    texts += 160;  // its kind, score, speaker and cue: the buffer grew (a copy, twice the size) on quote-dense text
  }
  for (const Cluster& c : doc.clusters) texts += c.name.size() + 12 * c.mentions.size() + 200;
  size_t per_span = indent < 0 ? 96 : 96 + 16 * static_cast<size_t>(indent) * 6;
  const size_t expected = texts + texts / 16 + per_span * spans + 1024;
  out.reserve(out.size() + expected);
  JsonBuilder(doc, unit, out, indent, text_kind, expected).build();
}

// Appends `s` (well-formed UTF-8) with its control characters made visible, so that text written to a terminal
// cannot drive it (ESC sequences, OSC titles, BEL, a carriage return hiding a line): C0 controls but tab and line
// feed, and DEL, as their Unicode control pictures (ESC as U+241B), C1 controls as \x80 ... \x9f.
static void append_visible(std::string& out, std::string_view s) {
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool c0 = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if (!c0 && !c1) continue;
    out.append(s, run, i - run);
    if (c0) {
      char32_t picture = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (picture >> 12));
      out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (picture & 0x3F));
    } else {
      static const char kHex[] = "0123456789abcdef";
      auto v = static_cast<unsigned char>(s[++i]);
      out += "\\x";
      out += kHex[v >> 4];
      out += kHex[v & 15];
    }
    run = i + 1;
  }
  out.append(s, run, std::string_view::npos);
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
    if (q.speaker.known())
      append_visible(head += " <- ", q.speaker.name);
    else if (!q.speaker.reason.empty())
      (head += " <- (no speaker: ") += std::string(q.speaker.reason) + ")";
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
      append_visible(out, std::string_view(doc.text).substr(at, marks[m].pos - at));
      at = marks[m].pos;
      out += marks[m].text;
      ++m;
    }
    append_visible(out, std::string_view(doc.text).substr(at, block.span.end - at));
    out += "\n\n";
  }
  for (const auto& w : doc.warnings) {
    out += "warning: " + w.code + ": ";
    append_visible(out, w.message);
    out += "\n";
  }
  return out;
}

std::unique_ptr<Writer> make_writer(std::string_view name, OffsetUnit unit) {
  if (name == "json") return std::make_unique<JsonWriter>(unit, 2);
  if (name == "jsonl") return std::make_unique<JsonWriter>(unit, -1);
  if (name == "text") return std::make_unique<TextWriter>();
  return nullptr;
}

}  // namespace aa
