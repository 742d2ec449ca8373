// Speaker phrases: the noun phrases that name who speaks, found next to a cue (subject, appositives, relative
// clauses, "said X", joint speakers). Their resolution to clusters is speaker_resolver.h.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "quotes/context.h"

namespace aa::quotes {

enum class MentionKind : uint8_t { Entity, Name, Pronoun, Role, Anonymous, OrgNoun, Document };

/// One noun phrase that names a speaker.
struct Mention {
  MentionKind kind = MentionKind::Name;
  uint32_t first = 0, last = 0;  // tokens [first, last) of the phrase ("the State Department spokesperson")
  uint32_t head = 0;             // the token that decides (the pronoun, the role or source noun)
  int32_t entity = -1;           // Entity: index into Document::entities
  int32_t run = -1;              // Name: index into TextIndex::runs
  bool definite = false;         // "the spokesperson" (not "a spokesperson")
  bool possessed = false;        // "his spokesman", "Price's spokesman"
  float priority = 0;
};

/// The mention of entity `e` over tokens [first, last), its last token the head.
inline Mention entity_mention(int32_t e, uint32_t first, uint32_t last, float priority = 0) {
  Mention m;
  m.kind = MentionKind::Entity;
  m.first = first;
  m.last = last;
  m.head = last - 1;
  m.entity = e;
  m.priority = priority;
  return m;
}

/// Who speaks: usually one mention; several for joint speakers ("Lavrov and Qin").
struct SpeakerPhrase {
  std::vector<Mention> mentions;  // in text order
  bool anonymity = false;         // "who asked not to be named", "on condition of anonymity"
  bool empty() const { return mentions.empty(); }
};

/// Finds speaker noun phrases around cues.
class PhraseFinder {
 public:
  explicit PhraseFinder(const TextIndex& ix) : ix_(ix) {}

  /// The subject of the cue at token `cue`, read leftwards, not before token `lo`: "Price said",
  /// "Price, a spokesperson for Y, said", "an official who asked not to be named said", "Lavrov and Qin
  /// jointly rejected". Empty if the words before the cue name no speaker.
  SpeakerPhrase subject_before(uint32_t cue, uint32_t lo) const;
  /// "Ana Ruiz, lead writer and producer says": the person's name that opens the sentence of `cue`, when only a
  /// description with no closing comma stands between it and the cue (`first`: where the phrase found starts).
  SpeakerPhrase person_opening(uint32_t first, uint32_t cue) const;
  // "“<quote>,” Ivo Marsh, a spokesman for Governor Ana Ruiz told": the person before the description, after the
  // quotation that opens the sentence (`first`: the person named inside the description); empty if none.
  SpeakerPhrase holder_after_quote(uint32_t first, uint32_t cue) const;

  /// A speaker named right after `start` (the cue's end), not at or after `hi`: "said Price", "said the
  /// minister", "according to officials", "cited sources saying". With `clause_ok` false the phrase must not
  /// go on as the subject of a clause ("said China would ..." names no speaker of the cue).
  SpeakerPhrase phrase_after(uint32_t start, uint32_t hi, bool clause_ok, uint32_t* end = nullptr) const;

  /// The subject of the sentence that holds token t: its first noun phrase after an introductory phrase.
  SpeakerPhrase sentence_subject(uint32_t t) const;

  /// The possessor right before token t, not before `lo`: "the premier's" (a name and its clitic) or "his",
  /// "her", "its", "their" (a pronoun to resolve). Empty if there is none.
  SpeakerPhrase possessor_before(uint32_t t, uint32_t lo) const;

 private:
  const TextIndex& ix_;

  bool boundary(uint32_t t) const;
  /// A comma between a place and its state or country ("Atlanta, Georgia"): one place, no boundary.
  bool comma_in_place(uint32_t t) const;
  // Is token t part of a date or time ("this morning", "early today")?
  bool is_time(uint32_t t) const;
  // Is the cue at token k inside a relative clause after a comma (", who characterized ...")?
  bool in_relative_clause(uint32_t k, uint32_t lo, bool marks_ok = false) const;
  // Is the cue at token k a gerund in a phrase set off by commas (", in announcing the plan,")?
  bool gerund_after_preposition(uint32_t k, uint32_t lo) const;
  // Is the cue at token k "called" or "named" giving a noun its name ("a group called Save the Waterfront")?
  bool names_a_noun(uint32_t k) const;
  // Are tokens [a, b) only words that describe the name after them ("retired teacher")?
  bool modifiers_only(uint32_t a, uint32_t b) const;
  // The token before a parenthesis that ends at token j ("Boxer (D-Calif.)"), else j.
  uint32_t before_parenthesis(uint32_t j, uint32_t lo) const;
  // Does token e (before b) make the name that ends before it a modifier ("Chinese counterpart")? After a
  // person's name (`person`), a verb in the past does not ("Ilse Varga resigned").
  bool modifies(uint32_t e, uint32_t b, bool person = false) const;
  // Can token k be (part of) the head of a speaker phrase that ends before b?
  bool is_source(uint32_t k, uint32_t b) const;
  void candidates(uint32_t a, uint32_t b, std::vector<Mention>& out) const;
  SpeakerPhrase pick(uint32_t a, uint32_t b, bool prefer_right, uint32_t adjacent) const;
  SpeakerPhrase chunk_left(uint32_t j, uint32_t lo, uint32_t adjacent) const;
  SpeakerPhrase subject_with_appositives(uint32_t comma, uint32_t lo) const;
  bool anonymity_between(uint32_t a, uint32_t b) const;
  // A pair of names joined by "and" with the names listed before it by commas ("Britain, France and Canada").
  SpeakerPhrase with_listed_before(SpeakerPhrase phrase, uint32_t lo) const;
  // "County supervisors", "the shopkeepers": a lowercase plural noun at k heading a subject of its own (after a
  // determiner, a capitalised or lowercase modifier, or at the start); the phrase, an unnamed source, or empty.
  SpeakerPhrase plural_noun_subject(uint32_t k, uint32_t lo) const;
  // A cue whose reported clause is explicit: "said that", "said Friday that".
  bool that_follows(uint32_t cue) const;
};

}  // namespace aa::quotes
