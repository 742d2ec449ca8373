#include "structure/dates.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "data/tables.h"

namespace aa {

enum class DateWord : uint8_t {
  Month1,
  Month2,
  Month3,
  Month4,
  Month5,
  Month6,
  Month7,
  Month8,
  Month9,
  Month10,
  Month11,
  Month12,
  Weekday,
  Am,
  Pm,
  At,
  Of,
  ZoneUtc,
  ZoneEst,
  ZoneEdt,
  ZoneEt,
  ZoneCst,
  ZoneCdt,
  ZoneCt,
  ZoneMst,
  ZoneMdt,
  ZoneMt,
  ZonePst,
  ZonePdt,
  ZonePt,
  ZoneBst,
  ZoneCet,
  ZoneCest,
  ZoneEet,
  ZoneEest,
  ZoneMsk,
  ZoneIst,
  ZoneHkt,
  ZoneJst,
  ZoneAest,
  ZoneAedt,
  ZoneNzst,
  ZoneNzdt,
};

#include "structure_dates.inc"

namespace {

enum class Kind : uint8_t { Num, Word, Punct, Other };

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
// The bytes of the letter at t[i] in a word of a date: 1 for an ASCII letter, 2 for a Latin-1 letter (U+00C0..U+00FF
// but the signs U+00D7 and U+00F7: "März", "février", "août"), a Latin Extended-A one (U+0100..U+017F: "września"),
// a Greek one (U+0380..U+03FF: "Μαρτίου") or a Cyrillic one (U+0400..U+047F: "марта"), 0 for anything else.
size_t letter_len(std::string_view t, size_t i) {
  if (is_alpha(t[i])) return 1;
  unsigned char a = static_cast<unsigned char>(t[i]);
  if ((a != 0xC3 && a != 0xC4 && a != 0xC5 && a != 0xCE && a != 0xCF && a != 0xD0 && a != 0xD1) || i + 1 >= t.size())
    return 0;
  unsigned char b = static_cast<unsigned char>(t[i + 1]);
  if (b < 0x80 || b > 0xBF) return 0;
  return (a == 0xC3 && (b == 0x97 || b == 0xB7)) ? 0 : 2;
}

// The longest key of kDateWords: longer words are none of them, and are not looked up.
size_t longest_date_word() {
  static const size_t longest = [] {
    size_t n = 0;
    for (const auto& e : kDateWords) n = std::max(n, e.key.size());
    return n;
  }();
  return longest;
}

struct Tok {
  Kind kind = Kind::Other;
  uint32_t begin = 0, end = 0;
  int value = 0;       // Num: the number (capped); Punct: the character ('-' for dashes)
  uint8_t digits = 0;  // Num: how many digits
  bool ordinal = false;
  bool ampm = false;         // Word: "a.m" or "p.m"
  std::string_view letters;  // Word: its letters (without ".m")

  /// Word: its meaning, if it has one; looked up when first asked (most words of a line never are).
  const std::optional<DateWord>& word() const {
    if (!looked_) {
      looked_ = true;
      size_t len = ampm ? 3 : letters.size();
      char w[32];
      if (len <= longest_date_word() && len <= sizeof w) {
        for (size_t q = 0; q < letters.size(); ++q) {
          w[q] = lower(letters[q]);
          // A Latin-1 capital (U+00C0..U+00DE) to its small letter, 0x20 above it.
          unsigned char b = static_cast<unsigned char>(letters[q]);
          unsigned char lead = q > 0 ? static_cast<unsigned char>(letters[q - 1]) : 0;
          if (lead == 0xC3 && b >= 0x80 && b <= 0x9E) w[q] = static_cast<char>(b + 0x20);
          // A Greek capital (U+0391..U+03AB, as a month is written in capitals: "ΜΑΡΤΙΟΥ") to its small letter,
          // 0x20 above it: the same lead byte up to U+039F, the next one from U+03A0 (U+03C0..U+03CB).
          if (lead == 0xCE && b >= 0x91 && b <= 0x9F) w[q] = static_cast<char>(b + 0x20);
          if (lead == 0xCE && b >= 0xA0 && b <= 0xAB && b != 0xA2) {
            w[q - 1] = static_cast<char>(0xCF);
            w[q] = static_cast<char>(b - 0x20);
          }
        }
        if (ampm) w[1] = '.', w[2] = 'm';
        word_ = table_find(kDateWords, std::string_view(w, len));
      }
    }
    return word_;
  }

 private:
  mutable bool looked_ = false;
  mutable std::optional<DateWord> word_;
};

std::vector<Tok> lex(std::string_view t) {
  std::vector<Tok> out;
  out.reserve(t.size() / 3 + 1);
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    Tok k;
    k.kind = Kind::Other;
    k.begin = uint32_t(i);
    k.end = uint32_t(i + 1);
    if (is_digit(t[i])) {
      size_t j = i;
      int v = 0;
      while (j < t.size() && is_digit(t[j])) {
        if (v < 100000) v = v * 10 + (t[j] - '0');
        ++j;
      }
      k.kind = Kind::Num;
      k.value = v;
      k.digits = static_cast<uint8_t>(j - i > 9 ? 9 : j - i);
      // Ordinal suffix: 1st 2nd 3rd 25th; the first of the month in French ("1er mars") and with an ordinal
      // indicator in Spanish, Portuguese and Italian ("1º de março", "1° marzo").
      if (j + 1 < t.size() && is_alpha(t[j]) && is_alpha(t[j + 1]) && (j + 2 >= t.size() || !is_alpha(t[j + 2]))) {
        char a = lower(t[j]), b = lower(t[j + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h') ||
            (a == 'e' && b == 'r' && v == 1)) {
          k.ordinal = true;
          j += 2;
        }
      } else if (v == 1 && j + 1 < t.size() && static_cast<unsigned char>(t[j]) == 0xC2 &&
                 (static_cast<unsigned char>(t[j + 1]) == 0xBA || static_cast<unsigned char>(t[j + 1]) == 0xB0)) {
        k.ordinal = true;
        j += 2;
      }
      k.end = uint32_t(j);
      i = j;
    } else if (letter_len(t, i)) {
      size_t j = i;
      while (j < t.size() && letter_len(t, j)) j += letter_len(t, j);
      size_t n = j - i;
      // "a.m." and "p.m."
      char first = lower(t[i]);
      bool ampm = n == 1 && (first == 'a' || first == 'p') && j + 1 < t.size() && t[j] == '.' &&
                  lower(t[j + 1]) == 'm' && (j + 2 >= t.size() || !is_alpha(t[j + 2]));
      k.ampm = ampm;
      k.letters = t.substr(i, n);
      if (ampm) j += 2;
      k.kind = Kind::Word;
      k.end = uint32_t(j);
      i = j;
    } else if (c < 0x80) {
      k.kind = Kind::Punct;
      k.value = c;
      ++i;
    } else {
      // A dash (U+2010..U+2015) counts as '-', a right single quotation mark (U+2019) as an apostrophe (the
      // shortened year of "March 4, ’15"); anything else ends a date.
      size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
      if (len == 3 && i + 2 < t.size() && c == 0xE2 && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
          static_cast<unsigned char>(t[i + 2]) >= 0x90 && static_cast<unsigned char>(t[i + 2]) <= 0x95) {
        k.kind = Kind::Punct;
        k.value = '-';
      } else if (len == 3 && i + 2 < t.size() && c == 0xE2 && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(t[i + 2]) == 0x99) {
        k.kind = Kind::Punct;
        k.value = '\'';
      }
      i = std::min(t.size(), i + len);
      k.end = uint32_t(i);
    }
    out.push_back(k);
  }
  return out;
}

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}
bool valid(int y, int m, int d) {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// The English weekday named by the word that ends right before `at` ("Wed, 03/04/2015", "Tuesday 3/3/15"): 0 for
// Sunday .. 6 for Saturday, or -1 if none.
int weekday_before(std::string_view text, size_t at) {
  size_t e = at;
  while (e > 0 && at - e < 3 && (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == '.')) --e;
  size_t b = e;
  while (b > 0 && e - b < 10 && is_alpha(text[b - 1])) --b;
  if (e - b < 3 || (b > 0 && is_alpha(text[b - 1]))) return -1;
  std::string w;
  for (size_t q = b; q < e; ++q) w += lower(text[q]);
  static constexpr std::string_view kDays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  for (int i = 0; i < 7; ++i)
    if (kDays[i].substr(0, w.size()) == w) return i;
  return -1;
}

// "Wed, 03/04/2015": +1 when the weekday before the date at `at` fits month first (p/q) alone, -1 when it fits day
// first alone, 0 when there is none or it fits both or neither (whatever the page's language).
int weekday_order(std::string_view text, size_t at, int y, int p, int q) {
  int wd = weekday_before(text, at);
  if (wd < 0 || !valid(y, p, q) || !valid(y, q, p)) return 0;
  bool month_first = day_of_week(y, p, q) == wd, day_first = day_of_week(y, q, p) == wd;
  return month_first == day_first ? 0 : month_first ? 1 : -1;
}

// US daylight saving time (since 2007): from the second Sunday of March to the first Sunday of November.
bool us_dst(int y, int m, int d) {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  int first_sunday = 1 + (7 - day_of_week(y, m, 1)) % 7;
  if (m == 3) return d >= first_sunday + 7;
  return d < first_sunday;
}

std::optional<int> zone_minutes(DateWord z, int y, int m, int d) {
  switch (z) {
    case DateWord::ZoneUtc: return 0;
    case DateWord::ZoneEst: return -300;
    case DateWord::ZoneEdt: return -240;
    case DateWord::ZoneEt: return us_dst(y, m, d) ? -240 : -300;
    case DateWord::ZoneCst: return -360;
    case DateWord::ZoneCdt: return -300;
    case DateWord::ZoneCt: return us_dst(y, m, d) ? -300 : -360;
    case DateWord::ZoneMst: return -420;
    case DateWord::ZoneMdt: return -360;
    case DateWord::ZoneMt: return us_dst(y, m, d) ? -360 : -420;
    case DateWord::ZonePst: return -480;
    case DateWord::ZonePdt: return -420;
    case DateWord::ZonePt: return us_dst(y, m, d) ? -420 : -480;
    case DateWord::ZoneBst: return 60;
    case DateWord::ZoneCet: return 60;
    case DateWord::ZoneCest: return 120;
    case DateWord::ZoneEet: return 120;
    case DateWord::ZoneEest: return 180;
    case DateWord::ZoneMsk: return 180;
    case DateWord::ZoneIst: return 330;
    case DateWord::ZoneHkt: return 480;
    case DateWord::ZoneJst: return 540;
    case DateWord::ZoneAest: return 600;
    case DateWord::ZoneAedt: return 660;
    case DateWord::ZoneNzst: return 720;
    case DateWord::ZoneNzdt: return 780;
    default: return std::nullopt;
  }
}

bool is_zone(const Tok& t) {
  return t.kind == Kind::Word && t.word() && *t.word() >= DateWord::ZoneUtc;
}
std::optional<int> month_of(const Tok& t) {
  if (t.kind != Kind::Word || !t.word() || *t.word() > DateWord::Month12) return std::nullopt;
  return static_cast<int>(*t.word()) + 1;
}
bool is_word(const Tok& t, DateWord w) {
  return t.kind == Kind::Word && t.word() && *t.word() == w;
}
bool is_punct(const Tok& t, char c) {
  return t.kind == Kind::Punct && t.value == c;
}

struct Time {
  int h = 0, m = 0, s = 0;
  std::optional<DateWord> zone;
  std::optional<int> offset;  // numeric offset in minutes
};

class Parser {
 public:
  // The furthest a date's four-digit year stands from its first token: a time (at most 14 tokens: 3 : 04 : 05 .
  // 123 p.m . GMT + 01 : 00), a separator, "at", a weekday with '.' and ',' (5), then the date, whose year is
  // at most its ninth token (Dec . , 28 , Sat . , 2013). at() can find no date where the year is further.
  static constexpr size_t kMaxYearOffset = 14 + 5 + 8;

  Parser(std::string_view text) : text_(text), t_(lex(text)) {}

  std::optional<DateMatch> find() {
    // The first token at or after i with four digits (or two after a slash: "3/17/15"): a date at i has its year
    // there or later.
    size_t year = 0;
    auto year_like = [&](size_t y) {
      return t_[y].kind == Kind::Num && (t_[y].digits == 4 || short_year(y) ||
                                         (t_[y].digits == 2 && y > 0 && adjacent(y - 1) &&
                                          (punct(y - 1, '/') || (punct(y - 1, '-') && y > 1 && month_of(t_[y - 2])))));
    };
    for (size_t i = 0; i < t_.size(); ++i) {
      year = std::max(year, i);
      while (year < t_.size() && !year_like(year)) ++year;
      if (year == t_.size()) break;
      if (year - i > kMaxYearOffset) continue;
      if (auto m = at(i)) return m;
    }
    return std::nullopt;
  }

 private:
  std::string_view text_;
  std::vector<Tok> t_;

  const Tok* tok(size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  bool punct(size_t i, char c) const { return i < t_.size() && is_punct(t_[i], c); }
  // Token i is the CJK character `c` (UTF-8), touching the token before it.
  bool cjk(size_t i, const char* c) const {
    return i < t_.size() && i > 0 && t_[i].kind == Kind::Other && t_[i - 1].end == t_[i].begin &&
           text_.substr(t_[i].begin, t_[i].end - t_[i].begin) == c;
  }
  // Tokens i and i+1 touch (no space between).
  bool adjacent(size_t i) const { return i + 1 < t_.size() && t_[i].end == t_[i + 1].begin; }
  // Token i is a year shortened to two digits after an apostrophe ("March 4, '15"): the apostrophe touches the
  // digits and follows a space or the line's start, and no digit or letter follows.
  bool short_year(size_t i) const {
    return i > 0 && i < t_.size() && t_[i].kind == Kind::Num && t_[i].digits == 2 && !t_[i].ordinal &&
           punct(i - 1, '\'') && adjacent(i - 1) && (i == 1 || !adjacent(i - 2)) &&
           !(adjacent(i) && (t_[i + 1].kind == Kind::Num || t_[i + 1].kind == Kind::Word));
  }
  // The year of the shortened year at token i (1970..2069).
  int short_year_value(size_t i) const { return t_[i].value + (t_[i].value < 70 ? 2000 : 1900); }

  // A date at token i: returns the index after it.
  std::optional<size_t> date(size_t i, int& y, int& mo, int& d) const {
    const Tok* a = tok(i);
    if (!a) return std::nullopt;
    if (a->kind == Kind::Num && a->digits == 4 && !a->ordinal) {
      // 2023-01-25, 2023/01/25, 2023.01.25
      const Tok *s1 = tok(i + 1), *b = tok(i + 2), *s2 = tok(i + 3), *c = tok(i + 4);
      if (s1 && b && s2 && c && s1->kind == Kind::Punct && s2->kind == Kind::Punct && s1->value == s2->value &&
          (s1->value == '-' || s1->value == '/' || s1->value == '.') && b->kind == Kind::Num && b->digits <= 2 &&
          c->kind == Kind::Num && c->digits <= 2 && adjacent(i) && adjacent(i + 1) && adjacent(i + 2) &&
          adjacent(i + 3)) {
        y = a->value, mo = b->value, d = c->value;
        if (valid(y, mo, d)) return i + 5;
      }
      // 2016年10月14日; in Korean 2016년 10월 14일 (its words set apart by spaces or not).
      const Tok *mo_num = tok(i + 2), *day_num = tok(i + 4);
      const bool korean = cjk(i + 1, "\xEB\x85\x84") && cjk(i + 3, "\xEC\x9B\x94") && cjk(i + 5, "\xEC\x9D\xBC");
      if ((korean || (cjk(i + 1, "\xE5\xB9\xB4") && cjk(i + 3, "\xE6\x9C\x88") &&
                      (cjk(i + 5, "\xE6\x97\xA5") || cjk(i + 5, "\xE5\x8F\xB7")))) &&
          mo_num && mo_num->kind == Kind::Num && mo_num->digits <= 2 && day_num && day_num->kind == Kind::Num &&
          day_num->digits <= 2) {
        y = a->value, mo = mo_num->value, d = day_num->value;
        if (valid(y, mo, d)) return i + 6;
      }
      return std::nullopt;
    }
    if (auto m = month_of(*a)) {
      // March 1, 2023 / Jan. 25 2023 / March 1st, 2023
      size_t j = i + 1;
      if (punct(j, '.')) ++j;
      if (punct(j, ',')) ++j;
      const Tok* dd = tok(j);
      if (!dd || dd->kind != Kind::Num || dd->digits > 2) return std::nullopt;
      ++j;
      if (punct(j, ',')) ++j;
      // Mar 14 Fri 2014 (a blog's date box: month, day, weekday and year side by side)
      if (const Tok* wd = tok(j); wd && is_word(*wd, DateWord::Weekday)) {
        ++j;
        if (punct(j, '.')) ++j;
        if (punct(j, ',')) ++j;
      }
      // March 4, '15
      if (punct(j, '\'') && short_year(j + 1)) {
        y = short_year_value(j + 1), mo = *m, d = dd->value;
        if (valid(y, mo, d)) return j + 2;
        return std::nullopt;
      }
      const Tok* yy = tok(j);
      if (!yy || yy->kind != Kind::Num || yy->digits != 4 || yy->ordinal) return std::nullopt;
      y = yy->value, mo = *m, d = dd->value;
      if (valid(y, mo, d)) return j + 1;
      return std::nullopt;
    }
    if (a->kind == Kind::Num && a->digits <= 2) {
      size_t j = i + 1;
      // 25 Jan 2023 / 25th of January, 2023
      size_t k = j;
      if (punct(k, '.') && adjacent(i) && tok(k + 1) && month_of(t_[k + 1])) ++k;  // 9. Dezember 2022
      // 3-Mar-2015
      const bool dashed = punct(k, '-') && adjacent(i) && adjacent(k) && tok(k + 1) && month_of(t_[k + 1]);
      if (dashed) ++k;
      if (const Tok* of = tok(k); of && is_word(*of, DateWord::Of)) ++k;
      if (const Tok* mw = tok(k)) {
        if (auto m = month_of(*mw)) {
          ++k;
          if (dashed) {
            if (!punct(k, '-') || !adjacent(k - 1) || !adjacent(k)) return std::nullopt;
            ++k;
          }
          if (punct(k, '.')) ++k;
          if (punct(k, ',')) ++k;
          if (const Tok* of2 = tok(k); of2 && is_word(*of2, DateWord::Of)) ++k;  // 1 de diciembre de 2017
          // 4 March '15
          if (!dashed && punct(k, '\'') && short_year(k + 1)) {
            y = short_year_value(k + 1), mo = *m, d = a->value;
            if (valid(y, mo, d)) return k + 2;
            return std::nullopt;
          }
          const Tok* yy = tok(k);
          if (yy && yy->kind == Kind::Num && yy->digits == 4 && !yy->ordinal) {
            y = yy->value, mo = *m, d = a->value;
            if (valid(y, mo, d)) return k + 1;
          }
          // "4-Mar-15": a two-digit year in the dashed form.
          if (dashed && yy && yy->kind == Kind::Num && yy->digits == 2 && !yy->ordinal && adjacent(k - 1) &&
              !(punct(k + 1, '-') && adjacent(k))) {
            y = yy->value + (yy->value < 70 ? 2000 : 1900), mo = *m, d = a->value;
            if (valid(y, mo, d)) return k + 1;
          }
          return std::nullopt;
        }
      }
      if (a->ordinal) return std::nullopt;
      // 25/01/2023, 01/25/2023, 25.01.2023: only when unambiguous (or with dots: day first).
      // With slashes, a year of two digits too ("3/17/15"): the American form, month first when both fit (a page
      // whose language writes the day first reads it again, html_finder.cc).
      const Tok *s1 = tok(i + 1), *b = tok(i + 2), *s2 = tok(i + 3), *c = tok(i + 4);
      const bool short_year = c && c->kind == Kind::Num && c->digits == 2 && s1 && s1->kind == Kind::Punct &&
                              s1->value == '/' && !(i > 0 && punct(i - 1, '/') && adjacent(i - 1)) &&
                              !(punct(i + 5, '/') && adjacent(i + 4));
      if (s1 && b && s2 && c && s1->kind == Kind::Punct && s2->kind == Kind::Punct && s1->value == s2->value &&
          (s1->value == '-' || s1->value == '/' || s1->value == '.') && b->kind == Kind::Num && b->digits <= 2 &&
          c->kind == Kind::Num && (c->digits == 4 || short_year) && adjacent(i) && adjacent(i + 1) && adjacent(i + 2) &&
          adjacent(i + 3)) {
        int p = a->value, q = b->value;
        const int year = short_year ? c->value + (c->value < 70 ? 2000 : 1900) : c->value;
        if (p > 12 && q <= 12) {
          d = p, mo = q;
        } else if (q > 12 && p <= 12) {
          mo = p, d = q;
        } else if (p == q || (s1->value == '.' && p <= 12 && q <= 12)) {  // "03/03/2015": either order
          d = p, mo = q;
        } else if (int by_day = weekday_order(text_, a->begin, year, p, q); by_day != 0) {  // "Wed, 03/04/2015"
          mo = by_day > 0 ? p : q;
          d = by_day > 0 ? q : p;
        } else if (short_year) {
          mo = p, d = q;
        } else {
          return std::nullopt;
        }
        y = year;
        if (valid(y, mo, d)) return i + 5;
      }
    }
    return std::nullopt;
  }

  // A time at token i ("3:04 PM EST", "15:04", "3 p.m.", "10:00:00.000Z", "14:30+01:00"): index after it.
  std::optional<size_t> time(size_t i, Time& tm) const {
    const Tok* h = tok(i);
    if (!h || h->kind != Kind::Num || h->digits > 2 || h->ordinal) return std::nullopt;
    size_t j = i + 1;
    bool colon = false;
    tm = Time{};
    tm.h = h->value;
    if (punct(j, ':') && tok(j + 1) && t_[j + 1].kind == Kind::Num && t_[j + 1].digits == 2) {
      colon = true;
      tm.m = t_[j + 1].value;
      j += 2;
      if (punct(j, ':') && tok(j + 1) && t_[j + 1].kind == Kind::Num && t_[j + 1].digits == 2) {
        tm.s = t_[j + 1].value;
        j += 2;
        if (punct(j, '.') && adjacent(j - 1) && tok(j + 1) && t_[j + 1].kind == Kind::Num && adjacent(j)) j += 2;
      }
    } else if (punct(j, '.') && adjacent(i) && adjacent(j) && tok(j + 1) && t_[j + 1].kind == Kind::Num &&
               t_[j + 1].digits == 2 && tok(j + 2) &&
               (is_zone(t_[j + 2]) || is_word(t_[j + 2], DateWord::Am) || is_word(t_[j + 2], DateWord::Pm))) {
      // "10.35 GMT", "3.04pm" (British style).
      colon = true;
      tm.m = t_[j + 1].value;
      j += 2;
    }
    bool ampm = false;
    if (const Tok* ap = tok(j); ap && (is_word(*ap, DateWord::Am) || is_word(*ap, DateWord::Pm))) {
      if (tm.h < 1 || tm.h > 12) return std::nullopt;
      if (is_word(*ap, DateWord::Pm) && tm.h != 12) tm.h += 12;
      if (is_word(*ap, DateWord::Am) && tm.h == 12) tm.h = 0;
      ampm = true;
      ++j;
      if (punct(j, '.') && adjacent(j - 1)) ++j;
    }
    if (!colon && !ampm) return std::nullopt;
    if (tm.h > 23 || tm.m > 59 || tm.s > 60) return std::nullopt;
    // Zone: a name, then perhaps a numeric offset ("GMT+1"), or a numeric offset alone ("+01:00", "-0500").
    if (const Tok* z = tok(j); z && is_zone(*z)) {
      tm.zone = *z->word();
      ++j;
    }
    if (const Tok* sign = tok(j); sign && (is_punct(*sign, '+') || is_punct(*sign, '-')) &&
                                  (!tm.zone || *tm.zone == DateWord::ZoneUtc) && tok(j + 1) &&
                                  t_[j + 1].kind == Kind::Num && adjacent(j)) {
      const Tok& n = t_[j + 1];
      int minutes = -1;
      size_t k = j + 2;
      if (n.digits == 4) {
        minutes = (n.value / 100) * 60 + n.value % 100;
      } else if (n.digits <= 2) {
        minutes = n.value * 60;
        if (punct(k, ':') && tok(k + 1) && t_[k + 1].kind == Kind::Num && t_[k + 1].digits == 2) {
          minutes += t_[k + 1].value;
          k += 2;
        }
      }
      if (minutes >= 0 && minutes <= 14 * 60) {
        tm.offset = sign->value == '-' ? -minutes : minutes;
        tm.zone.reset();
        j = k;
      }
    }
    return j;
  }

  std::optional<DateMatch> at(size_t i) const {
    const Tok& first = t_[i];
    if (first.kind == Kind::Punct || first.kind == Kind::Other) return std::nullopt;
    int y = 0, mo = 0, d = 0;
    Time tm;
    bool has_time = false;
    size_t j = i;
    // A time first: "3:04 PM EST, Wed March 1, 2023".
    if (auto after = time(j, tm)) {
      size_t k = *after;
      if (punct(k, ',') || punct(k, '-') || punct(k, '|')) ++k;
      if (const Tok* on = tok(k); on && is_word(*on, DateWord::At)) ++k;
      if (const Tok* wd = tok(k); wd && is_word(*wd, DateWord::Weekday)) {
        ++k;
        if (punct(k, '.')) ++k;
        if (punct(k, ',')) ++k;
      }
      if (auto end = date(k, y, mo, d)) {
        return make(i, *end, y, mo, d, &tm);
      }
      return std::nullopt;
    }
    // A weekday, then the date.
    if (is_word(first, DateWord::Weekday)) {
      ++j;
      if (punct(j, '.')) ++j;
      if (punct(j, ',')) ++j;
    }
    auto end = date(j, y, mo, d);
    if (!end) return std::nullopt;
    size_t k = *end;
    // A time after: "25 Jan 2023 14:30 GMT", "January 25, 2023 at 10:30 a.m. ET", "2023-01-25T10:00:00Z".
    size_t t0 = k;
    if (const Tok* tt = tok(k);
        tt && tt->kind == Kind::Word && text_.substr(tt->begin, tt->end - tt->begin).size() == 1 &&
        (text_[tt->begin] == 'T' || text_[tt->begin] == 't') && adjacent(k - 1) && adjacent(k)) {
      ++k;
    } else {
      if (punct(k, ',') || punct(k, '-') || punct(k, '|') || punct(k, '/')) ++k;
      if (const Tok* at = tok(k); at && is_word(*at, DateWord::At)) ++k;
    }
    if (auto te = time(k, tm)) {
      has_time = true;
      k = *te;
    } else {
      k = t0;
    }
    return make(i, k, y, mo, d, has_time ? &tm : nullptr);
  }

  DateMatch make(size_t from, size_t to, int y, int mo, int d, const Time* tm) const {
    DateMatch m;
    m.begin = t_[from].begin;
    m.end = t_[to - 1].end;
    // Trailing period of "a.m." / "Jan." is kept; a sentence period after a year is not part of the date.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    m.iso = buf;
    if (tm) {
      m.has_time = true;
      std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", tm->h, tm->m, tm->s);
      m.iso += buf;
      std::optional<int> off = tm->offset;
      if (!off && tm->zone) off = zone_minutes(*tm->zone, y, mo, d);
      if (off) {
        if (*off == 0) {
          m.iso += 'Z';
        } else {
          int a = *off < 0 ? -*off : *off;
          std::snprintf(buf, sizeof buf, "%c%02d:%02d", *off < 0 ? '-' : '+', a / 60, a % 60);
          m.iso += buf;
        }
      }
    }
    return m;
  }
};

}  // namespace

int day_of_week(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

std::optional<DateMatch> find_date(std::string_view text) {
  // Every date has its year in four digits (a Num token of four digits: four digit bytes in a row), is numeric with
  // slashes ("3/17/15"), has a dashed month word before a two-digit year ("4-Mar-15") or an apostrophe before a
  // two-digit year ("March 4, '15"), so text with none of these has none: most lines of an article, which need not
  // be lexed.
  int run = 0;
  bool four = false;
  // Each of the four has a digit at i that says so, looking back from it: the fourth of a run, a digit after a slash
  // after a digit, a digit after a dash after a letter with a second digit after it, a digit after an apostrophe
  // with a second digit after it. Most bytes are no digit.
  for (size_t i = 0; i < text.size() && !four; ++i) {
    if (!is_digit(text[i])) {
      run = 0;
      continue;
    }
    // (An apostrophe before the digit: "'" or "’", the three bytes E2 80 99.)
    bool apostrophe = (i >= 1 && text[i - 1] == '\'') ||
                      (i >= 3 && text[i - 1] == '\x99' && text[i - 2] == '\x80' && text[i - 3] == '\xE2');
    four = ++run == 4 || (i >= 2 && text[i - 1] == '/' && is_digit(text[i - 2])) ||
           (i >= 2 && text[i - 1] == '-' && is_alpha(text[i - 2]) && i + 1 < text.size() && is_digit(text[i + 1])) ||
           (apostrophe && i + 1 < text.size() && is_digit(text[i + 1]));
  }
  if (!four) return std::nullopt;
  return Parser(text).find();
}

// Is there a time zone of the United States ("EST", "ET", "PDT") among the words of the 24 bytes after `at` (the time
// after a numeric date)?
bool us_zone_after(std::string_view text, size_t at) {
  size_t end = std::min(text.size(), at + 24);
  for (size_t i = at; i < end;) {
    if (!is_alpha(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && is_alpha(text[i])) ++i;
    if (i - b > 3) continue;
    char w[4] = {};
    for (size_t q = b; q < i; ++q) w[q - b] = lower(text[q]);
    auto z = table_find(kDateWords, std::string_view(w, i - b));
    if (z && (*z == DateWord::ZoneEst || *z == DateWord::ZoneEdt || *z == DateWord::ZoneEt || *z == DateWord::ZoneCst ||
              *z == DateWord::ZoneCdt || *z == DateWord::ZoneCt || *z == DateWord::ZoneMst || *z == DateWord::ZoneMdt ||
              *z == DateWord::ZoneMt || *z == DateWord::ZonePst || *z == DateWord::ZonePdt || *z == DateWord::ZonePt))
      return true;
  }
  return false;
}

DateOrder date_order_of_language(std::string_view lang) {
  if (lang.empty() || lang == "en") return DateOrder::Unknown;
  if (lang == "en-us" || lang == "en_us") return DateOrder::MonthFirst;
  return DateOrder::DayFirst;
}

std::optional<DateMatch> find_numeric_date(std::string_view text, DateOrder order) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto number = [&](size_t at, size_t& end) {
    int v = 0;
    end = at;
    while (end < text.size() && is_digit(text[end]) && end - at < 5) v = v * 10 + (text[end++] - '0');
    return v;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || alpha(text[i - 1])))) continue;
    size_t e1, e2, e3;
    int p = number(i, e1);
    if (e1 - i > 2 || e1 + 1 >= text.size()) continue;
    char sep = text[e1];
    if (sep != '/' && sep != '-' && sep != '.') continue;
    int q = number(e1 + 1, e2);
    if (e2 == e1 + 1 || e2 - e1 - 1 > 2 || e2 + 1 >= text.size() || text[e2] != sep) continue;
    int y = number(e2 + 1, e3);
    size_t yd = e3 - e2 - 1;
    if ((yd != 2 && yd != 4) ||
        (e3 < text.size() && (is_digit(text[e3]) || alpha(text[e3]) ||
                              (text[e3] == sep && e3 + 1 < text.size() && is_digit(text[e3 + 1])))))
      continue;
    if (yd == 2) y += y < 70 ? 2000 : 1900;
    int mo, d;
    if (p > 12 && q <= 12)
      d = p, mo = q;
    else if (q > 12 && p <= 12)
      mo = p, d = q;
    else if (p == q)  // "03/03/15": either order
      mo = p, d = q;
    else if (int by_day = weekday_order(text, i, y, p, q); by_day != 0) {  // "Wed, 03/04/2015"
      mo = by_day > 0 ? p : q;
      d = by_day > 0 ? q : p;
    } else if (order == DateOrder::MonthFirst)
      mo = p, d = q;
    else if (order == DateOrder::DayFirst)
      d = p, mo = q;
    else if (us_zone_after(text, e3))  // "12/03/2018 2:05 PM EST": an American date
      mo = p, d = q;
    else
      continue;
    if (!valid(y, mo, d)) continue;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, d);
    DateMatch m;
    m.begin = i;
    m.end = e3;
    m.iso = iso;
    return m;
  }
  return std::nullopt;
}

// Java's Date.toString(), which some systems write into their metadata: "Mon Aug 03 12:45:00 EDT 2015" (weekday,
// month, day, time, zone, year). The day as written (the zone's), or empty.
std::string java_date(std::string_view value) {
  std::string_view tok[6];
  size_t n = 0, p = 0;
  while (p < value.size() && n < 7) {
    while (p < value.size() && value[p] == ' ') ++p;
    size_t e = value.find(' ', p);
    if (e == std::string_view::npos) e = value.size();
    if (e > p) {
      if (n == 6) return {};
      tok[n++] = value.substr(p, e - p);
    }
    p = e;
  }
  if (n != 6 || tok[3].find(':') == std::string_view::npos || tok[5].size() != 4 || tok[2].empty() || tok[2].size() > 2)
    return {};
  auto lower = [](std::string_view w) {
    std::string s(w);
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
  };
  auto month = table_find(kDateWords, lower(tok[1]));
  auto weekday = table_find(kDateWords, lower(tok[0]));
  if (!month || static_cast<int>(*month) > static_cast<int>(DateWord::Month12) || !weekday ||
      *weekday != DateWord::Weekday)
    return {};
  int d = 0, y = 0;
  for (char c : tok[2]) {
    if (!is_digit(c)) return {};
    d = d * 10 + (c - '0');
  }
  for (char c : tok[5]) {
    if (!is_digit(c)) return {};
    y = y * 10 + (c - '0');
  }
  int mo = static_cast<int>(*month) + 1;
  if (!valid(y, mo, d)) return {};
  char buf[32];  // the sizes are checked above; room enough for any int keeps GCC quiet
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
  return buf;
}

std::string normalize_date(std::string_view value) {
  auto m = find_date(value);
  if (m) return m->iso;
  if (std::string j = java_date(value); !j.empty()) return j;
  // A compact value of the metadata: "20150303", "20150303T103000Z", "20150303103000".
  size_t n = 0;
  while (n < value.size() && n < 15 && is_digit(value[n])) ++n;
  if (n == 8 || n == 12 || n == 14) {
    auto num = [&](size_t b, size_t len) {
      int v = 0;
      for (size_t q = b; q < b + len; ++q) v = v * 10 + (value[q] - '0');
      return v;
    };
    int y = num(0, 4), mo = num(4, 2), d = num(6, 2);
    if (valid(y, mo, d)) {
      char buf[16];  // 10 used; room for any int so the compiler sees no truncation
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
      return buf;
    }
  }
  // A Unix time that scripts keep ("data-timestamp='1425376800'", in seconds or milliseconds), from 2000 to 2099:
  // its UTC date and time.
  if ((n == 10 || n == 13) && n == value.size()) {
    int64_t secs = 0;
    for (size_t q = 0; q < 10; ++q) secs = secs * 10 + (value[q] - '0');
    if (secs >= 946684800 && secs < 4102444800) {
      // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
      int64_t z = secs / 86400 + 719468, rest = secs % 86400;
      int64_t era = z / 146097, doe = z - era * 146097;
      int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
      int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
      int64_t d = doy - (153 * mp + 2) / 5 + 1, mo = mp < 10 ? mp + 3 : mp - 9, y = yoe + era * 400 + (mo <= 2);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", static_cast<int>(y), static_cast<int>(mo),
                    static_cast<int>(d), static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                    static_cast<int>(rest % 60));
      return buf;
    }
  }
  return {};
}

}  // namespace aa
