// Cues: a speech verb or phrase with its speaker ("Price said", "said the minister", "told reporters",
// "according to officials", "Bloomberg cited anonymous sources saying").
#pragma once

#include <cstdint>
#include <optional>

#include "quotes/speaker_phrases.h"

namespace aa::quotes {

struct CueMatch {
  uint32_t verb = 0;             // the cue word
  uint32_t first = 0, last = 0;  // the cue's tokens [first, last): "told reporters", "said in a statement"
  CueWord kind = CueWord::Say;
  SpeakerPhrase speaker;        // never empty in a match
  uint32_t begin = 0, end = 0;  // tokens [begin, end) of the whole attribution: speaker and cue
  bool inverted = false;        // the speaker follows the cue ("said Price", "according to officials")
  bool inferred = false;        // the speaker is the sentence's subject ("..., but stated that")
};

class CueFinder {
 public:
  CueFinder(const TextIndex& ix, const PhraseFinder& phrases) : ix_(ix), phrases_(phrases) {}

  /// The cue at token `verb` with its speaker, both inside tokens [lo, hi); nothing if the token is no cue,
  /// the cue is negated or an infinitive ("did not say", "declined to say"), or no speaker is named.
  std::optional<CueMatch> match(uint32_t verb, uint32_t lo, uint32_t hi) const;

  /// One past the cue's last token: the verb, plus "reporters" after "told", plus "in a statement" after it.
  uint32_t extend(uint32_t verb, uint32_t hi) const;

  /// Is the cue at `verb` negated or an infinitive?
  bool negated(uint32_t verb) const;
  /// "stood up to argue that", "piped up on the call to point out that": the verb (after lo) an infinitive of purpose
  /// with "that" after it goes with, else UINT32_MAX.
  uint32_t purpose_verb(uint32_t verb, uint32_t lo) const;
  /// Is the cue at `verb` a participle that describes ("Oler, accused of ...")?
  bool passive(uint32_t verb, uint32_t hi) const;
  // The subject of the sentence for a participle cue after a comma ("X said ..., adding that").
  std::optional<SpeakerPhrase> participle_subject(uint32_t verb, uint32_t lo) const;
  SpeakerPhrase but_clause_subject(uint32_t j, uint32_t from) const;
  SpeakerPhrase relative_person(uint32_t comma, uint32_t from) const;

 private:
  const TextIndex& ix_;
  const PhraseFinder& phrases_;
};

/// Is the word a form of "tell" (which takes the audience as its object)?
bool is_tell(std::string_view lowercase_word);

/// Does "told" at `verb`, right after "and", share a passive verb before it ("has been jailed for life and told he
/// will serve ...": the one told is the subject, no speaker)?
bool told_after_passive(const TextIndex& ix, uint32_t verb);

}  // namespace aa::quotes
