// Words that name nothing though the tagger made a name of them (core/ner/terms.h). Invented text only.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analyser.h"
#include "entity_labels.h"
#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"
#include "ner/terms.h"
#include "prepare.h"
#include "rule_candidates.h"

namespace {

using namespace aa::ner;

const aa::EntityModel& model() {
  return aa::test::embedded_model();
}

/// The candidates given by hand (text of whole tokens, first occurrence after the previous one's start) after
/// acronyms_of_terms() (or contract_names()), as "text LABEL" in text order.
std::vector<std::string> after_acronyms(const std::string& text,
                                        const std::vector<std::pair<std::string, aa::Label>>& given,
                                        bool contracts = false) {
  aa::Document doc = aa::test::prepare(text);
  TokenTable table;
  build_token_table(doc, model().model().gazetteer(), table);
  std::vector<Candidate> cands;
  uint32_t from = 0;
  for (const auto& [words, label] : given) {
    auto [b, e] = aa::test::tokens_of(doc, words, 0, from);
    REQUIRE(e > b);  // the given text is found (tokens_of fails the test otherwise)
    cands.push_back({b, e, label, 900, {}});
    from = b + 1;
  }
  if (contracts)
    contract_names(table, cands);
  else
    acronyms_of_terms(doc, table, cands);
  return aa::test::candidate_texts(doc, cands);
}

}  // namespace

TEST_CASE("acronyms_of_terms: the acronym of a field the text writes out is no place", "[ner][terms]") {
  // "Coastal Heritage" is written out and no entity: "CH" is its acronym, whatever the tagger read; "Tarrow Valley
  // Trust" is an ORG, so its "TVT" keeps its label, and a place that is no acronym of anything stays.
  CHECK(after_acronyms("Few curators in Pellow know much about Coastal Heritage. We run short courses on CH for "
                       "them, and the CH courses are free. The Tarrow Valley Trust pays for them; TVT staff "
                       "teach in Pellow.\n",
                       {{"Pellow", aa::Label::Gpe},
                        {"CH", aa::Label::Loc},
                        {"CH", aa::Label::Gpe},
                        {"Tarrow Valley Trust", aa::Label::Org},
                        {"TVT", aa::Label::Loc},
                        {"Pellow", aa::Label::Gpe}}) ==
        std::vector<std::string>{"Pellow GPE", "Tarrow Valley Trust ORG", "TVT LOC", "Pellow GPE"});
}

TEST_CASE("acronyms_of_terms: letters written out nowhere keep the tagger's label", "[ner][terms]") {
  // A capitalised run beside an entity is part of a name the tagger cut, not a term: "NH" stays.
  CHECK(after_acronyms("She moved from Nether Hollow to NH last year.\n",
                       {{"Hollow", aa::Label::Gpe}, {"NH", aa::Label::Gpe}}) ==
        std::vector<std::string>{"Hollow GPE", "NH GPE"});
}

TEST_CASE("question_words: a question word alone is no organisation", "[ner][terms][entities]") {
  aa::Analyser analyser;
  aa::Document doc = analyser.analyse(
      "WHO WANTS TO VOLUNTEER FOR THE SPRING FAIR?\n\nThe club's Who's Who of local sailors lists forty names. The "
      "WHO said the outbreak was over.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(labels_of(doc, "WHO") == "ORG");  // the agency, in a sentence in ordinary case
  CHECK(label_of(doc, "Who") == "none");
}

TEST_CASE("contract_names: a contract's name is no organisation", "[ner][terms]") {
  // Whatever the tagger read: "Guarantee" alone goes, "[ORG Velmark Corporation Guaranty]" is the company; a
  // contract word after no company's suffix is left as it is.
  CHECK(after_acronyms("Attached please find the Velmark Corporation Guaranty. The Guarantee is in Word format, "
                       "and the Tarrow Agreement follows.\n",
                       {{"Velmark Corporation Guaranty", aa::Label::Org},
                        {"Guarantee", aa::Label::Org},
                        {"Tarrow Agreement", aa::Label::Org}},
                       true) == std::vector<std::string>{"Velmark Corporation ORG", "Tarrow Agreement ORG"});
}

TEST_CASE("contract_names: in a whole e-mail the company before its guaranty is the ORG", "[ner][terms][entities]") {
  aa::Analyser analyser;
  aa::Document doc =
      analyser.analyse("Dear Ana,\n\nAttached please find the Velmark Corporation Guaranty for your review.\n");
  CAPTURE(aa::to_inline_text(doc));
  CHECK(label_of(doc, "Velmark Corporation") == "ORG");
  CHECK(label_of(doc, "Velmark Corporation Guaranty") == "none");
}
