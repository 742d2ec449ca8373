// Places the document itself calls places (core/ner/places.cc). Invented text.
#include <catch2/catch.hpp>
#include <string>

#include "analyser.h"
#include "entity_labels.h"
#include "json/writers.h"

TEST_CASE("places: a one-word name the text calls a town is a place in every mention", "[ner][places]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Marvell is a town on the island of Tessel. Fishing came to Marvell in 1947, and Marvell grew. Today "
      "divers visit Marvell.\n\n"
      "The population of Dunholt fell last year. Dunholt has a harbour.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Marvell") == "GPE GPE GPE GPE");  // was PERSON: a surname in the name lists
  CHECK(labels_of(doc, "Dunholt") == "GPE GPE");
  CHECK(labels_of(doc, "Tessel") == "LOC");
}

TEST_CASE("places: a title, a full name or a role keeps the person", "[ner][places]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Mayor Kestrel said the town of Kestrel was old. Kestrel is a town councillor.\n\n"
      "Anna Marvell met the residents of Marvell on Friday. Marvell said she was pleased.\n");
  CAPTURE(aa::to_inline_text(doc));
  // The person's mentions stay PERSON; "the town of Kestrel" itself names the town (a rule of names.cc: a name after
  // "the town of" / "the village of" is a GPE).
  CHECK(labels_of(doc, "Kestrel") == "PERSON GPE PERSON");
  CHECK(labels_of(doc, "Anna Marvell") == "PERSON");
  CHECK(labels_of(doc, "Marvell") == "PERSON PERSON");
}

TEST_CASE("places: a US state's postal code after a place and a comma is a GPE", "[ner][places]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Best bakery in Lawrence, KS and the staff are lovely. Ship it to Baltimore, MD 21202 please.\n\n"
      "In Boston, MA rules were changed.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "KS") == "GPE");
  CHECK(labels_of(doc, "MD") == "GPE");
  CHECK(labels_of(doc, "MA") == "none");  // a word after it: no address
}

TEST_CASE("places: \"the\" stays outside a country's name", "[ner][places]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse("She moved to the Netherlands in 2010.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "the Netherlands") == "none");  // was the GPE
  CHECK(labels_of(doc, "Netherlands") == "GPE");
}

// Tenth editor's round (session 11, an invented travel guide): "from X to Y" where one side is a place the lists
// know: the other side, a name the tagger read as a person or left out, is a place too ("The coach runs from
// [PERSON Trevanick] to Exeter", "from Exeter to Polwenna"), in its other mentions too; not where neither side is a
// place ("from Hale to Pryor").
TEST_CASE("places: the other end of 'from X to Y' is a place", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "The coach runs from Trevanick to Exeter twice a day, and Trevanick has one shop. Trains go from Exeter to "
      "Polwenna and on to Bodmin. The job passed from Tom Hale to Kerensa Pryor in May.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Trevanick") == "GPE GPE");
  CHECK(label_of(doc, "Polwenna") == "GPE");
  CHECK(label_of(doc, "Tom Hale") == "PERSON");
  CHECK(label_of(doc, "Kerensa Pryor") == "PERSON");
  aa::Document list = analyser.analyse(
      "Getting around the islands\n\nFerries sail from Oban to Mull, Barra and Corrach, and from Kennick to Drumlay "
      "and Jura. On Mull, the main town is Tobermory.\n");
  CAPTURE(aa::to_inline_text(list));
  CHECK(label_of(list, "Corrach") == "GPE");
  CHECK(label_of(list, "Drumlay") == "GPE");
}

// The same round (an invented walking blog): a hill's, a cave's or a cove's name, capitalised words ending in a word
// for a natural feature ("Wenlow Cavern", "Scarrow Pike", "Helm Crag": ner_place_cues.tsv Feature), which the tagger
// left out or read as a person, is a LOC (docs/annotation.md: mountains and other places); not a
// person's name that starts with a given name ("Rosamund Pike").
TEST_CASE("places: a name ending in Tor, Cavern, Pike or Crag is a LOC", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "On Saturday we climbed Brack Tor and explored Wenlow Cavern, then walked down to Carrow Cove. Next day we "
      "climbed Scarrow Crag and Helm Tarn. Rosamund Pike was there too.\n");
  CAPTURE(aa::to_inline_text(doc));
  for (const char* place : {"Brack Tor", "Wenlow Cavern", "Carrow Cove", "Scarrow Crag", "Helm Tarn"}) {
    CAPTURE(place);
    CHECK(label_of(doc, place) == "LOC");
  }
  CHECK(label_of(doc, "Rosamund Pike") == "PERSON");
  // People whose surname is a feature's word, with given names the lists lack, stay people.
  aa::Document people = analyser.analyse(
      "Chidi Gill, a nurse, agreed. Tadhg Beck and Ngozi Cliff wrote the report. We met Orrin Beck at noon, then "
      "walked up Lose Hill.\n");
  CAPTURE(aa::to_inline_text(people));
  CHECK(label_of(people, "Chidi Gill") == "PERSON");
  CHECK(label_of(people, "Tadhg Beck") == "PERSON");
  CHECK(label_of(people, "Ngozi Cliff") == "PERSON");
  CHECK(label_of(people, "Orrin Beck") != "LOC");
  CHECK(label_of(people, "Lose Hill") == "LOC");
}

// The same round (an invented weblog): a travel verb and a particle before "to" ("drove over to Bakewell", "headed
// back to Harwick"): the one-word person the tagger read after them is a place, in all its mentions.
TEST_CASE("places: a name after 'drove over to' or 'headed back to' is a place", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "After lunch we drove over to Bakewell for the famous pudding, and Bakewell was busy. Next morning we "
      "headed back to Harwick, where Harwick market was on.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Bakewell") == "GPE GPE");
  CHECK(labels_of(doc, "Harwick") == "GPE GPE");
}

// The same round (an invented travel guide): every name of a list after a travel word and "to" ("Ferries sail to
// Mull, Islay and Barra", "Ferries to Harris and Lewis") is a place, as the first one already was, the tagger's
// people there and the words it left out.
TEST_CASE("places: the names listed after 'ferries sail to' are places", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Ferries sail to Mull, Islay and Barra every day. Ferries to Harris and Lewis leave in the morning.\n");
  CAPTURE(aa::to_inline_text(doc));
  for (const char* place : {"Mull", "Islay", "Barra", "Harris", "Lewis"}) {
    CAPTURE(place);
    CHECK(label_of(doc, place) == "GPE");
  }
}

// The same round (an invented travel guide): a name after "a taxi to", "the train to", "a bus to" that the tagger
// read as a person is a place (ner_place_cues.tsv To), in its other mentions too. (Not "the trip to X", which in a
// sports report is a club's away match.)
TEST_CASE("places: a name after 'a taxi to' is a place", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "From the airport a taxi to Cawdor takes twenty minutes, and Cawdor has two hotels. The train to Brodie "
      "stops twice a day.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Cawdor") == "GPE GPE");
  CHECK(label_of(doc, "Brodie") == "GPE");
}

// The same round (invented forum questions): a state's postal code right after a town, without the comma and in any
// case ("What to do in San Rafael Ca?", "i live in Pellston Mi like near the lake", "Austin TX?"), is a GPE; not a
// code that is also a word ("Hale Pa said", "in Boston Ma").
TEST_CASE("places: a state's code right after a town, in any case, is a GPE", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "What is there to do in Sacramento Ca?\n\nI live in Tucson Az like near the mall.\n\nAny tips for Austin TX?\n\n"
      "We moved to Boston Ma and loved it.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Ca") == "GPE");
  CHECK(label_of(doc, "Az") == "GPE");
  CHECK(label_of(doc, "TX") == "GPE");
  CHECK(label_of(doc, "Ma") == "none");
}

// The same round (invented adversarial text): a comma after the place is no list ("We moved to Leeds, Sarah stayed":
// Sarah stays a person); a list ends with "and" or "or" ("Ferries sail to Mull, Eigg, and Rum").
TEST_CASE("places: a comma after a route's place is no list", "[ner][places][editor10]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "We moved to Leeds, Sarah stayed. The bus runs from Exeter to Bodmin, Tom said. Ferries sail to Mull, Eigg, "
      "and Rum.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Sarah") == "PERSON");
  CHECK(label_of(doc, "Tom") == "PERSON");
  CHECK(label_of(doc, "Rum") == "GPE");
}

// Twelfth editor's round (session 12, a travel guide and a wiki-style article): a name the tagger read as a region, or
// left out, that the text calls a town ("Kelso Bay is a small fishing town", "Stanmere is a city of 40,000 people")
// is a GPE; a lake called a reservoir stays a LOC.
TEST_CASE("places: a region or untagged words called a town are a GPE", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "Kelso Bay is a small fishing town on the west coast. Stanmere is a city of 40,000 people. Lake Tarn is a "
      "reservoir. Buses to Kelso Bay leave twice a day.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Kelso Bay") == "GPE GPE");
  CHECK(label_of(doc, "Stanmere") == "GPE");
  CHECK(label_of(doc, "Lake Tarn") == "LOC");
}

// The same rule: a capitalised word opening a sentence before a local office is no town ("Opposition councillor").
TEST_CASE("places: 'Opposition councillor' opening a sentence is no place", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse("Opposition councillor Ruth Penhale said the plan was too late.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Opposition") == "none");
  CHECK(label_of(doc, "Ruth Penhale") == "PERSON");
}

// The same round (a forum thread about landmarks): a building, a bridge or a monument is a place, a LOC
// (docs/annotation.md), not the ORG the tagger reads in "the Kestrel Tower" (ner_place_cues.tsv Structure).
TEST_CASE("places: a tower, a bridge or a monument the tagger read as a body is a LOC", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "TIL that the Eiffel Tower grows about 15 cm in summer. The same happens to the Pellow Memorial and the Avonside "
      "Bridge, my uncle said.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Eiffel Tower") == "LOC");
  CHECK(label_of(doc, "TIL") == "none");  // "today I learned" (ner_name_words.tsv NotName)
  CHECK(label_of(doc, "Pellow Memorial") == "LOC");
  CHECK(label_of(doc, "Avonside Bridge") == "LOC");
}

// Second round of the twelfth editor (invented text): a square's or a crossing's name ending in "Chowk" is a place,
// as a street's is.
TEST_CASE("places: a chowk is a place", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse("Buses run often between the bus depot and Tilak Chowk, passing the market.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Tilak Chowk") == "LOC");
}

// The same round: a pronoun or another word that opens sentences is no town the text calls one ("It is a country of
// hard-working people", "This is a city of 40,000 people": were GPEs).
TEST_CASE("places: 'It is a country' names no place", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "It is a country of hard-working people.\n\nThis is a city of 40,000 people.\n\nStanmere is a city of 9,000 "
      "people.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "It") == "none");
  CHECK(label_of(doc, "This") == "none");
  CHECK(label_of(doc, "Stanmere") == "GPE");
}

// The same round: a name the tagger read as an event before "complex" or "building" after "the" is the building, a
// LOC ("the [EVENT Watergate] complex" before).
TEST_CASE("places: an event's name before 'complex' or 'building' is the building", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "The burglars were caught inside the Watergate complex in Washington in June 1972. Reporters gathered outside "
      "the Watergate building.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Watergate") == "LOC LOC");
}

// The same round: a one-word name before "magistrates" is the town of the court ("by [PERSON Kesworth] magistrates"
// before), as before "councillor".
TEST_CASE("places: the name before 'magistrates' is a town", "[ner][places][editor12]") {
  aa::Analyser analyser;
  aa::Document doc =
      analyser.analyse("Dale Pinner, 23, was remanded in his absence by Kesworth magistrates on Monday.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Kesworth") == "GPE");
  CHECK(label_of(doc, "Dale Pinner") == "PERSON");
}

TEST_CASE("places: an air force base is a place, not the air force", "[ner][places][ner15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "There is another Fairview in Oregon, the site of a rather large Air Force Base. The jets flew out of "
      "Coldwater Air Force Base on Monday, and the Air Force said the flights would go on.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Air Force Base") == "LOC");
  CHECK(label_of(doc, "Coldwater Air Force Base") == "LOC");
  CHECK(label_of(doc, "Air Force") == "ORG");
}

TEST_CASE("places: bridges named together are a place, not a body", "[ner][places][ner15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse("The store is close to the Union Bridges and the park.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Union Bridges") == "LOC");
}

TEST_CASE("places: a venue's centre is a building, not a body", "[ner][places][ner15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "I like the grill on Hayes Street, and it is right by Civic Center, so you can walk to the Opera House. The "
      "show moved to the Harbourside Convention Centre last year.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Civic Center") == "LOC");
  CHECK(label_of(doc, "Harbourside Convention Centre") == "LOC");
}

// GUM's genres (session 15): a city whose name ends in "s" before a noun it modifies ("the Dallas chapter", "the
// Athens office") is the city, a GPE, in all its mentions: the plural rule of the_places ("in the Highlands": a range
// or islands the lists hold as a town) is for towns, not for the cities of the lists (15,000 people or more).
TEST_CASE("places: a city ending in s after 'the' and before a noun stays a GPE", "[ner][places][gum15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "The Dallas chapter of the charity met on Tuesday. She grew up in Dallas.\n\n"
      "The Athens office closed in May, and its staff moved to Athens itself.\n\n"
      "Walkers in the Highlands were warned about the weather.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "Dallas") == "GPE GPE");  // was LOC LOC
  CHECK(labels_of(doc, "Athens") == "GPE GPE");
  CHECK(labels_of(doc, "Highlands") == "LOC");
}

// GUM's genres (session 15): cities by the names English texts write that the model's lists lack ("Frankfurt": the
// lists hold "Frankfurt am Main"; "St Petersburg" without the period; "Washington D.C."), GPEs (ner_name_words.tsv
// Gpe); an island group the lists hold as a town ("Luzon") a LOC (Region).
TEST_CASE("places: cities by names the lists lack are GPEs, islands LOCs", "[ner][places][gum15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "After a brief stay in Frankfurt the family moved to Basel. She later taught music in St Petersburg for a "
      "decade.\n\n"
      "The delegation flew to Washington D.C. on Monday. Workers came from Luzon to the mines.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Frankfurt") == "GPE");  // was LOC
  CHECK(label_of(doc, "St Petersburg") == "GPE");
  CHECK(label_of(doc, "Washington D.C.") == "GPE");
  CHECK(label_of(doc, "Luzon") == "LOC");  // was GPE
}

// GUM's genres (session 15): a region of the lists before a comma and a country opens a list of places; it is no town
// of that country ("of Wexcombe, Northamptonshire" is), and stays a LOC.
TEST_CASE("places: a region before a comma and a country stays a LOC", "[ner][places][gum15]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "When the plan proposed radar sites in Eastern Europe, Poland and Hungary, it angered the neighbours.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Eastern Europe") == "LOC");  // was GPE
  CHECK(label_of(doc, "Poland") == "GPE");
}
