#include "writers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "offsets.h"

namespace aa {
namespace {

// Length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at s[i], or 0 (Unicode table 3-7).
size_t utf8_length(std::string_view s, size_t i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if (b < lo || b > hi) return 0;
    lo = 0x80;
    hi = 0xBF;
  }
  return n;
}

double round3(float v) {
  return std::round(static_cast<double>(v) * 1000.0) / 1000.0;
}

// Writes JSON straight into a string, in the exact format of nlohmann::json::dump(indent) with ensure_ascii off
// (the format the golden files and every earlier output have): compact with indent < 0, else one member or
// element a line, `indent` spaces a level, "key": value, empty containers as {} and [].
// Building an nlohmann DOM first cost more than the analysis itself (a node, a string copy and a free per field)
// and 25 bytes of memory per byte of input; this writes each field once.
class Out {
 public:
  Out(std::string& s, int indent) : s_(s), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The next member's key (in an object).
  void key(std::string_view k) {
    item();
    s_ += '"';
    s_.append(k);  // keys are ASCII literals with nothing to escape
    s_ += indent_ >= 0 ? "\": " : "\":";
    keyed_ = true;
  }

  void null() {
    item();
    s_ += "null";
  }
  void boolean(bool b) {
    item();
    s_ += b ? "true" : "false";
  }
  void number(uint64_t v) {
    item();
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    s_.append(buf, r.ptr);
  }
  void number(int64_t v) {
    item();
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    s_.append(buf, r.ptr);
  }
  /// A double as nlohmann writes it (shortest round trip, "1.0" for 1). Scores are multiples of 0.001 in
  /// [0, 1000), written directly; anything else goes through nlohmann's own formatting.
  void number(double v) {
    item();
    if (v >= 0 && v < 1000) {
      long long k = std::llround(v * 1000);
      if (static_cast<double>(k) / 1000.0 == v) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, k / 1000);
        s_.append(buf, r.ptr);
        s_ += '.';
        int frac = static_cast<int>(k % 1000);
        char d[3] = {char('0' + frac / 100), char('0' + frac / 10 % 10), char('0' + frac % 10)};
        int n = 3;
        while (n > 1 && d[n - 1] == '0') --n;
        s_.append(d, static_cast<size_t>(n));
        return;
      }
    }
    s_ += nlohmann::json(v).dump();
  }
  void string(std::string_view v) {
    item();
    s_ += '"';
    escape(v);
    s_ += '"';
  }

  std::string& str() { return s_; }

 private:
  std::string& s_;
  int indent_;
  int level_ = 0;
  bool first_ = true;   // no item yet in the innermost container
  bool keyed_ = false;  // a key was just written: the value follows it directly

  void newline() {
    s_ += '\n';
    s_.append(static_cast<size_t>(indent_) * static_cast<size_t>(level_), ' ');
  }
  void item() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (level_ == 0) return;
    if (!first_) s_ += ',';
    first_ = false;
    if (indent_ >= 0) newline();
  }
  void open(char c) {
    item();
    s_ += c;
    ++level_;
    first_ = true;
  }
  void close(char c) {
    --level_;
    if (!first_ && indent_ >= 0) newline();
    s_ += c;
    first_ = false;
  }

  // JSON string escaping as nlohmann's dump_escaped: " \ \b \f \n \r \t by name, other C0 controls as
  // \u00xx (lower-case hex), everything else (DEL, non-ASCII) as is. Ill-formed UTF-8 cannot occur in a
  // Document; should it, each bad byte becomes U+FFFD so that the output stays valid UTF-8.
  void escape(std::string_view v) {
    static const char* kHex = "0123456789abcdef";
    size_t run = 0;
    for (size_t i = 0; i < v.size();) {
      auto b = static_cast<unsigned char>(v[i]);
      if (b >= 0x20 && b != '"' && b != '\\' && b < 0x80) {
        ++i;
        continue;
      }
      if (b >= 0x80) {
        size_t n = utf8_length(v, i);
        if (n) {
          i += n;
          continue;
        }
      }
      s_.append(v.data() + run, i - run);
      switch (b) {
        case '"': s_ += "\\\""; break;
        case '\\': s_ += "\\\\"; break;
        case '\b': s_ += "\\b"; break;
        case '\f': s_ += "\\f"; break;
        case '\n': s_ += "\\n"; break;
        case '\r': s_ += "\\r"; break;
        case '\t': s_ += "\\t"; break;
        default:
          if (b < 0x20) {
            char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
            s_.append(u, 6);
          } else {
            s_ += "\xEF\xBF\xBD";
          }
      }
      run = ++i;
    }
    s_.append(v.data() + run, v.size() - run);
  }
};

class JsonBuilder {
 public:
  JsonBuilder(const Document& doc, OffsetUnit unit, std::string& out, int indent)
      : doc_(doc), map_(doc.text, unit), o_(out, indent) {}

  void span_fields(const Span& s) {
    o_.key("start");
    o_.number(uint64_t{map_.convert(s.begin)});
    o_.key("end");
    o_.number(uint64_t{map_.convert(s.end)});
    o_.key("text");
    o_.string(doc_.view(s));
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

  void build() {
    o_.begin_object();
    o_.key("schema");
    o_.string("article-analysis/1");
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
    o_.string(doc_.text);

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

    o_.key("sentences");
    o_.begin_array();
    for (const auto& s : doc_.sentences) span(s.span);
    o_.end_array();

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
      o_.end_object();
      o_.key("cue");
      opt_span(q.cue);
      o_.key("score");
      o_.number(round3(q.score));
      o_.end_object();
    }
    o_.end_array();

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
    o_.end_object();
  }

 private:
  const Document& doc_;
  OffsetMap map_;
  Out o_;
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

std::string to_json(const Document& doc, OffsetUnit unit, int indent) {
  std::string out;
  append_json(doc, unit, out, indent);
  return out;
}

void append_json(const Document& doc, OffsetUnit unit, std::string& out, int indent) {
  // The output is at least the text and each sentence's text again, plus the fields around them.
  out.reserve(out.size() + 2 * doc.text.size() + 64 * (doc.sentences.size() + doc.entities.size()) + 512);
  JsonBuilder(doc, unit, out, indent).build();
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
