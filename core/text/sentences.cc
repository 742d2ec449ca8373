#include "text/sentences.h"

#include "data/tables.h"
#include "text/chars.h"
#include "text/tokenizer.h"
#include "text/unicode.h"

namespace aa {
namespace {

enum class StarterKind : uint8_t { Starter };
#include "sentence_starters.inc"  // kSentenceStarters

bool is_closing(std::string_view s) {
  return s == "\xE2\x80\x9D" /* ” */ || s == "\xE2\x80\x99" /* ’ */ || s == "\xC2\xBB" /* » */ ||
         s == "\xE2\x80\xBA" /* › */ || s == ")" || s == "]" || s == "}" || s == "\"" || s == "'";
}

bool is_opening(std::string_view s) {
  return s == "\xE2\x80\x9C" /* “ */ || s == "\xE2\x80\x98" /* ‘ */ || s == "\xC2\xAB" /* « */ ||
         s == "\xE2\x80\x9E" /* „ */ || s == "(" || s == "[" || s == "\"" || s == "'";
}

bool is_terminal(const Token& t, std::string_view s) {
  if (t.kind == TokenKind::Ellipsis) return true;
  if (t.kind != TokenKind::Punct) return false;
  return s == "." || s == "!" || s == "?" || s == "\xEF\xBC\x81" || s == "\xEF\xBC\x9F" || s == "\xE3\x80\x82" ||
         s == "\xE2\x80\xBD";  // ！ ？ 。 ‽
}

class Splitter {
 public:
  explicit Splitter(Document& doc) : doc_(doc) {}

  void run() {
    auto& toks = doc_.tokens;
    doc_.sentences.clear();
    size_t begin = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      bool block_end = i + 1 == toks.size() || toks[i + 1].block != toks[i].block;
      if (block_end) {
        close(begin, i + 1);
        begin = i + 1;
        continue;
      }
      size_t end = boundary_after(i);
      if (end) {
        close(begin, end);
        begin = end;
        i = end - 1;
      }
    }
  }

 private:
  Document& doc_;

  std::string_view text(size_t i) const { return doc_.view(doc_.tokens[i].span); }

  void close(size_t first, size_t last) {
    if (first >= last) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.last_token = static_cast<uint32_t>(last);
    s.span = {doc_.tokens[first].span.begin, doc_.tokens[last - 1].span.end};
    s.block = doc_.tokens[first].block;
    doc_.sentences.push_back(s);
  }

  // If a sentence ends with token i (plus closers), returns the index one past its last token; else 0.
  size_t boundary_after(size_t i) const {
    const auto& toks = doc_.tokens;
    const Token& t = toks[i];
    std::string_view s = text(i);
    bool abbrev = t.kind == TokenKind::Abbrev;
    if (!is_terminal(t, s) && !abbrev) return 0;
    // Take further terminals and closing quotes/brackets glued to it: ?!  .”  .)  ."
    size_t j = i + 1;
    while (j < toks.size() && toks[j].block == t.block && !(toks[j].flags & kSpaceBefore)) {
      std::string_view u = text(j);
      if (is_terminal(toks[j], u) || is_closing(u)) {
        ++j;
      } else {
        break;
      }
    }
    if (j >= toks.size() || toks[j].block != t.block) return j;  // the block ends anyway
    const Token& next = toks[j];
    if (!(next.flags & kSpaceBefore)) return 0;  // "3.2", "end.Next" glued: not a boundary
    if (abbrev && j == i + 1) return abbreviation_boundary(i, j) ? j : 0;
    if (next.flags & kNewlineBefore) return j;  // a line break after final punctuation
    return can_start(j) ? j : 0;
  }

  // Can token j open a sentence? A capital, a digit, or an opening quote/bracket before one.
  bool can_start(size_t j) const {
    const auto& toks = doc_.tokens;
    std::string_view u = text(j);
    char32_t c = chars::first_cp(u);
    if (unicode::is_upper(c) || unicode::is_digit(c)) return true;
    if (toks[j].kind == TokenKind::Quote || is_opening(u) || toks[j].kind == TokenKind::Dash) {
      if (j + 1 >= toks.size()) return true;
      char32_t d = chars::first_cp(text(j + 1));
      return unicode::is_upper(d) || unicode::is_digit(d) || toks[j + 1].kind == TokenKind::Quote;
    }
    // Letters with no case (CJK, Arabic): treat as a possible start.
    return unicode::is_letter(c) && !unicode::is_lower(c);
  }

  bool abbreviation_boundary(size_t i, size_t j) const {
    std::string_view a = text(i);
    std::string_view word = a.substr(0, a.size() - 1);  // without the period
    std::string lower = unicode::lowercase(word);
    auto cls = find_abbreviation(lower);
    if (cls && *cls == AbbrevClass::Title) return false;
    std::string_view u = text(j);
    char32_t c = chars::first_cp(u);
    if (cls && *cls == AbbrevClass::Month && unicode::is_digit(c)) return false;  // Jan. 25
    if (doc_.tokens[j].kind == TokenKind::Quote) return can_start(j);             // U.S. “We ...
    if (!unicode::is_upper(c)) return false;
    // A capitalised common opener starts a new sentence: "... in the U.S. The talks"; a name does not:
    // "U.S. President", "J. R. R. Tolkien".
    return table_find(kSentenceStarters, unicode::lowercase(u)).has_value();
  }
};

}  // namespace

void split_sentences(Document& doc) {
  Splitter(doc).run();
}

}  // namespace aa
