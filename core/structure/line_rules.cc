#include "structure/line_rules.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <vector>

#include "data/tables.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa {

enum class StructurePhrase : uint8_t {
  Boilerplate,
  BoilerplatePrefix,
  CreditPrefix,
  CaptionPrefix,
  BylinePrefix,
  DatePrefix,
  NavWord,
  NotName,
  NameParticle,
  BylineParticle,
  WithWord,
  Agency,
  LinkList,       // read as Boilerplate by phrase(); is_link_list_label() tells it apart
  CreditSuffix,   // ends a line that credits others with the reporting: is_reporting_credit()
  EditorLabel,    // stands before an editor's name: after_editor_label()
  ReportingVerb,  // a verb of speech in a line's last clause: reports_someone()
  Count           // the number of kinds (not a value of the table)
};

#include "structure_phrases.inc"

namespace rules {

bool has_digit(std::string_view s) {
  // Asked of most lines whole: eight bytes at a time. XOR with '0' turns the digits (0x30-0x39) into the only bytes
  // below 10, and (x - 10 per byte) & ~x & the high bits is nonzero exactly when some byte of x is below 10 (a borrow
  // reaches a high bit only after such a byte).
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    x ^= kOnes * '0';
    if ((x - kOnes * 10) & ~x & kHigh) return true;
  }
  for (; i < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9') return true;
  return false;
}

using unicode::is_space;

// Not inlined: its ~50 callers each inlining the test of the ends made the .wasm 3.4 KB larger (for 0.05 M
// instructions per 100 articles natively).
[[gnu::noinline]] std::string_view trim(std::string_view s) {
  // Most lines start and end with a printable ASCII character (a whole code point, no space): nothing to cut.
  auto printable = [](char c) { return c > ' ' && c < 0x7F; };
  if (!s.empty() && printable(s.front()) && printable(s.back())) return s;
  return trim_plain(s);
}

std::string_view trim_plain(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t k = b;
    char32_t c = unicode::next(s, k);
    if (!is_space(c) && c != 0xFEFF && c != 0x200B) break;
    b = k;
  }
  while (e > b) {
    char32_t c = unicode::prev(s, e);
    if (!is_space(c) && c != 0xFEFF && c != 0x200B) break;
    e -= unicode::prev_length(s, e);
  }
  return s.substr(b, e - b);
}

namespace {
bool time_of_day(std::string_view t);

// Separators between the parts of a line: | • · › » / and dashes, standing between spaces.
bool is_separator_cp(char32_t c) {
  return c == '|' || c == 0x2022 || c == 0xB7 || c == 0x203A || c == 0xBB || c == '/' || c == '-' || c == 0x2013 ||
         c == 0x2014 || c == ',' || c == ':' || c == 0x25CF || c == 0x25AA;
}

// Strips separators and white space at both ends.
std::string_view strip_separators(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    char32_t c = chars::first_cp(s);
    if (!is_separator_cp(c) && !is_space(c)) break;
    size_t k = 0;
    unicode::next(s, k);
    s.remove_prefix(k);
  }
  while (!s.empty()) {
    char32_t c = chars::last_cp(s);
    if (!is_separator_cp(c) && !is_space(c)) break;
    s.remove_suffix(unicode::prev_length(s, s.size()));
  }
  return s;
}

// Normalised text without final punctuation (":", ".", "…", "›", "»", ">", arrows) and white space.
std::string_view strip_final_punct(std::string_view s) {
  while (!s.empty()) {
    char32_t c = chars::last_cp(s);
    if (c == ':' || c == '.' || c == 0x2026 || c == 0x203A || c == 0xBB || c == '>' || c == ' ' || c == 0x2192 ||
        c == 0x25B6 || c == '!' || c == '|')
      s.remove_suffix(unicode::prev_length(s, s.size()));
    else
      break;
  }
  return s;
}

std::optional<StructurePhrase> phrase(std::string_view normalized) {
  // A line longer than every phrase is none of them (most lines): no hash of its bytes.
  static const size_t longest = [] {
    size_t n = 0;
    for (const auto& e : kStructurePhrases) n = std::max(n, e.key.size());
    return n;
  }();
  if (normalized.size() > longest) return std::nullopt;
  std::optional<StructurePhrase> p = table_find(kStructurePhrases, normalized);
  return p == StructurePhrase::LinkList ? StructurePhrase::Boilerplate : p;
}

// Is there a phrase of `kind` that `words` (normalised) begins: the phrase itself, or it and a space and more?
// `more_only`: only longer phrases count. (Keys that start with `words` are consecutive in the sorted table.)
bool phrase_begins_with(StructurePhrase kind, std::string_view words, bool more_only = false) {
  const auto* end = std::end(kStructurePhrases);
  const auto* it = std::lower_bound(std::begin(kStructurePhrases), end, words,
                                    [](const TableEntry<StructurePhrase>& e, std::string_view k) { return e.key < k; });
  for (; it != end && it->key.substr(0, words.size()) == words; ++it) {
    if (it->value != kind) continue;
    if (it->key.size() == words.size() ? !more_only : it->key[words.size()] == ' ') return true;
  }
  return false;
}

// Is the code point at s[i] white space? Sets `next` past it.
bool space_at(std::string_view s, size_t i, size_t& next) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    next = i + 1;
    return chars::is_ascii_space(b);
  }
  next = i;
  return is_space(unicode::next(s, next));
}

// Words split at white space (original text, not normalised); at most `max` of them.
std::vector<std::string_view> split_words(std::string_view s, size_t max = SIZE_MAX) {
  std::vector<std::string_view> out;
  out.reserve(std::min<size_t>(max, 16));
  size_t i = 0, k = 0;
  while (i < s.size() && out.size() < max) {
    if (space_at(s, i, k)) {
      i = k;
      continue;
    }
    size_t start = i;
    while (i < s.size() && !space_at(s, i, k)) i = k;
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

// At most `max` words (as split_words cuts them)?
bool at_most_words(std::string_view s, size_t max) {
  size_t n = 0, i = 0, k = 0;
  while (i < s.size()) {
    if (space_at(s, i, k)) {
      i = k;
      continue;
    }
    if (++n > max) return false;
    while (i < s.size() && !space_at(s, i, k)) i = k;
  }
  return true;
}

// The number of leading words (up to `max_words`) that form the longest phrase of `kind`, tried with and without
// a final ':' or ','; 0 if none.
bool starts_upper(std::string_view w);

// A particle of names ("de", "van"), or one that also opens a byline ("von", "di").
bool name_particle(std::optional<StructurePhrase> p) {
  return p == StructurePhrase::NameParticle || p == StructurePhrase::BylineParticle;
}

size_t prefix_words(const std::vector<std::string_view>& words, StructurePhrase kind, size_t max_words = 4) {
  // "Von Jonas Weidmann", "di Chiara Bellini": a byline particle before a given name and a surname opens a byline.
  if (kind == StructurePhrase::BylinePrefix && words.size() >= 3 &&
      phrase(unicode::lowercase(words[0])) == StructurePhrase::BylineParticle && starts_upper(words[1]) &&
      starts_upper(words[2]))
    return 1;
  std::string cand;
  size_t best = 0;
  for (size_t k = 0; k < words.size() && k < max_words; ++k) {
    if (k) cand += ' ';
    cand += unicode::lowercase(words[k]);
    if (phrase(cand) == kind) best = k + 1;
    if (!cand.empty() && (cand.back() == ':' || cand.back() == ',')) {
      std::string_view bare(cand.data(), cand.size() - 1);
      if (phrase(bare) == kind) best = k + 1;
    }
    // More words can only match a longer phrase that starts with these words and a space.
    if (!phrase_begins_with(kind, cand, true)) break;
  }
  return best;
}

// The first word of `s` (as split_words cuts them), empty if none.
std::string_view first_word(std::string_view s) {
  size_t i = 0, k = 0;
  while (i < s.size() && space_at(s, i, k)) i = k;
  size_t start = i;
  while (i < s.size() && !space_at(s, i, k)) i = k;
  return s.substr(start, i - start);
}

// Can a line whose first word is `word` start with a phrase of `kind` (prefix_words > 0)? A cheap test before
// the words of the line are split: the phrase is the word (perhaps less a final ':' or ','), or starts with it and
// a space.
bool may_open_phrase(std::string_view word, StructurePhrase kind) {
  if (word.empty()) return false;
  if (kind == StructurePhrase::BylinePrefix && word.size() <= 3 &&
      phrase(unicode::lowercase(word)) == StructurePhrase::BylineParticle)
    return true;
  // The first byte of an ASCII word first: a phrase that the word opens starts with its lowercase form.
  static const auto first_bytes = [] {
    std::array<std::array<bool, 128>, static_cast<size_t>(StructurePhrase::Count)> f{};
    for (const auto& e : kStructurePhrases)
      if (!e.key.empty() && static_cast<unsigned char>(e.key[0]) < 0x80)
        f[static_cast<size_t>(e.value)][static_cast<unsigned char>(e.key[0])] = true;
    return f;
  }();
  auto b = static_cast<unsigned char>(word[0]);
  if (b < 0x80 && !first_bytes[static_cast<size_t>(kind)][b >= 'A' && b <= 'Z' ? b + 32 : b]) return false;
  // phrase_begins_with(kind, w) for a w without a space is "w is the first word of a phrase of that kind": those
  // first words, sorted, once (a search among a few dozen, not a scan of every phrase that starts with "the").
  static const auto first_words = [] {
    std::array<std::vector<std::string_view>, static_cast<size_t>(StructurePhrase::Count)> f;
    for (const auto& e : kStructurePhrases) f[static_cast<size_t>(e.value)].push_back(e.key.substr(0, e.key.find(' ')));
    for (auto& v : f) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    return f;
  }();
  const auto& starts = first_words[static_cast<size_t>(kind)];
  auto opens = [&](std::string_view w) { return std::binary_search(starts.begin(), starts.end(), w); };
  auto ends_open = [](char c) { return c == ':' || c == ','; };
  // An ASCII word lowercases to as many bytes: first the lengths of the kind's first words that open with its first
  // byte (bit k: k bytes, the last bit 63 bytes or more), then the search with the word lowercased on the stack.
  static const auto first_lengths = [] {
    std::array<std::array<uint64_t, 128>, static_cast<size_t>(StructurePhrase::Count)> f{};
    for (size_t k = 0; k < first_words.size(); ++k)
      for (std::string_view w : first_words[k])
        if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80)
          f[k][static_cast<unsigned char>(w[0])] |= uint64_t(1) << std::min<size_t>(w.size(), 63);
    return f;
  }();
  constexpr size_t kStack = 64;
  if (word.size() <= kStack &&
      std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    const uint64_t lengths = first_lengths[static_cast<size_t>(kind)][b >= 'A' && b <= 'Z' ? b + 32 : b];
    auto length_bit = [](size_t n) { return uint64_t(1) << std::min<size_t>(n, 63); };
    uint64_t want = length_bit(word.size());
    if (ends_open(word.back())) want |= length_bit(word.size() - 1);
    if (!(lengths & want)) return false;
    char lower[kStack];
    for (size_t i = 0; i < word.size(); ++i) {
      auto c = static_cast<unsigned char>(word[i]);
      lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    std::string_view w(lower, word.size());
    return opens(w) || (ends_open(w.back()) && opens(w.substr(0, w.size() - 1)));
  }
  std::string w = unicode::lowercase(word);
  if (opens(w)) return true;
  return ends_open(w.back()) && opens(std::string_view(w).substr(0, w.size() - 1));
}

bool starts_upper(std::string_view w) {
  // Skips an opening bracket or quotation mark.
  size_t i = 0;
  while (i < w.size()) {
    size_t k = i;
    char32_t c = unicode::next(w, k);
    if (c == '(' || c == '[' || chars::is_line_quote_mark(c)) {
      i = k;
      continue;
    }
    if (unicode::is_upper(c)) return true;
    // An Arabic name's article joined to it ("al-Rashid", "el-Sayed", "ad-Din", "bin-Talal") starts a name too.
    for (std::string_view article : {"al-", "el-", "ad-", "ash-", "as-", "ibn-", "bin-", "abu-"})
      if (w.substr(i, article.size()) == article && i + article.size() < w.size()) {
        size_t j = i + article.size();
        return unicode::is_upper(unicode::next(w, j));
      }
    return false;
  }
  return false;
}

bool is_connector(std::string_view w) {
  static const char* const kConnectors[] = {"and", "&",   "of",  "the", "in", "for",  "with", "at", "de", "van",
                                            "von", "der", "la",  "le",  "da", "di",   "bin",  "al", "y",  "du",
                                            "del", "dos", "das", "e",   "on", "from", "in",   "|",  "-",  "and,"};
  // Final commas and semicolons off (lowercasing leaves them where they are).
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
  bool ascii = true;
  for (char c : w) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string l;
  if (ascii) {
    if (w.size() > 4) return false;  // no connector is longer
    for (char c : w) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  } else {
    l = unicode::lowercase(w);
  }
  for (const char* c : kConnectors)
    if (l == c) return true;
  return false;
}

// "5 min read", "3 minute read", "10 mins read".
bool is_reading_time(const std::string& n) {
  // A count of minutes alone, as a meta line shows the reading time between dots ("March 3, 2015 · 3 min · Jane
  // Roe", Hugo's themes).
  if (n.size() <= 12) {
    size_t digits = 0;
    while (digits < n.size() && n[digits] >= '0' && n[digits] <= '9') ++digits;
    std::string_view unit = std::string_view(n).substr(digits);
    if (digits > 0 && digits <= 3 &&
        (unit == " min" || unit == " mins" || unit == " minute" || unit == " minutes" || unit == " min."))
      return true;
  }
  return n.find("read") != std::string::npos &&  // one search for what all four have, then each
         (n.find("min read") != std::string::npos || n.find("minute read") != std::string::npos ||
          n.find("mins read") != std::string::npos || n.find("minutes read") != std::string::npos) &&
         word_count_at_most(n, 6) <= 5;
}

// "Published 3 hours ago", "Updated 12 mins ago", "an hour ago": a page's relative time stamp, copied with the
// article; it gives no date to read, and it is not the article's text.
bool is_relative_time(const std::string& n) {
  std::string_view t = strip_final_punct(n);
  if (t.size() < 7 || t.substr(t.size() - 4) != " ago") return false;
  auto ws = split_words(t, 7);
  if (ws.size() < 3 || ws.size() > 6) return false;
  static constexpr std::string_view kUnits[] = {"second", "seconds", "sec",   "secs",   "minute", "minutes", "min",
                                                "mins",   "hour",    "hours", "hr",     "hrs",    "day",     "days",
                                                "week",   "weeks",   "month", "months", "year",   "years"};
  std::string_view unit = ws[ws.size() - 2], count = ws[ws.size() - 3];
  if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits)) return false;
  if (count != "a" && count != "an" && count.find_first_not_of("0123456789") != std::string_view::npos) return false;
  if (ws.size() == 3) return true;
  // What stands before the count is a date line's prefix ("published", "last updated").
  std::string_view prefix = t.substr(0, static_cast<size_t>(count.data() - t.data()));
  while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  return phrase(prefix) == StructurePhrase::DatePrefix;
}

// "1 of 12", "3/10".
bool is_counter(const std::string& n) {
  size_t i = 0;
  auto digits = [&]() {
    size_t s = i;
    while (i < n.size() && n[i] >= '0' && n[i] <= '9') ++i;
    return i > s;
  };
  if (!digits()) return false;
  if (n.compare(i, 4, " of ") == 0)
    i += 4;
  else if (i < n.size() && n[i] == '/')
    ++i;
  else
    return false;
  return digits() && i == n.size();
}

// A multi-page article's page counter with its links, one line: "Page 1 of 3", "Page 1 of 2 Next", "« Previous Page
// 2/3 Next page »" (`n` normalised). Its words are the counter's and the links' alone.
bool is_page_counter(const std::string& n) {
  if (n.size() > 80 || n.find("page ") == std::string::npos) return false;
  auto ws = split_words(n, 12);
  if (ws.size() < 2 || ws.size() > 10) return false;
  bool counted = false;
  for (size_t i = 0; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    if (!counted && w == "page" && i + 1 < ws.size()) {
      if (is_counter(std::string(ws[i + 1]))) {
        counted = true;
        ++i;
        continue;
      }
      if (i + 3 < ws.size() && ws[i + 2] == "of" &&
          is_counter(std::string(ws[i + 1]) + " of " + std::string(ws[i + 3]))) {
        counted = true;
        i += 3;
        continue;
      }
    }
    std::string_view bare = strip_final_punct(w);
    if (bare.empty() || bare == "next" || bare == "previous" || bare == "prev" || bare == "page" || bare == "<" ||
        bare == "<<" || bare == "\xC2\xAB" || bare == "\xE2\x80\xB9" || bare == "\xE2\x86\x90")
      continue;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    return false;
  }
  return counted;
}

// A count of readers' reactions: "12 Comments", "1.2K Shares", "340 views", "12 notes" (a number, then one such word).
bool is_reaction_count(const std::string& n) {
  size_t i = 0;
  while (i < n.size() && ((n[i] >= '0' && n[i] <= '9') || n[i] == '.' || n[i] == ',')) ++i;
  if (i == 0 || !(n[0] >= '0' && n[0] <= '9')) return false;
  if (i < n.size() && (n[i] == 'k' || n[i] == 'm')) ++i;
  if (i >= n.size() || n[i] != ' ') return false;
  std::string_view w = std::string_view(n).substr(i + 1);
  for (std::string_view k : {"comment", "comments", "share", "shares", "view", "views", "like", "likes", "response",
                             "responses", "reply", "replies", "reactions", "note", "notes"})  // notes: Tumblr's
    if (w == k) return true;
  return false;
}

// Short lines that are mostly markup are page debris ("!-- Google tag (gtag.js) -->", "<div class=ad>"): a
// comment fragment, or tags with fewer than four words of text outside them (the content of <script> and
// <style> counts as markup). A line of prose that quotes a tag ("The council met <img ...> today") is text.
bool looks_like_markup(std::string_view t) {
  if (t.size() > 300) return false;
  if (t.rfind("!--", 0) == 0 || t.rfind("-->", 0) == 0) return true;
  if (t.size() >= 3 && t.substr(t.size() - 3) == "-->") return true;
  if (t.find('<') == std::string_view::npos) return false;  // no tag (lowercasing makes no '<')
  std::string lower = unicode::lowercase(t);
  auto ascii_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  bool tag = false, in_word = false;
  int words_outside = 0;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (c == '<' && i + 1 < lower.size() &&
        (ascii_letter(lower[i + 1]) || lower[i + 1] == '/' || lower[i + 1] == '!')) {
      size_t close = lower.find('>', i + 1);
      if (close == std::string::npos) break;
      tag = true;
      in_word = false;
      // Skip the tag, and the whole content of a <script> or <style> element.
      std::string_view name = std::string_view(lower).substr(i + 1, close - i - 1);
      const char* end_tag = name.rfind("script", 0) == 0  ? "</script"
                            : name.rfind("style", 0) == 0 ? "</style"
                                                          : nullptr;
      size_t end = end_tag ? lower.find(end_tag, close) : close;
      i = end == std::string::npos ? lower.size() : end == close ? close : end;
      continue;
    }
    bool w = static_cast<unsigned char>(c) >= 0x80 || ascii_letter(c) || (c >= '0' && c <= '9');
    if (w && !in_word) ++words_outside;
    in_word = w;
  }
  return tag && words_outside < 4;
}

bool looks_like_code(std::string_view t) {
  if (t.empty() || t.size() > 300) return false;
  char last = t.back();
  if (last != ';' && last != '{' && last != '}') return false;
  int n = 0;
  for (char c : t)
    if (c == '(' || c == ')' || c == '{' || c == '}' || c == '[' || c == ']' || c == ';' || c == '=') ++n;
  return n >= 3;
}

// The length of the separator | • · › » / (and, with `dashes`, an em or en dash) that stands between spaces at
// byte i of t, or 0. (In UTF-8 the lead bytes of • · › » – — and the bytes | / are never inside another
// character: bytes need not be decoded.)
size_t separator_at(std::string_view t, size_t i, bool dashes = false) {
  if (i == 0 || t[i - 1] != ' ') return 0;
  auto b = [&](size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0; };
  size_t len = 0;
  if (b(i) == '|' || b(i) == '/')
    len = 1;
  else if (b(i) == 0xC2 && (b(i + 1) == 0xB7 || b(i + 1) == 0xBB))  // · »
    len = 2;
  else if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) == 0xA2 || b(i + 2) == 0xBA))  // • ›
    len = 3;
  else if (dashes && b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) == 0x93 || b(i + 2) == 0x94))  // – —
    len = 3;
  else if (dashes && b(i) == '-' && !(b(i + 2) >= '0' && b(i + 2) <= '9'))  // " - ", not a date's " - 10:15"
    len = 1;
  return len && b(i + len) == ' ' ? len : 0;
}

// The bytes a separator opens with (separator_at's first test), as a table: the lines' bytes are asked one by one.
constexpr std::array<bool, 256> kSeparatorLead = [] {
  std::array<bool, 256> a{};
  for (unsigned char c : {'|', '/', '-', '\xC2', '\xE2'}) a[c] = true;
  return a;
}();

bool has_separators(std::string_view t, bool dashes = false) {
  for (size_t i = 1; i < t.size(); ++i) {
    auto c = static_cast<unsigned char>(t[i]);
    if (kSeparatorLead[c] && separator_at(t, i, dashes)) return true;
  }
  return false;
}

// Splits a line at separators " | ", " • ", " · ", " › ", " » ", " / " (standing between spaces); with `dashes`, at
// " — ", " – " and " - " too (a meta line: "March 3, 2015 — Jane Roe").
std::vector<std::string_view> split_at_separators(std::string_view t, bool dashes = false) {
  std::vector<std::string_view> parts;
  size_t start = 0, i = 0;
  while (i < t.size()) {
    auto c = static_cast<unsigned char>(t[i]);
    size_t len = kSeparatorLead[c] ? separator_at(t, i, dashes) : 0;
    if (len) {
      parts.push_back(trim(t.substr(start, i - start)));
      start = i + len;
      i += len;
    } else {
      ++i;
    }
  }
  parts.push_back(trim(t.substr(start)));
  return parts;
}

}  // namespace

namespace {

// Is normalize(line) just line with A-Z lowercased? When every byte is ASCII and the only white space is single
// spaces between other bytes (most lines of news). Branch-free over the bytes, so that the compiler makes the loop
// a few vector instructions.
bool normalizes_by_lowercasing(std::string_view line) {
  const size_t n = line.size();
  if (n == 0) return true;
  if (line.front() == ' ' || line.back() == ' ') return false;
  unsigned high = 0, controls = 0, doubled = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    high |= c & 0x80u;
    controls |= static_cast<unsigned>(c - 9u < 5u);  // tab, line feed, vertical tab, form feed, carriage return
  }
  for (size_t i = 0; i + 1 < n; ++i)
    doubled |= static_cast<unsigned>(line[i] == ' ') & static_cast<unsigned>(line[i + 1] == ' ');
  return (high | controls | doubled) == 0;
}

}  // namespace

std::string normalize(std::string_view line) {
  if (normalizes_by_lowercasing(line)) {
    std::string out(line);
    for (char& c : out) {
      const auto b = static_cast<unsigned char>(c);
      c = static_cast<char>(b + (static_cast<unsigned>(static_cast<unsigned>(b - 'A') < 26u) << 5));
    }
    return out;
  }
  return normalize_plain(line);
}

std::string normalize_plain(std::string_view line) {
  // Written through a pointer into a buffer of twice the line's size, which is always enough: an ASCII character
  // gives one byte, any other (two bytes or more) at most four, and a space is written only for a run of white
  // space that gave nothing. (A string's push_back per byte cost more than the rest of the rules on a line.)
  std::string out(2 * line.size(), '\0');
  char* o = out.data();
  size_t n = 0, i = 0;
  bool space = false;
  while (i < line.size()) {
    auto b = static_cast<unsigned char>(line[i]);
    if (b < 0x80) {  // ASCII, the common case
      ++i;
      if (chars::is_ascii_space(b)) {
        space = n > 0;
        continue;
      }
      if (space) o[n++] = ' ';
      space = false;
      o[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      // The rest of an ASCII word in one tight loop (no byte of it is white space, nothing to decide).
      for (; i < line.size(); ++i) {
        auto w = static_cast<unsigned char>(line[i]);
        if (w <= ' ' || w >= 0x80) break;
        o[n++] = static_cast<char>(w >= 'A' && w <= 'Z' ? w + 32 : w);
      }
      continue;
    }
    char32_t c = unicode::next(line, i);
    if (is_space(c) || c == 0xFEFF || c == 0x200B) {
      space = n > 0;
      continue;
    }
    if (space) o[n++] = ' ';
    space = false;
    char32_t l = unicode::to_lower(c);
    if (l < 0x80) {
      o[n++] = static_cast<char>(l);
    } else if (l < 0x800) {
      o[n++] = static_cast<char>(0xC0 | (l >> 6));
      o[n++] = static_cast<char>(0x80 | (l & 0x3F));
    } else if (l < 0x10000) {
      o[n++] = static_cast<char>(0xE0 | (l >> 12));
      o[n++] = static_cast<char>(0x80 | ((l >> 6) & 0x3F));
      o[n++] = static_cast<char>(0x80 | (l & 0x3F));
    } else {
      o[n++] = static_cast<char>(0xF0 | (l >> 18));
      o[n++] = static_cast<char>(0x80 | ((l >> 12) & 0x3F));
      o[n++] = static_cast<char>(0x80 | ((l >> 6) & 0x3F));
      o[n++] = static_cast<char>(0x80 | (l & 0x3F));
    }
  }
  out.resize(n);
  return out;
}

bool normalizes_to(std::string_view line, std::string_view normalized) {
  // normalize(), comparing as it goes instead of writing.
  size_t j = 0;
  bool space = false, any = false;
  size_t i = 0;
  while (i < line.size()) {
    char32_t c = unicode::next(line, i);
    if (is_space(c) || c == 0xFEFF || c == 0x200B) {
      space = any;
      continue;
    }
    if (space) {
      if (j >= normalized.size() || normalized[j] != ' ') return false;
      ++j;
    }
    space = false;
    any = true;
    char32_t l = unicode::to_lower(c);
    if (l < 0x80) {
      if (j >= normalized.size() || normalized[j] != static_cast<char>(l)) return false;
      ++j;
    } else {
      std::string u;
      unicode::append(u, l);
      if (normalized.substr(j, u.size()) != u) return false;
      j += u.size();
    }
  }
  return j == normalized.size();
}

int word_count(std::string_view line) {
  return word_count_at_most(line, INT_MAX);
}

int word_count_at_most(std::string_view line, int cap) {
  int n = 0;
  bool in = false;
  size_t i = 0;
  while (i < line.size()) {
    auto b = static_cast<unsigned char>(line[i]);
    bool w;
    auto ascii_word_char = [](unsigned char c) {
      return static_cast<unsigned>((c | 0x20) - 'a') < 26 || static_cast<unsigned>(c - '0') < 10;
    };
    if (b < 0x80) {  // ASCII letters and digits are its word characters
      ++i;
      w = ascii_word_char(b);
      // The rest of an ASCII word at once: it changes nothing of the count.
      if (w)
        while (i < line.size() && ascii_word_char(static_cast<unsigned char>(line[i]))) ++i;
    } else {
      w = unicode::is_word_char(unicode::next(line, i));
    }
    if (w && !in && ++n >= cap) return cap;
    in = w;
  }
  return n;
}

bool is_time_of_day_line(std::string_view line) {
  std::string_view t = trim(line);
  return !t.empty() && t.size() <= 24 && time_of_day(t);
}

bool is_relative_time_line(std::string_view line) {
  std::string n = normalize(line);
  if (n.size() > 40) return false;
  if (is_relative_time(n)) return true;
  // A count and a unit, alone or with a word of time past in the languages of Europe: "3h", "3 hrs", "vor 3 Stunden",
  // "hace 3 horas", "il y a 3 heures", "3 ore fa", "3 uur geleden", "há 3 horas", "för 3 timmar sedan".
  auto ws = split_words(strip_final_punct(n), 7);
  if (ws.empty() || ws.size() > 6) return false;
  // One count only ("1 hr 4 mins ago" is a span of time shown in two units, not a stamp of one).
  if (std::count_if(ws.begin(), ws.end(), [](std::string_view w) { return has_digit(w); }) != 1) return false;
  size_t count = ws.size();
  for (size_t i = 0; i < ws.size() && count == ws.size(); ++i)
    if (ws[i].find_first_not_of("0123456789") != 0) count = i;
  if (count == ws.size()) return false;
  std::string_view c = ws[count];
  size_t digits = c.find_first_not_of("0123456789");
  std::string_view unit = digits == std::string_view::npos
                              ? (count + 1 < ws.size() ? ws[count + 1] : std::string_view())
                              : c.substr(digits);
  static constexpr std::string_view kShort[] = {"h", "hr", "hrs", "m", "min", "mins", "d", "s"};
  const bool alone = ws.size() <= 2 && std::find(std::begin(kShort), std::end(kShort), unit) != std::end(kShort) &&
                     (digits == std::string_view::npos ? ws.size() == 2 : ws.size() == 1);
  if (alone) return true;
  static constexpr std::string_view kPast[] = {"ago", "vor",   "hace",  "il y a", "fa",  "geleden",
                                               "há",  "sedan", "siden", "temu",   "önce"};
  for (std::string_view p : kPast) {
    if (n.size() > p.size() && n.compare(0, p.size(), p) == 0 && n[p.size()] == ' ') return true;
    if (n.size() > p.size() && n.compare(n.size() - p.size(), p.size(), p) == 0 && n[n.size() - p.size() - 1] == ' ')
      return true;
  }
  return false;
}

bool is_relative_day_line(std::string_view line) {
  std::string n = normalize(line);
  if (n.size() > 30) return false;
  auto ws = split_words(n, 5);
  if (ws.empty() || ws.size() > 4) return false;
  static constexpr std::string_view kDays[] = {"today",       "yesterday", "heute",  "gestern", "hoy",       "ayer",
                                               "aujourd'hui", "hier",      "oggi",   "ieri",    "hoje",      "ontem",
                                               "vandaag",     "gisteren",  "monday", "tuesday", "wednesday", "thursday",
                                               "friday",      "saturday",  "sunday"};
  std::string_view day = ws[0];
  if (day.size() > 1 && day.back() == ',') day.remove_suffix(1);
  if (std::find(std::begin(kDays), std::end(kDays), day) == std::end(kDays)) return false;
  if (ws.size() == 1) return true;
  // A time of day after the day ("Yesterday, 10:15", "Friday at 8:00 am").
  return time_of_day(trim(n.substr(static_cast<size_t>(ws[1].data() - n.data()))));
}

// The line is a sentence with a verb of speech after its first comma ("Sign up to the scheme was slow, the council
// said.", "..., the operator told customers in an email last week, in a last attempt ..."): it reports someone, as
// page debris never does.
static bool reports_someone(std::string_view t) {
  if (!ends_like_sentence(t)) return false;
  size_t comma = t.find(", ");
  if (comma == std::string_view::npos || comma < 10) return false;
  for (std::string_view w : split_words(t.substr(comma + 2), 40)) {
    std::string lw = unicode::lowercase(w);
    if (table_find(kStructurePhrases, strip_final_punct(lw)) == StructurePhrase::ReportingVerb) return true;
  }
  return false;
}

namespace {

// Words of `t` set apart by ASCII white space that begin with an ASCII letter or digit, counted up to `cap`. Each is
// at least one word of normalize(t) (the letter or digit is kept, the white space before it becomes one space), of
// strip_final_punct of that (which strips no letter or digit) and a word of word_count_at_most, of t and of its
// normal form: a lower bound for every count of words that is_boilerplate's short-line tests ask for.
size_t plain_words_at_least(std::string_view t, size_t cap) {
  size_t n = 0;
  bool after_space = true;
  for (char ch : t) {
    const auto b = static_cast<unsigned char>(ch);
    if (chars::is_ascii_space(b)) {
      after_space = true;
      continue;
    }
    if (after_space && (static_cast<unsigned>((b | 0x20) - 'a') < 26 || static_cast<unsigned>(b - '0') < 10) &&
        ++n >= cap)
      return n;
    after_space = false;
  }
  return n;
}

// No short line's test of is_boilerplate can hold for `t` (at most 200 bytes): all of them ask for at most 15
// words (a whole stock phrase of the table, at most as many as its longest: 5), except the runs set apart by
// separators. A cheap rejection of most lines of prose before normalising them; is_boilerplate_plain, without it, is
// the reference (tests/cpp/test_line_rules.cpp compares them).
bool too_many_words_for_short_boilerplate(std::string_view t) {
  static const size_t fewest = [] {
    size_t most = 0;
    for (const auto& e : kStructurePhrases)
      if (e.value == StructurePhrase::Boilerplate || e.value == StructurePhrase::LinkList)
        most = std::max(most, static_cast<size_t>(std::count(e.key.begin(), e.key.end(), ' ')) + 1);
    return std::max<size_t>(16, most + 1);
  }();
  return plain_words_at_least(t, fewest) >= fewest && !has_separators(t);
}

bool boilerplate(std::string_view line, bool early_rejection) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  if (looks_like_markup(t) || looks_like_code(t)) return true;
  // A stock opening: "Read more: ...", "We use cookies to ...", "Sign up for ..."; not a sentence that goes on to
  // report someone ("Sign up to the scheme was slow, the council said.").
  const std::string_view first = first_word(t);
  if (may_open_phrase(first, StructurePhrase::BoilerplatePrefix) &&
      prefix_words(split_words(t, 6), StructurePhrase::BoilerplatePrefix, 6) > 0 &&
      (t.size() <= 200 || word_count_at_most(t, 61) <= 60) && !reports_someone(t))
    return true;
  if (t.size() > 200) return false;  // everything below is about short lines
  if (early_rejection && too_many_words_for_short_boilerplate(t)) return false;
  std::string n = normalize(t);
  std::string_view bare = strip_final_punct(n);
  if (phrase(n) == StructurePhrase::Boilerplate || phrase(bare) == StructurePhrase::Boilerplate) return true;
  if (is_reading_time(n) || is_counter(n) || is_relative_time(n) || is_reaction_count(n) || is_page_counter(n))
    return true;
  // word_count(t) up to 16 (the tests below ask for at most 15), counted only when a test below gets to it (most lines
  // end before).
  int counted = -1;
  auto words = [&] { return counted >= 0 ? counted : (counted = word_count_at_most(t, 16)); };
  if (n.rfind("copyright", 0) == 0 && words() <= 15 &&
      (has_digit(n) || n.find("\xC2\xA9") != std::string::npos || n.find("rights reserved") != std::string::npos))
    return true;
  if (n.find("all rights reserved") != std::string::npos && words() <= 12) return true;
  // Every word a share or navigation word: "Facebook Twitter Email", "Home News Sport".
  auto share_or_nav = [](std::string_view w) {
    auto p = phrase(strip_final_punct(unicode::lowercase(w)));
    return p == StructurePhrase::Boilerplate || p == StructurePhrase::NavWord;
  };
  if (share_or_nav(first) && words() <= 12) {
    auto ws = split_words(t, 13);
    if (ws.size() >= 2 && ws.size() <= 12) {
      bool all = true;
      for (auto w : ws) {
        std::string lw = unicode::lowercase(w);
        auto p = phrase(strip_final_punct(lw));
        if (p != StructurePhrase::Boilerplate && p != StructurePhrase::NavWord) {
          all = false;
          break;
        }
      }
      if (all &&
          (ws.size() >= 3 || phrase(strip_final_punct(unicode::lowercase(ws[0]))) == StructurePhrase::Boilerplate))
        return true;
    }
  }
  // Navigation in one line: "Home | World | Politics"; stock phrases in one line: "Advertisement · Scroll to
  // continue".
  if (!has_separators(t)) return false;
  auto parts = split_at_separators(t);
  if (parts.size() >= 2) {
    bool all = true;
    for (auto p : parts) {
      std::string pn = normalize(p);
      if (phrase(strip_final_punct(pn)) != StructurePhrase::Boilerplate) all = false;
    }
    if (all) return true;
  }
  if (parts.size() >= 3) {
    bool all_short = true;
    for (auto p : parts)
      if (p.empty() || word_count_at_most(p, 5) > 4 || ends_like_sentence(p) || has_digit(p)) all_short = false;
    if (all_short) return true;
  }
  return false;
}

}  // namespace

bool is_boilerplate(std::string_view line) {
  return boilerplate(line, true);
}

bool is_boilerplate_plain(std::string_view line) {
  return boilerplate(line, false);
}

bool is_date_label(std::string_view line) {
  return phrase(strip_final_punct(normalize(line))) == StructurePhrase::DatePrefix;
}

bool is_nav_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 32 || word_count_at_most(t, 4) > 3) return false;
  auto p = phrase(strip_final_punct(normalize(t)));
  return p == StructurePhrase::NavWord || p == StructurePhrase::Boilerplate;
}

namespace {

// "Written by Jane Roe. Edited by John Doe.", "Written by Jane Roe, edited by John Doe": where the part that names an
// editor starts (the period or comma before an EditorLabel of structure_phrases.tsv), or npos.
size_t editor_sentence(std::string_view t) {
  for (std::string_view sep : {std::string_view(". "), std::string_view(", ")})
    for (size_t p = t.find(sep); p != std::string_view::npos && p < 200; p = t.find(sep, p + 2)) {
      // (Exact early exit: prefix_words needs the first word to open such a phrase; most words do not.)
      if (!may_open_phrase(first_word(t.substr(p + 2)), StructurePhrase::EditorLabel)) continue;
      auto ws = split_words(t.substr(p + 2), 3);
      if (prefix_words(ws, StructurePhrase::EditorLabel, 2) > 0) return p;
    }
  return std::string_view::npos;
}

}  // namespace

std::string_view after_dateline(std::string_view line) {
  std::string_view t = trim(line);
  // One to four words of a place in capitals, perhaps a comma and its region or country in up to three capitalised
  // words ("LAGOS, Nigeria", "PORT ELLERY, Maine") and an agency in brackets, then a dash with spaces around it.
  size_t i = 0, words = 0;
  bool region = false;
  while (i < t.size() && words < 7) {
    size_t letters = 0;
    bool first = true;
    while (i < t.size()) {
      size_t k = i;
      char32_t c = unicode::next(t, k);
      if (!unicode::is_letter(c) && c != '.' && c != '\'' && c != '-') break;
      if (unicode::is_lower(c) && (!region || first)) return {};
      letters += unicode::is_letter(c);
      first = false;
      i = k;
    }
    if (letters < 2) return {};
    ++words;
    if (!region && words > 4) return {};
    if (!region && i + 1 < t.size() && t[i] == ',' && t[i + 1] == ' ') {
      region = true;
      i += 2;
      continue;
    }
    if (i < t.size() && t[i] == ' ') {
      ++i;
      // An agency in brackets after the place: "OSLO (Reuters) — By Jane Roe".
      if (i < t.size() && t[i] == '(') {
        size_t close = t.find(") ", i);
        if (close == std::string_view::npos || close - i > 24) return {};
        i = close + 2;
      }
      for (const char* dash : {"\xE2\x80\x94 ", "\xE2\x80\x93 ", "- ", "-- "}) {
        std::string_view d(dash);
        if (t.substr(i, d.size()) == d) {
          std::string_view rest = trim(t.substr(i + d.size()));
          auto ws = split_words(rest, 5);
          return prefix_words(ws, StructurePhrase::BylinePrefix, 4) > 0 ? rest : std::string_view();
        }
      }
    }
  }
  return {};
}

namespace {

// "From Jane Roe in Vienna", "From Jane Roe, Europe Editor, in Vienna": a correspondent's line as British papers set
// it. "From" opens too many other lines to be a byline prefix ("From the archive", "From Monday, ..."); it is one
// only before a name (two capitalised words, roles after a comma) and a place after "in" that ends the line (one to
// three capitalised words). 1 (the prefix's words) or 0.
// The word "From" in any case, with no copy (is_byline asks it of every line).
bool is_from(std::string_view w) {
  return w.size() == 4 && (w[0] | 0x20) == 'f' && (w[1] | 0x20) == 'r' && (w[2] | 0x20) == 'o' && (w[3] | 0x20) == 'm';
}

size_t from_in_place_prefix(const std::vector<std::string_view>& ws) {
  if (ws.size() < 5 || ws.size() > 12 || !is_from(ws[0])) return 0;
  size_t in = 0;
  for (size_t i = 3; i + 1 < ws.size() && in == 0; ++i)
    if (ws[i] == "in") in = i;
  if (in == 0 || ws.size() - in - 1 > 3) return 0;
  for (size_t i = 1; i < ws.size(); ++i) {
    if (i == in) continue;
    std::string_view w = strip_final_punct(ws[i]);
    if (w.empty() || has_digit(w)) return 0;
    if (!starts_upper(w) && !(i < in && i > 2 && name_particle(phrase(unicode::lowercase(w))))) return 0;
  }
  // A weekday is no name or place ("From Monday in ...").
  for (size_t i : {size_t{1}, in + 1})
    if (phrase(unicode::lowercase(strip_final_punct(ws[i]))) == StructurePhrase::NotName) return 0;
  return 1;
}

}  // namespace

bool is_byline(std::string_view line) {
  std::string_view t = trim(line);
  // A wire dateline before the byline ("OSLO — By Jane Roe"): the byline after it.
  if (std::string_view rest = after_dateline(t); !rest.empty()) t = rest;
  if (size_t e = editor_sentence(t); e != std::string_view::npos) t = trim(t.substr(0, e));
  if (t.empty() || t.size() > 200 || has_digit(t)) return false;
  const bool from = t.size() > 5 && is_from(t.substr(0, 4)) && t[4] == ' ';
  if (!from && !may_open_phrase(first_word(t), StructurePhrase::BylinePrefix)) return false;
  auto ws = split_words(t);
  size_t k = prefix_words(ws, StructurePhrase::BylinePrefix, 4);
  if (k == 0 && from) k = from_in_place_prefix(ws);
  if (k == 0 || k >= ws.size() || ws.size() - k > 16) return false;
  if (!starts_upper(ws[k])) return false;
  // A role or the paper after a separator is not read ("By Jane Roe | Staff writer", "By Jane Roe / Courier").
  size_t end = ws.size();
  for (size_t i = k + 2; i < ws.size() && end == ws.size(); ++i)
    if (ws[i] == "|" || ws[i] == "/" || ws[i] == "-" || ws[i] == "\xE2\x80\x93" || ws[i] == "\xE2\x80\x94" ||
        ws[i] == "\xE2\x80\xA2" || ws[i] == "\xC2\xB7")
      end = i;
  char32_t last = chars::last_cp(end == ws.size() ? t : ws[end - 1]);
  if (last == '?' || last == '!' || last == ':' || last == ';') return false;
  if (last == '.') {
    // Only an initial, "Jr." or a degree with points inside ("Ph.D.", "M.D.") may end a byline.
    std::string_view lw = ws[end - 1];
    const bool degree = lw.size() <= 6 && lw.substr(0, lw.size() - 1).find('.') != std::string_view::npos;
    if (!((lw.size() <= 3 || degree) && starts_upper(lw))) return false;
  }
  int names = 0, lower = 0;
  for (size_t i = k; i < end; ++i) {
    if (is_connector(ws[i])) continue;
    // Co-authors in brackets: "(avec Hugo Mercadier et Lise Fabre)".
    if (ws[i].size() > 1 && ws[i][0] == '(' && phrase(unicode::lowercase(ws[i].substr(1))) == StructurePhrase::WithWord)
      continue;
    if (name_particle(phrase(unicode::lowercase(ws[i])))) continue;
    char32_t c = chars::first_cp(ws[i]);
    if (!unicode::is_letter(c) && c != '(' && !chars::is_line_quote_mark(c)) continue;
    // A word in brackets counts as its inside: "By Jane Roe (Staff)".
    if (starts_upper(c == '(' ? ws[i].substr(1) : ws[i]))
      ++names;
    else
      ++lower;
  }
  return names >= 1 && lower <= names / 4;
}

namespace {

// A word that may stand in a name ("Kahn", "O'Brien", "R.") or between names ("and", "de", "et"): no digits,
// capitalised or a name particle (structure_phrases.tsv).
bool name_word(std::string_view w) {
  if (w.empty() || has_digit(w)) return false;
  while (w.size() > 1 && (w.back() == ',' || w.back() == ':')) w.remove_suffix(1);
  if (starts_upper(w) || name_particle(phrase(unicode::lowercase(w)))) return true;
  size_t i = 0;
  char32_t c = unicode::next(w, i);
  return unicode::is_letter(c) && !unicode::is_lower(c) && !unicode::is_upper(c);  // a script without case
}

// A comma-separated part after a name that is another name ("Jennifer Jett"), not a role ("environment
// correspondent", "Senior Staff Technologist"), a degree ("MA") or an organisation's line.
bool another_name(std::string_view part) {
  auto ws = split_words(trim(part), 8);
  if (ws.empty() || ws.size() > 5) return false;
  size_t k = 0;
  if (unicode::lowercase(ws[0]) == "and" || ws[0] == "&" || unicode::lowercase(ws[0]) == "with") k = 1;
  if (k >= ws.size()) return false;
  if (unicode::lowercase(ws[k]) == "the") return false;         // a paper or a desk: "Jane Roe, The Town Courier"
  if (unicode::is_lower(chars::first_cp(ws[k]))) return false;  // a place: "Por Jane Roe, de Lisboa"
  if (phrase(strip_final_punct(normalize(part))) == StructurePhrase::Agency) return false;  // "JANE ROE, AP"
  int caps = 0;
  for (size_t i = k; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    auto kind = phrase(unicode::lowercase(w));  // a role, or a section's word ("Jane Roe, BBC News")
    if (!name_word(ws[i]) || kind == StructurePhrase::NotName || kind == StructurePhrase::NavWord) return false;
    bool all_caps = true;
    for (char c : w) all_caps = all_caps && (c < 'a' || c > 'z');
    if (all_caps && w.size() <= 3 && ws.size() - k == 1) return false;  // "MA", "PhD" alone: a degree
    ++caps;
  }
  return caps >= 1 && ws.size() - k >= 2;  // a name has a given name and a surname
}

}  // namespace

namespace {

// "TTC", "KXRV" (two to five capitals) or "CourierFeed", "TownPost" (a capital inside, from the fifth letter: not
// "McDonald", "MacKenzie", "DeShawn"): a word that names a newsroom rather than a person.
bool newsroom_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 12) return false;
  size_t caps = 0;
  for (char c : w) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    caps += c >= 'A' && c <= 'Z';
  }
  if (caps == w.size()) return w.size() <= 5;
  if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (size_t j = 4; j < w.size(); ++j)
    if (w[j] >= 'A' && w[j] <= 'Z') return true;
  return false;
}

}  // namespace

namespace {

// A word of two or more letters, all capitals ("ROE", "O'BRIEN"; not an initial: "R.").
bool all_caps_word(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

// A capital, then lower-case letters only ("Courier"; not "McDONALD").
bool title_case_word(std::string_view w) {
  if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z') return false;
  return w[1] >= 'a' && w[1] <= 'z';
}

}  // namespace

namespace {

// A journalist's job word ("correspondent", "Editor", "envoyée"), in the languages of Europe.
bool journalist_job(std::string_view word) {
  static constexpr std::string_view kJobs[] = {
      "correspondent", "correspondents",  "editor",         "editors",        "reporter",   "reporters",
      "writer",        "writers",         "columnist",      "journalist",     "critic",     "commentator",
      "contributor",   "correspondant",   "correspondante", "envoyé",         "envoyée",    "journaliste",
      "korrespondent", "korrespondentin", "redakteur",      "redakteurin",    "reporterin", "corresponsal",
      "enviado",       "enviada",         "periodista",     "corrispondente", "inviato",    "inviata",
      "giornalista",   "correspondente",  "verslaggever"};
  std::string lw = unicode::lowercase(strip_final_punct(word));
  return std::find(std::begin(kJobs), std::end(kJobs), lw) != std::end(kJobs);
}

// A capitalised word of a journalist's role: a role's ("Chief", "Political", "Correspondent") or a desk's ("Health",
// "Business").
bool role_word(std::string_view word) {
  auto kind = phrase(unicode::lowercase(word));
  return starts_upper(word) && (kind == StructurePhrase::NotName || kind == StructurePhrase::NavWord);
}

// A forum's or a game studio's user name: 2 to 24 ASCII letters, digits, '_' or '-', a letter first, a comma after
// it allowed ("kovax,", "TGos,"), and no word a table knows.
bool user_handle(std::string_view w) {
  if (!w.empty() && w.back() == ',') w.remove_suffix(1);
  if (w.size() < 2 || w.size() > 24 || !((w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z')) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
      return false;
  return !phrase(unicode::lowercase(w));
}

// "Posted by kovax, TGos, Ernst, Albo on ...": after "Posted by", two or more user names set apart by commas (an
// "and" before the last allowed), up to "on", "at" or the line's end. The index of the word after the last name,
// or 0.
size_t posted_by_handles(const std::vector<std::string_view>& ws, size_t k) {
  if (k != 2 || unicode::lowercase(ws[0]) != "posted") return 0;
  size_t names = 0, i = k;
  for (; i < ws.size(); ++i) {
    if (ws[i] == "on" || ws[i] == "at") break;
    if ((ws[i] == "and" || ws[i] == "&") && names > 0 && ws[i - 1].back() != ',') continue;
    if (!user_handle(ws[i])) return 0;
    const bool last = i + 1 == ws.size() || ws[i + 1] == "on" || ws[i + 1] == "at";
    // Each name but the last ends in a comma or stands before "and".
    if (!last && ws[i].back() != ',' && ws[i + 1] != "and" && ws[i + 1] != "&") return 0;
    if (last && ws[i].back() == ',') return 0;
    ++names;
  }
  return names >= 2 ? i : 0;
}

}  // namespace

std::optional<std::pair<size_t, size_t>> byline_names(std::string_view line) {
  std::string_view t = trim(line);
  if (std::string_view rest = after_dateline(t); !rest.empty()) t = rest;
  // A dash before the names, as an opinion page sets its byline ("— Jane Roe").
  for (std::string_view dash :
       {std::string_view("\xE2\x80\x94 "), std::string_view("\xE2\x80\x93 "), std::string_view("-- ")})
    if (t.substr(0, dash.size()) == dash) t = trim(t.substr(dash.size()));
  if (t.empty() || t.size() > 300) return std::nullopt;
  size_t base = static_cast<size_t>(t.data() - line.data());
  auto ws = split_words(t, 60);
  size_t k = prefix_words(ws, StructurePhrase::BylinePrefix, 4);
  // "From Jane Roe" in a line already read as a byline (its markup's, or "From Jane Roe in Vienna"): "From" is no name.
  if (k == 0 && ws.size() >= 3 && is_from(ws[0]) && starts_upper(ws[1])) k = 1;
  if (k >= ws.size()) return std::nullopt;
  // "From our correspondent in Vienna": "From" before a lower-case word names no one.
  if (k == 0 && ws.size() > 1 && is_from(ws[0]) && !starts_upper(ws[1])) return std::nullopt;
  // A name written in lower case after the prefix, as a site's style may set it ("by jane roe"): two or three words of
  // lower-case letters that no table knows (no role, desk or section) and no article or possessive ("by the
  // editors", "by our reporter").
  if (k > 0 && ws.size() - k >= 2 && ws.size() - k <= 3) {
    bool lower_name = true;
    for (size_t i = k; i < ws.size() && lower_name; ++i) {
      std::string_view w = ws[i];
      for (char c : w) lower_name = lower_name && ((c >= 'a' && c <= 'z') || c == '-' || c == '\'');
      lower_name = lower_name && w.size() >= 2 && !phrase(w) &&
                   !(w == "the" || w == "our" || w == "an" || w == "this" || w == "your" || w == "my" || w == "his" ||
                     w == "her" || w == "their" || w == "staff" || w == "admin");
    }
    if (lower_name) {
      size_t nb = base + static_cast<size_t>(ws[k].data() - t.data());
      size_t ne = base + static_cast<size_t>(ws.back().data() - t.data()) + ws.back().size();
      return std::make_pair(nb, ne);
    }
  }
  if (size_t end = posted_by_handles(ws, k); end > 0) {
    size_t nb = base + static_cast<size_t>(ws[k].data() - t.data());
    size_t ne = base + static_cast<size_t>(ws[end - 1].data() - t.data()) + ws[end - 1].size();
    return std::make_pair(nb, ne);
  }
  // A role before the names, as a label ("Contributor Jane Roe", "Political Editor Jane Roe"): up to three
  // capitalised role words, then a given name and a surname.
  // A desk's word among them ("Health Correspondent Jane Roe") when a journalist's job ends them.
  for (size_t r = k; r < ws.size() && r <= k + 3; ++r) {
    if (!role_word(ws[r])) {
      // At least one role word, then two capitalised words that are no roles.
      bool desk = false;
      for (size_t q = k; q < r; ++q) desk = desk || phrase(unicode::lowercase(ws[q])) == StructurePhrase::NavWord;
      if (r > k && r + 1 < ws.size() && starts_upper(ws[r]) && starts_upper(ws[r + 1]) &&
          phrase(unicode::lowercase(strip_final_punct(ws[r + 1]))) != StructurePhrase::NotName &&
          (!desk || journalist_job(ws[r - 1])))
        k = r;
      break;
    }
  }
  // No name starts with a word that ends names ("Sign in to follow this reporter", "Follow", "Staff") or with a
  // section's name ("News", "Local").
  if (auto first = phrase(unicode::lowercase(strip_final_punct(ws[k])));
      first == StructurePhrase::NotName || first == StructurePhrase::NavWord)
    return std::nullopt;
  size_t b = static_cast<size_t>(ws[k].data() - t.data());
  // The names end at a date, a separator, a handle or bracket, a lower-case word that is no name particle
  // ("Alex Perry in Business"), or a comma that a role or a degree follows.
  // Co-authors in brackets stay: "Par Claire Vantrou (avec Hugo Mercadier et Lise Fabre)".
  size_t e = t.size();
  bool with_bracket = false;
  for (size_t i = k; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    size_t at = static_cast<size_t>(w.data() - t.data());
    if (i > k && !with_bracket && w.size() > 1 && w[0] == '(' &&
        phrase(unicode::lowercase(w.substr(1))) == StructurePhrase::WithWord && i + 1 < ws.size() &&
        starts_upper(ws[i + 1])) {
      // An agency in the brackets is no co-author: "Par Jane Roe (avec AFP)".
      size_t from = static_cast<size_t>(ws[i + 1].data() - t.data()), close = t.find(')', from);
      if (close != std::string_view::npos &&
          phrase(normalize(t.substr(from, close - from))) == StructurePhrase::Agency) {
        e = at;
        break;
      }
      with_bracket = true;
      continue;
    }
    if (with_bracket && w.size() > 1 && w.back() == ')') {
      std::string_view inner = w.substr(0, w.size() - 1);
      if (name_word(inner) && !has_digit(inner))
        e = at + w.size();
      else
        e = static_cast<size_t>(ws[i - 1].data() - t.data()) + ws[i - 1].size();
      break;
    }
    std::string_view bare = w;
    while (bare.size() > 1 && (bare.back() == ',' || bare.back() == '.' || bare.back() == ':')) bare.remove_suffix(1);
    // A line break ends the names ("Claire Hughes\nBBC News").
    bool new_line =
        i > k && t.substr(0, at).find('\n', static_cast<size_t>(ws[i - 1].data() - t.data())) != std::string_view::npos;
    auto kind = phrase(unicode::lowercase(bare));  // a role, a weekday, a desk ("Science editor")
    // Names set apart by a middle dot or a bullet go on: "By Jane Roe · John Doe" (not "Jane Roe · Reporter" or "Jane
    // Roe · March 3, 2015").
    if ((w == "\xC2\xB7" || w == "\xE2\x80\xA2") && i > k && i + 1 < ws.size() && !new_line) {
      size_t next = static_cast<size_t>(ws[i + 1].data() - t.data());
      size_t stop = t.find_first_of(",;|\n", next);
      for (std::string_view dot : {std::string_view(" \xC2\xB7"), std::string_view(" \xE2\x80\xA2")})
        stop = std::min(stop, t.find(dot, next));
      std::string_view part = t.substr(next, stop == std::string_view::npos ? std::string_view::npos : stop - next);
      if (another_name(part)) continue;
    }
    // An agency after the names is no author: "By Tess Harlow and Reuters", "Jane Roe with The Associated Press".
    if (i > k && i + 1 < ws.size() && (bare == "and" || bare == "&" || bare == "with")) {
      std::string rest = normalize(t.substr(static_cast<size_t>(ws[i + 1].data() - t.data())));
      std::string_view r = strip_final_punct(rest);
      if (r.rfind("the ", 0) == 0) r.remove_prefix(4);
      if (phrase(r) == StructurePhrase::Agency) {
        e = at;
        break;
      }
      // A co-author after "with": "By Jane Roe with John Doe" (a person's given name and surname, not "The ...").
      if (bare == "with" && i >= k + 2 && !new_line) {
        size_t next = static_cast<size_t>(ws[i + 1].data() - t.data());
        size_t stop = t.find_first_of(",;|\n", next);
        std::string_view part = t.substr(next, stop == std::string_view::npos ? std::string_view::npos : stop - next);
        if (another_name(part)) continue;
      }
    }
    // So does an agency's name right after the names: "By JANE ROE Associated Press".
    if (i >= k + 2 && i + 3 >= ws.size() && starts_upper(w)) {
      std::string rest = normalize(t.substr(at));
      if (phrase(strip_final_punct(rest)) == StructurePhrase::Agency) {
        e = at;
        break;
      }
    }
    // So do a comment link's words after the names: "By Jane Roe Leave a Comment" (a theme's meta line read whole).
    if (i >= k + 2 && i + 1 < ws.size() && starts_upper(w) && !phrase(unicode::lowercase(bare)) &&
        is_boilerplate(t.substr(at))) {
      e = at;
      break;
    }
    // "For" ends them, whatever its case: "By Jane Roe For The Daily Courier", "By JANE ROE FOR DAILYCOURIER.COM".
    if (i > k && unicode::lowercase(bare) == "for") {
      e = at;
      break;
    }
    // A date's word ends them too: "By Jane Roe Published March 3, 2015".
    // And so do a share button's word after a name ("Jane Roe Twitter Email").
    if (i > k && (new_line || !name_word(w) || kind == StructurePhrase::NotName || kind == StructurePhrase::NavWord ||
                  kind == StructurePhrase::DatePrefix || (i >= k + 2 && kind == StructurePhrase::Boilerplate))) {
      e = at;
      // A newsroom's name before a section's or a job's word, set apart from the names by style alone ("Jane Roe TTC
      // News", "Jane Roe CourierFeed News Reporter"): an acronym or a word with a capital inside, after two names.
      if (!new_line && i >= k + 3 && (kind == StructurePhrase::NotName || kind == StructurePhrase::NavWord) &&
          newsroom_word(ws[i - 1]) && !newsroom_word(ws[i - 2]))
        e = static_cast<size_t>(ws[i - 1].data() - t.data());
      break;
    }
    size_t cut = std::string_view::npos;
    for (size_t j = 0; j < w.size(); ++j) {
      unsigned char c = static_cast<unsigned char>(w[j]);
      if ((c >= '0' && c <= '9') || c == '|' || c == '@' || c == '(' || c == '/' || c == ';' || c == '[') {
        cut = j;
        break;
      }
      if ((c == 0xE2 && j + 2 < w.size() && static_cast<unsigned char>(w[j + 1]) == 0x80 &&
           (static_cast<unsigned char>(w[j + 2]) == 0x94 || static_cast<unsigned char>(w[j + 2]) == 0x93 ||
            static_cast<unsigned char>(w[j + 2]) == 0xA2)) ||
          (c == 0xC2 && j + 1 < w.size() && static_cast<unsigned char>(w[j + 1]) == 0xB7)) {
        cut = j;  // em dash, en dash, bullet, middle dot
        break;
      }
    }
    if (w == "-") cut = 0;
    // A sentence's period after a surname ends them: "Written by Jane Roe. Edited by John Doe." (an initial or
    // "Jr." keeps its period: three letters at most, or points inside, "J.R.").
    if (cut == std::string_view::npos && i > k && i + 1 < ws.size() && w.size() > 4 && w.back() == '.' &&
        w.substr(0, w.size() - 1).find('.') == std::string_view::npos)
      cut = w.size() - 1;
    // Names separated by semicolons go on: "By Jane Roe; John Doe" (not "Reporting by Jane Roe; Editing by ...").
    if (cut != std::string_view::npos && cut + 1 == w.size() && w[cut] == ';' && i + 1 < ws.size()) {
      size_t next = static_cast<size_t>(ws[i + 1].data() - t.data());
      size_t stop = t.find_first_of(";,", next);
      std::string_view part = t.substr(next, stop == std::string_view::npos ? std::string_view::npos : stop - next);
      if (another_name(part)) continue;
    }
    if (cut != std::string_view::npos) {
      e = at + cut;
      break;
    }
    if (w.back() == ',' || w.back() == ':') {
      size_t next = i + 1 < ws.size() ? static_cast<size_t>(ws[i + 1].data() - t.data()) : t.size();
      size_t stop = t.find(',', next);
      std::string_view part = t.substr(next, stop == std::string_view::npos ? std::string_view::npos : stop - next);
      // The names end at a bar too: "Jane Roe, John Doe, and Ann Lee | Staff".
      if (size_t bar = part.find(" | "); bar != std::string_view::npos) part = part.substr(0, bar);
      if (w.back() == ':' || !another_name(part)) {
        e = at + w.size() - 1;
        break;
      }
    }
  }
  std::string_view names = strip_separators(t.substr(b, e - b));
  // Names in capitals, then words that are not: the paper's or the desk's name, set apart by its case ("By JANE ROE
  // Courier Staff Writer", as BLOX sites print it).
  if (auto nw = split_words(names, 16); nw.size() >= 3 && all_caps_word(nw[0]) && all_caps_word(nw[1]))
    for (size_t j = 2; j < nw.size(); ++j)
      if (title_case_word(nw[j]) && !name_particle(phrase(unicode::lowercase(nw[j])))) {
        size_t cut = j;
        while (cut > 2 && name_particle(phrase(unicode::lowercase(nw[cut - 1])))) --cut;  // "JANE ROE de la Rosa"
        if (cut == j) names = strip_separators(names.substr(0, static_cast<size_t>(nw[j].data() - names.data())));
        break;
      }
  if (names.empty() || !name_word(first_word(names)) || name_particle(phrase(unicode::lowercase(first_word(names)))))
    return std::nullopt;
  size_t nb = base + static_cast<size_t>(names.data() - t.data());
  return std::make_pair(nb, nb + names.size());
}

bool agency_only(std::string_view line) {
  auto n = byline_names(line);
  std::string_view t = n ? line.substr(n->first, n->second - n->first) : trim(line);
  if (t.empty() || t.size() > 60) return false;
  std::string norm = normalize(t);
  std::string_view bare = strip_final_punct(norm);
  if (bare.rfind("the ", 0) == 0) bare.remove_prefix(4);
  return phrase(bare) == StructurePhrase::Agency;
}

bool desk_only(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 80) return false;
  auto ws = split_words(t, 8);
  size_t k = prefix_words(ws, StructurePhrase::BylinePrefix, 4);
  if (k >= ws.size() || ws.size() > 7) return false;
  for (size_t i = k; i < ws.size(); ++i) {
    std::string w = unicode::lowercase(strip_final_punct(ws[i]));
    // "By our staff", "From staff reports".
    if (!(w == "our" || w == "the" || w == "and" || (w == "from" && i == k) || phrase(w) == StructurePhrase::NotName))
      return false;
  }
  return true;
}

bool is_update_line(std::string_view line) {
  std::string n = normalize(line);
  // English, French, Spanish, Portuguese, German, Italian, Dutch, Swedish, Norwegian, Danish, Polish, Turkish.
  static const char* const kUpdate[] = {
      "updated", "last updated", "last modified", "modified", "mis à jour", "modifié", "actualizado", "atualizado",
      "aktualisiert", "zuletzt aktualisiert", "aggiornato", "ultimo aggiornamento", "bijgewerkt", "laatst bijgewerkt",
      "uppdaterad", "uppdaterat", "oppdatert", "opdateret", "zaktualizowano", "aktualizacja", "güncelleme",
      "güncellenme",
      // ... and the longer labels of the last change ("Dernière mise à jour",
      // "Zuletzt geändert", "Última actualización", "Gewijzigd", "Revised").
      "dernière mise à jour", "dernière modification", "geändert", "zuletzt geändert", "última actualización",
      "última atualização", "ultima modifica", "gewijzigd", "laatst gewijzigd", "revised", "last revised",
      // English "Edited" before a date ("Edited March 5, 2015", "Last edited: ...").
      "edited", "last edited"};
  for (const char* u : kUpdate) {
    std::string_view w(u);
    if (n.compare(0, w.size(), w) == 0 &&
        (n.size() == w.size() || !unicode::is_letter(static_cast<unsigned char>(n[w.size()]))))
      return true;
  }
  return false;
}

namespace {

// The agencies' and picture libraries' names that end a short credit line (is_credit), normalised.
constexpr std::string_view kCreditEndings[] = {"getty images", "shutterstock", "alamy",   "istock",
                                               "via reuters",  "via ap",       "via afp", "epa-efe"};

// The last bytes of kCreditEndings (ASCII lowercase letters), as a table of bytes.
constexpr std::array<bool, 128> kCreditEndingLast = [] {
  std::array<bool, 128> a{};
  for (std::string_view e : kCreditEndings) a[static_cast<unsigned char>(e.back())] = true;
  return a;
}();

// Can the trimmed line t, normalised, end with one of kCreditEndings? False only when it cannot: its last byte is
// ASCII (then normalize's last byte is that byte lowercased: it trims the same white space as trim) and, lowercased,
// no ending's last byte.
bool may_end_with_credit_ending(std::string_view t) {
  if (t.empty()) return false;
  auto b = static_cast<unsigned char>(t.back());
  if (b >= 0x80) return true;
  return kCreditEndingLast[b >= 'A' && b <= 'Z' ? b + 32 : b];
}

}  // namespace

bool is_credit(std::string_view line) {
  std::string_view t = trim(line);
  // Credits in brackets: "(AP Photo/Evan Vucci)", "[Reuters]".
  if (t.size() >= 2 && ((t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']')))
    t = trim(t.substr(1, t.size() - 2));
  if (t.empty() || t.size() > 120) return false;
  // A credit opens with a credit phrase, has an agency's slash, or is at most six words ending in an agency's name
  // (so not in a full stop): a cheap test first, for the many candidates of trailing_credit (the last clauses of
  // sentences).
  if (t.find('/') == std::string_view::npos && !may_open_phrase(first_word(t), StructurePhrase::CreditPrefix) &&
      (t.back() == '.' || !at_most_words(t, 6)))
    return false;
  auto ws = split_words(t, 15);  // more than 14 words is no credit
  if (ws.empty() || ws.size() > 14) return false;
  // (may_open_phrase first: the exact test of prefix_words > 0 on the first word, without building the phrase.)
  size_t k =
      may_open_phrase(ws[0], StructurePhrase::CreditPrefix) ? prefix_words(ws, StructurePhrase::CreditPrefix, 3) : 0;
  if (k > 0) {
    if (k >= ws.size() || ws.size() - k > 10) return false;
    char32_t c = chars::first_cp(ws[k]);
    if (!unicode::is_letter(c) && c != 0xA9) return false;
    if (chars::last_cp(t) == '.' && ws.size() - k > 3) return false;  // "Photo: A crowd gathers in Kyiv." is a caption
    return true;
  }
  if (ends_like_sentence(t) && chars::last_cp(t) != '.') return false;
  // "KYIV/MOSCOW (Reuters) - Talks resumed.": a wire dateline opens the lead paragraph, never a credit.
  if (chars::last_cp(t) == '.' && starts_with_dateline(t)) return false;
  std::optional<std::string> n;  // normalize(t), made when a test below needs it
  auto normalized = [&]() -> const std::string& {
    if (!n) n = normalize(t);
    return *n;
  };
  // Agency style: "REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci", "Getty Images/iStockphoto".
  size_t slash = t.find('/');
  if (slash != std::string_view::npos && slash > 0 && slash + 1 < t.size() && t[slash - 1] != ' ' &&
      t[slash + 1] != ' ' && ws.size() <= 8 && normalized().find("http") == std::string::npos) {
    auto before = split_words(t.substr(0, slash));
    bool caps = !before.empty() && before.size() <= 3;
    for (auto w : before)
      if (!starts_upper(w)) caps = false;
    size_t after = slash + 1;
    if (caps && unicode::is_upper(chars::first_cp(t.substr(after)))) return true;
  }
  // "Getty Images", "AFP via Getty Images", "Kremlin via Reuters". (kCreditEndingLast first: a line whose last
  // byte is ASCII and no ending's last letter in either case ends with none of them, normalised or not, and needs no
  // normalising: most candidates of trailing_credit end with a full stop.)
  if (ws.size() <= 6 && may_end_with_credit_ending(t) && !has_digit(normalized())) {
    const std::string& n = normalized();
    for (std::string_view ev : kCreditEndings) {
      if (n.size() >= ev.size() && n.compare(n.size() - ev.size(), ev.size(), ev) == 0) {
        bool caps = true;
        for (auto w : ws)
          if (!starts_upper(w) && !is_connector(w) && unicode::lowercase(w) != "via") caps = false;
        if (caps) return true;
      }
    }
  }
  return false;
}

std::optional<size_t> trailing_credit(std::string_view line) {
  if (line.size() > 1000) return std::nullopt;
  // A credit is short (is_credit takes at most 120 bytes and brackets): look only at the end of the line. A credit
  // starts right after a space, so only the bytes after a space (found by find, not byte by byte) are tried.
  const size_t from = line.size() > 130 ? line.size() - 130 : 1;
  for (size_t sp = line.find(' ', std::max<size_t>(from - 1, 1)); sp != std::string_view::npos && sp + 1 < line.size();
       sp = line.find(' ', sp + 1)) {
    const size_t start = sp + 1;
    const char c = line[start], pp = line[sp - 1];
    bool cand = pp == '.' || pp == '?' || pp == '!' || pp == '|' || pp == ',' || c == '(' || c == '[';
    // After a closing quotation mark and a period, or after a dash: "... 2019. Photo: AP", "... – Reuters/X".
    if (sp >= 3 && static_cast<unsigned char>(line[sp - 3]) == 0xE2 &&
        static_cast<unsigned char>(line[sp - 2]) == 0x80 &&
        (static_cast<unsigned char>(pp) == 0x94 || static_cast<unsigned char>(pp) == 0x93 ||
         static_cast<unsigned char>(pp) == 0x9D))
      cand = true;
    if (pp == '-' && sp >= 2 && line[sp - 2] == ' ') cand = true;
    if (!cand) continue;
    std::string_view rest = line.substr(start);
    std::string_view head = line.substr(0, start);
    if (head.size() < 8 || (head.size() < 80 && word_count_at_most(head, 3) < 3)) continue;
    if (is_credit(rest)) return start;
  }
  return std::nullopt;
}

bool has_caption_prefix(std::string_view line) {
  if (!may_open_phrase(first_word(trim(line)), StructurePhrase::CaptionPrefix)) return false;
  auto ws = split_words(trim(line), 3);
  size_t k = prefix_words(ws, StructurePhrase::CaptionPrefix, 2);
  return k > 0 && k < ws.size();
}

namespace {

// A time of day after a date: "à 13h36", "at 1:36 pm", "13:36 CET", "um 13.36 Uhr".
bool time_of_day(std::string_view t) {
  auto ws = split_words(t, 5);
  size_t i = 0;
  if (!ws.empty() && !has_digit(ws[0])) {
    std::string w = unicode::lowercase(ws[0]);
    if (w != "\xC3\xA0" && w != "a" && w != "at" && w != "um" && w != "\xC3\xA0s" && w != "alle" && w != "ore" &&
        w != "@")
      return false;
    i = 1;
  }
  if (i >= ws.size()) return false;
  std::string_view w = ws[i];
  size_t d = 0;
  while (d < w.size() && d < 2 && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0) return false;
  if (d < w.size() && (w[d] == ':' || w[d] == 'h' || w[d] == '.')) {
    size_t m = d + 1;
    while (m < w.size() && w[m] >= '0' && w[m] <= '9') ++m;
    if (m != w.size() && !(m == d + 1 && w[d] == 'h')) {
      std::string rest = unicode::lowercase(w.substr(m));
      if (rest != "am" && rest != "pm" && rest != "h") return false;
    }
  } else if (d < w.size()) {
    std::string rest = unicode::lowercase(w.substr(d));
    if (rest != "am" && rest != "pm" && rest != "h") return false;
  }
  for (size_t j = i + 1; j < ws.size(); ++j) {
    std::string x = unicode::lowercase(ws[j]);
    bool zone = ws[j].size() >= 2 && ws[j].size() <= 4 && !has_digit(ws[j]) && !starts_upper(x);
    bool all_caps = true;
    for (char c : ws[j]) all_caps = all_caps && c >= 'A' && c <= 'Z';
    if (!(x == "am" || x == "pm" || x == "a.m." || x == "p.m." || x == "uhr" || x == "h" || (zone && all_caps)))
      return false;
  }
  return ws.size() <= i + 3;
}

// date_line of a line `t` that is trimmed, not empty and at most 200 bytes, whose first date `m` (find_date(t))
// is known. Offsets as date_line(line) for `line` that holds `t`.
std::optional<DateMatch> date_line_of(std::string_view line, std::string_view t, std::optional<DateMatch> m,
                                      DateOrder order = DateOrder::Unknown) {
  if (!m) return std::nullopt;
  std::string_view before = strip_separators(t.substr(0, m->begin));
  std::string_view after = strip_separators(t.substr(m->end));
  if (after == ".") after = {};  // a sentence's full stop: "This article was published on 3 March 2015."
  if (!before.empty()) {
    std::string n = normalize(before);
    if (phrase(strip_final_punct(n)) != StructurePhrase::DatePrefix) return std::nullopt;
  }
  if (!after.empty()) {
    if (after.front() == '(' && after.back() == ')') after = trim(after.substr(1, after.size() - 2));
    if (!after.empty() && !is_boilerplate(after) && !time_of_day(after)) {
      // "Updated January 26, 2023" after the publication date is still a date line.
      auto again = date_line(after, order);
      if (!again) return std::nullopt;
      // "Updated 9 April 2015, first published 3 March 2015": the publication's date (htmldate's original date).
      if (is_update_line(t) && !is_update_line(after)) {
        size_t offset = static_cast<size_t>(after.data() - line.data());
        again->begin += offset;
        again->end += offset;
        return again;
      }
    }
  }
  size_t offset = static_cast<size_t>(t.data() - line.data());
  m->begin += offset;
  m->end += offset;
  return m;
}

}  // namespace

std::optional<DateMatch> date_line(std::string_view line, DateOrder order) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 200) return std::nullopt;
  auto m = find_date(t);
  if (!m && order != DateOrder::Unknown) m = find_numeric_date(t, order);
  return date_line_of(line, t, m, order);
}

bool is_name_like(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 80 || has_digit(t) || ends_like_sentence(t)) return false;
  auto ws = split_words(t);
  if (ws.empty() || ws.size() > 8 || !starts_upper(ws[0])) return false;
  int upper = 0;
  for (auto w : ws) {
    if (starts_upper(w)) {
      ++upper;
      continue;
    }
    // A lower-case word of a name line is a particle ("de") or a role ("Science editor"); any other makes it a
    // phrase ("Tagged with WebAssembly tooling").
    StructurePhrase kind = phrase(unicode::lowercase(w)).value_or(StructurePhrase::Boilerplate);
    if (!name_particle(kind) && kind != StructurePhrase::NotName) return false;
  }
  return upper * 2 >= static_cast<int>(ws.size());
}

bool is_role_line(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 60 || has_digit(t) || ends_like_sentence(t)) return false;
  auto ws = split_words(t, 6);
  if (ws.empty() || ws.size() > 5) return false;
  for (auto w : ws)
    if (phrase(strip_final_punct(unicode::lowercase(w))) != StructurePhrase::NotName) return false;
  return true;
}

bool is_named_role_byline(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 100) return false;
  // The names end at a comma, a bar, a slash, a middle dot or a bullet ("Jane Roe · Health Editor"): the first of
  // them, found in one pass (no two of them start at the same byte).
  size_t sep = std::string_view::npos, sep_size = 0;
  for (size_t i = 0; i + 1 < t.size() && sep == std::string_view::npos; ++i) {
    if (t[i] == ',') {
      if (t[i + 1] == ' ') sep = i, sep_size = 2;
      continue;
    }
    if (t[i] != ' ') continue;
    for (std::string_view mark : {std::string_view(" | "), std::string_view(" / "), std::string_view(" \xC2\xB7 "),
                                  std::string_view(" \xE2\x80\xA2 ")})
      if (t.compare(i, mark.size(), mark) == 0) {
        sep = i, sep_size = mark.size();
        break;
      }
  }
  if (sep == std::string_view::npos) return false;
  const bool comma = sep_size == 2;  // the names end at a comma
  std::string_view names = trim(t.substr(0, sep)), role = trim(t.substr(sep + sep_size));
  // One full name, or two joined by "and" ("Jane Roe and John Doe, Health Editors").
  auto full_name = [](std::string_view n) {
    auto ws = split_words(n, 5);
    if (ws.size() < 2 || ws.size() > 4 || !is_name_like(n)) return false;
    for (auto w : ws)
      if (!starts_upper(w) || phrase(strip_final_punct(unicode::lowercase(w))) == StructurePhrase::NotName)
        return false;
    return true;
  };
  size_t and_at = names.find(" and ");
  if (and_at == std::string_view::npos ? !full_name(names)
                                       : !full_name(names.substr(0, and_at)) || !full_name(names.substr(and_at + 5)))
    return false;
  // A news agency after the names ("Jane Roe, Reuters", "Jane Roe, dpa"): a wire reporter's byline.
  if (comma && phrase(strip_final_punct(normalize(role))) == StructurePhrase::Agency) return true;
  // A place after the role ("Correspondent in Brussels", "envoyée spéciale à Bruxelles"): one to three capitalised
  // words after a place's preposition.
  auto rs = split_words(role, 9);
  for (size_t p = 1; p + 1 < rs.size() && rs.size() <= 8; ++p) {
    std::string w = unicode::lowercase(rs[p]);
    if (w != "in" && w != "\xC3\xA0" && w != "en" && w != "a" && w != "em" && w != "aus" && w != "from" && w != "at")
      continue;
    bool place = rs.size() - p - 1 <= 3;
    for (size_t q = p + 1; q < rs.size() && place; ++q) place = starts_upper(rs[q]);
    if (place) role = trim(role.substr(0, static_cast<size_t>(rs[p].data() - role.data())));
    break;
  }
  return is_journalist_role(role);
}

bool is_journalist_role(std::string_view role) {
  role = trim(role);
  // Its words are a role's or a desk's ("Health Editor", "Chief Political Correspondent").
  if (role.empty() || role.size() > 60 || has_digit(role) || ends_like_sentence(role)) return false;
  auto role_words = split_words(role, 6);
  if (role_words.empty() || role_words.size() > 5) return false;
  for (auto w : role_words) {
    auto kind = phrase(strip_final_punct(unicode::lowercase(w)));
    if (kind != StructurePhrase::NotName && kind != StructurePhrase::NavWord) return false;
  }
  // The role is a journalist's: "Political Editor", "Transport Correspondent", "Staff Writer", "envoyée spéciale"
  // (not "Senior Analyst", which a quoted expert's line may be).
  for (std::string_view w : split_words(role, 6))
    if (journalist_job(w)) return true;
  return false;
}

bool is_name_alone(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 60 || !is_name_like(t)) return false;
  auto ws = split_words(t, 4);
  if (ws.size() < 2 || ws.size() > 3) return false;
  for (auto w : ws)
    if (!starts_upper(w) || !unicode::is_letter(chars::last_cp(w)) || phrase(unicode::lowercase(w))) return false;
  return true;
}

bool is_role_name_byline(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 80 || has_digit(t)) return false;
  auto ws = split_words(t, 8);
  if (ws.size() < 3 || ws.size() > 7) return false;
  // One to three role words ("Chief Political Correspondent", "Health Editor"), the last a journalist's job, then a
  // given name and a surname, perhaps a middle one; every word capitalised, the last one no punctuation after it.
  size_t r = 0;
  bool job = false;
  for (; r < ws.size() && r < 3 && role_word(ws[r]); ++r) job = journalist_job(ws[r]);
  if (!job || ws.size() - r < 2 || ws.size() - r > 3) return false;
  for (size_t i = r; i < ws.size(); ++i)
    if (!starts_upper(ws[i]) || !unicode::is_letter(chars::last_cp(ws[i])) || phrase(unicode::lowercase(ws[i])))
      return false;
  return true;
}

namespace {

// Where " by " (any case) stands in a part of a meta line: the 'b', or npos.
size_t find_by(std::string_view p) {
  for (size_t q = 1; q + 4 < p.size(); ++q)
    if (p[q - 1] == ' ' && (p[q] == 'b' || p[q] == 'B') && (p[q + 1] == 'y' || p[q + 1] == 'Y') && p[q + 2] == ' ')
      return q;
  return std::string_view::npos;
}

// A line of one part is a meta line only as a byline that runs into a date ("By Jane Doe, Reuters January 25,
// 2023": the byline's first word is the line's, after separators and white space, since a byline has two words or
// more) or a date
// that runs into a byline (" by "); a part alone is never enough (at least two parts). False when neither can be.
bool may_be_meta_alone(std::string_view p) {
  return may_open_phrase(first_word(trim(strip_separators(p))), StructurePhrase::BylinePrefix) ||
         find_by(p) != std::string_view::npos;
}

}  // namespace

std::vector<MetaPart> split_meta_line(std::string_view line, DateOrder order) {
  std::vector<MetaPart> out;
  std::string_view t = trim(line);
  // Every meta line holds a date (digits) or a byline ("By ..." first) and is short.
  if (t.empty() || t.size() > 300) return out;
  // (Exact early exit: the byline test below needs the line's first word to open a byline.)
  if (!has_digit(t) && !may_open_phrase(first_word(t), StructurePhrase::BylinePrefix)) return out;
  const std::vector<std::string_view> parts =
      has_separators(t, true) ? split_at_separators(t, true) : std::vector<std::string_view>{t};  // t is trimmed
  if (!has_digit(t) && !is_byline(parts.front())) return out;
  if (parts.size() == 1 && !may_be_meta_alone(parts.front())) return out;
  size_t base = static_cast<size_t>(t.data() - line.data());
  // "Updated March 5, 2021 | Published March 4, 2021": the update is no date of the article when the
  // publication's date is beside it.
  bool published_part = false;
  if (parts.size() > 1)
    for (std::string_view p : parts)
      published_part = published_part || (!p.empty() && p.size() <= 200 && !is_update_line(p) && date_line(p, order));
  bool key = false;
  for (std::string_view p : parts) {
    if (p.empty()) continue;
    size_t b = base + static_cast<size_t>(p.data() - t.data());
    // The part's first date, for the date line test and for a byline that runs into a date below. (Parts are
    // trimmed: date_line(p) is date_line_of(p, p, find_date(p)).)
    // A numeric date counts when its order is plain ("Date: 05/16/2017": no month 16).
    std::optional<DateMatch> first_date = find_date(p);
    if (!first_date) first_date = find_numeric_date(p, order);
    if (p.size() <= 200 && !(published_part && is_update_line(p)) && date_line_of(p, p, first_date, order)) {
      out.push_back({b, b + p.size(), MetaPart::Date});
      key = true;
    } else if (is_byline(p)) {
      out.push_back({b, b + p.size(), MetaPart::Byline});
      key = true;
    } else if (is_boilerplate(p) || (is_update_line(p) && first_date)) {  // "Mis à jour le 05.05.2015"
      out.push_back({b, b + p.size(), MetaPart::Boilerplate});
    } else if (is_update_line(p) && has_digit(p)) {
      // "Published: Nov. 13, 2024 | Updated: 9:40 a.m. ET": the time of an update on the same day, part of the date
      // line (not the line's key: it has no date).
      out.push_back({b, b + p.size(), MetaPart::Date});
    } else {
      // A byline that runs into a date: "By Jane Doe, Reuters January 25, 2023", "by Jane Doe on March 3, 2015", "By
      // Jane Doe (March 3, 2015)".
      const auto& m = first_date;
      if (m && m->begin > 0) {
        std::string_view head = strip_separators(p.substr(0, m->begin));
        std::string_view tail = p.substr(m->begin);
        if (head.size() > 2 && head.back() == '(' && tail.size() > 1 && tail.back() == ')') {
          head = trim(head.substr(0, head.size() - 1));
          tail.remove_suffix(1);
        }
        for (std::string_view w : {" on", " at", " On"})
          if (head.size() > w.size() && head.substr(head.size() - w.size()) == w) head.remove_suffix(w.size());
        if (is_byline(head) && date_line(tail, order)) {
          size_t hb = b + static_cast<size_t>(head.data() - p.data());
          out.push_back({hb, hb + head.size(), MetaPart::Byline});
          out.push_back({b + m->begin, b + m->begin + tail.size(), MetaPart::Date});
          key = true;
          continue;
        }
      }
      // A date that runs into a byline: "Posted on October 3, 2022 by Dan Whitfield".
      size_t by = find_by(p);
      if (by != std::string::npos && date_line(p.substr(0, by), order) && is_byline(p.substr(by))) {
        std::string_view head = trim(p.substr(0, by));
        out.push_back({b, b + head.size(), MetaPart::Date});
        out.push_back({b + by, b + p.size(), MetaPart::Byline});
        key = true;
        continue;
      }
      // A byline and a date after words of the site's: "Posted in Local News by Jane Roe on March 3, 2015".
      if (by != std::string::npos) {
        std::string_view rest = p.substr(by);
        auto rm = find_date(rest);
        if (rm && rm->begin > 0 && date_line(rest.substr(rm->begin), order)) {
          std::string_view head = strip_separators(rest.substr(0, rm->begin));
          for (std::string_view w : {" on", " at", " am"})
            if (head.size() > w.size() && head.substr(head.size() - w.size()) == w) head.remove_suffix(w.size());
          if (is_byline(head)) {
            size_t hb = b + by + static_cast<size_t>(head.data() - rest.data());
            out.push_back({b, b + by, MetaPart::Boilerplate});
            out.push_back({hb, hb + head.size(), MetaPart::Byline});
            out.push_back({b + by + rm->begin, b + p.size(), MetaPart::Date});
            key = true;
            continue;
          }
        }
      }
      // Something else: a name without "By" ("Ian Sample Science editor | Wed 30 Mar 2022"), decided below.
      out.push_back({b, b + p.size(), MetaPart::Other});
    }
  }
  bool has_date = false, has_byline = false;
  for (const auto& m : out) {
    has_date |= m.kind == MetaPart::Date;
    has_byline |= m.kind == MetaPart::Byline;
  }
  for (auto& m : out) {
    if (m.kind != MetaPart::Other) continue;
    std::string_view p = line.substr(m.begin, m.end - m.begin);
    // A label's part ("Source: Bay Dredging Ltd", "Contact: ...", as press releases set their meta line) names no
    // author.
    if (std::string_view fw = first_word(p); has_date && fw.size() > 1 && fw.back() == ':') {
      m.kind = MetaPart::Boilerplate;
    } else if (has_date && is_name_like(p)) {
      // A name beside a "By ..." part is the site's or the desk's ("Le Monde | 04.05.2015 | Par Martin ..."); so is
      // one word, with no "By" (a section's link: "May 6, 2017 | Local"): a person's name has two at least.
      m.kind = has_byline || word_count(p) < 2 ? MetaPart::Boilerplate : MetaPart::Byline;
    } else {
      out.clear();
      return out;
    }
  }
  // Names set apart by a middle dot or a bullet are one byline: "Jane Roe · John Doe · March 3, 2015".
  for (size_t i = 0; i + 1 < out.size();) {
    std::string_view gap = trim(line.substr(out[i].end, out[i + 1].begin - out[i].end));
    // (The second name may have been set aside as a site's name beside the "By" part above.)
    if (out[i].kind == MetaPart::Byline &&
        (out[i + 1].kind == MetaPart::Byline || out[i + 1].kind == MetaPart::Boilerplate) &&
        (gap == "\xC2\xB7" || gap == "\xE2\x80\xA2") &&
        another_name(line.substr(out[i + 1].begin, out[i + 1].end - out[i + 1].begin))) {
      out[i].end = out[i + 1].end;
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else {
      ++i;
    }
  }
  if (!key || out.size() < 2) out.clear();
  return out;
}

bool ends_like_sentence(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty()) {
    char32_t c = chars::last_cp(t);
    if (chars::is_line_quote_mark(c) || c == ')' || c == ']') {
      t.remove_suffix(unicode::prev_length(t, t.size()));
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return false;
}

bool is_headline_like(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 250) return false;
  int w = word_count_at_most(t, 31);
  if (w < 2 || w > 30) return false;
  char32_t last = chars::last_cp(t);
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  char32_t first = chars::first_cp(t);
  return unicode::is_upper(first) || unicode::is_digit(first) || chars::is_line_quote_mark(first);
}

bool is_heading_like(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 100) return false;
  // The first and last characters before the words are counted (most lines end with a full stop).
  char32_t last = chars::last_cp(t);
  if (last == '.' || last == ',' || last == ';' || last == ':' || chars::is_line_quote_mark(last) || last == 0x2026)
    return false;
  char32_t first = chars::first_cp(t);
  if (chars::is_line_quote_mark(first)) return false;
  if (!unicode::is_upper(first) && !unicode::is_digit(first)) return false;
  int w = word_count_at_most(t, 13);
  return w >= 1 && w <= 12;
}

bool is_link_list_label(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 40) return false;
  std::string n = normalize(t);
  return table_find(kStructurePhrases, strip_final_punct(n)) == StructurePhrase::LinkList;
}

bool is_reporting_credit(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 250 || !starts_upper(first_word(t))) return false;
  std::string n = normalize(t);
  std::string_view s = strip_final_punct(n);
  int words = 0;  // the phrase is the line's last two to six words, after at least one name's
  for (size_t i = s.size(); i > 0 && words < 6; --i) {
    if (s[i - 1] != ' ') continue;
    ++words;
    if (table_find(kStructurePhrases, s.substr(i)) == StructurePhrase::CreditSuffix) return true;
  }
  return false;
}

bool after_editor_label(std::string_view before) {
  if (before.size() > 60) before = before.substr(before.size() - 60);
  // Separators between the label and the name: spaces, colons (also the full-width one), brackets.
  bool colon = false;
  for (;;) {
    size_t n = before.size();
    while (!before.empty() && (before.back() == ' ' || before.back() == ':' || before.back() == '[' ||
                               before.back() == '(' || before.back() == '\n')) {
      colon = colon || before.back() == ':';
      before.remove_suffix(1);
    }
    if (before.size() >= 3 && before.substr(before.size() - 3) == "\xEF\xBC\x9A") before.remove_suffix(3), colon = true;
    if (before.size() == n) break;
  }
  auto label = [&](std::string_view cand) {
    std::string low = unicode::lowercase(cand);
    return phrase(low) == StructurePhrase::EditorLabel || (colon && phrase(low + ":") == StructurePhrase::EditorLabel);
  };
  // Scripts written without spaces: the endings of the last word (at most 30 bytes) that start with a letter
  // of such a script ("...author: responsible editor" written as one word).
  size_t word = before.rfind(' ');
  word = word == std::string_view::npos ? 0 : word + 1;
  for (size_t i = std::max(word, before.size() > 30 ? before.size() - 30 : size_t{0}); i < before.size(); ++i)
    if ((static_cast<unsigned char>(before[i]) & 0xC0) != 0x80 && static_cast<unsigned char>(before[i]) >= 0x80 &&
        label(before.substr(i)))
      return true;
  // The last one to three words.
  size_t at = before.size();
  for (int words = 0; words < 3 && at > 0; ++words) {
    size_t sp = before.rfind(' ', at - 1);
    size_t b = sp == std::string_view::npos ? 0 : sp + 1;
    std::string_view cand = before.substr(b);
    while (!cand.empty() && (cand.front() == '[' || cand.front() == '(' || cand.front() == '|')) cand.remove_prefix(1);
    if (label(cand)) return true;
    if (sp == std::string_view::npos) break;
    at = sp;
  }
  return false;
}

namespace {

// A part of a byline after a name and a comma that says where or what the person is, not who: one capitalised word (a
// place: "Jane Roe, Berlin, und John Doe, Wien") or a job ("Jane Roe, Political Editor, and John Doe, Economics
// Correspondent": up to four words, the last a NotName of structure_phrases.tsv).
bool place_or_role(std::string_view piece) {
  auto ws = split_words(piece, 5);
  if (ws.empty() || ws.size() > 4 || has_digit(piece) || piece.find_first_of("|/()[]@") != std::string_view::npos)
    return false;
  if (ws.size() == 1) return starts_upper(ws[0]) && !chars::is_line_quote_mark(chars::first_cp(ws[0]));
  if (phrase(strip_final_punct(unicode::lowercase(ws.back()))) != StructurePhrase::NotName) return false;
  // Not a name before the job ("Ines Vale Staff"): the names read before it are one word at most.
  std::string by = "By " + std::string(piece);
  auto n = byline_names(by);
  return !n || word_count(std::string_view(by).substr(n->first, n->second - n->first)) < 2;
}

// The names of a list apart by "and", "&" or commas, each perhaps followed by its place ("Jane Roe in Lisbon and John
// Doe in Porto"), added to `names` without the places. With `strict`, false (and nothing added) when a part is no
// name, or a name's place is more than three capitalised words, or no name has a place; `strict` also reads "und",
// "et", "y", "e" and semicolons between names ("Jane Roe, health reporter; John Doe, political editor"), and a place
// or a job after a name and a comma (place_or_role).
bool names_and_places(std::string_view rest, std::vector<std::string>& names, bool strict = false) {
  std::vector<std::string> found;
  bool placed = false;
  static constexpr std::string_view kSeps[] = {" and ", " & ", ", ", " und ", " et ", " y ", " e ", "; "};
  const size_t seps = strict ? std::size(kSeps) : 3;
  for (size_t q = 0; q <= rest.size();) {
    size_t cut = rest.size(), skip = 0;
    for (size_t s = 0; s < seps; ++s) {
      size_t at = rest.find(kSeps[s], q);
      if (at != std::string_view::npos && at < cut) cut = at, skip = kSeps[s].size();
    }
    const bool after_comma = q > 1 && rest.substr(q - 2, 2) == ", ";
    std::string_view piece = trim(rest.substr(q, cut - q));
    q = cut + (skip ? skip : 1);
    // ", and John Doe", ", und John Doe": the word after the comma.
    if (strict && after_comma)
      for (std::string_view w : {std::string_view("and "), std::string_view("& "), std::string_view("und "),
                                 std::string_view("et "), std::string_view("y "), std::string_view("e ")})
        if (piece.substr(0, w.size()) == w) {
          piece = trim(piece.substr(w.size()));
          break;
        }
    // A role, a place or the paper after a name: "Jane Roe, Senior Editor, The Town Courier".
    if (strict && after_comma && !found.empty() &&
        (place_or_role(piece) || piece.substr(0, 4) == "The " || piece.substr(0, 4) == "the ")) {
      placed = true;
      continue;
    }
    size_t in = piece.find(" in ");
    if (in != std::string_view::npos) {
      std::string_view place = trim(piece.substr(in + 4));
      auto pw = split_words(place, 5);
      bool capitalised = !pw.empty() && pw.size() <= 3;
      for (auto w : pw) capitalised = capitalised && starts_upper(w);
      if (strict && !capitalised) return false;
      piece = trim(piece.substr(0, in));
      placed = true;
    }
    std::string by_line = "By " + std::string(piece);
    auto n = byline_names(by_line);
    if (piece.empty() || !n || n->first != 3 || n->second != by_line.size()) {
      if (strict) return false;
      continue;
    }
    found.emplace_back(piece);
  }
  if (strict && !placed) return false;
  names.insert(names.end(), found.begin(), found.end());
  return true;
}

// "Jane Roe", "Jane Roe and John Doe", "Jane Roe, John Doe and Ann Lee".
std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

std::string reporting_names(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() >= 2 && t.front() == '(' && t.back() == ')') t = trim(t.substr(1, t.size() - 2));
  if (t.size() > 300) return {};
  std::vector<std::string> names;
  bool first = true;
  for (size_t p = 0; p <= t.size();) {
    size_t e = t.find(';', p);
    if (e == std::string_view::npos) e = t.size();
    std::string_view part = trim(t.substr(p, e - p));
    p = e + 1;
    std::string low = unicode::lowercase(part);
    size_t by = 0;
    for (std::string_view opener : {std::string_view("reporting by "), std::string_view("additional reporting by ")})
      if (low.rfind(opener, 0) == 0) by = opener.size();
    if (first && by != std::string_view("reporting by ").size()) return {};  // the line opens with "Reporting by"
    first = false;
    if (by == 0) continue;
    names_and_places(part.substr(by), names);
  }
  return join_names(names);
}

std::string byline_with_places(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() > 200 || has_digit(t)) return {};
  auto ws = split_words(t, 40);
  size_t k = prefix_words(ws, StructurePhrase::BylinePrefix, 4);
  if (k == 0) k = from_in_place_prefix(ws);
  if (k >= ws.size() || (t.find(" in ") == std::string_view::npos && t.find(", ") == std::string_view::npos)) return {};
  std::vector<std::string> names;
  // Every part is a name or a name and its place: nothing else is left out.
  if (!names_and_places(t.substr(static_cast<size_t>(ws[k].data() - t.data())), names, true) || names.size() < 2)
    return {};
  return join_names(names);
}

bool starts_with_dateline(std::string_view line) {
  std::string_view t = trim(line);
  // An upper-case word of three or more letters first ("WASHINGTON", "LONDON,").
  size_t i = 0, letters = 0;
  while (i < t.size()) {
    size_t k = i;
    char32_t c = unicode::next(t, k);
    if (!unicode::is_letter(c)) break;
    if (!unicode::is_upper(c)) return false;
    ++letters;
    i = k;
  }
  if (letters < 3) return false;
  std::string_view head = t.substr(0, std::min<size_t>(t.size(), 100));
  for (const char* mark : {"\xE2\x80\x94", "\xE2\x80\x93", " - ", "(Reuters)", "(AP)", "(AFP)", "(CNN)", "(UPI)"})
    if (head.find(mark) != std::string_view::npos) return true;
  return false;
}

}  // namespace rules
}  // namespace aa
