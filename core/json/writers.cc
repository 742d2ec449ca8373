#include "json/writers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "text/chars.h"
#include "text/offsets.h"
#include "text/unicode.h"

namespace aa {
namespace {

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
  // Writes through a pointer into `s`, grown as needed (string appends, one call each, were a third of the
  // writer's time); `s` gets its final size when the Out is destroyed.
  Out(std::string& s, int indent) : s_(s), indent_(indent), n_(s.size()) {
    s_.resize(std::max(s_.capacity(), n_ + 4096));
    p_ = s_.data();
    cap_ = s_.size();
  }
  ~Out() { s_.resize(n_); }
  /// Non-ASCII characters of strings as \uXXXX escapes (surrogate pairs beyond U+FFFF), so that the JSON is
  /// ASCII: for the JS API, where ASCII decodes to a one-byte string, 4-5x faster, which JSON.parse also reads
  /// faster. The lean JSON holds little non-ASCII (names), so it hardly grows.
  void set_ascii(bool ascii) { ascii_ = ascii; }
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The next member's key (in an object): a literal, whose length the compiler knows.
  template <size_t N>
  void key(const char (&k)[N]) {
    item();
    room(N + 4);
    p_[n_++] = '"';
    put_unchecked(k, N - 1);  // keys are ASCII literals with nothing to escape
    p_[n_++] = '"';
    p_[n_++] = ':';
    if (indent_ >= 0) p_[n_++] = ' ';
    keyed_ = true;
  }
  void key(std::string_view k) {
    item();
    room(k.size() + 4);
    p_[n_++] = '"';
    put_unchecked(k.data(), k.size());  // keys are ASCII literals with nothing to escape
    p_[n_++] = '"';
    p_[n_++] = ':';
    if (indent_ >= 0) p_[n_++] = ' ';
    keyed_ = true;
  }

  void null() {
    item();
    put("null", 4);
  }
  void boolean(bool b) {
    item();
    if (b)
      put("true", 4);
    else
      put("false", 5);
  }
  void number(uint64_t v) {
    item();
    room(24);
    n_ = static_cast<size_t>(std::to_chars(p_ + n_, p_ + n_ + 24, v).ptr - p_);
  }
  void number(int64_t v) {
    item();
    room(24);
    n_ = static_cast<size_t>(std::to_chars(p_ + n_, p_ + n_ + 24, v).ptr - p_);
  }
  /// A double as nlohmann writes it (shortest round trip, "1.0" for 1). Scores are multiples of 0.001 in
  /// [0, 1000), written directly; anything else goes through nlohmann's own formatting.
  void number(double v) {
    item();
    if (v >= 0 && v < 1000) {
      long long k = std::llround(v * 1000);
      if (static_cast<double>(k) / 1000.0 == v) {
        room(32);
        n_ = static_cast<size_t>(std::to_chars(p_ + n_, p_ + n_ + 24, k / 1000).ptr - p_);
        p_[n_++] = '.';
        int frac = static_cast<int>(k % 1000);
        char d[3] = {char('0' + frac / 100), char('0' + frac / 10 % 10), char('0' + frac % 10)};
        int n = 3;
        while (n > 1 && d[n - 1] == '0') --n;
        put_unchecked(d, static_cast<size_t>(n));
        return;
      }
    }
    std::string d = nlohmann::json(v).dump();
    put(d.data(), d.size());
  }
  void string(std::string_view v) {
    item();
    put('"');
    escape(v);
    put('"');
  }

 private:
  std::string& s_;
  int indent_;
  size_t n_;    // bytes written
  char* p_;     // s_.data()
  size_t cap_;  // s_.size(): room for bytes up to it
  int level_ = 0;
  bool first_ = true;   // no item yet in the innermost container
  bool keyed_ = false;  // a key was just written: the value follows it directly
  bool ascii_ = false;  // set_ascii

  void room(size_t k) {
    if (n_ + k > cap_) grow(k);
  }
  void grow(size_t k) {
    s_.resize(std::max(cap_ * 2, n_ + k + 4096));
    p_ = s_.data();
    cap_ = s_.size();
  }
  void put_unchecked(const char* d, size_t k) {
    std::memcpy(p_ + n_, d, k);
    n_ += k;
  }
  void put(const char* d, size_t k) {
    room(k);
    put_unchecked(d, k);
  }
  void put(char c) {
    room(1);
    p_[n_++] = c;
  }

  void newline() {
    size_t spaces = static_cast<size_t>(indent_) * static_cast<size_t>(level_);
    room(spaces + 1);
    p_[n_++] = '\n';
    std::memset(p_ + n_, ' ', spaces);
    n_ += spaces;
  }
  void item() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (level_ == 0) return;
    if (!first_) put(',');
    first_ = false;
    if (indent_ >= 0) newline();
  }
  void open(char c) {
    item();
    put(c);
    ++level_;
    first_ = true;
  }
  void close(char c) {
    --level_;
    if (!first_ && indent_ >= 0) newline();
    put(c);
    first_ = false;
  }

  // Eight bytes that are all printable ASCII other than '"' and '\\' (nothing to escape, nothing to check)?
  static bool plain8(uint64_t x) {
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;  // some byte < 0x20 (exact for ASCII bytes)
    uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
    uint64_t quote = (q - kOnes) & ~q & kHigh, backslash = (b - kOnes) & ~b & kHigh;
    return ((x & kHigh) | below_space | quote | backslash) == 0;
  }

  // JSON string escaping as nlohmann's dump_escaped: " \ \b \f \n \r \t by name, other C0 controls as
  // \u00xx (lower-case hex), everything else (DEL, non-ASCII) as is. Ill-formed UTF-8 cannot occur in a
  // Document; should it, each bad byte becomes U+FFFD so that the output stays valid UTF-8.
  void escape(std::string_view v) {
    static const char* kHex = "0123456789abcdef";
    room(v.size());
    size_t run = 0;  // v[run, i) is to be copied as is
    for (size_t i = 0; i < v.size();) {
      if (i + 8 <= v.size()) {
        uint64_t x;
        std::memcpy(&x, v.data() + i, 8);
        if (plain8(x)) {
          i += 8;
          continue;
        }
      }
      auto b = static_cast<unsigned char>(v[i]);
      if (b >= 0x20 && b != '"' && b != '\\' && b < 0x80) {
        ++i;
        continue;
      }
      if (b >= 0x80) {
        size_t n = chars::utf8_length(v, i);
        if (n && !ascii_) {
          i += n;
          continue;
        }
        if (n) {
          put(v.data() + run, i - run);
          size_t at = i;
          char32_t c = unicode::next(v, at);
          auto u16 = [&](uint32_t u) {
            char e[6] = {'\\', 'u', kHex[(u >> 12) & 0xF], kHex[(u >> 8) & 0xF], kHex[(u >> 4) & 0xF], kHex[u & 0xF]};
            put(e, 6);
          };
          if (c >= 0x10000) {
            u16(0xD800 + ((c - 0x10000) >> 10));
            u16(0xDC00 + ((c - 0x10000) & 0x3FF));
          } else {
            u16(c);
          }
          run = i += n;
          continue;
        }
      }
      put(v.data() + run, i - run);
      switch (b) {
        case '"': put("\\\"", 2); break;
        case '\\': put("\\\\", 2); break;
        case '\b': put("\\b", 2); break;
        case '\f': put("\\f", 2); break;
        case '\n': put("\\n", 2); break;
        case '\r': put("\\r", 2); break;
        case '\t': put("\\t", 2); break;
        default:
          if (b < 0x20) {
            char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
            put(u, 6);
          } else if (ascii_) {
            put("\\ufffd", 6);
          } else {
            put("\xEF\xBF\xBD", 3);
          }
      }
      run = ++i;
    }
    put(v.data() + run, v.size() - run);
  }
};

class JsonBuilder {
 public:
  JsonBuilder(const Document& doc, OffsetUnit unit, std::string& out, int indent, JsonText texts)
      : doc_(doc), map_(doc.text, unit), o_(out, indent), texts_(texts) {
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
    if (texts_ == JsonText::None)
      o_.null();
    else
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
  for (const Quote& q : doc.quotes) add(q.span);
  for (const Cluster& c : doc.clusters) texts += c.name.size() + 12 * c.mentions.size() + 200;
  size_t per_span = indent < 0 ? 96 : 96 + 16 * static_cast<size_t>(indent) * 6;
  out.reserve(out.size() + texts + texts / 16 + per_span * spans + 1024);
  JsonBuilder(doc, unit, out, indent, text_kind).build();
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
