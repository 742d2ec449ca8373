#include "structure/html_tokenizer.h"

#include <cstring>

#include "text/unicode.h"

namespace aa::html {
namespace {

bool ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool ascii_alnum(char c) {
  return ascii_alpha(c) || ascii_digit(c);
}
bool ascii_hex(char c) {
  return ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// &#128;..&#159; are read as Windows-1252 (WHATWG "numeric character reference end state").
constexpr char32_t kWindows1252[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                       0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

char32_t numeric_value(uint64_t v) {
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
  if (v >= 0x80 && v <= 0x9F) return kWindows1252[v - 0x80];
  return static_cast<char32_t>(v);
}

// Reads a character reference at in[i] == '&'. Appends its value and returns the index after it, or returns i
// when there is none (the '&' is then literal).
size_t reference(std::string_view in, size_t i, std::string& out, bool in_attribute) {
  size_t j = i + 1;
  if (j < in.size() && in[j] == '#') {
    ++j;
    bool hex = j < in.size() && (in[j] == 'x' || in[j] == 'X');
    if (hex) ++j;
    size_t start = j;
    uint64_t v = 0;
    while (j < in.size() && (hex ? ascii_hex(in[j]) : ascii_digit(in[j]))) {
      int d = ascii_digit(in[j]) ? in[j] - '0' : (ascii_lower(in[j]) - 'a' + 10);
      if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + static_cast<uint64_t>(d);
      ++j;
    }
    if (j == start) return i;  // "&#" or "&#x" without digits: literal
    if (j < in.size() && in[j] == ';') ++j;
    unicode::append(out, numeric_value(v));
    return j;
  }
  size_t start = j;
  while (j < in.size() && j - start < 40 && ascii_alnum(in[j])) ++j;
  if (j == start) return i;
  std::string_view name = in.substr(start, j - start);
  if (j < in.size() && in[j] == ';') {
    if (auto v = find_named_reference(name)) {
      unicode::append(out, v->first);
      if (v->second) unicode::append(out, v->second);
      return j + 1;
    }
  }
  char32_t c1 = 0, c2 = 0;
  size_t n = longest_legacy_reference(name, c1, c2);
  if (n == 0) return i;
  size_t after = start + n;
  if (in_attribute && after < in.size() && (ascii_alnum(in[after]) || in[after] == '=')) return i;
  unicode::append(out, c1);
  if (c2) unicode::append(out, c2);
  return after;
}

// Appends in[from, to) lowercased (ASCII), with NUL as U+FFFD.
void append_name(std::string& out, std::string_view in, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (in[k] == '\0')
      out += "\xEF\xBF\xBD";
    else
      out.push_back(ascii_lower(in[k]));
  }
}

bool raw_text_element(std::string_view name, bool& decode) {
  static const char* const kRaw[] = {"script", "style",   "noscript", "template", "iframe",
                                     "xmp",    "noembed", "noframes", "plaintext"};
  for (const char* r : kRaw)
    if (name == r) {
      decode = false;
      return true;
    }
  if (name == "title" || name == "textarea") {
    decode = true;
    return true;
  }
  return false;
}

}  // namespace

size_t find_amp_or_nul_plain(std::string_view s, size_t from) {
  size_t j = from;
  while (j < s.size() && s[j] != '&' && s[j] != '\0') ++j;
  return j;
}

size_t find_amp_or_nul(std::string_view s, size_t from) {
  // A word has a zero byte where (x - 0x01..) & ~x & 0x80.. has its high bit (exact for the first zero byte, the
  // only one that matters here; the bytes after it may be marked wrongly, which the byte scan below settles).
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull, kAmps = 0x2626262626262626ull;
  size_t j = from;
  for (; j + 8 <= s.size(); j += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + j, 8);
    const uint64_t a = x ^ kAmps;  // zero where x has '&'
    if (((x - kOnes) & ~x & kHighs) | ((a - kOnes) & ~a & kHighs)) break;
  }
  return find_amp_or_nul_plain(s, j);
}

void decode_references(std::string_view in, std::string& out, bool in_attribute, bool drop_nul) {
  size_t i = 0;
  while (i < in.size()) {
    // Copy the run up to the next '&' or NUL in one go.
    size_t j = find_amp_or_nul(in, i);
    out.append(in.data() + i, j - i);
    if (j >= in.size()) break;
    if (in[j] == '\0') {
      if (!drop_nul) out += "\xEF\xBF\xBD";
      i = j + 1;
      continue;
    }
    size_t k = reference(in, j, out, in_attribute);
    if (k == j) {
      out.push_back('&');
      i = j + 1;
    } else {
      i = k;
    }
  }
}

std::string decode_references(std::string_view in) {
  std::string out;
  decode_references(in, out);
  return out;
}

const std::string* Token::attribute(std::string_view attr_name) const {
  for (const Attribute& a : attributes)
    if (a.name == attr_name) return &a.value;
  return nullptr;
}

bool Tokenizer::next(Token& t) {
  if (!raw_end_.empty()) return raw_text(t);
  while (pos_ < in_.size()) {
    size_t lt = pos_;
    if (in_[pos_] != '<') {
      // Text up to the next '<'.
      const void* p = std::memchr(in_.data() + pos_, '<', in_.size() - pos_);
      size_t end = p ? static_cast<size_t>(static_cast<const char*>(p) - in_.data()) : in_.size();
      t.type = TokenType::Text;
      t.offset = pos_;
      t.text.clear();
      decode_references(in_.substr(pos_, end - pos_), t.text);
      pos_ = end;
      if (!t.text.empty()) return true;
      continue;
    }
    if (tag(t, lt)) return true;
  }
  return false;
}

// At in_[lt] == '<'. Emits a tag, comment, doctype or CDATA section, or a literal '<' as text.
bool Tokenizer::tag(Token& t, size_t lt) {
  size_t i = lt + 1;
  if (i >= in_.size()) {
    pos_ = in_.size();
    t.type = TokenType::Text;
    t.offset = lt;
    t.text = "<";
    return true;
  }
  char c = in_[i];
  if (c == '!') return markup_declaration(t, lt);
  if (c == '?') {
    bogus_comment(t, i, lt);
    return true;
  }
  bool end_tag = false;
  if (c == '/') {
    end_tag = true;
    ++i;
    if (i >= in_.size()) {  // "</" at the end: literal
      pos_ = in_.size();
      t.type = TokenType::Text;
      t.offset = lt;
      t.text = "</";
      return true;
    }
    if (in_[i] == '>') {  // "</>": ignored
      pos_ = i + 1;
      return false;
    }
    if (!ascii_alpha(in_[i])) {
      bogus_comment(t, i, lt);
      return true;
    }
  } else if (!ascii_alpha(c)) {
    // "<" not starting a tag is text.
    pos_ = i;
    t.type = TokenType::Text;
    t.offset = lt;
    t.text = "<";
    return true;
  }
  // Tag name.
  size_t n0 = i;
  while (i < in_.size() && !html_space(in_[i]) && in_[i] != '/' && in_[i] != '>') ++i;
  t.type = end_tag ? TokenType::EndTag : TokenType::StartTag;
  t.offset = lt;
  t.name.clear();
  append_name(t.name, in_, n0, i);
  for (Attribute& a : t.attributes) spare_.push_back(std::move(a));
  t.attributes.clear();
  t.self_closing = false;
  t.text.clear();
  // Attributes.
  for (;;) {
    while (i < in_.size() && (html_space(in_[i]) || in_[i] == '/')) {
      if (in_[i] == '/' && i + 1 < in_.size() && in_[i + 1] == '>') t.self_closing = true;
      ++i;
    }
    if (i >= in_.size()) {
      // EOF in a tag: the tag is dropped (WHATWG "eof-in-tag").
      pos_ = in_.size();
      return false;
    }
    if (in_[i] == '>') {
      ++i;
      break;
    }
    t.self_closing = false;
    // Attribute name: a leading '=' belongs to the name.
    size_t a0 = i++;
    while (i < in_.size() && !html_space(in_[i]) && in_[i] != '/' && in_[i] != '>' && in_[i] != '=') ++i;
    size_t a1 = i;
    while (i < in_.size() && html_space(in_[i])) ++i;
    Attribute attribute = take_spare();
    std::string& value = attribute.value;
    if (i < in_.size() && in_[i] == '=') {
      ++i;
      while (i < in_.size() && html_space(in_[i])) ++i;
      if (i < in_.size() && (in_[i] == '"' || in_[i] == '\'')) {
        char q = in_[i++];
        const void* p = std::memchr(in_.data() + i, q, in_.size() - i);
        size_t e = p ? static_cast<size_t>(static_cast<const char*>(p) - in_.data()) : in_.size();
        decode_references(in_.substr(i, e - i), value, true, false);
        i = p ? e + 1 : e;
      } else {
        size_t v0 = i;
        while (i < in_.size() && !html_space(in_[i]) && in_[i] != '>') ++i;
        decode_references(in_.substr(v0, i - v0), value, true, false);
      }
    }
    const std::string& name = attribute.name;
    if (!end_tag) append_name(attribute.name, in_, a0, a1);  // end tags keep no attributes
    // A tag with more attributes keeps the first 256.
    bool seen = end_tag || t.attributes.size() >= 256;
    for (size_t k = 0; k < t.attributes.size() && !seen; ++k) seen = t.attributes[k].name == name;
    if (seen)
      spare_.push_back(std::move(attribute));
    else
      t.attributes.push_back(std::move(attribute));
  }
  pos_ = i;
  if (end_tag) {
    t.self_closing = false;
  } else if (raw_text_element(t.name, raw_decode_)) {
    raw_end_ = t.name;
  }
  return true;
}

Attribute Tokenizer::take_spare() {
  if (spare_.empty()) return {};
  Attribute a = std::move(spare_.back());
  spare_.pop_back();
  a.name.clear();
  a.value.clear();
  return a;
}

bool Tokenizer::markup_declaration(Token& t, size_t lt) {
  size_t i = lt + 2;  // after "<!"
  auto starts = [&](const char* s, bool icase) {
    size_t n = std::strlen(s);
    if (i + n > in_.size()) return false;
    for (size_t k = 0; k < n; ++k) {
      char a = in_[i + k];
      if (icase ? ascii_lower(a) != s[k] : a != s[k]) return false;
    }
    return true;
  };
  t.offset = lt;
  t.text.clear();
  if (starts("--", false)) {
    i += 2;
    t.type = TokenType::Comment;
    // "<!-->" and "<!--->" end at once (abrupt closing of an empty comment).
    if (i < in_.size() && in_[i] == '>') {
      pos_ = i + 1;
      return true;
    }
    if (i + 1 < in_.size() && in_[i] == '-' && in_[i + 1] == '>') {
      pos_ = i + 2;
      return true;
    }
    // Ends at "-->" or "--!>"; at the end of the input otherwise.
    size_t k = i;
    for (;;) {
      const void* p = std::memchr(in_.data() + k, '-', in_.size() - k);
      if (!p) {
        t.text.assign(in_.data() + i, in_.size() - i);
        pos_ = in_.size();
        return true;
      }
      size_t d = static_cast<size_t>(static_cast<const char*>(p) - in_.data());
      if (d + 2 < in_.size() && in_[d + 1] == '-' && in_[d + 2] == '>') {
        t.text.assign(in_.data() + i, d - i);
        pos_ = d + 3;
        return true;
      }
      if (d + 3 < in_.size() && in_[d + 1] == '-' && in_[d + 2] == '!' && in_[d + 3] == '>') {
        t.text.assign(in_.data() + i, d - i);
        pos_ = d + 4;
        return true;
      }
      k = d + 1;
    }
  }
  if (starts("doctype", true)) {
    const void* p = std::memchr(in_.data() + i, '>', in_.size() - i);
    size_t e = p ? static_cast<size_t>(static_cast<const char*>(p) - in_.data()) : in_.size();
    t.type = TokenType::Doctype;
    t.text.assign(in_.data() + i + 7, e - (i + 7));
    pos_ = p ? e + 1 : e;
    return true;
  }
  if (starts("[CDATA[", false)) {
    // Read as in XML, so that text in CDATA sections is not lost; ends at "]]>".
    size_t s = i + 7, k = s;
    for (;;) {
      const void* p = std::memchr(in_.data() + k, ']', in_.size() - k);
      if (!p) {
        t.text.assign(in_.data() + s, in_.size() - s);
        pos_ = in_.size();
        break;
      }
      size_t d = static_cast<size_t>(static_cast<const char*>(p) - in_.data());
      if (d + 2 < in_.size() && in_[d + 1] == ']' && in_[d + 2] == '>') {
        t.text.assign(in_.data() + s, d - s);
        pos_ = d + 3;
        break;
      }
      k = d + 1;
    }
    t.type = TokenType::Cdata;
    return true;
  }
  bogus_comment(t, i, lt);
  return true;
}

// A bogus comment runs from `from` to the next '>'.
void Tokenizer::bogus_comment(Token& t, size_t from, size_t lt) {
  const void* p = std::memchr(in_.data() + from, '>', in_.size() - from);
  size_t e = p ? static_cast<size_t>(static_cast<const char*>(p) - in_.data()) : in_.size();
  t.type = TokenType::Comment;
  t.offset = lt;
  t.text.assign(in_.data() + from, e - from);
  pos_ = p ? e + 1 : e;
}

// The content of a raw-text element, up to "</name" followed by white space, '/' or '>' (any case).
bool Tokenizer::raw_text(Token& t) {
  std::string name;
  name.swap(raw_end_);
  size_t start = pos_, k = pos_, end = in_.size();
  if (name != "plaintext") {
    while (k < in_.size()) {
      const void* p = std::memchr(in_.data() + k, '<', in_.size() - k);
      if (!p) break;
      size_t d = static_cast<size_t>(static_cast<const char*>(p) - in_.data());
      if (d + 1 < in_.size() && in_[d + 1] == '/') {
        size_t m = 0;
        while (m < name.size() && d + 2 + m < in_.size() && ascii_lower(in_[d + 2 + m]) == name[m]) ++m;
        size_t after = d + 2 + m;
        if (m == name.size() &&
            (after >= in_.size() || html_space(in_[after]) || in_[after] == '/' || in_[after] == '>')) {
          end = d;
          break;
        }
      }
      k = d + 1;
    }
  }
  t.offset = start;
  t.text.clear();
  if (raw_decode_) {
    t.type = TokenType::Text;
    decode_references(in_.substr(start, end - start), t.text);
  } else {
    t.type = TokenType::RawText;
    t.text.assign(in_.data() + start, end - start);
  }
  pos_ = end;
  return true;
}

}  // namespace aa::html
