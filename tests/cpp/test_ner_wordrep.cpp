// Word representations (core/ner/wordrep.h): the table's lookups, the clusters the features read, and that a
// model's representations reach the tagger's features through its gazetteer.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/features.h"
#include "ner/gazetteer.h"
#include "ner/model.h"
#include "ner/wordrep.h"

using namespace aa::ner;

TEST_CASE("wordrep: lookups by the key's top bits, owned or in model bytes", "[ner][wordrep]") {
  uint32_t paris = token_key("paris"), halden = token_key("halden"), other = token_key("unlisted");
  std::vector<uint32_t> entries = {rep_entry(paris, 0x2A5), rep_entry(halden, 7)};
  std::sort(entries.begin(), entries.end());
  WordReps owned(entries);
  CHECK(owned.find(paris) == (kRepPresent | 0x2A5));
  CHECK(owned.find(halden) == (kRepPresent | 7));
  CHECK(owned.find(other) == 0);
  CHECK(owned.find(paris ^ 1) == (kRepPresent | 0x2A5));  // a fingerprint: the low bits are not kept
  CHECK(WordReps().find(paris) == 0);

  // The same through a model file.
  ModelData m;
  m.feature_version = kFeatureVersion;
  m.labels = {"PERSON"};
  m.transitions.assign((m.n_tags() + 1) * m.n_tags(), 0);
  m.feature_offsets = {0};
  m.word_reps = entries;
  std::string bytes = serialize(m);
  Model model(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), Model::Check::Full);
  CHECK(model.word_reps().size() == 2);
  CHECK(model.gazetteer().word_rep(halden) == (kRepPresent | 7));
  CHECK(model.gazetteer().word_rep(other) == 0);
}

TEST_CASE("wordrep: clusters are prefixes of the path, distinct per granularity", "[ner][wordrep]") {
  uint32_t a = kRepPresent | 0x3FF, b = kRepPresent | 0x3F0;
  CHECK(rep_cluster(a, kRepCoarse) == rep_cluster(b, kRepCoarse));  // same first 6 branches
  CHECK(rep_cluster(a, kRepFine) != rep_cluster(b, kRepFine));
  CHECK(rep_cluster(a, kRepCoarse) != rep_cluster(a, kRepMiddle));
  CHECK(rep_cluster(kRepPresent | 0x200, 1) == (1u << 16 | 1));
}

TEST_CASE("wordrep: a word with a representation gets its features, one without gets none", "[ner][wordrep]") {
  int calls = 0;
  rep_features(0, Style::Normal, 0, [&](uint32_t) { ++calls; });
  CHECK(calls == 0);
  std::vector<uint32_t> got;
  rep_features(kRepPresent | 5, Style::Normal, 1, [&](uint32_t f) { got.push_back(f); });
  CHECK(got.size() == 4);
  CHECK(got[0] == feature_hash(kRep, rep_cluster(kRepPresent | 5, kRepCoarse)));
}
