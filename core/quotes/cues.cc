#include "quotes/cues.h"

#include <algorithm>

namespace aa::quotes {

constexpr uint32_t kMaxLookBack = 60;      // tokens searched for the cue a participle goes with
constexpr uint32_t kMaxToThat = 6;         // tokens from a cue to its "that": "told reporters on Friday that"
constexpr uint32_t kMaxButDescribers = 5;  // words before a name after "but": "but New Lunmoor attorney general X"
constexpr uint32_t kMaxQuotedAs = 20;      // tokens from "quoted" to "as saying": "quoted the head of X, Y, as saying"

bool is_tell(std::string_view w) {
  return w == "told" || w == "tell" || w == "tells" || w == "telling";
}

uint32_t CueFinder::purpose_verb(uint32_t verb, uint32_t lo) const {
  if (verb < lo + 2 || !ix_.word_is(verb - 1, "to")) return UINT32_MAX;
  // With the clause explicit: "to point out that", "to argue that".
  uint32_t after = verb + 1;
  if (after < ix_.size() && ix_.word_is(after, "out")) ++after;
  if (after >= ix_.size() || !ix_.is(after, QuoteWord::That)) return UINT32_MAX;
  static constexpr std::string_view kVerbs[] = {"stood", "rose", "piped", "chimed",  "stepped",
                                                "took",  "used", "came",  "weighed", "spoke"};
  for (uint32_t k = verb - 1; k > lo && verb - 1 - k < 6;) {
    --k;
    if (ix_.kind(k) != TokenKind::Word || ix_.info[k].cue || ix_.is(k, QuoteWord::That)) break;
    for (std::string_view w : kVerbs)
      if (ix_.word_is(k, w)) return k;
  }
  return UINT32_MAX;
}

bool CueFinder::negated(uint32_t verb) const {
  for (uint32_t k = verb, steps = 0; k > 0 && steps < 4; ++steps) {
    --k;
    if (ix_.is(k, QuoteWord::Negation)) return true;
    // "declined to say", "refused to comment"; not "went on to say", which says it, nor "stood up to argue that",
    // nor "would not comment, except to say that".
    if (ix_.lower(k) == "to")
      return !(k >= 2 && ix_.word_is(k - 1, "on") &&
               (ix_.word_is(k - 2, "went") || ix_.word_is(k - 2, "goes") || ix_.word_is(k - 2, "go"))) &&
             !(k >= 1 && k + 1 == verb && ix_.word_is(k - 1, "except")) &&
             (k + 1 != verb || purpose_verb(verb, 0) == UINT32_MAX);
    if (ix_.is(k, QuoteWord::Aux) || ix_.is(k, QuoteWord::Adverb) || ix_.info[k].ly) continue;
    break;
  }
  return false;
}

bool told_after_passive(const TextIndex& ix, uint32_t verb) {
  if (verb < 3 || !is_tell(ix.lower(verb)) || !ix.is(verb - 1, QuoteWord::And)) return false;
  // The auxiliary and a participle in -ed, a few words of its own between it and "and".
  uint32_t first = ix.sentence_of(verb).first_token;
  for (uint32_t k = verb - 1; k > first + 1 && verb - k < 8;) {
    --k;
    if (ix.kind(k) == TokenKind::Punct || ix.kind(k) == TokenKind::Quote || ix.info[k].cue) return false;
    if (ix.ed_form(k) && (ix.word_is(k - 1, "been") || ix.word_is(k - 1, "was") || ix.word_is(k - 1, "were") ||
                          ix.word_is(k - 1, "is") || ix.word_is(k - 1, "are")))
      return true;
  }
  return false;
}

bool CueFinder::passive(uint32_t verb, uint32_t hi) const {
  if (verb == 0) return false;
  // "he has been described as", "it was said that": the subject is spoken of, not speaking.
  if (ix_.is(verb - 1, QuoteWord::Aux) && !ix_.ing_form(verb) &&
      (ix_.word_is(verb - 1, "been") || ix_.word_is(verb - 1, "being") || ix_.word_is(verb - 1, "is") ||
       ix_.word_is(verb - 1, "was") || ix_.word_is(verb - 1, "are") || ix_.word_is(verb - 1, "were") ||
       ix_.word_is(verb - 1, "be")))
    return true;
  if (told_after_passive(ix_, verb)) return true;
  // "Oler, accused of having two wives,", "the man, told to leave,": a participle that describes, no speech.
  if (verb + 1 >= hi || !ix_.is_punct(verb - 1, ",")) return false;
  return ix_.word_is(verb + 1, "of") || ix_.word_is(verb + 1, "to");
}

uint32_t CueFinder::extend(uint32_t verb, uint32_t hi) const {
  uint32_t e = verb + 1;
  // "as she put it": the cue is "put it".
  if ((ix_.word_is(verb, "put") || ix_.word_is(verb, "puts")) && e < hi && ix_.word_is(e, "it")) return e + 1;
  // "yelled back:", "called out:", "hit back:": the particle belongs to the cue.
  if ((ix_.info[verb].cue && (*ix_.info[verb].cue == CueWord::Utter || *ix_.info[verb].cue == CueWord::Say)) &&
      e < hi && (ix_.word_is(e, "back") || ix_.word_is(e, "out")) && e + 1 < hi &&
      (ix_.is_punct(e + 1, ":") || ix_.is_punct(e + 1, ",") || ix_.kind(e + 1) == TokenKind::Quote))
    return e + 1;
  if (is_tell(ix_.lower(verb))) {
    uint32_t k = e;
    // "told a news conference", "told the press briefing": an article and one describing word before the noun (an
    // audience, or a medium that gathers one).
    bool article = k < hi && (ix_.lower(k) == "the" || ix_.lower(k) == "a" || ix_.lower(k) == "an");
    if (article) ++k;
    auto gathers = [&](uint32_t t) {
      return ix_.is_cue(t, CueWord::Audience) ||
             (ix_.is_cue(t, CueWord::Medium) && (ix_.word_is(t, "conference") || ix_.word_is(t, "briefing")));
    };
    if (article && k + 1 < hi && ix_.info[k].lower && !gathers(k) && gathers(k + 1)) ++k;
    if (k < hi && gathers(k)) e = k + 1;
  }
  // "said in a statement", "told reporters at a news conference", "wrote on Twitter"
  if (e < hi && ix_.is(e, QuoteWord::Preposition)) {
    std::string p = ix_.lower(e);
    if (p == "in" || p == "at" || p == "on" || p == "during" || p == "via" || p == "through" || p == "over") {
      for (uint32_t m = e + 1; m < hi && m <= e + 5; ++m) {
        if (ix_.is_cue(m, CueWord::Medium)) return m + 1;
        TokenKind k = ix_.kind(m);
        if (k == TokenKind::Punct || k == TokenKind::Quote || ix_.is(m, QuoteWord::That) ||
            (ix_.info[m].cue && *ix_.info[m].cue != CueWord::Audience))
          break;
      }
    }
  }
  return e;
}

// "The panel asked for a fine but the judge, Ana Ruiz, chose a warning, noting that ...": after "but" a clause of its
// own opens with its subject (a phrase, then a lowercase verb), which a participle after a comma at `j` goes with,
// not the sentence's first subject. Empty when no such clause stands between `from` and `j`.
SpeakerPhrase CueFinder::but_clause_subject(uint32_t j, uint32_t from) const {
  from = std::max(from, j > kMaxLookBack ? j - kMaxLookBack : 0u);  // bounded work per cue
  for (uint32_t k = j; k > from + 1;) {
    --k;
    if (ix_.info[k].quote >= 0 || ix_.kind(k) == TokenKind::Quote) break;
    if (!ix_.is(k, QuoteWord::But)) continue;
    uint32_t end = k + 1;
    SpeakerPhrase s = phrases_.phrase_after(k + 1, j, true, &end);
    // Describers before the name: "but District Judge Ana Ruiz chose", "but Lunmoor county clerk Ana Ruiz opted".
    bool opens = !s.empty() && s.mentions.front().first <= k + kMaxButDescribers;
    for (uint32_t t = k + 1; opens && t < s.mentions.front().first; ++t)
      opens = ix_.kind(t) == TokenKind::Word && !ix_.info[t].cue && !ix_.is(t, QuoteWord::Aux) &&
              !ix_.is(t, QuoteWord::Preposition) && !ix_.is(t, QuoteWord::That);
    if (!opens || end >= j || ix_.kind(end) != TokenKind::Word || !ix_.info[end].lower || ix_.ing_form(end) ||
        ix_.is(end, QuoteWord::Preposition))
      break;
    return s;
  }
  return {};
}

std::optional<SpeakerPhrase> CueFinder::participle_subject(uint32_t verb, uint32_t lo) const {
  if (!ix_.ing_form(verb)) return std::nullopt;
  uint32_t j = verb;
  while (j > lo && (ix_.is(j - 1, QuoteWord::Adverb) || ix_.info[j - 1].ly)) --j;
  if (j <= lo || !ix_.is_punct(j - 1, ",")) return std::nullopt;
  // The subject of the cue before it in the sentence ("Stefanski said he met Cheeks, describing him as"),
  // a finite verb (no participle: each cue looks back once), not inside a quotation.
  const Sentence& sen = ix_.sentence_of(verb);
  uint32_t from = std::max({lo, sen.first_token, j > kMaxLookBack ? j - kMaxLookBack : 0u});
  // "A said X, while Sen. Karen Lindqvist, R-Alaska, voted yes, saying ...": a contrast opens a clause of its own
  // before the participle; its subject speaks, not the earlier cue's.
  for (uint32_t k = j - 1; k > from + 1;) {
    --k;
    const TokenInfo& x = ix_.info[k];
    if (x.quote >= 0 || ix_.kind(k) == TokenKind::Quote || (x.cue && *x.cue != CueWord::Audience)) break;
    if ((ix_.word_is(k, "while") || ix_.word_is(k, "whereas")) && ix_.is_punct(k - 1, ",")) {
      SpeakerPhrase s = phrases_.phrase_after(k + 1, j, false);
      if (!s.empty()) return s;
      break;
    }
  }
  // "The prosecutor recommended A but Judge Ana Ruiz chose B, noting that": a person or body named after "but" is
  // nearer than the cue before it.
  SpeakerPhrase but_subject = but_clause_subject(j - 1, from);
  if (!but_subject.empty() && but_subject.mentions.front().kind == MentionKind::Entity) return but_subject;
  for (uint32_t k = j - 1; k > from;) {
    --k;
    const TokenInfo& x = ix_.info[k];
    if (x.quote >= 0 || ix_.kind(k) == TokenKind::Quote) break;
    if (!x.cue || (*x.cue != CueWord::Say && *x.cue != CueWord::Report && *x.cue != CueWord::Utter)) continue;
    if (ix_.ing_form(k) || negated(k)) continue;
    SpeakerPhrase s = phrases_.subject_before(k, from);
    // "“...,” said Clark, executive vice president of X, adding that": the speaker after the cue.
    if (s.empty()) s = phrases_.phrase_after(extend(k, j), j, false);
    // "X told reporters that Tom Hale called the station, saying ...": a participle right after a reported clause
    // whose subject is named goes on with that subject's act ("adding" goes on with the reporter's words).
    if (!s.empty() && !ix_.word_is(verb, "adding"))
      for (uint32_t t = k + 1; t + 2 < j && t < k + kMaxToThat; ++t) {
        if (!ix_.is(t, QuoteWord::That)) continue;
        uint32_t end = t + 1;
        SpeakerPhrase inner = phrases_.phrase_after(t + 1, j, true, &end);
        if (!inner.empty() && inner.mentions.front().kind == MentionKind::Entity &&
            inner.mentions.front().first == t + 1 && end < j && ix_.kind(end) == TokenKind::Word && ix_.ed_form(end))
          return inner;
        break;
      }
    if (!s.empty()) return s;
    break;
  }
  if (!but_subject.empty()) return but_subject;
  SpeakerPhrase s = phrases_.sentence_subject(verb);
  if (s.empty() || s.mentions.front().first >= verb) s = relative_person(j - 1, from);
  if (s.empty()) return std::nullopt;
  return s;
}

// "The choice was welcomed by Tom Reed who recorded a message to her, saying: “...”": with no speaker for a subject,
// a participle after a comma goes with the person a relative clause right before it describes ("NAME who <verb>
// ..."), no punctuation between. Empty when there is none.
SpeakerPhrase CueFinder::relative_person(uint32_t comma, uint32_t from) const {
  from = std::max(from, comma > kMaxLookBack ? comma - kMaxLookBack : 0u);  // bounded work per cue
  for (uint32_t k = comma; k > from + 1;) {
    --k;
    TokenKind kind = ix_.kind(k);
    if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash || ix_.info[k].quote >= 0)
      break;
    if (!ix_.word_is(k, "who")) continue;
    int32_t e = ix_.info[k - 1].entity;
    if (e < 0 || ix_.doc.entities[static_cast<size_t>(e)].label != Label::Person) break;
    uint32_t f = k - 1;
    while (f > from && ix_.info[f - 1].entity == e) --f;
    SpeakerPhrase p = phrases_.phrase_after(f, k, true);
    if (!p.empty() && p.mentions.front().first == f) return p;
    break;
  }
  return {};
}

std::optional<CueMatch> CueFinder::match(uint32_t verb, uint32_t lo, uint32_t hi) const {
  if (verb >= ix_.size() || verb < lo || verb >= hi) return std::nullopt;
  const TokenInfo& x = ix_.info[verb];
  if (!x.cue || *x.cue == CueWord::Audience || *x.cue == CueWord::Medium) return std::nullopt;
  CueMatch m;
  m.verb = verb;
  m.kind = *x.cue;
  m.first = verb;
  if (m.kind == CueWord::According) {
    // "Per the Ledger," (context.cc) is "According to the Ledger,".
    bool per = ix_.word_is(verb, "per");
    if (!per && (verb + 1 >= hi || ix_.lower(verb + 1) != "to")) return std::nullopt;
    m.last = per ? verb + 1 : verb + 2;
    uint32_t end = m.last;
    m.speaker = phrases_.phrase_after(m.last, hi, true, &end);
    if (m.speaker.empty()) return std::nullopt;
    m.inverted = true;
    m.begin = verb;
    m.end = end;
    return m;
  }
  // "Hale was told by officials that <clause>": a passive "told" with its agent after "by": the agent speaks.
  if (is_tell(ix_.lower(verb)) && verb > lo && verb + 3 < hi && ix_.word_is(verb + 1, "by") &&
      (ix_.word_is(verb - 1, "was") || ix_.word_is(verb - 1, "were") || ix_.word_is(verb - 1, "been"))) {
    uint32_t end = verb + 2;
    SpeakerPhrase agent = phrases_.phrase_after(verb + 2, hi, true, &end);
    if (agent.empty() || agent.mentions.front().first > verb + 3) return std::nullopt;
    m.speaker = agent;
    m.last = end;
    m.begin = verb - 1;
    m.end = end;
    return m;
  }
  if (negated(verb) || passive(verb, hi)) return std::nullopt;
  // "Having told reporters he would stay, Reyes left": a perfect participle that opens the sentence goes with the
  // subject after its comma.
  if (verb > lo && ix_.word_is(verb - 1, "having") && ix_.sentence_of(verb).first_token == verb - 1) {
    SpeakerPhrase s = phrases_.sentence_subject(verb);
    if (s.empty() || s.mentions.front().first <= verb) return std::nullopt;
    m.last = extend(verb, hi);
    m.speaker = s;
    m.inferred = true;
    m.begin = verb - 1;
    m.end = m.last;
    return m;
  }
  // "the man described by the Weekly as “...”": a participle after a noun with "by": its agent speaks, not the noun
  // it describes.
  if (ix_.ed_form(verb) && verb > lo && verb + 2 < hi && ix_.word_is(verb + 1, "by") &&
      ix_.kind(verb - 1) == TokenKind::Word && ix_.info[verb - 1].lower && !ix_.is(verb - 1, QuoteWord::Aux) &&
      !ix_.is(verb - 1, QuoteWord::Adverb) && !ix_.info[verb - 1].ly) {
    uint32_t end = verb + 2;
    SpeakerPhrase agent = phrases_.phrase_after(verb + 2, hi, true, &end);
    if (agent.empty()) return std::nullopt;
    m.speaker = agent;
    m.inverted = true;
    m.last = verb + 1;
    m.begin = verb;
    m.end = end;
    return m;
  }
  // "his claim that", "the claims were false": after an article or a possessive the word is a noun, no verb's cue
  // (a noun of speech with "that" is read by its own frame).
  if ((m.kind == CueWord::Say || m.kind == CueWord::Report) && verb > lo) {
    std::string d = ix_.lower(verb - 1);
    if (d == "the" || d == "a" || d == "an" || d == "his" || d == "her" || d == "their" || d == "its" || d == "our" ||
        d == "my" || d == "your")
      return std::nullopt;
  }
  if (m.kind == CueWord::Cite) {
    m.last = verb + 1;
    // "Naghavi was quoted by IRNA as saying": passive, the subject speaks.
    if (m.last < hi && ix_.word_is(m.last, "by") && verb > lo && ix_.is(verb - 1, QuoteWord::Aux)) {
      m.speaker = phrases_.subject_before(verb, lo);
      if (m.speaker.empty()) return std::nullopt;
      m.begin = m.speaker.mentions.front().first;
      m.end = m.last;
      return m;
    }
    // "cited anonymous sources saying", "quoted Price as saying": the object speaks.
    uint32_t end = m.last;
    SpeakerPhrase object = phrases_.phrase_after(m.last, hi, true, &end);
    if (!object.empty()) {
      uint32_t k = end;
      if (k < hi && (ix_.lower(k) == "as" || ix_.is(k, QuoteWord::Question))) ++k;
      if (k < hi && ix_.lower(k) == "having") ++k;
      if (k < hi && ix_.is_cue(k, CueWord::Say)) {
        m.speaker = object;
        m.inverted = true;
        m.begin = verb;
        m.end = k + 1;
        return m;
      }
    }
    m.speaker = phrases_.subject_before(verb, lo);
    if (m.speaker.empty()) return std::nullopt;
    m.begin = m.speaker.mentions.front().first;
    m.end = m.last;
    return m;
  }
  m.last = extend(verb, hi);
  // "Naghavi was quoted by IRNA as saying": the subject of the passive speaks, not the agent before "as".
  if (verb > lo + 1 && ix_.word_is(verb - 1, "as")) {
    for (uint32_t k = verb - 1; k > lo + 1 && verb - k < kMaxQuotedAs;) {
      --k;
      if (!ix_.is_cue(k, CueWord::Cite)) continue;
      // "X was quoted as saying": with no agent too.
      if ((ix_.word_is(k + 1, "by") || k + 2 == verb) && ix_.is(k - 1, QuoteWord::Aux)) {
        m.speaker = phrases_.subject_before(k, lo);
        if (m.speaker.empty()) break;
        m.begin = m.speaker.mentions.front().first;
        m.end = m.last;
        return m;
      }
      // "IRNA quoted the head of the zone, Ali Rezapour, as saying": the object speaks.
      uint32_t end = k + 1;
      SpeakerPhrase object = phrases_.phrase_after(k + 1, verb, true, &end);
      // "the head of the zone, Ali Rezapour,": the name in apposition names who the description is.
      while (!object.empty() && end < verb && end < k + kMaxQuotedAs / 2 && !ix_.is_punct(end, ",") &&
             ix_.kind(end) != TokenKind::Punct && ix_.kind(end) != TokenKind::Quote && ix_.kind(end) != TokenKind::Dash)
        ++end;
      if (!object.empty() && end < verb && ix_.is_punct(end, ",")) {
        uint32_t name_end = end + 1;
        SpeakerPhrase name = phrases_.phrase_after(end + 1, verb, true, &name_end);
        if (!name.empty() && name_end < verb && ix_.is_punct(name_end, ",") &&
            (name.mentions.front().kind == MentionKind::Entity || name.mentions.front().kind == MentionKind::Name))
          object = name;
      }
      if (!object.empty()) {
        m.speaker = object;
        m.begin = k;
        m.end = m.last;
        return m;
      }
      break;
    }
  }
  // "Stefanski said he met with Cheeks, describing him as ...", "announced it on Twitter, writing, ...": a
  // participle after a comma goes with the sentence's subject, not with the nearest name before the comma.
  if (auto s = participle_subject(verb, lo)) {
    m.speaker = *s;
    m.inferred = true;
    m.begin = verb;
    m.end = m.last;
    return m;
  }
  // "The groups filed suit in Denver, arguing that": the words before a participle's comma end the predicate (a
  // place, an object), never its speaker; only the sentence's subject is (below).
  // "startled the council by saying ...": after "by" too (the council is the object).
  // "“...,” Holt was heard saying.", "Holt can be heard saying on a tape": the subject of the passive "heard" speaks.
  if (ix_.ing_form(verb) && verb >= lo + 2 && ix_.word_is(verb - 1, "heard") && ix_.is(verb - 2, QuoteWord::Aux)) {
    m.speaker = phrases_.subject_before(verb - 1, lo);
    if (!m.speaker.empty()) {
      m.begin = std::min(m.speaker.mentions.front().first, verb);
      m.end = m.last;
      return m;
    }
  }
  bool participle_by = ix_.ing_form(verb) && verb > lo && ix_.word_is(verb - 1, "by");
  bool participle_after_comma = ix_.ing_form(verb) && verb > lo && (ix_.is_punct(verb - 1, ",") || participle_by);
  if (!participle_after_comma) m.speaker = phrases_.subject_before(verb, lo);
  if (!m.speaker.empty()) {
    // "... were inside the church, said the fire chief, James Steele.": after a comma, a speaker named after the
    // cue at the sentence's end is the speaker, not the noun before the comma. Not "X, the manager, denied altering
    // any records": a gerund right after the verb is its object.
    if (verb > lo && ix_.is_punct(verb - 1, ",") &&
        (m.kind == CueWord::Say || m.kind == CueWord::Report || m.kind == CueWord::Utter) &&
        !is_tell(ix_.lower(verb)) && !(m.last < hi && ix_.is(m.last, QuoteWord::And)) &&
        !(m.last < hi && ix_.info[m.last].lower && ix_.ing_form(m.last))) {
      uint32_t end = m.last;
      SpeakerPhrase after = phrases_.phrase_after(m.last, hi, false, &end);
      // "..., said the routes to Lyon, Porto and Bergen had not ...": a phrase that goes on after a comma and
      // reaches its name over a preposition is the clause's subject, not a speaker set after the cue.
      // "Graham Pettifer, 62, admitted five counts of neglect at Lincoln Crown Court.": nor is a name the verb's
      // object reaches over a preposition at the sentence's end.
      bool over_preposition = false;
      if (!after.empty())
        for (uint32_t t = m.last; t < after.mentions.front().first; ++t)
          over_preposition = over_preposition || ix_.is(t, QuoteWord::Preposition);
      // "..., said a spokesman for the clinic.": the source's prepositional phrase to the sentence's end.
      if (!after.empty() && !over_preposition && end < hi && ix_.is(end, QuoteWord::Preposition)) {
        uint32_t k = end + 1;
        while (k < hi && k < end + 6 && ix_.kind(k) == TokenKind::Word && !ix_.info[k].cue &&
               !ix_.is(k, QuoteWord::Aux) && !ix_.is(k, QuoteWord::That))
          ++k;
        if (k > end + 1 && (k >= hi || ix_.is_punct(k, "."))) end = k;
      }
      // "..., said Yeager:" before the quotation too.
      if (!after.empty() && !over_preposition &&
          (end >= hi || ix_.is_punct(end, ",") || ix_.is_punct(end, ".") || ix_.is_punct(end, ":"))) {
        // "said the fire chief, James Steele.": the name in apposition names the role's holder.
        if (end < hi && ix_.is_punct(end, ",") && after.mentions.back().kind == MentionKind::Role) {
          uint32_t name_end = end + 1;
          SpeakerPhrase name = phrases_.phrase_after(end + 1, hi, false, &name_end);
          bool named = !name.empty() && (name.mentions.front().kind == MentionKind::Entity ||
                                         name.mentions.front().kind == MentionKind::Name);
          if (named && (name_end >= hi || ix_.is_punct(name_end, "."))) {
            after = name;
            end = name_end;
          }
        }
        m.speaker = after;
        m.inverted = true;
        m.begin = verb;
        m.end = end;
        return m;
      }
    }
    m.begin = std::min(m.speaker.mentions.front().first, verb);
    m.end = m.last;
    return m;
  }
  // "said Price", "asked the minister": only speech verbs invert; after "told" or "rejected" comes the object.
  uint32_t end = m.last;
  // "wrote and printed the Almanac": a second verb follows, and its object is no speaker.
  // "apologised and said the company “accepts ...”": a verb after "and" has its subject before; what follows is
  // the clause.
  bool after_and = verb > lo && (ix_.is(verb - 1, QuoteWord::And) || ix_.is(verb - 1, QuoteWord::But));
  bool invertible = (m.kind == CueWord::Say || m.kind == CueWord::Report || m.kind == CueWord::Utter) &&
                    !is_tell(ix_.lower(verb)) && !(m.last < hi && ix_.is(m.last, QuoteWord::And)) && !after_and;
  if (invertible) m.speaker = phrases_.phrase_after(m.last, hi, false, &end);
  // "the couple's GP, Dr Leon Varga, said Mr Ashby had shown ...": a name with an auxiliary after it is the
  // clause's subject, not a speaker set after the cue.
  if (!m.speaker.empty() && end < hi && ix_.is(end, QuoteWord::Aux)) m.speaker = {};
  if (!m.speaker.empty()) {
    m.inverted = true;
    m.begin = verb;
    m.end = end;
    return m;
  }
  // "..., but stated that", "..., adding that": the subject of the sentence speaks.
  // "..., but has since said that": auxiliaries between the conjunction and the cue.
  uint32_t j = verb;
  while (j > lo && (ix_.is(j - 1, QuoteWord::Adverb) || ix_.info[j - 1].ly || ix_.is(j - 1, QuoteWord::Aux))) --j;
  std::string w = ix_.lower(verb);
  bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  bool coordinated = j > lo && (ix_.is(j - 1, QuoteWord::But) || ix_.is(j - 1, QuoteWord::And));
  bool after_comma = j > lo && ix_.is_punct(j - 1, ",");
  // "gave a long talk arguing that ...": a participle of speech with "that" after a noun that names no
  // speaker goes with the sentence's subject too.
  bool participle_that = participle && verb + 1 < hi && ix_.is(verb + 1, QuoteWord::That) &&
                         (m.kind == CueWord::Say || m.kind == CueWord::Report);
  // "He went on to say, “...”", "went on to add that": the subject of "went".
  if (verb >= lo + 3 && ix_.word_is(verb - 1, "to") && ix_.word_is(verb - 2, "on") &&
      (ix_.word_is(verb - 3, "went") || ix_.word_is(verb - 3, "goes") || ix_.word_is(verb - 3, "go"))) {
    m.speaker = phrases_.subject_before(verb - 3, lo);
    if (!m.speaker.empty()) {
      m.inferred = true;
      m.begin = m.speaker.mentions.front().first;
      m.end = m.last;
      return m;
    }
  }
  // "X would not be specific, except to say that ...": the sentence's subject says it.
  if (verb >= lo + 2 && ix_.word_is(verb - 1, "to") && ix_.word_is(verb - 2, "except")) {
    m.speaker = phrases_.sentence_subject(verb);
    if (!m.speaker.empty() && m.speaker.mentions.front().first < verb - 2) {
      m.inferred = true;
      m.begin = verb - 2;
      m.end = m.last;
      return m;
    }
  }
  // "Reyes stood up to argue that ...", "piped up on the call to point out that": the subject of the verb the
  // infinitive of purpose goes with.
  if (uint32_t v = purpose_verb(verb, lo); v != UINT32_MAX) {
    m.speaker = phrases_.subject_before(v, lo);
    if (!m.speaker.empty()) {
      m.inferred = true;
      m.begin = m.speaker.mentions.front().first;
      m.end = m.last;
      return m;
    }
  }
  // "Calling them “really powerful”, Schiller showed ...": a participle that opens the sentence goes with the
  // subject after its phrase's comma.
  if (participle && verb == ix_.sentence_of(verb).first_token) {
    for (uint32_t k = verb + 1; k < hi && k < verb + 20; ++k) {
      if (ix_.is_punct(k, ".") || ix_.is_punct(k, ";")) break;
      if (!ix_.is_punct(k, ",") || ix_.info[k].quote >= 0) continue;
      uint32_t end = k + 1;
      m.speaker = phrases_.phrase_after(k + 1, hi, true, &end);
      if (!m.speaker.empty() && m.speaker.mentions.front().first == k + 1) {
        m.inferred = true;
        m.begin = verb;
        m.end = m.last;
        return m;
      }
      break;
    }
  }
  // "Harris' lawyer, Mike Orr, hinted at “flaws” and said ...": a verb of speech after "and" goes with the subject
  // of the cue before it when only its describers stand before that subject (the sentence's subject, read from its
  // own cue; not a subject inside a report: "She says the firm told them A, and later admitted B").
  if (coordinated && !participle) {
    const Sentence& sen = ix_.sentence_of(verb);
    uint32_t from = std::max({lo, sen.first_token, j > kMaxLookBack ? j - kMaxLookBack : 0u});
    for (uint32_t k = j - 1; k > from;) {
      --k;
      const TokenInfo& y = ix_.info[k];
      if (y.quote >= 0 && ix_.kind(k) != TokenKind::Quote) continue;
      if (!y.cue || (*y.cue != CueWord::Say && *y.cue != CueWord::Report && *y.cue != CueWord::Utter &&
                     *y.cue != CueWord::Stance))
        continue;
      if (ix_.ing_form(k) || negated(k)) break;
      SpeakerPhrase s = phrases_.subject_before(k, from);
      bool opens = !s.empty();
      for (uint32_t t = sen.first_token; opens && t < s.mentions.front().first; ++t)
        opens = !ix_.info[t].cue && !ix_.is(t, QuoteWord::Aux) && ix_.info[t].quote < 0;
      if (opens) {
        m.speaker = s;
        m.inferred = true;
        m.begin = verb;
        m.end = m.last;
        return m;
      }
      break;
    }
  }
  // "..., saying “...” and reporting that ...": a participle coordinated with one before it shares its subject.
  if (coordinated && participle) {
    uint32_t first = ix_.sentence_of(verb).first_token;
    for (uint32_t k = j - 1; k > first && j - k < kMaxLookBack;) {
      --k;
      if (!ix_.info[k].cue || ix_.info[k].quote >= 0 || !ix_.ing_form(k)) continue;
      if (auto s = participle_subject(k, lo)) {
        m.speaker = *s;
        m.inferred = true;
        m.begin = verb;
        m.end = m.last;
        return m;
      }
      break;
    }
  }
  if (coordinated || (participle && after_comma) || participle_that || participle_by) {
    if (participle && after_comma) m.speaker = but_clause_subject(j - 1, ix_.sentence_of(verb).first_token);
    if (m.speaker.empty()) m.speaker = phrases_.sentence_subject(verb);
    if (participle && after_comma && (m.speaker.empty() || m.speaker.mentions.front().first >= verb))
      m.speaker = relative_person(j - 1, ix_.sentence_of(verb).first_token);
    if (!m.speaker.empty() && m.speaker.mentions.front().first < verb) {
      m.inferred = true;
      m.begin = verb;
      m.end = m.last;
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace aa::quotes
