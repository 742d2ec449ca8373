// Gazetteers (core/ner/gazetteer.h) and word forms (core/ner/word.h): lookups, positions in matches, aliases, and
// the lists compiled into the embedded model.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/entities.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "ner/word.h"
#include "text/tokenizer.h"

namespace {

using namespace aa::ner;

std::vector<uint32_t> keys_of(const std::string& phrase) {
  std::vector<aa::Token> toks;
  aa::tokenize(phrase, aa::Span{0, static_cast<uint32_t>(phrase.size())}, 0, toks);
  std::vector<uint32_t> keys;
  for (const auto& t : toks) keys.push_back(token_key(std::string_view(phrase).substr(t.span.begin, t.span.size())));
  return keys;
}

uint32_t lists_of(const Gazetteer& g, const std::string& phrase) {
  auto k = keys_of(phrase);
  return g.find(k.data(), k.size());
}

constexpr uint32_t bit(GazType t) {
  return 1u << t;
}

// A small gazetteer: "New York" (city), "New" (prefix only), "York" (city), "Ned" (first name).
GazetteerData small() {
  GazetteerData d;
  auto add = [&](const std::string& phrase, uint32_t value) {
    auto k = keys_of(phrase);
    d.keys.push_back(phrase_key(k.data(), k.size()));
    d.values.push_back(value);
  };
  add("New York", bit(kGazCity));
  add("New", kGazPrefix);
  add("York", bit(kGazCity));
  add("Ned", bit(kGazFirstName));
  add("U.S.", bit(kGazCountry));
  // Sorted keys, values alongside.
  std::vector<size_t> order(d.keys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return d.keys[a] < d.keys[b]; });
  GazetteerData s;
  for (size_t i : order) s.keys.push_back(d.keys[i]), s.values.push_back(d.values[i]);
  s.names = {"United States"};
  auto us = keys_of("U.S.");
  s.alias_keys = {phrase_key(us.data(), us.size())};
  s.alias_names = {0};
  return s;
}

}  // namespace

TEST_CASE("word forms: normalisation, shapes, casing", "[ner][gazetteer]") {
  struct Case {
    std::string form, norm, shape, short_shape;
    Casing casing;
  };
  std::vector<Case> cases = {
      {"Brasília", "brasilia", "Xxxxx", "Xx", Casing::Title},
      {"Łódź", "lodz", "Xxxx", "Xx", Casing::Title},
      {"People’s", "people's", "Xxxxx’x", "Xx’x", Casing::Title},
      {"KREMLIN", "kremlin", "XXXX", "X", Casing::Upper},
      {"iPhone", "iphone", "xXxxxx", "xXx", Casing::Mixed},
      {"McDonald", "mcdonald", "XxXxxxx", "XxXx", Casing::Title},
      {"2023", "2023", "dddd", "d", Casing::None},
      {"U.S.", "u.s.", "X.X.", "X.X.", Casing::Upper},
  };
  for (const auto& c : cases) {
    CAPTURE(c.form);
    CHECK(normalized(c.form) == c.norm);
    std::string shape, short_shape;
    append_shape(c.form, shape, false);
    append_shape(c.form, short_shape, true);
    CHECK(shape == c.shape);
    CHECK(short_shape == c.short_shape);
    CHECK(casing(c.form) == c.casing);
  }
  CHECK(token_key("Brasília") == token_key("BRASILIA"));
  CHECK(token_key("Price") != token_key("Prince"));
}

TEST_CASE("gazetteer: lookups, prefixes and positions in the longest match", "[ner][gazetteer]") {
  GazetteerData data = small();
  Gazetteer g(data);
  CHECK(lists_of(g, "new york") == bit(kGazCity));
  CHECK(lists_of(g, "York") == bit(kGazCity));
  CHECK(lists_of(g, "New") == 0);  // a prefix only: on no list
  CHECK(lists_of(g, "Boston") == 0);
  auto us = keys_of("U.S.");
  REQUIRE(g.canonical(phrase_key(us.data(), us.size())) != nullptr);
  CHECK(*g.canonical(phrase_key(us.data(), us.size())) == "United States");
  auto york = keys_of("York");
  CHECK(g.canonical(phrase_key(york.data(), york.size())) == nullptr);

  // "Ned flew to New York": Ned U-first-name; New B-city, York L-city (the longer match wins over "York").
  auto keys = keys_of("Ned flew to New York");
  REQUIRE(keys.size() == 5);
  std::vector<uint8_t> codes(keys.size() * kGazTypeCount), scratch;
  g.annotate(keys.data(), keys.size(), codes.data(), scratch);
  auto code = [&](size_t token, GazType t) { return codes[token * kGazTypeCount + t]; };
  CHECK(code(0, kGazFirstName) == kPosUnit);
  CHECK(code(1, kGazFirstName) == kPosNone);
  CHECK(code(3, kGazCity) == kPosBegin);
  CHECK(code(4, kGazCity) == kPosLast);
  CHECK(code(2, kGazCity) == kPosNone);
}

TEST_CASE("gazetteer: the lists compiled into the embedded model", "[ner][gazetteer]") {
  aa::EntityModel model = aa::EntityModel::embedded();
  const Gazetteer& g = model.model().gazetteer();
  CHECK(g.size() > 100000);
  CHECK(lists_of(g, "United States") & bit(kGazCountry));
  CHECK(lists_of(g, "Brazil") & bit(kGazCountry));
  CHECK(lists_of(g, "Brasília") & bit(kGazCity));
  CHECK(lists_of(g, "Beijing") & bit(kGazCity));
  CHECK(lists_of(g, "Russian") & bit(kGazDemonym));
  CHECK(lists_of(g, "Chinese") & bit(kGazDemonym));
  CHECK(lists_of(g, "Ministry") & bit(kGazOrgWord));
  CHECK(lists_of(g, "University") & bit(kGazOrgWord));
  CHECK(lists_of(g, "Reuters") & bit(kGazOrgName));
  CHECK(lists_of(g, "Cold War") & bit(kGazEvent));
  CHECK(lists_of(g, "Middle East") & bit(kGazRegion));
  CHECK(lists_of(g, "Foreign Minister") & bit(kGazTitle));
  CHECK(lists_of(g, "John") & bit(kGazFirstName));
  CHECK(lists_of(g, "Williams") & bit(kGazSurname));
  CHECK((lists_of(g, "the") & ~bit(kGazPersonName)) == 0);
  struct Alias {
    std::string alias, name;
  };
  for (const Alias& a : std::vector<Alias>{{"US", "United States"},
                                           {"U.S.", "United States"},
                                           {"United States of America", "United States"},
                                           {"PRC", "China"},
                                           {"People’s Republic of China", "China"},
                                           {"Russian Federation", "Russia"},
                                           {"UK", "United Kingdom"}}) {
    CAPTURE(a.alias);
    auto k = keys_of(a.alias);
    const std::string* name = g.canonical(phrase_key(k.data(), k.size()));
    REQUIRE(name != nullptr);
    CHECK(*name == a.name);
  }
}
