// Labels that a word of the name decides (table: core/data/ner_name_words.tsv): events named by one word or
// ending in "Awards" ("the Oscars", "the 81st annual Academy Awards"), which the tagger, trained on
// sets without such events, takes for places or people; storms ("Cyclone Phailin", "Tropical Storm Wanda", and the
// name alone after them); and states or provinces abbreviated with a period
// ("Sacramento, Calif.", "Memphis, Tenn."), which are GPEs although no gazetteer lists them; common acronyms that
// name nothing ("CRLF", "USB", "DUI") are not entities.
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// A verb of advice or request (ner_name_words.tsv Imperative: "Avoid", "Try", "Skip", "Contact" ...), capitalised.
bool imperative_word(const TokenTable& table, uint32_t i);

/// A country, a city or a county by one word the model's lists lack (ner_name_words.tsv Gpe, County: "Turkey",
/// "Korea", "Cumbria"): a place, whatever a company list says of the word.
bool unlisted_place_word(const TokenTable& table, uint32_t i);

/// A verb of advice opening a sentence (or a quotation) is no part of the name the tagger begins with it ("[ORG Avoid
/// Brisco Plumbing] at all costs", "[PERSON Skip the Livraria Lello] queue"): the name starts after it, and after a
/// "the" there; a name of nothing else goes. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void imperatives_outside_names(const Document& doc, const TokenTable& table,
                                                 std::vector<Candidate>& cands);

/// Relabels, replaces and adds candidates as above. Requires: cands sorted by position, non-overlapping; keeps
/// them so.
[[gnu::noinline]] void name_words(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A known place the tagger read as an organisation or a LOC before its local body in lower case ("Former [Brackley]
/// councillor jailed", "[Wexford] county council", "[Kent] police") is the place, a GPE (docs/annotation.md: the
/// place a GPE, the lowercase words no name); a LOC before a lowercase unit ("[Cuyahoga] counties", "[Aceh]
/// province"; not "district", a city's neighbourhood) or after "the village of" is a GPE too. Table: LocalBody,
/// LocalLevel (core/data/ner_name_words.tsv).
[[gnu::noinline]] void local_body_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                         std::vector<Candidate>& cands);

/// One person, one label: a name of two to four capitalised words that the document shows as a person's -- a
/// title ("President Xi Jinping") or a PersonBefore word ("counterpart Xi Jinping") right before one of its
/// mentions, tagged or not -- is a PERSON in every tagged mention, whatever the tagger read in the others; unless
/// the gazetteers know the name as a place, an organisation or an event. Untagged mentions are found later
/// (propagation); but after such a context, two or three capitalised words the tagger left out that start or end
/// with a one-word PERSON of the document are that person's full name ("President Xi Jinping" ... "Xi said").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void person_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                    std::vector<Candidate>& cands);

/// "City council approves ..." (a headline), "County councillors voted": a local level's word alone (LocalLevel of
/// core/data/ner_name_words.tsv), capitalised before a local body's word in lowercase (LocalBody), names no place: no
/// entity, whatever a rule or the tagger made of it. Requires: cands sorted by position; keeps them so.
[[gnu::noinline]] void levels_alone(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A nationality's adjective before a person's name ("lost to American Coco Marlow", "beat Norwegian Casper
/// Hansen"): the adjective is a NORP and two or three capitalised words after it, the first a given name of the
/// lists and none a word of a body, a place, an event or a title ("the Norwegian Refugee Council", "German Chancellor
/// Olaf Scholz"), a PERSON, whether the tagger read the words as one place or left the name out. Requires: cands
/// sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void nationalities_before_persons(const Document& doc, const TokenTable& table,
                                                    std::vector<Candidate>& cands);

/// Members of political parties, capitalised and alone ("Republicans on the panel", "Democrats said", "the Tories";
/// core/data/ner_party_members.tsv), are a NORP (docs/annotation.md: "[Democrats]"), whether the tagger left them
/// out or took them for an organisation; not inside a longer name ("Democrats Abroad", "[ORG Senate Republicans]").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void party_members(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                     std::vector<Candidate>& cands);

/// A name between a lowercase word of politics and the lowercase noun "party" ("the ruling Velora party", "the
/// opposition Tamsel Union party"; class Stance of core/data/ner_party_members.tsv) is the party, an ORG
/// (docs/annotation.md: parties as organisations), whatever the tagger read ("the Harvest party" is an event);
/// a party's adjective ("the ruling Conservative party"), a NORP or a GPE is left as it was.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void parties_named_by_stance(const Document& doc, const TokenTable& table,
                                               std::vector<Candidate>& cands);

/// A national capital (core/data/ner_capitals.tsv) that the gazetteer knows as a big place, tagged a PERSON alone
/// ("Lindqvist accused Tallinn of ...") with no title before it and no person's full name holding it anywhere in
/// the document, and on no list of given names or surnames, is the place: GPE. First, a member of a body named by
/// its state or country after "a" ("a [PERSON Texas Ranger]") is the state alone, a GPE.
[[gnu::noinline]] void places_not_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                          std::vector<Candidate>& cands);

/// A reporter's role at the end of the byline's line read as an organisation ("By Hannah Okafor, [ORG Local
/// Democracy] Reporter"): capitalised words after a comma, right before a role of the titles' list (Reporter,
/// Correspondent, Editor ...) that ends the line, are the role's, no ORG, unless the lists know them ("BBC").
[[gnu::noinline]] void byline_roles(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                    std::vector<Candidate>& cands);

/// Every name of the article's byline is a person: the untagged parts of two to four capitalised words between
/// "and", "&", "/" or commas, with a given name first or a family name last ("By Tom Hale and Priya Nair").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void byline_names(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                    std::vector<Candidate>& cands);

/// A wire dateline's place and region (text/dateline.h: "PORT ELLERY, Maine —", "GLENVALE, Ore. (AP) —") at the
/// start of one of the first body paragraphs are GPEs: an unknown town the tagger left untagged (when a region or
/// an agency shows it is a dateline) or read as a person, a LOC or an ORG (not one the gazetteers list as an
/// organisation's); a DATE the tagger found is left. The agency in its brackets is an ORG ("(Wirewire) -") when the
/// tagger left it untagged. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void dateline_places(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                       std::vector<Candidate>& cands);

/// Newspapers, magazines and broadcasters acting as sources are ORG (docs/annotation.md): a name of the table
/// (core/data/ner_name_words.tsv, Outlet and OutletWord) right after a cue of speech ("told [New Scientist]",
/// "told The [Atlantic]", "said on [Sky News]", "according to [People]"), or any name next to a media noun there
/// ("told [Time] magazine", "told Portuguese newspaper [A Bola]"), whatever the tagger read in it; and a common word
/// that names an outlet (OutletWord), alone at a sentence's start before no verb of reporting, is no name ("People
/// in the town were angry"). Runs after the propagation of names, which spreads "People" to every sentence that
/// starts with it. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void outlet_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// Relatives named in a list after a plural word for them ("two daughters, Ngozi and Ada", "her grandsons Obi and
/// Tunde"; ner_name_words.tsv Relatives): names of one or two capitalised words joined by commas, the last by "and",
/// are people: a place, a group or an organisation the tagger read in one of them, or its words left out, a PERSON.
/// So is one relative named in an apposition after a singular word (Relative: "His mother, Abena, said").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void relatives_named(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A title alone after "the" is no name ("The [LOC Taoiseach] has rejected", "the [PERSON Chancellor] said"): a
/// one-word person, organisation or place whose word is a title of core/data/ner_titles.tsv goes.
[[gnu::noinline]] void titles_alone(const TokenTable& table, std::vector<Candidate>& cands);

/// A name the tagger read as a person right before a possessive and another person's full name is that person's team,
/// employer or country ("[PERSON Ferrari]'s Charles Leclerc", "Mercedes' George Russell"): an ORG, or a GPE where
/// the lists know a country or a state. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void possessors_of_persons(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                             std::vector<Candidate>& cands);

/// In a sports report, a one-word name read as a team that is the surname of a person named in full in the document
/// is that person ("[ORG Djokovic] beats Alcaraz" above "Novak Djokovic finally won"): a PERSON.
[[gnu::noinline]] void surnames_read_as_teams(const TokenTable& table, std::vector<Candidate>& cands);

/// A person's title, capitalised, right before two or three capitalised words the tagger left out ("Councillor Priya
/// Mandal, cabinet member for transport, said"; ner_titles.tsv through the model's title list): the words are the
/// person's name, a PERSON, if the last word is a name of the lists ("Doctor Who Live" is none) and unless the lists
/// know them as a place, a body or an event, one of them is a title's or a body's word, a capitalised word or a
/// possessive follows. Requires: cands sorted by position, non-overlapping;
/// keeps them so.
[[gnu::noinline]] void titled_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                    std::vector<Candidate>& cands);

/// A given name the tagger left out between a role in lower case and the surname it read as a person ("Ireland
/// captain Caelan [PERSON Doris]") is the name's first word.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void given_names_after_roles(const Document& doc, const TokenTable& table,
                                               std::vector<Candidate>& cands);

/// A month that is also a given name, read as a DATE right before a PERSON the tagger found ("The playwright
/// [DATE April] [PERSON De Angelis]"), is the name's first word, after a word for a person, a title, "by", "and",
/// a comma or at the sentence's start (not "in April Hale said").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void month_given_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A lawmaker's seat written right before the name, no comma between ("Conservative MP for North Devon Helen
/// Trew told", "Labour MP for Tiverton Aldo Brisk"): after "MP for", "senator from" and the like, capitalised words
/// whose last two or three open with a given name are the seat, a GPE, and the person, a PERSON (the tagger's names
/// inside them give way). Requires: cands sorted by position, non-overlapping; keeps them so.
void seats_before_names(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// "the State of Minnesota", "STATE OF [ORG OREGON]": "State" or "Commonwealth", "of" and a state or a country the
/// lists know are one GPE; the tagger's ORG on a law's name ("the [ORG Student Futures] Act", "[ORG Clean Water
/// Act]") goes: laws are unmarked (docs/annotation.md). Requires: cands sorted by position, non-overlapping; keeps
/// them so.
[[gnu::noinline]] void states_and_laws(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                       std::vector<Candidate>& cands);

/// A people's adjective that also names a language, used as the language ("speak English", "a word of English",
/// "Dutch speaking"; ner_name_words.tsv LanguageToo), is no entity (the contract has no label for languages): the
/// one-word name on it goes. After the propagation, which would bring it back from the people's mentions.
/// Requires: cands non-overlapping; keeps their order.
[[gnu::noinline]] void languages_used(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// The one-word name right after "appointed" ("the citizens appointed Solon to write new laws"): the person
/// appointed, a PERSON where the tagger left it out or read a town or a region there (not a country or a state; a
/// body stays: "appointed Deloitte as auditor"). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void persons_appointed(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                         std::vector<Candidate>& cands);

/// A ruler's numeral is part of the name ("Louis XIV", "Norton I", "Queen Edith I"): a PERSON right before a Roman
/// numeral takes it in (a one-word name of any label after a ruler's title, ner_name_words.tsv Ruler, is then a
/// PERSON); "I" only after such a title or before a comma, a bracket, a colon or the sentence's end, where it is no
/// pronoun. Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void regnal_numerals(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A court case's name is no entity, nor the parties' names in it (docs/annotation.md: as laws and titles of works):
/// "Hale v. Dorring", "Brown v. Board of Education"; "Marsh v Kellet" without the period only where the sentence speaks
/// of a court ("court", "ruling", "case", "judge" ...), and neither in a sports report ("Eton v Harrow" is a match).
[[gnu::noinline]] void case_names(const Document& doc, const TokenTable& table, bool sports_report,
                                  std::vector<Candidate>& cands);

/// A name the text calls a craft is no entity in any of its mentions (docs/annotation.md: ships, products and
/// vehicles are unmarked): "Stardust is a NASA space capsule that ...", "Kestrel was a small weather satellite.": a
/// name of up to three words, then "is"/"was", "a"/"an"/"the", up to four words and a craft's noun
/// (ner_name_words.tsv Craft) that ends the phrase (not "a satellite town"). Requires: cands sorted by position;
/// keeps them so.
[[gnu::noinline]] void crafts_called(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
