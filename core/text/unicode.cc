#include "text/unicode.h"

#include <algorithm>

namespace aa::unicode {
namespace {
#include "unicode_tables.inc"
}  // namespace

namespace detail {

Category category_from_tables(char32_t cp) {
  if (cp > 0x10FFFF) return Category::Cn;
  return static_cast<Category>(kCategoryStage2[kCategoryStage1[cp >> 8] * 256u + (cp & 0xFF)]);
}

bool is_space_beyond_ascii(char32_t cp) {
  if (cp == 0x85) return true;
  auto c = category(cp);
  return c == Category::Zs || c == Category::Zl || c == Category::Zp;
}

char32_t to_lower_beyond_ascii(char32_t cp) {
  const auto* end = kLowerMap + sizeof(kLowerMap) / sizeof(kLowerMap[0]);
  const auto* it = std::lower_bound(kLowerMap, end, cp, [](const uint32_t* p, char32_t v) { return p[0] < v; });
  return (it != end && (*it)[0] == cp) ? static_cast<char32_t>((*it)[1]) : cp;
}

char32_t next_multibyte(std::string_view text, size_t& i) {
  auto b0 = static_cast<unsigned char>(text[i]);
  size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (n == 1 || i + n > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = b0 & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += n;
  return cp;
}

}  // namespace detail

size_t prev_length(std::string_view text, size_t i) {
  size_t n = 1;
  while (n < 4 && n < i && (static_cast<unsigned char>(text[i - n]) & 0xC0) == 0x80) ++n;
  return n;
}

char32_t prev(std::string_view text, size_t i) {
  size_t start = i - prev_length(text, i);
  return next(text, start);
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string lowercase(std::string_view text) {
  // ASCII straight into the buffer (most words and lines are all ASCII); from the first other byte on, by code
  // point.
  std::string out(text.size(), '\0');
  size_t i = 0;
  for (; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80) break;
    out[i] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  if (i == text.size()) return out;
  out.resize(i);
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    append(out, to_lower(next(text, i)));
  }
  return out;
}

}  // namespace aa::unicode
