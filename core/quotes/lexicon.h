// The word lists of the quotation stage, compiled in from core/data/{cues,speaker_words,quote_words,
// name_gender}.tsv. Every lookup takes a lowercase word and answers in O(log n) without allocating.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "data/name_gender.h"

namespace aa::quotes {

/// Cue words of reported speech (core/data/cues.tsv).
enum class CueWord : uint8_t {
  Say,
  Report,
  Utter,
  Stance,
  Cite,
  According,
  Audience,
  Medium,
  Impersonal,
  Noun,
  PeopleReport
};

/// Words that make up unnamed speakers (core/data/speaker_words.tsv).
enum class SpeakerWord : uint8_t {
  He,
  She,
  They,
  It,
  I,
  We,
  Anonymous,
  AnonymityMarker,
  Role,
  OrgNoun,
  MaleTitle,
  FemaleTitle,
  Document
};

/// A noun that can head a speaker phrase of its own: a role, an unnamed source, an organisation, a document.
inline bool is_source_noun(std::optional<SpeakerWord> w) {
  return w && (*w == SpeakerWord::Role || *w == SpeakerWord::Anonymous || *w == SpeakerWord::OrgNoun ||
               *w == SpeakerWord::Document);
}

/// Function words and title context (core/data/quote_words.tsv).
enum class QuoteWord : uint8_t {
  Determiner,
  Adverb,
  Aux,
  Negation,
  That,
  Question,
  And,
  But,
  Preposition,
  Time,
  Work,
  TitleVerb,
  ScareVerb,
  Elision,
  Particle,
  Indefinite,
  Act,
  Participle,
  NotAdverb,
};

// Genders of given names: one table for every stage (core/data/name_gender.h).
using aa::find_name_gender;
using aa::Gender;

/// Which organisations an organisation noun can stand for (core/data/speaker_org_kinds.tsv).
enum class OrgKind : uint8_t {
  PublicNoun,
  BusinessNoun,
  PlaceNoun,
  PublicName,
  LabourNoun,
  LabourName,
  AuthorityNoun,
  InstitutionName,
  ClubNoun,
  ClubName,
  CourtNoun,
  GroupModifier
};

std::optional<CueWord> find_cue_word(std::string_view lowercase_word);
std::optional<SpeakerWord> find_speaker_word(std::string_view lowercase_word);
std::optional<QuoteWord> find_quote_word(std::string_view lowercase_word);

/// The three above for one word at once (its hash worked out once).
struct WordLookups {
  std::optional<CueWord> cue;
  std::optional<SpeakerWord> speaker;
  std::optional<QuoteWord> word;
};
WordLookups find_word(std::string_view lowercase_word);
/// The gender a word for a relative or a partner tells (core/data/relative_genders.tsv: "wife", "brother").
std::optional<Gender> find_relative_gender(std::string_view lowercase_word);
/// The kind of an organisation noun or of a word of an organisation's name, if the table lists it.
std::optional<OrgKind> find_org_kind(std::string_view lowercase_word);

/// Is the word one of the sentence openers of core/data/sentence_starters.tsv ("The", "However", ...)?
bool is_sentence_starter(std::string_view lowercase_word);

}  // namespace aa::quotes
