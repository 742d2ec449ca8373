// What the quotation patterns know about each token: its word class in the quote lexicon, its case, the
// entity and sentence it belongs to, whether it is inside a quotation, and runs of capitalised words that may
// be names when the entity stage found none there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "quotes/lexicon.h"
#include "quotes/marks.h"
#include "quotes/quotes.h"

namespace aa::quotes {

struct TokenInfo {
  std::optional<CueWord> cue;
  std::optional<SpeakerWord> speaker;
  std::optional<QuoteWord> word;
  bool upper = false;        // starts with an uppercase letter
  bool lower = false;        // starts with a lowercase letter
  bool ly = false;           // a lowercase word in -ly (an adverb, most of the time)
  bool namey = false;        // could be part of a name
  bool impersonal = false;   // a CueWord::Impersonal word (its `cue` stays empty: it is no speaker's cue)
  bool speech_noun = false;  // a CueWord::Noun word ("his insistence that"; its `cue` stays empty too)
  int32_t entity = -1;       // index into Document::entities of the entity that covers the token
  int32_t run = -1;          // index into TextIndex::runs
  uint32_t sentence = 0;     // index into Document::sentences
  int32_t quote = -1;        // index into MarkPairing::quotes of the top-level quotation around the token (marks in)
};

/// A run of capitalised words that may be a name ("Ned Price", "State Department"), with the titles and roles
/// before the name itself cut off ("Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov").
struct NameRun {
  uint32_t first = 0, last = 0;  // tokens [first, last) of the name
  bool person = false;           // looks like a person: a known given name, a title (Mr.), an initial
  std::optional<Gender> gender;  // from the given name or the title
  bool initial = false;          // one capitalised word that opens a sentence before a comma: "Yeah, ..."
};

class TextIndex {
 public:
  /// Requires: doc has tokens and sentences; `marks` was computed for doc. Both must outlive the index.
  /// `passes`: Every runs each of the index's later passes and lets the transcripts' reader read (QuotePasses).
  TextIndex(const Document& doc, const MarkPairing& marks, QuotePasses passes = QuotePasses::Gated);

  const Document& doc;
  const MarkPairing& marks;
  std::vector<TokenInfo> info;  // one per token
  std::vector<NameRun> runs;    // in text order

  size_t size() const { return info.size(); }
  /// May a pass whose trigger the document lacks be skipped (QuotePasses::Gated)?
  bool gated() const { return gated_; }
  std::string_view text(uint32_t t) const { return doc.view(doc.tokens[t].span); }
  /// The token's text lowercased (unicode::lowercase): a word's is kept from the first time it occurs.
  std::string lower(uint32_t t) const;
  /// lower(t) == w, without a copy for a word.
  bool lower_is(uint32_t t, std::string_view w) const {
    if (word_of_[t] != kNoWord) return std::string_view(words_[word_of_[t]].lower) == w;
    // One ASCII byte (most punctuation), as other_lower_is would decide it, without the call.
    if (const Span& s = doc.tokens[t].span; s.size() == 1 && static_cast<unsigned char>(doc.text[s.begin]) < 0x80) {
      char c = doc.text[s.begin];
      return w.size() == 1 && (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) == w[0];
    }
    return other_lower_is(t, w);
  }
  /// lower(t) of a word (a token of kind Word, Abbrev, Clitic or Symbol), without a copy; nothing for other tokens.
  std::optional<std::string_view> word_lower(uint32_t t) const {
    if (word_of_[t] == kNoWord) return std::nullopt;
    return std::string_view(words_[word_of_[t]].lower);
  }
  /// Is token t the ASCII word `w` (lowercase) in any case? Allocates nothing, unlike lower(). The length test
  /// inline (most calls end there), the letters out of line: the rules call it at ~200 places, and each inlined copy
  /// of the loop was code the first analysis compiles.
  bool word_is(uint32_t t, std::string_view w) const { return text(t).size() == w.size() && same_letters(t, w); }
  /// Does token t end in "ing" (a participle: "saying", "adding"), longer than four bytes?
  bool ing_form(uint32_t t) const {
    std::string_view x = text(t);
    return x.size() > 4 && word_is_tail(x, "ing");
  }
  /// Is token t a lowercase word in -ed longer than four bytes (a past form or participle: "resigned", "obtained")?
  bool ed_form(uint32_t t) const {
    std::string_view x = text(t);
    return info[t].lower && x.size() > 4 && x.substr(x.size() - 2) == "ed";
  }
  /// Does token t mark a possessive: a clitic "'s", or a plural's bare apostrophe ("Hales' lawyers"): an apostrophe
  /// that pairs with no mark, right after a word in "s" and before a lowercase word?
  bool possessive(uint32_t t) const {
    if (kind(t) == TokenKind::Clitic) return true;
    if (kind(t) != TokenKind::Quote || t == 0 || t + 1 >= size() || is_mark(t)) return false;
    std::string_view x = text(t), w = text(t - 1);
    bool apostrophe = x == "'" || x == "\u2019";
    return apostrophe && kind(t - 1) == TokenKind::Word && !w.empty() && (w.back() == 's' || w.back() == 'S') &&
           doc.tokens[t - 1].span.end == doc.tokens[t].span.begin && info[t + 1].lower;
  }
  bool is(uint32_t t, QuoteWord w) const { return info[t].word == w; }
  bool is_cue(uint32_t t, CueWord c) const { return info[t].cue == c; }
  bool is_punct(uint32_t t, std::string_view p) const { return doc.tokens[t].kind == TokenKind::Punct && text(t) == p; }
  bool is_mark(uint32_t t) const;  // an opening, closing or reopening quotation mark, or an unbalanced one
  TokenKind kind(uint32_t t) const { return doc.tokens[t].kind; }
  uint32_t block(uint32_t t) const { return doc.tokens[t].block; }
  const Sentence& sentence_of(uint32_t t) const { return doc.sentences[info[t].sentence]; }
  static bool word_is_tail(std::string_view x, std::string_view tail) {
    for (size_t i = 0; i < tail.size(); ++i) {
      char c = x[x.size() - tail.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != tail[i]) return false;
    }
    return true;
  }
  /// Quotation marks (as is_mark) among tokens [a, b).
  uint32_t marks_between(uint32_t a, uint32_t b) const { return mark_prefix_[b] - mark_prefix_[a]; }
  /// Is the token a pronoun that can be a subject (he, she, they, it, I, we)?
  bool subject_pronoun(uint32_t t) const;
  /// The span from the first token of [a, b) to its last.
  Span span(uint32_t a, uint32_t b) const { return {doc.tokens[a].span.begin, doc.tokens[b - 1].span.end}; }

 private:
  /// word_is's letters: token t (of w's length) is w in any case.
  [[gnu::noinline]] bool same_letters(uint32_t t, std::string_view w) const;
  /// What the tables say about a distinct word (a token's text, lowercased, without an abbreviation's dot);
  /// looked up once per document however often the word occurs.
  struct WordFacts {
    std::string lower;  // the text lowercased (with an abbreviation's dot: what lower() gives)
    std::optional<CueWord> cue;
    std::optional<SpeakerWord> speaker;
    std::optional<QuoteWord> word;
    bool ly = false;  // -ly and no function word
    // For names (find_runs), looked up when first asked: of the lowercase text as written (with the dot) ...
    bool named = false;  // the three below are filled
    bool starter = false;
    std::optional<Gender> gender;
    std::optional<Gender> head_gender;  // ... and without an abbreviation's final dot
  };
  static constexpr uint32_t kNoWord = UINT32_MAX;
  bool gated_ = true;
  std::vector<uint32_t> mark_prefix_;
  std::vector<uint32_t> word_of_;  // per token: index into words_, kNoWord for tokens that are not words
  std::vector<WordFacts> words_;
  void find_runs();
  bool other_lower_is(uint32_t t, std::string_view w) const;  // lower_is of a token that is no word
  /// words_[word_of_[t]] with the name facts filled. Requires word_of_[t] != kNoWord.
  const WordFacts& name_facts(uint32_t t);
  bool sentence_starter(uint32_t t);
  std::optional<Gender> given_gender(uint32_t t);  // find_name_gender(lower(t))
};

}  // namespace aa::quotes
