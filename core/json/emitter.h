// A JSON emitter: writes values straight into a string, in the format of nlohmann::json::dump. Knows nothing of
// the schema (writers.cc writes the document's JSON with it). Header-only: its calls are the writer's hot loop.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "text/chars.h"
#include "text/unicode.h"

namespace aa::json {

// Writes JSON straight into a string, in the exact format of nlohmann::json::dump(indent) with ensure_ascii off
// (the format the golden files and every earlier output have): compact with indent < 0, else one member or
// element a line, `indent` spaces a level, "key": value, empty containers as {} and [].
// Building an nlohmann DOM first cost more than the analysis itself (a node, a string copy and a free per field)
// and 25 bytes of memory per byte of input; this writes each field once.
class Emitter {
 public:
  // Writes through a pointer into `s`, grown as needed (string appends, one call each, were a third of the
  // writer's time); `s` gets its final size when the Emitter is destroyed. `expected`: about how many bytes will
  // be written. The working size is that, not the string's capacity: resize() zero-fills what it adds, and a
  // buffer reused from document to document (the CLI's) has the capacity of the largest output so far, which
  // was zero-filled again for every small document (2% of a jsonl run over news articles).
  Emitter(std::string& s, int indent, size_t expected = 0) : s_(s), indent_(indent), n_(s.size()) {
    s_.resize(n_ + std::max<size_t>(expected, 4096));
    p_ = s_.data();
    cap_ = s_.size();
  }
  ~Emitter() { s_.resize(n_); }
  /// Non-ASCII characters of strings as \uXXXX escapes (surrogate pairs beyond U+FFFF), so that the JSON is
  /// ASCII: for the JS API, where ASCII decodes to a one-byte string, 4-5x faster, which JSON.parse also reads
  /// faster. The lean JSON holds little non-ASCII (names), so it hardly grows.
  void set_ascii(bool ascii) { ascii_ = ascii; }
  Emitter(const Emitter&) = delete;
  Emitter& operator=(const Emitter&) = delete;

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
    if (v.empty()) {  // every span's "text" of the lean JSON
      put("\"\"", 2);
      return;
    }
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

}  // namespace aa::json
