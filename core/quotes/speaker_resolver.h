// Speaker resolution: a speaker phrase (speaker_phrases.h) resolved to entity clusters: names and surnames,
// pronouns, roles ("the spokesperson"), organisation nouns ("the company"), anonymous sources, and several
// speakers at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "quotes/context.h"
#include "quotes/speaker_phrases.h"

namespace aa::quotes {

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
  // "the chancellor" with no name beside it, outside quotations: whom a later he/she may stand for.
  struct RoleMention {
    uint32_t first, head;  // "the" and the role word
    uint32_t sentence;
  };
  struct GroupMention {
    uint32_t token;
    uint32_t sentence;
    int32_t cluster;
    std::string name;
    bool org;            // an organisation (it, they) rather than people (they)
    bool place = false;  // a GPE: a country, state or city (which "the government" may stand for)
  };

  const TextIndex& ix_;
  std::vector<PersonMention> persons_;  // in text order
  std::vector<Holder> holders_;         // in text order
  std::vector<GroupMention> groups_;    // in text order
  std::vector<RoleMention> roles_;      // in text order
  std::vector<std::optional<Gender>> cluster_gender_;
  std::unordered_map<std::string, int32_t> cluster_by_name_;  // lowercase canonical name -> cluster
  std::unordered_map<std::string, int32_t>
      cluster_by_surname_;  // lowercase last word of a person -> cluster, -1 if shared
  std::unordered_map<std::string, std::vector<size_t>> holders_by_role_;
  struct Recent {
    Resolved r;
    uint32_t sentence = 0;
    bool set = false;
    uint32_t token = 0;  // where it was noted: the cue of the quotation it spoke
  } last_person_, last_group_;

  void collect();
  std::string name_of_entity(int32_t e) const;
  std::string phrase_text(uint32_t a, uint32_t b) const;
  // Are tokens [a, b) one word of capital letters ("BTA", "MENA")?
  bool acronym(uint32_t a, uint32_t b) const;
  Resolved resolve_one(const Mention& m, bool anonymity, uint32_t at);
  Resolved from_person(const PersonMention& p) const;
  std::optional<Gender> gender_of(const PersonMention& p) const;
  bool speaks(uint32_t first, uint32_t last) const;
  Resolved resolve_name(const Mention& m);
  Resolved resolve_pronoun(const Mention& m, uint32_t at);
  std::optional<Resolved> epithet_person(const Mention& m) const;
  Resolved resolve_role(const Mention& m, uint32_t at);
  // Does the text call the organisation named at token t by the noun ("the regulator Ofgem", "Ofgem, the
  // regulator,")?
  bool called(uint32_t t, const std::string& noun) const;
  Resolved resolve_org_noun(const Mention& m, uint32_t at);
  // The group an entity names as the speaker ("the US government": the United States' cluster; "Highland Council's
  // spokesman": the council's).
  Resolved place_of(int32_t entity) const;
  std::optional<Resolved> spokesperson_for(const Mention& m, uint32_t at);
  static bool fits(std::optional<OrgKind> noun, const GroupMention& g);
  Resolved resolve_document(const Mention& m, uint32_t at);
  // The Person cluster mentioned most often whose gender is not known to differ from `want`, or -1.
  int32_t main_person(Gender want);
  static constexpr int32_t kUnknown = -2;
  int32_t main_person_[2] = {kUnknown, kUnknown};
  // The speaker phrase that owns a document ("Apple's statement", "the ministry's report"): the words before
  // the possessive clitic at token `clitic`; kind Entity, Name, OrgNoun or Role, or nothing.
  std::optional<Mention> possessor(uint32_t clitic) const;
};

}  // namespace aa::quotes
