// Entity rules: DATE, TIME, MONEY, PERCENT, QUANTITY (core/ner/rules.h), on text through the real tokenizer.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "ner/rules.h"
#include "prepare.h"

namespace {

using aa::test::prepare;

std::vector<std::pair<std::string, std::string>> found(const std::string& text) {
  aa::Document doc = prepare(text);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& m : aa::ner::find_rule_entities(doc)) {
    aa::Span s{doc.tokens[m.begin].span.begin, doc.tokens[m.end - 1].span.end};
    out.emplace_back(std::string(doc.view(s)), aa::label_name(m.label));
  }
  return out;
}

using Found = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("rules: dates", "[ner][rules]") {
  struct Case {
    std::string text;
    Found want;
  };
  std::vector<Case> cases = {
      {"The talks ended on January 25, 2023 in Geneva.", {{"January 25, 2023", "DATE"}}},
      {"They met in Brasilia on 13 November 2019.", {{"13 November 2019", "DATE"}}},
      {"Blinken will discuss the matter in the coming days.", {{"the coming days", "DATE"}}},
      {"Over the past year, China has refrained from criticism.", {{"the past year", "DATE"}}},
      {"During a phone call earlier this month, they spoke.", {{"earlier this month", "DATE"}}},
      {"The leaders held a videoconference last month.", {{"last month", "DATE"}}},
      {"In a report on Tuesday, Bloomberg cited sources.", {{"Tuesday", "DATE"}}},
      {"The law was passed in 1990 and changed in March 2004.", {{"1990", "DATE"}, {"March 2004", "DATE"}}},
      {"Music of the 1990s was louder.", {{"1990s", "DATE"}}},
      {"Two years ago the plant closed.", {{"Two years ago", "DATE"}}},
      {"The war began in the 21st century.", {{"21st century", "DATE"}}},
      {"Growth slowed in late 2019.", {{"late 2019", "DATE"}}},
      {"Prices peaked in mid-2022.", {{"mid-2022", "DATE"}}},
      {"The file is dated 2023-01-25.", {{"2023-01-25", "DATE"}}},
      {"We will know more tomorrow.", {{"tomorrow", "DATE"}}},
      // Eras: a year of one to four digits before BC, BCE, AD or CE (or after AD), a century before one.
      {"The first houses were built in 3000 BC on the hill.", {{"3000 BC", "DATE"}}},
      {"The games ran from 776 BCE to AD 394.", {{"776 BCE", "DATE"}, {"AD 394", "DATE"}}},
      {"By the 7th century BC, unrest had spread.", {{"7th century BC", "DATE"}}},
      {"She placed an ad 30 times.", {}},
      // Decades in words, "the" outside but for a modifier (docs/annotation.md).
      {"Dance halls boomed in the fifties and the late nineteen eighties.",
       {{"fifties", "DATE"}, {"the late nineteen eighties", "DATE"}}},
      {"Vinyl came back in the early 2010s.", {{"the early 2010s", "DATE"}}},
      // Ages are DATE: after a name or a person's noun between commas, "aged", "at the age of", "died at", "she was
      // N." at a sentence's end, "N-year-old"; a plain count between commas is no age.
      {"Orla Benn, 47, opened the bakery; her son, 9, helped.", {{"47", "DATE"}, {"9", "DATE"}}},
      {"The poet died at 88 in Lisbon, aged 88.", {{"88", "DATE"}, {"88", "DATE"}}},
      {"He retired at the age of 61. She was 59.", {{"61", "DATE"}, {"59", "DATE"}}},
      {"The 33-year-old tenor and a two-year-old colt.", {{"33-year-old", "DATE"}, {"two-year-old", "DATE"}}},
      {"Rooms 4, 5, 6 were closed.", {}},
      {"Children aged 8 to 10 took part.", {}},
      // A length of time in one hyphenated word.
      {"She began a 90-day stay and a three-month course.", {{"90-day", "DATE"}, {"three-month", "DATE"}}},
      // A cricket format is no length of time.
      {"They lost the one-day series after a two-day rest.", {{"two-day", "DATE"}}},
      // A year before a singular noun, or in a list of years.
      {"The 2006 film beat a 2012 remake.", {{"2006", "DATE"}, {"2012", "DATE"}}},
      {"She hosted the 2004 and 2005 galas.", {{"2004", "DATE"}, {"2005", "DATE"}}},
      {"The 2000 delegates voted.", {}},
      // The year of a reference in brackets.
      {"We follow a four-step plan (Okonkwo, 2010).", {{"2010", "DATE"}}},
      {"See the survey (Brandt et al., 2015; Lee, 2016).", {{"2015", "DATE"}, {"2016", "DATE"}}},
      {"They counted cars, 2010 of them.", {}},
      // Not dates: a modal verb, a count, a month name as a verb at the start of a sentence.
      {"May I ask a question?", {}},
      {"He bought 2000 shares of the company.", {}},
      {"March on, they said.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(found(c.text) == c.want);
  }
}

TEST_CASE("rules: times", "[ner][rules]") {
  CHECK(found("The vote closes at 3:30 pm today.") == Found{{"3:30 pm", "TIME"}, {"today", "DATE"}});
  CHECK(found("The strike began at 10 a.m. on Friday.") == Found{{"10 a.m.", "TIME"}, {"Friday", "DATE"}});
  CHECK(found("Talks went on until midnight.") == Found{{"midnight", "TIME"}});
  CHECK(found("He spoke this morning for two hours.") == Found{{"this morning", "TIME"}, {"two hours", "TIME"}});
  // A length of time in one hyphenated word; a day's part after "the" or with a modifier and a weekday; "later"
  // anchors a length of time, "after" with its object does not ("ten minutes after the break").
  CHECK(found("She hosted a half-hour show and a three-hour gala.") ==
        Found{{"half-hour", "TIME"}, {"three-hour", "TIME"}});
  CHECK(found("He arrived late Friday night and left in the morning.") ==
        Found{{"late Friday night", "TIME"}, {"the morning", "TIME"}});
  CHECK(found("She walked out five minutes later.") == Found{{"five minutes later", "TIME"}});
  CHECK(found("They scored ten minutes after the break.") == Found{{"ten minutes", "TIME"}});
  CHECK(found("The deal closed late Monday.") == Found{{"late Monday", "DATE"}});
  // British clock times with a full stop, am/pm written onto the number, a 24-hour clock before a time zone.
  CHECK(found("Officers were called at about 2.15am and left at 11.40pm.") ==
        Found{{"2.15am", "TIME"}, {"11.40pm", "TIME"}});
  CHECK(found("The hall opened at 6.30 pm and again at 2:15am.") == Found{{"6.30 pm", "TIME"}, {"2:15am", "TIME"}});
  CHECK(found("Trading resumed at 0930 GMT.") == Found{{"0930 GMT", "TIME"}});
  CHECK(found("Shares rose 2.15 percent.") == Found{{"2.15 percent", "PERCENT"}});
}

TEST_CASE("rules: months joined to months, and days of a month in a range", "[ner][rules]") {
  CHECK(found("It was seen between March and June.") == Found{{"March", "DATE"}, {"June", "DATE"}});
  CHECK(found("The fair runs from March to May.") == Found{{"March", "DATE"}, {"May", "DATE"}});
  CHECK(found("Ties are played over the weekend of April 5-7.") == Found{{"April 5-7", "DATE"}});
  CHECK(found("We may march to the sea.").empty());
  CHECK(found("March is cold.").empty());
}

TEST_CASE("rules: money, percent, quantities", "[ner][rules]") {
  struct Case {
    std::string text;
    Found want;
  };
  std::vector<Case> cases = {
      {"The deal is worth $4.5bn.", {{"$4.5bn", "MONEY"}}},
      {"It raised US$5.2bn from investors.", {{"US$5.2bn", "MONEY"}}},
      {"The council will spend £12m on defences.", {{"£12m", "MONEY"}}},
      {"A ticket costs 20 euros.", {{"20 euros", "MONEY"}}},
      {"The fund holds 3 billion dollars.", {{"3 billion dollars", "MONEY"}}},
      {"Stamps cost 50 cents more.", {{"50 cents", "MONEY"}}},
      {"Shares fell 3.2% in early trading.", {{"3.2%", "PERCENT"}}},
      {"Rates rose by 15 percent.", {{"15 percent", "PERCENT"}}},
      {"Inflation is 2 per cent.", {{"2 per cent", "PERCENT"}}},
      {"The convoy stretched 40 km along the road.", {{"40 km", "QUANTITY"}}},
      {"A 40km stretch of coast.", {{"40km", "QUANTITY"}}},
      {"The field covers 300 square miles.", {{"300 square miles", "QUANTITY"}}},
      {"They pumped 2 million barrels.", {{"2 million barrels", "QUANTITY"}}},
      // Not money or quantities: bare numbers and a network generation.
      {"The vote was 9-2 in favour.", {}},
      {"Phones with 5G are common.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(found(c.text) == c.want);
  }
}

// Units written onto the number, compounds with a hyphen, earthquake magnitudes (docs/annotation.md: "[magnitude
// 6.3]", "[4.2-magnitude]", "a [6.1] quake" are QUANTITY) and a unit alone after "a".
TEST_CASE("rules: quantities with glued units, compounds and magnitudes", "[ner][rules]") {
  struct Case {
    std::string text;
    Found want;
  };
  std::vector<Case> cases = {
      {"The laptop has a 2.4GHz chip and a 750GB drive.", {{"2.4GHz", "QUANTITY"}, {"750GB", "QUANTITY"}}},
      {"It spins at 5400rpm with a 16MB buffer.", {{"5400rpm", "QUANTITY"}, {"16MB", "QUANTITY"}}},
      {"The phone gets a 12-megapixel camera and an 800 MHz core.",
       {{"12-megapixel", "QUANTITY"}, {"800 MHz", "QUANTITY"}}},
      {"He bought the 15in model.", {{"15in", "QUANTITY"}}},
      {"The 6-foot-11 centre scored.", {{"6-foot-11", "QUANTITY"}}},
      {"They built a 12-metre-long hull.", {{"12-metre-long", "QUANTITY"}}},
      {"Boats patrol a 20-nautical-mile zone.", {{"20-nautical-mile", "QUANTITY"}}},
      {"A magnitude 5.2 earthquake hit the coast.", {{"magnitude 5.2", "QUANTITY"}}},
      {"The tremor had a magnitude of 3.8, officials said.", {{"magnitude of 3.8", "QUANTITY"}}},
      {"A 7.1-magnitude quake struck at dawn.", {{"7.1-magnitude", "QUANTITY"}}},
      {"A 4.9 magnitude quake struck at dawn.", {{"4.9 magnitude", "QUANTITY"}}},
      {"The quake measured 5.7 on the Richter scale.", {{"5.7", "QUANTITY"}}},
      {"A 6.2 quake shook the valley.", {{"6.2", "QUANTITY"}}},
      {"A tremor measuring 4.4 rattled windows.", {{"4.4", "QUANTITY"}}},
      {"Temperatures reached 31 degrees Celsius.", {{"31 degrees Celsius", "QUANTITY"}}},
      {"The drone flew within a foot of the wall.", {{"a foot", "QUANTITY"}}},
      {"The car reached 110 miles an hour.", {{"110 miles an hour", "QUANTITY"}}},
      {"Crews worked in minus 12 degrees.", {{"minus 12 degrees", "QUANTITY"}}},
      {"The new model weighs just 3.1 pounds.", {{"3.1 pounds", "QUANTITY"}}},
      {"A suspect weighing about 170 pounds fled.", {{"170 pounds", "QUANTITY"}}},
      {"The ticket cost 170 pounds.", {{"170 pounds", "MONEY"}}},
      // Not quantities: a count, "in" as a preposition, a score, a version.
      {"Police found 3 in the house.", {}},
      {"The lights were in a yard.", {}},
      {"He scored 6.2 points a game.", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(found(c.text) == c.want);
  }
}

TEST_CASE("rules: matches stay inside sentences and do not overlap", "[ner][rules]") {
  aa::Document doc = prepare("Prices rose 5% in May 2020. In June they fell 3%. On Monday, 2 km of road closed.");
  auto matches = aa::ner::find_rule_entities(doc);
  REQUIRE(matches.size() == 6);
  for (size_t i = 0; i < matches.size(); ++i) {
    if (i) CHECK(matches[i - 1].end <= matches[i].begin);
    bool inside = false;
    for (const auto& s : doc.sentences)
      inside = inside || (s.first_token <= matches[i].begin && matches[i].end <= s.last_token);
    CHECK(inside);
    CHECK(matches[i].score > 0);
    CHECK(matches[i].score <= 1000);
  }
}

// A sentence longer than the matcher's window (1024 tokens) is matched a window at a time, with context on both
// sides: every match is found wherever a window boundary falls, as in a short sentence (issue 17: the matcher's
// tokens were sized by the longest sentence, 88 bytes a token on a run of punctuation).
TEST_CASE("rules: a sentence of thousands of tokens gives each repeated match", "[ner][rules]") {
  const std::string unit = "costs rose 5% on 3 March 2021 at 10:30 am, some 40 km away, and ";
  const Found one = found(unit);
  REQUIRE(one.size() == 4);
  std::string text;
  const size_t repeats = 400;  // 20 tokens a unit: 8,000 tokens, boundaries inside matches at several places
  for (size_t i = 0; i < repeats; ++i) text += unit;
  aa::Document doc = prepare(text);
  REQUIRE(doc.sentences.size() == 1);
  REQUIRE(doc.tokens.size() > 3 * 1024);
  Found want;
  for (size_t i = 0; i < repeats; ++i) want.insert(want.end(), one.begin(), one.end());
  CHECK(found(text) == want);
}
