// Labels from the words of a name and its context (core/ner/names.h), on candidates given by hand: what the rules
// do whatever the tagger read.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"
#include "ner/names.h"
#include "prepare.h"
#include "rule_candidates.h"

namespace {

using namespace aa::ner;

using aa::test::candidate_texts;
using aa::test::tokens_of;

const aa::EntityModel& model() {
  return aa::test::embedded_model();
}

struct Given {
  std::string text;
  aa::Label label;
  size_t nth = 0;  // which occurrence of the text
};

/// The candidates given by hand after one rule of names.h has run, as "text LABEL" in text order.
template <typename Rule>
std::vector<std::string> after_rule(const std::string& text, const std::vector<Given>& given, Rule rule) {
  aa::Document doc = aa::test::prepare(text);
  TokenTable table;
  build_token_table(doc, model().model().gazetteer(), table);
  std::vector<Candidate> cands;
  for (const Given& g : given) {
    auto [b, e] = tokens_of(doc, g.text, g.nth);
    cands.push_back({b, e, g.label, 900, {}});
  }
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  rule(doc, table, cands);
  return candidate_texts(doc, cands);
}

/// The candidates after person_names().
std::vector<std::string> after_person_names(const std::string& text, const std::vector<Given>& given) {
  return after_rule(text, given, [](const aa::Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
    person_names(doc, table, model().model().gazetteer(), cands);
  });
}

/// The candidates after name_words().
std::vector<std::string> after_name_words(const std::string& text, const std::vector<Given>& given) {
  return after_rule(text, given, [](const aa::Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
    name_words(doc, table, cands);
  });
}

}  // namespace

TEST_CASE("name_words: one award's name before a ceremony's word is the ceremony, as a prize it is unmarked",
          "[ner][names]") {
  // Whatever the tagger read: "Oscar host", "Oscar - hosting" name the ceremony (EVENT); "a double Emmy winner",
  // "won a Tony", "an Emmy nomination" the prizes (docs/annotation.md leaves them unmarked); a person named Oscar
  // or Tony keeps the label.
  CHECK(after_name_words(
            "Producers named the Oscar host on Friday. Mina Ray, a double Emmy winner, won a Tony and earned an "
            "Emmy nomination for her Oscar - hosting stint. Tony Blair met her son Oscar, who is eight.\n",
            {{"Oscar", aa::Label::Person},
             {"Mina Ray", aa::Label::Person},
             {"Emmy", aa::Label::Person},
             {"Tony", aa::Label::Person},
             {"Emmy", aa::Label::Org, 1},
             {"Oscar", aa::Label::Person, 1},
             {"Tony Blair", aa::Label::Person},
             {"Oscar", aa::Label::Person, 2}}) ==
        std::vector<std::string>{"Oscar EVENT", "Mina Ray PERSON", "Oscar EVENT", "Tony Blair PERSON", "Oscar PERSON"});
}

TEST_CASE("name_words: a place that is a whole quoted title is no place", "[ner][names]") {
  // docs/annotation.md leaves titles of works unmarked: the film “Tarnow,” is not the town; a place inside a longer
  // quotation, the town itself and an e-mail's display name in quotation marks keep their labels.
  CHECK(after_name_words("She starred in the drama \u201cTarnow,\u201d which was shot in Tarnow by the \u201cVistula "
                         "Cartoon\u201d group. Write to \"Kielce\" <kielce@example.org>.\n",
                         {{"Tarnow", aa::Label::Gpe},
                          {"Tarnow", aa::Label::Gpe, 1},
                          {"Vistula", aa::Label::Loc},
                          {"Kielce", aa::Label::Gpe}}) ==
        std::vector<std::string>{"Tarnow GPE", "Vistula LOC", "Kielce GPE"});
}

TEST_CASE("name_words: a name ending in Cup, Trophy or Playoff is a competition", "[ner][names]") {
  // Named games and tournaments are EVENTs (docs/annotation.md); a league stays an organisation.
  CHECK(after_name_words("Harwich reached the final of the Marlow Youth Cup, and Dunmore won the Eastfield Trophy. "
                         "Both play in the Northern Counties League.\n",
                         {{"Harwich", aa::Label::Org},
                          {"Marlow Youth Cup", aa::Label::Org},
                          {"Dunmore", aa::Label::Org},
                          {"Eastfield Trophy", aa::Label::Gpe},
                          {"Northern Counties League", aa::Label::Org}}) ==
        std::vector<std::string>{"Harwich ORG", "Marlow Youth Cup EVENT", "Dunmore ORG", "Eastfield Trophy EVENT",
                                 "Northern Counties League ORG"});
}

TEST_CASE("person_names: a name after a title is a person in all its mentions", "[ner][names]") {
  // The tagger read the second mention as an organisation; the title before the first says whose name it is.
  CHECK(after_person_names("Chinese President Xi Jinping arrived on Monday.\n\nPutin and his counterpart Xi "
                           "Jinping spoke for an hour.\n",
                           {{"Xi Jinping", aa::Label::Person}, {"Xi Jinping", aa::Label::Org, 1}}) ==
        std::vector<std::string>{"Xi Jinping PERSON", "Xi Jinping PERSON"});
  // "counterpart" is such a context too (ner_name_words.tsv), even when no mention was read as a person.
  CHECK(after_person_names("Putin and his counterpart Xi Jinping spoke. Xi Jinping left.\n",
                           {{"Xi Jinping", aa::Label::Org}, {"Xi Jinping", aa::Label::Gpe, 1}}) ==
        std::vector<std::string>{"Xi Jinping PERSON", "Xi Jinping PERSON"});
}

TEST_CASE("person_names: no context, or a name the gazetteers know, keeps the tagger's labels", "[ner][names]") {
  // No title or PersonBefore word before any mention: the labels stay as they were (the vote decides).
  CHECK(after_person_names("Halden Mutual said on Monday that Halden Mutual would pay.\n",
                           {{"Halden Mutual", aa::Label::Org}, {"Halden Mutual", aa::Label::Person, 1}}) ==
        std::vector<std::string>{"Halden Mutual ORG", "Halden Mutual PERSON"});
  // A place the gazetteers know stays a place, even after a title-like word.
  CHECK(after_person_names("The president New York welcomed was late. New York is large.\n",
                           {{"New York", aa::Label::Gpe}, {"New York", aa::Label::Gpe, 1}}) ==
        std::vector<std::string>{"New York GPE", "New York GPE"});
}

TEST_CASE("person_names: after a title, untagged words with a one-word person are that person's full name",
          "[ner][names]") {
  // "Xi" was tagged alone; "President Xi Jinping" was left out.
  CHECK(after_person_names("Chinese President Xi Jinping arrived. Xi said ties were strong.\n",
                           {{"Chinese", aa::Label::Norp}, {"Xi", aa::Label::Person, 1}}) ==
        std::vector<std::string>{"Chinese NORP", "Xi Jinping PERSON", "Xi PERSON"});
  // Without a person's context before them, untagged words stay untagged.
  CHECK(after_person_names("Visitors met Xi Jinping fans. Xi said ties were strong.\n",
                           {{"Xi", aa::Label::Person, 1}}) == std::vector<std::string>{"Xi PERSON"});
}
