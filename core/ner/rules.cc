#include "ner/rules.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "data/tables.h"
#include "ner/word.h"
#include "text/unicode.h"

namespace aa::ner {
namespace {

enum class TimeWord : uint8_t {
  Month,
  MonthAbbrev,
  Weekday,
  WeekdayAbbrev,
  Season,
  RelDay,
  Tonight,
  Period,
  ShortPeriod,
  Modifier,
  Shift,
  DayPart,
  ClockWord,
  Ago,
  Meridiem,
  Decade,
  Format,
  Run
};
enum class NumberWord : uint8_t { Cardinal, Vague, Scale, Ordinal };
enum class UnitKind : uint8_t { CurrencySymbol, Currency, CurrencyCode, Minor, Percent, Measure };

#include "ner_numbers.inc"     // kNumberWords
#include "ner_time_words.inc"  // kTimeWords
#include "ner_units.inc"       // kUnits

constexpr int8_t kNo = -1;

/// What the rules know about a word type seen as a token of some kind (Word/Abbrev, Number, Symbol, other):
/// worked out once per type of the document.
struct Classes {
  int8_t time = kNo, num = kNo, unit = kNo;  // table classes
  // Number tokens: the numeric prefix and what follows it.
  bool numeric = false;        // digits with , and . only ("1,000.5")
  long value = -1;             // integer value of an all-digit token (up to 9 digits), else -1
  int digits = 0;              // count of digits in an all-digit token
  std::string_view suffix;     // letters after the digits ("bn", "km", "th", "s", "am"), lowercase
  bool hyphen_suffix = false;  // "40-km"
  bool iso_date = false;       // 2023-01-25, 25/01/2023, 1/25/23
  bool clock = false;          // 3:04, "2.15am", "2:15am" (the meridiem in suffix)
  bool dot_clock = false;      // "6.30": a time of day before "pm" (British style)
  bool day_range = false;      // "5-7": days of a month after its name ("April 5-7")
  bool opens = false;          // a word some rule starts with: "the", "a", "last", ..., or one with a hyphen
};

/// What the rules know about one token.
struct Tok : Classes {
  std::string_view form;
  std::string_view lower;  // normalised, without a final period
  TokenKind kind = TokenKind::Word;
  Casing casing = Casing::None;
  bool cap = false;  // starts with an upper-case letter
  bool space_after = true;
};

template <typename E, size_t N, size_t S>
int8_t lookup(const Table<E, N, S>& table, std::string_view key, uint32_t hash) {
  auto v = table_find(table, key, hash);
  return v ? static_cast<int8_t>(*v) : kNo;
}
template <typename E, size_t N, size_t S>
int8_t lookup(const Table<E, N, S>& table, std::string_view key) {
  return lookup(table, key, key_hash(key));
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// "6.30", "11:40": hours and minutes.
bool hours_minutes(std::string_view s, char sep) {
  size_t p = s.find(sep);
  if (p == std::string_view::npos || p == 0 || p > 2 || s.size() != p + 3 || !all_digits(s.substr(0, p)) ||
      !all_digits(s.substr(p + 1)))
    return false;
  int h = std::stoi(std::string(s.substr(0, p))), m = std::stoi(std::string(s.substr(p + 1)));
  return h <= 23 && m <= 59;
}

bool meridiem(std::string_view s) {
  return s == "am" || s == "pm" || s == "a.m" || s == "p.m" || s == "a.m." || s == "p.m.";
}

void classify_number(std::string_view lower, Classes& t) {
  // A time of day with a full stop or a colon and am/pm written onto it: "2.15am", "11.40pm", "2:15am".
  for (size_t k = 1; k < lower.size(); ++k) {
    if (lower[k] < 'a' || lower[k] > 'z') continue;
    std::string_view hm = lower.substr(0, k), rest = lower.substr(k);
    if (meridiem(rest) && (hours_minutes(hm, '.') || hours_minutes(hm, ':'))) {
      t.numeric = t.clock = true;
      t.suffix = rest;
      return;
    }
    break;
  }
  if (hours_minutes(lower, '.')) t.dot_clock = true;  // and a number as below
  std::string_view s = lower;
  if (!s.empty() && s[0] == '\'') s.remove_prefix(1);  // ’90s
  size_t i = 0;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || ((s[i] == ',' || s[i] == '.') && i > 0))) ++i;
  std::string_view num = s.substr(0, i), rest = s.substr(i);
  while (!num.empty() && (num.back() == ',' || num.back() == '.')) num.remove_suffix(1);
  if (num.empty()) return;
  if (rest.empty()) {
    t.numeric = true;
  } else if (rest[0] == '-' && rest.size() > 1 && std::isalpha(static_cast<unsigned char>(rest[1]))) {
    t.numeric = true;
    t.hyphen_suffix = true;
    t.suffix = rest.substr(1);
  } else if (std::isalpha(static_cast<unsigned char>(rest[0])) || rest[0] == '%') {
    bool letters = true;
    for (char c : rest)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '/' && c != '.') letters = false;
    if (letters) {
      t.numeric = true;
      t.suffix = rest;
    }
  } else {
    // 2023-01-25, 25/01/2023, 1/25/23, 3:04
    int groups = 1;
    char sep = 0;
    bool ok = true;
    for (char c : rest) {
      if (c >= '0' && c <= '9') continue;
      if ((c == '-' || c == '/' || c == ':') && (!sep || sep == c)) {
        sep = c;
        ++groups;
      } else {
        ok = false;
      }
    }
    if (ok && sep == ':' && groups == 2 && num.size() <= 2 && rest.size() == 3) t.clock = true;
    if (ok && sep == '-' && groups == 2 && num.size() <= 2 && rest.size() >= 2 && rest.size() <= 3) {
      int a = std::stoi(std::string(num)), b = std::stoi(std::string(rest.substr(1)));
      t.day_range = a >= 1 && a < b && b <= 31;
    }
    if (ok && (sep == '-' || sep == '/') && groups == 3) {
      if ((num.size() == 4 && sep == '-') || (num.size() <= 2 && sep == '/')) t.iso_date = true;
    }
    return;
  }
  if (all_digits(num) && num.size() <= 9) {
    t.value = std::stol(std::string(num));
    t.digits = static_cast<int>(num.size());
  }
}

/// The kind of token a type's classes were worked out for.
enum class KindGroup : uint8_t { None, Word, Abbrev, Number, Symbol, Other };

KindGroup group_of(TokenKind k) {
  switch (k) {
    case TokenKind::Word: return KindGroup::Word;
    case TokenKind::Abbrev: return KindGroup::Abbrev;
    case TokenKind::Number: return KindGroup::Number;
    case TokenKind::Symbol: return KindGroup::Symbol;
    default: return KindGroup::Other;
  }
}

/// The classes of the word types of a document, worked out when first needed (for the kind of token the type
/// first appears as; a type seen as another kind is worked out again, uncached).
class TypeClasses {
 public:
  explicit TypeClasses(const TokenTable& table) : table_(table), cache_(table.types.size()) {}

  /// Fills t (but for its token fields) for token i of kind `kind`.
  void fill(uint32_t i, TokenKind kind, Tok& t) {
    const WordType& w = table_.type(i);
    std::string_view lower = table_.norm_of(w);
    if (kind == TokenKind::Abbrev && lower.size() > 1 && lower.back() == '.') lower.remove_suffix(1);
    t.form = w.form;
    t.lower = lower;
    t.casing = w.casing;
    t.cap = w.cap;
    KindGroup g = group_of(kind);
    Entry& e = cache_[table_.type_of[i]];
    if (e.group == KindGroup::None) {
      e.group = g;
      classify(lower, kind, e.classes);
    }
    if (e.group == g) {
      static_cast<Classes&>(t) = e.classes;
    } else {
      Classes c;
      classify(lower, kind, c);
      static_cast<Classes&>(t) = c;
    }
  }

 private:
  static void classify(std::string_view lower, TokenKind kind, Classes& c) {
    c.opens = lower.find('-') != std::string_view::npos || lower == "the" || lower == "a" || lower == "an" ||
              lower == "this" || lower == "minus" || lower == "last" || lower == "yesterday" || lower == "tomorrow";
    if (kind == TokenKind::Number) {
      classify_number(lower, c);
    } else if (kind == TokenKind::Word || kind == TokenKind::Abbrev) {
      const uint32_t h = key_hash(lower);
      c.time = lookup(kTimeWords, lower, h);
      c.num = lookup(kNumberWords, lower, h);
      c.unit = lookup(kUnits, lower, h);
    } else if (kind == TokenKind::Symbol) {
      c.unit = lookup(kUnits, lower);
    }
  }
  struct Entry {
    KindGroup group = KindGroup::None;
    Classes classes;
  };
  const TokenTable& table_;
  std::vector<Entry> cache_;
};

class Matcher {
 public:
  /// The matcher over tokens [first, last) of one sentence.
  Matcher(const Document& doc, uint32_t first, uint32_t last, TypeClasses& classes, std::vector<Tok>& toks)
      : first_(first), n_(last - first), toks_(toks) {
    toks_.resize(n_);
    for (uint32_t k = 0; k < n_; ++k) {
      const Token& token = doc.tokens[first_ + k];
      Tok& t = toks_[k];
      t.kind = token.kind;
      t.space_after = token.flags & kSpaceAfter;
      classes.fill(first_ + k, token.kind, t);
    }
  }

  /// Whether any matcher can start at token i (the others are skipped: none of them would match there).
  bool may_start(uint32_t i) const {
    const Tok& t = toks_[i];
    if (t.kind == TokenKind::Number || t.unit != kNo || t.time != kNo || t.num != kNo) return true;
    if (t.kind == TokenKind::Word && t.cap && t.form.size() <= 2) return true;  // "US$5"
    return t.opens;  // "the coming days", "a million", "mid-2022", "twenty-five"
  }

  /// Appends to `out` the matches that start at tokens from `from` on and before `until` (indices into the
  /// matcher's tokens), left to right, each search going on after the last match; returns where it stopped (until,
  /// or the end of a match that began before until and ends after it).
  uint32_t run(uint32_t from, uint32_t until, std::vector<RuleMatch>& out) {
    uint32_t i = from;
    while (i < until) {
      if (!may_start(i)) {
        ++i;
        continue;
      }
      RuleMatch best;
      consider(best, money(i), Label::Money, 950, i);
      consider(best, percent(i), Label::Percent, 950, i);
      consider(best, quantity(i), Label::Quantity, 900, i);
      consider(best, time(i), Label::Time, 900, i);
      uint16_t date_score = 900;
      uint32_t d = date(i, date_score);
      consider(best, d, Label::Date, date_score, i);
      if (best.end > best.begin) {
        out.push_back(best);
        i = best.end - first_;
      } else {
        ++i;
      }
    }
    return i;
  }

 private:
  uint32_t first_, n_;
  std::vector<Tok>& toks_;

  void consider(RuleMatch& best, uint32_t end, Label label, uint16_t score, uint32_t i) const {
    if (end <= i) return;
    if (best.end > best.begin && first_ + end <= best.end) return;  // earlier matchers win ties
    best = RuleMatch{first_ + i, first_ + end, label, score};
  }

  bool in(uint32_t i) const { return i < n_; }
  bool is_time(uint32_t i, TimeWord w) const { return in(i) && toks_[i].time == static_cast<int8_t>(w); }
  bool is_num(uint32_t i, NumberWord w) const { return in(i) && toks_[i].num == static_cast<int8_t>(w); }
  bool is_unit(uint32_t i, UnitKind u) const { return in(i) && toks_[i].unit == static_cast<int8_t>(u); }
  bool is_word(uint32_t i, std::string_view w) const { return in(i) && toks_[i].lower == w; }

  /// A number expression at i ("4.5", "two", "4.5 billion", "4.5bn", "a million"); returns its end or i.
  uint32_t number(uint32_t i, bool allow_scale = true) const {
    uint32_t j = i;
    if (!in(i)) return i;
    const Tok& t = toks_[i];
    if (t.kind == TokenKind::Number && t.numeric &&
        (t.suffix.empty() || (allow_scale && table_find(kNumberWords, t.suffix) == NumberWord::Scale))) {
      j = i + 1;
    } else if (t.num == static_cast<int8_t>(NumberWord::Cardinal) || cardinal_compound(t.lower)) {
      j = i + 1;
    } else if ((t.lower == "a" || t.lower == "an") && is_num(i + 1, NumberWord::Scale) &&
               toks_[i + 1].lower.size() > 2) {
      j = i + 1;
    } else {
      return i;
    }
    // "two and a half [hours]": the fraction belongs to the number ("half hours" alone is no length of time).
    if (t.lower != "half" && is_word(j, "and") && is_word(j + 1, "a") && is_word(j + 2, "half")) j += 3;
    if (allow_scale)
      while (is_num(j, NumberWord::Scale) && (toks_[j].lower.size() > 1 || !toks_[j - 1].space_after)) ++j;
    return j;
  }

  static bool cardinal_compound(std::string_view w) {
    size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    return table_find(kNumberWords, w.substr(0, dash)) == NumberWord::Cardinal &&
           table_find(kNumberWords, w.substr(dash + 1)) == NumberWord::Cardinal;
  }

  /// Whether a weight word comes just before token i ("weighs", "weighing", "a weight of"): "pounds" after it
  /// are a weight, not money.
  bool weighed(uint32_t i) const {
    for (uint32_t k = i; k > 0 && i - k < 4; --k) {
      std::string_view w = toks_[k - 1].lower;
      if (w.substr(0, 5) == "weigh") return true;
    }
    return false;
  }

  uint32_t money(uint32_t i) const {
    uint32_t j = i;
    // "US$5", "HK$ 20": a country prefix glued to the symbol.
    if (in(j + 1) && toks_[j].kind == TokenKind::Word && toks_[j].cap && toks_[j].form.size() <= 2 &&
        !toks_[j].space_after && is_unit(j + 1, UnitKind::CurrencySymbol))
      ++j;
    if (is_unit(j, UnitKind::CurrencySymbol) || (is_unit(j, UnitKind::CurrencyCode) && has_upper_code(j))) {
      uint32_t k = number(j + 1);
      if (k > j + 1) {
        if (is_unit(k, UnitKind::Currency) || is_unit(k, UnitKind::CurrencyCode)) ++k;  // "$5 USD"
        return k;
      }
      return i;
    }
    uint32_t k = number(i);
    if (k == i) return i;
    if (is_unit(k, UnitKind::Currency) && weighed(i) && (is_word(k, "pounds") || is_word(k, "pound"))) return i;
    if (is_unit(k, UnitKind::Currency) || is_unit(k, UnitKind::Minor) ||
        (is_unit(k, UnitKind::CurrencyCode) && has_upper_code(k)))
      return k + 1;
    // "50p": a number with a currency suffix.
    if (k == i + 1 && toks_[i].kind == TokenKind::Number) {
      auto u = table_find(kUnits, toks_[i].suffix);
      if (u == UnitKind::Minor && !toks_[i].hyphen_suffix) return k;
    }
    return i;
  }
  bool has_upper_code(uint32_t i) const { return toks_[i].casing == Casing::Upper; }

  uint32_t percent(uint32_t i) const {
    if (in(i) && toks_[i].kind == TokenKind::Number && toks_[i].suffix == "%") return i + 1;
    uint32_t k = number(i, false);
    if (k == i) return i;
    if (is_unit(k, UnitKind::Percent)) return k + 1;
    if (is_word(k, "per") && is_word(k + 1, "cent")) return k + 2;
    if (is_word(k, "percentage") && (is_word(k + 1, "point") || is_word(k + 1, "points"))) return k + 2;
    return i;
  }

  /// A unit written onto a number: "40km", "2.4GHz", "15in", and with a hyphen "30-foot", "6-foot-11" (a height),
  /// "12-metre-long", "20-nautical-mile".
  static bool measure_suffix(std::string_view s, bool hyphen) {
    if (table_find(kUnits, s) == UnitKind::Measure) return true;
    if (s == "in" && !hyphen) return true;  // "in" alone after a number is the preposition ("3 in 10")
    if (!hyphen) return false;
    for (std::string_view p : {"nautical-", "square-", "cubic-"})
      if (s.substr(0, p.size()) == p) s.remove_prefix(p.size());
    size_t dash = s.find('-');
    if (table_find(kUnits, s.substr(0, dash)) != UnitKind::Measure) return false;
    if (dash == std::string_view::npos) return true;
    std::string_view rest = s.substr(dash + 1);
    return all_digits(rest) || rest == "long" || rest == "wide" || rest == "tall" || rest == "high" || rest == "deep" ||
           rest == "thick";
  }

  /// A magnitude's figure: "5.2", "6" (a number up to 10 with at most one decimal digit, no unit).
  bool magnitude_figure(uint32_t i) const {
    if (!in(i) || toks_[i].kind != TokenKind::Number || !toks_[i].numeric || !toks_[i].suffix.empty()) return false;
    std::string_view f = toks_[i].lower;
    // "5. 9": a decimal split by a tokeniser is not the figure 5 (nor is a figure the sentence ends with)
    if (in(i + 1) && toks_[i + 1].form == "." && (!in(i + 2) || toks_[i + 2].kind == TokenKind::Number)) return false;
    return (f.size() == 1 && all_digits(f)) ||
           (f.size() == 3 && f[1] == '.' && all_digits(f.substr(0, 1)) && all_digits(f.substr(2)));
  }
  static bool is_quake(std::string_view w) {
    return w == "quake" || w == "earthquake" || w == "temblor" || w == "tremor" || w == "aftershock" || w == "quakes" ||
           w == "earthquakes" || w == "aftershocks" || w == "tremors";
  }

  /// Earthquake magnitudes (docs/annotation.md): "magnitude 5.2", "magnitude of (at least) 3.8", "5.7 on the
  /// Richter scale" (the figure), "a 6.2 quake", "measuring 4.4".
  uint32_t magnitude(uint32_t i) const {
    if (is_word(i, "magnitude")) {
      uint32_t j = i + 1;
      if (is_word(j, "of")) ++j;
      if (is_word(j, "at") && is_word(j + 1, "least")) j += 2;
      if (is_word(j, "about") || is_word(j, "around")) ++j;
      return magnitude_figure(j) ? j + 1 : i;
    }
    if (!magnitude_figure(i)) return i;
    if (is_word(i + 1, "on") && is_word(i + 2, "the") && is_word(i + 3, "richter")) return i + 1;  // the scale outside
    if (toks_[i].lower.size() == 3 && in(i + 1) && is_quake(toks_[i + 1].lower)) return i + 1;
    if (toks_[i].lower.size() == 3 && i > 0 &&
        (is_word(i - 1, "measuring") || is_word(i - 1, "registering") || is_word(i - 1, "measured") ||
         is_word(i - 1, "registered")))
      return i + 1;
    return i;
  }

  uint32_t quantity(uint32_t i) const {
    if (!in(i)) return i;
    const Tok& t = toks_[i];
    if (t.kind == TokenKind::Number && !t.suffix.empty() && measure_suffix(t.suffix, t.hyphen_suffix)) return i + 1;
    // "within a foot", "less than an inch" ("of a mile" is a part of a longer measure)
    if ((t.lower == "a" || t.lower == "an") && in(i + 1) && !(i > 0 && is_word(i - 1, "of"))) {
      std::string_view u = toks_[i + 1].lower;
      if (u == "inch" || u == "foot" || u == "mile" || u == "metre" || u == "meter") return i + 2;
    }
    if (uint32_t m = magnitude(i); m > i) return m;
    if (t.lower == "minus" && in(i + 1) && toks_[i + 1].lower != "minus") {  // "minus 17 degrees"
      uint32_t m = quantity(i + 1);
      return m > i + 1 ? m : i;
    }
    uint32_t k = number(i);
    if (k > i && weighed(i) && (is_word(k, "pounds") || is_word(k, "pound"))) return k + 1;  // "weighs 6.6 pounds"
    if (k == i || (k == i + 1 && t.kind == TokenKind::Number && !t.suffix.empty() &&
                   table_find(kNumberWords, t.suffix) != NumberWord::Scale))
      return i;
    uint32_t j = k;
    if (is_word(j, "square") || is_word(j, "sq") || is_word(j, "cubic") || is_word(j, "nautical")) ++j;
    // "One MP said", "two MPs": after a number in words, "MP" is a member of parliament, no megapixels ("12 MP").
    bool member = in(j) && toks_[j].lower == "mp" && t.kind != TokenKind::Number;
    if (is_unit(j, UnitKind::Measure) && toks_[j].kind != TokenKind::Number && !member) {
      // "m" and "g" alone are too ambiguous; the table leaves them out.
      ++j;
      if ((is_word(j, "per") || is_word(j, "an") || is_word(j, "a")) &&
          (is_word(j + 1, "hour") || is_word(j + 1, "day") || is_word(j + 1, "second")))
        j += 2;
      else if (is_word(j - 1, "degrees") || is_word(j - 1, "degree"))  // "31 degrees Celsius"
        if (is_word(j, "celsius") || is_word(j, "fahrenheit") || is_word(j, "centigrade")) ++j;
      return j;
    }
    return i;
  }

  bool is_year(uint32_t i) const {
    return in(i) && toks_[i].kind == TokenKind::Number && toks_[i].suffix.empty() && toks_[i].digits == 4 &&
           toks_[i].value >= 1000 && toks_[i].value <= 2100;
  }
  bool is_day(uint32_t i) const {
    if (!in(i) || toks_[i].kind != TokenKind::Number) return false;
    const Tok& t = toks_[i];
    bool ordinal = t.suffix == "st" || t.suffix == "nd" || t.suffix == "rd" || t.suffix == "th";
    return (t.suffix.empty() || ordinal) && t.digits >= 1 && t.digits <= 2 && t.value >= 1 && t.value <= 31;
  }
  bool is_day_range(uint32_t i) const { return in(i) && toks_[i].kind == TokenKind::Number && toks_[i].day_range; }
  bool is_decade(uint32_t i) const {
    if (!in(i) || toks_[i].kind != TokenKind::Number || toks_[i].suffix != "s") return false;
    return (toks_[i].digits == 4 && toks_[i].value % 10 == 0) || (toks_[i].digits == 2 && toks_[i].value % 10 == 0);
  }
  /// A month name that is surely a month here: capitalised, and "May", "March" only before a day or a year.
  bool is_month(uint32_t i, bool need_number) const {
    if (!in(i) || !toks_[i].cap) return false;
    if (is_time(i, TimeWord::MonthAbbrev)) return toks_[i].kind == TokenKind::Abbrev || is_day(i + 1) || is_year(i + 1);
    if (!is_time(i, TimeWord::Month)) return false;
    bool ambiguous = toks_[i].lower == "may" || toks_[i].lower == "march";
    if (need_number || ambiguous)
      return is_day(i + 1) || is_day_range(i + 1) || is_year(i + 1) || (ambiguous && month_context(i));
    return true;
  }
  bool month_context(uint32_t i) const {
    if (i == 0) return false;
    std::string_view p = toks_[i - 1].lower;
    // Months joined: "between March and June", "from March to May", "January and March".
    if ((p == "and" || p == "to" || p == "or") && i >= 2 && is_month(i - 2, false)) return true;
    if ((is_word(i + 1, "and") || is_word(i + 1, "to")) && in(i + 2) && is_time(i + 2, TimeWord::Month) &&
        toks_[i + 2].cap && toks_[i + 2].lower != "may" && toks_[i + 2].lower != "march")
      return true;
    return p == "between" || p == "from" || p == "in" || p == "since" || p == "until" || p == "of" || p == "early" ||
           p == "late" || p == "mid" || p == "last" || p == "next" || p == "this" || p == "by" || p == "before" ||
           p == "after" || p == "during";
  }
  bool is_weekday(uint32_t i) const {
    if (!in(i) || !toks_[i].cap) return false;
    return is_time(i, TimeWord::Weekday) || (is_time(i, TimeWord::WeekdayAbbrev) && toks_[i].kind == TokenKind::Abbrev);
  }
  bool year_context(uint32_t i) const {
    if (i == 0) return false;
    std::string_view p = toks_[i - 1].lower;
    if ((p == "to" || p == "and" || p == "-") && i >= 2 && is_year(i - 2)) return true;  // 2019 to 2021
    // A reference: "(Williams, 2010)", "(Hartsell et al., 2015; ...)".
    if (p == "," && i >= 2 && (toks_[i - 2].cap || toks_[i - 2].lower == "al") &&
        (is_word(i + 1, ")") || is_word(i + 1, ";")))
      return true;
    return p == "in" || p == "since" || p == "until" || p == "till" || p == "from" || p == "by" || p == "of" ||
           p == "during" || p == "before" || p == "after" || p == "between" || p == "early" || p == "late" ||
           p == "mid" || p == "around" || p == "circa" || p == "ca" || p == "(" ||
           (p == "c" && toks_[i - 1].kind == TokenKind::Abbrev) ||
           toks_[i - 1].time == static_cast<int8_t>(TimeWord::Season) || p == "year" || p == "fiscal";
  }

  /// A year (1900-2099) that names what follows it or is one of a list: "the [2005] film", "a [2012] car crash",
  /// "[2008]'s", "the [2004] and [2005] awards", "in 1987, [1989], [1992] and 2003". Not a count before a plural
  /// ("the 2000 delegates").
  bool year_modifier(uint32_t i) const {
    if (toks_[i].value < 1900 || toks_[i].value > 2099) return false;
    if (is_word(i + 1, "'s")) return true;
    if ((is_word(i + 1, "and") || is_word(i + 1, "or") || is_word(i + 1, ",")) && is_year(i + 2)) return true;
    if (i > 0 && is_word(i - 1, ",") && i >= 2 && is_year(i - 2)) return true;
    if (i == 0) return false;
    std::string_view p = toks_[i - 1].lower;
    if (p != "the" && p != "a" && p != "his" && p != "her" && p != "its" && p != "their" && p != "'s") return false;
    if (!in(i + 1) || toks_[i + 1].kind != TokenKind::Word || toks_[i + 1].casing != Casing::Lower) return false;
    std::string_view n = toks_[i + 1].lower;
    return n.back() != 's' || n == "series" || n == "class";
  }

  /// A calendar date at i: weekday, month-day-year, day-month-year, month-year, month, year, decade.
  uint32_t calendar(uint32_t i) const {
    uint32_t j = i;
    if (is_weekday(j)) {
      ++j;
      uint32_t k = j;
      if (is_word(k, ",")) ++k;
      uint32_t m = calendar_core(k);
      if (m > k) return m;
      return j;
    }
    return calendar_core(i);
  }
  uint32_t calendar_core(uint32_t i) const {
    if (!in(i)) return i;
    if (toks_[i].kind == TokenKind::Number && toks_[i].iso_date) return i + 1;
    if (is_month(i, false)) {
      uint32_t j = i + 1;
      if (is_day(j) || is_day_range(j)) {
        ++j;
        uint32_t k = j;
        if (is_word(k, ",")) ++k;
        if (is_year(k)) return k + 1;
        return j;
      }
      if (is_year(j)) return j + 1;
      return j;
    }
    if (is_day(i)) {
      uint32_t j = i + 1;
      if (is_word(j, "of")) ++j;
      // After a day, "March" and "May" are months too ("on 14 March").
      if (is_month(j, false) || (in(j) && toks_[j].cap && is_time(j, TimeWord::Month))) {
        ++j;
        uint32_t k = j;
        if (is_word(k, ",")) ++k;
        if (is_year(k)) return k + 1;
        return j;
      }
      return i;
    }
    // "into the high 30s": a band of numbers (degrees, scores), not the decade.
    bool band = in(i) && toks_[i].digits == 2 &&
                (is_word(i - 1, "high") || is_word(i - 1, "low") || is_word(i - 1, "upper") || is_word(i - 1, "lower"));
    if (is_decade(i) && !band) return i + 1;
    if (is_year(i) && (year_context(i) || year_modifier(i))) return i + 1;
    return i;
  }

  /// An era after a year or a century: "3000 BC", "776 BCE", "394 AD", "the 7th century BC" (capitalised only:
  /// "ad" is an advertisement).
  bool is_era(uint32_t i) const {
    if (!in(i) || !toks_[i].cap) return false;
    std::string_view w = toks_[i].lower;
    return w == "bc" || w == "bce" || w == "ad" || w == "ce" || w == "b.c" || w == "a.d";
  }
  bool is_era_year(uint32_t i) const {
    return in(i) && toks_[i].kind == TokenKind::Number && toks_[i].suffix.empty() && toks_[i].digits >= 1 &&
           toks_[i].digits <= 4 && toks_[i].value >= 1;
  }

  uint32_t date(uint32_t i, uint16_t& score) const {
    if (!in(i)) return i;
    score = 900;
    if (is_era_year(i) && is_era(i + 1)) return i + 2;                            // 3000 BC
    if (is_era(i) && toks_[i].lower == "ad" && is_era_year(i + 1)) return i + 2;  // AD 394
    uint32_t e = date_core(i, score);
    if (e > i && is_era(e)) ++e;  // the 7th century BC
    return e;
  }

  uint32_t date_core(uint32_t i, uint16_t& score) const {
    if (is_time(i, TimeWord::RelDay)) return programme_name(i) ? i : i + 1;
    // Decades and centuries leave "the" out (docs/annotation.md): the [1990s], the [21st century], the [nineteen
    // fifties]; with a modifier it stays: [the late 1950s], [the early sixties].
    if (in(i + 1) && toks_[i].kind == TokenKind::Number &&
        (toks_[i].suffix == "st" || toks_[i].suffix == "nd" || toks_[i].suffix == "rd" || toks_[i].suffix == "th") &&
        (is_word(i + 1, "century") || is_word(i + 1, "centuries")))
      return i + 2;
    if (uint32_t d = decade_words(i); d > i) return d;
    if (uint32_t a = age(i); a > i) return a;
    if (uint32_t p = hyphen_period(i); p > i) return p;
    if (is_word(i, "the")) {
      if (is_time(i + 1, TimeWord::Shift) && (is_decade(i + 2) || decade_words(i + 2) > i + 2) &&
          !is_word(i + 1, "earlier") && !is_word(i + 1, "later"))
        return is_decade(i + 2) ? i + 3 : decade_words(i + 2);
      // the past year, the coming days
      uint32_t k = relative(i + 1, true);
      if (k > i + 1) {
        score = 850;
        return k;
      }
    }
    uint32_t k = relative(i, false);
    if (k > i) {
      score = 850;
      return k;
    }
    // earlier this month, later this year, late 2019, early March, mid-2022
    if (is_time(i, TimeWord::Shift)) {
      std::string_view w = toks_[i].lower;
      if ((w == "earlier" || w == "later") &&
          (is_word(i + 1, "this") || is_word(i + 1, "last") || is_word(i + 1, "next")) &&
          is_time(i + 2, TimeWord::Period))
        return i + 3;
      if ((w == "early" || w == "late") && is_weekday(i + 1) && !is_time(i + 2, TimeWord::DayPart))
        return i + 2;  // "late Thursday" (with a day's part a TIME)
      if (w == "early" || w == "late" || w == "mid") {
        uint32_t j = i + 1;
        if (is_word(j, "-")) ++j;
        uint32_t m = calendar_core(j);
        if (m > j && (is_year(j) || is_month(j, false) || is_decade(j))) return m;
      }
    }
    if (in(i) && toks_[i].kind == TokenKind::Word) {
      // mid-2022, early-1990s
      std::string_view w = toks_[i].lower;
      size_t dash = w.find('-');
      if (dash != std::string_view::npos) {
        std::string_view head(w.data(), dash), tail(w.data() + dash + 1, w.size() - dash - 1);
        if ((head == "mid" || head == "early" || head == "late") && tail.size() >= 4 && all_digits(tail.substr(0, 4)) &&
            (tail.size() == 4 || tail.substr(4) == "s"))
          return i + 1;
      }
    }
    // two years ago, three months, 42 years old, several decades
    uint32_t n = number(i, false);
    if (n == i && in(i) && (is_num(i, NumberWord::Vague) || toks_[i].lower == "a" || toks_[i].lower == "an")) n = i + 1;
    // "two to three weeks", "7 to 10 days", "five or six years": a range of numbers before the period.
    if (n > i && (is_word(n, "to") || is_word(n, "or")) && !is_time(n, TimeWord::Period)) {
      uint32_t m = number(n + 1, false);
      if (m > n + 1 && is_time(m, TimeWord::Period)) n = m;
    }
    if (n > i && is_time(n, TimeWord::Period)) {
      bool vague = is_num(i, NumberWord::Vague) || toks_[i].lower == "a" || toks_[i].lower == "an";
      if (is_time(n + 1, TimeWord::Ago)) return n + 2;
      if (is_word(n + 1, "old")) return n + 2;
      if (!vague || is_num(i, NumberWord::Vague)) {
        score = 800;
        return n + 1;
      }
    }
    // Season and year: summer 2020
    if (in(i) && toks_[i].time == static_cast<int8_t>(TimeWord::Season) && is_year(i + 1)) return i + 2;
    uint32_t c = calendar(i);
    if (c > i) score = is_year(i) && c == i + 1 ? 850 : 950;
    return c;
  }

  /// "the BBC's Today programme", "on the Today show": a capitalised "Today" between lowercase words or after 's
  /// inside a sentence names a programme, not a day.
  bool programme_name(uint32_t i) const {
    if (!toks_[i].cap || !in(i - 1) || !in(i + 1)) return false;
    std::string_view p = toks_[i - 1].lower;
    bool lower_before = toks_[i - 1].kind == TokenKind::Word && toks_[i - 1].casing == Casing::Lower;
    bool lower_after = toks_[i + 1].kind == TokenKind::Word && toks_[i + 1].casing == Casing::Lower;
    return (p == "'s" || p == "\xE2\x80\x99s" || lower_before) && lower_after;
  }

  /// A decade in words: "fifties", "nineteen sixties", "late nineteen eighties", "the early sixties" (from the
  /// modifier).
  uint32_t decade_words(uint32_t i) const {
    uint32_t j = i;
    if (is_word(j, "early") || is_word(j, "late") || is_word(j, "mid")) ++j;
    if (is_word(j, "nineteen") || is_word(j, "eighteen")) ++j;
    return is_time(j, TimeWord::Decade) ? j + 1 : i;
  }

  /// A plain number that may be an age (1 to 120).
  bool age_number(uint32_t i) const {
    return in(i) && toks_[i].kind == TokenKind::Number && toks_[i].suffix.empty() && toks_[i].digits >= 1 &&
           toks_[i].digits <= 3 && toks_[i].value >= 1 && toks_[i].value <= 120;
  }

  /// Ages are DATE (docs/annotation.md): "Reid, [33], said", "the actress, [26], was", "at the age of [85]", "at
  /// age [85]", "aged [85]", "died at [91]", "She was [91].", "[33-year-old]", "a [two-year-old]".
  uint32_t age(uint32_t i) const {
    if (in(i) && (toks_[i].kind == TokenKind::Number || toks_[i].kind == TokenKind::Word)) {
      std::string_view w = toks_[i].lower;
      size_t dash = w.find('-');
      if (dash != std::string_view::npos && dash > 0) {
        std::string_view head = w.substr(0, dash), tail = w.substr(dash + 1);
        bool count = all_digits(head) || table_find(kNumberWords, head) == NumberWord::Cardinal;
        if (count && (tail == "year-old" || tail == "years-old" || tail == "month-old" || tail == "week-old" ||
                      tail == "day-old"))
          return i + 1;
      }
    }
    if (!age_number(i) || i < 2) return i;
    if (is_word(i + 1, "to") || is_word(i + 1, "-") || is_word(i + 1, "\xE2\x80\x93"))
      return i;  // a range: "aged 8 to 10"
    std::string_view p = toks_[i - 1].lower, pp = toks_[i - 2].lower;
    if (p == "aged" || (p == "age" && (pp == "at" || pp == ",")) || (p == "of" && pp == "age")) return i + 1;
    if (p == "at" && (pp == "died" || pp == "dies" || pp == "dead")) return i + 1;
    if (p == "was" && (pp == "she" || pp == "he") && in(i + 1) && toks_[i + 1].form == ".") return i + 1;
    // "Name, 33," / "the actress, 26,": a name or a person's noun before the commas.
    if (p == "," && in(i + 1) && toks_[i + 1].form == "," && toks_[i - 2].kind == TokenKind::Word &&
        (toks_[i - 2].cap || person_noun(pp)))
      return i + 1;
    return i;
  }
  static bool person_noun(std::string_view w) {
    return w == "actress" || w == "actor" || w == "singer" || w == "star" || w == "son" || w == "daughter" ||
           w == "wife" || w == "husband" || w == "man" || w == "woman" || w == "boy" || w == "girl" || w == "mother" ||
           w == "father" || w == "victim" || w == "suspect";
  }

  /// A length of time written as one hyphenated word: "90-day", "14-week", "a three-month stay", "five-year".
  uint32_t hyphen_period(uint32_t i) const {
    if (!in(i) || (toks_[i].kind != TokenKind::Number && toks_[i].kind != TokenKind::Word)) return i;
    std::string_view w = toks_[i].lower;
    size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0) return i;
    std::string_view head = w.substr(0, dash), tail = w.substr(dash + 1);
    bool count = all_digits(head) || table_find(kNumberWords, head) == NumberWord::Cardinal;
    if (!count || tail.find('-') != std::string_view::npos) return i;
    if (is_time(i + 1, TimeWord::Format)) return i;  // "a one-day series": a cricket format, no length of time
    if (tail == "day" || tail == "week" || tail == "month" || tail == "year" || tail == "decade") return i + 1;
    return i;
  }

  /// "to", a modal or "do" before "last": the verb "last" may follow ("is expected to last two weeks").
  static bool verb_before_last(std::string_view w) {
    return w == "to" || w == "will" || w == "would" || w == "could" || w == "can" || w == "may" || w == "might" ||
           w == "must" || w == "should" || w == "shall" || w == "did" || w == "does" || w == "do";
  }

  /// [the] last/next/this/coming/past [N|few|several] day(s)/week/month/year; last Tuesday; this summer.
  uint32_t relative(uint32_t i, bool after_the) const {
    if (!is_time(i, TimeWord::Modifier)) return i;
    std::string_view m = toks_[i].lower;
    uint32_t j = i + 1;
    if (!after_the && (m == "coming" || m == "past" || m == "following" || m == "previous" || m == "same" ||
                       m == "upcoming" || m == "current"))
      return i;  // these need "the" ("the coming days"); "recent years" does not
    uint32_t n = number(j, false);
    // "expected to last two weeks", "could last three days": the verb, before the length of time it names.
    bool count = n > j || (is_num(j, NumberWord::Vague) && (toks_[j].lower == "few" || toks_[j].lower == "several"));
    if (count && m == "last" && !after_the && i > 0 && verb_before_last(toks_[i - 1].lower)) return i;
    if (n > j) {
      j = n;
    } else if (is_num(j, NumberWord::Vague) && (toks_[j].lower == "few" || toks_[j].lower == "several")) {
      ++j;
    }
    if (is_time(j, TimeWord::Period)) return j + 1;
    if (j == i + 1 && (m == "last" || m == "next" || m == "this" || m == "coming" || m == "past")) {
      if (is_weekday(j)) return j + 1;
      if (is_time(j, TimeWord::Season)) return j + 1;
      if (is_month(j, false) && (m == "last" || m == "next" || m == "this")) return j + 1;
    }
    return i;
  }

  uint32_t time(uint32_t i) const {
    if (!in(i)) return i;
    const Tok& t = toks_[i];
    if (t.kind == TokenKind::Number && t.dot_clock && is_time(i + 1, TimeWord::Meridiem)) return i + 2;  // "6.30 pm"
    // "0930 GMT": four digits of a 24-hour clock before a time zone in capitals.
    if (t.kind == TokenKind::Number && t.digits == 4 && t.value % 100 <= 59 && t.value / 100 <= 23 && in(i + 1) &&
        toks_[i + 1].casing == Casing::Upper && zone(toks_[i + 1].lower))
      return i + 2;
    if (t.kind == TokenKind::Number && t.clock) {
      uint32_t j = i + 1;
      if (is_time(j, TimeWord::Meridiem)) ++j;
      if (in(j) && toks_[j].casing == Casing::Upper && toks_[j].form.size() >= 2 && toks_[j].form.size() <= 4 &&
          zone(toks_[j].lower))
        ++j;
      return j;
    }
    if (t.kind == TokenKind::Number && t.value >= 1 && t.value <= 12) {
      if (t.suffix == "am" || t.suffix == "pm") return i + 1;
      if (t.suffix.empty() && is_time(i + 1, TimeWord::Meridiem)) return i + 2;
    }
    if (is_time(i, TimeWord::ClockWord) || is_time(i, TimeWord::Tonight)) return i + 1;
    // "half-hour", "a three-hour show": a length of time in one hyphenated word.
    if (t.kind == TokenKind::Number || t.kind == TokenKind::Word) {
      size_t dash = t.lower.find('-');
      if (dash != std::string_view::npos && dash > 0) {
        std::string_view head = t.lower.substr(0, dash), tail = t.lower.substr(dash + 1);
        if ((all_digits(head) || head == "half" || table_find(kNumberWords, head) == NumberWord::Cardinal) &&
            (tail == "hour" || tail == "minute"))
          return i + 1;
      }
    }
    // "late Thursday night": a day's part with a modifier and a weekday.
    if ((is_word(i, "late") || is_word(i, "early")) && is_weekday(i + 1) && is_time(i + 2, TimeWord::DayPart))
      return i + 3;
    // "in the morning", "the night": the day's part alone.
    // Not before what runs then: "The evening ferry will not run", "the morning shift".
    if (is_word(i, "the") && is_time(i + 1, TimeWord::DayPart) && toks_[i + 1].casing == Casing::Lower &&
        !is_time(i + 2, TimeWord::Run))
      return i + 2;
    // Not a show named after its slot: "the Sunday Morning programme" (the day's part capitalised, then what runs).
    bool show = i + 1 < toks_.size() && toks_[i + 1].casing == Casing::Title && is_time(i + 2, TimeWord::Run);
    if ((is_word(i, "this") || is_word(i, "last") || is_word(i, "yesterday") || is_word(i, "tomorrow") ||
         is_weekday(i)) &&
        is_time(i + 1, TimeWord::DayPart) && !show)
      return i + 2;
    uint32_t n = number(i, false);
    if (n == i && (is_word(i, "a") || is_word(i, "an")) && is_time(i + 1, TimeWord::ShortPeriod)) n = i + 1;
    if (n > i && is_time(n, TimeWord::ShortPeriod)) {
      if (n == i + 1 && (is_word(i, "a") || is_word(i, "an")) && !anchored(n + 1)) return i;  // "for a second"
      return anchored(n + 1) ? n + 2 : n + 1;
    }
    return i;
  }
  /// An adverb after a length of time that anchors it: "[two minutes later]" (docs/annotation.md). Not "after" or
  /// "before" with an object: "[ten minutes] after the break".
  bool anchored(uint32_t i) const { return is_word(i, "later") || is_word(i, "earlier"); }
  static bool zone(std::string_view z) {
    return z == "gmt" || z == "utc" || z == "bst" || z == "cet" || z == "cest" || z == "et" || z == "est" ||
           z == "edt" || z == "pt" || z == "pst" || z == "pdt" || z == "ct" || z == "cst" || z == "cdt" || z == "msk";
  }
};

}  // namespace

// A long sentence is matched a window at a time, so that the matcher's tokens (88 bytes each) stay bounded on any
// input: the matches that start among kRuleWindow tokens, with kLookBehind tokens before them and kLookAhead after
// them in view. No rule looks further back, and only a run of more scale words than kLookAhead ("million million
// ...") looks as far ahead, so the matches are those of the whole sentence at once.
constexpr uint32_t kRuleWindow = 1024, kLookBehind = 2, kLookAhead = 64;

std::vector<RuleMatch> find_rule_entities(const Document& doc, const TokenTable& table) {
  std::vector<RuleMatch> out;
  TypeClasses classes(table);
  std::vector<Tok> toks;
  for (const Sentence& s : doc.sentences) {
    if (s.last_token > doc.tokens.size() || s.first_token >= s.last_token) continue;
    uint32_t at = s.first_token;  // the next token a match may start at
    while (at < s.last_token) {
      uint32_t first = at - std::min(at - s.first_token, kLookBehind);
      uint32_t until = s.last_token - at > kRuleWindow ? at + kRuleWindow : s.last_token;
      uint32_t last = s.last_token - until > kLookAhead ? until + kLookAhead : s.last_token;
      at = first + Matcher(doc, first, last, classes, toks).run(at - first, until - first, out);
    }
  }
  return out;
}

std::vector<RuleMatch> find_rule_entities(const Document& doc) {
  Gazetteer none{GazetteerData{}};
  TokenTable table;
  build_token_table(doc, none, table);
  return find_rule_entities(doc, table);
}

}  // namespace aa::ner
