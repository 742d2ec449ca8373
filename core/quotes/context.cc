#include "quotes/context.h"

#include <algorithm>

#include "text/chars.h"
#include "text/unicode.h"

namespace aa::quotes {
namespace {

bool function_word(const TokenInfo& x) {
  if (!x.word) return false;
  switch (*x.word) {
    case QuoteWord::Determiner:
    case QuoteWord::Adverb:
    case QuoteWord::Aux:
    case QuoteWord::Negation:
    case QuoteWord::That:
    case QuoteWord::Question:
    case QuoteWord::And:
    case QuoteWord::But:
    case QuoteWord::Preposition:
    case QuoteWord::Time: return true;
    default: return false;
  }
}

// The words that the passes after the first one look for, noted once per distinct word: a pass whose word the
// document does not have would change nothing, and is skipped (most documents have none of them). Only words can
// be these lowercase letters (tokens of other kinds are no runs of letters), so a word's lowercase text decides.
struct PassWords {
  bool reports = false;        // "reports"
  bool estimate = false;       // a word that starts with "estimate"
  bool point = false;          // a word that starts with "point"
  bool share = false;          // "half", "third(s)", "quarter(s)", "majority"
  bool per = false;            // "per" (the pass looks for "Per")
  bool paper = false;          // "paper"
  bool site = false;           // "site" or "page"
  bool ruling = false;         // "ruling"
  bool warning = false;        // "warning"
  bool put = false;            // "put" or "puts"
  bool people_report = false;  // a CueWord::PeopleReport word

  // Every pass runs (QuotePasses::Every, the reference).
  void every() {
    reports = estimate = point = share = per = paper = site = ruling = warning = put = people_report = true;
  }

  void note(std::string_view w, std::optional<CueWord> cue) {
    people_report = people_report || cue == CueWord::PeopleReport;
    if (w.empty()) return;
    switch (w[0]) {  // most words start with none of these letters, or are none of these words
      case 'e': estimate = estimate || w.rfind("estimate", 0) == 0; break;
      case 'h': share = share || w == "half"; break;
      case 'm': share = share || w == "majority"; break;
      case 'p':
        point = point || w.rfind("point", 0) == 0;
        per = per || w == "per";
        paper = paper || w == "paper";
        site = site || w == "page";
        put = put || w == "put" || w == "puts";
        break;
      case 'q': share = share || w == "quarter" || w == "quarters"; break;
      case 'r':
        reports = reports || w == "reports";
        ruling = ruling || w == "ruling";
        break;
      case 's': site = site || w == "site"; break;
      case 't': share = share || w == "third" || w == "thirds"; break;
      case 'w': warning = warning || w == "warning"; break;
      default: break;
    }
  }
};

// Distinct token texts (with whether the token is an abbreviation) -> an index, by open addressing. The keys are
// views of the document's text, which outlives the table.
class WordTable {
 public:
  /// The index of `text`, or `next` (then stored) when it is new; `fresh` tells which.
  uint32_t find_or_add(std::string_view text, bool abbrev, uint32_t next, bool& fresh) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    uint64_t h = hash(text, abbrev);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) {
        s = {text, h, next, abbrev};
        ++count_;
        fresh = true;
        return next;
      }
      if (s.hash == h && s.abbrev == abbrev && s.text == text) {
        fresh = false;
        return s.index;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::string_view text;
    uint64_t hash = 0;
    uint32_t index = kEmpty;
    bool abbrev = false;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  size_t count_ = 0;

  static uint64_t hash(std::string_view text, bool abbrev) {
    uint64_t h = 1469598103934665603ull ^ (abbrev ? 0x9E3779B97F4A7C15ull : 0);  // FNV-1a
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.index == kEmpty) continue;
      size_t i = s.hash & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
};

}  // namespace

TextIndex::TextIndex(const Document& d, const MarkPairing& m, QuotePasses passes)
    : doc(d), marks(m), gated_(passes == QuotePasses::Gated) {
  const auto& toks = doc.tokens;
  info.resize(toks.size());
  word_of_.assign(toks.size(), kNoWord);
  // Each distinct word is looked up in the tables once per document; a word is found again by its text as
  // written (no lowercasing per token).
  WordTable table;
  PassWords present;
  words_.reserve(std::min<size_t>(toks.size(), 1024));  // distinct words: fewer than tokens (a copy per growth)
  mark_prefix_.assign(toks.size() + 1, 0);
  for (uint32_t t = 0; t < toks.size(); ++t) {
    TokenInfo& x = info[t];
    std::string_view s = text(t);
    char32_t c = chars::first_cp(s);
    x.upper = unicode::is_upper(c);
    x.lower = unicode::is_lower(c);
    TokenKind k = toks[t].kind;
    // "9News", "7Live": a broadcaster's name that opens with its channel number (a number token) is written as a
    // name.
    if (k == TokenKind::Number && c >= '0' && c <= '9') {
      size_t d = 0;
      while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
      x.upper = d < s.size() && d + 2 < s.size() && s[d] >= 'A' && s[d] <= 'Z' && s[d + 1] >= 'a' && s[d + 1] <= 'z';
    }
    if (k == TokenKind::Word || k == TokenKind::Abbrev || k == TokenKind::Clitic || k == TokenKind::Symbol) {
      bool fresh = false;
      uint32_t id = table.find_or_add(s, k == TokenKind::Abbrev, static_cast<uint32_t>(words_.size()), fresh);
      if (fresh) {
        WordFacts f;
        f.lower = unicode::lowercase(s);
        std::string_view w = f.lower;
        if (k == TokenKind::Abbrev && !w.empty() && w.back() == '.') w.remove_suffix(1);
        const WordLookups found = find_word(w);
        f.cue = found.cue;
        f.speaker = found.speaker;
        // "said elderly passengers would": a word in -ly of the table's NotAdverb is no adverb, and no function word.
        f.word = found.word == QuoteWord::NotAdverb ? std::nullopt : found.word;
        // "Her family said": a speaker noun in -ly is no adverb ("anonymously", a marker, still is).
        bool noun = f.speaker && *f.speaker != SpeakerWord::AnonymityMarker;
        f.ly = !found.word && !noun && w.size() > 4 && w.substr(w.size() - 2) == "ly";
        present.note(f.lower, f.cue);
        words_.push_back(std::move(f));
      }
      word_of_[t] = id;
      const WordFacts& f = words_[id];
      x.impersonal = f.cue == CueWord::Impersonal;
      x.speech_noun = f.cue == CueWord::Noun;
      x.cue = x.impersonal || x.speech_noun ? std::nullopt : f.cue;
      x.speaker = f.speaker;
      x.word = f.word;
      x.ly = x.lower && f.ly;
    }
    mark_prefix_[t + 1] = mark_prefix_[t] + (is_mark(t) ? 1 : 0);
  }
  if (!gated_) present.every();
  // "The columnist reports that ...": the noun of hearsay ("there were reports that") is a Report verb after a word
  // that is no function word ("there", "the", "were") and before "that".
  for (uint32_t t = 1; present.reports && t + 1 < toks.size(); ++t) {
    if (!info[t].impersonal || !info[t + 1].word || *info[t + 1].word != QuoteWord::That) continue;
    const TokenInfo& p = info[t - 1];
    // "USA Today reports that": a capitalised time word after another capitalised word is part of a name.
    bool in_name = p.upper && t >= 2 && toks[t - 2].kind == TokenKind::Word && info[t - 2].upper;
    if (toks[t - 1].kind != TokenKind::Word || (p.word && !in_name) || p.cue || p.impersonal || text(t) != "reports")
      continue;
    if (lower_is(t - 1, "there")) continue;
    info[t].impersonal = false;
    info[t].cue = CueWord::Report;
  }
  // "worth an estimated €3 million", "the estimates were": after an article or a possessive, "estimated" and
  // "estimate(s)" describe a number, no one's report.
  for (uint32_t t = 1; present.estimate && t < toks.size(); ++t) {
    if (!info[t].cue || lower(t).rfind("estimate", 0) != 0) continue;
    std::string d = lower(t - 1);
    if (d == "a" || d == "an" || d == "the" || d == "its" || d == "their" || d == "his" || d == "her" || d == "our")
      info[t].cue.reset();
  }
  // "Ana Diaz 11.8 points, three fewer ...": "point" and its forms report only with "out" or "that" after them.
  for (uint32_t t = 0; present.point && t < toks.size(); ++t) {
    if (!info[t].cue || lower(t).rfind("point", 0) != 0) continue;
    if (t + 1 >= toks.size() || (!lower_is(t + 1, "out") && !lower_is(t + 1, "that"))) info[t].cue.reset();
  }
  // "Nearly half of the landlords said": a share with "of" after it is the group's (the noun after it speaks); "half
  // said", "a third said" stand for those asked.
  for (uint32_t t = 0; present.share && t + 1 < toks.size(); ++t) {
    if (info[t].speaker != SpeakerWord::Anonymous || !lower_is(t + 1, "of")) continue;
    if (lower_is(t, "half") || lower_is(t, "third") || lower_is(t, "thirds") || lower_is(t, "quarter") ||
        lower_is(t, "quarters") || lower_is(t, "majority"))
      info[t].speaker.reset();
  }
  // "Per the Ledger, the talks are ...", "Per Variety, ...": a capitalised "Per" before a source's name and its comma
  // is "according to".
  for (uint32_t t = 0; present.per && t + 2 < toks.size(); ++t) {
    if (text(t) != "Per" || info[t].cue) continue;
    uint32_t k = t + 1;
    if (lower_is(k, "the")) ++k;
    if (k >= toks.size() || !info[k].upper) continue;
    bool comma = false;
    for (uint32_t j = k + 1; j < toks.size() && j <= k + 5 && !comma; ++j) comma = text(j) == ",";
    if (comma) info[t].cue = CueWord::According;
  }
  // "the white paper said": a paper after "white" is a document, not a newspaper (an organisation noun).
  for (uint32_t t = 1; present.paper && t < toks.size(); ++t)
    if (info[t].speaker == SpeakerWord::OrgNoun && lower(t) == "paper" && lower(t - 1) == "white")
      info[t].speaker = SpeakerWord::Document;
  // "according to her official site", "her web page said": a site or page after "official", "web" or "home" is a
  // website (an organisation noun, as "website"); "at the site" stays a place.
  for (uint32_t t = 1; present.site && t < toks.size(); ++t) {
    if (info[t].speaker || (!lower_is(t, "site") && !lower_is(t, "page"))) continue;
    if (lower_is(t - 1, "official") || lower_is(t - 1, "web") || lower_is(t - 1, "home"))
      info[t].speaker = SpeakerWord::OrgNoun;
  }
  // ", ruling that ...": "ruling" is a court's verb of report only as a participle after a comma ("the ruling that
  // the map was fair", "In a ruling that surprised lawyers" are nouns).
  for (uint32_t t = 1; present.ruling && t < toks.size(); ++t)
    if (info[t].cue && lower_is(t, "ruling") && !(toks[t - 1].kind == TokenKind::Punct && text(t - 1) == ","))
      info[t].cue.reset();
  // "..., the agency said on Thursday, warning that ...": "warning" right after a comma is the participle of "warn",
  // a verb of saying whose subject speaks ("a warning that", "issued a warning" stay nouns).
  for (uint32_t t = 1; present.warning && t < toks.size(); ++t)
    if (info[t].speech_noun && lower_is(t, "warning") && toks[t - 1].kind == TokenKind::Punct && text(t - 1) == ",") {
      info[t].speech_noun = false;
      info[t].cue = CueWord::Say;
    }
  // "as the firm puts it, “...”", "as she put it": "put" in that frame is a verb of saying.
  for (uint32_t t = 2; present.put && t + 1 < toks.size(); ++t) {
    if (info[t].cue || (!lower_is(t, "put") && !lower_is(t, "puts"))) continue;
    if (!lower_is(t + 1, "it")) continue;
    bool as = false;
    for (uint32_t k = t - 1; k > 0 && t - k <= 4 && !as; --k) {
      if (toks[k].kind != TokenKind::Word && toks[k].kind != TokenKind::Clitic) break;
      as = lower_is(k, "as");
    }
    if (as) info[t].cue = CueWord::Say;
  }
  // "..., the Ledger reports.", "..., reports the Ledger.": "reports" after a name and before the sentence's end (a
  // comma, a time word), or after a comma and before its speaker, is the verb ("Police reports show" stays a noun).
  for (uint32_t t = 1; present.reports && t + 1 < toks.size(); ++t) {
    if (!info[t].impersonal || text(t) != "reports") continue;
    const TokenInfo& n = info[t + 1];
    bool after_name = toks[t - 1].kind == TokenKind::Word && info[t - 1].upper &&
                      (toks[t + 1].kind == TokenKind::Punct || (n.word && *n.word == QuoteWord::Time));
    bool before_name = toks[t - 1].kind == TokenKind::Punct && text(t - 1) == "," &&
                       (n.upper || (n.word && *n.word == QuoteWord::Determiner));
    // "a tablet, which Vexacorp reports will last ten hours": after a relative word and a name, before an auxiliary.
    bool relative_name = toks[t - 1].kind == TokenKind::Word && info[t - 1].upper && n.word &&
                         *n.word == QuoteWord::Aux && t >= 2 &&
                         (lower_is(t - 2, "which") || lower_is(t - 2, "that") ||
                          (t >= 3 && info[t - 2].upper && (lower_is(t - 3, "which") || lower_is(t - 3, "that"))));
    if (!after_name && !before_name && !relative_name) continue;
    info[t].impersonal = false;
    info[t].cue = CueWord::Report;
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].last_token && t < toks.size(); ++t)
      info[t].sentence = s;
  for (uint32_t q = 0; q < marks.quotes.size(); ++q)
    for (uint32_t t = marks.quotes[q].open; t <= marks.quotes[q].close && t < toks.size(); ++t) info[t].quote = q;
  // Entities by token, from their spans (the token indices they carry are not relied on).
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    const Span& sp = doc.entities[e].span;
    auto it = std::lower_bound(toks.begin(), toks.end(), sp.begin,
                               [](const Token& tok, uint32_t pos) { return tok.span.begin < pos; });
    for (; it != toks.end() && it->span.end <= sp.end; ++it) info[it - toks.begin()].entity = static_cast<int32_t>(e);
  }
  // "Experts suggest that ...": a PeopleReport verb is a Report verb after a noun of people or he/she and before
  // "that"; otherwise no cue ("the data suggest that").
  for (uint32_t t = 0; present.people_report && t < toks.size(); ++t) {
    if (info[t].cue != CueWord::PeopleReport) continue;
    info[t].cue.reset();
    if (t == 0 || t + 1 >= toks.size() || !info[t + 1].word || *info[t + 1].word != QuoteWord::That) continue;
    std::optional<SpeakerWord> p = info[t - 1].speaker;
    // "Ian Guthrie notes that", "The company notes that": a person's or organisation's name, or an organisation
    // noun, too ("The notes that he left": a determiner before the noun).
    int32_t e = info[t - 1].entity;
    bool named = e >= 0 && (doc.entities[static_cast<size_t>(e)].label == Label::Person ||
                            doc.entities[static_cast<size_t>(e)].label == Label::Org);
    if (p == SpeakerWord::Anonymous || p == SpeakerWord::Role || p == SpeakerWord::He || p == SpeakerWord::She ||
        p == SpeakerWord::OrgNoun || p == SpeakerWord::They || named)
      info[t].cue = CueWord::Report;
  }
  find_runs();
}

const TextIndex::WordFacts& TextIndex::name_facts(uint32_t t) {
  WordFacts& f = words_[word_of_[t]];
  if (!f.named) {
    f.named = true;
    std::string l = lower(t);
    f.starter = is_sentence_starter(l);
    f.gender = find_name_gender(l);
    if (kind(t) == TokenKind::Abbrev && !l.empty() && l.back() == '.') l.pop_back();
    f.head_gender = find_name_gender(l);
  }
  return f;
}

bool TextIndex::sentence_starter(uint32_t t) {
  return word_of_[t] != kNoWord ? name_facts(t).starter : is_sentence_starter(lower(t));
}

std::optional<Gender> TextIndex::given_gender(uint32_t t) {
  return word_of_[t] != kNoWord ? name_facts(t).gender : find_name_gender(lower(t));
}

bool TextIndex::same_letters(uint32_t t, std::string_view w) const {
  std::string_view x = text(t);
  for (size_t i = 0; i < x.size(); ++i) {
    char c = x[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != w[i]) return false;
  }
  return true;
}

std::string TextIndex::lower(uint32_t t) const {
  return word_of_[t] != kNoWord ? words_[word_of_[t]].lower : unicode::lowercase(text(t));
}

bool TextIndex::other_lower_is(uint32_t t, std::string_view w) const {
  std::string_view x = text(t);  // punctuation, numbers ...: ASCII folding is lowercasing for ASCII
  for (char c : x)
    if (static_cast<unsigned char>(c) >= 0x80) return unicode::lowercase(x) == w;
  return word_is(t, w);
}

bool TextIndex::is_mark(uint32_t t) const {
  MarkRole r = marks.roles[t];
  return r == MarkRole::Open || r == MarkRole::Close || r == MarkRole::Reopen || r == MarkRole::Unbalanced;
}

bool TextIndex::subject_pronoun(uint32_t t) const {
  if (!info[t].speaker) return false;
  SpeakerWord w = *info[t].speaker;
  if (w != SpeakerWord::He && w != SpeakerWord::She && w != SpeakerWord::They && w != SpeakerWord::It &&
      w != SpeakerWord::I && w != SpeakerWord::We)
    return false;
  std::string l = lower(t);
  return l != "him" && l != "her" && l != "them" && l != "his" && l != "its" && l != "their";
}

void TextIndex::find_runs() {
  const auto& toks = doc.tokens;
  // Which tokens may be part of a name.
  for (uint32_t t = 0; t < toks.size(); ++t) {
    TokenInfo& x = info[t];
    TokenKind k = toks[t].kind;
    if (!x.upper || (k != TokenKind::Word && k != TokenKind::Abbrev && k != TokenKind::Number)) continue;  // "9News"
    if (x.word == QuoteWord::Time) continue;                                                               // Tuesday
    if (x.speaker == SpeakerWord::I && text(t).size() == 1) continue;                                      // I
    bool initial =
        t == sentence_of(t).first_token ||
        (t > 0 && (is_mark(t - 1) || kind(t - 1) == TokenKind::Dash || is_punct(t - 1, "(") || is_punct(t - 1, ":")));
    if (initial) {
      // A capitalised common word of the lexicon opens the sentence ("Sources said", "President Biden").
      bool common = x.speaker && *x.speaker != SpeakerWord::MaleTitle && *x.speaker != SpeakerWord::FemaleTitle;
      if (function_word(x) || subject_pronoun(t) || x.cue || common || sentence_starter(t)) continue;
      if (lower(t) == "having") continue;  // "Having told reporters ..., he left": a participle, no name
    }
    x.namey = true;
  }
  uint32_t t = 0;
  while (t < toks.size()) {
    if (!info[t].namey) {
      ++t;
      continue;
    }
    uint32_t b = t, e = t + 1;
    while (e < toks.size() && block(e) == block(b)) {
      if (info[e].namey) {
        ++e;
      } else if (is(e, QuoteWord::Particle) && e + 1 < toks.size() && info[e + 1].namey) {
        e += 2;
      } else {
        break;
      }
    }
    t = e;
    // Three or more words in capitals are a heading or a shout ("RAGGED DICK IS INTRODUCED TO THE READER",
    // "IMAGE SOURCE: KREMLIN VIA REUTERS"), not a name; an acronym alone ("NATO", "US") still is one.
    uint32_t caps = 0;
    for (uint32_t k = b; k < e; ++k) {
      std::string_view w = text(k);
      bool all = w.size() > 1;
      for (char c : w) all = all && !(c >= 'a' && c <= 'z');
      caps += all;
    }
    if (caps >= 3) {
      for (uint32_t k = b; k < e; ++k) info[k].namey = false;
      continue;
    }
    // "One senior MP, who ...", "Some backbench MPs said": a role's acronym alone is the role, no name ("King",
    // "Governor" alone may be names or stand for one).
    if (e == b + 1 && info[b].speaker == SpeakerWord::Role && text(b).size() > 1 && text(b)[1] >= 'A' &&
        text(b)[1] <= 'Z') {
      info[b].namey = false;
      continue;
    }
    // Cut titles and roles off the front: "Russian Foreign Minister Sergey Lavrov", "State Antony Blinken".
    uint32_t nb = b;
    for (uint32_t k = b; k + 1 < e; ++k)
      if (info[k].speaker == SpeakerWord::Role) nb = k + 1;
    // "Minister of Education Stefania Giannini", "Undersecretary for Education Mr. Toccafondi": the words
    // after a title and "of"/"for" name the office, not the person.
    if (nb == b && b >= 2 && e - b >= 3 && (lower(b - 1) == "of" || lower(b - 1) == "for") &&
        info[b - 2].speaker == SpeakerWord::Role && info[b - 2].upper)
      nb = b + 1;
    for (uint32_t k = nb + 1; k < e; ++k) {
      if (info[k].speaker == SpeakerWord::MaleTitle || info[k].speaker == SpeakerWord::FemaleTitle) {
        if (kind(k) == TokenKind::Abbrev) nb = k;  // "... Mr. Toccafondi"
        break;
      }
    }
    for (uint32_t k = nb + 1; k < e; ++k) {
      if (given_gender(k)) {
        if (nb < k && !given_gender(nb) && info[nb].speaker != SpeakerWord::MaleTitle &&
            info[nb].speaker != SpeakerWord::FemaleTitle && kind(nb) != TokenKind::Abbrev)
          nb = k;
        break;
      }
    }
    NameRun run;
    run.first = nb;
    run.last = e;
    if (info[nb].speaker == SpeakerWord::MaleTitle) run.gender = Gender::Male;
    if (info[nb].speaker == SpeakerWord::FemaleTitle) run.gender = Gender::Female;
    bool title = run.gender.has_value() && e > nb + 1;
    bool initial = kind(nb) == TokenKind::Abbrev && text(nb).size() == 2;  // "J."
    // The given name: the head word lowercased, without an abbreviation's final dot.
    std::optional<Gender> given;
    if (word_of_[nb] != kNoWord) {
      given = name_facts(nb).head_gender;
    } else {
      std::string head = lower(nb);
      if (kind(nb) == TokenKind::Abbrev && !head.empty() && head.back() == '.') head.pop_back();
      given = find_name_gender(head);
    }
    if (!run.gender) run.gender = given;
    bool role_before = nb > 0 && info[nb - 1].speaker == SpeakerWord::Role;  // "President Xi Jinping"
    run.person =
        title || initial || role_before || (given && e > nb + 1) ||
        (e == nb + 1 && nb > 0 && info[nb - 1].speaker &&
         (*info[nb - 1].speaker == SpeakerWord::MaleTitle || *info[nb - 1].speaker == SpeakerWord::FemaleTitle));
    if (!run.gender && nb > b && nb > 0) {  // "Mr. Price" cut to "Price": the title still tells
      if (info[nb - 1].speaker == SpeakerWord::MaleTitle) run.gender = Gender::Male;
      if (info[nb - 1].speaker == SpeakerWord::FemaleTitle) run.gender = Gender::Female;
    }
    run.initial = e == nb + 1 && (nb == sentence_of(nb).first_token || (nb > 0 && is_mark(nb - 1))) &&
                  e < toks.size() && is_punct(e, ",");
    int32_t id = static_cast<int32_t>(runs.size());
    for (uint32_t k = nb; k < e; ++k) info[k].run = id;
    runs.push_back(run);
  }
}

}  // namespace aa::quotes
