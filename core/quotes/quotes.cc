#include "quotes/quotes.h"

#include <algorithm>
#include <deque>

#include "once_per_document.h"
#include "quotes/context.h"
#include "quotes/cues.h"
#include "quotes/marks.h"
#include "quotes/speaker_resolver.h"
#include "quotes/transcripts.h"
#include "text/dateline.h"

namespace aa {
namespace {

using namespace quotes;

constexpr uint32_t kWindow = 120;              // tokens searched for a cue on each side of a quotation
constexpr uint32_t kMaxSentenceScan = 200;     // tokens of a neighbouring sentence searched for its cue
constexpr size_t kMaxListItems = 12;           // list items after "X said:" read as its reports
constexpr uint32_t kMaxAskAdjunct = 7;         // "was asked at the spring meeting if": words before "if"
constexpr uint32_t kMaxSubordinatePhrase = 5;  // words before "when" back to a comma: ", at a time when"
constexpr uint32_t kMaxNameLabel = 12;     // tokens of a vox pop's label paragraph: "Ruth Penhale, 61, retired teacher"
constexpr uint32_t kMaxTermWords = 4;      // a quoted term with no speaker and at most this many words is scare
constexpr uint32_t kMaxLead = 6;           // words before a speaker's head in "<clause>, <speaker> said."
constexpr uint32_t kMaxImpersonalGap = 5;  // words between "it" and "thought" in "it was only later thought"
constexpr uint32_t kMaxBeforeThat = 16;    // tokens between a cue and its "that" ("said after the ... win that")
constexpr uint32_t kMaxNounPhrase = 6;     // tokens of "damage to the old roof" before its auxiliary
constexpr float kNoSpeakerScore = 0.2f;    // a quotation given no speaker (calibrated on DEV news)

enum class Rule : uint8_t { None, Cue, NextSentence, Colon, Dash, PreviousSentence, Continued };

struct Item {
  Span span;
  QuoteKind kind = QuoteKind::Direct;  // Block and Indirect are final; marked quotations are decided at the end
  bool marked = false;
  bool standalone = false;     // a statement of its own (sentence start, after a colon or a cue), not embedded
  bool statement = false;      // standalone and shaped like a statement (capital, or the sentence's start)
  bool scare_context = false;  // "so-called", "dubbed"
  bool title = false;          // a title of work ("the film “Oppenheimer”"): scare, unless reported speech holds it
  bool runs_on = false;        // standalone, but the writer's lowercase words run on after it: partial, no statement
  std::optional<Span> clause;  // a partial quote's clause when no attribution in its sentence gives it (a list item)
  uint32_t open = 0, close = 0;  // tokens: the marks, or the content
  uint32_t anchor = 0;           // token where the speaker is resolved
  SpeakerPhrase phrase;
  std::optional<Span> cue;
  uint32_t attr_begin = 0, attr_end = 0;  // tokens of the attribution (speaker and cue) in the quote's sentence
  bool attr = false;
  bool hearsay = false;  // reported with no source ("it is thought", "there were reports that"): anonymous
  float score = 0;
  Rule rule = Rule::None;
  int32_t given = -1;  // a transcript turn's speaker, read from its label (transcripts.h): index into given_
};

bool terminal(std::string_view s) {
  return s == "." || s == "!" || s == "?";
}

class Finder {
 public:
  Finder(Document& doc, QuotePasses passes)
      : doc_(doc),
        marks_(pair_quote_marks(doc)),
        ix_(doc, marks_, passes),
        phrases_(ix_),
        cues_(ix_, phrases_),
        resolver_(ix_) {
    cue_slot_.assign(doc.tokens.size(), kUnread);
    clause_close_.assign(doc.tokens.size(), UINT32_MAX);
    block_first_.assign(doc.article.blocks.size(), UINT32_MAX);
    in_turn_.assign(doc.tokens.size(), false);
    block_last_.assign(doc.article.blocks.size(), 0);
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      uint32_t b = doc.tokens[t].block;
      if (block_first_[b] == UINT32_MAX) block_first_[b] = t;
      block_last_[b] = t + 1;
    }
  }

  // Each pass is a function of its own ([[gnu::noinline]]): inlined, they made run() a 20 KB WebAssembly function that
  // V8 optimised whole after the first analysis (bench/README.md, "Start-up and the first analysis, ninth session").
  void run() {
    // The stage may run again on the same document: its own warnings are replaced, not repeated.
    doc_.warnings.erase(std::remove_if(doc_.warnings.begin(), doc_.warnings.end(),
                                       [](const Warning& w) { return w.code == "unbalanced-quote"; }),
                        doc_.warnings.end());
    doc_.warnings.insert(doc_.warnings.end(), marks_.warnings.begin(), marks_.warnings.end());
    find_block_quotes();
    find_transcript_turns();
    size_t marked_begin = items_.size();
    find_marked();
    size_t marked_end = items_.size();  // [marked_begin, marked_end): marked quotations in text order
    find_indirect();
    find_colon_lists(marked_begin, marked_end);
    std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.span < b.span; });
    drop_titles_inside_others();
    emit();
  }

 private:
  Document& doc_;
  MarkPairing marks_;
  TextIndex ix_;
  PhraseFinder phrases_;
  CueFinder cues_;
  Resolver resolver_;
  std::vector<uint32_t> block_first_, block_last_;  // tokens of each block: [first, last); first = -1 if none
  std::vector<bool> in_turn_;                       // per token: in a transcript's turn, its label or its words
  std::vector<Item> items_;
  std::vector<Resolved> given_;             // transcript turns' speakers (Item::given), apart: most items have none
  std::vector<uint32_t> name_mark_prefix_;  // per token: marks of titles and capitalised terms before it
  std::vector<uint32_t> clause_close_;      // per token: the last token of the reported clause it opens, if any
  static constexpr int32_t kUnread = -1;
  std::vector<int32_t> cue_slot_;                    // per token: index into cue_matches_, or kUnread
  std::deque<std::optional<CueMatch>> cue_matches_;  // stable references

  // The cue at token t with its speaker, read within t's sentence (and kWindow tokens either side); each token
  // is read once however many quotations look at it.
  const std::optional<CueMatch>& cue_at(uint32_t t) {
    int32_t& slot = cue_slot_[t];
    if (slot == kUnread) {
      const Sentence& s = ix_.sentence_of(t);
      uint32_t lo = std::max(s.first_token, t >= kWindow ? t - kWindow : 0);
      uint32_t hi = std::min(s.last_token, t + kWindow);
      cue_matches_.push_back(cues_.match(t, lo, hi));
      slot = static_cast<int32_t>(cue_matches_.size() - 1);
    }
    return cue_matches_[slot];
  }

  const std::vector<Token>& toks() const { return doc_.tokens; }
  BlockKind block_kind(uint32_t t) const { return doc_.article.blocks[toks()[t].block].kind; }
  bool has_tokens(uint32_t b) const { return block_first_[b] != UINT32_MAX; }
  bool block_start(uint32_t t) const { return t == 0 || toks()[t - 1].block != toks()[t].block; }
  uint32_t block_end_token(uint32_t t) const { return block_last_[toks()[t].block]; }
  Span tokens_span(uint32_t a, uint32_t b) const { return ix_.span(a, b); }
  static bool body(BlockKind k) { return k == BlockKind::Paragraph || k == BlockKind::BlockQuote; }

  // The body block before block b that has tokens, or -1.
  int64_t previous_body_block(uint32_t b) const {
    for (int64_t k = static_cast<int64_t>(b) - 1; k >= 0; --k) {
      if (!has_tokens(static_cast<uint32_t>(k))) continue;
      return body(doc_.article.blocks[k].kind) ? k : -1;
    }
    return -1;
  }

  // The last cue with a speaker in sentence s, outside quotations.
  std::optional<CueMatch> last_match_in_sentence(uint32_t s) {
    const Sentence& sen = doc_.sentences[s];
    uint32_t from = sen.last_token > kMaxSentenceScan ? std::max(sen.first_token, sen.last_token - kMaxSentenceScan)
                                                      : sen.first_token;
    for (uint32_t t = sen.last_token; t-- > from;) {
      if (!ix_.info[t].cue || ix_.info[t].quote >= 0) continue;
      if (const auto& m = cue_at(t)) return m;
    }
    return std::nullopt;
  }

  // Are tokens [k, end) only adjuncts of a cue ("on Tuesday", "in Washington", nothing)?
  bool only_adjuncts(uint32_t k, uint32_t end) const {
    if (k >= end) return true;
    if (ix_.kind(k) == TokenKind::Punct && terminal(ix_.text(k))) return true;
    // "said this morning."
    bool this_time = ix_.word_is(k, "this") && k + 1 < end && ix_.is(k + 1, QuoteWord::Time);
    // "has said many times.", "said several times."
    bool times = k + 1 < end && ix_.word_is(k + 1, "times") &&
                 (ix_.word_is(k, "many") || ix_.word_is(k, "several") || ix_.word_is(k, "numerous") ||
                  ix_.kind(k) == TokenKind::Number || number_word(k));
    // "announced shortly after 6am", "said soon after the vote": an adverb of nearness before "after" or "before".
    bool near = (ix_.word_is(k, "shortly") || ix_.word_is(k, "soon") || ix_.word_is(k, "just") ||
                 ix_.word_is(k, "moments") || ix_.word_is(k, "minutes") || ix_.word_is(k, "hours")) &&
                k + 1 < end && (ix_.word_is(k + 1, "after") || ix_.word_is(k + 1, "before"));
    if (!(ix_.is(k, QuoteWord::Preposition) || ix_.is(k, QuoteWord::Time) || ix_.is_punct(k, ",") || this_time ||
          times || near))
      return false;
    if (end - k > 10) return false;
    for (uint32_t t = k; t < end; ++t) {
      if (ix_.is(t, QuoteWord::That) || ix_.is(t, QuoteWord::Aux) || ix_.kind(t) == TokenKind::Quote ||
          (ix_.info[t].cue && *ix_.info[t].cue != CueWord::Medium && *ix_.info[t].cue != CueWord::Audience))
        return false;
    }
    return true;
  }

  // "<clause>, according to police -- <more>": a dash after a trailing source ends what it reports.
  bool dash_at(uint32_t k, uint32_t end) const { return k < end && ix_.kind(k) == TokenKind::Dash; }

  // "according to two people familiar with the talks", "according to a source close to the mayor": an adjective of
  // knowledge or closeness and its prepositional phrase describe an unnamed source. The token that ends the
  // description (a comma or the sentence's end, `end` when none is left), or UINT32_MAX when there is none.
  uint32_t source_description(uint32_t k, uint32_t end) const {
    if (k + 2 >= end) return UINT32_MAX;
    std::string w = ix_.lower(k);
    if (w != "familiar" && w != "close" && w != "briefed" && w != "involved" && w != "knowledgeable") return UINT32_MAX;
    if (!ix_.is(k + 1, QuoteWord::Preposition)) return UINT32_MAX;
    for (uint32_t t = k + 2; t < end && t < k + 12; ++t) {
      TokenKind kind = ix_.kind(t);
      if (ix_.is_punct(t, ",") || (kind == TokenKind::Punct && terminal(ix_.text(t)))) return t;
      if ((kind != TokenKind::Word && kind != TokenKind::Clitic && kind != TokenKind::Abbrev &&
           kind != TokenKind::Number) ||
          ix_.is(t, QuoteWord::Aux) || ix_.is(t, QuoteWord::That) || ix_.info[t].cue)
        return UINT32_MAX;
    }
    return k + 12 >= end ? end : UINT32_MAX;
  }

  // "<clause>, according to a study published on Monday.", "according to emails seen by the Herald.": a document's
  // participle and only adjuncts after it to the sentence's end.
  bool published_to_end(const CueMatch& m, uint32_t end) const {
    return !m.speaker.empty() && m.speaker.mentions.back().kind == MentionKind::Document &&
           m.speaker.mentions.back().last == m.end && m.end + 1 < end &&
           (ix_.ed_form(m.end) || ix_.is(m.end, QuoteWord::Participle)) && !ix_.info[m.end].cue &&
           only_adjuncts(m.end + 1, end);
  }

  // The description of a source runs to the sentence's end ("<clause>, according to people familiar with it.").
  bool described_to_end(uint32_t k, uint32_t end) const {
    uint32_t d = source_description(k, end);
    return d != UINT32_MAX && (d >= end || (!ix_.is_punct(d, ",") && only_adjuncts(d, end)));
  }

  // "according to testimony from Lena Marsh, a deputy ...": past "from" or "by" and the name after the document.
  uint32_t after_source_name(uint32_t k, uint32_t end) const {
    if (k + 1 >= end || !(ix_.word_is(k, "from") || ix_.word_is(k, "by"))) return k;
    uint32_t j = k + 1;
    if (ix_.word_is(j, "the")) ++j;
    uint32_t name = j;
    while (j < end && j < name + 5 && (ix_.info[j].entity >= 0 || ix_.info[j].upper)) ++j;
    return j > name ? j : k;
  }

  // "the Union of Harbour Pilots (UHP)": past a short bracket after a source's name.
  uint32_t after_brackets(uint32_t k, uint32_t end) const {
    if (k >= end || !ix_.is_punct(k, "(")) return k;
    for (uint32_t t = k + 1; t < end && t < k + 6; ++t)
      if (ix_.is_punct(t, ")")) return t + 1;
    return k;
  }

  // ", known as Cal Fire.", ", the state's fire agency.": after the source's comma, a name it is known by or a noun
  // phrase that describes it, to the sentence's end (no verb, no cue).
  // ", a lawyer for Ana Bell and Rosa Diaz, two former tenants.": a second description after a comma too.
  bool appositive_to_end(uint32_t k, uint32_t end) const {
    if (k + 2 >= end || !ix_.is_punct(k, ",") || end - k > 20) return false;
    uint32_t j = k + 1;
    if (ix_.word_is(j, "also")) ++j;
    bool known = ix_.word_is(j, "known") && j + 1 < end && ix_.word_is(j + 1, "as");
    bool described = ix_.word_is(j, "a") || ix_.word_is(j, "an") || ix_.word_is(j, "the") || number_word(j);
    if (!known && !described) return false;
    for (uint32_t t = known ? j + 2 : j + 1; t < end; ++t) {
      TokenKind kind = ix_.kind(t);
      if (kind == TokenKind::Punct && terminal(ix_.text(t)) && t + 1 == end) return true;
      if (ix_.is_punct(t, ",") && t > j + 1 && t + 1 < end && ix_.kind(t + 1) == TokenKind::Word) continue;
      // ", a deputy involved in the search.": a participle with its preposition after the describing noun.
      if (ix_.ed_form(t) && t > j + 1 && t + 1 < end && ix_.info[t - 1].lower && !ix_.info[t].cue &&
          ix_.is(t + 1, QuoteWord::Preposition))
        continue;
      // ", a ranger involved in the 2008 raid": a number in the description.
      if (kind == TokenKind::Number && t > j + 1) continue;
      if ((kind != TokenKind::Word && kind != TokenKind::Clitic && kind != TokenKind::Abbrev) ||
          ix_.is(t, QuoteWord::Aux) || ix_.is(t, QuoteWord::That) || ix_.info[t].cue || ix_.ed_form(t))
        return false;
    }
    return true;
  }

  // Past time words and a short prepositional phrase after a cue, when a comma follows them ("said Tuesday,", "said
  // on its website,", "said in a statement,"): that comma; else k past the time words.
  uint32_t past_adjunct_phrase(uint32_t k, uint32_t end) const {
    while (k < end && ix_.is(k, QuoteWord::Time)) ++k;
    if (k < end && ix_.is(k, QuoteWord::Preposition)) {
      uint32_t j = k + 1;
      while (j < end && j < k + 5 && ix_.kind(j) == TokenKind::Word && !ix_.is(j, QuoteWord::That) &&
             !ix_.is(j, QuoteWord::Aux) &&
             (!ix_.info[j].cue || *ix_.info[j].cue == CueWord::Medium || *ix_.info[j].cue == CueWord::Audience))
        ++j;
      if (j < end && ix_.is_punct(j, ",")) k = j;
    }
    return k;
  }

  // ", offering a reward for tips ...": after a trailing attribution's cue (and a time), a comma and a
  // participle that is no cue: what the speaker did next, not part of the report.
  // ", citing court records" too (the source's own source), also after a short prepositional phrase ("reported on
  // its website, citing ...").
  bool claim_noun(uint32_t k) const {
    static constexpr std::string_view kClaims[] = {
        "charge",    "claim",      "allegation",       "accusation",      "view",
        "assertion", "suggestion", "characterization", "characterisation"};
    for (std::string_view w : kClaims)
      if (ix_.word_is(k, w)) return true;
    return false;
  }

  bool action_after(uint32_t k, uint32_t end) const {
    k = past_adjunct_phrase(k, end);
    return k + 1 < end && ix_.is_punct(k, ",") && ix_.info[k + 1].lower && ix_.ing_form(k + 1) &&
           (!ix_.info[k + 1].cue || *ix_.info[k + 1].cue == CueWord::Cite);
  }

  // "..., organizers said on Friday, in a move widely seen as a safe choice.": after a trailing attribution (and a
  // time or a short phrase), the writer's comment on the news to the sentence's end: ", in a move ...", ", in what
  // ...". No cue, quotation or "that" in it.
  bool move_after(uint32_t k, uint32_t end) const {
    while (k < end && (ix_.is(k, QuoteWord::Time) ||
                       (ix_.is(k, QuoteWord::Preposition) && k + 1 < end && ix_.is(k + 1, QuoteWord::Time))))
      ++k;
    if (k + 3 >= end || !ix_.is_punct(k, ",") || !ix_.word_is(k + 1, "in")) return false;
    bool move = (ix_.word_is(k + 2, "a") || ix_.word_is(k + 2, "an")) &&
                (ix_.word_is(k + 3, "move") || ix_.word_is(k + 3, "decision") || ix_.word_is(k + 3, "step"));
    if (!move && !ix_.word_is(k + 2, "what")) return false;
    for (uint32_t t = k + 2; t < end && t < k + kMaxSentenceScan; ++t)
      if (ix_.info[t].cue || ix_.kind(t) == TokenKind::Quote || ix_.is(t, QuoteWord::That)) return false;
    return true;
  }

  // An auxiliary outside quotations in tokens [a, b)?
  bool aux_before(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (ix_.is(t, QuoteWord::Aux) && ix_.info[t].quote < 0) return true;
    return false;
  }

  // "said at the time its value was ...": past "at the time" after a cue, else k.
  uint32_t past_at_the_time(uint32_t k, uint32_t e) const {
    return k + 3 < e && ix_.word_is(k, "at") && ix_.word_is(k + 1, "the") && ix_.word_is(k + 2, "time") ? k + 3 : k;
  }

  // "..., pilot Jim Dale told the Ledger on Sunday.": "told" and the one told, then only adjuncts.
  bool told_whom_then_adjuncts(const CueMatch& m, uint32_t end) const {
    if (!is_tell(ix_.lower(m.verb)) || m.last != m.verb + 1 || m.end >= end) return false;
    uint32_t after = m.end;
    SpeakerPhrase object = phrases_.phrase_after(m.end, end, true, &after);
    if (object.empty() || after <= m.end || !only_adjuncts(after, end)) return false;
    // "..., she told Playboy in 1998:": what she told follows the colon.
    for (uint32_t t = after; t < end; ++t)
      if (ix_.is_punct(t, ":")) return false;
    return true;
  }

  // ", according to the ship owners who replied to a forum question ...": a relative clause with "that" or "who" right
  // after the source, no comma between, to the sentence's end.
  bool that_relative_to_end(const CueMatch& m, uint32_t k, uint32_t end) const {
    return !m.speaker.empty() && k + 1 < end && (ix_.word_is(k, "that") || ix_.word_is(k, "who"));
  }

  // ", and <clause>" to the sentence's end with no cue in it: the clause goes on with the same report.
  bool and_clause_to_end(uint32_t k, uint32_t end) const {
    if (k + 2 >= end || !ix_.is_punct(k, ",") || !ix_.is(k + 1, QuoteWord::And)) return false;
    for (uint32_t t = k + 2; t < end; ++t)
      if (ix_.info[t].cue || ix_.info[t].quote >= 0) return false;
    return true;
  }

  // ", according to the Halden Trust, which gave her a grant": a relative clause on the speaker after its comma.
  bool relative_after(uint32_t k, uint32_t end) const {
    return k + 1 < end && ix_.is_punct(k, ",") && (ix_.word_is(k + 1, "which") || ix_.word_is(k + 1, "who"));
  }

  // ---- block quotes ----------------------------------------------------------------------------------------

  [[gnu::noinline]] void find_block_quotes() {
    const auto& blocks = doc_.article.blocks;
    for (uint32_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != BlockKind::BlockQuote) continue;
      // A line that opens with a dash after the quotation's words ("— Priya Calloway (@priyacal) March 3, 2025")
      // closes it: the block quotes after it are another quotation (posts embedded one after another).
      auto attribution_line = [&](uint32_t k) {
        return k > b && has_tokens(k) && ix_.kind(block_first_[k]) == TokenKind::Dash;
      };
      uint32_t e = b;
      while (e + 1 < blocks.size() && blocks[e + 1].kind == BlockKind::BlockQuote && !attribution_line(e)) ++e;
      uint32_t first = UINT32_MAX, last = 0;
      for (uint32_t k = b; k <= e; ++k) {
        if (!has_tokens(k)) continue;
        first = std::min(first, block_first_[k]);
        last = std::max(last, block_last_[k]);
      }
      b = e;
      if (first == UINT32_MAX) continue;
      while (first + 1 < last && ix_.text(first) == ">") ++first;  // "> " quoted e-mail style
      Item it;
      it.kind = QuoteKind::Block;
      it.open = first;
      it.close = last - 1;
      it.anchor = first;
      // "— Ned Price, State Department spokesperson" at the end names the speaker.
      for (uint32_t d = last; d-- > first && last - d <= 12;) {
        if (ix_.kind(d) != TokenKind::Dash) continue;
        if (d == first || !(block_start(d) || ix_.kind(d - 1) == TokenKind::Punct || ix_.is_mark(d - 1))) break;
        SpeakerPhrase p = phrases_.phrase_after(d + 1, last, true);
        if (!p.empty()) {
          it.phrase = p;
          it.rule = Rule::Dash;
          it.score = 0.85f;
          it.close = d - 1;
          it.anchor = d;
        }
        break;
      }
      if (it.phrase.empty()) {
        // The paragraph before introduces it: "Price wrote in a letter:", "In a statement, the ministry said:".
        int64_t pb = previous_body_block(toks()[first].block);
        if (pb >= 0) {
          uint32_t lt = block_last_[pb] - 1;
          uint32_t s = ix_.info[lt].sentence;
          if (auto m = last_match_in_sentence(s)) {
            it.phrase = m->speaker;
            it.cue = tokens_span(m->first, m->last);
            it.anchor = m->verb;
            it.rule = Rule::PreviousSentence;
            it.score = 0.8f;
          } else if (ix_.is_punct(lt, ":")) {
            it.phrase = phrases_.sentence_subject(lt);
            it.anchor = lt;
            it.rule = Rule::Colon;
            it.score = 0.7f;
          }
        }
      }
      if (it.phrase.empty()) it.score = 0.6f;
      it.span = tokens_span(it.open, it.close + 1);
      items_.push_back(it);
    }
  }

  // ---- transcripts and Q&A turns ----------------------------------------------------------------------------

  // "Q: ...", "A: ...", "TAMSIN READE: ...", "THE JUDGE: ...": each turn is a quotation set apart (kind block),
  // its words after the label, its speaker the label's (transcripts.h). Quotations in marks and reported speech
  // inside a turn are part of it, as inside a block quotation.
  [[gnu::noinline]] void find_transcript_turns() {
    for (const TranscriptTurn& turn : quotes::find_transcript_turns(ix_)) {
      if (turn.marked) continue;  // a quotation in marks after the label: find_marked reads it
      Item it;
      it.kind = QuoteKind::Block;
      it.open = turn.first;
      it.close = turn.last - 1;
      it.anchor = turn.label_first;
      it.span = tokens_span(turn.first, turn.last);
      it.cue = turn.cue;
      it.score = turn.score;
      Resolved r;
      r.speaker = turn.speaker;
      r.person = !turn.speaker.anonymous;
      if (turn.speaker.cluster >= 0) r.clusters.push_back(turn.speaker.cluster);
      it.given = static_cast<int32_t>(given_.size());
      given_.push_back(std::move(r));
      for (uint32_t t = turn.label_first; t < turn.last; ++t) in_turn_[t] = true;
      items_.push_back(std::move(it));
    }
  }

  // ---- quotations in marks ---------------------------------------------------------------------------------

  bool has_words(uint32_t o, uint32_t c) const {
    for (uint32_t t = o + 1; t < c; ++t) {
      TokenKind k = ix_.kind(t);
      if (k == TokenKind::Word || k == TokenKind::Number || k == TokenKind::Abbrev || k == TokenKind::Url ||
          k == TokenKind::Email)
        return true;
    }
    return false;
  }

  bool content_upper(uint32_t o, uint32_t c) const {
    if (o + 1 >= c) return false;
    uint32_t t = o + 1;
    TokenKind k = ix_.kind(t);
    if (k == TokenKind::Quote || k == TokenKind::Ellipsis || k == TokenKind::Dash || k == TokenKind::Number)
      return true;
    if (k == TokenKind::Punct) return ix_.text(t) == "[" || ix_.text(t) == "(";
    return ix_.info[t].upper;
  }

  bool is_standalone(uint32_t o) const {
    if (block_start(o)) return true;
    if (ix_.sentence_of(o).first_token == o) return true;
    uint32_t p = o - 1;
    if (ix_.is_punct(p, ":") || ix_.kind(p) == TokenKind::Dash) return true;
    if (ix_.info[p].cue &&
        (*ix_.info[p].cue == CueWord::Say || *ix_.info[p].cue == CueWord::Report || *ix_.info[p].cue == CueWord::Utter))
      return true;
    if (ix_.is_punct(p, ",") && p > 0) {
      // "said, “...”", "told reporters, “...”", "“...,” Price said, “...”", "said Price, “...”"
      for (uint32_t k = p, steps = 0; k > 0 && steps < 6; ++steps) {
        --k;
        const TokenInfo& x = ix_.info[k];
        if (x.cue && (*x.cue == CueWord::Say || *x.cue == CueWord::Report || *x.cue == CueWord::Utter ||
                      *x.cue == CueWord::According))
          return true;
        if (ix_.kind(k) == TokenKind::Punct || ix_.kind(k) == TokenKind::Quote || ix_.is(k, QuoteWord::That) ||
            ix_.is(k, QuoteWord::Question) || x.cue)
          break;
      }
    }
    return false;
  }

  // "the film “Oppenheimer”", "a report titled “Dark Money”", "under the headline “...”", or a Title Case
  // phrase inside the writer's sentence: the title of a work, not a quotation.
  bool is_title(uint32_t o, uint32_t c, bool standalone) const {
    if (!block_start(o)) {
      uint32_t p = o - 1;
      if (ix_.is_punct(p, ",") && !block_start(p)) --p;
      // "called the album “a triumph”": a lowercase article opens a phrase said of the work, not its title.
      bool phrase = o + 1 < c && ix_.info[o + 1].lower && ix_.is(o + 1, QuoteWord::Determiner);
      if ((ix_.is(p, QuoteWord::Work) && !phrase) || ix_.is(p, QuoteWord::TitleVerb)) return true;
    }
    if (standalone) return false;
    uint32_t words = 0, caps = 0;
    bool first = true;
    for (uint32_t t = o + 1; t < c; ++t) {
      TokenKind k = ix_.kind(t);
      if (k == TokenKind::Punct) {
        // A title may hold a colon ("Andy Warhol: Photographs and Prints") and end in a comma or full stop
        // set inside the marks; a sentence's punctuation inside it means a quotation.
        std::string_view s = ix_.text(t);
        bool last = t + 1 == c;
        if (((s == "," || s == ".") && !last) || s == "!" || s == "?" || s == ";") return false;
        continue;
      }
      if (k == TokenKind::Clitic || k == TokenKind::Quote || k == TokenKind::Dash || k == TokenKind::Symbol) continue;
      if (k != TokenKind::Word && k != TokenKind::Number && k != TokenKind::Abbrev) return false;
      ++words;
      if (ix_.info[t].upper || k == TokenKind::Number) {
        ++caps;
      } else {
        bool small = ix_.is(t, QuoteWord::Determiner) || ix_.is(t, QuoteWord::Preposition) ||
                     ix_.is(t, QuoteWord::And) || ix_.is(t, QuoteWord::Particle);
        if (!small || first) return false;
      }
      first = false;
    }
    return words >= 2 && caps >= 2;
  }

  // Robert “Bobby” Smith: one or two capitalised words in marks between the parts of a name are part of it.
  bool is_nickname(uint32_t o, uint32_t c) const {
    if (block_start(o) || c + 1 >= toks().size() || toks()[c + 1].block != toks()[o].block) return false;
    if (c - o - 1 < 1 || c - o - 1 > 2) return false;
    for (uint32_t t = o + 1; t < c; ++t)
      if (ix_.kind(t) != TokenKind::Word || !ix_.info[t].upper) return false;
    auto name_part = [&](uint32_t t) {
      const TokenInfo& x = ix_.info[t];
      return ix_.kind(t) == TokenKind::Word && x.upper && (x.namey || x.entity >= 0 || x.run >= 0);
    };
    return name_part(o - 1) && name_part(c + 1) && !ix_.is(c + 1, QuoteWord::Determiner);
  }

  bool is_scare_context(uint32_t o) const {
    uint32_t p = o;
    for (int steps = 0; steps < 3 && p > 0 && !block_start(p); ++steps) {
      --p;
      if (ix_.is(p, QuoteWord::Determiner)) continue;
      if (ix_.is(p, QuoteWord::ScareVerb)) return true;
      // "known as", "chants of"
      if ((ix_.word_is(p, "as") || ix_.word_is(p, "of")) && p > 0 && ix_.is(p - 1, QuoteWord::ScareVerb)) return true;
      return false;
    }
    return false;
  }

  [[gnu::noinline]] void find_marked() {
    std::vector<uint8_t> name_mark(toks().size(), 0);
    for (uint32_t qi = 0; qi < marks_.quotes.size(); ++qi) {
      const MarkedQuote& q = marks_.quotes[qi];
      if (block_kind(q.open) == BlockKind::BlockQuote) continue;  // part of the block quote
      if (in_turn_[q.open]) continue;                             // part of a transcript's turn
      if (!has_words(q.open, q.close)) continue;                  // "", “…”, "?": marks around no words
      Item it;
      it.marked = true;
      it.open = q.open;
      it.close = q.close;
      it.anchor = q.open;
      it.span = tokens_span(q.open, q.close + 1);
      it.standalone = is_standalone(q.open);
      bool title = is_title(q.open, q.close, it.standalone);
      // A name in marks, or a term that "known as", "so-called" introduce: reported speech may hold it.
      if (title || (!it.standalone && capital_term(q.open, q.close)) ||
          (is_scare_context(q.open) && short_term(q.open, q.close)))
        name_mark[q.open] = name_mark[q.close] = 1;
      if (is_nickname(q.open, q.close)) continue;
      if (title) {
        // Annotated news marks titles of works as scare quotes: no one is said to have spoken them.
        it.title = it.scare_context = true;
        items_.push_back(it);
        continue;
      }
      bool interrupted = false;
      if (it.standalone && !block_start(q.open) && ix_.is_punct(q.open - 1, ",") && qi > 0) {
        const MarkedQuote& prev = marks_.quotes[qi - 1];
        interrupted = ix_.info[prev.close].sentence == ix_.info[q.open].sentence && q.open - prev.close <= 10;
        for (uint32_t k = prev.close + 1; k < q.open && interrupted; ++k)
          interrupted = !ix_.is(k, QuoteWord::And) && !ix_.is(k, QuoteWord::But);
      }
      // "“The gate will stay shut” until the inquiry ends, the mayor said": quoted words with no punctuation of their
      // own, run on by the writer's lowercase words, are part of the writer's clause (partial), no statement.
      uint32_t after = q.close + 1;
      bool runs_on = after < toks().size() && q.close > q.open + 1 && ix_.kind(q.close - 1) == TokenKind::Word &&
                     ix_.kind(after) == TokenKind::Word && ix_.info[after].lower && !ix_.info[after].cue &&
                     !ix_.info[after].speaker && ix_.info[after].sentence == ix_.info[q.open].sentence &&
                     !ix_.is(after, QuoteWord::And) && !ix_.is(after, QuoteWord::But);
      // (A statement with sentences of its own, "“Well, what a choice... #Team” whilst ...", is still one.)
      for (uint32_t k = q.open + 1; k < q.close && runs_on; ++k)
        runs_on = ix_.kind(k) != TokenKind::Ellipsis && !(ix_.kind(k) == TokenKind::Punct && terminal(ix_.text(k)));
      it.runs_on = it.standalone && runs_on;
      it.statement = it.standalone && !runs_on &&
                     (content_upper(q.open, q.close) || block_start(q.open) ||
                      ix_.sentence_of(q.open).first_token == q.open || interrupted);
      it.scare_context = is_scare_context(q.open);
      if (!it.scare_context) attribute(it);
      items_.push_back(it);
    }
    name_mark_prefix_.assign(toks().size() + 1, 0);
    for (uint32_t t = 0; t < toks().size(); ++t) name_mark_prefix_[t + 1] = name_mark_prefix_[t] + name_mark[t];
  }

  // Who said a marked quotation: a cue around it in its sentence, else the sentence after it, else a colon that
  // introduces it, else a dash that names the speaker after it.
  void attribute(Item& it) {
    float score = -1;
    std::optional<CueMatch> best = cue_around(it, score);
    Rule rule = Rule::Cue;
    // The next sentence's cue ("“We will.” Price said.") is for a quotation that stands alone; words quoted inside
    // a sentence whose own cue frames them keep it ("Rao accused ministers of “...”. The party called for ...").
    if (!best || (score < 0.95f && it.standalone)) {
      if (auto next = cue_in_next_sentence(it)) {
        best = next;
        score = 0.95f;
        rule = Rule::NextSentence;
      }
    }
    if (best) {
      it.phrase = best->speaker;
      it.cue = tokens_span(best->first, best->last);
      it.anchor = best->verb;
      it.rule = rule;
      if (rule == Rule::Cue) {
        it.attr = true;
        it.attr_begin = best->begin;
        it.attr_end = best->end;
      }
      it.score = score >= 0.95f ? 0.9f : 0.75f;
      return;
    }
    if (attribute_by_colon(it)) return;
    if (attribute_by_name_label(it)) return;
    attribute_by_dash(it);
  }

  // A vox pop's label: a short paragraph of a person's name alone, or with an age and a description after commas
  // ("Sam Tulley", "Ruth Penhale, 61, retired teacher"), before a paragraph that is one quotation: the person speaks.
  bool attribute_by_name_label(Item& it) {
    uint32_t o = it.open, c = it.close;
    if (!block_start(o)) return false;
    uint32_t be = block_end_token(c);
    if (c + 1 != be && !(c + 2 == be && ix_.kind(c + 1) == TokenKind::Punct && terminal(ix_.text(c + 1)))) return false;
    uint32_t b = toks()[o].block;
    if (b == 0) return false;
    uint32_t pb = b - 1;
    while (pb > 0 && !has_tokens(pb)) --pb;
    if (!has_tokens(pb)) return false;
    uint32_t first = block_first_[pb], last = block_last_[pb];
    if (last - first > kMaxNameLabel) return false;
    int32_t e = ix_.info[first].entity;
    if (e < 0 || doc_.entities[static_cast<size_t>(e)].label != Label::Person) return false;
    uint32_t k = first;
    while (k < last && ix_.info[k].entity == e) ++k;
    if (k < last && !ix_.is_punct(k, ",")) return false;
    // After the comma only words, numbers and commas: no verb of saying, no auxiliary, no quotation, no sentence end.
    for (uint32_t t = k; t < last; ++t) {
      TokenKind kind = ix_.kind(t);
      if (ix_.info[t].cue || ix_.is(t, QuoteWord::Aux) || kind == TokenKind::Quote || kind == TokenKind::Clitic ||
          (kind == TokenKind::Punct && !ix_.is_punct(t, ",")))
        return false;
    }
    SpeakerPhrase p = phrases_.phrase_after(first, k, true);
    if (p.empty() || p.mentions.front().kind != MentionKind::Entity) return false;
    set_fallback(it, p, first, Rule::Colon, 0.7f);
    return true;
  }

  // The best cue with a speaker within the quotation's sentences (kWindow tokens either side): one right next
  // to it beats one further away; an Utter cue ("shouted") counts only right next to it. `score` gets its score.
  std::optional<CueMatch> cue_around(const Item& it, float& best_score) {
    uint32_t o = it.open, c = it.close;
    const Sentence& so = ix_.sentence_of(o);
    const Sentence& sc = ix_.sentence_of(c);
    uint32_t lo = std::max(so.first_token, o >= kWindow ? o - kWindow : 0);
    uint32_t hi = std::min(sc.last_token, c + kWindow);
    std::optional<CueMatch> best;
    best_score = -1;
    uint32_t first_after = c + 1;
    while (first_after < hi && (ix_.kind(first_after) == TokenKind::Punct || ix_.kind(first_after) == TokenKind::Dash))
      ++first_after;
    for (uint32_t t = lo; t < hi; ++t) {
      if (t >= o && t <= c) {
        t = c;
        continue;
      }
      if (!ix_.info[t].cue || ix_.info[t].quote >= 0) continue;
      const auto& m = cue_at(t);
      if (!m) continue;
      bool utter = m->kind == CueWord::Utter;
      // "<clause>, according to the Trust, which gave her a “genius” grant": that cue reports the clause before
      // it, not a quotation after it.
      if (t < o && m->kind == CueWord::According && m->begin > so.first_token && ix_.is_punct(m->begin - 1, ",") &&
          relative_after(m->end, o))
        continue;
      float score;
      if (t > c) {
        bool adjacent = m->begin == first_after;
        if (!adjacent && utter) continue;
        score = adjacent ? 1.0f : 0.7f - 0.002f * static_cast<float>(t - c);
      } else {
        bool adjacent = m->end <= o && o - m->end <= 3;
        bool colon = false;
        for (uint32_t k = m->end; k < o && adjacent; ++k) {
          bool ok = ix_.is_punct(k, ",") || ix_.is_punct(k, ":") || ix_.kind(k) == TokenKind::Dash ||
                    ix_.is(k, QuoteWord::That);
          colon = colon || ix_.is_punct(k, ":");
          adjacent = ok;
        }
        if (!adjacent && utter) continue;
        score = adjacent ? (colon ? 1.02f : 0.98f) : 0.8f - 0.002f * static_cast<float>(o - std::min(o, m->end));
      }
      if (m->inferred) score -= 0.1f;
      if (score > best_score) {
        best_score = score;
        best = m;
      }
    }
    return best;
  }

  // The sentence after a quotation that ends one, when it opens with a cue and says nothing more:
  // “Will we act?” Price asked. / “We will.” Price said.
  std::optional<CueMatch> cue_in_next_sentence(const Item& it) {
    uint32_t c = it.close;
    const Sentence& sc = ix_.sentence_of(c);
    uint32_t hi = std::min(sc.last_token, c + kWindow);
    if (!(sc.last_token <= c + 2 && sc.last_token == hi && ix_.info[c].sentence + 1 < doc_.sentences.size()))
      return std::nullopt;
    const Sentence& ns = doc_.sentences[ix_.info[c].sentence + 1];
    if (ns.block != sc.block) return std::nullopt;
    for (uint32_t t = ns.first_token; t < ns.last_token && t < ns.first_token + 8; ++t) {
      if (!ix_.info[t].cue || ix_.info[t].quote >= 0) continue;
      const auto& m = cue_at(t);
      if (m && m->begin <= ns.first_token + 1 && only_adjuncts(m->end, ns.last_token)) return m;
      break;
    }
    return std::nullopt;
  }

  // A colon introduces it: "Price was blunt: “...”"; or the paragraph before ends with one.
  bool attribute_by_colon(Item& it) {
    uint32_t o = it.open;
    if (!block_start(o) && ix_.is_punct(o - 1, ":")) {
      SpeakerPhrase p = phrases_.sentence_subject(o - 1);
      if (!p.empty() && p.mentions.front().first < o) {
        set_fallback(it, p, o - 1, Rule::Colon, 0.75f);
        return true;
      }
    }
    if (!block_start(o)) return false;
    int64_t pb = previous_body_block(toks()[o].block);
    if (pb < 0 || !ix_.is_punct(block_last_[pb] - 1, ":")) return false;
    uint32_t lt = block_last_[pb] - 1;
    if (auto m = last_match_in_sentence(ix_.info[lt].sentence)) {
      it.phrase = m->speaker;
      it.cue = tokens_span(m->first, m->last);
      it.anchor = m->verb;
      it.rule = Rule::Colon;
      it.score = 0.8f;
      return true;
    }
    SpeakerPhrase p = phrases_.sentence_subject(lt);
    if (p.empty()) return false;
    set_fallback(it, p, lt, Rule::Colon, 0.7f);
    return true;
  }

  // A dash names the speaker after it: “...” — Ned Price; or a paragraph of its own that starts with a dash.
  void attribute_by_dash(Item& it) {
    uint32_t c = it.close;
    uint32_t be = block_end_token(c);
    if (c + 1 < be && ix_.kind(c + 1) == TokenKind::Dash) {
      SpeakerPhrase p = phrases_.phrase_after(c + 2, be, true);
      if (!p.empty()) {
        set_fallback(it, p, c + 1, Rule::Dash, 0.8f);
        return;
      }
    }
    if (c + 1 == be && be < toks().size() && ix_.kind(be) == TokenKind::Dash && block_end_token(be) - be <= 12 &&
        body(block_kind(be))) {
      SpeakerPhrase p = phrases_.phrase_after(be + 1, block_end_token(be), true);
      if (!p.empty()) set_fallback(it, p, be, Rule::Dash, 0.75f);
    }
  }

  void set_fallback(Item& it, const SpeakerPhrase& p, uint32_t anchor, Rule rule, float score) {
    it.phrase = p;
    it.anchor = anchor;
    it.rule = rule;
    it.score = score;
  }

  // A title inside a quotation in marks is part of it; one inside reported speech ("said Variety, who directed “The
  // Long Harbour,” is ...") is a scare quote inside it, as the news set marks it. items_ is sorted by start.
  [[gnu::noinline]] void drop_titles_inside_others() {
    uint32_t covered = 0;  // the end of the items kept so far
    size_t out = 0;
    for (size_t i = 0; i < items_.size(); ++i) {
      if (items_[i].title && items_[i].span.begin < covered) continue;
      // A title inside reported speech stays a scare quote of its own, as the news set marks it.
      if (items_[i].kind != QuoteKind::Indirect) covered = std::max(covered, items_[i].span.end);
      if (out != i) items_[out] = std::move(items_[i]);
      ++out;
    }
    items_.resize(out);
  }

  // ---- reported speech without marks -----------------------------------------------------------------------

  // Can token k open the clause of reported speech ("the plan was", "China would", "prices will")?
  bool clause_start(uint32_t k, uint32_t e) const {
    if (k >= e) return false;
    const TokenInfo& x = ix_.info[k];
    TokenKind kind = ix_.kind(k);
    if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash) return false;
    // "said more than 200 people were hurt", "said as many as 9,500 fans queued", "said at least 12 died": a
    // quantity opens the clause.
    if (quantity_start(k, e)) return true;
    // "an allegation that $900 was paid": a sum of money opens the clause.
    if (k + 1 < e && (ix_.text(k) == "$" || ix_.text(k) == "£" || ix_.text(k) == "€") &&
        ix_.kind(k + 1) == TokenKind::Number)
      return true;
    // "said neither party seemed able to cope": "neither" before its noun is a determiner here.
    if (ix_.word_is(k, "neither") && k + 1 < e && ix_.info[k + 1].lower && !ix_.word_is(k + 1, "nor") &&
        !ix_.word_is(k + 1, "of") && !ix_.is(k + 1, QuoteWord::Aux))
      return true;
    // "said there's nothing new", "said there were two exits": "there" and an auxiliary open a clause.
    if (ix_.word_is(k, "there") && k + 1 < e && (ix_.is(k + 1, QuoteWord::Aux) || ix_.kind(k + 1) == TokenKind::Clitic))
      return true;
    // "said only deep cuts in emissions would slow it", "said even the best schools were struggling": a focusing
    // adverb before the clause's subject, an auxiliary soon after.
    // "said further observations were needed": "further" (an adverb in "said further that") as the subject's
    // adjective, a plural noun and an auxiliary right after it.
    if (ix_.word_is(k, "further") && k + 2 < e && ix_.info[k + 1].lower && ix_.kind(k + 1) == TokenKind::Word &&
        !ix_.info[k + 1].cue && !ix_.is(k + 1, QuoteWord::Preposition) && ix_.is(k + 2, QuoteWord::Aux))
      return true;
    // "said just two trucks had arrived": "just" too, before a number or a determiner (not "said just before").
    bool just = ix_.word_is(k, "just") && k + 1 < e &&
                (ix_.kind(k + 1) == TokenKind::Number || ix_.is(k + 1, QuoteWord::Determiner));
    if ((ix_.word_is(k, "only") || ix_.word_is(k, "even") || just) && k + 1 < e && !ix_.is(k + 1, QuoteWord::That) &&
        !ix_.is(k + 1, QuoteWord::Aux) && (ix_.info[k + 1].lower || just) && clause_start(k + 1, e)) {
      for (uint32_t t = k + 2; t < e && t <= k + 7; ++t)
        if (ix_.is(t, QuoteWord::Aux)) return true;
    }
    // "said calls had risen", "said claims of abuse were rising": a cue word in -s before an auxiliary (a short
    // prepositional phrase between) is the clause's subject, a plural noun (no verb in -s takes an auxiliary).
    if (x.cue && x.lower && k + 1 < e && ix_.text(k).size() > 3 && ix_.text(k).back() == 's') {
      uint32_t t = k + 1;
      if (ix_.is(t, QuoteWord::Preposition) && !ix_.is(t, QuoteWord::That)) {
        ++t;
        while (t < e && t < k + 6 && ix_.kind(t) == TokenKind::Word && !ix_.is(t, QuoteWord::Aux) && !ix_.info[t].cue &&
               !ix_.is(t, QuoteWord::That))
          ++t;
      }
      if (t < e && ix_.is(t, QuoteWord::Aux)) return true;
    }
    if (ix_.is(k, QuoteWord::Preposition) || ix_.is(k, QuoteWord::That) || ix_.is(k, QuoteWord::Question) ||
        ix_.is(k, QuoteWord::Time) || ix_.is(k, QuoteWord::Adverb) || ix_.is(k, QuoteWord::Aux) ||
        ix_.is(k, QuoteWord::Negation) ||
        (x.cue && *x.cue != CueWord::Audience && !(*x.cue == CueWord::Medium && x.upper)) || x.ly)
      return false;
    // "warned them about ...": an object pronoun opens no clause; an audience's noun may ("said staff had warned").
    if (ix_.word_is(k, "him") || ix_.word_is(k, "them") || ix_.word_is(k, "me") || ix_.word_is(k, "us")) return false;
    // "adding nothing so far ties", not "adding nothing about jobs": a preposition or punctuation after it.
    if (ix_.is(k, QuoteWord::Indefinite) && (k + 1 >= e || ix_.kind(k + 1) != TokenKind::Word ||
                                             ix_.is(k + 1, QuoteWord::Preposition) || ix_.info[k + 1].upper))
      return false;
    // "claimed three for 51", "won 3-1": a bowler's figures or a score, not a clause's subject.
    if ((kind == TokenKind::Number || number_word(k)) && k + 2 < e && ix_.word_is(k + 1, "for") &&
        (ix_.kind(k + 2) == TokenKind::Number || number_word(k + 2)))
      return false;
    // "stated his wish to run", "announced its plan to close": a noun and its infinitive are an object, unless
    // a verb follows ("said the plan to close the plant was dropped").
    if (ix_.is(k, QuoteWord::Determiner) && k + 2 < e && ix_.info[k + 1].lower && ix_.word_is(k + 2, "to") &&
        !verb_soon(k + 3, e))
      return false;
    if (ix_.is(k, QuoteWord::Determiner) || ix_.is(k, QuoteWord::Indefinite) || ix_.subject_pronoun(k) || x.upper ||
        kind == TokenKind::Number || x.speaker)
      return true;
    // "says little-known actor Ana Ruiz will take over": describing words and a role before a name, then an
    // auxiliary.
    {
      uint32_t t = k;
      while (t < e && t < k + 3 && ix_.kind(t) == TokenKind::Word && ix_.info[t].lower && !ix_.info[t].word &&
             !ix_.info[t].cue && !ix_.info[t].ly && !ix_.ing_form(t))
        ++t;
      uint32_t name = t;
      while (t < e && t < name + 3 && ix_.kind(t) == TokenKind::Word && ix_.info[t].upper) ++t;
      if (name > k && t > name && t < e && ix_.is(t, QuoteWord::Aux)) return true;
    }
    // A lowercase word opens a clause when an auxiliary follows soon: "said prices would rise"; not one right after
    // "and" ("claimed three for 51 and was named man of the match": the cue's subject's second verb).
    for (uint32_t t = k + 1; t < e && t <= k + 3; ++t)
      if (ix_.is(t, QuoteWord::Aux)) {
        if (ix_.is(t - 1, QuoteWord::And) || ix_.is(t - 1, QuoteWord::But)) break;
        return true;
      }
    // "said damage to the roof had been severe": a noun, a prepositional phrase of a few words, an auxiliary.
    // Also a noun of two words before it ("said vaccination rates among older people were lower").
    uint32_t prep = k + 1;
    if (prep + 1 < e && !ix_.is(prep, QuoteWord::Preposition) && ix_.kind(prep) == TokenKind::Word &&
        ix_.info[prep].lower && !ix_.info[prep].word && !ix_.info[prep].cue && !ix_.info[prep].ly &&
        !ix_.info[prep].speaker && !ix_.ing_form(prep) && !ix_.ed_form(prep) &&
        ix_.is(prep + 1, QuoteWord::Preposition))
      ++prep;
    if (prep < e && ix_.is(prep, QuoteWord::Preposition))
      for (uint32_t t = prep + 1, words = 1; t < e && words < kMaxNounPhrase; ++t, ++words) {
        if (ix_.is(t, QuoteWord::Aux)) return true;
        // "said services to Mull, Islay and Barra would be cut": a list of names counts as one.
        if ((ix_.is_punct(t, ",") || ix_.is(t, QuoteWord::And)) && t > prep + 1 && ix_.info[t - 1].upper && t + 1 < e &&
            ix_.info[t + 1].upper && ix_.kind(t + 1) == TokenKind::Word) {
          ++t;
          --words;
          continue;
        }
        if (ix_.kind(t) != TokenKind::Word || ix_.info[t].cue || ix_.is(t, QuoteWord::That)) break;
      }
    // "said profits rose", "said sales fell sharply": a plural noun, then a verb in the past; also after one or two
    // describing words ("saying renewed public complaints forced him to act").
    for (uint32_t n = k; n < e && n <= k + 2; ++n) {
      if (n > k && (!ix_.info[n - 1].lower || ix_.kind(n - 1) != TokenKind::Word || ix_.info[n - 1].word ||
                    ix_.info[n - 1].cue || ix_.info[n - 1].speaker))
        break;
      if (n + 1 < e && ix_.text(n).size() > 3 && ix_.info[n + 1].lower && !ix_.info[n + 1].word &&
          !ix_.info[n + 1].cue && ix_.kind(n) == TokenKind::Word && ix_.kind(n + 1) == TokenKind::Word) {
        std::string v = ix_.lower(n + 1);
        bool plural = ix_.text(n).back() == 's';
        if (plural &&
            ((v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0) || v == "rose" || v == "fell" || v == "grew"))
          return true;
        // "said pre-tax profit fell to £412m", "said turnover rose": a singular noun only before a verb of a
        // figure's movement.
        if (!plural && figure_moved(v)) return true;
      }
    }
    // "said power cuts and damage to buildings were likely": two nouns joined by "and" (each a word or two, the
    // second perhaps with a preposition's phrase), then an auxiliary.
    auto plain = [&](uint32_t t) {
      const TokenInfo& y = ix_.info[t];
      return ix_.kind(t) == TokenKind::Word && y.lower && !y.word && !y.cue && !y.ly && !ix_.ing_form(t) &&
             !ix_.ed_form(t) && !ix_.is(t, QuoteWord::Aux) && !ix_.is(t, QuoteWord::Preposition) &&
             !ix_.is(t, QuoteWord::That) && !ix_.is(t, QuoteWord::And);
    };
    uint32_t n = k;
    while (n < e && n < k + 2 && plain(n)) ++n;
    if (n > k && n + 2 < e && ix_.is(n, QuoteWord::And) && plain(n + 1))
      for (uint32_t t = n + 2; t < e && t <= n + kMaxNounPhrase; ++t) {
        if (ix_.is(t, QuoteWord::Aux)) return true;
        if (ix_.kind(t) != TokenKind::Word || ix_.info[t].cue || ix_.is(t, QuoteWord::That) ||
            ix_.is(t, QuoteWord::And) || ix_.ed_form(t))
          break;
      }
    return false;
  }

  // "rose", "fell", "doubled": the verbs of a figure's movement in the past ("said turnover rose").
  static bool figure_moved(std::string_view v) {
    static constexpr std::string_view kVerbs[] = {
        "rose",   "fell",    "grew",   "dropped", "slumped", "jumped",  "climbed", "increased", "declined", "doubled",
        "halved", "slipped", "soared", "plunged", "surged",  "tumbled", "shrank",  "recovered", "dipped",   "edged"};
    for (std::string_view x : kVerbs)
      if (v == x) return true;
    return false;
  }

  // "three", "a dozen": a number written as a word ("said at least three people were hurt").
  bool number_word(uint32_t t) const {
    static constexpr std::string_view kWords[] = {"two",      "three",    "four",      "five",   "six",    "seven",
                                                  "eight",    "nine",     "ten",       "eleven", "twelve", "twenty",
                                                  "thirty",   "forty",    "fifty",     "dozen",  "dozens", "hundred",
                                                  "hundreds", "thousand", "thousands", "one"};
    const std::optional<std::string_view> word = ix_.word_lower(t);
    const std::string other = word ? std::string() : ix_.lower(t);
    const std::string_view w = word ? *word : std::string_view(other);
    for (std::string_view x : kWords)
      if (w == x) return true;
    return false;
  }

  // "more than 200", "fewer than", "as many as 20,000", "at least 12", "up to 50", "about 30", "nearly 40".
  bool quantity_start(uint32_t k, uint32_t e) const {
    // A number, not a clock time ("said around 4:10 p.m.") nor a duration ("about 30 minutes later").
    auto number = [&](uint32_t t) {
      if (t >= e || ix_.text(t).find(':') != std::string_view::npos) return false;
      if (ix_.word_is(t, "a") && t + 1 < e && number_word(t + 1)) ++t;  // "at least a dozen"
      if (ix_.kind(t) != TokenKind::Number && !number_word(t)) return false;
      if (t + 1 >= e) return true;
      std::string n = ix_.lower(t + 1);
      return !(ix_.is(t + 1, QuoteWord::Time) || n.rfind("a.m", 0) == 0 || n.rfind("p.m", 0) == 0 || n == "am" ||
               n == "pm" || n.rfind("minute", 0) == 0 || n.rfind("hour", 0) == 0 || n.rfind("day", 0) == 0);
    };
    if ((ix_.word_is(k, "more") || ix_.word_is(k, "fewer") || ix_.word_is(k, "less")) && k + 1 < e &&
        ix_.word_is(k + 1, "than"))
      return true;
    if (ix_.word_is(k, "as") && k + 2 < e && (ix_.word_is(k + 1, "many") || ix_.word_is(k + 1, "much")) &&
        ix_.word_is(k + 2, "as"))
      return true;
    if ((ix_.word_is(k, "at") && k + 1 < e && ix_.word_is(k + 1, "least")) ||
        (ix_.word_is(k, "up") && k + 1 < e && ix_.word_is(k + 1, "to")))
      return number(k + 2);
    return (ix_.word_is(k, "about") || ix_.word_is(k, "nearly") || ix_.word_is(k, "almost") ||
            ix_.word_is(k, "around") || ix_.word_is(k, "some") || ix_.word_is(k, "over")) &&
           number(k + 1);
  }

  // "STOCKHOLM — Talks broke down ..., officials said.": a wire dateline (text/dateline.h) that opens the
  // paragraph is where the story was filed, not what was said; the clause starts after its dash.
  uint32_t after_dateline(uint32_t a, uint32_t b) const {
    std::optional<Dateline> d = find_dateline(doc_, a);
    return d && d->end <= b ? d->end : a;
  }

  bool add_indirect(const CueMatch& m, uint32_t a, uint32_t b, float score) {
    a = after_dateline(a, b);
    // "Meanwhile, Rovers are close to signing X, according to reports": a connective that opens the sentence links
    // it to the writer's last one and is no part of the report.
    if (a + 2 < b && a == ix_.sentence_of(a).first_token && ix_.is_punct(a + 1, ",") &&
        (ix_.word_is(a, "meanwhile") || ix_.word_is(a, "however") || ix_.word_is(a, "separately") ||
         ix_.word_is(a, "elsewhere")))
      a += 2;
    // "reported that, according to a source, the team ...": the clause starts at its first word.
    while (a < b && ix_.kind(a) == TokenKind::Punct && !ix_.is_punct(a, "(") && !ix_.is_punct(a, "[")) ++a;
    while (b > a && (ix_.kind(b - 1) == TokenKind::Punct || ix_.kind(b - 1) == TokenKind::Dash) &&
           !ix_.is_punct(b - 1, ")") && !ix_.is_punct(b - 1, "]"))
      --b;
    // "(the Courier says the route has changed)": the bracket closes around the report, not in its clause.
    if (b > a && ix_.is_punct(b - 1, ")")) {
      bool opened = false;
      for (uint32_t k = a; k + 1 < b && !opened; ++k) opened = ix_.is_punct(k, "(");
      if (!opened) --b;
    }
    // A clause that holds a quotation is left to its partial quotes; titles and names in marks ("who directed
    // “The Golden Compass,”") may stand in it.
    uint32_t names = name_mark_prefix_.empty() ? 0 : name_mark_prefix_[b] - name_mark_prefix_[a];
    if (b <= a || b - a < 3 || ix_.marks_between(a, b) > names) return false;
    // The same clause is reported once (a nested pass may find a clause of its sentence again).
    if (clause_close_[a] == b - 1) return false;
    clause_close_[a] = b - 1;
    Item it;
    it.kind = QuoteKind::Indirect;
    it.open = a;
    it.close = b - 1;
    it.span = tokens_span(a, b);
    it.phrase = m.speaker;
    it.cue = tokens_span(m.first, m.last);
    it.anchor = m.verb;
    it.rule = Rule::Cue;
    it.score = score;
    items_.push_back(it);
    return true;
  }

  [[gnu::noinline]] void find_indirect() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sen = doc_.sentences[s];
      if (sen.first_token >= sen.last_token) continue;
      // Reported speech is read in body paragraphs and in the standfirst ("..., officials said."), not in
      // headlines, captions or block quotations.
      BlockKind kind = block_kind(sen.first_token);
      if (kind != BlockKind::Paragraph && kind != BlockKind::Subtitle && kind != BlockKind::Title &&
          kind != BlockKind::Caption)
        continue;
      if (in_turn_[sen.first_token]) continue;  // a transcript's turn: a quotation already
      uint32_t a = sen.first_token, b = sen.last_token;
      uint32_t e = b;
      while (e > a && ix_.kind(e - 1) == TokenKind::Punct && terminal(ix_.text(e - 1))) --e;
      // Speech verbs first: "According to the Herald, Burrows said the flag ..." is Burrows's.
      size_t first = items_.size();
      if (indirect_say(a, b, e))
        according_then_relative(a, items_[first].open);
      else if (!indirect_according(a, b, e) && !indirect_impersonal(a, e) && !indirect_ask(a, b, e))
        indirect_told(a, e);
      indirect_noun(a, e);
      for (size_t i = first, n = items_.size(); i < n; ++i) find_nested(i);
    }
  }

  // "In an interview, the mayor also said:" and then a list, each item a clause of the writer's without marks or a
  // full stop ("The bridge will reopen in May", "She is confident the budget will pass"): each item is a report of
  // that speaker (docs/annotation.md). Two or more such paragraphs in a row, one sentence each, up to the first that
  // is not one; an item that holds words in marks is left to the quotation stage (add_indirect).
  [[gnu::noinline]] void find_colon_lists(size_t marked_begin, size_t marked_end) {
    const auto& blocks = doc_.article.blocks;
    for (uint32_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != BlockKind::Paragraph || !has_tokens(b)) continue;
      uint32_t last = block_last_[b];  // one past the block's last token
      if (last < block_first_[b] + 3 || !ix_.is_punct(last - 1, ":") || ix_.info[last - 2].quote >= 0) continue;
      uint32_t verb = last - 2;
      if (!ix_.info[verb].cue) continue;
      CueWord kind = *ix_.info[verb].cue;
      if (kind != CueWord::Say && kind != CueWord::Report && kind != CueWord::Utter) continue;
      std::optional<CueMatch> m = cue_at(verb);
      if (!m) continue;
      std::vector<std::pair<uint32_t, uint32_t>> list;
      uint32_t n = b + 1;
      for (; n < blocks.size() && list.size() < kMaxListItems; ++n) {
        if (!has_tokens(n)) continue;
        // (Plain text has no list markup: a short item without a full stop may read as a heading.)
        if (blocks[n].kind != BlockKind::Paragraph && blocks[n].kind != BlockKind::Heading) break;
        uint32_t a = block_first_[n], e = block_last_[n];
        bool item = ix_.info[a].sentence == ix_.info[e - 1].sentence && e > a + 2 && !terminal(ix_.text(e - 1)) &&
                    ix_.kind(a) != TokenKind::Quote && ix_.kind(e - 1) != TokenKind::Quote && !in_turn_[a];
        if (!item) break;
        list.emplace_back(a, e);
      }
      if (list.size() < 2) continue;
      for (const auto& [a, e] : list) {
        if (add_indirect(*m, a, e, 0.7f)) continue;
        // An item that holds words in marks ("He would speak “plainly” on the trade deal") is a partial quote of the
        // speaker, its clause the whole item.
        auto it = std::lower_bound(items_.begin() + static_cast<std::ptrdiff_t>(marked_begin),
                                   items_.begin() + static_cast<std::ptrdiff_t>(marked_end), a,
                                   [](const Item& x, uint32_t tok) { return x.open < tok; });
        for (; it != items_.begin() + static_cast<std::ptrdiff_t>(marked_end) && it->open < e; ++it) {
          if (!it->marked || it->close >= e || !it->phrase.empty() || it->scare_context || it->title || it->statement)
            continue;
          it->phrase = m->speaker;
          it->anchor = m->verb;
          it->cue = tokens_span(m->first, m->last);
          it->rule = Rule::Cue;
          it->score = 0.7f;
          it->clause = tokens_span(a, e);
        }
      }
      b = n - 1;
    }
  }

  // Reported speech inside a reported clause, with its own cue and clause ("The columnist reports that two sources
  // said <the painting would ...>", "reported that, according to a source, <the club is ...>", "<officials said
  // Monday <they would ...>>, the Ledger reported"): one level deep, and a sentence's clauses overlap only
  // under its trailing attribution, so each token is read at most three times. Not the outer quote's own cue
  // again, not a clause found already (add_indirect), not a pronoun's report (the outer speaker again).
  void find_nested(size_t outer) {
    if (items_[outer].kind != QuoteKind::Indirect) return;
    uint32_t a = items_[outer].open, b = items_[outer].close + 1, anchor = items_[outer].anchor;
    size_t before = items_.size();
    if (!indirect_say(a, b, b) && !indirect_according(a, b, b)) indirect_impersonal(a, b);
    size_t out = before;
    for (size_t i = before; i < items_.size(); ++i) {
      // "X said that ... something that he said was years away": a pronoun inside X's report is X again; not "she"
      // inside the report of a "he" (or the reverse): "She said he had told the nurses that <clause>".
      const SpeakerPhrase& p = items_[i].phrase;
      bool other = pronoun_gender(items_[outer].phrase) != 0 && pronoun_gender(p) != 0 &&
                   pronoun_gender(items_[outer].phrase) != pronoun_gender(p);
      bool again =
          items_[i].anchor == anchor || (!p.empty() && p.mentions.front().kind == MentionKind::Pronoun && !other);
      if (again) continue;
      if (out != i) items_[out] = std::move(items_[i]);
      ++out;
    }
    items_.resize(out);
  }

  // 1 for a phrase that is "he", 2 for "she", else 0.
  int pronoun_gender(const SpeakerPhrase& p) const {
    if (p.empty() || p.mentions.front().kind != MentionKind::Pronoun) return 0;
    std::optional<SpeakerWord> w = ix_.info[p.mentions.front().head].speaker;
    return w == SpeakerWord::He ? 1 : w == SpeakerWord::She ? 2 : 0;
  }

  // A noun of speech with "that" and a clause (cues.tsv, Noun; or a speech verb's form used as a noun after a
  // determiner or a possessor: "his claim that"): "the premier's insistence that the cuts are vital", "his claim that
  // ...". The possessor speaks; with none ("the announcement that ...") the source is unnamed. Not a relative
  // clause ("the warning that was issued": clause_start).
  void indirect_noun(uint32_t a, uint32_t e) {
    uint32_t stop = std::min(e, a + kMaxSentenceScan);
    for (uint32_t t = a + 1; t + 2 < stop; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (x.quote >= 0) continue;
      // "Her view is that <clause>": a possessor's view, "is" or "was", then "that".
      bool view = view_is_that(t, e);
      if (!view && !ix_.is(t + 1, QuoteWord::That)) continue;
      uint32_t c = view ? t + 3 : t + 2;  // where the clause starts
      // Not a subject pronoun: "He noted that ..." is the verb, which indirect_say reads.
      // A possessive clitic ("the mayor's"), not a contracted auxiliary ("He'll contend that" is the verb).
      bool possessor = possessive_clitic(t - 1) || ix_.word_is(t - 1, "his") || ix_.word_is(t - 1, "her") ||
                       ix_.word_is(t - 1, "their") || ix_.word_is(t - 1, "its");
      bool noun_use = x.cue && (*x.cue == CueWord::Say || *x.cue == CueWord::Report) &&
                      (possessor || ix_.is(t - 1, QuoteWord::Determiner));
      // "Some analysts expressed the concern that ...": a noun of worry or belief reports a clause only when the
      // verb before it voices it.
      uint32_t voiced = voicing_verb(t, a);
      if (!x.speech_noun && !noun_use && !voiced && !view) continue;
      bool with_object = noun_verb_object(c, e);
      if ((!clause_start(c, e) && !with_object) || object_gap(c, e)) continue;
      SpeakerPhrase who;
      if (possessor) who = phrases_.possessor_before(t, a);
      if (voiced) {
        who = phrases_.subject_before(voiced, a);
        if (who.empty()) continue;
      }
      // "He named his ties to Y to support his claim that ...": a possessive pronoun of the sentence's subject's
      // gender is the subject, not the name nearest before it.
      if (!who.empty() && who.mentions.front().kind == MentionKind::Pronoun) {
        uint32_t f = ix_.sentence_of(t).first_token;
        if (f + 1 < t && ix_.subject_pronoun(f) && ix_.info[f].speaker == ix_.info[who.mentions.front().head].speaker)
          who = phrases_.possessor_before(f + 1, f);
      }
      if (who.empty()) {
        add_hearsay(t, t, c, e);
        continue;
      }
      CueMatch m;
      m.verb = m.first = t;
      m.last = t + 1;
      m.kind = CueWord::Report;
      m.speaker = who;
      m.begin = who.mentions.front().first;
      m.end = t + 1;
      uint32_t end = clause_end(c, e);
      // "The premier's insistence that the cuts are vital failed to sway the unions": in the sentence's subject, the
      // clause ends before the sentence's own verb.
      // Only capitalised words, determiners and the tables' nouns of people before the noun ("Prime minister
      // X's insistence", "The mayor's insistence").
      bool subject = true;
      for (uint32_t k = a; k + 1 < t && subject; ++k)
        subject = !ix_.info[k].lower || ix_.is(k, QuoteWord::Determiner) || ix_.info[k].speaker;
      if (subject && !view) end = with_object ? before_main_verb(c + 2, end, true) : before_main_verb(c, end);
      add_indirect(m, c, end, 0.7f);
    }
  }

  // "'s" or "’s" (or a bare apostrophe after a plural: "the players' claim"): a possessive, not "'ll", "'ve", "'d".
  bool possessive_clitic(uint32_t t) const {
    if (ix_.kind(t) != TokenKind::Clitic) return false;
    std::string w = ix_.lower(t);
    return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019";
  }

  // "the claim that staff made was ...", "the allegations that staff raised were ...": after a noun and "that", a short
  // subject, a verb that takes an object, and straight after it an auxiliary: a relative clause with its object gone,
  // no report.
  bool object_gap(uint32_t c, uint32_t e) const {
    static constexpr std::string_view kVerbs[] = {"made",    "gave",     "took",    "brought",   "sent",     "wrote",
                                                  "raised",  "filed",    "lodged",  "issued",    "received", "heard",
                                                  "put",     "set",      "found",   "used",      "cited",    "voiced",
                                                  "offered", "levelled", "leveled", "published", "posted"};
    for (uint32_t v = c + 1; v + 1 < e && v <= c + 4; ++v) {
      bool verb = false;
      for (std::string_view w : kVerbs) verb = verb || ix_.word_is(v, w);
      if (verb) return ix_.is(v + 1, QuoteWord::Aux);
      if (ix_.kind(v) != TokenKind::Word || ix_.is(v, QuoteWord::Aux) || ix_.info[v].cue || ix_.is(v, QuoteWord::That))
        return false;
    }
    return false;
  }

  // "Her view is that", "the minister's position was that": a possessor, a noun of a held view, "is" or "was" and
  // "that" (not "the view is that": no one holds it).
  bool view_is_that(uint32_t t, uint32_t e) const {
    if (t == 0 || t + 3 >= e || !ix_.is(t + 2, QuoteWord::That)) return false;
    if (!ix_.word_is(t + 1, "is") && !ix_.word_is(t + 1, "was")) return false;
    bool possessor = possessive_clitic(t - 1) || ix_.word_is(t - 1, "his") || ix_.word_is(t - 1, "her") ||
                     ix_.word_is(t - 1, "their") || ix_.word_is(t - 1, "its");
    static constexpr std::string_view kNouns[] = {"view", "position", "argument", "contention", "message"};
    bool noun = false;
    for (std::string_view w : kNouns) noun = noun || ix_.word_is(t, w);
    return possessor && noun;
  }

  // A noun of worry or belief, which reports nothing by itself ("amid concerns that" is the writer's).
  bool worry_noun(uint32_t t) const {
    static constexpr std::string_view kNouns[] = {"concern", "concerns", "fear", "fears", "worry",
                                                  "worries", "belief",   "hope", "hopes"};
    for (std::string_view w : kNouns)
      if (ix_.word_is(t, w)) return true;
    return false;
  }

  // The verb that voices the noun of worry at t ("expressed the concern", "voiced fears"), not before a, or 0.
  uint32_t voicing_verb(uint32_t t, uint32_t a) const {
    if (!worry_noun(t) || t < a + 2) return 0;
    uint32_t v = t - 1;
    if (ix_.is(v, QuoteWord::Determiner) && v > a + 1) --v;
    static constexpr std::string_view kVerbs[] = {"expressed", "expresses", "express", "voiced", "voices", "voice"};
    for (std::string_view w : kVerbs)
      if (ix_.word_is(v, w)) return v;
    return 0;
  }

  // "claim that staffing met the standard": a lowercase noun, a lowercase word that is no table's and then a
  // determiner: the word is the clause's verb and the determiner opens its object (a relative clause, "the claim
  // that staff made was", has no object after its verb).
  bool noun_verb_object(uint32_t k, uint32_t e) const {
    if (k + 3 >= e) return false;
    auto plain = [&](uint32_t t) {
      const TokenInfo& y = ix_.info[t];
      return ix_.kind(t) == TokenKind::Word && y.lower && !y.word && !y.cue && !y.speaker && !y.ly && y.quote < 0;
    };
    if (!plain(k) || !plain(k + 1) || ix_.ing_form(k + 1)) return false;
    if (ix_.is(k + 2, QuoteWord::Determiner)) return true;
    // "that staffing met national guidance was disputed": a bare object of two words, then the sentence's auxiliary.
    return k + 4 < e && plain(k + 2) && plain(k + 3) && ix_.is(k + 4, QuoteWord::Aux) && ix_.ed_form(k + 5);
  }

  // In a clause [k, end) that stands inside the sentence's subject, where the sentence's verb starts: a past form in
  // -ed right after a noun, once the clause has had a verb of its own ("the cuts are vital failed"; verb: the
  // clause's verb came before k).
  uint32_t before_main_verb(uint32_t k, uint32_t end, bool verb = false) const {
    for (uint32_t t = k; t < end; ++t) {
      std::string_view w = ix_.text(t);
      // Not a compound: "cloud-related", "state-owned" describe a noun.
      bool past = ix_.ed_form(t) && w.find('-') == w.npos;
      if (verb && past && t > k && ix_.kind(t - 1) == TokenKind::Word && ix_.info[t - 1].lower &&
          !ix_.is(t - 1, QuoteWord::Aux) && !ix_.is(t - 1, QuoteWord::Adverb) && !ix_.info[t - 1].ly &&
          !ix_.word_is(t - 1, "to"))
        return t;
      // "the coming weeks would be difficult was echoed by": an auxiliary and a participle after a describing word.
      if (verb && t > k && t + 1 < end && ix_.is(t, QuoteWord::Aux) && ix_.ed_form(t + 1) &&
          ix_.kind(t - 1) == TokenKind::Word && ix_.info[t - 1].lower && !ix_.info[t - 1].word &&
          !ix_.info[t - 1].speaker && !ix_.info[t - 1].cue && !ix_.info[t - 1].ly)
        return t;
      // "the staff were paid late was withdrawn": a second auxiliary after the clause's verb, not after another
      // auxiliary, a negation, an adverb or a conjunction, is the sentence's own.
      if (verb && t > k && ix_.is(t, QuoteWord::Aux) && ix_.kind(t - 1) == TokenKind::Word && ix_.info[t - 1].lower &&
          !ix_.is(t - 1, QuoteWord::Aux) && !ix_.is(t - 1, QuoteWord::Negation) && !ix_.is(t - 1, QuoteWord::Adverb) &&
          !ix_.info[t - 1].ly && !ix_.is(t - 1, QuoteWord::And) && !ix_.is(t - 1, QuoteWord::But) &&
          !ix_.is(t - 1, QuoteWord::That) && !ix_.is(t - 1, QuoteWord::Question) && !ix_.word_is(t - 1, "or") &&
          !ix_.word_is(t - 1, "to") && !ix_.info[t - 1].speaker)
        return t;
      verb = verb || ix_.is(t, QuoteWord::Aux) || past;
    }
    return end;
  }

  // Court reports: "The jury was told that ...", "The court heard that ...": what unnamed sources said (the
  // prosecution, witnesses), a passive "told" (or "advised", "informed") or a hearing body's "heard", with
  // "that". Only in a sentence with no other cue: inside another report the clause is too long to bound.
  // "<clause>, an inquest has heard.", "<clause>, the jury was told.": a hearing body's report set after the
  // whole sentence, with no source of its own (anonymous, as "the court heard that").
  bool trailing_hearing(uint32_t a, uint32_t e) {
    if (e < a + 5) return false;
    uint32_t v = e - 1;
    bool heard = ix_.word_is(v, "heard");
    bool told = ix_.word_is(v, "told") && (ix_.word_is(v - 1, "was") || ix_.word_is(v - 1, "were"));
    if (!heard && !told) return false;
    uint32_t body = v - 1;
    if (heard && (ix_.word_is(body, "has") || ix_.word_is(body, "had") || ix_.word_is(body, "was"))) --body;
    if (told) body = v - 2;
    static constexpr std::string_view kBodies[] = {"court",   "jury",  "inquest", "tribunal",
                                                   "hearing", "trial", "jurors",  "inquiry"};
    bool is_body = false;
    for (std::string_view w : kBodies) is_body = is_body || ix_.word_is(body, w);
    if (!is_body || body < a + 3) return false;
    uint32_t comma = body - 1;
    // "a public inquiry has heard": one describing word between the article and the body.
    if (ix_.kind(comma) == TokenKind::Word && ix_.info[comma].lower && !ix_.info[comma].word &&
        !ix_.info[comma].speaker && !ix_.info[comma].cue && comma > a + 2 && ix_.is(comma - 1, QuoteWord::Determiner))
      --comma;
    if (ix_.is(comma, QuoteWord::Determiner)) --comma;
    if (!ix_.is_punct(comma, ",") || ix_.info[comma].quote >= 0) return false;
    CueMatch m = impersonal_cue(v, comma + 1);
    if (!add_indirect(m, a, comma, 0.6f)) return false;
    items_.back().hearsay = true;
    return true;
  }

  bool indirect_told(uint32_t a, uint32_t e) {
    if (trailing_hearing(a, e)) return true;
    uint32_t stop = std::min(e, a + kMaxSentenceScan);
    for (uint32_t t = a + 1; t + 2 < stop; ++t) {
      if (ix_.info[t].quote >= 0) continue;
      bool that = ix_.is(t + 1, QuoteWord::That);
      // "The court heard the boy was taken to hospital": a hearing body's "heard" also without "that".
      bool court = ix_.word_is(t, "heard") &&
                   (ix_.word_is(t - 1, "court") || ix_.word_is(t - 1, "jury") || ix_.word_is(t - 1, "inquest") ||
                    ix_.word_is(t - 1, "tribunal") || ix_.word_is(t - 1, "hearing") || ix_.word_is(t - 1, "trial") ||
                    ix_.word_is(t - 1, "inquiry"));
      // "the coach was told his contract would not be renewed": a passive "told" with no agent, also without "that".
      // "he has been told the fire is ..." too.
      bool told_bare = ix_.word_is(t, "told") && (ix_.word_is(t - 1, "was") || ix_.word_is(t - 1, "were") ||
                                                  ix_.word_is(t - 1, "been") || told_after_passive(ix_, t));
      // Whether a clause follows matters only after those two (both tests are const: asking fewer changes nothing).
      bool clause = (court || told_bare) &&
                    (ix_.is(t + 1, QuoteWord::Determiner) ? subject_then_aux(t + 1, e) : clause_start(t + 1, e));
      // "his contract would": a possessive pronoun, its noun and an auxiliary (a speaker word, so no subject_then_aux).
      if (told_bare && !clause && t + 3 < e &&
          (ix_.word_is(t + 1, "his") || ix_.word_is(t + 1, "her") || ix_.word_is(t + 1, "their") ||
           ix_.word_is(t + 1, "its")) &&
          ix_.info[t + 2].lower && ix_.kind(t + 2) == TokenKind::Word && !ix_.info[t + 2].cue)
        clause = ix_.is(t + 3, QuoteWord::Aux) || (t + 4 < e && ix_.info[t + 3].lower &&
                                                   ix_.kind(t + 3) == TokenKind::Word && ix_.is(t + 4, QuoteWord::Aux));
      if (!that && !((court || told_bare) && clause)) continue;
      bool told = (is_tell(ix_.lower(t)) || addresses(t)) && !ix_.ing_form(t) &&
                  (ix_.word_is(t - 1, "was") || ix_.word_is(t - 1, "were") || ix_.word_is(t - 1, "been") ||
                   ix_.word_is(t - 1, "is") || ix_.word_is(t - 1, "are") || told_after_passive(ix_, t));
      bool heard = ix_.word_is(t, "heard") &&
                   (ix_.word_is(t - 1, "court") || ix_.word_is(t - 1, "jury") || ix_.word_is(t - 1, "inquest") ||
                    ix_.word_is(t - 1, "tribunal") || ix_.word_is(t - 1, "hearing") || ix_.word_is(t - 1, "trial") ||
                    ix_.word_is(t - 1, "inquiry"));
      if (!told && !heard) continue;
      CueMatch m = impersonal_cue(t, t - 1);
      uint32_t start = that ? t + 2 : t + 1;
      uint32_t end = clause_end(start, e);
      // "... was told her job would go, fuelling talk of ...": the writer's participle after a comma ends it.
      for (uint32_t k = start + 2; told_bare && k + 1 < end; ++k)
        if (ix_.is_punct(k, ",") && ix_.info[k + 1].lower && ix_.ing_form(k + 1)) {
          end = k;
          break;
        }
      // Hearsay of unnamed sources in a court ("the jury was told that"); a bare "was told <clause>" names no one
      // (the news set gives it no speaker).
      if (add_indirect(m, start, end, 0.6f)) {
        items_.back().hearsay = !(told_bare && !that);
        return true;
      }
    }
    return false;
  }

  // Where a reported clause that starts at `start` ends: before ", adding that", "and Z said ...", or the
  // sentence's end `e`.
  // Does [a, b) name someone who may act: a subject pronoun, a speaker noun (officials, residents, the company) or
  // a person, organisation, group or place?
  bool agent_between(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t) {
      const TokenInfo& x = ix_.info[t];
      // (A source noun right after a preposition, or its determiner, is an object: "short of staff", "a shortage of
      // nurses", "had risen by a third".)
      bool object =
          t > a && (ix_.is(t - 1, QuoteWord::Preposition) ||
                    (t > a + 1 && ix_.is(t - 1, QuoteWord::Determiner) && ix_.is(t - 2, QuoteWord::Preposition)));
      if (ix_.subject_pronoun(t) || (is_source_noun(x.speaker) && !object) || x.entity >= 0 || x.run >= 0) return true;
    }
    return false;
  }

  // Does the sentence of token t open with a subordinate clause ("When", "After", "If" ...) that holds t, its comma
  // still to come?
  bool in_opening_subordinate(uint32_t t) const {
    uint32_t first = ix_.sentence_of(t).first_token;
    // Not "As": "As I wrote in an earlier column, <clause>" is a parenthetical before the report.
    // "Having told reporters he would stay, Reyes left": a perfect participle's clause too.
    static constexpr std::string_view kOpeners[] = {"when",  "after",   "before", "if",   "although", "though",
                                                    "while", "because", "since",  "once", "until",    "having"};
    std::string w = ix_.lower(first);
    bool opens = false;
    for (std::string_view o : kOpeners) opens = opens || w == o;
    // "Now that it has been confirmed that <clause>, the club will ...".
    opens = opens || (w == "now" && first + 1 < t && ix_.word_is(first + 1, "that"));
    if (!opens || !ix_.info[first].upper) return false;
    for (uint32_t k = first + 1; k < t; ++k)
      if (ix_.is_punct(k, ",") || ix_.kind(k) == TokenKind::Quote || ix_.kind(k) == TokenKind::Dash) return false;
    return true;
  }

  // Is the cue before `start` inside a relative clause set off by a comma ("Pell, who has argued that ...")? Read back
  // a few tokens to the nearest comma.
  bool in_relative_clause(uint32_t start) const {
    uint32_t first = ix_.sentence_of(start).first_token;
    for (uint32_t t = start; t-- > first && start - t <= 8;) {
      if (!ix_.is_punct(t, ",")) continue;
      return ix_.word_is(t + 1, "who") || ix_.word_is(t + 1, "which");
    }
    return false;
  }

  uint32_t clause_end(uint32_t start, uint32_t e) {
    // "When the owners announced they were retiring, residents feared the worst": a report inside an opening
    // subordinate clause ends at that clause's comma.
    // A comma before "and", "but" or "that" goes on with the report ("Although X claimed A, and that B, others ...").
    if (in_opening_subordinate(start))
      for (uint32_t k = start + 1; k + 1 < e && k < start + kMaxSentenceScan; ++k)
        if (ix_.is_punct(k, ",") && !ix_.is(k + 1, QuoteWord::And) && !ix_.is(k + 1, QuoteWord::But) &&
            !ix_.is(k + 1, QuoteWord::That)) {
          e = k;
          break;
        }
    // Read at most kMaxSentenceScan tokens: each cue reads a bounded stretch, whatever the sentence's length.
    uint32_t stop = std::min(e, start + kMaxSentenceScan);
    bool bracket = false;  // a "(" opened inside the clause
    bool relative = in_relative_clause(start);
    for (uint32_t k = start + 1; k + 1 < stop; ++k) {
      // "the race would start on time (the Courier says the route has changed)": a bracket with its own cue is another
      // report;
      // "(the agency says she resigned)": a report inside brackets ends with them.
      if (ix_.is_punct(k, "(") && cue_within(k + 1, std::min(e, k + 6))) return k;
      if (ix_.is_punct(k, "(")) bracket = true;
      if (ix_.is_punct(k, ")") && !bracket) return k;
      bool comma = ix_.is_punct(k, ",");
      // "Pell, who has argued that he was framed, instructed his lawyers ...": a report inside a relative clause ends
      // at the comma that closes it, before the main clause's verb.
      if (comma && relative && ix_.info[k + 1].lower && ix_.ed_form(k + 1) && !ix_.info[k + 1].cue) return k;
      // "the deal was poor, an insider calling it ...", "he opposed the change, with an aide stating: ...": a source
      // and its participle of speech start another report.
      if ((comma || ix_.word_is(k, "with")) && source_participle(k + 1, e)) return k;
      // "she had heard of the plan, but “it changes nothing.”": the quoted clause is its own (partial) quote.
      if (comma && k + 2 < e && ix_.is(k + 1, QuoteWord::But) && ix_.kind(k + 2) == TokenKind::Quote &&
          ix_.info[k + 2].quote >= 0)
        return k;
      // "officials said they would review the timetable, the Ledger reported Monday.": the trailing
      // attribution reports the whole sentence, this clause ends before it.
      if (comma && trailing_attribution(k, e)) return k;
      // "said allies had agreed to speed up deliveries, but he gave no figures": ", but he/she" and a verb that is no
      // auxiliary or cue is the writer's narration about the speaker (the report's own subject is rarely "he" after
      // "but" with a past verb of doing).
      if (comma && k + 3 < e && ix_.is(k + 1, QuoteWord::But) &&
          (ix_.word_is(k + 2, "he") || ix_.word_is(k + 2, "she")) && ix_.info[k + 3].lower &&
          ix_.kind(k + 3) == TokenKind::Word && !ix_.is(k + 3, QuoteWord::Aux) && !ix_.info[k + 3].cue &&
          !ix_.is(k + 3, QuoteWord::Adverb) && !ix_.info[k + 3].ly && !ix_.is(k + 3, QuoteWord::Negation))
        return k;
      // "Some said A; others said B": a semicolon before another cue ends the clause like "and".
      bool conj = ix_.is(k, QuoteWord::And) || ix_.is(k, QuoteWord::But) || ix_.is_punct(k, ";");
      if (!comma && !conj) continue;
      // "the climbers are foreigners, but would not give their names", "..., but declined to say more": the
      // speaker's refusal, after the clause.
      if (comma && k + 2 < e && ix_.is(k + 1, QuoteWord::But) &&
          ((ix_.is(k + 2, QuoteWord::Aux) && k + 3 < e && ix_.is(k + 3, QuoteWord::Negation)) ||
           ix_.word_is(k + 2, "declined") || ix_.word_is(k + 2, "refused")))
        return k;
      // "58 percent said the fees were unfair, compared with 30 percent who ...": so is ", compared with".
      if (comma && k + 2 < e && ix_.word_is(k + 1, "compared") &&
          (ix_.word_is(k + 2, "with") || ix_.word_is(k + 2, "to")))
        return k;
      // "said that prices had fallen, while the Academy urged Congress to act": a contrast with its own subject is
      // the writer's ("..., while admitting that" goes on with the speaker).
      if (comma && k + 2 < e && (ix_.word_is(k + 1, "while") || ix_.word_is(k + 1, "whereas")) &&
          (ix_.is(k + 2, QuoteWord::Determiner) || ix_.info[k + 2].upper) && !ix_.subject_pronoun(k + 2))
        return k;
      // "rumours that the firm would cut prices, and while the date is not fixed, the firm did confirm it": a
      // contrast opened after ", and" starts the writer's next sentence-level clause.
      if (comma && k + 3 < e && ix_.is(k + 1, QuoteWord::And) &&
          (ix_.word_is(k + 2, "while") || ix_.word_is(k + 2, "although") || ix_.word_is(k + 2, "though")) &&
          (ix_.is(k + 3, QuoteWord::Determiner) || ix_.info[k + 3].upper))
        return k;
      // "she would reverse the rise, as have two councillors": a comparison is the writer's.
      if (comma && k + 2 < e && ix_.word_is(k + 1, "as") && ix_.is(k + 2, QuoteWord::Aux)) return k;
      // "it would close the plant, a decision that puts 300 jobs at risk": a closing apposition on the whole clause is
      // the writer's comment.
      if (comma && k + 2 < e && (ix_.word_is(k + 1, "a") || ix_.word_is(k + 1, "an")) && comment_to_end(k + 2, e))
        return k;
      // "he knew of no grudge, a view echoed by the bank's chief": a noun and its participle with "by" after it.
      if (comma && k + 4 < e && (ix_.word_is(k + 1, "a") || ix_.word_is(k + 1, "an")) && ix_.info[k + 2].lower &&
          ix_.ed_form(k + 3) && ix_.word_is(k + 4, "by"))
        return k;
      // "word emerged that A, and by then, word was that B": another frame of hearsay ends the clause.
      for (uint32_t j = k + 1; j < e && j <= k + 8 && !ix_.is(j, QuoteWord::That); ++j)
        if (hearsay_word(j, start, e) != UINT32_MAX) return k;
      // "said she would be, and Pell phoned her again", "told them they could camp there, and crews working overnight
      // erected ...": after a clause whose verb is a modal, ", and" with a subject of its own and a verb in -ed is the
      // writer's narration ("said the man entered the shop, and a clerk called" may be the same report: it goes on).
      if (comma && k + 3 < e && ix_.is(k + 1, QuoteWord::And) && modal_clause(start, k) && narrated_after(k + 2, e))
        return k;
      // "said the ward was short of staff and apologised to the family": the speaker's act after "and" (when the
      // clause names no one who may have done it: "said she was wrong and apologised").
      if (ix_.is(k, QuoteWord::And) && k + 1 < e && ix_.is(k + 1, QuoteWord::Act) && !agent_between(start, k)) return k;
      // "said officers had spoken to witnesses but urged anyone with footage to come forward": a framing verb in the
      // past right after "but" is the speaker's next act, the contrast with what was reported; so is a verb of
      // report ("said he hoped to pass it, but acknowledged it faced a hard path").
      if (ix_.is(k, QuoteWord::But) && k + 1 < e && ix_.info[k + 1].lower && ix_.ed_form(k + 1) &&
          ix_.info[k + 1].cue && (*ix_.info[k + 1].cue == CueWord::Stance || *ix_.info[k + 1].cue == CueWord::Report))
        return k;
      // "said engineers were working on it but warned some customers ...": a verb of speech too (the contrast is the
      // speaker's, whoever the clause names).
      if (ix_.is(k, QuoteWord::But) && k + 1 < e && ix_.info[k + 1].lower && ix_.ed_form(k + 1) &&
          ix_.info[k + 1].cue && *ix_.info[k + 1].cue == CueWord::Say)
        return k;
      for (uint32_t j = k + 1; j < e && j <= k + 5; ++j) {
        const TokenInfo& x = ix_.info[j];
        // ", describing him as": a participle of a framing verb starts what the speaker did next.
        if (x.cue && *x.cue == CueWord::Stance && j == k + 1 && comma && ix_.ing_form(j)) return k;
        // "said demand had risen and asked customers to ...", "... and urged people to ...": a verb of asking or a
        // framing verb in the past right after "and" is the speaker's next act, when the clause names no one who may
        // have done it ("said she had called and asked for help" goes on).
        if (x.cue && (*x.cue == CueWord::Utter || *x.cue == CueWord::Stance) && j == k + 1 &&
            ix_.is(k, QuoteWord::And) && ix_.ed_form(j) && !agent_between(start, k))
          return k;
        // "said the rates were lower, and urged people to ...": a framing verb after ", and" is the speaker's next act.
        if (x.cue && *x.cue == CueWord::Stance && j == k + 2 && comma && ix_.is(k + 1, QuoteWord::And) &&
            !ix_.ing_form(j) && !x.upper)
          return k;
        // "was unlikely but could not be ruled out": a verb of report in the passive, or with "out" after it, is no
        // other speaker's cue.
        bool passive_or_out = j > k + 1 && (ix_.word_is(j - 1, "be") || ix_.word_is(j - 1, "been") ||
                                            ix_.word_is(j - 1, "being") || (j + 1 < e && ix_.word_is(j + 1, "out")));
        if (x.cue && (*x.cue == CueWord::Say || *x.cue == CueWord::Report) && !passive_or_out) {
          // ", adding that", "and officials said": another cue takes over; "said, however, that" does not.
          // "... a year but warned that ...": the same speaker's next verb of speech, with its own clause.
          // Not ", says that ..." after a subject and its apposition ("reports that Ann Fell, the chair of the board,
          // says that ..."): a finite verb with its own "that" is the clause's verb, its report nested in it.
          bool participle = j == k + 1 && comma &&
                            (ix_.ing_form(j) || j + 1 >= e || !ix_.is(j + 1, QuoteWord::That) || ix_.info[j].upper);
          bool next_report = j == k + 1 && conj && !ix_.ing_form(j) && j + 1 < e && ix_.is(j + 1, QuoteWord::That);
          // "maintains that A and says it will ...": a verb of speech and its own clause after "and".
          next_report =
              next_report || (j == k + 1 && ix_.is(k, QuoteWord::And) && *x.cue == CueWord::Say && !ix_.ing_form(j) &&
                              j + 2 < e && ix_.subject_pronoun(j + 1) && ix_.is(j + 2, QuoteWord::Aux));
          // "acknowledged that the care had fallen short and promised a review": a verb of speech in the past right
          // after "and" is the speaker's next act, unless the clause names someone who may have done it ("said she
          // had made mistakes and promised ...", "said US officials had raised it and warned them ...").
          bool next_act =
              j == k + 1 && ix_.is(k, QuoteWord::And) && !ix_.ing_form(j) && ix_.ed_form(j) && !agent_between(start, k);
          // "denied that he had heard it and insisted <clause>", "denied that A, and said <clause>": a finite verb of
          // speech with a clause of its own after "and", when the clause names its speaker by a pronoun (the same
          // speaker's next report either way) or a comma sets "and" off.
          bool own_clause = j + 1 < e && !ix_.ing_form(j) && !ix_.info[j].upper &&
                            (ix_.is(j + 1, QuoteWord::That) || (*x.cue == CueWord::Say && clause_start(j + 1, e)));
          // "acknowledged that A, but insisted B": a comma and "but" set the next report off too.
          bool comma_and = j == k + 2 && comma && (ix_.is(k + 1, QuoteWord::And) || ix_.is(k + 1, QuoteWord::But));
          next_report =
              next_report ||
              (own_clause && ((j == k + 1 && ix_.is(k, QuoteWord::And) && ix_.subject_pronoun(start)) || comma_and));
          if (participle || next_report || next_act || (conj && j > k + 1)) return k;
          break;
        }
        if (ix_.kind(j) == TokenKind::Punct || ix_.is(j, QuoteWord::That)) break;
      }
    }
    return e;
  }

  // "word emerged that", "word was that", "word has it that" at t (nothing describing "word" before it): hearsay.
  // The token after its "that", or UINT32_MAX.
  uint32_t hearsay_word(uint32_t t, uint32_t a, uint32_t e) const {
    if (!ix_.word_is(t, "word") || t + 2 >= e ||
        !(t == a || ix_.kind(t - 1) == TokenKind::Punct || ix_.is(t - 1, QuoteWord::And) ||
          ix_.is(t - 1, QuoteWord::But)))
      return UINT32_MAX;
    uint32_t v = t + 1;
    bool has_it = (ix_.word_is(v, "has") || ix_.word_is(v, "had")) && ix_.word_is(v + 1, "it");
    bool moved = ix_.word_is(v, "emerged") || ix_.word_is(v, "was") || ix_.word_is(v, "is") || ix_.word_is(v, "came") ||
                 ix_.word_is(v, "spread");
    if (!has_it && !moved) return UINT32_MAX;
    uint32_t start = that_after(v + (has_it ? 2 : 1), e);
    return start < e ? start : UINT32_MAX;
  }

  // A modal among the first words of the clause from `start` (before `end`): "she would be", "they could camp".
  bool modal_clause(uint32_t start, uint32_t end) const {
    static constexpr std::string_view kModals[] = {"will",  "would", "can",    "could", "may",
                                                   "might", "shall", "should", "must"};
    for (uint32_t t = start; t < end && t < start + 6; ++t) {
      for (std::string_view w : kModals)
        if (ix_.word_is(t, w)) return true;
      if (ix_.is(t, QuoteWord::Aux) || ix_.kind(t) == TokenKind::Punct) return false;
    }
    return false;
  }

  // A subject of a few words from k (no auxiliary, cue, "that" or punctuation but hyphens), then a verb in -ed:
  // "Pell phoned", "crews working through the night erected".
  bool narrated_after(uint32_t k, uint32_t e) const {
    if (ix_.is(k, QuoteWord::That) || ix_.is(k, QuoteWord::Question)) return false;
    for (uint32_t j = k; j < e && j < k + 10; ++j) {
      if (j > k && ix_.info[j].lower && ix_.ed_form(j)) return true;
      if (ix_.is(j, QuoteWord::Aux) || ix_.is(j, QuoteWord::That) || ix_.info[j].cue || ix_.info[j].quote >= 0 ||
          ix_.kind(j) == TokenKind::Clitic || (ix_.kind(j) == TokenKind::Punct && !ix_.is_punct(j, "-")))
        return false;
    }
    return false;
  }

  // A short phrase that ends in a source (a noun of speakers, a name) and then a participle of speech: "an inside
  // source calling", "a spokesman stating", "Ivo Marsh adding".
  bool source_participle(uint32_t k, uint32_t e) const {
    for (uint32_t j = k + 1; j < e && j <= k + 4; ++j) {
      TokenKind kind = ix_.kind(j);
      if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash) return false;
      const TokenInfo& x = ix_.info[j];
      if (!x.cue) continue;
      bool speech = *x.cue == CueWord::Say || *x.cue == CueWord::Report || *x.cue == CueWord::Stance;
      const TokenInfo& p = ix_.info[j - 1];
      return speech && ix_.ing_form(j) && (is_source_noun(p.speaker) || p.entity >= 0 || p.upper);
    }
    return false;
  }

  // "a decision that puts jobs at risk", "a deal which ...": "that" or "which" within a few words, and no comma
  // after it to the sentence's end (else the apposition is inside the clause: "the firm, a maker that sells
  // chips, would close").
  bool comment_to_end(uint32_t k, uint32_t e) const {
    uint32_t rel = UINT32_MAX;
    for (uint32_t j = k; j < e && j < k + 4 && rel == UINT32_MAX; ++j)
      if (ix_.word_is(j, "that") || ix_.word_is(j, "which")) rel = j;
    if (rel == UINT32_MAX) return false;
    for (uint32_t j = rel + 1; j < e && j < rel + kMaxSentenceScan; ++j)
      if (ix_.kind(j) == TokenKind::Punct || ix_.kind(j) == TokenKind::Quote) return false;
    return true;
  }

  // Is there a Say or Report cue outside quotations in tokens [k, end)?
  bool cue_within(uint32_t k, uint32_t end) const {
    for (; k < end; ++k) {
      const TokenInfo& x = ix_.info[k];
      if (x.cue && x.quote < 0 && (*x.cue == CueWord::Say || *x.cue == CueWord::Report)) return true;
    }
    return false;
  }

  // Does the comma at k open a trailing attribution: ", the Ledger reported Monday." (a speaker and a Say or
  // Report cue right after the comma, then only adjuncts to the sentence's end `e`)?
  bool trailing_attribution(uint32_t k, uint32_t e) {
    for (uint32_t j = k + 1; j < e && j <= k + kMaxLead + 1; ++j) {
      const TokenInfo& x = ix_.info[j];
      if (ix_.kind(j) != TokenKind::Word && ix_.kind(j) != TokenKind::Abbrev) return false;
      if (!x.cue || x.quote >= 0) continue;
      if (*x.cue != CueWord::Say && *x.cue != CueWord::Report) return false;
      if (ix_.ing_form(j)) return false;
      const auto& m = cue_at(j);
      if (!m || m->inferred) return false;
      bool right_after = m->inverted ? m->begin == k + 1 : attribution_start(*m, k) == k + 1;
      return right_after && only_adjuncts(m->end, e);
    }
    return false;
  }

  // Where the attribution of a cue starts, with the words that lead up to its speaker's head: "<clause>,
  // Attorney General Wally Oppal said", "..., a statement from her office said", "..., industry sources say".
  // At most kMaxLead words, none a verb-like cue, auxiliary, "that" or punctuation; else the speaker's start.
  uint32_t attribution_start(const CueMatch& m, uint32_t from) const {
    uint32_t j = m.begin;
    if (m.inverted || m.inferred) return j;
    while (j > from && m.begin - j < kMaxLead) {
      uint32_t k = j - 1;
      TokenKind kind = ix_.kind(k);
      const TokenInfo& x = ix_.info[k];
      if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash) break;
      // "<clause>, Democratic and network officials said Tuesday.": two describing words joined by "and", the first
      // right after the comma.
      if (ix_.is(k, QuoteWord::And) && k >= from + 2 && ix_.kind(k - 1) == TokenKind::Word &&
          ix_.is_punct(k - 2, ",") && ix_.info[j].lower && !ix_.info[k - 1].cue && !ix_.is(k - 1, QuoteWord::Aux)) {
        j = k - 1;
        break;
      }
      if (ix_.is(k, QuoteWord::That) || ix_.is(k, QuoteWord::Aux) || ix_.is(k, QuoteWord::Question) ||
          ix_.is(k, QuoteWord::And) || ix_.is(k, QuoteWord::But) || ix_.is(k, QuoteWord::Negation) ||
          (x.cue && *x.cue != CueWord::Medium && *x.cue != CueWord::Audience))
        break;
      j = k;
    }
    // "<clause>, the governor of Karvan, Mehdi Farsi, said": a description set before the named speaker between
    // commas leads up to it too.
    if (j == m.begin && j > from + 3 && ix_.is_punct(j - 1, ",")) {
      uint32_t p = j - 2;
      while (p > from && j - p < kMaxLead + 4 && !ix_.is_punct(p, ",") && ix_.kind(p) != TokenKind::Quote &&
             !ix_.is(p, QuoteWord::Aux) && !ix_.is(p, QuoteWord::That) && !ix_.info[p].cue)
        --p;
      bool described =
          ix_.is_punct(p, ",") && p + 2 < j &&
          (ix_.word_is(p + 1, "the") || ix_.word_is(p + 1, "a") || ix_.info[p + 1].speaker == SpeakerWord::Role);
      if (described) j = p + 1;
    }
    return j > from && comma_before(j, from) ? j : m.begin;
  }

  // Does a comma end the words before token j: ", theatre sources say", or a comma inside a closing mark ("the
  // lead in “Dawn,” theatre sources say")?
  bool comma_before(uint32_t j, uint32_t from) const {
    if (j <= from) return false;
    if (ix_.is_punct(j - 1, ",")) return true;
    return j > from + 1 && ix_.kind(j - 1) == TokenKind::Quote && ix_.info[j - 1].quote >= 0 &&
           ix_.is_punct(j - 2, ",");
  }

  // The end of the clause before a trailing attribution that starts at `lead`: before its comma, or after the
  // closing mark that holds the comma.
  uint32_t before_lead(uint32_t lead) const { return ix_.is_punct(lead - 1, ",") ? lead - 1 : lead; }

  // Does the sentence open with an adverbial clause or phrase ("When the vans came, ...", "After the vote, ...")?
  bool opening_adverbial(uint32_t a) const {
    static constexpr std::string_view kWords[] = {"when", "after", "before", "while", "once", "until", "since", "as"};
    for (std::string_view w : kWords)
      if (ix_.word_is(a, w)) return true;
    return false;
  }

  // Is there an auxiliary in the first words from k ("the auditors are", "the plan was not")?
  bool aux_soon(uint32_t k, uint32_t e) const {
    for (uint32_t t = k; t < e && t < k + 5; ++t)
      if (ix_.is(t, QuoteWord::Aux)) return true;
    return false;
  }

  // Is the cue at `verb` passive ("was announced", "has been first revealed")? An auxiliary of "be" before it,
  // adverbs between.
  bool passive(uint32_t verb) const {
    uint32_t k = verb;
    while (k > 0 && (ix_.is(k - 1, QuoteWord::Adverb) || ix_.info[k - 1].ly) && verb - k < 3) --k;
    if (k == 0) return false;
    std::string w = ix_.lower(k - 1);
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being";
  }

  // A noun phrase of a few words that opens with a determiner, a number or a capital, then an auxiliary: "the
  // two kayakers are", "Orvane shares were"; no pronoun, relative word or punctuation before the auxiliary.
  bool subject_then_aux(uint32_t c, uint32_t e) const {
    if (c >= e || !(ix_.is(c, QuoteWord::Determiner) || ix_.info[c].upper || ix_.kind(c) == TokenKind::Number))
      return false;
    // "admitted his players had tired": a possessive pronoun is a determiner here, not a speaker.
    bool possessive = ix_.is(c, QuoteWord::Determiner) && ix_.info[c].speaker && c + 1 < e && ix_.info[c + 1].lower &&
                      !ix_.is(c + 1, QuoteWord::Determiner);  // "assured her the plan had": an object
    // "Mr Corran had used ...": an honorific before a name opens a subject.
    bool honorific =
        (ix_.info[c].speaker == SpeakerWord::MaleTitle || ix_.info[c].speaker == SpeakerWord::FemaleTitle) &&
        c + 1 < e && ix_.info[c + 1].upper;
    if (ix_.subject_pronoun(c) || (ix_.info[c].speaker && !possessive && !honorific) || ix_.info[c].cue) return false;
    // "claims the new Lumo Pad's screen is brighter": a possessive inside the subject, which may then run longer.
    uint32_t last = c + 4;
    for (uint32_t t = c + 1; t < e && t <= last; ++t) {
      if (ix_.is(t, QuoteWord::Aux)) return t > c + 1 || !ix_.is(c, QuoteWord::Determiner);
      if (possessive_clitic(t) && t > c + 1 && t + 1 < e && ix_.info[t + 1].lower) {
        last = t + 3;
        continue;
      }
      if (ix_.kind(t) != TokenKind::Word || ix_.subject_pronoun(t) || ix_.is(t, QuoteWord::That) ||
          ix_.is(t, QuoteWord::Question) || ix_.info[t].cue || ix_.is(t, QuoteWord::Preposition))
        return false;
    }
    return false;
  }

  // A capitalised name at c, an apposition set off by commas (no quotation, cue or clause of its own inside), then
  // an auxiliary: the subject of a clause ("Ana Ruiz, the club's head of youth, will").
  bool named_then_aux(uint32_t c, uint32_t e) const {
    if (c >= e || !ix_.info[c].upper || ix_.info[c].speaker || ix_.info[c].cue) return false;
    uint32_t n = c + 1;
    while (n < e && n < c + 4 && ix_.info[n].upper) ++n;
    if (n >= e || !ix_.is_punct(n, ",")) return false;
    for (uint32_t k = n + 2; k + 1 < e && k < n + 16; ++k) {
      if (ix_.info[k].quote >= 0 || ix_.info[k].cue || ix_.is(k, QuoteWord::That) || ix_.is(k, QuoteWord::Aux) ||
          ix_.word_is(k, "who") || ix_.word_is(k, "which"))
        return false;
      if (ix_.is_punct(k, ",")) return ix_.is(k + 1, QuoteWord::Aux);
      if (ix_.kind(k) == TokenKind::Punct && !ix_.is_punct(k, "-")) return false;
    }
    return false;
  }

  // An auxiliary or a past form in -ed within a few words from k ("to close the plant was dropped", "... failed").
  bool verb_soon(uint32_t k, uint32_t e) const {
    for (uint32_t t = k; t < e && t < k + 6; ++t) {
      if (ix_.is(t, QuoteWord::Aux)) return true;
      if (t > k && ix_.ed_form(t)) return true;
    }
    return false;
  }

  // A cue verb that takes no object in a relative clause, so the word after it is the clause's verb ("a rule that
  // critics claim weakened ..."; "the book that she wrote describes" has an object gap and reports nothing).
  bool gap_cue(uint32_t verb) const {
    std::string w = ix_.lower(verb);
    return w == "say" || w == "says" || w == "said" || w == "claim" || w == "claims" || w == "claimed" ||
           w == "allege" || w == "alleges" || w == "alleged" || w == "insist" || w == "insists" || w == "insisted";
  }

  // A lowercase word that can be a finite verb: no function word, cue, adverb or participle in -ing, and
  // something after it ("weakened the act", "lasts longer").
  bool bare_verb(uint32_t k, uint32_t e) const {
    const TokenInfo& x = ix_.info[k];
    return k + 1 < e && ix_.kind(k) == TokenKind::Word && x.lower && !x.word && !x.cue && !x.ly && !x.speaker &&
           !ix_.ing_form(k) && ix_.kind(k + 1) != TokenKind::Punct;
  }

  // "advised the tenants she had ...", "informed them that ...": verbs that, like "told", take the one addressed as
  // their object before the clause.
  bool addresses(uint32_t verb) const {
    std::string w = ix_.lower(verb);
    return w == "advised" || w == "advise" || w == "advises" || w == "advising" || w == "informed" || w == "informs" ||
           w == "assured" || w == "assures" || w == "reminded" || w == "reminds" || w == "warned" || w == "warns" ||
           w == "warn";
  }

  // "The Emmys added a category", "added two games", "the Sixers, who claimed the top prize", "claimed the lives
  // of", "a release announcing the decision", "a firm, which maintains the depot": "add", "claim", "announcing" and
  // "maintain" with an object, no speech. Without "that" they report only a clause with a subject pronoun, a name
  // or an auxiliary soon ("added it was", "claimed the plan would").
  bool adds_a_thing(uint32_t verb, uint32_t c, uint32_t e) const {
    std::string v = ix_.lower(verb);
    if (v != "added" && v != "adds" && v != "add" && v != "claimed" && v != "claims" && v != "claim" &&
        v != "claiming" && v != "announcing" && v != "maintains" && v != "maintained" && v != "maintain" &&
        v != "noted" && v != "noting")
      return false;
    if (ix_.subject_pronoun(c)) return false;
    // "claimed Nixon approved the plan": a name opens the clause, unless a comma or the end follows it ("adds
    // Morwen, a smuggler who ...": a thing added).
    if (ix_.info[c].upper) {
      uint32_t n = c + 1;
      while (n < e && ix_.info[n].upper) ++n;
      return n >= e || ix_.is_punct(n, ",") || ix_.kind(n) == TokenKind::Punct;
    }
    // Not the month: "will add a new crossing in May".
    for (uint32_t t = c + 1; t < e && t <= c + 4; ++t)
      if (ix_.is(t, QuoteWord::Aux) && ix_.info[t].lower) return false;
    return true;
  }

  // "<clause>, the sources said." / "<speaker> said [to X] [on Tuesday] [that] <clause>" / "<adjunct>, she
  // said, <clause>." Several per sentence ("X said A, adding that B").
  // "the club's website that", "the Herald's podcast that": at a possessive clitic after the audience's possessor,
  // the audience's few lowercase words (a medium's too), then "that": the token after them, else UINT32_MAX.
  uint32_t possessed_audience(uint32_t clitic, uint32_t e) const {
    if (clitic + 1 >= e || ix_.kind(clitic) != TokenKind::Clitic) return UINT32_MAX;
    uint32_t j = clitic + 1;
    while (j < e && j < clitic + 4 && ix_.info[j].lower && ix_.kind(j) == TokenKind::Word &&
           (!ix_.info[j].cue || *ix_.info[j].cue == CueWord::Medium || *ix_.info[j].cue == CueWord::Audience) &&
           !ix_.is(j, QuoteWord::That) && !ix_.is(j, QuoteWord::Aux) && !ix_.is(j, QuoteWord::Preposition))
      ++j;
    return j > clitic + 1 && that_after(j, e) != UINT32_MAX ? j : UINT32_MAX;
  }

  AA_ONCE_PER_DOCUMENT bool indirect_say(uint32_t a, uint32_t b, uint32_t e) {
    bool found = false;
    uint32_t from = a;  // the end of the last clause found
    for (uint32_t t = a; t < b; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (!x.cue || x.quote >= 0 || (*x.cue != CueWord::Say && *x.cue != CueWord::Report)) continue;
      const auto& m = cue_at(t);
      if (!m) continue;
      uint32_t lead = attribution_start(*m, from);
      // "A smaller boat would suit the trips, Marsh said, as well as the tours": what follows adds to the same
      // report, the whole sentence.
      if (lead > from && from == a && comma_before(lead, from) && !m->inferred && m->end + 3 < e &&
          ix_.is_punct(m->end, ",") && ix_.word_is(m->end + 1, "as") && ix_.word_is(m->end + 2, "well") &&
          ix_.word_is(m->end + 3, "as")) {
        if (add_indirect(*m, a, e, 0.75f)) {
          found = true;
          from = e;
          t = e;
        }
        continue;
      }
      // "When the surveyors came, Ian Guthrie says, nobody had heard of them", "After the vote, the chair said,
      // members left": an opening adverbial clause or phrase, the attribution between commas, then the rest of the
      // sentence with no cue of its own: the whole sentence is the report.
      if (lead > a + 2 && from == a && comma_before(lead, from) && !m->inferred && opening_adverbial(a) &&
          m->end + 2 < e && ix_.is_punct(m->end, ",") && ix_.kind(m->end + 1) == TokenKind::Word &&
          !ix_.is(m->end + 1, QuoteWord::And) && !ix_.is(m->end + 1, QuoteWord::But) && !any_cue(m->end + 1, e) &&
          !any_cue(a, lead - 1)) {
        if (add_indirect(*m, a, e, 0.7f)) {
          found = true;
          from = e;
          t = e;
        }
        continue;
      }
      // "X claimed the libraries had been chosen, a charge Amin denied": a noun for a claim and a relative clause on
      // it after the comma; no attribution of the clause before (Amin did not say it).
      if (lead > from && comma_before(lead, from) && lead + 2 <= m->begin &&
          (ix_.word_is(lead, "a") || ix_.word_is(lead, "an") || ix_.word_is(lead, "the")) && claim_noun(lead + 1))
        continue;
      if (lead > from && comma_before(lead, from)) {
        // "..., it said, adding that B": the clause before, then the participle's own clause.
        // "..., she said, explaining:" likewise.
        // "..., the agency said on Thursday, warning that B": a time or a short phrase may come between.
        uint32_t adding_comma = past_adjunct_phrase(m->end, b);
        bool adding =
            adding_comma + 1 < b && ix_.is_punct(adding_comma, ",") && ix_.info[adding_comma + 1].cue &&
            (*ix_.info[adding_comma + 1].cue == CueWord::Say || *ix_.info[adding_comma + 1].cue == CueWord::Report) &&
            ix_.ing_form(adding_comma + 1);
        // "..., the FBI and police responded to the call.": a Report verb with "to" after it answers no one.
        bool answers = m->kind == CueWord::Report && m->end < e && ix_.word_is(m->end, "to");
        // "Rachel Springall, an expert at Moneyfacts, said lenders including Nationwide, Barclays and HSBC had cut
        // rates": the "speaker" after the cue, and the names listed with it, is the subject of an auxiliary: the
        // reported clause's, not an inverted attribution of the words before the comma.
        if (m->inverted) {
          uint32_t k = m->end;
          while (k < b && (ix_.info[k].upper || ix_.is_punct(k, ",") || ix_.is(k, QuoteWord::And))) ++k;
          if (k < b && ix_.is(k, QuoteWord::Aux)) continue;
        }
        // ", says Tom Rudd, a lawyer for A and B, two former tenants.": descriptions of the speaker to the end.
        if (((only_adjuncts(m->end, b) || action_after(m->end, b) || told_whom_then_adjuncts(*m, b) ||
              move_after(m->end, b) || (m->inverted && appositive_to_end(m->end, b))) &&
             !answers) ||
            adding) {
          // "officials said A, the Ledger reported.": the trailing attribution reports the whole sentence,
          // the clause found before it too.
          uint32_t outer = found && from + 1 == lead && !adding ? a : from;
          uint32_t second = UINT32_MAX;
          if (add_indirect(*m, outer, before_lead(lead), 0.75f)) {
            found = true;
            from = m->end;
          } else if (second = and_that_after_marks(outer, before_lead(lead));
                     second != UINT32_MAX && add_indirect(*m, second, before_lead(lead), 0.75f)) {
            // "“<quoted statement>” and that <clause>, said X": the quotation is X's direct quote, the clause
            // after "and that", with no marks, X's reported speech.
            found = true;
            from = m->end;
          }
          continue;
        }
        // "By the end of the year, she said, it will ...": the whole sentence; "..., Fanning said, but he ...":
        // the clause before.
        // "Milk prices, she told me on several visits, were fair": the one addressed and a short adjunct may stand
        // between the cue and its comma; "Keeping every building open, she told the board, would mean ...": the one
        // told, a noun phrase, too.
        uint32_t close = m->end;
        if (close < e && close == m->verb + 1 && (is_tell(ix_.lower(m->verb)) || addresses(m->verb)) &&
            (ix_.word_is(close, "me") || ix_.word_is(close, "us") || ix_.word_is(close, "him") ||
             ix_.word_is(close, "her") || ix_.word_is(close, "them")))
          ++close;
        if (close == m->end && close < e && close == m->verb + 1 && is_tell(ix_.lower(m->verb)) &&
            !ix_.is_punct(close, ",")) {
          uint32_t past = close;
          if (!phrases_.phrase_after(close, e, true, &past).empty() && past > close && past < e &&
              ix_.is_punct(past, ","))
            close = past;
        }
        // "That shift, the company said at the time, allows ...".
        if (close == m->end) close = past_at_the_time(close, e);
        if (close > m->end && close < e && ix_.is(close, QuoteWord::Preposition)) {
          uint32_t j = close + 1;
          while (j < e && j < close + 5 && ix_.kind(j) == TokenKind::Word && ix_.info[j].lower && !ix_.info[j].cue &&
                 !ix_.is(j, QuoteWord::That) && !ix_.is(j, QuoteWord::Aux))
            ++j;
          if (j < e && ix_.is_punct(j, ",")) close = j;
        }
        if (close + 1 < e && ix_.is_punct(close, ",") && !m->inferred) {
          uint32_t after = close + 1;
          // "The van was parked there, police said, and its engine was running": after "and" a clause with no cue
          // of its own goes on with the same report, as "..., she said, as well as B" does: the whole sentence; so
          // does an auxiliary, the clause's subject's next verb ("The firm will keep its staff, she said, and will
          // open a shop").
          // "She was last seen on Friday, police said, and when her sister called, a neighbour said she had gone":
          // after "and" a time clause opens the rest of the same report, whatever cue comes later (nested in it).
          bool and_when = ix_.is(after, QuoteWord::And) && after + 1 < e &&
                          (ix_.word_is(after + 1, "when") || ix_.word_is(after + 1, "after") ||
                           ix_.word_is(after + 1, "before") || ix_.word_is(after + 1, "once"));
          bool goes_on = from == a && ix_.is(after, QuoteWord::And) &&
                         (and_when || ((clause_start(after + 1, e) || ix_.is(after + 1, QuoteWord::Aux)) &&
                                       !any_cue(after + 1, e)));
          if (goes_on) {
            if (add_indirect(*m, a, e, 0.75f)) {
              found = true;
              from = e;
              t = e;
            }
            continue;
          }
          // "..., the zoo said, although their den will be closed": a contrast after the attribution, as ", but".
          bool contrast = ix_.word_is(after, "although") || ix_.word_is(after, "though") ||
                          ix_.word_is(after, "while") || ix_.word_is(after, "whereas");
          if (ix_.is(after, QuoteWord::And) || ix_.is(after, QuoteWord::But) || contrast) {
            if (add_indirect(*m, from, before_lead(lead), 0.75f)) {
              found = true;
              from = close;
            }
            continue;
          }
          // "The man, police said, was arrested": the sentence's predicate goes on after the attribution.
          bool predicate = from == a && predicate_at(after);
          if (clause_start(after, e) || predicate) {
            uint32_t end = clause_end(after, e);
            if (add_indirect(*m, subordinate_start(from, lead), end, 0.7f)) {
              found = true;
              from = end;
              t = std::max(t, end);
            }
            continue;
          }
        }
      }
      if (m->inverted) continue;
      uint32_t k = m->last;
      bool tell = is_tell(ix_.lower(m->verb));
      if ((tell || addresses(m->verb)) && k == m->verb + 1) {
        std::string w = k < e ? ix_.lower(k) : "";
        if (w == "him" || w == "her" || w == "them" || w == "me" || w == "us" || w == "you") {
          ++k;
        } else {
          uint32_t end = k;
          SpeakerPhrase object = phrases_.phrase_after(k, e, true, &end);
          // "told the meeting that ...": an audience that names no speaker, a few lowercase words, then "that";
          // "told the hearing the junction had been ...": then a clause's subject and its auxiliary.
          // "told the Herald's podcast that", "told Anna's podcast that": a named possessor (which names no
          // object: it is not the one told), the audience, then "that".
          bool possessed = false;
          if (object.empty() && tell) {
            uint32_t n = ix_.is(k, QuoteWord::Determiner) ? k + 1 : k;
            int32_t named = n < e ? ix_.info[n].entity : -1;
            while (named >= 0 && n < e && ix_.info[n].entity == named) ++n;
            if (uint32_t j = named >= 0 ? possessed_audience(n, e) : UINT32_MAX; j != UINT32_MAX) {
              k = j;
              possessed = true;
            }
          }
          if (object.empty() && tell && !possessed) {
            // "told jurors that": a bare lowercase noun (no preposition, adverb or verb) with "that" after it.
            const TokenInfo& y = ix_.info[k];
            bool bare = !ix_.is(k, QuoteWord::Determiner) && ix_.kind(k) == TokenKind::Word && y.lower && !y.cue &&
                        !y.ly && !ix_.is(k, QuoteWord::Preposition) && !ix_.is(k, QuoteWord::That) &&
                        !ix_.is(k, QuoteWord::Aux) && !ix_.is(k, QuoteWord::Adverb);
            if (!ix_.is(k, QuoteWord::Determiner) && !bare) continue;  // "told to leave"; "advised that" has no object
            uint32_t j = k + 1, clause = UINT32_MAX;
            // "told the Gazette that", "told the Evening Post that": a paper's name after "the" (tagged as any
            // label, or capitalised words), then "that".
            uint32_t paper = j;
            while (paper < e && paper < k + 5 && ix_.info[k].lower && !ix_.info[paper].lower &&
                   (ix_.info[paper].entity >= 0 || ix_.info[paper].upper) && ix_.kind(paper) == TokenKind::Word)
              ++paper;
            if (paper > j && paper < e && ix_.is(paper, QuoteWord::That)) j = paper;
            // "told the inquiry they had been ...": a subject pronoun and its auxiliary open the clause too.
            for (; j < e && j < k + 4 && ix_.info[j].lower && !ix_.is(j, QuoteWord::That); ++j)
              if (clause == UINT32_MAX && j > k + 1 &&
                  ((ix_.is(j, QuoteWord::Determiner) && subject_then_aux(j, e)) ||
                   (ix_.subject_pronoun(j) && j + 1 < e && ix_.is(j + 1, QuoteWord::Aux))))
                clause = j;
            // "told the court Mr Corran had used ...": a capitalised subject and its auxiliary after the audience.
            if (clause == UINT32_MAX && j > k + 1 && j < e && ix_.info[j].upper && subject_then_aux(j, e)) clause = j;
            if (j < e && ix_.is(j, QuoteWord::That))
              k = j;
            else if (bare)
              continue;
            else if (clause != UINT32_MAX)
              k = clause;
            else if (j > k + 1 && that_after(j, e) != UINT32_MAX)
              k = j;  // "told a hearing on Tuesday that": a time or place after the audience, then "that"
            else
              continue;
          }
          // "warned young farmers would leave": a noun phrase with an auxiliary right after it is the clause's
          // subject, not the one warned.
          // "told the court Mr Corran had used ...": the one told (a lowercase noun), then an honorific opens the
          // clause's subject.
          for (uint32_t j = k + 2; !object.empty() && j < end; ++j)
            if (ix_.info[j - 1].lower &&
                (ix_.info[j].speaker == SpeakerWord::MaleTitle || ix_.info[j].speaker == SpeakerWord::FemaleTitle) &&
                subject_then_aux(j, e)) {
              object = {};
              k = j;
              break;
            }
          if (!object.empty() && !(end < e && ix_.is(end, QuoteWord::Aux))) k = end;
          // "told the club's website that", "told the Herald's podcast that": the object's possessor, then the
          // audience itself (a few lowercase words) before "that".
          if (!object.empty()) {
            if (uint32_t j = possessed_audience(k, e); j != UINT32_MAX) k = j;
          }
          // "advised the tenants she had ...": an object that names no speaker, then a pronoun and an auxiliary.
          for (uint32_t j = k + 1; object.empty() && !possessed && j + 1 < e && j <= k + 4; ++j) {
            if (ix_.subject_pronoun(j) && ix_.is(j + 1, QuoteWord::Aux)) {
              k = j;
              break;
            }
            if (!ix_.info[j].lower || ix_.is(j, QuoteWord::That)) break;
          }
        }
        if (k < e && ix_.lower(k) == "to") continue;  // "told him to leave": an order, not a statement
        // "warned residents to stay indoors": an object no speaker names, then "to": a warning to act.
        bool order = false;
        for (uint32_t j = k; j < e && j <= k + 3 && !order; ++j) {
          if (ix_.is(j, QuoteWord::That) || ix_.is(j, QuoteWord::Aux) || !ix_.info[j].lower) break;
          order = ix_.word_is(j, "to") && j + 1 < e && ix_.info[j + 1].lower;
        }
        if (order) continue;
      }
      // "pointing out the auditors are ...": "point out", then the clause, with or without "that"; without it, only a
      // clause with an auxiliary soon ("pointed out the flaws in the plan" reports none).
      bool particle = k == m->last && k < e && ix_.word_is(k, "out") && ix_.lower(m->verb).rfind("point", 0) == 0;
      if (particle) ++k;
      // "The firm said itself on Monday it will ...": an emphatic reflexive after "said" (not "told himself").
      if (k == m->last && k < e && ix_.lower(m->verb).rfind("sa", 0) == 0 &&
          (ix_.word_is(k, "itself") || ix_.word_is(k, "himself") || ix_.word_is(k, "herself") ||
           ix_.word_is(k, "themselves")))
        ++k;
      uint32_t start = that_after(k, e);
      // "As she put it, the plan was dead.": the clause after the frame's comma.
      if (start == UINT32_MAX && k > m->verb + 1 && ix_.word_is(k - 1, "it") && k + 1 < e && ix_.is_punct(k, ",") &&
          clause_start(k + 1, e))
        start = k + 1;
      // "As the minister explained, through her own work she knows ...": a frame that opens the sentence reports
      // all of it after its comma.
      bool as_frame =
          ix_.word_is(a, "as") && (m->begin == a + 1 || (m->begin == a + 2 && ix_.is(a + 1, QuoteWord::Determiner)));
      if (start == UINT32_MAX && k == m->last && as_frame && k + 3 < e && ix_.is_punct(k, ",")) start = k + 1;
      // "said Saturday they were", "said early today that": a time before the clause.
      uint32_t c = k;
      while (c < e && c < k + 3 && (ix_.is(c, QuoteWord::Time) || ix_.word_is(c, "early") || ix_.word_is(c, "late")))
        ++c;
      // "told reporters on Monday the plan was dead": a preposition and a time word.
      if (c == k && c + 2 < e && ix_.is(c, QuoteWord::Preposition) && ix_.is(c + 1, QuoteWord::Time)) c += 2;
      if (c == k) c = past_at_the_time(c, e);
      // "told reporters after the hearing he expected", "said at the meeting they would": a preposition, "the" and
      // a noun, then a personal subject pronoun.
      if (c == k && c + 4 < e && ix_.is(c, QuoteWord::Preposition) && ix_.word_is(c + 1, "the") &&
          ix_.info[c + 2].lower && ix_.kind(c + 2) == TokenKind::Word && !ix_.info[c + 2].cue &&
          ix_.subject_pronoun(c + 3) && !ix_.word_is(c + 3, "it") && !ix_.word_is(c + 3, "you"))
        c += 3;
      // "announced a plan" is no speech: these verbs report only with "that". "Orlin is adding a screen": "adding"
      // after an auxiliary builds something, and reports only with "that" too.
      uint32_t before_verb = m->verb;
      while (before_verb > a && (ix_.is(before_verb - 1, QuoteWord::Adverb) || ix_.info[before_verb - 1].ly))
        --before_verb;
      bool building = ix_.word_is(m->verb, "adding") && before_verb > a && ix_.is(before_verb - 1, QuoteWord::Aux);
      if (start == UINT32_MAX && (m->kind == CueWord::Say || (particle && aux_soon(c, e))) && clause_start(c, e) &&
          !adds_a_thing(m->verb, c, e) && !building)
        start = c;
      // "Denying he was a gangster, Gigante would ...": a report verb's participle that opens the sentence reports a
      // clause only with "that" (its clause ends at a comma that no rule below finds).
      bool opening_participle = m->verb == a && ix_.ing_form(m->verb);
      // "acknowledged she took the money": a report verb, a personal subject pronoun and a finite verb.
      if (start == UINT32_MAX && m->kind == CueWord::Report && !opening_participle && c + 2 < e &&
          ix_.subject_pronoun(c) && !ix_.word_is(c, "it") && ix_.info[c + 1].lower &&
          ix_.kind(c + 1) == TokenKind::Word && !ix_.info[c + 1].word && !ix_.info[c + 1].cue && !ix_.info[c + 1].ly &&
          !ix_.ing_form(c + 1))
        start = c;
      // "announced Monday it is buying": a subject pronoun and an auxiliary open a clause after any speech verb
      // ("announced it on Twitter" does not).
      if (start == UINT32_MAX && m->kind == CueWord::Report && !opening_participle && c + 1 < e &&
          ix_.subject_pronoun(c) && ix_.is(c + 1, QuoteWord::Aux))
        start = c;
      // "the embassy estimates there are roughly 90": "there" and an auxiliary.
      if (start == UINT32_MAX && m->kind == CueWord::Report && c + 1 < e && ix_.word_is(c, "there") &&
          (ix_.is(c + 1, QuoteWord::Aux) || ix_.kind(c + 1) == TokenKind::Clitic))
        start = c;
      // "confirmed the climbers are foreigners": a short subject and its auxiliary, nothing between that opens a
      // relative clause ("revealed the dress she was wearing", "denied the claims that were made" report none).
      // Not after a passive cue ("It was first announced Rhee would step down": the impersonal frame's).
      if (start == UINT32_MAX && m->kind == CueWord::Report && !opening_participle && !passive(m->verb) &&
          subject_then_aux(c, e))
        start = c;
      // "announced Ana Ruiz, the club's head of youth, will take over": a name, its apposition between commas, then
      // an auxiliary.
      if (start == UINT32_MAX && m->kind == CueWord::Report && !passive(m->verb) && named_then_aux(c, e)) start = c;
      // "her diary, which she said was mostly invented", "a deal that sources said was worth ...": a relative
      // pronoun before the speaker is the clause's subject; the clause is the verb phrase after the cue.
      // "a rule that critics claim weakened the act", "a cell that Nordica claims lasts longer": after a verb that
      // takes no object there ("say", "claim"), a bare verb opens the clause too.
      // "a clinic that a county inspector said is": the article and describing words before the source too.
      uint32_t rel = m->begin;
      while (
          rel > a + 1 && m->begin - rel < 3 &&
          (ix_.is(rel - 1, QuoteWord::Determiner) || (ix_.info[rel - 1].lower && ix_.kind(rel - 1) == TokenKind::Word &&
                                                      !ix_.info[rel - 1].word && !ix_.info[rel - 1].cue)))
        --rel;
      // "a flaw that Vexa says already has been used": an adverb before the auxiliary.
      uint32_t aux_at = c;
      while (aux_at + 1 < e && aux_at < c + 2 && (ix_.is(aux_at, QuoteWord::Adverb) || ix_.info[aux_at].ly)) ++aux_at;
      bool relative = start == UINT32_MAX && !m->inferred && rel > a && c < e &&
                      (ix_.is(aux_at, QuoteWord::Aux) || (gap_cue(m->verb) && bare_verb(c, e))) &&
                      (ix_.word_is(rel - 1, "which") || ix_.word_is(rel - 1, "that") || ix_.word_is(rel - 1, "who") ||
                       ix_.word_is(rel - 1, "what"));
      // "In a move campaigners say cuts to the core of the rules, ...": a relative clause with no relative
      // word, on a noun that a preposition introduces, after a verb that takes no object there.
      bool zero_relative = start == UINT32_MAX && !relative && !m->inferred && rel > a && rel < m->begin && c < e &&
                           ix_.is(rel - 1, QuoteWord::Preposition) && ix_.is(rel, QuoteWord::Determiner) &&
                           gap_cue(m->verb) && bare_verb(c, e) && !ix_.is(c, QuoteWord::Adverb);
      if (relative || zero_relative) start = c;
      if (start == UINT32_MAX) continue;
      uint32_t end = clause_end(start, e);
      if (ix_.ing_form(m->verb)) end = before_next_act(start, end);
      end = before_main_clause(a, m->begin, start, end);
      // "the suspect, who officers said was armed, fled": the relative clause ends at its comma; "rules that critics
      // claim harm the river but that aides praise": before a second relative clause on the same noun.
      for (uint32_t k = start; (relative || zero_relative) && k < end; ++k)
        if (ix_.is_punct(k, ",") ||
            (k + 1 < end && (ix_.is(k, QuoteWord::And) || ix_.is(k, QuoteWord::But)) &&
             (ix_.is(k + 1, QuoteWord::That) || ix_.word_is(k + 1, "which") || ix_.word_is(k + 1, "who"))))
          end = k;
      // "Ilse Varga, who said the plan was dead, resigned": the speaker's relative clause ends at the comma before
      // the sentence's own verb.
      bool speaker_relative = m->verb >= 2 && ix_.is_punct(m->verb - 2, ",") &&
                              (ix_.word_is(m->verb - 1, "who") || ix_.word_is(m->verb - 1, "which"));
      for (uint32_t k = start; speaker_relative && k + 1 < end; ++k)
        if (ix_.is_punct(k, ",") && predicate_at(k + 1)) {
          end = k;
          break;
        }
      if (add_indirect(*m, start, end, m->inferred ? 0.65f : 0.8f)) {
        found = true;
        from = end;
        t = std::max(t, end - 1);
      } else if (uint32_t second = and_that_after_marks(start, end);
                 second != UINT32_MAX && add_indirect(*m, second, end, m->inferred ? 0.65f : 0.8f)) {
        // "said his team had been “cheated” and that the referee should resign": the first clause is left to its
        // partial quote, the second, with no marks, is reported speech of its own.
        found = true;
        from = end;
        t = std::max(t, end - 1);
      }
    }
    return found;
  }

  // A sentence's predicate opening at t: an auxiliary, a negation, or a lowercase verb in the past ("resigned",
  // "fled").
  bool predicate_at(uint32_t t) const {
    if (ix_.is(t, QuoteWord::Aux) || ix_.is(t, QuoteWord::Negation)) return true;
    std::string_view w = ix_.text(t);
    return ix_.info[t].lower && w.size() > 3 && w.substr(w.size() - 2) == "ed";
  }

  // "<clause>, according to Westgrid, which said <clause>": the relative clause's report was read first (a speech
  // verb); the trailing "according to" before it reports the sentence's opening clause too.
  void according_then_relative(uint32_t a, uint32_t said_open) {
    for (uint32_t t = a + 1; t < said_open; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (!x.cue || x.quote >= 0 || *x.cue != CueWord::According) continue;
      const auto& m = cue_at(t);
      if (!m || m->begin <= a + 1 || !ix_.is_punct(m->begin - 1, ",") || !relative_after(m->end, said_open)) continue;
      add_indirect(*m, a, m->begin - 1, 0.8f);
      return;
    }
  }

  // In a reported clause [start, end) that holds quotation marks, the clause after the last of them that "and that"
  // opens ("... had been “cheated” and that <the referee should resign>"), or -1.
  uint32_t and_that_after_marks(uint32_t start, uint32_t end) const {
    uint32_t last_mark = UINT32_MAX;
    for (uint32_t k = start; k < end; ++k)
      if (ix_.kind(k) == TokenKind::Quote) last_mark = k;
    if (last_mark == UINT32_MAX) return UINT32_MAX;
    for (uint32_t k = last_mark + 1; k + 2 < end; ++k)
      if (ix_.is(k, QuoteWord::And) && ix_.is(k + 1, QuoteWord::That)) return k + 2;
    return UINT32_MAX;
  }

  // "has kept on saying that signing the striker was his first aim, and proved it with an offer": after
  // a participle cue, a past form right after ", and" is the next act of the sentence's subject, not the clause's
  // ("said the gang rammed the doors, and took the silver" goes on: a finite cue's clause keeps its verbs).
  uint32_t before_next_act(uint32_t start, uint32_t end) const {
    for (uint32_t k = start + 1; k + 2 < end; ++k) {
      if (!ix_.is_punct(k, ",") || !ix_.is(k + 1, QuoteWord::And)) continue;
      std::string_view w = ix_.text(k + 2);
      if (ix_.ed_form(k + 2) && !ix_.info[k + 2].cue && w.find('-') == std::string_view::npos) return k;
    }
    return end;
  }

  // "Though some critics said the car would get a bigger engine, Orlin kept the old one": a report inside an
  // opening "while" (although, though, whereas) clause ends at the comma that closes it.
  uint32_t before_main_clause(uint32_t a, uint32_t speaker_begin, uint32_t start, uint32_t end) const {
    uint32_t w = a;
    if (w < speaker_begin && (ix_.is(w, QuoteWord::But) || ix_.is(w, QuoteWord::And))) ++w;
    if (w >= speaker_begin || !(ix_.word_is(w, "while") || ix_.word_is(w, "although") || ix_.word_is(w, "though") ||
                                ix_.word_is(w, "whereas")))
      return end;
    for (uint32_t k = w; k < speaker_begin; ++k)
      if (ix_.kind(k) == TokenKind::Punct) return end;  // the opening clause closed before the cue
    // "Although X claimed A, and that B, others ...": a comma before "and" or "but" goes on with the report.
    for (uint32_t k = start + 1; k + 1 < end; ++k)
      if (ix_.is_punct(k, ",") && !ix_.is(k + 1, QuoteWord::And) && !ix_.is(k + 1, QuoteWord::But)) return k;
    return end;
  }

  // Is there a cue word of any class outside quotations in tokens [k, end)?
  // A cue of its own in tokens [k, end): a noun that only extends a cue ("staff" of "told staff", "statement" of
  // "in a statement") is none ("..., she said, and staff had been moved out").
  bool any_cue(uint32_t k, uint32_t end) const {
    for (uint32_t t = k; t < end && t < k + kMaxSentenceScan; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (x.quote >= 0) continue;
      bool extends = x.cue && (*x.cue == CueWord::Audience || *x.cue == CueWord::Medium);
      if ((x.cue && !extends) || x.speech_noun || x.impersonal) return true;
    }
    return false;
  }

  // A question reported with "whether" or "if": "The mayor asked whether the bridge was safe", "asked the board if
  // it could wait". Not a passive "was asked if" (the one who asked is not named there).
  bool wh_word(uint32_t k) const {
    // (Not "what": "asked residents what they saw" is the writer's question, no report.)
    return ix_.word_is(k, "how") || ix_.word_is(k, "why") || ix_.word_is(k, "when") || ix_.word_is(k, "where") ||
           ix_.word_is(k, "who");
  }

  bool indirect_ask(uint32_t a, uint32_t b, uint32_t e) {
    for (uint32_t t = a; t < b; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (!x.cue || x.quote >= 0 || *x.cue != CueWord::Utter) continue;
      if (!ix_.word_is(t, "asked") && !ix_.word_is(t, "asks") && !ix_.word_is(t, "ask") && !ix_.word_is(t, "asking"))
        continue;
      if (passive(t)) {
        if (passive_ask(t, e)) return true;
        continue;
      }
      const auto& m = cue_at(t);
      if (!m || m->inverted) continue;
      // The one asked: a few words with no punctuation, cue or auxiliary, then "whether" or "if".
      uint32_t k = t + 1;
      while (k < e && k < t + 5 && ix_.kind(k) == TokenKind::Word && !ix_.word_is(k, "whether") &&
             !ix_.word_is(k, "if") && !wh_word(k) && !ix_.info[k].cue && !ix_.is(k, QuoteWord::Aux))
        ++k;
      // "asked him how many votes he had won", "asked her why the vote was moved": a question word and a clause with
      // its own subject is the question asked, from the question word ("asked what to do" is no report).
      // (Not the writer's own question, "I asked him how ...": a page gives its writer seldom enough to name them.)
      bool writer = m->speaker.mentions.size() == 1 && m->speaker.mentions[0].kind == MentionKind::Pronoun &&
                    (ix_.info[m->speaker.mentions[0].head].speaker == SpeakerWord::I ||
                     ix_.info[m->speaker.mentions[0].head].speaker == SpeakerWord::We);
      if (k + 2 < e && wh_word(k) && !ix_.word_is(k + 1, "to") && !writer) {
        bool subject = clause_start(k + 1, e);
        for (uint32_t n = k + 1; n < e && n < k + 5 && !subject; ++n) subject = ix_.subject_pronoun(n);
        // "asked who would pay": the question word is the subject.
        subject = subject || (ix_.word_is(k, "who") && ix_.is(k + 1, QuoteWord::Aux));
        if (subject && add_indirect(*m, k, clause_end(k + 1, e), 0.7f)) return true;
        continue;
      }
      if (k + 1 >= e || (!ix_.word_is(k, "whether") && !ix_.word_is(k, "if")) || !clause_start(k + 1, e)) continue;
      if (add_indirect(*m, k + 1, clause_end(k + 1, e), 0.7f)) return true;
    }
    return false;
  }

  // An impersonal cue of one word at `verb` ("was told", "it is thought"), its phrase from `begin` to the verb.
  static CueMatch impersonal_cue(uint32_t verb, uint32_t begin) {
    CueMatch m;
    m.verb = m.first = verb;
    m.last = verb + 1;
    m.kind = CueWord::Impersonal;
    m.begin = begin;
    m.end = verb + 1;
    return m;
  }

  // "Reyes was asked (at the hearing) whether <clause>": the question is reported, but no asker is named: no speaker,
  // as a passive "told" with no agent.
  bool passive_ask(uint32_t t, uint32_t e) {
    if (!ix_.word_is(t, "asked") || t == 0 || !(ix_.word_is(t - 1, "was") || ix_.word_is(t - 1, "were"))) return false;
    uint32_t k = t + 1;
    while (k < e && k < t + kMaxAskAdjunct && ix_.kind(k) == TokenKind::Word && !ix_.word_is(k, "whether") &&
           !ix_.word_is(k, "if") && !ix_.info[k].cue && !ix_.is(k, QuoteWord::Aux) && !ix_.is(k, QuoteWord::That))
      ++k;
    if (k + 1 >= e || (!ix_.word_is(k, "whether") && !ix_.word_is(k, "if")) || !clause_start(k + 1, e)) return false;
    CueMatch m = impersonal_cue(t, t - 1);
    if (!add_indirect(m, k + 1, clause_end(k + 1, e), 0.6f)) return false;
    items_.back().hearsay = false;
    return true;
  }

  // "According to officials, <clause>." / "<clause>, according to officials."
  bool indirect_according(uint32_t a, uint32_t b, uint32_t e) {
    for (uint32_t t = a; t < b; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (!x.cue || x.quote >= 0 || *x.cue != CueWord::According) continue;
      const auto& m = cue_at(t);
      if (!m) continue;
      // "He was, according to the Ledger, the last of them": set off by commas between a verb and its complement,
      // it reports the whole sentence.
      if (m->begin >= a + 2 && ix_.is_punct(m->begin - 1, ",") && ix_.is(m->begin - 2, QuoteWord::Aux) &&
          m->end + 1 < e && ix_.is_punct(m->end, ",") && add_indirect(*m, a, e, 0.75f))
        return true;
      // "According to X, ...", also after "But" or an opening mark.
      // "Meanwhile, according to X, ...": after an introductory adverb and its comma.
      bool first = m->begin == a ||
                   (m->begin == a + 1 &&
                    (ix_.kind(a) == TokenKind::Quote || ix_.is(a, QuoteWord::But) || ix_.is(a, QuoteWord::And))) ||
                   (m->begin == a + 2 && ix_.is_punct(a + 1, ",") &&
                    (ix_.is(a, QuoteWord::Adverb) || ix_.info[a].ly || ix_.word_is(a, "meanwhile")));
      if (first) {
        // "According to tax filings obtained by the Ledger, ...": a participle phrase on the source, up to its comma.
        uint32_t comma = m->end;
        while (comma < e && comma < m->end + kMaxLead + 2 && !ix_.is_punct(comma, ",") &&
               ix_.kind(comma) == TokenKind::Word && !ix_.is(comma, QuoteWord::Aux) &&
               (!ix_.info[comma].cue || *ix_.info[comma].cue == CueWord::Medium ||
                *ix_.info[comma].cue == CueWord::Audience))
          ++comma;
        // Only a participle ("obtained", "filed") carries the source on to its comma, or a preposition after a
        // document ("According to filings at Companies House, ...": where it is kept).
        bool kept = ix_.is(m->end, QuoteWord::Preposition) && !m->speaker.empty() &&
                    m->speaker.mentions.back().kind == MentionKind::Document &&
                    m->speaker.mentions.back().last == m->end;
        // "According to Paul Ostrow on the Marlin blog, ...": a preposition and the medium the source wrote in.
        bool medium = ix_.is(m->end, QuoteWord::Preposition) && comma > m->end + 1 && comma < e &&
                      ix_.info[comma - 1].cue && *ix_.info[comma - 1].cue == CueWord::Medium;
        if (comma > m->end && !ix_.ed_form(m->end) && !kept && !medium) comma = m->end;
        // "According to two people familiar with the talks, <clause>": after the source's description.
        if (uint32_t d = source_description(m->end, e); d != UINT32_MAX && d < e && ix_.is_punct(d, ",")) comma = d;
        if (comma < e && ix_.is_punct(comma, ",") && add_indirect(*m, comma + 1, e, 0.8f)) return true;
        // "According to radio reports two ferries have been held": no comma after the source, a clause with its
        // auxiliary right after it.
        if (comma == m->end && m->end > m->first + 2 && clause_start(m->end, e) && aux_soon(m->end + 1, e) &&
            add_indirect(*m, m->end, e, 0.7f))
          return true;
      } else if (uint32_t past = after_brackets(m->end, b);
                 m->begin > a && ix_.is_punct(m->begin - 1, ",") && and_clause_to_end(past, e)) {
        // "<clause>, according to Seatrack, and older travellers spend ...": no cue of its own after "and",
        // one report over the whole sentence (as ", police said, and <clause>").
        if (add_indirect(*m, a, e, 0.75f)) return true;
      } else if (uint32_t past = after_brackets(m->end, b);
                 m->begin > a && ix_.is_punct(m->begin - 1, ",") &&
                 (only_adjuncts(past, b) || dash_at(past, b) || relative_after(past, b) || described_to_end(past, b) ||
                  appositive_to_end(past, b) || published_to_end(*m, b) ||
                  appositive_to_end(after_source_name(past, b), b) || that_relative_to_end(*m, past, b))) {
        // "But the cabins ..., according to X.": the opening conjunction is the writer's.
        uint32_t from = (ix_.is(a, QuoteWord::But) || ix_.is(a, QuoteWord::And)) && a + 1 < m->begin ? a + 1 : a;
        if (add_indirect(*m, from, m->begin - 1, 0.8f)) return true;
      } else if (uint32_t past = after_brackets(m->end, b); m->begin > a + 3 && !ix_.is_punct(m->begin - 1, ",") &&
                                                            only_adjuncts(past, b) && aux_before(a, m->begin)) {
        // "The battery will last eight hours according to Vexa.": no comma before a source at the sentence's end,
        // after a clause with an auxiliary ("according to plan" names no source, so no match).
        if (add_indirect(*m, a, m->begin, 0.7f)) return true;
      } else if (m->begin > a + 1 && ix_.is_punct(m->begin - 1, ",")) {
        // "The deal, according to the firm's staff, will add jobs": set inside the sentence before its predicate,
        // it reports the whole sentence (as "The driver, police said, was arrested").
        uint32_t k = m->end;
        while (k < e && k < m->end + 3 && ix_.kind(k) == TokenKind::Word && ix_.info[k].lower) ++k;
        // "Vexa, which, according to Ruiz, would not face ...": inside a relative clause it reports the relative
        // clause's predicate only (as "which she said were ...").
        bool relative = m->begin >= a + 2 && (ix_.word_is(m->begin - 2, "which") || ix_.word_is(m->begin - 2, "who"));
        if (relative && k + 1 < e && ix_.is_punct(k, ",") &&
            (ix_.is(k + 1, QuoteWord::Aux) || ix_.is(k + 1, QuoteWord::Negation)) &&
            add_indirect(*m, k + 1, clause_end(k + 1, e), 0.75f))
          return true;
        if (!relative && k + 1 < e && ix_.is_punct(k, ",") &&
            (ix_.is(k + 1, QuoteWord::Aux) || ix_.is(k + 1, QuoteWord::Negation)) && add_indirect(*m, a, e, 0.75f))
          return true;
      }
    }
    return false;
  }

  // Reported speech with no speaker: "It is thought she may have been ill.", "It was only later revealed that
  // ...", "there were reports that ...". A passive verb of thought or report after "it" and an auxiliary (a
  // clause with or without "that"), or a noun of hearsay after "there" and an auxiliary (with "that").
  bool indirect_impersonal(uint32_t a, uint32_t e) {
    uint32_t stop = std::min(e, a + kMaxSentenceScan);
    for (uint32_t t = a; t + 2 < stop; ++t) {
      bool it = ix_.word_is(t, "it"), there = ix_.word_is(t, "there");
      if ((!it && !there) || ix_.info[t].quote >= 0) continue;
      // The auxiliaries and adverbs between: "it was only decades later revealed", "it is widely believed".
      uint32_t v = t + 1, aux = 0;
      // "it's been disclosed that": the clitic is an auxiliary.
      while (v < stop && v <= t + kMaxImpersonalGap &&
             (ix_.is(v, QuoteWord::Aux) || ix_.is(v, QuoteWord::Adverb) || ix_.is(v, QuoteWord::Time) ||
              (v == t + 1 && ix_.kind(v) == TokenKind::Clitic) || ix_.info[v].ly ||
              (ix_.info[v].lower && !ix_.info[v].word && !ix_.info[v].cue && !ix_.info[v].impersonal &&
               !ix_.info[v].speaker))) {
        aux += ix_.is(v, QuoteWord::Aux) || ix_.kind(v) == TokenKind::Clitic;
        ++v;
      }
      if (aux == 0 || v >= stop || !ix_.info[v].lower) continue;
      const TokenInfo& x = ix_.info[v];
      // "it will add a crossing": a verb right after a modal is active, the writer's "it" its subject.
      static constexpr std::string_view kModals[] = {"will",  "would", "can",    "could", "may",
                                                     "might", "shall", "should", "must"};
      bool after_modal = false;
      for (std::string_view w : kModals) after_modal = after_modal || ix_.word_is(v - 1, w);
      bool verb = it && !ix_.ing_form(v) && !after_modal &&
                  (x.impersonal || (x.cue && (*x.cue == CueWord::Say || *x.cue == CueWord::Report)));
      bool noun = there && x.impersonal;
      if (!verb && !noun) continue;
      // "<clause>, it was reported Wednesday.": the frame after a comma, only adjuncts after it, reports the clause
      // before.
      if (verb && t > a + 2 && ix_.is_punct(t - 1, ",") && only_adjuncts(v + 1, e) &&
          add_hearsay_clause(t, v, a, t - 1))
        return true;
      // "it was announced yesterday that": adjuncts may stand before "that".
      uint32_t start = v + 1 < stop ? that_after(v + 1, stop) : UINT32_MAX;
      if (start == UINT32_MAX && verb && clause_start(v + 1, e)) start = v + 1;
      if (start == UINT32_MAX) continue;
      // "It has been confirmed by publicist Harlan Reed that ...": the agent after "by" speaks.
      if (verb && x.cue && v + 2 < start && ix_.word_is(v + 1, "by")) {
        uint32_t end = v + 2;
        SpeakerPhrase agent = phrases_.phrase_after(v + 2, start, true, &end);
        if (!agent.empty()) {
          CueMatch m;
          m.verb = m.first = v;
          m.last = v + 1;
          m.kind = *x.cue;
          m.speaker = agent;
          m.inverted = true;
          m.begin = t;
          m.end = end;
          if (add_indirect(m, start, clause_end(start, e), 0.7f)) return true;
        }
      }
      if (add_hearsay(t, v, start, e)) return true;
    }
    return hearsay_noun_that(a, e);
  }

  // Reported speech with no speaker, cued by the word at `cue` in a frame that starts at `begin`: the clause from
  // `start` to its end, before `e`.
  bool add_hearsay(uint32_t begin, uint32_t cue, uint32_t start, uint32_t e) {
    return add_hearsay_clause(begin, cue, start, clause_end(start, e));
  }

  // The same with the clause given: tokens [a, b).
  bool add_hearsay_clause(uint32_t begin, uint32_t cue, uint32_t a, uint32_t b) {
    CueMatch m = impersonal_cue(cue, begin);
    if (!add_indirect(m, a, b, 0.6f)) return false;
    items_.back().hearsay = true;
    return true;
  }

  // "faces charges that she had hidden ...", "denied allegations that he took ...": a plural noun of hearsay with
  // "that" and a clause (not a relative clause: "reports that surfaced last week" opens none).
  bool hearsay_noun_that(uint32_t a, uint32_t e) {
    uint32_t stop = std::min(e, a + kMaxSentenceScan);
    bool found = false;
    for (uint32_t t = a; t + 2 < stop; ++t) {
      const TokenInfo& x = ix_.info[t];
      if (x.quote >= 0) continue;
      // "Word emerged that ...", "..., word was that ...", "word has it that": hearsay when nothing describes "word"
      // ("the word that she chose", "gave her word that" are no report). Each such frame is its own report.
      if (uint32_t start = hearsay_word(t, a, stop); start != UINT32_MAX) {
        found = add_hearsay(t, t, start, e) || found;
        continue;
      }
      if (!x.impersonal) continue;
      std::string_view w = ix_.text(t);
      if (w.empty() || w.back() != 's') continue;
      // "Reports have it that ...": the noun, "have it", then "that".
      // (no relative clause can follow "have it that": its clause needs no test).
      uint32_t that = t + 1;
      bool have_it =
          that + 2 < stop && (ix_.word_is(that, "have") || ix_.word_is(that, "had")) && ix_.word_is(that + 1, "it");
      if (have_it) that += 2;
      if (!ix_.is(that, QuoteWord::That) || that + 1 >= e || (!have_it && !clause_start(that + 1, e)) ||
          object_gap(that + 1, e))
        continue;
      if (add_hearsay(t, t, that + 1, e)) return true;
    }
    return found;
  }

  // The token after the "that" of reported speech, when only adjuncts stand between the cue and it ("said on
  // Tuesday that", "told reporters in a statement that"); UINT32_MAX if there is none.
  uint32_t that_after(uint32_t k, uint32_t e) const {
    bool in_phrase = false;    // inside a prepositional phrase: its nouns and adjectives are fine
    bool subordinate = false;  // inside "after the club was knocked out": its verbs too
    for (uint32_t j = k; j < e && j < k + kMaxBeforeThat; ++j) {
      const TokenInfo& x = ix_.info[j];
      // "Critics say that is not enough": "that" with an auxiliary right after it is the clause's subject.
      // "told the story in words that will echo": past a noun, "that" and straight an auxiliary open a relative
      // clause with its subject gone, no report.
      if (ix_.is(j, QuoteWord::That) && j > k && in_phrase && j + 1 < e && ix_.is(j + 1, QuoteWord::Aux) &&
          ix_.info[j - 1].lower && ix_.kind(j - 1) == TokenKind::Word)
        return UINT32_MAX;
      if (ix_.is(j, QuoteWord::That)) return j == k && j + 1 < e && ix_.is(j + 1, QuoteWord::Aux) ? j : j + 1;
      // "said after the club was knocked out of the cup that he ...": a time clause right after the cue.
      if (j == k && (ix_.word_is(j, "after") || ix_.word_is(j, "before") || ix_.word_is(j, "when") ||
                     ix_.word_is(j, "once") || ix_.word_is(j, "since") || ix_.word_is(j, "until"))) {
        subordinate = true;
        continue;
      }
      if (subordinate && (x.lower || x.upper || ix_.kind(j) == TokenKind::Number) && !x.cue && !ix_.is_punct(j, ","))
        continue;
      if (ix_.kind(j) == TokenKind::Quote && x.quote < 0) continue;  // "after the Larks' win": an apostrophe
      // "announced today (4 May) that": a bracket of dates and numbers.
      if (ix_.is_punct(j, "(") || ix_.is_punct(j, ")")) continue;
      // "denied, time and again, that", "over and over".
      if (j + 2 < e && ix_.word_is(j + 1, "and") &&
          ((ix_.word_is(j, "time") && ix_.word_is(j + 2, "again")) ||
           (ix_.word_is(j, "again") && ix_.word_is(j + 2, "again")) ||
           (ix_.word_is(j, "over") && ix_.word_is(j + 2, "over")))) {
        j += 2;
        continue;
      }
      // "testified during the last day of her cousin's trial that": a possessive inside the phrase.
      if (in_phrase && possessive_clitic(j)) continue;
      if (ix_.is(j, QuoteWord::Preposition)) {
        in_phrase = true;
        continue;
      }
      // "said privately that", "said repeatedly on Tuesday that": an adverb.
      if (ix_.is_punct(j, ",") || ix_.is(j, QuoteWord::Time) || ix_.is(j, QuoteWord::Determiner) ||
          ix_.word_is(j, "early") || ix_.word_is(j, "late") || (ix_.word_is(j, "only") && j == k) ||
          ((x.ly || ix_.is(j, QuoteWord::Adverb)) && !in_phrase) ||
          (x.cue && (*x.cue == CueWord::Medium || *x.cue == CueWord::Audience)) || ix_.kind(j) == TokenKind::Number ||
          x.upper)
        continue;
      if (x.lower && in_phrase && !x.cue && !ix_.is(j, QuoteWord::Aux) && !ix_.is(j, QuoteWord::Question)) continue;
      // "told passengers booked on the routes that": a participle right after the object, then its phrase.
      if (j == k && ix_.ed_form(j) && !x.cue && j + 1 < e && ix_.is(j + 1, QuoteWord::Preposition)) continue;
      break;
    }
    return UINT32_MAX;
  }

  // ---- resolution and output --------------------------------------------------------------------------------

  // Whose is a standalone quotation that no cue, colon or dash attributes? The speaker of the sentence before
  // ("Price told reporters on Tuesday. “We will act.”"), else of the quotation just before it (a quote run).
  bool inherit(const Item& it, const Item* prev, const Resolved* prev_speaker, Resolved& r, float& score,
               std::optional<Span>& cue) {
    uint32_t s = ix_.info[it.open].sentence;
    if (s > 0) {
      uint32_t ps = s - 1;
      uint32_t pblock = doc_.sentences[ps].block, block = doc_.sentences[s].block;
      bool near = pblock == block || (block_start(it.open) && previous_body_block(block) == int64_t(pblock));
      if (near) {
        if (auto m = last_match_in_sentence(ps)) {
          r = resolver_.resolve(m->speaker, m->verb);
          if (!r.speaker.name.empty()) {
            score = 0.6f;
            cue = tokens_span(m->first, m->last);
            return true;
          }
        } else if (!prev || ix_.info[prev->close].sentence + 1 < s) {
          // No cue: a person who is the subject of the sentence before speaks ("Simons also heard the blast.
          // “At first I thought it was thunder.”"), when no quotation is in that sentence.
          SpeakerPhrase p = phrases_.sentence_subject(doc_.sentences[ps].first_token);
          if (!p.empty() && p.mentions.size() == 1 && p.mentions.front().kind != MentionKind::Pronoun) {
            Resolved x = resolver_.resolve(p, doc_.sentences[ps].first_token);
            if (x.person && !x.speaker.name.empty() && !x.speaker.anonymous) {
              r = x;
              score = 0.5f;
              cue.reset();
              return true;
            }
          }
        }
      }
    }
    if (prev && prev_speaker && !prev_speaker->speaker.name.empty()) {
      uint32_t ps = ix_.info[prev->close].sentence;
      uint32_t pb = toks()[prev->close].block, b = toks()[it.open].block;
      bool near_block = pb == b || (block_start(it.open) && previous_body_block(b) == int64_t(pb));
      if (near_block && s - ps <= 2) {
        r = *prev_speaker;
        score = 0.6f;
        cue.reset();
        return true;
      }
    }
    return false;
  }

  // A quotation that opens a paragraph with no speaker before it, whose speaker the next paragraph introduces
  // ("“She's not a loose cannon. ...” ¶ Kenneth Dorsey says the woman ..."): the subject of a cue that the
  // next paragraph's first sentence opens with.
  bool introduced_after(const Item& it, Resolved& r, std::optional<Span>& cue) {
    if (!block_start(it.open)) return false;
    uint32_t b = toks()[it.close].block;
    if (block_end_token(it.close) != it.close + 1 && !terminal(ix_.text(block_end_token(it.close) - 1))) return false;
    uint32_t nb = b + 1;
    while (nb < doc_.article.blocks.size() && !has_tokens(nb)) ++nb;
    if (nb >= doc_.article.blocks.size() || !body(doc_.article.blocks[nb].kind)) return false;
    uint32_t first = block_first_[nb];
    if (ix_.kind(first) == TokenKind::Quote) return false;  // another quotation
    for (uint32_t t = first; t < block_last_[nb] && t < first + 10; ++t) {
      if (!ix_.info[t].cue || ix_.info[t].quote >= 0) continue;
      const auto& m = cue_at(t);
      if (!m || m->inverted || m->inferred || m->speaker.mentions.front().first != first) return false;
      if (m->kind != CueWord::Say && m->kind != CueWord::Report) return false;
      Resolved x = resolver_.resolve(m->speaker, m->verb);
      if (x.speaker.name.empty()) return false;
      r = x;
      cue = tokens_span(m->first, m->last);
      return true;
    }
    return false;
  }

  // "Brightloom, a San Diego company, has raised $40m in a round led by Northwind Ventures, it said": "it" after a
  // report that opens with an organisation's name (its subject) is that organisation, not the one named last inside
  // the report. Otherwise the item's own phrase.
  SpeakerPhrase subject_for_it(const Item& it) const {
    const SpeakerPhrase& p = it.phrase;
    if (it.marked || p.mentions.size() != 1 || p.mentions[0].kind != MentionKind::Pronoun ||
        ix_.info[p.mentions[0].head].speaker != SpeakerWord::It || p.mentions[0].first < it.close)
      return p;
    uint32_t t = it.open;
    if (t < it.close && ix_.word_is(t, "the")) ++t;
    int32_t e = t < it.close ? ix_.info[t].entity : -1;
    if (e < 0 || doc_.entities[static_cast<size_t>(e)].label != Label::Org || (t > 0 && ix_.info[t - 1].entity == e))
      return p;
    uint32_t end = t;
    while (end < it.close && ix_.info[end].entity == e) ++end;
    if (end < it.close && ix_.kind(end) == TokenKind::Clitic) return p;  // "Brightloom's rival has raised ..."
    SpeakerPhrase named;
    named.mentions.push_back(entity_mention(e, t, end));
    named.anonymity = p.anonymity;
    return named;
  }

  [[gnu::noinline]] void emit() {
    doc_.quotes.clear();
    for (Cluster& c : doc_.clusters) {
      c.quote_count = 0;
      c.quote_kinds.fill(0);
    }
    const Item* prev_marked = nullptr;
    Resolved prev_speaker;
    for (Item& it : items_) {
      Resolved r;
      bool named = false;  // the text names a speaker (even a pronoun it cannot resolve)
      float score = it.score;
      if (it.given >= 0) {
        r = given_[static_cast<size_t>(it.given)];  // a transcript turn: its label's speaker, its score
        named = true;
      } else if (it.hearsay) {
        // "It is thought ...": the news set (docs/annotation.md) credits unnamed sources.
        r.speaker.name = "anonymous sources";
        r.speaker.anonymous = true;
      } else if (!it.phrase.empty()) {
        r = resolver_.resolve(subject_for_it(it), it.anchor);
        r.speaker.mention = ix_.span(it.phrase.mentions.front().first, it.phrase.mentions.back().last);
        named = true;
        score *= r.confidence;
      } else if (it.marked && (it.statement || it.runs_on) && !it.scare_context) {
        float s = 0;
        if (inherit(it, prev_marked, prev_marked ? &prev_speaker : nullptr, r, s, it.cue)) {
          named = true;
          score = s;
          it.rule = it.cue ? Rule::PreviousSentence : Rule::Continued;
        } else if (introduced_after(it, r, it.cue)) {
          named = true;
          score = 0.5f;
          it.rule = Rule::NextSentence;
        }
      }
      QuoteKind kind = it.kind;
      if (it.marked) {
        bool adjacent_cue = (it.rule == Rule::Cue || it.rule == Rule::NextSentence) && it.score >= 0.9f;
        // A statement of its own ("“None.”") stays one.
        bool own_sentence = it.statement && it.close > it.open + 1 && terminal(ix_.text(it.close - 1));
        if (it.scare_context || (capital_term(it.open, it.close) && !adjacent_cue && !own_sentence)) {
          kind = QuoteKind::Scare;  // “Twilight,” “Moon”: a name or title, not a statement, unless a cue is next to it
        } else if (it.statement) {
          kind = QuoteKind::Direct;
        } else if (named) {
          kind = QuoteKind::Partial;
        } else {
          kind = short_term(it.open, it.close) ? QuoteKind::Scare : QuoteKind::Partial;
        }
        if (kind == QuoteKind::Scare) {
          r = Resolved{};
          named = false;
          it.cue.reset();
        }
        // Calibrated on DEV news: a quotation with no speaker named is seldom right to have none (0.18 of them).
        if (!named) score = kind == QuoteKind::Scare ? 0.6f : kNoSpeakerScore;
      }
      if (kind != QuoteKind::Scare && !r.speaker.known()) score = std::min(score, kNoSpeakerScore);
      if (!r.speaker.known()) r.speaker.reason = no_speaker_reason(it, kind, named);
      Quote q;
      q.span = it.span;
      q.content = kind == QuoteKind::Partial ? (it.clause ? *it.clause : partial_content(it)) : it.span;
      q.kind = kind;
      q.speaker = r.speaker;
      q.cue = it.cue;
      q.score = std::min(1.0f, std::max(0.0f, score));
      for (int32_t c : r.clusters) {
        if (c < 0 || static_cast<size_t>(c) >= doc_.clusters.size()) continue;
        ++doc_.clusters[c].quote_count;
        ++doc_.clusters[c].quote_kinds[static_cast<size_t>(kind)];
      }
      if (named) resolver_.note(r, it.anchor);
      if (it.marked && kind != QuoteKind::Scare) {
        prev_marked = &it;
        prev_speaker = r;
      }
      doc_.quotes.push_back(std::move(q));
    }
  }

  // Why a quotation has no speaker (Speaker::reason): a scare quote; a pronoun or description that names no
  // one; a cue in its sentence that is passive ("he has been described as “...”"); else no cue at all.
  std::string_view no_speaker_reason(const Item& it, QuoteKind kind, bool named) const {
    if (kind == QuoteKind::Scare) return "scare";
    if (named) return "speaker-not-named";
    const Sentence& so = ix_.sentence_of(it.open);
    const Sentence& sc = ix_.sentence_of(it.close);
    uint32_t lo = std::max(so.first_token, it.open >= kWindow ? it.open - kWindow : 0);
    uint32_t hi = std::min(sc.last_token, it.close + kWindow);
    for (uint32_t t = lo; t < hi; ++t) {
      if (t >= it.open && t <= it.close) {
        t = it.close;
        continue;
      }
      const TokenInfo& x = ix_.info[t];
      if (!x.cue || x.quote >= 0) continue;
      if (*x.cue == CueWord::According || *x.cue == CueWord::Audience || *x.cue == CueWord::Medium) continue;
      if (cues_.passive(t, hi)) return "passive-cue";
    }
    return "no-cue";
  }

  // "The plant closed in March, at a time when, she later said, the firm was failing", "It shut because, Ruiz said,
  // the rent had doubled": a cue set between a subordinating word and its clause reports that clause only, from the
  // subordinating word (back to a comma a few words before it: "at a time when"); the main clause before it is the
  // writer's. Otherwise the report starts at `from`. `lead` is the cue phrase's first token, after its comma.
  uint32_t subordinate_start(uint32_t from, uint32_t lead) const {
    if (lead < from + 3 || !ix_.is_punct(lead - 1, ",")) return from;
    uint32_t sub = lead - 2;
    static constexpr std::string_view kSubordinators[] = {"when",    "because", "since", "although", "though", "while",
                                                          "whereas", "unless",  "until", "after",    "before", "where"};
    bool subordinator = false;
    for (std::string_view w : kSubordinators) subordinator = subordinator || ix_.word_is(sub, w);
    if (!subordinator || sub <= from) return from;
    uint32_t start = sub;
    for (uint32_t k = sub; k > from && sub - k < kMaxSubordinatePhrase;) {
      --k;
      if (ix_.is_punct(k, ",")) {
        start = k + 1;
        break;
      }
      if (ix_.kind(k) != TokenKind::Word || ix_.info[k].cue) break;
    }
    return start;
  }

  // The content of a partial quote: the reported clause around the quoted words. After an attribution before
  // it ("Smith called the plan “reckless” on Tuesday."): from the attribution to the sentence's end; before an
  // attribution after it ("Her actions were “unethical,” she said."): from the sentence's start to it.
  Span partial_content(const Item& it) const {
    if (!it.attr) return it.span;
    const Sentence& s = ix_.sentence_of(it.open);
    if (ix_.sentence_of(it.close).first_token != s.first_token) return it.span;
    uint32_t a = it.open, b = it.close + 1;
    // "The phone will be, as Nordica puts it, “the lightest yet,”": an aside inside the clause; the clause runs from
    // the sentence's start to the quotation's end.
    if (it.attr_end <= it.open && it.attr_begin > s.first_token && ix_.word_is(it.attr_begin - 1, "as") &&
        ix_.word_is(it.attr_end - 1, "it"))
      return tokens_span(s.first_token, b);
    if (it.attr_end <= it.open) {
      a = it.attr_end;
      while (a < it.open && (ix_.kind(a) == TokenKind::Punct || ix_.is(a, QuoteWord::That))) ++a;
      b = std::max(b, s.last_token);
      // "... “too little, too late” and warned that ...": the clause ends where a second cue takes over.
      // So does it at a colon or dash that opens what follows ("— “I hear she's ...”"), at a quotation mark
      // that opens another quotation, and at ", adding:".
      // A second quoted term that opens in lowercase ("“timid” and a “sensible” step") is part of the same clause:
      // its marks are passed over.
      // Read at most kMaxSentenceScan tokens: each partial quote reads a bounded stretch, whatever the sentence's
      // length.
      bool in_term = false;
      b = std::min(b, it.close + 1 + kMaxSentenceScan);
      // "Calling them “really powerful”, Schiller showed ...": a participle that opens the sentence frames its
      // phrase only, up to the comma (inside the closing mark or after it).
      // So does a participle with its agent after a noun ("the man described by the Weekly as “...”,").
      bool agent_participle = ix_.ed_form(it.attr_begin) && ix_.word_is(it.attr_begin + 1, "by");
      if ((it.attr_begin == s.first_token && ix_.ing_form(it.attr_begin) &&
           !ix_.is_cue(it.attr_begin, CueWord::According)) ||
          agent_participle) {
        if (it.close > it.open && ix_.is_punct(it.close - 1, ",")) b = it.close + 1;
        for (uint32_t t = it.close + 1; t < b; ++t)
          if (ix_.is_punct(t, ",")) {
            b = t;
            break;
          }
      }
      for (uint32_t t = it.close + 1; t + 1 < b; ++t) {
        if (ix_.kind(t) == TokenKind::Quote &&
            (in_term || (ix_.info[t + 1].lower && ix_.kind(t + 1) == TokenKind::Word))) {
          in_term = !in_term;
          continue;
        }
        bool next_cue =
            ix_.info[t + 1].cue && *ix_.info[t + 1].cue != CueWord::Medium && *ix_.info[t + 1].cue != CueWord::Audience;
        if (((ix_.is(t, QuoteWord::And) || ix_.is(t, QuoteWord::But) || ix_.is_punct(t, ",")) && next_cue) ||
            ix_.is_punct(t, ":") || ix_.kind(t) == TokenKind::Dash || ix_.kind(t) == TokenKind::Quote) {
          b = t;
          break;
        }
      }
      while (b > it.close + 1 && ix_.kind(b - 1) == TokenKind::Punct) --b;
    } else if (it.attr_begin > it.close) {
      a = std::min(a, s.first_token);
      b = it.attr_begin;
      while (b > it.close + 1 && (ix_.kind(b - 1) == TokenKind::Punct || ix_.kind(b - 1) == TokenKind::Dash)) --b;
    }
    return tokens_span(a, b);
  }

  // A capitalised term of at most kMaxTermWords words, a comma or full stop at its end allowed ("Twilight,").
  bool capital_term(uint32_t o, uint32_t c) const {
    uint32_t words = 0;
    for (uint32_t t = o + 1; t < c; ++t) {
      TokenKind k = ix_.kind(t);
      if (k == TokenKind::Punct) {
        std::string_view s = ix_.text(t);
        if (!((s == "," || s == ".") && t + 1 == c)) return false;
        continue;
      }
      if (k != TokenKind::Word && k != TokenKind::Number && k != TokenKind::Abbrev) return false;
      if (!ix_.info[t].upper && k != TokenKind::Number) return false;
      ++words;
    }
    return words > 0 && words <= kMaxTermWords;
  }

  // A quoted term: a few words with no punctuation of a sentence inside.
  bool short_term(uint32_t o, uint32_t c) const {
    uint32_t words = 0;
    for (uint32_t t = o + 1; t < c; ++t) {
      TokenKind k = ix_.kind(t);
      if (k == TokenKind::Punct) {
        std::string_view s = ix_.text(t);
        bool last = t + 1 == c;  // “deep background,”: a comma or full stop set inside the closing mark
        if (((s == "," || s == ".") && !last) || s == "!" || s == "?" || s == ";" || s == ":") return false;
      }
      if (k == TokenKind::Word || k == TokenKind::Number || k == TokenKind::Abbrev) ++words;
    }
    return words > 0 && words <= kMaxTermWords;
  }
};

}  // namespace

void find_quotes(Document& doc, QuotePasses passes) {
  if (doc.tokens.empty() || doc.sentences.empty()) {
    doc.quotes.clear();
    for (Cluster& c : doc.clusters) {
      c.quote_count = 0;
      c.quote_kinds.fill(0);
    }
    return;
  }
  Finder(doc, passes).run();
}

}  // namespace aa
