#include "quotes/marks.h"

#include <array>
#include <string>

#include "quotes/lexicon.h"
#include "text/unicode.h"

namespace aa::quotes {
namespace {

constexpr size_t kMaxWarnings = 100;

// How a glyph behaves before its context is known.
enum class Glyph : uint8_t {
  StraightDouble,    // " ＂
  LeftDouble,        // “
  RightDouble,       // ”
  LowDouble,         // „ ‟
  StraightSingle,    // '
  LeftSingle,        // ‘
  RightSingle,       // ’
  LowSingle,         // ‚ ‛ `
  Guillemet,         // « »
  SingleGuillemet,   // ‹ ›
  CornerOpen,        // 「
  CornerClose,       // 」
  WhiteCornerOpen,   // 『
  WhiteCornerClose,  // 』
  Other,
};

Glyph glyph_of(char32_t c) {
  switch (c) {
    case '"':
    case 0xFF02: return Glyph::StraightDouble;
    case 0x201C: return Glyph::LeftDouble;
    case 0x201D: return Glyph::RightDouble;
    case 0x201E:
    case 0x201F: return Glyph::LowDouble;
    case '\'': return Glyph::StraightSingle;
    case 0x2018: return Glyph::LeftSingle;
    case 0x2019: return Glyph::RightSingle;
    case 0x201A:
    case 0x201B:
    case '`': return Glyph::LowSingle;
    case 0x00AB:
    case 0x00BB: return Glyph::Guillemet;
    case 0x2039:
    case 0x203A: return Glyph::SingleGuillemet;
    case 0x300C: return Glyph::CornerOpen;
    case 0x300D: return Glyph::CornerClose;
    case 0x300E: return Glyph::WhiteCornerOpen;
    case 0x300F: return Glyph::WhiteCornerClose;
    default: return Glyph::Other;
  }
}

MarkFamily family_of(Glyph g) {
  switch (g) {
    case Glyph::StraightDouble:
    case Glyph::LeftDouble:
    case Glyph::RightDouble:
    case Glyph::LowDouble: return MarkFamily::Double;
    case Glyph::Guillemet: return MarkFamily::Guillemet;
    case Glyph::SingleGuillemet: return MarkFamily::SingleGuillemet;
    case Glyph::CornerOpen:
    case Glyph::CornerClose: return MarkFamily::Corner;
    case Glyph::WhiteCornerOpen:
    case Glyph::WhiteCornerClose: return MarkFamily::WhiteCorner;
    default: return MarkFamily::Single;
  }
}

bool is_opening_punct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 || c == '-' || c == '/' ||
         glyph_of(c) != Glyph::Other;
}

bool is_closing_punct(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == 0x2026 || c == 0x2014 || c == 0x2013 || c == '-' || c == '/' || glyph_of(c) != Glyph::Other;
}

class Pairer {
 public:
  explicit Pairer(const Document& doc) : doc_(doc), toks_(doc.tokens) {
    out_.roles.assign(toks_.size(), MarkRole::None);
    innermost_.fill(-1);
  }

  MarkPairing run() {
    // Later single closers per block, for telling a plural possessive (students’ union) from a closing mark.
    later_single_closers_.assign(toks_.size() + 1, 0);
    for (size_t i = toks_.size(); i-- > 0;) {
      bool same_block = i + 1 < toks_.size() && toks_[i + 1].block == toks_[i].block;
      later_single_closers_[i] = same_block ? later_single_closers_[i + 1] : 0;
      if (i + 1 < toks_.size() && same_block && is_single_closer_candidate(i + 1)) ++later_single_closers_[i];
    }
    size_t i = 0;
    while (i < toks_.size()) {
      size_t end = i;
      while (end < toks_.size() && toks_[end].block == toks_[i].block) ++end;
      run_block(i, end);
      i = end;
    }
    if (dropped_warnings_ > 0) {
      out_.warnings.push_back(
          {"unbalanced-quote",
           {0, 0},
           std::to_string(dropped_warnings_) + " more unbalanced quotation marks (not listed one by one)"});
    }
    return std::move(out_);
  }

 private:
  struct Open {
    uint32_t tok;
    MarkFamily family;
    char32_t glyph;
    bool multi_block;
    int32_t outer_of_family;  // index in stack_ of the next open mark of the same family, or -1
  };

  const Document& doc_;
  const std::vector<Token>& toks_;
  MarkPairing out_;
  std::vector<Open> stack_;
  std::array<uint32_t, kMarkFamilies> open_count_{};
  // Index in stack_ of the innermost open mark of each family (-1: none), so that finding it does not walk the
  // stack: with many openers of one family left open, walking made pairing the others quadratic.
  std::array<int32_t, kMarkFamilies> innermost_{};
  std::vector<uint32_t> later_single_closers_;
  size_t dropped_warnings_ = 0;

  char32_t glyph_cp(size_t t) const {
    size_t k = toks_[t].span.begin;
    return unicode::next(doc_.text, k);
  }
  // The character just before / after the token, or 0 at the edge of its block.
  char32_t char_before(size_t t) const {
    uint32_t b = toks_[t].span.begin;
    if (b == 0 || b <= doc_.article.blocks[toks_[t].block].span.begin) return 0;
    return unicode::prev(doc_.text, b);
  }
  char32_t char_after(size_t t) const {
    uint32_t e = toks_[t].span.end;
    if (e >= doc_.text.size() || e >= doc_.article.blocks[toks_[t].block].span.end) return 0;
    size_t k = e;
    return unicode::next(doc_.text, k);
  }
  // Is token t a comma or a sentence's end ("," "." "!" "?")?
  bool sentence_punct(size_t t) const {
    if (toks_[t].kind != TokenKind::Punct) return false;
    std::string_view p = doc_.view(toks_[t].span);
    return p == "," || p == "." || p == "!" || p == "?";
  }
  // A “ after a comma or a sentence's end, with a space before it, that closes a quotation open with `open`:
  // “We will, “ he said. When the quotation opened with a straight mark, the styles are mixed and the “ closes
  // even glued to the next word ("We will, “he said), as news feeds converted mark by mark write it.
  bool wrong_facing_closer(size_t t, char32_t open) const {
    if (glyph_of(glyph_cp(t)) != Glyph::LeftDouble || block_start(t) || !space_before(t) || !after_sentence_punct(t))
      return false;
    return !left_flanking(t) || glyph_of(open) == Glyph::StraightDouble || cue_follows(t);
  }
  // Does a comma or a sentence's end come right before token t, or before a single mark that closes there ("He
  // said, 'Thank you. ' “ closes the outer quotation too)? Read from the tokens alone: continues_unmarked() asks
  // before the marks between are paired.
  bool after_sentence_punct(size_t t) const {
    if (sentence_punct(t - 1)) return true;
    if (t < 2 || toks_[t - 1].block != toks_[t].block || toks_[t - 1].kind != TokenKind::Quote) return false;
    Glyph g = glyph_of(glyph_cp(t - 1));
    return (g == Glyph::StraightSingle || g == Glyph::RightSingle) && sentence_punct(t - 2);
  }
  // A straight single mark with a space on both sides (or the block's end after it), right after a comma or a
  // sentence's end: 'We heard a crash, ' he said. No apostrophe stands apart from its word and no opening mark
  // before a space, so it closes the quotation open (a feed that spaces out every mark writes it so).
  bool detached_closer(size_t t) const {
    return !block_start(t) && space_before(t) && space_after(t) && sentence_punct(t - 1);
  }
  // “We will, “Price said: a speech verb within the next three words of the block, so the mark ends a quotation
  // rather than opening one inside it.
  bool cue_follows(size_t t) const {
    for (size_t k = t + 1; k < toks_.size() && k <= t + 3 && toks_[k].block == toks_[t].block; ++k) {
      if (toks_[k].kind == TokenKind::Punct || toks_[k].kind == TokenKind::Quote) return false;
      auto cue = find_cue_word(unicode::lowercase(doc_.view(toks_[k].span)));
      if (cue && (*cue == CueWord::Say || *cue == CueWord::Report || *cue == CueWord::Utter)) return true;
    }
    return false;
  }
  bool block_start(size_t t) const { return t == 0 || toks_[t - 1].block != toks_[t].block; }
  bool block_end(size_t t) const { return t + 1 >= toks_.size() || toks_[t + 1].block != toks_[t].block; }
  bool space_before(size_t t) const { return block_start(t) || (toks_[t].flags & kSpaceBefore); }
  bool space_after(size_t t) const { return block_end(t) || (toks_[t].flags & kSpaceAfter); }

  // Flanking as CommonMark defines it, with quotation marks and brackets counting as punctuation.
  bool left_flanking(size_t t) const {
    if (space_after(t)) return false;
    return space_before(t) || is_opening_punct(char_before(t));
  }
  bool right_flanking(size_t t) const {
    if (space_before(t)) return false;
    return space_after(t) || is_closing_punct(char_after(t));
  }

  bool is_single_closer_candidate(size_t t) const {
    if (toks_[t].kind != TokenKind::Quote) return false;
    Glyph g = glyph_of(glyph_cp(t));
    return (g == Glyph::RightSingle || g == Glyph::StraightSingle) && !space_before(t);
  }

  std::string lower_token(size_t t) const { return unicode::lowercase(doc_.view(toks_[t].span)); }

  // ’em, ’til, rock ’n’ roll, ‘90s: a mark glued to the start of a shortened word.
  bool elision_follows(size_t t) const {
    if (block_end(t) || space_after(t)) return false;
    const Token& next = toks_[t + 1];
    if (next.kind == TokenKind::Number) return true;
    if (next.kind != TokenKind::Word) return false;
    auto w = find_quote_word(lower_token(t + 1));
    return w && *w == QuoteWord::Elision;
  }
  // The n of rock ’n’ roll closing: a mark right after a lone "n" that an apostrophe opened.
  bool closes_elision(size_t t) const {
    if (t < 2 || space_before(t) || toks_[t - 1].kind != TokenKind::Word) return false;
    auto w = find_quote_word(lower_token(t - 1));
    return w && *w == QuoteWord::Elision && out_.roles[t - 2] == MarkRole::Apostrophe;
  }

  // A right single mark after a word in s (or -in’) followed by a lowercase word, while a later closer exists:
  // "the students’ union", "goin’ home".
  bool possessive_apostrophe(size_t t) const {
    if (space_before(t) || !space_after(t) || block_end(t)) return false;
    if (later_single_closers_[t] == 0) return false;
    char32_t before = unicode::to_lower(char_before(t));
    bool s_word = before == 's' || before == 'n';
    size_t k = toks_[t + 1].span.begin;
    char32_t next = unicode::next(doc_.text, k);
    return s_word && (unicode::is_lower(next) || unicode::is_digit(next));
  }

  void warn(size_t t, const std::string& message) {
    if (out_.warnings.size() >= kMaxWarnings) {
      ++dropped_warnings_;
      return;
    }
    out_.warnings.push_back({"unbalanced-quote", toks_[t].span, message});
  }

  std::string glyph_text(size_t t) const { return std::string(doc_.view(toks_[t].span)); }

  void push(size_t t, MarkFamily f, char32_t g, bool multi = false) {
    push_open({static_cast<uint32_t>(t), f, g, multi, -1});
    out_.roles[t] = MarkRole::Open;
  }
  void push_open(Open o) {
    int fi = static_cast<int>(o.family);
    o.outer_of_family = innermost_[fi];
    innermost_[fi] = static_cast<int32_t>(stack_.size());
    stack_.push_back(o);
    ++open_count_[fi];
  }
  Open pop_open() {
    Open o = stack_.back();
    stack_.pop_back();
    int fi = static_cast<int>(o.family);
    --open_count_[fi];
    innermost_[fi] = o.outer_of_family;
    return o;
  }
  void clear_open() {
    stack_.clear();
    open_count_.fill(0);
    innermost_.fill(-1);
  }

  // An opening mark that is never closed.
  void abandon(const Open& o) {
    Glyph g = glyph_of(o.glyph);
    if (g == Glyph::StraightSingle || g == Glyph::RightSingle) {
      out_.roles[o.tok] = MarkRole::Apostrophe;  // '90, 'cause and the like: no warning
      return;
    }
    out_.roles[o.tok] = MarkRole::Unbalanced;
    warn(o.tok, "opening quotation mark " + glyph_text(o.tok) + " is never closed");
  }

  void close(size_t t, MarkFamily f) {
    while (!stack_.empty()) {
      Open o = pop_open();
      if (o.family == f) {
        out_.roles[t] = MarkRole::Close;
        if (stack_.empty()) out_.quotes.push_back({o.tok, static_cast<uint32_t>(t), f, o.multi_block});
        return;
      }
      abandon(o);
    }
  }

  bool is_open(MarkFamily f) const { return open_count_[static_cast<int>(f)] > 0; }
  char32_t innermost_glyph(MarkFamily f) const {
    int32_t k = innermost_[static_cast<int>(f)];
    return k < 0 ? 0 : stack_[static_cast<size_t>(k)].glyph;
  }

  void stray_closer(size_t t) {
    out_.roles[t] = MarkRole::Unbalanced;
    warn(t, "closing quotation mark " + glyph_text(t) + " has no opening mark");
  }

  void mark(size_t t) {
    char32_t c = glyph_cp(t);
    Glyph g = glyph_of(c);
    if (g == Glyph::Other) return;
    MarkFamily f = family_of(g);
    bool lf = left_flanking(t), rf = right_flanking(t);
    char32_t before = char_before(t), after = char_after(t);
    switch (g) {
      case Glyph::StraightDouble: {
        if (unicode::is_digit(before) && !space_before(t)) {
          // 5'10" (after a prime) or 12" with no quotation open: an inch mark.
          bool after_prime = t >= 2 && out_.roles[t - 2] == MarkRole::Prime;
          if (after_prime || !is_open(f)) {
            out_.roles[t] = MarkRole::Prime;
            return;
          }
        }
        if (lf && !rf) {
          push(t, f, c);
        } else if (rf && !lf) {
          if (is_open(f))
            close(t, f);
          else
            stray_closer(t);
        } else if (is_open(f)) {
          close(t, f);
        } else {
          push(t, f, c);
        }
        return;
      }
      case Glyph::LeftDouble:
        if (is_open(f) && rf && !lf)
          close(t, f);  // „German“
        else if (is_open(f) && wrong_facing_closer(t, innermost_glyph(f)))
          close(t, f);  // “We will, “ he said: a closer typed with the opening mark
        else
          push(t, f, c);
        return;
      case Glyph::RightDouble:
        if (is_open(f))
          close(t, f);
        else if (lf && !rf)
          push(t, f, c);  // ”Swedish” style
        else
          stray_closer(t);
        return;
      case Glyph::LowDouble: push(t, f, c); return;
      case Glyph::StraightSingle: {
        if (unicode::is_digit(before) && !space_before(t) && (unicode::is_digit(after) || !is_open(f))) {
          out_.roles[t] = MarkRole::Prime;  // 5'10, 6' tall
          return;
        }
        if (closes_elision(t)) {
          out_.roles[t] = MarkRole::Apostrophe;
          return;
        }
        if (lf && !rf) {
          if (elision_follows(t))
            out_.roles[t] = MarkRole::Apostrophe;
          else
            push(t, f, c);
        } else if (rf && !lf) {
          if (is_open(f) && !possessive_apostrophe(t))
            close(t, f);
          else
            out_.roles[t] = MarkRole::Apostrophe;
        } else if (is_open(f) && detached_closer(t)) {
          close(t, f);  // 'We heard a crash, ' he said.
        } else {
          out_.roles[t] = MarkRole::Apostrophe;
        }
        return;
      }
      case Glyph::LeftSingle:
        if (is_open(f) && rf && !lf) {
          close(t, f);  // ‚German‘
        } else if (elision_follows(t)) {
          out_.roles[t] = MarkRole::Apostrophe;  // ‘90s, ‘em typed with the wrong mark
        } else {
          push(t, f, c);
        }
        return;
      case Glyph::RightSingle:
        if (closes_elision(t)) {
          out_.roles[t] = MarkRole::Apostrophe;
        } else if (is_open(f) && !lf && !possessive_apostrophe(t)) {
          close(t, f);
        } else {
          out_.roles[t] = MarkRole::Apostrophe;
        }
        return;
      case Glyph::LowSingle: push(t, f, c); return;
      case Glyph::Guillemet:
      case Glyph::SingleGuillemet: {
        // «French» and »German«: whichever opened, its mirror closes.
        char32_t inner = innermost_glyph(f);
        if (inner != 0 && inner != c)
          close(t, f);
        else
          push(t, f, c);
        return;
      }
      case Glyph::CornerOpen:
      case Glyph::WhiteCornerOpen: push(t, f, c); return;
      case Glyph::CornerClose:
      case Glyph::WhiteCornerClose:
        if (is_open(f))
          close(t, f);
        else
          stray_closer(t);
        return;
      case Glyph::Other: return;
    }
  }

  // Does the block that starts at token `t` continue the open quotation `o` of the block before it?
  bool continues(const Open& o, size_t t) const {
    if (t >= toks_.size() || toks_[t].kind != TokenKind::Quote) return false;
    const Block& prev = doc_.article.blocks[toks_[o.tok].block];
    const Block& next = doc_.article.blocks[toks_[t].block];
    if (prev.kind != BlockKind::Paragraph && prev.kind != BlockKind::BlockQuote) return false;
    if (next.kind != prev.kind) return false;
    char32_t c = glyph_cp(t);
    Glyph g = glyph_of(c);
    if (g == Glyph::Other || family_of(g) != o.family) return false;
    switch (g) {
      case Glyph::RightSingle:
      case Glyph::CornerClose:
      case Glyph::WhiteCornerClose: return false;
      case Glyph::RightDouble: return o.glyph == c;  // ”Swedish” style reopens with ”
      case Glyph::Guillemet:
      case Glyph::SingleGuillemet: return o.glyph == c;
      default: return left_flanking(t);
    }
  }

  static constexpr int kUnmarkedBlocks = 5;
  // Does the block that starts at token `t` continue the open quotation `o` of the block before it without
  // reopening it (a text broken into one paragraph per sentence): its first mark of o's family closes?
  bool continues_unmarked(const Open& o, size_t t) const {
    if (t >= toks_.size()) return false;
    // A paragraph that opens with a mark of the family reopens the quotation (continues()); one that opens with
    // a nested mark of another family ('You'll be sorry.') may still be inside it.
    if (toks_[t].kind == TokenKind::Quote && family_of(glyph_of(glyph_cp(t))) == o.family) return false;
    if (doc_.article.blocks[toks_[o.tok].block].kind != BlockKind::Paragraph) return false;
    // Up to kUnmarkedBlocks paragraphs with no mark of the family may come before the one that closes.
    size_t k = t;
    for (int blocks = 0; blocks < kUnmarkedBlocks && k < toks_.size(); ++blocks) {
      uint32_t b = toks_[k].block;
      if (doc_.article.blocks[b].kind != BlockKind::Paragraph) return false;
      for (; k < toks_.size() && toks_[k].block == b; ++k) {
        if (toks_[k].kind != TokenKind::Quote) continue;
        Glyph g = glyph_of(glyph_cp(k));
        if (g == Glyph::Other || family_of(g) != o.family) continue;
        // A later paragraph that reopens the quotation (“A. ¶ B. ¶ “C.” — one quote in paragraphs per sentence).
        if (k != t && block_start(k)) return continues(o, k);
        if (wrong_facing_closer(k, o.glyph)) return true;
        if (g == Glyph::StraightSingle && detached_closer(k)) return true;  // 'A. ¶ B. ' he said.
        if (g != Glyph::RightDouble && g != Glyph::StraightDouble) return false;
        return right_flanking(k) && !left_flanking(k);
      }
    }
    return false;
  }

  void run_block(size_t begin, size_t end) {
    size_t t = begin;
    // A quotation carried over from the previous block reopens here.
    if (!stack_.empty()) {
      Open bottom = stack_.front();
      for (size_t k = 1; k < stack_.size(); ++k) abandon(stack_[k]);
      clear_open();
      if (continues(bottom, begin)) {
        bottom.multi_block = true;
        push_open(bottom);
        out_.roles[begin] = MarkRole::Reopen;
        t = begin + 1;
      } else if (continues_unmarked(bottom, begin)) {
        bottom.multi_block = true;
        push_open(bottom);  // also its family's innermost mark, which a wrong-facing closer checks
      } else {
        abandon(bottom);
      }
    }
    for (; t < end; ++t)
      if (toks_[t].kind == TokenKind::Quote) mark(t);
    if (stack_.empty()) return;
    // Open at the end of the block: the outermost may continue in the next block; the rest are unbalanced.
    if (end < toks_.size() && (continues(stack_.front(), end) || continues_unmarked(stack_.front(), end)))
      return;  // kept for the next block
    for (const Open& o : stack_) abandon(o);
    clear_open();
  }
};

}  // namespace

bool has_mark_family(char32_t c) {
  return glyph_of(c) != Glyph::Other;
}

MarkPairing pair_quote_marks(const Document& doc) {
  return Pairer(doc).run();
}

}  // namespace aa::quotes
