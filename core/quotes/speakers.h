// Speakers: the noun phrases that name who speaks (found next to a cue), and their resolution to entity
// clusters: names and surnames, pronouns, roles ("the spokesperson"), organisation nouns ("the company"),
// anonymous sources, and several speakers at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "quotes/context.h"

namespace aa::quotes {

enum class MentionKind : uint8_t { Entity, Name, Pronoun, Role, Anonymous, OrgNoun };

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

  /// A speaker named right after `start` (the cue's end), not at or after `hi`: "said Price", "said the
  /// minister", "according to officials", "cited sources saying". With `clause_ok` false the phrase must not
  /// go on as the subject of a clause ("said China would ..." names no speaker of the cue).
  SpeakerPhrase phrase_after(uint32_t start, uint32_t hi, bool clause_ok, uint32_t* end = nullptr) const;

  /// The subject of the sentence that holds token t: its first noun phrase after an introductory phrase.
  SpeakerPhrase sentence_subject(uint32_t t) const;

 private:
  const TextIndex& ix_;

  bool boundary(uint32_t t) const;
  // Does token e (before b) make the name that ends before it a modifier ("Chinese counterpart")?
  bool modifies(uint32_t e, uint32_t b) const;
  // Can token k be (part of) the head of a speaker phrase that ends before b?
  bool is_source(uint32_t k, uint32_t b) const;
  void candidates(uint32_t a, uint32_t b, std::vector<Mention>& out) const;
  SpeakerPhrase pick(uint32_t a, uint32_t b, bool prefer_right, uint32_t adjacent) const;
  SpeakerPhrase chunk_left(uint32_t j, uint32_t lo, uint32_t adjacent) const;
  SpeakerPhrase subject_with_appositives(uint32_t comma, uint32_t lo) const;
  bool anonymity_between(uint32_t a, uint32_t b) const;
};

/// A speaker resolved for output, with every cluster it stands for (several for joint speakers).
struct Resolved {
  Speaker speaker;
  std::vector<int32_t> clusters;
  bool person = false;  // a person (for he/she later)
  bool group = false;   // an organisation or several people (for they/it later)
  float confidence = 1.0f;
};

/// Resolves speaker phrases to names and clusters, in text order (it remembers recent speakers).
class Resolver {
 public:
  explicit Resolver(const TextIndex& ix);

  /// Resolves `phrase` (non-empty). `at` is the token of the quotation or cue, for recency.
  Resolved resolve(const SpeakerPhrase& phrase, uint32_t at);
  /// Remembers a speaker that was attributed a quotation at token `at`.
  void note(const Resolved& r, uint32_t at);

 private:
  struct PersonMention {
    uint32_t token;
    uint32_t sentence;
    int32_t cluster;  // or -1
    std::string name;
    std::optional<Gender> gender;
    bool subject;  // the first person named in its sentence
  };
  struct Holder {
    uint32_t token;
    std::string role;  // lowercase role word
    size_t person;     // index into persons_
  };
  struct GroupMention {
    uint32_t token;
    uint32_t sentence;
    int32_t cluster;
    std::string name;
    bool org;  // an organisation (it, they) rather than people (they)
  };

  const TextIndex& ix_;
  std::vector<PersonMention> persons_;  // in text order
  std::vector<Holder> holders_;         // in text order
  std::vector<GroupMention> groups_;    // in text order
  std::vector<std::optional<Gender>> cluster_gender_;
  std::unordered_map<std::string, int32_t> cluster_by_name_;  // lowercase canonical name -> cluster
  std::unordered_map<std::string, int32_t>
      cluster_by_surname_;  // lowercase last word of a person -> cluster, -1 if shared
  std::unordered_map<std::string, std::vector<size_t>> holders_by_role_;
  struct Recent {
    Resolved r;
    uint32_t sentence = 0;
    bool set = false;
  } last_person_, last_group_;

  void collect();
  std::string name_of_entity(int32_t e) const;
  std::string phrase_text(uint32_t a, uint32_t b) const;
  Resolved resolve_one(const Mention& m, bool anonymity, uint32_t at);
  Resolved from_person(const PersonMention& p) const;
  std::optional<Gender> gender_of(const PersonMention& p) const;
  bool speaks(uint32_t first, uint32_t last) const;
  Resolved resolve_name(const Mention& m);
  Resolved resolve_pronoun(const Mention& m, uint32_t at);
  Resolved resolve_role(const Mention& m, uint32_t at);
  Resolved resolve_org_noun(const Mention& m, uint32_t at);
};

}  // namespace aa::quotes
