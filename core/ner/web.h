// Names in the shapes of web text and e-mail (uner_en_ewt's genres: reviews, forums, e-mail).
#pragma once

#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// An e-mail header's name written surname first, before the address that holds one of its words:
/// "Hale , Tom" <tom.hale@example.com> is one PERSON, "Hale, Tom" (the tagger read the two words apart, often as
/// places). Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void inverted_names_before_email(const Document& doc, const TokenTable& table,
                                                   std::vector<Candidate>& cands);

/// A small business named by its owner and what it does, "Ray's Pizza", "Burch's Karate" (a name, a possessive,
/// a capitalised word of core/data/ner_business_words.tsv), is one ORG, not the person "Ray"; "Sam's restaurant"
/// names none.
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void owner_businesses(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

/// A place of business named by its owner's possessive alone, after "at", "to" or "near" and before no noun of the
/// owner's (a full stop or a comma, a preposition, a time word or a GPE: "dinner at Rosco's tonight", "going to
/// Rosco's for lunch", "at Rosco's Denver"): the name with its "'s" is the place (LOC), not the person the tagger
/// read. "at Rosco's house", "to Rosco's “Late Show”" and "from Rosco's column" stay the person's. The business
/// itself, an ORG: the possessive alone after "bought from", "ordered from" ("I ordered the tiles from Hennessy's
/// myself"), or before "is", "was", "has", "refused" ... ("Corley's is the best chippy in town": "Corley is is" being
/// no English, the "'s" is no verb); and a one-word place no list knows after "ordered ... from" ("I ordered the
/// parts from [LOC Quickserve]").
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void places_by_owner(const Document& doc, const TokenTable& table, const Gazetteer& gazetteer,
                                       std::vector<Candidate>& cands);

/// A town and its state or country written without the comma ("Pellow Ohio", "near Tarrow Queensland"), one place
/// to the tagger: two GPEs, when the words before the state are a town the gazetteer lists and the whole is no
/// listed name ("Kansas City", "Mexico City" and "New York" stay whole).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void towns_before_states(const TokenTable& table, const Gazetteer& gazetteer,
                                           std::vector<Candidate>& cands);

/// An outlet named by its web address, capitalised, acting as a source ("Sources told Kestrelnews.com",
/// "Kestrelnews.com first reported", "according to X"): one token of letters, digits and hyphens before ".com",
/// ".co.uk", ".org" ... (no "www.", no path) is an ORG, as docs/annotation.md marks "EW.com"; a site one goes to ("Go
/// to X.com") is not. Requires: cands sorted by position, non-overlapping; keeps them so.
void web_address_names(const Document& doc, std::vector<Candidate>& cands);

/// A name after a person and "and" that the tagger left out ("We camped with [PERSON Josh] and Priya from work"):
/// one capitalised word, not before another capitalised word, that no list knows as a place, an organisation, a
/// nationality, a weekday or a title ("and Minister of Defence") and the document never writes in lower case, is a
/// PERSON (the tagger finds the given names its lists have; the others, "Priya", "Aoife", it leaves out). Requires:
/// cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void given_names_after_persons(const Document& doc, const TokenTable& table,
                                                 const Gazetteer& gazetteer, std::vector<Candidate>& cands);

/// A one-word name written in camel case, letters only, a capital inside after three lower-case letters or more, that
/// the tagger read as a person ("Avoid [PERSON TalkTalk]", "BlackRock"): a company's, an ORG; not after a prefix of
/// people's names ("MacLeod", "VanDyke"; "DeShawn" and "McDonald" have two letters before the capital).
void camel_case_companies(const Document& doc, std::vector<Candidate>& cands);

/// Two given names with a comma between them are two people, as greetings list them ("Tom, Ana and Lee -"), not
/// one name the tagger read over the comma; a surname first ("Hale, Tom") stays one (inverted_names_before_email).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void given_names_in_lists(const Document& doc, const TokenTable& table,
                                            std::vector<Candidate>& cands);

/// A transcript's speaker label: a paragraph that opens with a name in capitals and a colon ("MARGOT LEVESQUE: I was
/// about nine.") names a person, when the name is two or three words and the first a given name the lists know,
/// and its last word alone labels the same speaker later ("LEVESQUE: Yes."); a given name the lists know labels one
/// alone ("MAYA:", a podcast's host), and the one-word names of other labels on its mentions are a PERSON too ("I'm
/// [ORG Maya]"). Roles ("INTERVIEWER:", "JUDGE:") and words alone ("NOTE:", "UPDATE:") are none. Requires: cands sorted
/// by position, non-overlapping; keeps them so.
[[gnu::noinline]] void speaker_labels(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands);

}  // namespace aa::ner
