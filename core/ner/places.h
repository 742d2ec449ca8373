// Places the document itself calls places: a one-word name the tagger read as a person ("Marvell": a surname in
// the name lists, and a town) is a place when the text says so once (core/data/ner_place_cues.tsv).
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// Each name of a list after a plural noun of administrative places ("counties Galway, Mayo and Kerry", "the states of
/// Vermont, Maine and New Hampshire"; core/data/ner_place_cues.tsv Units) is a GPE, whatever the tagger read (a person,
/// an organisation, a LOC) or left out. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void places_after_units(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A name the text calls a town, a city or a village right after it ("Kelso Bay is a small fishing town", "Stanmere
/// is a city of 40,000 people", "X, a village near ..."): the tagger's LOC (up to three words), or the untagged
/// capitalised words that open the sentence, a GPE (cue_after). Requires: cands sorted by position, non-overlapping;
/// keeps them so.
[[gnu::noinline]] void places_called_towns(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// "the different States of the Union": a one-word ORG "Union" after "States of the" is the federation of those
/// states, a country (GPE), and so is every "the Union" ORG of the document ("the laws of the Union"); not after
/// "Member" ("Member States of the Union" is a bloc of countries).
[[gnu::noinline]] void federal_unions(const TokenTable& table, std::vector<Candidate>& cands);

/// A one-word, capitalised PERSON (or an ORG no list of organisations has) right after a place word and "of" ("the
/// town of Marvell", "the population of Marvell", "the island of Tessel"), after "near" or "outside" ("roadworks
/// near Marvell"), before a lowercase local office ("Marvell councillor Dev Amin") or before "is a" / ", a" and a
/// place word that ends the phrase ("Marvell is a small fishing town in ..."), before "and other towns" (or cities,
/// villages, islands ...) or after "towns such as", "cities like", "villages including", after "people from" ("visitors
/// from Marvell"), or shaped as a settlement's name after "in" or "near" outside a sports report ("the brewery in
/// Tadcombe": settlement_names' endings) is a place in all its one-word
/// PERSON (ORG) mentions: GPE (LOC for an island); unless
/// the document also shows the word as a person's: a word of a person's full name, or a title before a mention
/// ("Mayor Marvell"), or a possessive after the cue ("the town of Marvell's birth").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void places_named_as_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                              bool sports_report, std::vector<Candidate>& cands);

/// A title, "for" and a country or a state the tagger read as a person ("The Minister for [PERSON Wales]", "the
/// Commissioner for [PERSON Jersey]"): the place a minister or a commissioner serves, a GPE.
[[gnu::noinline]] void places_served_by_titles(const TokenTable& table, const Gazetteer& gazetteer,
                                               std::vector<Candidate>& cands);

/// The two ends of a route, "from X to Y" (one or two capitalised words each, the sentence's words): outside a sports
/// report, when one end is a GPE or LOC, the other -- a one-word PERSON the tagger read, or one capitalised word it
/// left out, not first in the sentence -- is a place too, a GPE ("The coach runs from [PERSON Trevanick] to
/// [GPE Exeter]", "from Exeter to Polwenna"); after "to", a list of such names with a place among them ("from
/// Kennick to Drumlay and [GPE Bodmin]"): all of them places, and the end before "to" a place too; after a travel
/// word and "to", a list with a place or a comma in it ("Ferries sail to Mull, Islay and Barra"): all places;
/// a PERSON so read in all its one-word mentions, unless the document
/// shows the word as a person's (a word of a person's full name). Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void route_places(const Document& doc, const TokenTable& table, bool sports_report,
                                    std::vector<Candidate>& cands);

/// A county, city or province read as an organisation before an official's title ("[ORG Los Angeles County] Fire
/// Chief Anthony Marrone", "Harris County Sheriff X") is the place, a GPE: the title names the office, and the place's
/// other mentions ("a state of emergency for Los Angeles County") follow it.
[[gnu::noinline]] void counties_before_titles(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                              std::vector<Candidate>& cands);

/// Outside a sports report, a city, town, state or country the tagger read as an ORG (a club's city: "routes to
/// [ORG Lyon], [GPE Porto]") in a list beside a GPE, joined by a comma, "and" or "or", is a GPE.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void places_in_lists(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                       bool sports_report, std::vector<Candidate>& cands);

/// A US state's postal code after a place and a comma ("Lawrence, KS", "Baltimore, MD 21202"), followed by
/// no word (a ZIP code, punctuation or the end of the sentence), is a GPE; the tagger leaves most of them out. So is a
/// code right after the place, without the comma, in capitals or in title case, that is no word ("in San Rafael Ca",
/// "Austin TX"; not "Pa", "Ma", "IN"), and one the tagger took with a listed town ("[PERSON Austin TX]": two GPEs).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void state_codes(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                   std::vector<Candidate>& cands);

/// "The" stays outside a place's name (docs/annotation.md): a GPE the tagger began with a lowercase "the" ("moved
/// to the Netherlands") starts after it, and so does an ORG begun with "the", or with "The" inside a sentence ("told
/// The [Washington Post]"; "The" opening a sentence may be how the text names the body: "The League's policy").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
/// A street's name the tagger read as a person or a settlement ("Residents on [PERSON Mill Lane]"): two words or
/// more, the last a capitalised Street word of core/data/ner_place_cues.tsv (Lane, Road, Street, Avenue ...), is a
/// LOC (docs/annotation.md: roads are named facilities, LOC).
/// Villages and towns no gazetteer lists, by the shape of the name: the tagger's LOC of one word that no list knows
/// with a settlement's ending or beginning ("Wendlebury", "Kilbrennan"), or "Upper", "Little" ... and such a word
/// ("Upper Stanton", also where the tagger read it as a person), or such a word and a village's second word
/// ("Brockwell Green"), is a GPE, and so is such a name the tagger left out after "in" or "near", or one word no list
/// knows after "near" that ends the clause ("a village near Glenties.") (docs/annotation.md:
/// villages and towns are GPEs); and so is, wherever it stands, one word of parts joined by lowercase words
/// ("Hay-on-Wye", "Upton-upon-Severn", "Chester-le-Street": ner_place_joiners.tsv). Not in a sports report, where such
/// a name is often the ground ("Headingley"). Tables: ner_place_cues.tsv (Ending, Beginning, Qualifier, Second),
/// ner_place_joiners.tsv.
[[gnu::noinline]] void settlement_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                        bool sports_report, std::vector<Candidate>& cands);

/// Where a person lives, after the name and the age: "Owen Pratt, 31, of Tunbridge Wells" (a PERSON, a comma, a
/// number the rules read as a DATE, a comma, "of"): the capitalised words after "of" (up to three, the tagger's
/// person there or words it left out; not "of the ...", nor a name an organisations' list has) are a GPE, and the
/// same name read as a person elsewhere in the document too (docs/annotation.md: towns are GPEs).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void residents_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                        std::vector<Candidate>& cands);

/// A name the tagger read as a person in a list of places or of organisations after a preposition ("flooding in
/// [GPE Galway] and [PERSON Clare]", "analysts at [ORG Barclays] and [PERSON Peel Hunt]": the items joined by a
/// comma, "and" or "or", after "in", "at", "to", "from" ...; every other item a GPE, or every other an ORG) takes
/// their label, in its other person mentions too; a given name or a one-word name last in the list only before
/// punctuation or a preposition ("in Leeds and Tom Hale went home" is a person opening a clause). First, one
/// capitalised word the tagger left out between a GPE and the list's next name ("parts of [GPE Pembrokeshire],
/// Ceredigion and [PERSON Gwynedd]") becomes a GPE, and so does that name (a GPE, or one word read as a person); so
/// do one to three capitalised words it left out after "and" at the end of a list of places ("in Kent, Hampshire and
/// West Sussex."), before punctuation or a preposition.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void names_in_lists(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A town the tagger read as a person before a comma and its state or country ("a forum in [PERSON Jackson], [GPE
/// Mississippi], next month"): a one-word PERSON after a preposition ("in", "at", "from", "of" ...), a comma, and a
/// GPE the gazetteers list as a state or a country followed by a comma or the sentence's end, is a GPE, in its other
/// one-word person mentions too unless a word of a person's full name.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void towns_before_comma_states(const Document& doc, const TokenTable& table,
                                                 const Gazetteer& gazetteer, std::vector<Candidate>& cands);

/// A name of two words or more the tagger ended at a lowercase particle ("the [LOC Sierra de] las Nieves"; "de",
/// "del", "da", "la", "las", "van", "von" ...): up to two more particles and the capitalised words after them (up to
/// three, or the tagger's name that starts there) are the rest of it, one entity with its label. So for a person's
/// name the tagger ended before the particle ("[PERSON Erik] ten Hag").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void names_across_particles(const Document& doc, const TokenTable& table,
                                              std::vector<Candidate>& cands);

/// A name the text calls a capital ("his home in the capital, [LOC Port Santo]"): a GPE, in all its LOC mentions.
[[gnu::noinline]] void capitals_named(const TokenTable& table, std::vector<Candidate>& cands);

[[gnu::noinline]] void street_names(const TokenTable& table, std::vector<Candidate>& cands);

/// "off [PERSON Land]'s End", "King's Lynn": a one-word name, "'s" and a place's last word (ner_place_cues.tsv
/// Possessive) the tagger left out are one LOC. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void possessive_places(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A place or a body named with its "'s" that the document reads whole once ("at [LOC Lord's]"): the word before
/// "'s", read alone as a one-word person elsewhere ("at [PERSON Lord]'s" in the headline), is the same name with its
/// "'s" there. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void possessive_repeats(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A name the tagger read as an event before "complex", "building" or "buildings" after "the" ("the [EVENT
/// Watergate] complex"): the place, a LOC (docs/annotation.md: a building entered is LOC).
[[gnu::noinline]] void event_buildings(const TokenTable& table, std::vector<Candidate>& cands);

[[gnu::noinline]] void the_outside_places(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// "Brenna and Tolvik lakes", "the Quarn and Velsey islands": two names joined by "and" before a lowercase plural
/// noun of places (core/data/ner_place_cues.tsv: Landform and Kinds) are two such places, LOC, whatever the tagger
/// read (a person by one word that is no given name, an organisation) or left out; a person named in full or by a
/// given name, a GPE or a NORP is another kind of list and stays. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void places_of_a_kind(const TokenTable& table, const Gazetteer& gazetteer,
                                        std::vector<Candidate>& cands);

/// A wild region's name before its lowercase noun (core/data/ner_place_cues.tsv Wild: "Brazil's Amazon rainforest",
/// "the Congo basin", "the Pantanal wetlands"): a LOC (docs/annotation.md: natural regions), whatever the tagger
/// read there (an organisation, a person by one word, a group, a GPE no list holds) or left out after "the"; and so are
/// the name's other mentions the tagger read as an organisation ("the mouth of the Amazon"). Requires: cands sorted by
/// position, non-overlapping; keeps them so.
void wild_regions(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                  std::vector<Candidate>& cands);

/// A range's, an upland's, a wetland's or an archipelago's name, two words or more ending in a plural Landform word
/// of core/data/ner_place_cues.tsv ("the Yorkshire Dales", "the Brecon Beacons", "the Florida Keys"), that the
/// tagger read as an ORG or a NORP, or left out after "the" ("the South Downs"), is a LOC (docs/annotation.md:
/// mountains, regions, islands). So is a natural feature's name, capitalised words ending in a singular Feature word
/// ("Brack Tor", "Wenlow Cavern", "Scarrow Crag"), left out or read as a person (then no word of it a name of the
/// lists: "Tadhg Beck", "Ngozi Cliff" stay people), unless it starts with a given name
/// ("Rosamund Pike") or a gazetteer lists it as a place or an organisation; not the tagger's ORG ("Mine owner
/// Brandholm Ridge"), nor in a sports report (clubs: "Kestrel Valley"). Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void landform_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                      bool sports_report, std::vector<Candidate>& cands);

}  // namespace aa::ner
