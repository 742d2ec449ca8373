// Quotations and their speakers: every quotation of the article, its kind, who said it and the cue.
//
// Kinds (../shared/CONTRACT.md): direct (a whole statement in quotation marks), partial (quoted words inside
// the writer's sentence), scare (a quoted term no one in the text is said to have spoken), indirect (reported
// speech without marks: "Price added that ...", with the reported content as its span) and block (a quotation
// set apart: a BlockKind::BlockQuote block).
//
// Speakers: Speaker::name is the entity cluster's canonical name ("Ned Price") when the speaker resolves to a
// cluster, else the name as written; "anonymous <noun>" for unnamed sources ("anonymous sources", "anonymous
// official", with anonymous = true); empty when the text names no one. Several speakers ("Lavrov and Qin
// jointly rejected") are one Speaker whose name joins their names with "; " ("Sergey Lavrov; Qin Gang"), whose
// cluster is the first one's and whose mention spans them all; each of their clusters counts the quotation.
// Speaker::mention is where the text names the speaker (the pronoun or the role phrase when those resolve).
// Quote::cue is the cue phrase ("said", "told reporters", "according to", "said in a statement").
#pragma once

#include "document.h"

namespace aa {

/// Finds the quotations of `doc`. Requires: doc.tokens and doc.sentences (tokenize, split_sentences); uses
/// doc.entities and doc.clusters when the entity stage filled them and works without them (a capitalised name
/// before "said" is then a speaker with cluster -1).
/// Promises: doc.quotes is replaced by the quotations in text order (by start), which never overlap; every
/// cluster's quote_count and quote_kinds count the quotations attributed to it; an "unbalanced-quote" warning
/// is appended for each quotation mark that pairs with none (at most 100, then one summary), replacing the
/// stage's warnings of an earlier run. Marks around no words ("", “…”) are no quotations; titles of works ("the
/// film “Oppenheimer”") are scare quotes, or part of the reported speech that holds them. Runs in time linear in the
/// number of tokens (every search is bounded), whatever the input.
/// `passes`: Gated (the default) skips a pass whose trigger the document lacks (TextIndex's passes for words such as
/// "reports" or "per", the transcripts' reader when no token can end a turn's label); Every runs them all, the plain
/// reference the gates are tested against (the same output, tests/cpp/test_quotes.cpp).
enum class QuotePasses : uint8_t { Gated, Every };
[[gnu::noinline]] void find_quotes(Document& doc, QuotePasses passes = QuotePasses::Gated);

}  // namespace aa
