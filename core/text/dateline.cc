#include "text/dateline.h"

#include <string_view>

#include "text/tokenizer.h"
#include "text/unicode.h"

namespace aa {
namespace {

constexpr uint32_t kMaxDatelineBytes = 100;  // the dash within this many bytes of the paragraph's start
constexpr uint32_t kMaxPlaceWords = 4;       // "SOUTH SALT LAKE CITY"
constexpr uint32_t kMaxRegionWords = 3;      // "New South Wales"
constexpr uint32_t kMaxAgencyWords = 4;      // "(The Borneo Post)"

// Letters of w, or -1 if one of them is lower-case.
int upper_letters(std::string_view w) {
  int letters = 0;
  for (size_t i = 0; i < w.size();) {
    char32_t c = unicode::next(w, i);
    if (unicode::is_lower(c)) return -1;
    if (unicode::is_letter(c)) ++letters;
  }
  return letters;
}

bool capitalised(std::string_view w) {
  size_t i = 0;
  return !w.empty() && unicode::is_upper(unicode::next(w, i));
}

// "Jan.", "Tues.": a date's word, not a region's.
bool month_or_weekday_abbrev(std::string_view w) {
  if (w.empty() || w.back() != '.') return false;
  auto cls = find_abbreviation(unicode::lowercase(w.substr(0, w.size() - 1)));
  return cls && (*cls == AbbrevClass::Month || *cls == AbbrevClass::Weekday);
}

class Reader {
 public:
  Reader(const Document& doc, uint32_t first)
      : doc_(doc), limit_(doc.tokens[first].span.begin + kMaxDatelineBytes), block_(doc.tokens[first].block) {}

  // Token t exists, is in the block and starts within the dateline's bytes.
  bool in(uint32_t t) const {
    return t < doc_.tokens.size() && doc_.tokens[t].block == block_ && doc_.tokens[t].span.begin < limit_;
  }
  TokenKind kind(uint32_t t) const { return doc_.tokens[t].kind; }
  std::string_view text(uint32_t t) const { return doc_.view(doc_.tokens[t].span); }
  bool is(uint32_t t, std::string_view s) const { return kind(t) == TokenKind::Punct && text(t) == s; }

  // "PORT ELLERY", "ST. PAUL", "WINSTON-SALEM": the end of the upper-case place at t, or t.
  uint32_t place(uint32_t t) const {
    uint32_t e = t;
    int letters = 0;
    while (in(e) && e - t < kMaxPlaceWords && (kind(e) == TokenKind::Word || kind(e) == TokenKind::Abbrev)) {
      int n = upper_letters(text(e));
      if (n <= 0) break;
      letters += n;
      ++e;
      // "KYIV/MOSCOW (Reuters) -": two places filed from, one dateline.
      if (in(e + 1) && is(e, "/") && kind(e + 1) == TokenKind::Word && upper_letters(text(e + 1)) >= 2) ++e;
    }
    if (e == t || letters < 3) return t;
    if (kind(t) == TokenKind::Abbrev && e == t + 1) return t;                // "U.S." alone
    if (kind(t) == TokenKind::Word && upper_letters(text(t)) < 2) return t;  // "A", "I"
    return e;
  }

  // "Maine", "Minn.", "N.Y.", "New Mexico": capitalised words or abbreviations that are no date ("Jan." or a
  // word before a number: "March 3"). The end of the region at t, or t.
  uint32_t region(uint32_t t) const {
    uint32_t e = t;
    while (in(e) && e - t < kMaxRegionWords && (kind(e) == TokenKind::Word || kind(e) == TokenKind::Abbrev) &&
           capitalised(text(e)) && !month_or_weekday_abbrev(text(e)))
      ++e;
    if (in(e) && kind(e) == TokenKind::Number) return t;
    return e;
  }

  // "(Reuters)", "(AP)": the end of the bracket at t (the token after ")"), or t. Sets the agency's words.
  uint32_t agency(uint32_t t, Dateline& d) const {
    if (!in(t) || !is(t, "(")) return t;
    uint32_t e = t + 1;
    while (in(e) && e - t - 1 < kMaxAgencyWords && kind(e) == TokenKind::Word && capitalised(text(e))) ++e;
    if (e == t + 1 || !in(e) || !is(e, ")")) return t;
    d.agency_begin = t + 1;
    d.agency_end = e;
    return e + 1;
  }

  // ", Jan. 25", ", 25 January": a date after the place; the end of it at t, or t.
  uint32_t date(uint32_t t) const {
    uint32_t e = t;
    while (in(e) &&
           (kind(e) == TokenKind::Number || month_or_weekday_abbrev(text(e)) ||
            (kind(e) == TokenKind::Word && capitalised(text(e)) && in(e + 1) && kind(e + 1) == TokenKind::Number) ||
            (e > t && kind(e - 1) == TokenKind::Number && kind(e) == TokenKind::Word && capitalised(text(e))) ||
            (e > t && is(e, ","))))
      ++e;
    return e;
  }

 private:
  const Document& doc_;
  uint32_t limit_;
  uint32_t block_;
};

}  // namespace

std::optional<Dateline> find_dateline(const Document& doc, uint32_t first) {
  if (first >= doc.tokens.size() || (first > 0 && doc.tokens[first - 1].block == doc.tokens[first].block))
    return std::nullopt;
  Reader r(doc, first);
  Dateline d;
  d.place_begin = first;
  d.place_end = r.place(first);
  if (d.place_end == first) return std::nullopt;
  uint32_t t = d.place_end;
  if (r.in(t) && r.is(t, ",")) {
    uint32_t e = r.region(t + 1);
    if (e > t + 1) {
      d.region_begin = t + 1;
      d.region_end = e;
      t = e;
      if (r.in(t) && r.is(t, ",")) ++t;
    } else {
      ++t;
    }
    t = r.date(t);
  }
  t = r.agency(t, d);
  if (!r.in(t) || r.kind(t) != TokenKind::Dash) return std::nullopt;
  d.end = t + 1;
  return d;
}

}  // namespace aa
