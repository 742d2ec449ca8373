// libFuzzer target: the UTF-8 and offset layer (aa::sanitize_utf8, aa::decode_file_bytes, aa::OffsetMap),
// each against a reference written here from the specifications, on any bytes:
//  - sanitize_utf8 equals the WHATWG "UTF-8 decode" (one U+FFFD per maximal ill-formed subpart, as TextDecoder
//    does), leaves valid input untouched with no warning, lists at most 100 warnings plus one summary, and each
//    listed warning points at a U+FFFD it put in;
//  - decode_file_bytes: a UTF-16 BOM decodes as WHATWG's UTF-16LE/BE decoders do (unpaired surrogates and an odd
//    trailing byte become U+FFFD); a UTF-8 BOM is dropped; otherwise it is sanitize_utf8 or an aa::InputError;
//  - OffsetMap, in each unit, at every code-point boundary, equals a count from the start (UTF-16 units, code
//    points, bytes), and length() is the count for the whole text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/decode.h"
#include "text/offsets.h"

namespace {

[[noreturn]] void fail(const char* what, size_t at = 0) {
  std::fprintf(stderr, "fuzz_text: %s (at %zu)\n", what, at);
  std::abort();
}

void require(bool ok, const char* what, size_t at = 0) {
  if (!ok) fail(what, at);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The WHATWG Encoding Standard's UTF-8 decoder, step by step; `errors` counts the U+FFFD it emits for errors.
std::string whatwg_utf8(std::string_view in, size_t& errors) {
  std::string out;
  char32_t cp = 0;
  int needed = 0, seen = 0;
  unsigned lower = 0x80, upper = 0xBF;
  errors = 0;
  for (size_t i = 0; i <= in.size();) {
    if (i == in.size()) {
      if (needed != 0) {
        ++errors;
        append_utf8(out, 0xFFFD);
      }
      break;
    }
    unsigned b = static_cast<unsigned char>(in[i]);
    if (needed == 0) {
      ++i;
      if (b <= 0x7F) {
        out += static_cast<char>(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        ++errors;
        append_utf8(out, 0xFFFD);
      }
      continue;
    }
    if (b < lower || b > upper) {  // the byte is not consumed: it starts again
      cp = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      ++errors;
      append_utf8(out, 0xFFFD);
      continue;
    }
    ++i;
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen == needed) {
      append_utf8(out, cp);
      cp = 0;
      needed = seen = 0;
    }
  }
  return out;
}

// WHATWG's shared UTF-16 decoder over the bytes after a 2-byte BOM.
std::string whatwg_utf16(std::string_view in, bool le) {
  std::string out;
  int lead_surrogate = -1;
  size_t i = 2;
  for (; i + 1 < in.size(); i += 2) {
    unsigned a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
    char32_t u = le ? (b << 8 | a) : (a << 8 | b);
    if (lead_surrogate >= 0) {
      char32_t lead = static_cast<char32_t>(lead_surrogate);
      lead_surrogate = -1;
      if (u >= 0xDC00 && u <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((lead - 0xD800) << 10) + (u - 0xDC00));
        continue;
      }
      append_utf8(out, 0xFFFD);  // the unit is then processed as if it came alone
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      lead_surrogate = static_cast<int>(u);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      append_utf8(out, 0xFFFD);
    } else {
      append_utf8(out, u);
    }
  }
  // At the end, a pending lead surrogate or an odd byte (or both) is one error.
  if (lead_surrogate >= 0 || i < in.size()) append_utf8(out, 0xFFFD);
  return out;
}

void check_warnings(const aa::DecodedText& d, size_t errors) {
  size_t listed = 0;
  bool summary = false;
  for (const auto& w : d.warnings) {
    if (w.code == "utf16-decoded") continue;
    require(w.code == "invalid-utf8", "unknown warning code");
    if (w.span.begin == 0 && w.span.end == 0) {
      require(!summary, "two summary warnings");
      summary = true;
      continue;
    }
    ++listed;
    require(w.span.end == w.span.begin + 3 && w.span.end <= d.text.size() &&
                d.text.compare(w.span.begin, 3, "\xEF\xBF\xBD") == 0,
            "a warning that does not point at U+FFFD", w.span.begin);
  }
  require(listed == std::min<size_t>(errors, 100), "listed warnings", listed);
  require(summary == (errors > 100), "summary warning");
}

void check_offsets(const std::string& text) {
  for (auto unit : {aa::OffsetUnit::Utf16, aa::OffsetUnit::CodePoint, aa::OffsetUnit::Byte}) {
    aa::OffsetMap map(text, unit);
    uint32_t count = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      bool boundary = i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      if (boundary) require(map.convert(static_cast<uint32_t>(i)) == count, "OffsetMap::convert", i);
      if (i == text.size()) break;
      auto b = static_cast<unsigned char>(text[i]);
      if (unit == aa::OffsetUnit::Byte) {
        ++count;
      } else if ((b & 0xC0) != 0x80) {
        count += (unit == aa::OffsetUnit::Utf16 && b >= 0xF0) ? 2 : 1;
      }
    }
    require(map.length() == count, "OffsetMap::length");
    require(map.unit() == unit, "OffsetMap::unit");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);

  size_t errors = 0;
  std::string expected = whatwg_utf8(in, errors);
  aa::DecodedText s = aa::sanitize_utf8(in);
  require(s.text == expected, "sanitize_utf8 differs from the WHATWG decoder");
  if (errors == 0) require(s.text == in && s.warnings.empty(), "valid input changed or warned about");
  check_warnings(s, errors);
  check_offsets(s.text);

  // A UTF-32 BOM (FF FE 00 00 or 00 00 FE FF) is refused by name; any other UTF-16 BOM is always decoded.
  const bool utf32 = size >= 4 && (in.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                                   in.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4));
  const bool utf16 =
      !utf32 && size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF));
  try {
    aa::DecodedText f = aa::decode_file_bytes(in);
    require(!utf32, "UTF-32 decoded instead of refused");
    if (utf16) {
      require(f.text == whatwg_utf16(in, data[0] == 0xFF), "UTF-16 decoding differs from WHATWG");
      require(!f.warnings.empty() && f.warnings[0].code == "utf16-decoded", "no utf16-decoded warning");
    } else {
      std::string_view body = in.substr(0, 3) == "\xEF\xBB\xBF" ? in.substr(3) : in;
      aa::DecodedText again = aa::sanitize_utf8(body);
      require(f.text == again.text && f.warnings.size() == again.warnings.size(),
              "decode_file_bytes differs from sanitize_utf8 of the same bytes");
    }
    require(aa::sanitize_utf8(f.text).warnings.empty(), "decode_file_bytes gave ill-formed UTF-8");
    check_offsets(f.text);
  } catch (const aa::InputError&) {
    // "not text" or UTF-32: allowed for anything but a UTF-16 BOM, which is always decoded.
    require(!utf16, "InputError for UTF-16 input");
  }
  return 0;
}
