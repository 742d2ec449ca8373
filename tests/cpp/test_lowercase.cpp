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
  CHECK(label_of(doc, "georgia") == "PERSON");  // no GPE: also a given name, here after "aunt" (lowercase_persons)
  CHECK(label_of(doc, "turkey") == "none");     // also a common noun
  CHECK(label_of(doc, "us") == "none");         // too short: codes and pronouns
  CHECK(label_of(doc, "centre") == "none");     // a sentence that begins with a capital is no lowercase writing
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

// The same round (an invented chat and forum posts): in a lowercase sentence, a given name of the lists in lowercase
// after "ask", "tell", "with", a word for a relative or a friend, or before "is", "was", "said", or beside another
// given name with "and" ("ask kelly if she wants to come", "my cousin jordan works there", "tina and becca are
// coming"), is a PERSON; not a name that is also a word ("will", "mark": ner_lowercase_words.tsv CommonName), nor
// one after "the" or "my" without a relative's word ("the kelly bag").
TEST_CASE("lowercase_persons: a given name in a lowercase sentence after 'ask' or 'my cousin' is a PERSON",
          "[ner][lowercase][entities][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Chat\n\n"
      "ask kelly if she wants to come .\n\n"
      "my cousin jordan works there .\n\n"
      "tina and becca are coming too .\n\n"
      "i will mark it later .\n\n"
      "she bought the kelly bag .\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "kelly") == "PERSON");
  CHECK(labels_of(doc, "kelly") == "PERSON");  // not "the kelly bag"
  CHECK(label_of(doc, "jordan") == "PERSON");
  CHECK(label_of(doc, "tina") == "PERSON");
  CHECK(label_of(doc, "will") == "none");
  CHECK(label_of(doc, "mark") == "none");
}

// The same round (an invented chat): a speaker's label before a lowercase line ("B: helping my dad move to swindon")
// does not make the line well-cased writing: the lowercase rules read it after the colon.
TEST_CASE("lowercase: a chat's speaker label before a lowercase line", "[ner][lowercase][entities][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "A: did you end up going to that new gym?\n"
      "B: can't saturday, helping my dad move to swindon\n"
      "A: sunday then\n"
      "B: deal. ask kelly if she wants to come\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "swindon") == "GPE");
  CHECK(label_of(doc, "kelly") == "PERSON");
}
