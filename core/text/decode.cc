#include "text/decode.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "text/chars.h"
#include "text/unicode.h"

namespace aa {
namespace {

constexpr size_t kMaxWarnings = 100;

void add_invalid_warning(DecodedText& out, size_t& count, size_t at,
                         const char* message = "ill-formed UTF-8 replaced by U+FFFD") {
  ++count;
  if (count <= kMaxWarnings) out.warnings.push_back({"invalid-utf8", {uint32_t(at), uint32_t(at + 3)}, message});
}

void finish_invalid_warnings(DecodedText& out, size_t count) {
  if (count > kMaxWarnings) {
    out.warnings.push_back({"invalid-utf8",
                            {0, 0},
                            std::to_string(count - kMaxWarnings) +
                                " more ill-formed UTF-8 sequences replaced by U+FFFD (not listed one by one)"});
  }
}

void check_size(size_t n) {
  if (n > kMaxInputBytes) throw InputError(input_too_large_message(n, false));
}

DecodedText decode_utf16(std::string_view bytes, bool little_endian) {
  DecodedText out;
  size_t invalid = 0;
  out.text.reserve(bytes.size());
  auto unit = [&](size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (char32_t(b) << 8 | a) : (char32_t(a) << 8 | b);
  };
  size_t i = 2;  // past the BOM
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        unicode::append(out.text, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      add_invalid_warning(out, invalid, out.text.size(), "unpaired UTF-16 surrogate replaced by U+FFFD");
      unicode::append(out.text, 0xFFFD);
      // A lead surrogate that the input ends after is one error, odd trailing byte or not (as in WHATWG's
      // UTF-16 decoder, so the text equals what TextDecoder gives).
      if (u <= 0xDBFF && i + 3 >= bytes.size()) {
        i = bytes.size();
        break;
      }
      continue;
    }
    unicode::append(out.text, u);
  }
  if (i < bytes.size()) {  // odd trailing byte
    add_invalid_warning(out, invalid, out.text.size(), "odd trailing byte of UTF-16 input replaced by U+FFFD");
    unicode::append(out.text, 0xFFFD);
  }
  finish_invalid_warnings(out, invalid);
  out.warnings.insert(out.warnings.begin(),
                      Warning{"utf16-decoded",
                              {0, 0},
                              std::string("input decoded from UTF-16") + (little_endian ? "LE" : "BE") +
                                  " (byte order mark found); offsets index the decoded text"});
  return out;
}

bool looks_binary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 64 * 1024);
  size_t chars = 0, suspicious = 0;
  for (size_t i = 0; i < n;) {
    size_t bad = 0;
    size_t len = chars::utf8_sequence(bytes, i, bad);
    ++chars;
    if (len == 0) {
      if (i + bad >= n && n < bytes.size()) break;  // a sequence cut by the sample window
      ++suspicious;
      i += bad;
      continue;
    }
    auto b = static_cast<unsigned char>(bytes[i]);
    if (len == 1 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') ++suspicious;
    i += len;
  }
  return chars > 0 && suspicious * 10 > chars;
}

}  // namespace

DecodedText sanitize_utf8(std::string_view bytes) {
  check_size(bytes.size());
  DecodedText out;
  size_t invalid = 0;
  // Fast path: copy runs of well-formed text in one go.
  size_t run = 0, i = 0;
  while (i < bytes.size()) {
    if (i + 8 <= bytes.size()) {  // eight ASCII bytes at a step
      uint64_t x;
      std::memcpy(&x, bytes.data() + i, 8);
      if ((x & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad = 0;
    size_t len = chars::utf8_sequence(bytes, i, bad);
    if (len) {
      i += len;
      continue;
    }
    if (out.text.empty()) out.text.reserve(bytes.size() + 16);
    out.text.append(bytes.substr(run, i - run));
    add_invalid_warning(out, invalid, out.text.size());
    out.text.append("\xEF\xBF\xBD");
    i += bad;
    run = i;
  }
  if (run == 0) {
    out.text.assign(bytes);
  } else {
    out.text.append(bytes.substr(run));
  }
  finish_invalid_warnings(out, invalid);
  return out;
}

std::string input_too_large_message(size_t bytes, bool at_least) {
  // In bytes, not rounded MiB: "256 MiB (the limit is 256 MiB)" read as no reason at all.
  return "input too large: " + std::string(at_least ? "more than " : "") + std::to_string(bytes) +
         " bytes (the limit is " + std::to_string(kMaxInputBytes) + " bytes, " + std::to_string(kMaxInputBytes >> 20) +
         " MiB)";
}

DecodedText decode_file_bytes(std::string_view bytes) {
  check_size(bytes.size());
  // UTF-32 (its byte order marks; FF FE 00 00 would otherwise read as UTF-16LE with a NUL) is refused, clearly.
  if (bytes.size() >= 4 && (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
                            bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)))
    throw InputError("not supported: UTF-32 (byte order mark found); convert the file to UTF-8 or UTF-16");
  if (bytes.size() >= 2) {
    auto a = static_cast<unsigned char>(bytes[0]), b = static_cast<unsigned char>(bytes[1]);
    if (a == 0xFF && b == 0xFE) return decode_utf16(bytes, true);
    if (a == 0xFE && b == 0xFF) return decode_utf16(bytes, false);
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (looks_binary(bytes)) throw InputError("not text (binary data or an unsupported encoding)");
  return sanitize_utf8(bytes);
}

}  // namespace aa
