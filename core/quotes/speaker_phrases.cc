// Speakers, first half: finding the noun phrases that name who speaks next to a cue (candidates, chunks to the
// left, subjects with appositives, phrases after a cue). speaker_resolver.cc resolves them to entity clusters.
#include "quotes/speaker_phrases.h"

#include <algorithm>
#include <unordered_map>

#include "text/dateline.h"
#include "text/tokenizer.h"
#include "text/unicode.h"

namespace aa::quotes {
namespace {

constexpr uint32_t kMaxChunk = 12;
constexpr uint32_t kMaxAppositive = 20;
constexpr uint32_t kMaxTimeGap = 4;      // date or time words between a subject and its cue ("X this morning said")
constexpr uint32_t kMaxParenthesis = 8;  // tokens of a parenthesis after a subject ("Boxer (D-Calif.) said")

/// A phrase of one mention of `kind` over tokens [first, last), decided by `head`.
SpeakerPhrase one_mention(MentionKind kind, uint32_t first, uint32_t last, uint32_t head, float priority) {
  SpeakerPhrase phrase;
  Mention m;
  m.kind = kind;
  m.first = first;
  m.last = last;
  m.head = head;
  m.priority = priority;
  phrase.mentions.push_back(m);
  return phrase;
}

/// "mother", "brother": a relative's word (a gender title in speaker_words.tsv) that is a source in lowercase ("His
/// mother said"), not the title of "Father Brown".
bool kin(const TextIndex& ix, uint32_t t) {
  if (!ix.info[t].lower) return false;
  static constexpr std::string_view kWords[] = {"mother", "father", "sister", "brother", "aunt", "uncle"};
  bool found = false;
  for (std::string_view w : kWords) found = found || ix.word_is(t, w);
  // "A hiker who saw her sister slip ... said": a relative in the object of a relative clause is no
  // speaker.
  for (uint32_t k = t; found && k > 0 && t - k < 6;) {
    --k;
    if (ix.kind(k) != TokenKind::Word) break;
    if (ix.word_is(k, "who") || ix.word_is(k, "whose") || ix.word_is(k, "which") || ix.word_is(k, "that")) return false;
  }
  return found;
}

/// "The 34-year-old said": an age in "-year-old" after "the" (the DATE entity's tokens [first, last)) stands for a
/// person, as an epithet does.
bool age_epithet(const TextIndex& ix, uint32_t first, uint32_t last) {
  if (first == 0 || last > first + 5 || !ix.word_is(first - 1, "the")) return false;
  std::string_view w = ix.doc.view(Span{ix.doc.tokens[first].span.begin, ix.doc.tokens[last - 1].span.end});
  constexpr std::string_view kAge = "year-old";
  return w.size() > kAge.size() && w.substr(w.size() - kAge.size()) == kAge;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// PhraseFinder

bool PhraseFinder::comma_in_place(uint32_t t) const {
  if (t == 0 || t + 1 >= ix_.size() || ix_.text(t) != ",") return false;
  auto gpe = [&](uint32_t k) {
    int32_t e = ix_.info[k].entity;
    return e >= 0 && ix_.doc.entities[static_cast<size_t>(e)].label == Label::Gpe;
  };
  return gpe(t - 1) && gpe(t + 1) && ix_.info[t - 1].entity != ix_.info[t + 1].entity;
}

bool PhraseFinder::boundary(uint32_t t) const {
  const TokenInfo& x = ix_.info[t];
  // "the Irish Fish Producers' Organisation": an apostrophe inside an entity's name bounds nothing.
  if (ix_.kind(t) == TokenKind::Quote && x.entity >= 0 && t > 0 && ix_.info[t - 1].entity == x.entity) return false;
  // "Hales' defense lawyers": a plural's possessive apostrophe neither.
  if (ix_.kind(t) == TokenKind::Quote && ix_.possessive(t)) return false;
  switch (ix_.kind(t)) {
    case TokenKind::Punct:
    case TokenKind::Quote:
    case TokenKind::Dash:
    case TokenKind::Ellipsis:
    case TokenKind::Url:
    case TokenKind::Email: return true;
    default: break;
  }
  if (x.cue && *x.cue != CueWord::Audience && *x.cue != CueWord::Medium) return true;
  if (x.word) {
    switch (*x.word) {
      case QuoteWord::That:
      case QuoteWord::Question:
      case QuoteWord::Aux:
      case QuoteWord::Negation:
      case QuoteWord::But:
      case QuoteWord::Time: return true;
      default: break;
    }
  }
  return false;
}

bool PhraseFinder::anonymity_between(uint32_t a, uint32_t b) const {
  for (uint32_t t = a; t < b && t < ix_.size(); ++t)
    if (ix_.info[t].speaker == SpeakerWord::AnonymityMarker) return true;
  return false;
}

bool PhraseFinder::modifies(uint32_t e, uint32_t b, bool person) const {
  if (e >= b) return false;
  if (ix_.possessive(e)) return true;
  const TokenInfo& y = ix_.info[e];
  std::string w = ix_.lower(e);
  if (w == "himself" || w == "herself" || w == "itself" || w == "themselves") return false;  // "DeGeneres herself"
  // "told Reuters he had", "told the BBC the server was": a clause's subject starts after the name.
  if (ix_.subject_pronoun(e) || ix_.is(e, QuoteWord::Determiner)) return false;
  // "Labour MPs", "a Likud MP": a capitalised role or source noun after the name is the head it modifies (not one
  // of several titles before a person's name: "the Larks' Chair and Chief Executive Lena Ortiz").
  if (!y.lower && y.speaker && (*y.speaker == SpeakerWord::Role || *y.speaker == SpeakerWord::Anonymous) &&
      !(e + 1 < ix_.size() && ix_.is(e + 1, QuoteWord::And)))
    return true;
  // "Ilse Varga apologised and said": after a person's name, a verb in the past, not a noun the name modifies
  // ("need", "speed" are nouns; after a company's name "advanced threat researcher" is a description).
  if (person && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && w.compare(w.size() - 3, 3, "eed") != 0)
    return false;
  // "White House press secretary Dana Pell": a noun that is also an audience ("told the press") modifies the role
  // word right after it, and the name before modifies both.
  if (y.lower && y.cue == CueWord::Audience && e + 1 < b && ix_.info[e + 1].lower &&
      (ix_.info[e + 1].speaker == SpeakerWord::Role || ix_.info[e + 1].speaker == SpeakerWord::Anonymous))
    return true;
  return y.lower && !ix_.is(e, QuoteWord::And) && !ix_.is(e, QuoteWord::Preposition) && !y.cue &&
         !ix_.is(e, QuoteWord::Aux) && !ix_.is(e, QuoteWord::Adverb) && !y.ly && !ix_.is(e, QuoteWord::That) &&
         !ix_.is(e, QuoteWord::Question);
}

bool PhraseFinder::is_source(uint32_t k, uint32_t b) const {
  const TokenInfo& x = ix_.info[k];
  if (x.entity >= 0) {
    uint32_t e = k;
    while (e < ix_.size() && ix_.info[e].entity == x.entity) ++e;
    return !modifies(e, b, ix_.doc.entities[static_cast<size_t>(x.entity)].label == Label::Person);
  }
  if (x.run >= 0) {
    uint32_t e = std::max(k + 1, ix_.runs[x.run].last);
    return !modifies(e, b);
  }
  return is_source_noun(x.speaker) || kin(ix_, k);
}

void PhraseFinder::candidates(uint32_t a, uint32_t b, std::vector<Mention>& out) const {
  const Document& doc = ix_.doc;
  // A name followed by a possessive or by a lowercase noun modifies it: "Price's spokesman", "Chinese
  // counterpart", "State Department officials".
  auto possessive_after = [&](uint32_t e) { return modifies(e, b); };
  auto name_at = [&](uint32_t t) { return ix_.info[t].entity >= 0 || ix_.info[t].run >= 0; };
  for (uint32_t t = a; t < b; ++t) {
    const TokenInfo& x = ix_.info[t];
    if (x.entity >= 0) {
      int32_t e = x.entity;
      if (t > a && ix_.info[t - 1].entity == e) continue;  // not its first token here
      uint32_t last = t;
      while (last < b && ix_.info[last].entity == e) ++last;
      float p = 0;
      switch (doc.entities[e].label) {
        case Label::Person: p = 3.0f; break;
        case Label::Org: p = 2.2f; break;
        case Label::Gpe: p = 1.8f; break;
        case Label::Norp: p = 1.0f; break;
        // "Downing Street said": a place right before a verb of speech stands for the office in it (least of all).
        case Label::Loc:
          p = last < ix_.size() && ix_.info[last].cue &&
                      (*ix_.info[last].cue == CueWord::Say || *ix_.info[last].cue == CueWord::Report)
                  ? 0.8f
                  : 0;
          break;
        // "The 34-year-old said": a person's age after "the" stands for the person (resolved as an epithet).
        case Label::Date: p = age_epithet(ix_, t, last) ? 2.5f : 0; break;
        default: p = 0; break;
      }
      if (p > 0 && !modifies(last, b, doc.entities[e].label == Label::Person))
        out.push_back(entity_mention(e, t, last, p));
      t = last - 1;
      continue;
    }
    if (x.run >= 0) {
      if (t > a && ix_.info[t - 1].run == x.run && ix_.info[t - 1].entity < 0) continue;
      uint32_t last = t;
      while (last < b && ix_.info[last].run == x.run && ix_.info[last].entity < 0) ++last;
      // "Mr [John Dunne]", "Fr [Michael Dunne]": titles before a tagged name are no name of their own.
      bool titles_only = last < b && ix_.info[last].entity >= 0;
      for (uint32_t k = t; k < last && titles_only; ++k)
        titles_only = ix_.info[k].speaker == SpeakerWord::MaleTitle ||
                      ix_.info[k].speaker == SpeakerWord::FemaleTitle || ix_.info[k].speaker == SpeakerWord::Role;
      // "The Government of Canada said": the country speaks, not "Government" alone.
      bool of_place = last == t + 1 && last + 1 < b && ix_.word_is(last, "of") && ix_.info[last + 1].entity >= 0 &&
                      doc.entities[ix_.info[last + 1].entity].label == Label::Gpe &&
                      find_org_kind(ix_.lower(t)) == OrgKind::PlaceNoun;
      // "told The Harbour Gazette": a capitalised article before the tagged name of the one told is no name either.
      bool told = t > 0 && (ix_.word_is(t - 1, "told") || ix_.word_is(t - 1, "tell") || ix_.word_is(t - 1, "tells") ||
                            ix_.word_is(t - 1, "telling"));
      bool article_only =
          told && last == t + 1 && last < b && ix_.info[last].entity >= 0 && ix_.is(t, QuoteWord::Determiner);
      if (!titles_only && !of_place && !article_only && !possessive_after(last)) {
        Mention m;
        m.kind = MentionKind::Name;
        m.first = t;
        m.last = last;
        m.head = last - 1;
        m.run = x.run;
        m.priority = ix_.runs[x.run].person ? 2.8f : 2.0f;
        out.push_back(m);
      }
      t = last - 1;
      continue;
    }
    if (!x.speaker) continue;
    // "some", "many" stand for people only on their own ("Some have said", "which many claim"), not before the
    // noun they determine ("some far-off wealth", "many of the fans").
    if (ix_.is(t, QuoteWord::Determiner) && t + 1 < ix_.size() && ix_.info[t + 1].lower && !ix_.info[t + 1].cue &&
        !ix_.is(t + 1, QuoteWord::Aux) && !ix_.is(t + 1, QuoteWord::Adverb) && !ix_.info[t + 1].ly)
      continue;
    SpeakerWord w = *x.speaker;
    MentionKind kind;
    float p;
    if (w == SpeakerWord::Role) {
      kind = MentionKind::Role;
      p = 2.6f;
    } else if (w == SpeakerWord::Anonymous) {
      kind = MentionKind::Anonymous;
      p = 2.6f;
    } else if (w == SpeakerWord::OrgNoun) {
      kind = MentionKind::OrgNoun;
      p = 1.5f;
    } else if (w == SpeakerWord::Document) {
      kind = MentionKind::Document;
      p = 1.4f;
    } else if (kin(ix_, t)) {
      // "His mother said he had been walking home": a relative with no name after the word is a role.
      kind = MentionKind::Role;
      p = 2.6f;
    } else {
      continue;
    }
    if (t + 1 < b && name_at(t + 1)) continue;  // "spokesperson Ned Price": a modifier of the name
    if (x.upper && kind == MentionKind::Role) {
      // "Minister of Education Stefania Giannini": a capitalised title before a name is part of it.
      bool named_after = false;
      for (uint32_t k = t + 1; k < b && !named_after; ++k) named_after = name_at(k);
      if (named_after) continue;
    }
    if (t + 1 < b && is_source_noun(ix_.info[t + 1].speaker))
      continue;  // "police officials", "ministry spokesperson": the last noun is the head
    // "A close friend of the family", "a lawyer for the family": the noun before the preposition is the head.
    if (kind == MentionKind::Anonymous) {
      uint32_t p = t > a && ix_.is(t - 1, QuoteWord::Determiner) ? t - 1 : t;
      bool of = p > a + 1 && (ix_.word_is(p - 1, "of") || ix_.word_is(p - 1, "for"));
      auto before = of ? ix_.info[p - 2].speaker : std::nullopt;
      if (before && (*before == SpeakerWord::Anonymous || *before == SpeakerWord::Role)) continue;
    }
    // "the company's report", "the council's own equality assessment": the possessor's document is the head (its
    // possessor speaks through it).
    if (kind != MentionKind::Document && t + 2 < b && ix_.kind(t + 1) == TokenKind::Clitic) {
      uint32_t n = t + 2;
      while (n < b && n < t + 5 && ix_.info[n].lower && !ix_.info[n].speaker && ix_.kind(n) == TokenKind::Word &&
             !ix_.info[n].cue)
        ++n;
      if (n < b && ix_.info[n].speaker == SpeakerWord::Document) continue;
    }
    // "a Garda spokesman", "A Department of Health spokesperson": an organisation's spokesperson speaks for it.
    bool spokes = ix_.word_is(t, "spokesman") || ix_.word_is(t, "spokeswoman") || ix_.word_is(t, "spokesperson");
    if (kind == MentionKind::Role && t > a && spokes) {
      int32_t e = t > a ? ix_.info[t - 1].entity : -1;
      if (e >= 0 && doc.entities[static_cast<size_t>(e)].label == Label::Org) {
        uint32_t f = t - 1;
        while (f > a && ix_.info[f - 1].entity == e) --f;
        if (f > a && (ix_.word_is(f - 1, "a") || ix_.word_is(f - 1, "an"))) {
          out.push_back(entity_mention(e, f, t, 2.6f));
          continue;
        }
      }
    }
    // "A spokesperson for Kelderton Climate Action": the organisation named after "for" speaks (its mention, read
    // next, is the phrase's); "a spokesman for the ministry" names none and stays an unnamed spokesman.
    if (kind == MentionKind::Role && spokes && t + 2 < b && ix_.word_is(t + 1, "for")) {
      uint32_t o = ix_.word_is(t + 2, "the") ? t + 3 : t + 2;
      int32_t e = o < b ? ix_.info[o].entity : -1;
      if (e >= 0 && doc.entities[static_cast<size_t>(e)].label == Label::Org) continue;
    }
    Mention m;
    m.kind = kind;
    m.head = t;
    m.last = t + 1;
    m.first = t;
    m.priority = p;
    // The phrase starts at its determiner: "the State Department spokesperson", "a person".
    for (uint32_t k = t; k > a;) {
      --k;
      const TokenInfo& y = ix_.info[k];
      if (ix_.is(k, QuoteWord::Determiner)) {
        m.first = k;
        std::string d = ix_.lower(k);
        m.definite = d == "the" || d == "this" || d == "these" || d == "those";
        m.possessed = d == "his" || d == "her" || d == "their" || d == "its" || d == "our" || d == "my" || d == "your";
        break;
      }
      if (ix_.possessive(k)) {
        m.possessed = true;
        // "Vance's mother, who travels with her, told": a relative is named with the person's name before it.
        int32_t e = k > a ? ix_.info[k - 1].entity : -1;
        if (kin(ix_, t) && e >= 0 && doc.entities[static_cast<size_t>(e)].label == Label::Person) {
          uint32_t f = k - 1;
          while (f > a && ix_.info[f - 1].entity == e) --f;
          m.first = f;
        }
        break;
      }
      // "Roads were closed and police said": a conjunction, a verb or a cue is no part of the phrase.
      if (ix_.is(k, QuoteWord::And) || ix_.is(k, QuoteWord::But) || ix_.is(k, QuoteWord::Aux) ||
          (y.cue && *y.cue != CueWord::Medium && *y.cue != CueWord::Audience))
        break;
      if (y.namey || y.entity >= 0 || y.lower || ix_.kind(k) == TokenKind::Number) {
        m.first = k;
        continue;
      }
      break;
    }
    out.push_back(m);
  }
}

SpeakerPhrase PhraseFinder::pick(uint32_t a, uint32_t b, bool prefer_right, uint32_t adjacent) const {
  SpeakerPhrase phrase;
  if (a >= b) return phrase;
  if (adjacent < ix_.size() && adjacent >= a && adjacent < b && ix_.subject_pronoun(adjacent)) {
    return one_mention(MentionKind::Pronoun, adjacent, adjacent + 1, adjacent, 3.0f);
  }
  std::vector<Mention> c;
  candidates(a, b, c);
  if (c.empty()) return phrase;
  size_t best = 0;
  for (size_t i = 1; i < c.size(); ++i) {
    if (c[i].priority > c[best].priority || (prefer_right && c[i].priority == c[best].priority)) best = i;
  }
  // Joint speakers: two names joined by "and" ("Lavrov and Qin", "China and Russia"); the entity stage's label
  // is not required to be PERSON for both (a tagger may take "Qin Gang" for an organisation).
  auto personish = [&](const Mention& m) {
    if (m.kind == MentionKind::Entity) {
      Label l = ix_.doc.entities[m.entity].label;
      return l == Label::Person || l == Label::Org || l == Label::Gpe;
    }
    return m.kind == MentionKind::Name;
  };
  if (personish(c[best])) {
    // "Britain, France and Canada": a list of names, commas and a last "and" between them.
    auto gap = [&](const Mention& l, const Mention& r, bool& and_seen) {
      if (l.last >= r.first) return false;
      for (uint32_t k = l.last; k < r.first; ++k) {
        if (ix_.is(k, QuoteWord::And))
          and_seen = true;
        else if (!ix_.is_punct(k, ","))
          return false;
      }
      return true;
    };
    size_t lo_i = best, hi_i = best;
    bool last_and = false, any_and = false;
    while (lo_i > 0 && personish(c[lo_i - 1])) {
      bool a = false;
      if (!gap(c[lo_i - 1], c[lo_i], a)) break;
      any_and = any_and || a;
      --lo_i;
    }
    while (hi_i + 1 < c.size() && personish(c[hi_i + 1])) {
      bool a = false;
      if (!gap(c[hi_i], c[hi_i + 1], a)) break;
      any_and = any_and || a;
      ++hi_i;
    }
    if (hi_i > lo_i) {
      bool a = false;
      gap(c[hi_i - 1], c[hi_i], a);
      last_and = a;
    }
    if (hi_i >= lo_i + 2 && last_and && any_and) {
      phrase.mentions.assign(c.begin() + static_cast<std::ptrdiff_t>(lo_i),
                             c.begin() + static_cast<std::ptrdiff_t>(hi_i) + 1);
      return phrase;
    }
    for (size_t i = 0; i < c.size(); ++i) {
      if (i == best || !personish(c[i])) continue;
      uint32_t from = std::min(c[i].last, c[best].last), to = std::max(c[i].first, c[best].first);
      bool joined = false;
      for (uint32_t k = from; k < to; ++k) joined = joined || ix_.is(k, QuoteWord::And);
      if (joined) {
        phrase.mentions = i < best ? std::vector<Mention>{c[i], c[best]} : std::vector<Mention>{c[best], c[i]};
        return phrase;
      }
    }
  }
  phrase.mentions.push_back(c[best]);
  return phrase;
}

SpeakerPhrase PhraseFinder::chunk_left(uint32_t j, uint32_t lo, uint32_t adjacent) const {
  if (j >= ix_.size() || j < lo) return {};
  if (ix_.subject_pronoun(j)) return pick(j, j + 1, true, j);
  // "One of them said", "Two of them, who ..., said": a share of the group "them" refers to speaks for it.
  if (j >= lo + 2 && ix_.word_is(j, "them") && ix_.word_is(j - 1, "of") &&
      (ix_.word_is(j - 2, "one") || ix_.word_is(j - 2, "two") || ix_.word_is(j - 2, "some") ||
       ix_.word_is(j - 2, "several") || ix_.word_is(j - 2, "many") || ix_.word_is(j - 2, "both")) &&
      (j - 2 == lo || !ix_.info[j - 3].lower || ix_.is(j - 3, QuoteWord::And) || ix_.is(j - 3, QuoteWord::But)))
    return one_mention(MentionKind::Pronoun, j, j + 1, j, 3.0f);
  uint32_t a = j + 1;
  bool head = false;
  for (uint32_t n = 0; n < kMaxChunk && a > lo; ++n) {
    uint32_t k = a - 1;
    if (comma_in_place(k)) {  // "Critics in Atlanta, Georgia, said": read on past the place
      a = k;
      continue;
    }
    if (boundary(k)) break;
    const TokenInfo& x = ix_.info[k];
    bool source = is_source(k, j + 1);
    if (ix_.is(k, QuoteWord::Preposition)) {
      // "A letter to the health secretary says", "a report for the council's cabinet": the one a document was
      // written to or for is not its source; the document speaks ("a letter from X" is X's: read on).
      if ((ix_.word_is(k, "to") || ix_.word_is(k, "for")) && k > lo && ix_.info[k - 1].speaker == SpeakerWord::Document)
        return chunk_left(k - 1, lo, k - 1);
      // "officials at the State Department", "Lydia Buchtmann for Food Standards Australia": the phrase after
      // the preposition describes the source before it.
      bool postmodifies = k > lo && is_source_noun(ix_.info[k - 1].speaker);
      if (k > lo) {
        const TokenInfo& y = ix_.info[k - 1];
        postmodifies = postmodifies || (y.entity >= 0 && ix_.doc.entities[y.entity].label == Label::Person) ||
                       (y.entity < 0 && y.run >= 0 && ix_.runs[y.run].person);
      }
      bool of = ix_.word_is(k, "of");  // "Harwick Systems of Palo Alto said": only an organisation before it
      if (head && k > lo && (ix_.word_is(k, "in") || ix_.word_is(k, "across") || of)) {
        // "Shops in Caddenby said", "Farmers across Caddenby say": a place after the preposition modifies the
        // plural noun before it, which speaks (whatever the tagger took the place for).
        std::vector<Mention> after;
        candidates(a, j + 1, after);
        bool place = after.size() == 1 && after[0].first == a && after[0].last == j + 1 &&
                     (after[0].kind == MentionKind::Entity || after[0].kind == MentionKind::Name);
        if (place) {
          // (Not a broadcaster's numbered name: "9News in Dayton is reporting".)
          bool numbered = ix_.kind(k - 1) == TokenKind::Number;
          SpeakerPhrase noun = of || numbered ? SpeakerPhrase() : plural_noun_subject(k - 1, lo);
          // "Friends of Kathryn Vale said", "A neighbour of the Holts said": an unnamed source's noun before "of" too.
          if (noun.empty() && ix_.info[k - 1].speaker == SpeakerWord::Anonymous) noun = chunk_left(k - 1, lo, k - 1);
          if (!noun.empty()) return noun;
          // "The Department for Health in London said": an organisation named before the place speaks.
          const TokenInfo& y = ix_.info[k - 1];
          bool org_before = y.entity >= 0 && ix_.doc.entities[static_cast<size_t>(y.entity)].label == Label::Org;
          bool gpe_after = after[0].kind == MentionKind::Entity &&
                           ix_.doc.entities[static_cast<size_t>(after[0].entity)].label == Label::Gpe;
          // "WKRP in Dayton is reporting": a capitalised name before "in" and a place, the name.
          // "Police in San Diego said": an organisation noun likewise.
          bool name_before = !of && ix_.word_is(k, "in") && y.entity < 0 &&
                             (ix_.kind(k - 1) == TokenKind::Word || (numbered && y.run >= 0)) &&
                             ((!y.lower && !y.speaker) || y.speaker == SpeakerWord::OrgNoun);
          if ((org_before || name_before) && gpe_after) {
            SpeakerPhrase org = chunk_left(k - 1, lo, k - 1);
            if (!org.empty()) return org;
          }
        }
      }
      // "Rep. Ana Ruiz (D) of New Mexico": a person's party in brackets, then the place.
      if (head && !postmodifies && k > lo + 1 && ix_.is_punct(k - 1, ")")) {
        uint32_t p = before_parenthesis(k - 1, lo);
        const TokenInfo& y = ix_.info[p];
        if (p != k - 1 && p >= lo &&
            ((y.entity >= 0 && ix_.doc.entities[y.entity].label == Label::Person) ||
             (y.entity < 0 && y.run >= 0 && ix_.runs[y.run].person))) {
          a = p;
          continue;
        }
      }
      if (head && !postmodifies) break;
      a = k;
      continue;
    }
    if (ix_.is(k, QuoteWord::Determiner)) {
      a = k;
      // "A spokesman for the ministry": the determiner opens a phrase after a preposition; read on.
      bool postmodifier = false;
      if (k > lo + 1 && ix_.is(k - 1, QuoteWord::Preposition)) {
        // "A spokesman for the ministry", "the Rev. Larry Kroon of the Wasilla Bible Church"
        const TokenInfo& y = ix_.info[k - 2];
        postmodifier = is_source_noun(y.speaker) ||
                       (y.entity >= 0 && ix_.doc.entities[y.entity].label == Label::Person) ||
                       (y.entity < 0 && y.run >= 0 && ix_.runs[y.run].person);
      }
      if (head && !postmodifier) break;
      continue;
    }
    if (source) {
      head = true;
      a = k;
      continue;
    }
    if (ix_.is(k, QuoteWord::And) || ix_.kind(k) == TokenKind::Clitic || ix_.kind(k) == TokenKind::Number || x.upper) {
      a = k;
      continue;
    }
    if (x.lower && !head) {  // "familiar with the matter" before the source noun is found
      a = k;
      continue;
    }
    // "The harbour authority said", "the software giant said", "the regional health agency said": one or two
    // lowercase words between a determiner and an organisation noun are part of it (they say which fits).
    auto describer = [&](uint32_t i) {
      const TokenInfo& y = ix_.info[i];
      return y.lower && !y.word && !y.cue && !y.speaker && !y.ly && ix_.kind(i) == TokenKind::Word;
    };
    auto org_noun = [&](uint32_t i) { return ix_.info[i].entity < 0 && ix_.info[i].speaker == SpeakerWord::OrgNoun; };
    if (head && a == k + 1 && k > lo && describer(k)) {
      // "A letter to the health secretary says": one such word before a role too (then the document speaks).
      bool role_to_document = ix_.info[k + 1].entity < 0 && ix_.info[k + 1].speaker == SpeakerWord::Role &&
                              k > lo + 2 && ix_.is(k - 1, QuoteWord::Determiner) && ix_.word_is(k - 2, "to") &&
                              ix_.info[k - 3].speaker == SpeakerWord::Document;
      bool one = (org_noun(k + 1) || role_to_document) && ix_.is(k - 1, QuoteWord::Determiner);
      bool first_of_two = k + 2 <= j && describer(k + 1) && org_noun(k + 2) && ix_.is(k - 1, QuoteWord::Determiner);
      bool second_of_two = org_noun(k + 1) && k > lo + 1 && describer(k - 1) && ix_.is(k - 2, QuoteWord::Determiner);
      if (one || first_of_two || second_of_two) {
        a = k;
        continue;
      }
    }
    // "Sennen Cove lifeboat station said": one lowercase word between a place and an organisation noun.
    if (x.lower && head && a == k + 1 && k > lo && !x.word && !x.cue && !x.speaker && !x.ly &&
        ix_.info[k + 1].entity < 0 && ix_.info[k + 1].speaker == SpeakerWord::OrgNoun && ix_.info[k - 1].entity >= 0) {
      Label l = ix_.doc.entities[static_cast<size_t>(ix_.info[k - 1].entity)].label;
      if (l == Label::Gpe || l == Label::Loc) {
        a = k;
        continue;
      }
    }
    break;
  }
  return pick(a, j + 1, true, adjacent);
}

bool PhraseFinder::is_time(uint32_t t) const {
  int32_t e = ix_.info[t].entity;
  if (e >= 0) {
    Label l = ix_.doc.entities[static_cast<size_t>(e)].label;
    if (l == Label::Time) return true;
    if (l == Label::Date) {
      // (Not "the 34-year-old": a person's age after "the" is the subject.)
      uint32_t first = t, last = t + 1;
      while (first > 0 && t - first < 5 && ix_.info[first - 1].entity == e) --first;
      while (last < ix_.size() && last - t < 5 && ix_.info[last].entity == e) ++last;
      return !age_epithet(ix_, first, last);
    }
  }
  return ix_.is(t, QuoteWord::Time) || ix_.word_is(t, "early") || ix_.word_is(t, "late");
}

bool PhraseFinder::in_relative_clause(uint32_t k, uint32_t lo, bool marks_ok) const {
  // "Kempthorne, who characterized the rules as ..., acknowledged": the cue belongs to the relative clause.
  // With marks_ok, words in quotation marks may stand in it too ("Reyes, who called himself a “lifelong” fan, ...").
  for (uint32_t t = k; t > lo && k - t < kMaxAppositive;) {
    --t;
    // A relative clause inside it ("a fan who once wrote ...") goes on back to the one set off by a comma.
    if (ix_.word_is(t, "who") && t > lo && ix_.is_punct(t - 1, ",")) return true;
    TokenKind kind = ix_.kind(t);
    bool ok = kind == TokenKind::Word || kind == TokenKind::Abbrev ||
              (marks_ok && (kind == TokenKind::Quote || kind == TokenKind::Number));
    if (!ok) return false;
  }
  return false;
}

uint32_t PhraseFinder::before_parenthesis(uint32_t j, uint32_t lo) const {
  if (!ix_.is_punct(j, ")")) return j;
  for (uint32_t k = j; k > lo && j - k < kMaxParenthesis;) {
    --k;
    if (ix_.is_punct(k, "(")) return k > lo ? k - 1 : j;
    if (ix_.is_punct(k, ")")) break;
  }
  return j;
}

SpeakerPhrase PhraseFinder::possessor_before(uint32_t t, uint32_t lo) const {
  if (t == 0 || t <= lo) return {};
  uint32_t j = t - 1;
  // "Papandreou's insistence that": the possessor may open the sentence.
  if (ix_.kind(j) == TokenKind::Clitic) return j > lo ? chunk_left(j - 1, lo, j - 1) : SpeakerPhrase{};
  const auto& w = ix_.info[j].speaker;
  if (!w || (*w != SpeakerWord::He && *w != SpeakerWord::She && *w != SpeakerWord::They && *w != SpeakerWord::It))
    return {};
  return one_mention(MentionKind::Pronoun, j, j + 1, j, 3.0f);
}

SpeakerPhrase PhraseFinder::subject_before(uint32_t cue, uint32_t lo) const {
  if (cue == 0 || cue <= lo) return {};
  uint32_t j = cue - 1;
  // "have long warned", "have since said": "long" and "since" after an auxiliary are adverbs.
  // "They've argued", "she'd said": a contracted auxiliary too.
  while (j > lo && (ix_.is(j, QuoteWord::Adverb) || ix_.info[j].ly || ix_.is(j, QuoteWord::Aux) ||
                    ix_.is(j, QuoteWord::Negation) ||
                    ((ix_.word_is(j, "long") || ix_.word_is(j, "since")) && ix_.is(j - 1, QuoteWord::Aux)) ||
                    (ix_.kind(j) == TokenKind::Clitic && ix_.subject_pronoun(j - 1))))
    --j;
  if (j < lo || ix_.is(j, QuoteWord::Adverb) || ix_.is(j, QuoteWord::Aux)) return {};
  // "Hastings this morning announced": a date or time between the subject and the cue.
  for (uint32_t steps = 0; j > lo && steps < kMaxTimeGap && is_time(j); ++steps) --j;
  // "Sen. Barbara Boxer (D-Calif.) said": a parenthesis after the subject.
  j = before_parenthesis(j, lo);
  // "Victor Hale, asked whether the money would be spent, said", "One of the engineers who wrote it, speaking on
  // condition of anonymity, said": a participle phrase of being asked or speaking set off by commas between the
  // subject and its cue.
  if (ix_.is_punct(j, ",") && j > lo + 2) {
    for (uint32_t k = j - 1; k > lo + 1 && j - k < kMaxAppositive; --k) {
      if (ix_.kind(k) == TokenKind::Quote || (ix_.kind(k) == TokenKind::Punct && !ix_.is_punct(k, ","))) break;
      if (!ix_.is_punct(k, ",")) continue;
      if (ix_.word_is(k + 1, "asked") || ix_.word_is(k + 1, "pressed") || ix_.word_is(k + 1, "questioned") ||
          ix_.word_is(k + 1, "speaking") || (ix_.word_is(k + 1, "when") && k + 2 < j && ix_.word_is(k + 2, "asked")))
        j = k - 1;
      break;
    }
  }
  // "AMD's Ana Ruiz — the company's head of sales — says": an apposition between dashes after the subject.
  if (ix_.kind(j) == TokenKind::Dash && j > lo + 2) {
    uint32_t k = j - 1;
    while (k > lo && j - k < kMaxAppositive && ix_.kind(k) != TokenKind::Dash && ix_.info[k].quote < 0 &&
           !ix_.info[k].cue && !ix_.is(k, QuoteWord::That) &&
           !(ix_.kind(k) == TokenKind::Punct && !ix_.is_punct(k, ",")))
      --k;
    if (k > lo && k + 1 < j && ix_.kind(k) == TokenKind::Dash) {
      SpeakerPhrase p = chunk_left(k - 1, lo, k - 1);
      if (!p.empty()) return p;
    }
  }
  // "X, the county attorney in Pell County, Ariz., said", "..., Az. said": a state's abbreviation after a place's
  // comma belongs to the place; the appositives end before it.
  uint32_t state = ix_.is_punct(j, ",") && j > lo ? j - 1 : j;
  if (state > lo + 1 && ix_.kind(state) == TokenKind::Abbrev && ix_.is_punct(state - 1, ",")) {
    std::string w = ix_.lower(state);
    if (!w.empty() && w.back() == '.') w.pop_back();
    std::optional<AbbrevClass> cls = find_abbreviation(w);
    if (cls && *cls == AbbrevClass::State) {
      SpeakerPhrase described = subject_with_appositives(state - 1, lo);
      if (!described.empty()) return described;
    }
  }
  // "Weekly Stage's “Backstage Pass” is reporting": a column or show in marks after its possessor; the possessor
  // speaks.
  if (ix_.kind(j) == TokenKind::Quote && j > lo + 3) {
    uint32_t k = j - 1;
    while (k > lo && j - k < 8 && ix_.kind(k) != TokenKind::Quote) --k;
    if (k > lo + 1 && k + 1 < j && ix_.kind(k) == TokenKind::Quote && ix_.kind(k - 1) == TokenKind::Clitic)
      return chunk_left(k - 2, lo, k - 2);
  }
  // "three old opinions that said ...", "a report which says ...": a relative pronoun right before the cue; its
  // antecedent speaks.
  if (j > lo + 1 && j + 1 == cue && (ix_.word_is(j, "that") || ix_.word_is(j, "which"))) {
    SpeakerPhrase antecedent = chunk_left(j - 1, lo, j - 1);
    if (!antecedent.empty()) return antecedent;
  }
  // "Nick Rahall, who said": the relative clause's antecedent speaks; "Westgrid, which said" too.
  if (j > lo && (ix_.word_is(j, "who") || (ix_.word_is(j, "which") && ix_.is_punct(j - 1, ",")))) {
    uint32_t k = j - 1;
    if (k > lo && ix_.is_punct(k, ",")) {
      // "Owen Patel, a researcher, who told ...": the name the description is set beside.
      SpeakerPhrase described = subject_with_appositives(k, lo);
      if (!described.empty()) return described;
      --k;
    }
    k = before_parenthesis(k, lo);
    return chunk_left(k, lo, k);
  }
  // "X tweeted to Y and said": the subject is the clause's, not the word before "and".
  if (ix_.is(j, QuoteWord::And) || ix_.is(j, QuoteWord::But)) return {};
  if (ix_.is_punct(j, ",") && j > lo + 1 && ix_.info[j - 1].entity >= 0) {
    // "Critics in Atlanta, Georgia, said": the comma closes a place's state or country; no appositive.
    uint32_t k = j - 1;
    while (k > lo && ix_.info[k - 1].entity == ix_.info[j - 1].entity) --k;
    if (k > lo && comma_in_place(k - 1)) {
      // "The agency, which builds the module in Bremen, Germany, said": the place ends a relative clause set off by
      // commas; its antecedent speaks.
      for (uint32_t r = k - 1; r > lo + 1 && j - r < 2 * kMaxAppositive; --r) {
        if (ix_.kind(r) == TokenKind::Quote || ix_.kind(r) == TokenKind::Dash ||
            (ix_.kind(r) == TokenKind::Punct && !ix_.is_punct(r, ",")))
          break;
        if (!ix_.is_punct(r - 1, ",") || !(ix_.word_is(r, "which") || ix_.word_is(r, "who"))) continue;
        SpeakerPhrase antecedent = chunk_left(r - 2, lo, r - 2);
        if (!antecedent.empty()) return antecedent;
        break;
      }
      return chunk_left(j - 1, lo, j - 1);
    }
  }
  if (ix_.is_punct(j, ",")) return subject_with_appositives(j, lo);
  // "Shop owners I spoke to in Dunmere told me", "Residents we met said": a relative clause with neither commas nor
  // "that" opens with a subject pronoun right after the source noun; the noun speaks, not a place inside the clause.
  // The clause's verb may be a cue ("spoke to") that bounds this cue's search (lo): the sentence bounds this one.
  uint32_t first = ix_.sentence_of(cue).first_token;
  for (uint32_t k = j; k > first + 1 && j - k < 10;) {
    --k;
    // Punctuation, "that" or a question word end the search.
    TokenKind kind = ix_.kind(k);
    if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash || ix_.is(k, QuoteWord::That) ||
        ix_.is(k, QuoteWord::Question))
      break;
    if (!ix_.subject_pronoun(k) || ix_.word_is(k, "it")) continue;
    // A source noun of the tables ("Residents", "owners") or a plural noun that is not ("Shopkeepers").
    SpeakerPhrase noun =
        is_source_noun(ix_.info[k - 1].speaker) ? chunk_left(k - 1, first, k - 1) : plural_noun_subject(k - 1, first);
    if (!noun.empty()) return noun;
    break;
  }
  // "an official who asked not to be named said": a relative clause with no commas.
  for (uint32_t k = j; k > lo && j - k < 10;) {
    --k;
    if (ix_.kind(k) == TokenKind::Punct || ix_.kind(k) == TokenKind::Quote) break;
    if ((ix_.is(k, QuoteWord::Question) || ix_.is(k, QuoteWord::That)) && anonymity_between(k, j + 1)) {
      SpeakerPhrase phrase = chunk_left(k - 1, lo, k - 1);
      phrase.anonymity = true;
      return phrase;
    }
  }
  // "Residents who attended the meeting said", "half of the landlords who responded said": a relative clause with
  // no commas after a plural noun (of the tables or not); the noun speaks. (One person's clause may name them: "a
  // man who gave his name as Tom said", below.)
  for (uint32_t k = j; k > first + 1 && j - k < 10 && !ix_.ing_form(cue);) {
    --k;
    if (ix_.word_is(k, "who")) {
      uint32_t n = k - 1;
      // "A neighbour who saw the fall said": a singular source noun too, when its clause names no one.
      bool named = false;
      for (uint32_t t = k + 1; t <= j && !named; ++t) named = ix_.info[t].entity >= 0 || ix_.info[t].run >= 0;
      bool singular = is_source_noun(ix_.info[n].speaker) && ix_.info[n].lower && ix_.info[k].lower && !named;
      if (ix_.lower(n).back() != 's' && !singular) break;
      SpeakerPhrase noun =
          is_source_noun(ix_.info[n].speaker) ? chunk_left(n, first, n) : plural_noun_subject(n, first);
      if (!noun.empty()) return noun;
      break;
    }
    TokenKind kind = ix_.kind(k);
    if (kind == TokenKind::Punct || kind == TokenKind::Quote || kind == TokenKind::Dash || ix_.is(k, QuoteWord::That) ||
        ix_.is(k, QuoteWord::Question))
      break;
  }
  // "Astronomers using the Orion telescope say", "Residents living near the plant said": a participle after a
  // source noun starts the phrase that describes it; the noun speaks.
  for (uint32_t k = j; k > lo && j - k < kMaxChunk; --k) {
    if (boundary(k)) break;
    if (ix_.info[k].lower && ix_.ing_form(k) && !ix_.info[k].cue && is_source_noun(ix_.info[k - 1].speaker))
      return chunk_left(k - 1, lo, k - 1);
  }
  SpeakerPhrase phrase = with_listed_before(chunk_left(j, lo, j), lo);
  // "County supervisors said Friday that": with the reported clause explicit, a plural common noun that is not in
  // the tables speaks too (an unnamed source); without "that" only the tables' nouns do.
  if (phrase.empty() && that_follows(cue)) phrase = plural_noun_subject(j, lo);
  // "Mountain guides say routes ... are now dangerous": a plural noun phrase that opens the sentence right before
  // "say"/"said" speaks without "that" too.
  if (phrase.empty() && j + 1 == cue && (ix_.word_is(cue, "say") || ix_.word_is(cue, "said"))) {
    SpeakerPhrase plural = plural_noun_subject(j, lo);
    if (!plural.empty() && plural.mentions.front().first == ix_.sentence_of(cue).first_token) phrase = plural;
  }
  // "Ana Ruiz, head writer and show runner says:": a person's name that opens the sentence, then a comma and
  // a description with no comma closing it before the cue; the person speaks, not the role or body described.
  if (!phrase.empty() && phrase.mentions.front().kind != MentionKind::Entity &&
      phrase.mentions.front().kind != MentionKind::Name && phrase.mentions.front().kind != MentionKind::Pronoun)
    if (SpeakerPhrase person = person_opening(phrase.mentions.front().first, cue); !person.empty()) return person;
  if (!phrase.empty() && phrase.mentions.front().kind == MentionKind::Entity &&
      ix_.doc.entities[static_cast<size_t>(phrase.mentions.front().entity)].label == Label::Org)
    if (SpeakerPhrase person = person_opening(phrase.mentions.front().first, cue); !person.empty()) return person;
  // "Ivo Marsh, a spokesman for Governor Ana Ruiz said": a person named over a preposition inside the description
  // is the one the role serves; the role's holder who opens the sentence speaks.
  if (!phrase.empty() && phrase.mentions.front().kind == MentionKind::Entity &&
      ix_.doc.entities[static_cast<size_t>(phrase.mentions.front().entity)].label == Label::Person) {
    bool over_preposition = false;
    for (uint32_t k = ix_.sentence_of(cue).first_token; k < phrase.mentions.front().first; ++k)
      over_preposition = over_preposition || ix_.is(k, QuoteWord::Preposition);
    if (over_preposition)
      if (SpeakerPhrase person = person_opening(phrase.mentions.front().first, cue); !person.empty()) return person;
    // "“<quote>,” Ivo Marsh, a spokesman for Governor Ana Ruiz told ...": the holder after a quotation that opens the
    // sentence.
    if (SpeakerPhrase holder = holder_after_quote(phrase.mentions.front().first, cue); !holder.empty()) return holder;
  }
  return phrase;
}

SpeakerPhrase PhraseFinder::holder_after_quote(uint32_t first, uint32_t cue) const {
  // Back from the person named inside the description to its comma: words only, one preposition at least.
  uint32_t k = first;
  bool preposition = false;
  while (k > 0 && first - k < kMaxChunk) {
    --k;
    if (ix_.is_punct(k, ",")) break;
    if (ix_.kind(k) != TokenKind::Word || ix_.info[k].cue || ix_.is(k, QuoteWord::Aux) || ix_.word_is(k, "who") ||
        ix_.word_is(k, "which") || ix_.info[k].quote >= 0)
      return {};
    preposition = preposition || ix_.is(k, QuoteWord::Preposition);
  }
  if (!preposition || !ix_.is_punct(k, ",") || k == 0 || k + 1 == first) return {};
  int32_t e = ix_.info[k - 1].entity;
  if (e < 0 || ix_.doc.entities[static_cast<size_t>(e)].label != Label::Person) return {};
  uint32_t f = k - 1;
  while (f > 0 && ix_.info[f - 1].entity == e) --f;
  // Right after the quotation's closing mark, or its comma inside or after it.
  uint32_t before = f;
  if (before > 0 && ix_.is_punct(before - 1, ",")) --before;
  uint32_t opens = ix_.sentence_of(cue).first_token;
  if (before == 0 || before <= opens || ix_.kind(before - 1) != TokenKind::Quote || ix_.kind(opens) != TokenKind::Quote)
    return {};
  SpeakerPhrase phrase = one_mention(MentionKind::Entity, f, k, k - 1, 3.0f);
  phrase.mentions.back().entity = e;
  return phrase;
}

SpeakerPhrase PhraseFinder::person_opening(uint32_t first, uint32_t cue) const {
  const Sentence& s = ix_.sentence_of(cue);
  uint32_t a = s.first_token;
  // "Despite the delays, Ada Penhale, Director of ... told": the name opens the sentence after a phrase that opens
  // with a preposition and closes with a comma (words only: no cue, no auxiliary, no quotation). "Despite" is no
  // preposition of the word table, where it would open an adjunct after a cue and end a report before it.
  if (ix_.is(a, QuoteWord::Preposition) || ix_.word_is(a, "despite")) {
    uint32_t k = a + 1;
    while (k < first && k - a <= kMaxChunk && ix_.kind(k) == TokenKind::Word && !ix_.info[k].cue &&
           !ix_.is(k, QuoteWord::Aux))
      ++k;
    if (k < first && ix_.is_punct(k, ",")) a = k + 1;
  }
  int32_t e = ix_.info[a].entity;
  if (e < 0 || ix_.doc.entities[static_cast<size_t>(e)].label != Label::Person) return {};
  uint32_t last = a;
  while (last < first && ix_.info[last].entity == e) ++last;
  if (last >= first || !ix_.is_punct(last, ",") || cue - last > kMaxChunk + 4) return {};
  // Only words between the comma and the cue: no verb, no relative pronoun, no second comma after the phrase.
  for (uint32_t k = last + 1; k < cue; ++k) {
    const TokenInfo& x = ix_.info[k];
    // "Ana Ruiz, Tom Reed and Ivo Brandt said": a list of names, all of them speak.
    bool name_listed = ix_.is(k, QuoteWord::And) && k + 1 < cue && ix_.info[k + 1].entity >= 0 &&
                       ix_.doc.entities[static_cast<size_t>(ix_.info[k + 1].entity)].label == Label::Person;
    if (ix_.kind(k) == TokenKind::Quote || ix_.is(k, QuoteWord::Aux) || x.cue || ix_.word_is(k, "who") ||
        ix_.word_is(k, "which") || name_listed)
      return {};
    if (ix_.kind(k) == TokenKind::Punct && !ix_.is_punct(k, ",")) return {};
  }
  if (ix_.is_punct(cue - 1, ",")) return {};
  SpeakerPhrase phrase = one_mention(MentionKind::Entity, a, last, last - 1, 3.0f);
  phrase.mentions.back().entity = e;
  return phrase;
}

bool PhraseFinder::that_follows(uint32_t cue) const {
  const auto& c = ix_.info[cue].cue;
  if (!c || !(*c == CueWord::Say || *c == CueWord::Report || *c == CueWord::Utter || *c == CueWord::Stance))
    return false;
  uint32_t k = cue + 1;
  // "said Friday that", "said publicly that": a time or an adverb between the cue and "that".
  for (uint32_t steps = 0;
       k < ix_.size() && steps < kMaxTimeGap && (is_time(k) || ix_.info[k].ly || ix_.is(k, QuoteWord::Adverb)); ++steps)
    ++k;
  if (k < ix_.size() && ix_.is(k, QuoteWord::That)) return true;
  // "told the manager that", "reported to the police that", "told him that": the one told before "that".
  if (k < ix_.size() && ix_.word_is(k, "to") && *c == CueWord::Report) ++k;
  std::string v = ix_.lower(cue);
  if (*c != CueWord::Report && v != "told" && v != "tell" && v != "tells" && v != "telling") return false;
  for (uint32_t j = k; j < ix_.size() && j < k + 4; ++j) {
    if (ix_.is(j, QuoteWord::That)) return j > k;
    if (ix_.kind(j) != TokenKind::Word || !ix_.info[j].lower || ix_.info[j].cue || ix_.is(j, QuoteWord::Aux) ||
        ix_.is(j, QuoteWord::Preposition) || ix_.subject_pronoun(j))
      return false;
  }
  return false;
}

SpeakerPhrase PhraseFinder::plural_noun_subject(uint32_t k, uint32_t lo) const {
  if (k >= ix_.size() || k < lo) return {};
  const TokenInfo& x = ix_.info[k];
  std::string w = ix_.lower(k);
  bool plural = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
                w[w.size() - 2] != 'i' && w[w.size() - 2] != '\'';
  bool opens = k == ix_.sentence_of(k).first_token;  // "Shops in Caddenby said"
  if (!(x.lower || (x.upper && opens)) || !plural || x.entity >= 0 || x.cue || x.word || x.ly || (x.speaker && !opens))
    return {};
  if (x.speaker && *x.speaker != SpeakerWord::Anonymous) return {};
  // Its modifiers: "County", "local", "the", "some", "Caddenby's"; a preposition, verb or clause before them makes
  // the noun an object ("the price of goods").
  uint32_t first = k;
  for (uint32_t n = 0; n < 3 && first > lo; ++n) {
    uint32_t b = first - 1;
    if (ix_.is(b, QuoteWord::Determiner)) {
      first = b;
      break;
    }
    const TokenInfo& y = ix_.info[b];
    bool modifier = ix_.kind(b) == TokenKind::Clitic ||
                    ((y.lower || y.upper) && !y.word && !y.cue && !y.speaker && !y.ly && !ix_.ing_form(b));
    if (!modifier) break;
    first = b;
  }
  if (first > lo) {
    uint32_t b = first - 1;
    bool opens = ix_.is(first, QuoteWord::Determiner) || ix_.is(b, QuoteWord::And) || ix_.is(b, QuoteWord::But) ||
                 ix_.is_punct(b, ",") || ix_.kind(b) == TokenKind::Dash || ix_.is_punct(b, ";");
    if (!opens && !(b + 1 == ix_.sentence_of(first).first_token)) return {};
  }
  return one_mention(MentionKind::Anonymous, first, k + 1, k, 2.6f);
}

SpeakerPhrase PhraseFinder::with_listed_before(SpeakerPhrase phrase, uint32_t lo) const {
  // "Britain, France and Canada said": the names listed before the pair joined by "and" speak too.
  auto name = [&](const Mention& m) {
    if (m.kind == MentionKind::Name) return true;
    if (m.kind != MentionKind::Entity) return false;
    Label l = ix_.doc.entities[static_cast<size_t>(m.entity)].label;
    return l == Label::Person || l == Label::Org || l == Label::Gpe;
  };
  if (phrase.mentions.size() != 2 || !name(phrase.mentions[0]) || !name(phrase.mentions[1])) return phrase;
  std::vector<Mention> listed;
  uint32_t first = phrase.mentions[0].first;
  while (first > lo + 1 && ix_.is_punct(first - 1, ",") && listed.size() < 8) {
    uint32_t end = first - 1, begin = end;
    while (begin > lo && end - begin < kMaxChunk && !boundary(begin - 1) &&
           !ix_.is(begin - 1, QuoteWord::Preposition) && !ix_.is(begin - 1, QuoteWord::Determiner) &&
           (ix_.info[begin - 1].entity >= 0 || ix_.info[begin - 1].run >= 0))
      --begin;
    std::vector<Mention> inside;
    if (begin < end) candidates(begin, end, inside);
    if (inside.size() != 1 || inside[0].first != begin || inside[0].last != end || !name(inside[0])) break;
    listed.push_back(inside[0]);
    first = begin;
  }
  if (listed.empty()) return phrase;
  // "In Paris, France and Canada said": a preposition before the first name makes it an introductory phrase.
  if (first > lo && (ix_.is(first - 1, QuoteWord::Preposition) || ix_.info[first - 1].lower)) return phrase;
  std::reverse(listed.begin(), listed.end());
  listed.insert(listed.end(), phrase.mentions.begin(), phrase.mentions.end());
  phrase.mentions = std::move(listed);
  return phrase;
}

bool PhraseFinder::names_a_noun(uint32_t k) const {
  // "a group called Save the Waterfront": "called" between a common noun and a name gives a name, no speech.
  if (k == 0 || k + 1 >= ix_.size() || !(ix_.word_is(k, "called") || ix_.word_is(k, "named"))) return false;
  const TokenInfo& before = ix_.info[k - 1];
  const TokenInfo& after = ix_.info[k + 1];
  bool noun = before.lower && before.entity < 0 && !ix_.subject_pronoun(k - 1) && !ix_.is(k - 1, QuoteWord::Aux) &&
              !ix_.is(k - 1, QuoteWord::Adverb) && !before.ly && !before.cue;
  return noun && (after.upper || after.entity >= 0 || after.run >= 0);
}

bool PhraseFinder::modifiers_only(uint32_t a, uint32_t b) const {
  // "retired teacher Glen Ashby", "longtime member Ana Ruiz": lowercase words or roles before a name describe it.
  for (uint32_t k = a; k < b; ++k) {
    const TokenInfo& x = ix_.info[k];
    bool role = x.speaker == SpeakerWord::Role || x.speaker == SpeakerWord::MaleTitle ||
                x.speaker == SpeakerWord::FemaleTitle;  // "the chair, Fr Michael Dunne,", "Mrs Ann Lee"
    if (!(x.lower || role) || ix_.is(k, QuoteWord::Determiner) || ix_.is(k, QuoteWord::Preposition) ||
        ix_.is(k, QuoteWord::And) || ix_.is(k, QuoteWord::Aux) || x.cue || ix_.subject_pronoun(k))
      return false;
  }
  return true;
}

bool PhraseFinder::gerund_after_preposition(uint32_t k, uint32_t lo) const {
  return k > lo + 1 && ix_.is(k - 1, QuoteWord::Preposition) && ix_.is_punct(k - 2, ",") && ix_.ing_form(k);
}

SpeakerPhrase PhraseFinder::subject_with_appositives(uint32_t j, uint32_t lo) const {
  // The clause before the cue in comma-separated parts: "Cynthia Thompson, curator of exhibits at the
  // University of Arkansas, Fayetteville, said"; "During a call, Lavrov and his counterpart, Qin Gang, said".
  std::vector<uint32_t> commas{j};
  uint32_t start = j > 2 * kMaxAppositive ? std::max(lo, j - 2 * kMaxAppositive) : lo;
  for (uint32_t k = j; k > start;) {
    --k;
    if (ix_.is_punct(k, ",")) {
      commas.push_back(k);
      if (commas.size() > 5) {
        start = k + 1;
        break;
      }
      continue;
    }
    // A quotation's mark ends the clause; an apostrophe no quotation pairs does not ("the Patients' Forum").
    // Not a mark inside a relative clause set off by commas ("Reyes, who called himself a “lifelong” fan, admitted").
    bool mark = ix_.kind(k) == TokenKind::Quote && ix_.info[k].quote >= 0 && !in_relative_clause(k, start, true);
    // "Unite, the union that represents the staff, said": "that" after a source noun opens a relative clause
    // inside the apposition; after a verb ("warned that") it opens a reported clause.
    bool relative_that =
        ix_.is(k, QuoteWord::That) && k > start && ix_.info[k - 1].lower && is_source_noun(ix_.info[k - 1].speaker);
    // "..., while the city's largest employer, Halston Steel, said": a contrast opens a clause of its own.
    bool contrast = (ix_.word_is(k, "while") || ix_.word_is(k, "whereas")) && k > start && ix_.is_punct(k - 1, ",");
    // "Solicitor General Ana Ruiz, arguing for the government, said": a participle of a verb of saying with a
    // preposition after it, set off by commas, describes the subject (what she did there), no clause of its own
    // (", according to X, which said" is a source of its own).
    bool describing_participle = (ix_.info[k].cue == CueWord::Say || ix_.info[k].cue == CueWord::Utter) &&
                                 ix_.ing_form(k) && k > start && ix_.is_punct(k - 1, ",") && k + 1 < j &&
                                 ix_.is(k + 1, QuoteWord::Preposition) && !ix_.is(k + 1, QuoteWord::That);
    bool hard = mark || contrast || ix_.kind(k) == TokenKind::Dash ||
                (ix_.kind(k) == TokenKind::Punct && ix_.text(k) != "(" && ix_.text(k) != ")") ||
                (ix_.is(k, QuoteWord::That) && !relative_that) ||
                (ix_.info[k].cue && *ix_.info[k].cue != CueWord::Audience && *ix_.info[k].cue != CueWord::Medium &&
                 !in_relative_clause(k, start, true) && !gerund_after_preposition(k, start) && !names_a_noun(k) &&
                 !describing_participle);
    if (hard) {
      start = k + 1;
      break;
    }
  }
  std::reverse(commas.begin(), commas.end());
  // Parts: [start, commas[0]), (commas[0], commas[1]), ..., the last one ends at j.
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  uint32_t from = start;
  for (uint32_t c : commas) {
    parts.push_back({from, c});
    from = c + 1;
  }
  size_t head = 0;
  while (head < parts.size() && parts[head].first >= parts[head].second) ++head;
  if (head + 1 < parts.size()) {
    // An introductory phrase is not the subject: "During a phone call earlier this month, ..." (a name is none:
    // "Living Rent, which campaigns for tenants, said").
    uint32_t f = parts[head].first;
    std::string w = ix_.lower(f);
    bool intro =
        ix_.is(f, QuoteWord::Preposition) || ix_.is(f, QuoteWord::Adverb) || ix_.info[f].ly ||
        ix_.is(f, QuoteWord::Time) || ix_.is(f, QuoteWord::Question) ||
        (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && ix_.info[f].entity < 0 && ix_.info[f].run < 0);
    if (intro) ++head;
  }
  // "Houses were damaged, the governor of Karvan, Mehdi Farsi, said": a part with an auxiliary is the reported clause
  // before a trailing attribution, not its subject, when a description and a name follow it.
  auto has_aux = [&](std::pair<uint32_t, uint32_t> p) {
    for (uint32_t k = p.first; k < p.second; ++k)
      if (ix_.is(k, QuoteWord::Aux)) return true;
    return false;
  };
  while (head + 2 < parts.size() && has_aux(parts[head])) ++head;
  if (head >= parts.size()) return {};
  auto [hb, he] = parts[head];
  uint32_t end = he;  // "The secretary general of CEI (Italian Episcopal Conference), ...": not the brackets
  if (end > hb && ix_.is_punct(end - 1, ")")) {
    uint32_t k = end - 1;
    while (k > hb && !ix_.is_punct(k, "(")) --k;
    if (ix_.is_punct(k, "(")) end = k;
  }
  if (end <= hb) return {};
  SpeakerPhrase phrase = chunk_left(end - 1, hb, end - 1);
  // "his counterpart, Qin Gang,", "The secretary general of CEI, Nunzio Galantino,": a name set beside the
  // noun or role that ends the subject names it.
  // "The federal Health Minister, Mark Butler,": a capitalised role is described too.
  bool described = ix_.info[end - 1].lower || ix_.info[end - 1].speaker == SpeakerWord::Role || phrase.empty() ||
                   phrase.mentions.back().kind == MentionKind::Role ||
                   phrase.mentions.back().kind == MentionKind::Anonymous ||
                   phrase.mentions.back().kind == MentionKind::OrgNoun;
  // "A spokesman for Corrin Mills, Tobin Ashe,", "The Minister for Health, Orla Quinlan,": a role followed by a
  // preposition heads the whole part; a person named beside it is the role's holder (checked below: a person).
  bool role_of = false;
  for (uint32_t k = hb; k + 1 < end && !role_of; ++k) {
    auto w = ix_.info[k].speaker;
    role_of = w && (*w == SpeakerWord::Role || *w == SpeakerWord::Anonymous) && ix_.is(k + 1, QuoteWord::Preposition);
  }
  if (head + 1 < parts.size() && (described || role_of)) {
    auto [nb, ne] = parts[head + 1];
    std::vector<Mention> inside;
    if (nb < ne) candidates(nb, ne, inside);
    // "Solvane's largest customer, Taiwan's Hexa Semiconductor,": a place's possessive before the name describes it.
    bool place_owner = false;
    if (inside.size() == 1 && inside[0].first >= nb + 2 && ix_.kind(inside[0].first - 1) == TokenKind::Clitic) {
      int32_t e = ix_.info[nb].entity;
      place_owner = e >= 0 && ix_.info[inside[0].first - 2].entity == e &&
                    (ix_.doc.entities[static_cast<size_t>(e)].label == Label::Gpe ||
                     ix_.doc.entities[static_cast<size_t>(e)].label == Label::Loc);
    }
    // "Mr Iriarte's party, the Movement for Renewal,": an organisation's name keeps its "the".
    bool org_the = inside.size() == 1 && inside[0].kind == MentionKind::Entity && inside[0].first == nb + 1 &&
                   ix_.word_is(nb, "the") &&
                   ix_.doc.entities[static_cast<size_t>(inside[0].entity)].label == Label::Org;
    auto is_person = [&](const Mention& m) {
      return m.kind == MentionKind::Name ||
             (m.kind == MentionKind::Entity && ix_.doc.entities[static_cast<size_t>(m.entity)].label == Label::Person);
    };
    // "Her co-author, Professor Ann Lowe of NASA,", "His colleague, Dr Tom Hale at the university,": the person's
    // affiliation after "of", "at" or "from" is no second speaker; the person ends the part.
    if (!inside.empty() && is_person(inside[0]) && inside[0].last + 1 < ne &&
        (ix_.word_is(inside[0].last, "of") || ix_.word_is(inside[0].last, "at") ||
         ix_.word_is(inside[0].last, "from"))) {
      bool affiliation = true;
      for (uint32_t k = inside[0].last + 1; k < ne && affiliation; ++k)
        affiliation = ix_.kind(k) == TokenKind::Word && !ix_.is(k, QuoteWord::Aux) && !ix_.info[k].cue &&
                      !ix_.is(k, QuoteWord::That) && !ix_.word_is(k, "who") && !ix_.word_is(k, "which");
      for (size_t i = 1; i < inside.size() && affiliation; ++i) affiliation = !is_person(inside[i]);
      if (affiliation) {
        inside.resize(1);
        ne = inside[0].last;
      }
    }
    // "Veltrix's biggest customer, the Taiwanese handset maker Lumora,": an organisation's name after "the" and the
    // words that say what it is (lowercase, a nationality or a place) names it.
    // "Her coach, the former Spanish player Ana Ruiz,", "The fund's manager, former banker Tom Hale,": so does a
    // person's after "the", "a" or "former" and the words that say who the person is (lowercase, a role, a
    // nationality, a place or an organisation).
    bool described_org = false;
    Label last_label = !inside.empty() && inside.back().kind == MentionKind::Entity
                           ? ix_.doc.entities[static_cast<size_t>(inside.back().entity)].label
                           : Label::Date;
    bool opener =
        ix_.word_is(nb, "the") || (last_label == Label::Person && (ix_.word_is(nb, "a") || ix_.word_is(nb, "former")));
    if (!inside.empty() && inside.back().first > nb + 1 && opener && inside.back().kind == MentionKind::Entity &&
        inside.back().last == ne && (last_label == Label::Org || last_label == Label::Person)) {
      described_org = true;
      for (size_t i = 0; i + 1 < inside.size() && described_org; ++i) {
        Label l = inside[i].kind == MentionKind::Entity ? ix_.doc.entities[static_cast<size_t>(inside[i].entity)].label
                                                        : Label::Person;
        bool role = last_label == Label::Person &&
                    (inside[i].kind == MentionKind::Role || inside[i].kind == MentionKind::Anonymous ||
                     (inside[i].kind == MentionKind::Entity && l == Label::Org));
        described_org = role || inside[i].kind == MentionKind::OrgNoun ||
                        (inside[i].kind == MentionKind::Entity && (l == Label::Norp || l == Label::Gpe));
      }
      for (uint32_t k = nb + 1; k < inside.back().first && described_org; ++k)
        described_org = ix_.kind(k) == TokenKind::Word && (ix_.info[k].lower || ix_.info[k].entity >= 0);
      if (described_org) inside.erase(inside.begin(), inside.end() - 1);
    }
    bool person = inside.size() == 1 && is_person(inside[0]);
    if (inside.size() == 1 && (described || person) &&
        (org_the || place_owner || described_org || modifiers_only(nb, inside[0].first)) && inside[0].last == ne &&
        (inside[0].kind == MentionKind::Entity || inside[0].kind == MentionKind::Name)) {
      SpeakerPhrase named;
      named.mentions.push_back(inside[0]);
      if (!phrase.empty()) {
        // "Lavrov and his counterpart, Qin Gang,": both speak.
        const Mention& m = phrase.mentions.back();
        bool joined = false;
        for (uint32_t k = m.last; k < end; ++k) joined = joined || ix_.is(k, QuoteWord::And);
        // Not a place inside the role: "The Labour MP for Lancaster and Wyre, Cat Penrose," is one speaker.
        Label l = m.kind == MentionKind::Entity ? ix_.doc.entities[m.entity].label : Label::Person;
        bool person = (m.kind == MentionKind::Entity && l != Label::Norp && l != Label::Gpe && l != Label::Loc) ||
                      m.kind == MentionKind::Name;
        if (joined && person) named.mentions.insert(named.mentions.begin(), m);
      }
      named.anonymity = anonymity_between(ne, j);
      return named;
    }
    // "The two reporters, Ann Lee and Tom Park, have said": two names joined by "and" set beside the noun.
    auto is_name = [&](const Mention& m) { return m.kind == MentionKind::Entity || m.kind == MentionKind::Name; };
    if (inside.size() == 2 && inside[0].first == nb && inside[1].last == ne && is_name(inside[0]) &&
        is_name(inside[1]) && inside[1].first == inside[0].last + 1 && ix_.is(inside[0].last, QuoteWord::And)) {
      SpeakerPhrase named;
      named.mentions = inside;
      named.anonymity = anonymity_between(ne, j);
      return named;
    }
  }
  if (phrase.empty()) return phrase;
  phrase.anonymity = phrase.anonymity || anonymity_between(he, j);
  return phrase;
}

SpeakerPhrase PhraseFinder::phrase_after(uint32_t start, uint32_t hi, bool clause_ok, uint32_t* end) const {
  uint32_t k = start;
  while (k < hi && (ix_.is(k, QuoteWord::Adverb) || ix_.info[k].ly)) ++k;
  if (k >= hi) return {};
  SpeakerPhrase phrase;
  if (ix_.subject_pronoun(k)) {
    phrase = pick(k, k + 1, false, k);
  } else {
    uint32_t b = k;
    bool head = false, named = false;  // a source found; it is a name ("Tom Baker met Ana Ruiz": not a modifier)
    bool org_noun = false;             // the last source is an organisation noun or a document
    // (An entity's own words go on past the chunk's length and its prepositions: "the California Department of
    // Forestry and Fire Protection".)
    auto inside_entity = [&](uint32_t t) {
      return t > k && ix_.info[t].entity >= 0 && ix_.info[t].entity == ix_.info[t - 1].entity;
    };
    while (b < hi && (b - k < kMaxChunk || inside_entity(b))) {
      if (inside_entity(b)) {
        ++b;
        continue;
      }
      if (boundary(b)) break;
      const TokenInfo& x = ix_.info[b];
      bool source = is_source(b, hi);
      if (ix_.is(b, QuoteWord::Preposition)) {
        if (head) break;
        // "figures released under the Freedom of Information Act": after a participle, only "by" names who did
        // it; a name after another preposition is no source.
        if (b > k && !ix_.word_is(b, "by") && ix_.ed_form(b - 1)) break;
      } else if (source) {
        head = true;
        named = named || x.entity >= 0 || x.run >= 0;
        org_noun = x.entity < 0 && (x.speaker == SpeakerWord::OrgNoun || x.speaker == SpeakerWord::Document);
      } else if (x.lower && head && named) {
        // "said the Bulgarian BTA news agency": the name modifies a source noun a word or two on.
        uint32_t n = b;
        while (n < hi && n < b + 2 && ix_.info[n].lower && !ix_.info[n].speaker && !boundary(n) &&
               !ix_.is(n, QuoteWord::Preposition) && !ix_.is(n, QuoteWord::Aux) && !ix_.info[n].cue)
          ++n;
        if (n < hi && ix_.info[n].lower && ix_.info[n].speaker == SpeakerWord::OrgNoun) {
          b = n + 1;
          continue;
        }
        break;
      } else if (x.lower && head && b > k && ix_.possessive(b - 1)) {
        // "according to the council's own equality assessment": describing words between a possessor and its
        // document.
        uint32_t n = b;
        while (n < hi && n < b + 3 && ix_.info[n].lower && !ix_.info[n].speaker && !boundary(n) &&
               ix_.kind(n) == TokenKind::Word && !ix_.is(n, QuoteWord::Preposition) && !ix_.is(n, QuoteWord::Aux) &&
               !ix_.info[n].cue)
          ++n;
        if (n == b || n >= hi || ix_.info[n].speaker != SpeakerWord::Document) break;
        b = n;
        continue;
      } else if (x.lower && head && !ix_.is(b, QuoteWord::And)) {
        // "Opposition councillor Helen Marsh": lowercase words between a source noun and a name modify it (not after
        // an organisation noun: "The studio wants Blue Harbour Pictures to ..." is its verb and object).
        if (org_noun) break;
        uint32_t n = b;
        while (n < hi && n < b + 3 && ix_.info[n].lower && !boundary(n) && !ix_.is(n, QuoteWord::Preposition)) ++n;
        if (n == b || n >= hi || !(ix_.info[n].entity >= 0 || ix_.info[n].run >= 0)) break;
        b = n;
        continue;
      } else if (!(x.lower || x.upper || ix_.kind(b) == TokenKind::Number || ix_.possessive(b))) {
        break;
      }
      ++b;
    }
    // "said Vexa CEO and new Orlin general manager Dana Holt": a second role after "and" (describing words, an
    // organisation, role words) up to the person who holds both; that person speaks.
    uint32_t from = k;
    if (head && named && b + 2 < hi && ix_.is(b, QuoteWord::And)) {
      bool role = false;
      for (uint32_t n = b + 1; n < hi && n < b + 8 && !boundary(n); ++n) {
        const TokenInfo& y = ix_.info[n];
        if (y.entity >= 0 && ix_.doc.entities[static_cast<size_t>(y.entity)].label == Label::Person) {
          uint32_t last = n;
          while (last + 1 < hi && ix_.info[last + 1].entity == y.entity) ++last;
          if (role && (last + 1 >= hi || boundary(last + 1))) {
            from = n;
            b = last + 1;
          }
          break;
        }
        if (ix_.is(n, QuoteWord::Preposition) || ix_.is(n, QuoteWord::Aux) || y.cue || ix_.is(n, QuoteWord::That) ||
            ix_.kind(n) != TokenKind::Word)
          break;
        role = role || y.speaker == SpeakerWord::Role;
      }
    }
    phrase = pick(from, b, false, ix_.size());
  }
  if (phrase.empty()) return phrase;
  uint32_t after = phrase.mentions.back().last;
  // "its director of policy, Fergal O'Brien": lowercase words after "of" complete the role; "Head of safety for
  // the Kelby Council, Ana Ruiz,": so does a longer phrase of "of" or "for" up to its comma.
  uint32_t role_end = after;
  bool one_role = phrase.mentions.size() == 1 && phrase.mentions.back().kind == MentionKind::Role;
  if (one_role && after + 1 < hi && ix_.word_is(after, "of")) {
    uint32_t n = after + 1;
    while (n < hi && n < after + 4 && ix_.info[n].lower && !boundary(n) && ix_.info[n].speaker != SpeakerWord::Role &&
           !ix_.is(n, QuoteWord::Preposition))
      ++n;
    if (n > after + 1 && n + 1 < hi && ix_.is_punct(n, ",")) role_end = n;
    // "senior vice president of sales Ana Ruiz": a person named right after the role's "of" phrase is its holder.
    if (n > after + 1 && n < hi && ix_.info[n].entity >= 0 &&
        ix_.doc.entities[static_cast<size_t>(ix_.info[n].entity)].label == Label::Person && n >= start &&
        ix_.info[n - 1].entity != ix_.info[n].entity) {
      uint32_t last = n;
      while (last < hi && ix_.info[last].entity == ix_.info[n].entity) ++last;
      phrase = one_mention(MentionKind::Entity, n, last, last - 1, 3.0f);
      phrase.mentions.back().entity = ix_.info[n].entity;
      after = last;
      role_end = after;
    }
  }
  if (one_role && role_end == after && after + 2 < hi && (ix_.word_is(after, "of") || ix_.word_is(after, "for"))) {
    uint32_t n = after + 1;
    while (n < hi && n < after + kMaxChunk && !ix_.is_punct(n, ",") && !boundary(n) &&
           (ix_.kind(n) == TokenKind::Word || ix_.kind(n) == TokenKind::Clitic))
      ++n;
    if (n > after + 1 && n + 1 < hi && ix_.is_punct(n, ",")) role_end = n;
  }
  if (role_end + 1 < hi && ix_.is_punct(role_end, ",") && phrase.mentions.size() == 1 &&
      (phrase.mentions.back().kind == MentionKind::Role || phrase.mentions.back().kind == MentionKind::Anonymous)) {
    // "according to its director, Rosa Jimenez": the name set beside the role names it; "The chief executive,
    // Priyanka Desai, apologised and said" too.
    uint32_t e = role_end + 1;
    while (e < hi && !ix_.is_punct(e, ",") && !ix_.is_punct(e, ".") && !ix_.is_punct(e, ";") &&
           e - role_end < kMaxChunk)
      ++e;
    std::vector<Mention> inside;
    candidates(role_end + 1, e, inside);
    bool closed = e >= hi || ix_.is_punct(e, ",") || ix_.is_punct(e, ".") || ix_.is_punct(e, ";");
    bool person = !inside.empty() && (inside[0].kind == MentionKind::Name ||
                                      (inside[0].kind == MentionKind::Entity &&
                                       ix_.doc.entities[static_cast<size_t>(inside[0].entity)].label == Label::Person));
    if (closed && inside.size() == 1 && inside[0].first == role_end + 1 && inside[0].last == e && person) {
      phrase.mentions.back() = inside[0];
      after = e;
    }
  }
  // "according to prosecutors and police": a second source noun after "and" belongs to the phrase, also after one
  // describing word ("according to court filings and local residents").
  if (after + 1 < hi && ix_.is(after, QuoteWord::And)) {
    uint32_t n = after + 1;
    const TokenInfo& x = ix_.info[n];
    if (n + 1 < hi && x.lower && ix_.kind(n) == TokenKind::Word && !x.speaker && !x.word && !x.cue && !x.ly &&
        is_source_noun(ix_.info[n + 1].speaker))
      ++n;
    if (is_source_noun(ix_.info[n].speaker) &&
        (n + 1 >= hi || !ix_.info[n + 1].lower || ix_.kind(n + 1) != TokenKind::Word))
      after = n + 1;
  }
  if (!clause_ok && after < hi) {
    // "said China would ...": the phrase is the subject of a clause, not the speaker.
    const Mention& m = phrase.mentions.back();
    bool named = m.kind == MentionKind::Entity || m.kind == MentionKind::Name || m.kind == MentionKind::Pronoun;
    if (ix_.is(after, QuoteWord::Aux) || ix_.is(after, QuoteWord::Negation) ||
        (named && ix_.info[after].lower && !ix_.is(after, QuoteWord::Preposition) &&
         !ix_.is(after, QuoteWord::Question) && !ix_.is(after, QuoteWord::That) && !ix_.is(after, QuoteWord::And) &&
         !ix_.info[after].cue))
      return {};
  }
  if (end) *end = after;
  // "said an official who asked not to be named", "said a source, speaking on condition of anonymity"
  uint32_t stop = std::min<uint32_t>(hi, after + 12);
  for (uint32_t t = after; t < stop; ++t) {
    if (ix_.kind(t) == TokenKind::Quote) break;
    if (ix_.kind(t) == TokenKind::Punct && (ix_.text(t) == "." || ix_.text(t) == ";")) break;
    if (ix_.info[t].speaker == SpeakerWord::AnonymityMarker) phrase.anonymity = true;
  }
  return phrase;
}

SpeakerPhrase PhraseFinder::sentence_subject(uint32_t t) const {
  const Sentence& s = ix_.sentence_of(t);
  uint32_t a = s.first_token, b = s.last_token;
  // A wire dateline is where the story was filed: "PORT ELLERY, Maine — The authority ..., saying".
  if (std::optional<Dateline> d = find_dateline(ix_.doc, a); d && d->end < b) a = d->end;
  // A quotation that opens the sentence is not its subject: "“We will act,” Price said, adding ...".
  while (a < b && (ix_.info[a].quote >= 0 || ix_.kind(a) == TokenKind::Quote || ix_.kind(a) == TokenKind::Dash ||
                   ix_.is_punct(a, ",")))
    ++a;
  if (a >= b) return {};
  // An introductory phrase: "During a phone call earlier this month, ...", "Declining to ..., the sources".
  const TokenInfo& x = ix_.info[a];
  std::string w = ix_.lower(a);
  bool intro = ix_.is(a, QuoteWord::Preposition) || ix_.is(a, QuoteWord::Adverb) || x.ly ||
               ix_.is(a, QuoteWord::Time) || ix_.is(a, QuoteWord::Question) ||
               (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) ||
               (!x.namey && x.entity < 0 && x.upper && !x.speaker && !ix_.is(a, QuoteWord::Determiner));
  if (intro) {
    for (uint32_t k = a + 1; k < b && k < a + 20; ++k) {
      if (ix_.kind(k) == TokenKind::Quote) break;
      // "In Parliament the party has accused ..., claiming": no comma closes the introductory phrase; the subject
      // is the phrase before the first auxiliary.
      if (ix_.is(a, QuoteWord::Preposition) && ix_.is(k, QuoteWord::Aux) && ix_.info[k].lower) {
        SpeakerPhrase subject = subject_before(k, a + 2);
        if (!subject.empty()) return subject;
      }
      if (ix_.is_punct(k, ",")) {
        a = k + 1;
        break;
      }
    }
  }
  SpeakerPhrase phrase = phrase_after(a, b, true);
  // "Skyvale's chief operating officer, Pieter de Vries, apologised and said": a role's holder named in apposition
  // after it is the subject; also after a role written with a capital ("The Chancellor, Miriam Oduya, has ...").
  if (!phrase.empty() &&
      (phrase.mentions.front().kind == MentionKind::Role || phrase.mentions.front().kind == MentionKind::Anonymous ||
       phrase.mentions.front().kind == MentionKind::OrgNoun ||
       (phrase.mentions.front().kind == MentionKind::Name &&
        ix_.info[phrase.mentions.front().head].speaker == SpeakerWord::Role))) {
    uint32_t k = phrase.mentions.front().last;
    while (k < b && k < phrase.mentions.front().last + 4 && ix_.info[k].lower && ix_.kind(k) == TokenKind::Word) ++k;
    if (k + 2 < b && ix_.is_punct(k, ",")) {
      uint32_t at = k + 1;
      int32_t e = ix_.info[at].entity;
      uint32_t last = at;
      while (e >= 0 && last < b && ix_.info[last].entity == e) ++last;
      if (e >= 0 && ix_.doc.entities[static_cast<size_t>(e)].label == Label::Person && last < b &&
          ix_.is_punct(last, ",")) {
        SpeakerPhrase named = one_mention(MentionKind::Entity, at, last, last - 1, 3.0f);
        named.mentions.back().entity = e;
        return named;
      }
    }
  }
  // "Tom Reed gave a talk arguing that ...", "The Met Office issued a warning for Swansea, and warned": a person's or
  // organisation's name that opens the sentence ("the" before it) is its subject, also before a lowercase verb that
  // no table knows (which phrase_after reads as a noun the name modifies, reading on to a name in its object).
  uint32_t n = a + 1 < b && ix_.word_is(a, "the") ? a + 1 : a;
  // "District Judge Lena Hart read ...": capitalised title words before a person's name.
  uint32_t titled = n;
  while (titled < b && titled < n + 3 && ix_.info[titled].entity < 0 && ix_.info[titled].upper &&
         ix_.kind(titled) == TokenKind::Word)
    ++titled;
  if (titled > n && titled < b && ix_.info[titled].entity >= 0 &&
      ix_.doc.entities[static_cast<size_t>(ix_.info[titled].entity)].label == Label::Person)
    n = titled;
  int32_t e = ix_.info[n].entity;
  if (e >= 0 && (ix_.doc.entities[static_cast<size_t>(e)].label == Label::Person ||
                 ix_.doc.entities[static_cast<size_t>(e)].label == Label::Org)) {
    uint32_t last = n;
    while (last < b && ix_.info[last].entity == e) ++last;
    // Not when the phrase after it names a person ("Denver general manager Ana Ruiz has ...").
    const Mention* first = phrase.empty() ? nullptr : &phrase.mentions.front();
    bool person = first && (first->kind == MentionKind::Name ||
                            (first->kind == MentionKind::Entity &&
                             ix_.doc.entities[static_cast<size_t>(first->entity)].label == Label::Person));
    // A person's name opening the sentence is no modifier of a person named after it ("Lena Hart met Tom Reyes
    // and told him ...": Hart is the subject).
    bool opening_person = ix_.doc.entities[static_cast<size_t>(e)].label == Label::Person;
    bool past = !first || (first->first >= last && (!person || opening_person));
    if (past && last < b && ix_.info[last].lower && ix_.kind(last) == TokenKind::Word) {
      phrase = one_mention(MentionKind::Entity, n, last, last - 1, 3.0f);
      phrase.mentions.back().entity = e;
    }
  }
  // "The lead author, Prof Elena Varga, said A but stressed B": a person named beside the role or unnamed noun
  // that opens the sentence is its subject, as for the cue next to it.
  if (!phrase.empty() &&
      (phrase.mentions.back().kind == MentionKind::Role || phrase.mentions.back().kind == MentionKind::Anonymous)) {
    uint32_t comma = phrase.mentions.back().last;
    uint32_t name_end = comma + 1;
    if (comma + 1 < b && ix_.is_punct(comma, ",")) {
      SpeakerPhrase name = phrase_after(comma + 1, b, false, &name_end);
      bool person = name.mentions.size() == 1 &&
                    (name.mentions[0].kind == MentionKind::Name ||
                     (name.mentions[0].kind == MentionKind::Entity &&
                      ix_.doc.entities[static_cast<size_t>(name.mentions[0].entity)].label == Label::Person));
      if (person && name_end < b && ix_.is_punct(name_end, ",")) phrase = name;
    }
  }
  return phrase;
}

}  // namespace aa::quotes
