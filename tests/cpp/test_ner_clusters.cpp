// Clusters, canonical names and titles (core/ner/clusters.h), on entities placed by hand, so that these tests
// do not depend on what the tagger finds.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/clusters.h"
#include "ner/entities.h"
#include "ner/model.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

using aa::Label;

struct Mark {
  std::string text;
  Label label;
};

// The text through the real first stages, with entities at the first free occurrence of each mark, in order.
aa::Document with_entities(const std::string& text, const std::vector<Mark>& marks) {
  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  size_t from = 0;
  for (const auto& m : marks) {
    size_t at = doc.text.find(m.text, from);
    REQUIRE(at != std::string::npos);
    from = at + m.text.size();
    aa::Entity e;
    e.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + m.text.size())};
    e.label = m.label;
    bool first = false, last = false;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.tokens[i].span.begin == e.span.begin) e.first_token = i, first = true;
      if (doc.tokens[i].span.end == e.span.end) e.last_token = i + 1, last = true;
    }
    REQUIRE(first);
    REQUIRE(last);
    doc.entities.push_back(e);
  }
  return doc;
}

const aa::ner::Gazetteer& gazetteer() {
  static const aa::EntityModel model = aa::EntityModel::embedded();
  return model.model().gazetteer();
}

const aa::Cluster& cluster_of(const aa::Document& doc, size_t entity) {
  return doc.clusters.at(static_cast<size_t>(doc.entities.at(entity).cluster));
}

}  // namespace

TEST_CASE("clusters: a surname joins the one full name it belongs to", "[ner][clusters]") {
  auto doc = with_entities(
      "US State Department spokesperson Ned Price told reporters. Price added that Xi Jinping would come. Xi said yes.",
      {{"US", Label::Gpe},
       {"State Department", Label::Org},
       {"Ned Price", Label::Person},
       {"Price", Label::Person},
       {"Xi Jinping", Label::Person},
       {"Xi", Label::Person}});
  aa::ner::build_clusters(doc, gazetteer());
  CHECK(cluster_of(doc, 2).name == "Ned Price");
  CHECK(doc.entities[3].cluster == doc.entities[2].cluster);
  CHECK(cluster_of(doc, 2).mentions == std::vector<uint32_t>{2, 3});
  CHECK(cluster_of(doc, 2).titles == std::vector<std::string>{"spokesperson"});
  CHECK(cluster_of(doc, 4).name == "Xi Jinping");
  CHECK(doc.entities[5].cluster == doc.entities[4].cluster);
  CHECK(cluster_of(doc, 0).name == "United States");
  CHECK(cluster_of(doc, 1).name == "US State Department");  // the fullest form, with its country
  // Clusters are numbered by first mention; every entity is in one.
  for (size_t c = 0; c < doc.clusters.size(); ++c) CHECK(doc.clusters[c].id == static_cast<int32_t>(c));
  CHECK(doc.clusters.size() == 4);
}

TEST_CASE("clusters: two people who share a surname are not merged on it", "[ner][clusters]") {
  auto doc = with_entities("Joe Biden met Hunter Biden. Biden said nothing.",
                           {{"Joe Biden", Label::Person}, {"Hunter Biden", Label::Person}, {"Biden", Label::Person}});
  aa::ner::build_clusters(doc, gazetteer());
  CHECK(doc.clusters.size() == 3);
  CHECK(cluster_of(doc, 0).name == "Joe Biden");
  CHECK(cluster_of(doc, 1).name == "Hunter Biden");
  CHECK(cluster_of(doc, 2).name == "Biden");
}

TEST_CASE("clusters: a surname after Mr and after Mrs names two people", "[ner][clusters]") {
  // A husband and wife: "Mrs Hale" does not join "Tom Hale"; "Mr Hale" does.
  auto doc = with_entities("Tom Hale and his wife ran the mill. Mr Hale said it would close. Mrs Hale said so too.",
                           {{"Tom Hale", Label::Person}, {"Hale", Label::Person}, {"Hale", Label::Person}});
  aa::ner::build_clusters(doc, gazetteer());
  CHECK(doc.entities[1].cluster == doc.entities[0].cluster);
  CHECK(doc.entities[2].cluster != doc.entities[0].cluster);
  CHECK(doc.clusters.size() == 2);
  // A woman's given name: "Mrs Hale" is hers, "Mr Hale" someone else.
  auto wife = with_entities("Sarah Hale ran the mill. Mrs Hale said it would close. Mr Hale did not comment.",
                            {{"Sarah Hale", Label::Person}, {"Hale", Label::Person}, {"Hale", Label::Person}});
  aa::ner::build_clusters(wife, gazetteer());
  CHECK(wife.entities[1].cluster == wife.entities[0].cluster);
  CHECK(wife.entities[2].cluster != wife.entities[0].cluster);
  // One honorific only: the bare surname is the same person.
  auto one = with_entities("Mrs Hale opened the shop in May. Hale said trade was slow.",
                           {{"Hale", Label::Person}, {"Hale", Label::Person}});
  aa::ner::build_clusters(one, gazetteer());
  CHECK(one.entities[1].cluster == one.entities[0].cluster);
  CHECK(one.clusters.size() == 1);
  // Both honorifics and a bare surname: the bare one is left alone rather than guessed.
  auto both = with_entities("Mr Hale and Mrs Hale ran the mill. Hale said it would close.",
                            {{"Hale", Label::Person}, {"Hale", Label::Person}, {"Hale", Label::Person}});
  aa::ner::build_clusters(both, gazetteer());
  CHECK(both.clusters.size() == 3);
}

TEST_CASE("clusters: country aliases share a canonical name", "[ner][clusters]") {
  auto doc = with_entities(
      "The US and the U.S. Senate and the United States. The People’s Republic of China, the PRC and China.",
      {{"US", Label::Gpe},
       {"U.S.", Label::Gpe},
       {"United States", Label::Gpe},
       {"People’s Republic of China", Label::Gpe},
       {"PRC", Label::Gpe},
       {"China", Label::Gpe}});
  aa::ner::build_clusters(doc, gazetteer());
  REQUIRE(doc.clusters.size() == 2);
  CHECK(doc.clusters[0].name == "United States");
  CHECK(doc.clusters[0].mentions == std::vector<uint32_t>{0, 1, 2});
  CHECK(doc.clusters[1].name == "China");
  CHECK(doc.clusters[1].mentions == std::vector<uint32_t>{3, 4, 5});
  CHECK(doc.clusters[1].label == Label::Gpe);
}

TEST_CASE("clusters: titles and roles from context", "[ner][clusters]") {
  auto doc = with_entities(
      "Russian President Vladimir Putin met Russian Foreign Minister Sergey Lavrov and US Secretary of State Antony "
      "Blinken. Putin spoke. Tom Okafor, the council leader, agreed.",
      {{"Russian", Label::Norp},
       {"Vladimir Putin", Label::Person},
       {"Russian", Label::Norp},
       {"Sergey Lavrov", Label::Person},
       {"US", Label::Gpe},
       {"Antony Blinken", Label::Person},
       {"Putin", Label::Person},
       {"Tom Okafor", Label::Person}});
  aa::ner::build_clusters(doc, gazetteer());
  CHECK(cluster_of(doc, 1).titles == std::vector<std::string>{"President"});
  CHECK(doc.entities[6].cluster == doc.entities[1].cluster);
  CHECK(cluster_of(doc, 3).titles == std::vector<std::string>{"Foreign Minister"});
  CHECK(cluster_of(doc, 5).titles == std::vector<std::string>{"Secretary of State"});
  CHECK(cluster_of(doc, 7).titles == std::vector<std::string>{"council leader"});
  CHECK(doc.entities[0].cluster == doc.entities[2].cluster);  // the same demonym
}

TEST_CASE("clusters: an organisation and its initials", "[ner][clusters]") {
  auto doc =
      with_entities("The European Union said the EU would act.", {{"European Union", Label::Org}, {"EU", Label::Org}});
  aa::ner::build_clusters(doc, gazetteer());
  REQUIRE(doc.clusters.size() == 1);
  CHECK(doc.clusters[0].name == "European Union");
}

TEST_CASE("clusters: \"Department of Justice\" and \"the Justice Department\" are one organisation",
          "[ner][clusters]") {
  auto doc = with_entities("The Department of Justice said the Justice Department would appeal.",
                           {{"Department of Justice", Label::Org}, {"Justice Department", Label::Org}});
  aa::ner::build_clusters(doc, gazetteer());
  REQUIRE(doc.clusters.size() == 1);
  CHECK(doc.clusters[0].name == "Department of Justice");
  CHECK(doc.clusters[0].mentions.size() == 2);
  // Another "of" name is not inverted: "Bank of England" and "England Bank" stay apart.
  auto other = with_entities("The Bank of England and the England Bank.",
                             {{"Bank of England", Label::Org}, {"England Bank", Label::Org}});
  aa::ner::build_clusters(other, gazetteer());
  CHECK(other.clusters.size() == 2);
}

TEST_CASE("clusters: an acronym and its expansion in one document", "[ner][clusters]") {
  auto doc = with_entities("The Democratic National Committee met. A DNC spokesman said no.",
                           {{"Democratic National Committee", Label::Org}, {"DNC", Label::Org}});
  aa::ner::build_clusters(doc, gazetteer());
  REQUIRE(doc.clusters.size() == 1);
  CHECK(doc.clusters[0].name == "Democratic National Committee");
}

TEST_CASE("title_before: the longest title right before a token", "[ner][clusters]") {
  aa::Document doc;
  doc.text = "He met Russian Foreign Minister Sergey Lavrov and Gen. Mark Milley and Ned Price.";
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  auto token_at = [&](const std::string& word) {
    size_t at = doc.text.find(word);
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.tokens[i].span.begin == at) return i;
    FAIL("no token " << word);
    return 0u;
  };
  CHECK(aa::ner::title_before(doc, token_at("Sergey")) == "Foreign Minister");
  CHECK(aa::ner::title_before(doc, token_at("Mark")) == "Gen.");
  CHECK(aa::ner::title_before(doc, token_at("Ned")).empty());
}

// The coordinator's reading, session 15: a surname two full names share joins the one named before its first mention
// ("Marina Silva ... Silva told reporters ... President Lula da Silva"); with both named before it, it stays alone.
TEST_CASE("clusters: a shared surname joins the one full name named before it", "[ner][clusters][coord15]") {
  auto doc = with_entities(
      "Minister Marina Silva credited the agency. Silva told reporters it worked. President Luiz Lula da Silva "
      "agreed.",
      {{"Marina Silva", Label::Person}, {"Silva", Label::Person}, {"Luiz Lula da Silva", Label::Person}});
  aa::ner::build_clusters(doc, gazetteer());
  CHECK(doc.entities[1].cluster == doc.entities[0].cluster);
  CHECK(doc.entities[2].cluster != doc.entities[0].cluster);
  auto both =
      with_entities("Marina Silva and Luiz Lula da Silva met. Silva said no.",
                    {{"Marina Silva", Label::Person}, {"Luiz Lula da Silva", Label::Person}, {"Silva", Label::Person}});
  aa::ner::build_clusters(both, gazetteer());
  CHECK(both.entities[2].cluster != both.entities[0].cluster);
  CHECK(both.entities[2].cluster != both.entities[1].cluster);
}
