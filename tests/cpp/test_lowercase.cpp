// Names written in lowercase (core/ner/lowercase.h): forum questions and answers. Invented text only.
#include <catch2/catch.hpp>
#include <string>

#include "analyser.h"
#include "entity_labels.h"

TEST_CASE("lowercase_places: a country or a state in a lowercase sentence is a GPE", "[ner][lowercase][entities]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Travel questions\n\n"
      "we are driving from ohio to new mexico next month with two dogs .\n\n"
      "any tips for a week in vermont ?\n\n"
      "my aunt georgia cooked a turkey for us .\n\n"
      "The bridge links the station with the town centre.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "ohio") == "GPE");
  CHECK(label_of(doc, "vermont") == "GPE");
  CHECK(label_of(doc, "new mexico") == "GPE");
  CHECK(label_of(doc, "georgia") == "none");  // also a given name
  CHECK(label_of(doc, "turkey") == "none");   // also a common noun
  CHECK(label_of(doc, "us") == "none");       // too short: codes and pronouns
  CHECK(label_of(doc, "centre") == "none");   // a sentence that begins with a capital is no lowercase writing
}

// Tenth editor's round (session 11, an invented forum thread): a city the lists know, in lowercase after "to", "in",
// "from", "near", "around" or "visiting" in a lowercase sentence ("i m moving to swindon", "any good food in
// kollam"), is a GPE; not a city whose name is a word that such writing uses in lowercase ("in reading",
// "to bath": ner_lowercase_words.tsv Common), nor a city word elsewhere ("the swindon office").
TEST_CASE("lowercase_places: a city after 'to' or 'in' in a lowercase sentence is a GPE",
          "[ner][lowercase][entities][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Moving house\n\n"
      "can t do saturday , helping my dad move to swindon .\n\n"
      "any good places to eat in kollam or near trivandrum ?\n\n"
      "i spent the weekend in reading and then went to bath for a spa day .\n\n"
      "the swindon office is closed .\n\n"
      "do you want to come to the party ? we hope to save a bit .\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "swindon") == "GPE");
  CHECK(labels_of(doc, "swindon") == "GPE");  // not "the swindon office"
  CHECK(label_of(doc, "kollam") == "GPE");
  CHECK(label_of(doc, "reading") == "none");
  CHECK(label_of(doc, "bath") == "none");
  CHECK(label_of(doc, "come") == "none");  // verbs that the lists hold as towns
  CHECK(label_of(doc, "save") == "none");
}
