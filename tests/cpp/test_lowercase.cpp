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
