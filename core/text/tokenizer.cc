#include "text/tokenizer.h"

#include "data/tables.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa {
namespace {

enum class CliticKind : uint8_t { Possessive, Verb, Negation };
enum class TldKind : uint8_t { Tld };

#include "abbreviations.inc"  // kAbbreviations
#include "clitics.inc"        // kClitics
#include "tlds.inc"           // kTlds

bool is_dash(char32_t c) {
  return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2E3A || c == 0x2E3B || c == 0x2212;
}
bool is_hyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/// Characters that separate tokens without being part of any: white space, controls and most format
/// characters (NUL, zero-width space, BOM).
bool is_separator(char32_t c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;  // ASCII: spaces and controls (the same answer, without the tables)
  if (unicode::is_space(c)) return true;
  auto cat = unicode::category(c);
  return cat == unicode::Category::Cc || (cat == unicode::Category::Cf && c != 0x200D && c != 0x200C && c != 0xAD);
}

bool is_ascii_alnum(char c) {
  // Two range tests, not three: setting bit 5 maps A-Z onto a-z and no other byte onto a letter.
  auto b = static_cast<unsigned char>(c);
  return static_cast<unsigned>((b | 0x20) - 'a') < 26u || static_cast<unsigned>(b - '0') < 10u;
}

/// unicode::is_word_char with ASCII answered here (letters and digits are the only ASCII word characters).
bool word_char(char32_t c) {
  if (c < 0x80) return is_ascii_alnum(static_cast<char>(c));
  return unicode::is_word_char(c);
}

/// A character that may appear in a URL, domain or e-mail address before its first ':' or '@'.
bool url_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '-' || c == '_' || c == '%' || c == '+';
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool starts_with_nocase(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k)
    if (ascii_lower(s[i + k]) != prefix[k]) return false;
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, Span range, uint32_t block, std::vector<Token>& out)
      : t_(text), end_(range.end), block_(block), out_(out), i_(range.begin) {}

  void run() {
    while (i_ < end_) {
      size_t n;
      char32_t c = at(i_, n);
      if (is_separator(c)) {
        i_ += n;
        continue;
      }
      size_t len = 0, elen = 0;
      if (may_be_url_or_email(i_) && ((len = match_url(i_)) || (elen = match_email(i_)))) {
        if (len)
          emit(i_, i_ + len, TokenKind::Url);
        else
          emit(i_, i_ + elen, TokenKind::Email);
      } else if (word_char(c) || (chars::is_apostrophe(c) && digit_at(i_ + n) && !word_before(i_))) {
        scan_word();
      } else if (chars::is_quote_mark(c)) {
        emit(i_, i_ + n, TokenKind::Quote);
      } else if (c == '.' && i_ + 1 < end_ && t_[i_ + 1] == '.') {
        size_t j = i_;
        while (j < end_ && t_[j] == '.') ++j;
        emit(i_, j, TokenKind::Ellipsis);
      } else if (c == 0x2026) {
        emit(i_, i_ + n, TokenKind::Ellipsis);
      } else if (is_dash(c) || is_hyphen(c)) {
        size_t j = i_ + n;
        size_t m;
        while (j < end_ && at(j, m) == c) j += m;  // "--", "——"
        emit(i_, j, TokenKind::Dash);
      } else if (c == '%' || c == '&' || c == '#' || c == '@' || c == '*' || c == 0x2030 || c == 0xB0) {
        emit(i_, i_ + n, TokenKind::Symbol);
      } else if (unicode::is_punct(c)) {
        emit(i_, i_ + n, TokenKind::Punct);
      } else if (unicode::is_symbol(c)) {
        emit(i_, absorb_sequence(i_ + n, c), TokenKind::Symbol);
      } else {
        emit(i_, absorb_sequence(i_ + n, c), TokenKind::Other);
      }
    }
  }

 private:
  std::string_view t_;
  size_t end_;
  uint32_t block_;
  std::vector<Token>& out_;
  size_t i_;

  char32_t at(size_t i, size_t& n) const {
    auto b = static_cast<unsigned char>(t_[i]);
    if (b < 0x80) {
      n = 1;
      return b;
    }
    size_t j = i;
    char32_t c = unicode::next(t_, j);
    n = j - i;
    return c;
  }
  char32_t at(size_t i) const {
    if (i >= end_) return 0;
    size_t n;
    return at(i, n);
  }
  bool digit_at(size_t i) const { return i < end_ && unicode::is_digit(at(i)); }
  bool word_before(size_t i) const { return i > 0 && word_char(before(i)); }
  /// The code point that ends at t_[i-1] (i > 0).
  char32_t before(size_t i) const {
    auto b = static_cast<unsigned char>(t_[i - 1]);
    return b < 0x80 ? b : unicode::prev(t_, i);
  }

  // Every URL (http://, https://, www., a domain) and e-mail address starts with a run of url_char that holds a
  // '.' or ends at ':' or '@'. Most tokens are plain words and fail this at once, before the matchers below scan.
  bool may_be_url_or_email(size_t i) const {
    size_t j = i;
    bool dot = false;
    while (j < end_ && url_char(t_[j])) dot |= t_[j++] == '.';
    return dot || (j < end_ && (t_[j] == ':' || t_[j] == '@'));
  }

  void emit(size_t b, size_t e, TokenKind kind) {
    Token tok;
    tok.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    tok.kind = kind;
    tok.block = block_;
    // Look back over white space for the flags.
    size_t j = b;
    if (j == 0) tok.flags |= kSpaceBefore | kNewlineBefore;
    while (j > 0) {
      char32_t p = before(j);
      if (!is_separator(p)) break;
      tok.flags |= kSpaceBefore;
      if (unicode::is_newline(p)) tok.flags |= kNewlineBefore;
      j -= p < 0x80 ? 1 : unicode::prev_length(t_, j);
      if (j == 0) tok.flags |= kNewlineBefore;
    }
    if (e >= t_.size() || is_separator(at_text(e))) tok.flags |= kSpaceAfter;
    out_.push_back(tok);
    i_ = e;
  }
  char32_t at_text(size_t i) const {
    auto b = static_cast<unsigned char>(t_[i]);
    if (b < 0x80) return b;
    size_t j = i;
    return unicode::next(t_, j);
  }

  // After an emoji or other symbol: variation selectors, skin tones, marks, ZWJ sequences, flag pairs, tags.
  size_t absorb_sequence(size_t j, char32_t first) const {
    bool regional = first >= 0x1F1E6 && first <= 0x1F1FF;
    while (j < end_) {
      size_t n;
      char32_t c = at(j, n);
      if (unicode::is_mark(c) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
          (c >= 0xE0020 && c <= 0xE007F)) {
        j += n;
      } else if (c == 0x200D && j + n < end_ && !is_separator(at(j + n))) {
        size_t m;
        at(j + n, m);
        j += n + m;
      } else if (regional && c >= 0x1F1E6 && c <= 0x1F1FF) {
        j += n;
        regional = false;
      } else {
        break;
      }
    }
    return j;
  }

  // http://..., https://..., www.x.y, or a bare domain with a known top-level domain (example.com/path).
  size_t match_url(size_t i) const {
    if (i > 0 && word_char(before(i))) return 0;
    size_t j;
    if (starts_with_nocase(t_.substr(0, end_), i, "http://")) {
      j = i + 7;
    } else if (starts_with_nocase(t_.substr(0, end_), i, "https://")) {
      j = i + 8;
    } else if (starts_with_nocase(t_.substr(0, end_), i, "www.") && i + 4 < end_ && is_ascii_alnum(t_[i + 4])) {
      j = i + 4;
    } else {
      size_t d = match_domain(i);
      if (!d) return 0;
      j = d;
      if (j >= end_ || t_[j] != '/') return j - i;
    }
    return url_tail(i, j);
  }

  // The rest of a URL from j: up to white space or a quotation mark, minus trailing punctuation.
  size_t url_tail(size_t i, size_t j) const {
    int parens = 0;
    while (j < end_) {
      size_t n;
      char32_t c = at(j, n);
      if (is_separator(c) || c == '<' || c == '>' || (chars::is_quote_mark(c) && c != '\'')) break;
      if (c == '(') ++parens;
      if (c == ')') --parens;
      j += n;
    }
    while (j > i) {
      char c = t_[j - 1];
      if (c == ')' && parens < 0) {
        ++parens;
        --j;
      } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']' ||
                 c == '}') {
        --j;
      } else {
        break;
      }
    }
    return j - i;
  }

  // label(.label)+ with the last label a known top-level domain; returns the end or 0.
  size_t match_domain(size_t i) const {
    size_t j = i, labels = 0, last_begin = i, first_len = 0;
    while (true) {
      size_t b = j;
      while (j < end_ && (is_ascii_alnum(t_[j]) || (t_[j] == '-' && j > b))) ++j;
      if (j == b) return 0;
      if (labels == 0) first_len = j - b;
      ++labels;
      last_begin = b;
      if (j + 1 < end_ && t_[j] == '.' && is_ascii_alnum(t_[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    if (labels < 2 || first_len < 2) return 0;
    if (j < end_ && (word_char(at(j)) || t_[j] == '@')) return 0;
    std::string tld;
    for (size_t k = last_begin; k < j; ++k) tld.push_back(ascii_lower(t_[k]));
    if (!table_find(kTlds, tld)) return 0;
    return j;
  }

  size_t match_email(size_t i) const {
    size_t j = i;
    while (j < end_ &&
           (is_ascii_alnum(t_[j]) || t_[j] == '.' || t_[j] == '_' || t_[j] == '%' || t_[j] == '+' || t_[j] == '-'))
      ++j;
    if (j == i || j >= end_ || t_[j] != '@' || t_[i] == '.') return 0;
    size_t d = j + 1, k = d, dots = 0;
    while (k < end_ &&
           (is_ascii_alnum(t_[k]) || t_[k] == '-' || (t_[k] == '.' && k + 1 < end_ && is_ascii_alnum(t_[k + 1])))) {
      if (t_[k] == '.') ++dots;
      ++k;
    }
    if (dots == 0 || k - d < 3) return 0;
    return k - i;
  }

  // Length in bytes of the word-character run at j (letters, marks, digits; ZWJ/ZWNJ/soft hyphen inside).
  size_t run_length(size_t j) const {
    size_t start = j;
    while (j < end_) {
      auto b = static_cast<unsigned char>(t_[j]);
      if (b < 0x80) {  // ASCII (most of news): letters and digits go on, anything else ends the run
        if (!is_ascii_alnum(static_cast<char>(b))) break;
        ++j;
        continue;
      }
      size_t n;
      char32_t c = at(j, n);
      if (word_char(c)) {
        j += n;
      } else if ((c == 0x200D || c == 0x200C || c == 0xAD) && j > start && j + n < end_ && word_char(at(j + n))) {
        j += n;
      } else {
        break;
      }
    }
    return j - start;
  }

  size_t letter_run(size_t j) const {
    size_t start = j;
    while (j < end_) {
      size_t n;
      char32_t c = at(j, n);
      if (!unicode::is_letter(c) && !unicode::is_mark(c)) break;
      j += n;
    }
    return j - start;
  }

  static size_t code_points(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  void scan_word() {
    size_t start = i_;
    size_t j = i_;
    size_t n;
    if (chars::is_apostrophe(at(j, n))) j += n;  // ’90s
    size_t segment = j;                          // start of the current dot-separated segment
    bool dotted = false;                         // an inner dot joined letters (U.S, e.g, Ph.D)
    while (true) {
      j += run_length(j);
      if (j >= end_) break;
      char32_t c = at(j, n);
      char32_t before = this->before(j);
      char32_t after = at(j + n);
      if (is_hyphen(c) && word_char(after)) {
        j += n;
        if (j - n == start + 1) segment = j;  // "R-N.Y.": a party's letter, then a dotted state
        continue;
      }
      if (c == '.' && word_char(after)) {
        if (unicode::is_digit(before) && unicode::is_digit(after)) {
          j += n;
          continue;
        }
        size_t seg_cp = code_points(t_.substr(segment, j - segment));
        size_t next_len = letter_run(j + n);
        size_t next_cp = code_points(t_.substr(j + n, next_len));
        if (seg_cp <= 2 && next_cp >= 1 && next_cp <= 2 && unicode::is_letter(before) &&
            !word_char(at(j + n + next_len))) {
          j += n;
          segment = j;
          dotted = true;
          continue;
        }
        break;
      }
      if (c == ',' && unicode::is_digit(before) && unicode::is_digit(after)) {
        size_t k = j + 1, digits = 0;
        while (k < end_ && t_[k] >= '0' && t_[k] <= '9') ++k, ++digits;
        if (digits == 3) {
          j += n;
          continue;
        }
        break;
      }
      if ((c == ':' || c == '/') && unicode::is_digit(before) && unicode::is_digit(after)) {
        j += n;
        continue;
      }
      if (c == '&' && unicode::is_upper(before) && unicode::is_upper(after)) {
        j += n;
        continue;
      }
      if (chars::is_apostrophe(c) && unicode::is_letter(after)) {
        size_t seg_len = letter_run(j + n);
        std::string seg = unicode::lowercase(t_.substr(j + n, seg_len));
        auto clitic = table_find(kClitics, seg);
        bool ends = !word_char(at(j + n + seg_len));
        if (clitic && ends && *clitic == CliticKind::Negation) {
          char32_t nch = before;
          if ((nch == 'n' || nch == 'N') && j - 1 > start) {
            emit(start, j - 1, kind_of(start));
            emit(j - 1, j + n + seg_len, TokenKind::Clitic);
            return;
          }
        } else if (clitic && ends) {
          emit(start, j, kind_of(start));
          emit(j, j + n + seg_len, TokenKind::Clitic);
          return;
        }
        if (!clitic || !ends) {
          j += n;  // O'Brien, rock'n'roll, Qur'an
          continue;
        }
      }
      break;
    }
    // A final period that belongs to the word: dotted acronyms, initials, listed abbreviations.
    if (j < end_ && t_[j] == '.' && !(j + 1 < end_ && t_[j + 1] == '.')) {
      std::string_view word = t_.substr(start, j - start);
      bool take = false;
      if (dotted) {
        take = true;
      } else if (code_points(word) == 1 && unicode::is_letter(at(start))) {
        // An initial ("J. R. R. Tolkien") comes before more of the name, or ends a run of initials ("the U. K."): a
        // capital letter alone at a line's or the text's end, or before a lowercase word, ends the sentence ("Paxton
        // wrote on X.", "Malcolm X.").
        take = unicode::is_upper(at(start)) &&
               (capital_follows(j + 1) || initial_before(start) || number_follows(j + 1));  // "E. 52nd St."
        // A case's "v." between its parties ("Hale v. Dorring"): after a capitalised word, before one.
        take = take || (t_[start] == 'v' && start >= 2 && t_[start - 1] == ' ' &&
                        unicode::is_upper(before_word(start)) && capital_follows(j + 1));
        take = take || letter_before_number(start, j);  // "(c. 1818 – 1880)"
      } else if (auto cls = find_abbreviation(unicode::lowercase(word))) {
        take = *cls != AbbrevClass::StateName && (*cls != AbbrevClass::BeforeNumber || number_follows(j + 1));
        // A capitalised title or month only: "Gen." yes, "gen." (a word at a sentence end) no.
        if (*cls == AbbrevClass::Title || *cls == AbbrevClass::Month || *cls == AbbrevClass::State ||
            *cls == AbbrevClass::Weekday)
          take = take && unicode::is_upper(at(start));
      } else if (size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos && hyphen + 1 < word.size()) {
        // A party and a state: "Sen. Amy Klobuchar (D-Minn.)": the period is the state's.
        auto cls = find_abbreviation(unicode::lowercase(word.substr(hyphen + 1)));
        take = cls && *cls == AbbrevClass::State && unicode::is_upper(at(start + hyphen + 1));
        // "(D-W. Va.)": a party's letter, then the initial of a two-word state written with a space.
        take = take || (word.size() == 3 && hyphen == 1 && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') &&
                        word[2] >= 'A' && word[2] <= 'Z');
      }
      if (take) {
        emit(start, j + 1, TokenKind::Abbrev);
        return;
      }
    }
    emit(start, j, kind_of(start));
  }

  /// Whether the lowercase letter at `start` (its period at `j`) is a listed abbreviation taken only before a number,
  /// inside a line and before one: "c." (circa) in "(c. 1818 – 1880)", not a list's "c." at a line's start.
  bool letter_before_number(size_t start, size_t j) const {
    if (start == 0 || (t_[start - 1] != ' ' && t_[start - 1] != '(') || !unicode::is_lower(at(start))) return false;
    auto cls = find_abbreviation(t_.substr(start, j - start));
    return cls && *cls == AbbrevClass::BeforeNumber && number_follows(j + 1);
  }

  /// Whether an initial, a capital letter and a period, ends right before the space at `start - 1` ("U. K.").
  bool initial_before(size_t start) const {
    if (start < 4 || t_[start - 1] != ' ' || t_[start - 2] != '.') return false;
    char c = t_[start - 3];
    return c >= 'A' && c <= 'Z' && (start == 4 ? true : t_[start - 4] == ' ' || t_[start - 4] == '.');
  }

  /// Whether a capitalised word follows after spaces from j.
  bool capital_follows(size_t j) const {
    size_t k = j;
    while (k < end_ && (t_[k] == ' ' || t_[k] == '\t')) ++k;
    return k > j && k < end_ && unicode::is_upper(at(k));
  }

  /// The first code point of the word that ends before the space at `start - 1` (0 if none).
  char32_t before_word(size_t start) const {
    size_t k = start - 1;  // the space
    while (k > 0 && t_[k - 1] != ' ' && t_[k - 1] != '\t' && t_[k - 1] != '\n' && start - k < 64) --k;
    return k < start - 1 ? at(k) : 0;
  }

  bool number_follows(size_t j) const {
    while (j < end_ && (t_[j] == ' ' || t_[j] == '\t')) ++j;
    return j < end_ && t_[j] >= '0' && t_[j] <= '9';
  }

  TokenKind kind_of(size_t start) const {
    size_t n;
    char32_t c = at(start, n);
    if (chars::is_apostrophe(c)) c = at(start + n);
    return unicode::is_digit(c) ? TokenKind::Number : TokenKind::Word;
  }
};

}  // namespace

bool is_party_designation(std::string_view token) {
  // "D-Minn.", "R-Texas", "I-Vt.", "D-N.Y.", "R-W.Va.": a party's letter, a hyphen and a US state as AP style
  // writes it after a lawmaker's name.
  if (token.size() < 4 || (token[0] != 'D' && token[0] != 'R' && token[0] != 'I') || token[1] != '-') return false;
  std::string_view state = token.substr(2);
  if (state[0] < 'A' || state[0] > 'Z') return false;
  if (state.back() != '.') {
    auto cls = find_abbreviation(unicode::lowercase(state));
    return cls && *cls == AbbrevClass::StateName;
  }
  state.remove_suffix(1);
  if (state.size() == 1) return true;  // "D-W. Va.": the initial of a two-word state written with a space
  if (auto cls = find_abbreviation(unicode::lowercase(state))) return *cls == AbbrevClass::State;
  // Dotted postal forms: "N.Y.", "S.C.", "W.Va.": segments of one to two letters, the first capitalised.
  size_t segments = 0;
  for (size_t b = 0; b <= state.size();) {
    size_t e = state.find('.', b);
    if (e == std::string_view::npos) e = state.size();
    if (e == b || e - b > 2 || state[b] < 'A' || state[b] > 'Z') return false;
    for (size_t k = b + 1; k < e; ++k)
      if (state[k] < 'a' || state[k] > 'z') return false;
    ++segments;
    b = e + 1;
  }
  return segments == 2;
}

std::optional<AbbrevClass> find_abbreviation(std::string_view lowercase_word) {
  return table_find(kAbbreviations, lowercase_word);
}

void tokenize(std::string_view text, Span range, uint32_t block, std::vector<Token>& out) {
  Tokenizer(text, range, block, out).run();
}

void tokenize(Document& doc) {
  doc.tokens.clear();
  doc.tokens.reserve(doc.text.size() / 5 + 16);
  for (uint32_t b = 0; b < doc.article.blocks.size(); ++b) {
    const Block& block = doc.article.blocks[b];
    if (block.kind == BlockKind::Boilerplate) continue;
    tokenize(doc.text, block.span, b, doc.tokens);
  }
  // The vector grew by doubling past its first guess on dense text (up to twice the room it needs, 16 bytes a
  // token); it stays for the whole analysis, so it gives back what it does not use.
  if (doc.tokens.capacity() - doc.tokens.size() > doc.tokens.size() / 8) doc.tokens.shrink_to_fit();
}

}  // namespace aa
