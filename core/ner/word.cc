#include "ner/word.h"

#include "ner/hash.h"
#include "ner/word_hash.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa::ner {
namespace {

// ASCII base letters of U+00C0..U+017F after lowercasing; empty: keep the character.
constexpr const char* kFold[0x180 - 0xC0] = {
    "a", "a", "a",  "a", "a", "a", "ae", "c",  "e", "e", "e",  "e",  "i", "i", "i",  "i",  "d", "n", "o",  "o",
    "o", "o", "o",  "",  "o", "u", "u",  "u",  "u", "y", "th", "ss", "a", "a", "a",  "a",  "a", "a", "ae", "c",
    "e", "e", "e",  "e", "i", "i", "i",  "i",  "d", "n", "o",  "o",  "o", "o", "o",  "",   "o", "u", "u",  "u",
    "u", "y", "th", "y", "a", "a", "a",  "a",  "a", "a", "c",  "c",  "c", "c", "c",  "c",  "c", "c", "d",  "d",
    "d", "d", "e",  "e", "e", "e", "e",  "e",  "e", "e", "e",  "e",  "g", "g", "g",  "g",  "g", "g", "g",  "g",
    "h", "h", "h",  "h", "i", "i", "i",  "i",  "i", "i", "i",  "i",  "i", "i", "ij", "ij", "j", "j", "k",  "k",
    "k", "l", "l",  "l", "l", "l", "l",  "l",  "l", "l", "l",  "n",  "n", "n", "n",  "n",  "n", "n", "n",  "n",
    "o", "o", "o",  "o", "o", "o", "oe", "oe", "r", "r", "r",  "r",  "r", "r", "s",  "s",  "s", "s", "s",  "s",
    "s", "s", "t",  "t", "t", "t", "t",  "t",  "u", "u", "u",  "u",  "u", "u", "u",  "u",  "u", "u", "u",  "u",
    "w", "w", "y",  "y", "y", "z", "z",  "z",  "z", "z", "z",  "s"};

enum CharClass : uint8_t { kUpper, kLower, kDigit, kOther };

CharClass char_class(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return kUpper;
    if (c >= 'a' && c <= 'z') return kLower;
    if (c >= '0' && c <= '9') return kDigit;
    return kOther;
  }
  if (unicode::is_upper(c)) return kUpper;
  if (unicode::is_letter(c)) return kLower;  // lower, modifier and other letters (CJK) count as lower
  if (unicode::is_digit(c)) return kDigit;
  return kOther;
}

}  // namespace

void append_normalized(std::string_view form, std::string& out) {
  size_t i = 0;
  while (i < form.size()) {
    unsigned char b = static_cast<unsigned char>(form[i]);
    if (b < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    char32_t c = unicode::to_lower(unicode::next(form, i));
    if (c >= 0xC0 && c < 0x180 && kFold[c - 0xC0][0]) {
      out += kFold[c - 0xC0];
    } else if (chars::folds_to_apostrophe(c)) {
      out.push_back('\'');
    } else if (c == 0x2010 || c == 0x2011) {
      out.push_back('-');
    } else {
      unicode::append(out, c);
    }
  }
}

std::string normalized(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  append_normalized(form, out);
  return out;
}

void append_shape(std::string_view form, std::string& out, bool compress) {
  size_t i = 0;
  int last = -1, run = 0;
  while (i < form.size()) {
    unsigned char b = static_cast<unsigned char>(form[i]);
    char32_t c = b < 0x80 ? (++i, b) : unicode::next(form, i);
    CharClass k = char_class(c);
    char sym = k == kUpper ? 'X' : k == kLower ? 'x' : k == kDigit ? 'd' : 0;
    int key = sym ? sym : static_cast<int>(c) + 256;
    if (key == last) {
      ++run;
      if (compress || run >= 4) continue;
    } else {
      run = 0;
      last = key;
    }
    if (sym) {
      out.push_back(sym);
    } else if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      unicode::append(out, c);
    }
  }
}

namespace {

/// FNV-1a steps (hash.h hash_bytes before its final mix) over the UTF-8 bytes of c.
uint32_t fnv_code_point(uint32_t h, char32_t c) {
  auto step = [&h](uint32_t byte) { h = (h ^ byte) * 0x01000193u; };
  if (c < 0x80) {
    step(c);
  } else if (c < 0x800) {
    step(0xC0 | (c >> 6));
    step(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    step(0xE0 | (c >> 12));
    step(0x80 | ((c >> 6) & 0x3F));
    step(0x80 | (c & 0x3F));
  } else {
    step(0xF0 | (c >> 18));
    step(0x80 | ((c >> 12) & 0x3F));
    step(0x80 | ((c >> 6) & 0x3F));
    step(0x80 | (c & 0x3F));
  }
  return h;
}

}  // namespace

void shape_hashes(std::string_view form, uint32_t& shape, uint32_t& short_shape) {
  // append_shape twice at once, each output character hashed as it would be written (FNV-1a is byte by byte).
  uint32_t full = 0x811C9DC5u, brief = 0x811C9DC5u;
  size_t i = 0;
  int last = -1, run = 0;
  while (i < form.size()) {
    unsigned char b = static_cast<unsigned char>(form[i]);
    char32_t c = b < 0x80 ? (++i, b) : unicode::next(form, i);
    CharClass k = char_class(c);
    char sym = k == kUpper ? 'X' : k == kLower ? 'x' : k == kDigit ? 'd' : 0;
    int key = sym ? sym : static_cast<int>(c) + 256;
    bool repeat = key == last;
    if (repeat) {
      ++run;
    } else {
      run = 0;
      last = key;
    }
    const char32_t out = sym ? static_cast<char32_t>(sym) : c;
    if (!repeat) brief = fnv_code_point(brief, out);  // compressed: a run written once
    if (!repeat || run < 4) full = fnv_code_point(full, out);
  }
  shape = mix32(full);
  short_shape = mix32(brief);
}

Casing casing(std::string_view form) {
  size_t i = 0, letters = 0, uppers = 0;
  bool first_upper = false;
  while (i < form.size()) {
    unsigned char b = static_cast<unsigned char>(form[i]);
    char32_t c = b < 0x80 ? (++i, b) : unicode::next(form, i);
    CharClass k = char_class(c);
    if (k == kUpper || k == kLower) {
      if (letters == 0) first_upper = k == kUpper;
      ++letters;
      uppers += k == kUpper;
    }
  }
  if (letters == 0) return Casing::None;
  if (uppers == 0) return Casing::Lower;
  if (uppers == letters) return Casing::Upper;
  if (first_upper) return Casing::Title;
  return Casing::Mixed;
}

bool starts_upper(std::string_view form) {
  if (form.empty()) return false;
  size_t i = 0;
  return char_class(unicode::next(form, i)) == kUpper;
}

}  // namespace aa::ner
