// Organisations from the shape of their names, where the tagger took them for places or people: a company
// suffix ends the name ("Halden Mutual", "Brandt Holdings") or an institution's word does ("Betty Ford Center",
// "Morningside Recovery": a tagged place or person only), or two capitalised names are joined by "&"
// ("Ostrand & Pye"); a short form names the organisation after its full name ("Morningside Recovery" ...
// "Morningside"); a name the tagger found right before a suffix is part of the firm ("[Malcolm Smith] Motorsports");
// an all-capitals word in brackets whose letters are the initials of the words before it names the same body
// ("the World Health Organisation (WHO)"), and so do its other mentions, as does an acronym without brackets
// whose letters are the initials of an organisation the document names in full ("the FTC"). Table:
// core/data/ner_company_words.tsv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "ner/adjust.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// Relabels and joins candidates as above ("Centre" names a venue, not an institution, in a sports report).
/// Requires: cands sorted by position, non-overlapping; keeps them so.
[[gnu::noinline]] void company_names(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                     bool sports_report, std::vector<Candidate>& cands);

/// Is `norm` (lower case, without a final full stop) a word that ends a company's name: a suffix ("inc", "holdings")
/// or a company's word ("systems", "group")? (core/data/ner_company_words.tsv; the clusters join short forms.)
bool company_name_end(std::string_view norm);

/// Is `norm` (lower case, without a final full stop) a word of companies' or institutions' names of
/// core/data/ner_company_words.tsv ("group", "register", "hospital", "national"), not one of a person's (an honorific)
/// or one around a name ("at", a job)?
bool body_name_word(std::string_view norm);

/// The same, or an institution's last word ("school", "hospital", "police"): a body's name ends so.
bool body_name_end(std::string_view norm);

/// The initials of a candidate's name ("Federal Trade Commission" -> "FTC"): the first letter of each capitalised
/// word, small words ("of", "and", "de") and a closing company suffix left out; "" when another word is inside it
/// ("U.S.", a number) or the letters are not 2 to 6.
std::string name_initials(const Document& doc, const TokenTable& table, const Candidate& c);

/// "the National Salt Intake study", "the Data Gardening model": an ORG of two to four capitalised words after "the"
/// and before a lowercase word for a study or a method ("study", "survey", "model" ...), ending in no body's word
/// (ner_company_words.tsv) and in no list of organisations, names the study, no body: dropped.
[[gnu::noinline]] void studies_named(const Document& doc, const TokenTable& table, const Gazetteer& gaz,
                                     std::vector<Candidate>& cands);

/// "Microsoft Word 2.0", "Quillsoft Ledger 4.1": an ORG right before one or two capitalised words and a version
/// number (digits with a dot) is the maker's name inside a product's, and products are unmarked
/// (docs/annotation.md): no entity there; the maker's other mentions stay. Requires: cands sorted by position,
/// non-overlapping; keeps them so.
[[gnu::noinline]] void products_with_versions(const Document& doc, const TokenTable& table,
                                              std::vector<Candidate>& cands);

}  // namespace aa::ner
