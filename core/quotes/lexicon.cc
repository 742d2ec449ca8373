#include "quotes/lexicon.h"

#include "data/tables.h"

namespace aa::quotes {
namespace {

enum class StarterKind : uint8_t { Starter };

#include "quote_cues.inc"              // kCueWords
#include "quote_org_kinds.inc"         // kOrgKinds
#include "quote_relative_genders.inc"  // kRelativeGenders
#include "quote_speaker_words.inc"     // kSpeakerWords
#include "quote_words.inc"             // kQuoteWords
#include "sentence_starters.inc"       // kSentenceStarters

}  // namespace

std::optional<CueWord> find_cue_word(std::string_view w) {
  return table_find(kCueWords, w);
}
std::optional<SpeakerWord> find_speaker_word(std::string_view w) {
  return table_find(kSpeakerWords, w);
}
std::optional<QuoteWord> find_quote_word(std::string_view w) {
  return table_find(kQuoteWords, w);
}
WordLookups find_word(std::string_view w) {
  const uint32_t h = key_hash(w);
  return {table_find(kCueWords, w, h), table_find(kSpeakerWords, w, h), table_find(kQuoteWords, w, h)};
}
std::optional<Gender> find_relative_gender(std::string_view w) {
  return table_find(kRelativeGenders, w);
}
std::optional<OrgKind> find_org_kind(std::string_view w) {
  return table_find(kOrgKinds, w);
}
bool is_sentence_starter(std::string_view w) {
  return table_find(kSentenceStarters, w).has_value();
}

}  // namespace aa::quotes
