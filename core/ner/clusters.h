// Clusters: the mentions of one entity grouped, with a canonical name (the fullest form, or the gazetteer's name
// for an alias: "U.S." -> "United States", "PRC" -> "China"), and the titles and roles the text gives a person
// ("Russian President Vladimir Putin" -> ["President"]). Table: core/data/ner_titles.tsv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "ner/features.h"
#include "ner/gazetteer.h"

namespace aa::ner {

/// Fills doc.clusters from doc.entities and sets every entity's `cluster`.
/// Requires: doc.entities sorted and non-overlapping, with first_token/last_token into doc.tokens.
/// Promises: every entity is in exactly one cluster; clusters are numbered in the order of their first mention;
/// mentions are in text order; all mentions of a cluster have its label.
/// Merges: the same name (after normalisation, or the same canonical name in the gazetteer); a PERSON named by
/// part of a fuller name ("Price" -> "Ned Price", "Xi" -> "Xi Jinping") when exactly one fuller name fits (two
/// people who share a surname are never merged on the surname alone); an ORG named by the end of a fuller name
/// ("State Department" -> "US State Department") or by its initials ("EU" -> "European Union").
/// `table`, if given, is the document's token table (features.h): its normalised forms and keys are used instead
/// of working them out again (the result is the same).
void build_clusters(Document& doc, const Gazetteer& gazetteer, const TokenTable* table = nullptr);

/// The longest title or role (ner_titles.tsv) that ends right before token `token`, as written in the text,
/// or empty. Exposed for tests.
std::string title_before(const Document& doc, uint32_t token);

/// Is this normalised phrase ("president", "foreign minister", "dame") a title or role of core/data/ner_titles.tsv?
bool is_title(std::string_view normalised_phrase);

}  // namespace aa::ner
