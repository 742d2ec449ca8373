// The compiled data tables (tools/gen_table.py -> core/tables.h): the hash index finds every key with its own
// value and nothing else, and the entries stay sorted for the prefix searches that walk them.
#include <catch2/catch.hpp>
#include <string>

#include "quotes/lexicon.h"
#include "tables.h"
#include "tokenizer.h"

namespace aa::quotes::table_test {
enum class StarterKind : uint8_t { Starter };
#include "quote_cues.inc"           // kCueWords (280 rows)
#include "quote_name_gender.inc"    // kNameGenders (2,696 rows)
#include "quote_speaker_words.inc"  // kSpeakerWords
#include "quote_words.inc"          // kQuoteWords
#include "sentence_starters.inc"    // kSentenceStarters
}  // namespace aa::quotes::table_test

namespace aa::table_test {
#include "abbreviations.inc"  // kAbbreviations
}  // namespace aa::table_test

namespace {

template <typename T>
void check_table(const T& table) {
  REQUIRE(table.size() > 0);
  std::string_view last;
  size_t i = 0;
  for (const auto& e : table) {
    if (i++ > 0) CHECK(last < e.key);  // sorted, no duplicates
    last = e.key;
    auto found = aa::table_find(table, e.key);
    REQUIRE(found.has_value());
    CHECK(*found == e.value);
    // Near misses: a byte more, a byte less, another last byte.
    std::string longer = std::string(e.key) + "\x01";
    CHECK_FALSE(aa::table_find(table, longer).has_value());
    if (e.key.size() > 1) {
      std::string_view shorter = e.key.substr(0, e.key.size() - 1);
      auto s = aa::table_find(table, shorter);
      bool is_key = false;
      for (const auto& f : table) is_key = is_key || f.key == shorter;
      CHECK(s.has_value() == is_key);
    }
  }
  CHECK(i == table.size());
  CHECK_FALSE(aa::table_find(table, "").has_value());
  CHECK_FALSE(aa::table_find(table, "\xff\xfe not a key").has_value());
}

}  // namespace

TEST_CASE("tables: the index finds every key with its value and nothing else", "[tables]") {
  using namespace aa::quotes::table_test;
  check_table(kCueWords);
  check_table(kNameGenders);
  check_table(kSpeakerWords);
  check_table(kQuoteWords);
  check_table(kSentenceStarters);
  check_table(aa::table_test::kAbbreviations);
}

TEST_CASE("tables: lookups through the stages' functions read core/data", "[tables]") {
  // Rows of core/data/cues.tsv and name_gender.tsv.
  CHECK(aa::quotes::find_cue_word("said") == aa::quotes::CueWord::Say);
  CHECK(aa::quotes::find_cue_word("told") == aa::quotes::CueWord::Say);
  CHECK_FALSE(aa::quotes::find_cue_word("sai").has_value());
  CHECK_FALSE(aa::quotes::find_cue_word("Said").has_value());  // keys are lower case
  CHECK(aa::quotes::find_name_gender("john") == aa::quotes::Gender::Male);
  CHECK(aa::table_hash("") == 2166136261u);   // FNV-1a offset basis
  CHECK(aa::table_hash("a") == 0xE40C292Cu);  // FNV-1a 32 of "a"
}
