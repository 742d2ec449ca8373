// The entity model format (core/ner/model.h): loading from bytes, damage detection, round trips, scoring.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"

using aa::EntityModel;
using aa::ner::ModelData;
using aa::ner::ModelError;

namespace {

std::string embedded_bytes() {
  return std::string(aa::embedded_entity_model_bytes());
}

EntityModel load(const std::string& bytes) {
  return EntityModel::from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

std::string error_of(const std::string& bytes) {
  try {
    load(bytes);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "";
}

ModelData tiny() {
  ModelData m;
  m.feature_version = aa::ner::kFeatureVersion;
  m.labels = {"PERSON", "LOC"};
  m.transitions.assign((m.n_tags() + 1) * m.n_tags(), 0);
  m.transitions[3] = -7;
  m.feature_keys = {10, 20, 4000000000u};
  m.feature_offsets = {0, 2, 2, 3};
  m.pair_tags = {0, 4, 8};
  m.pair_weights = {5, -300, 1023};
  m.gazetteer.keys = {1, 2};
  m.gazetteer.values = {1u << 3, aa::ner::kGazPrefix | 1u};
  m.gazetteer.names = {"United States"};
  m.gazetteer.alias_keys = {7};
  m.gazetteer.alias_names = {0};
  m.info = "tiny test model";
  m.word_reps = {aa::ner::rep_entry(0x12345678u, 3), aa::ner::rep_entry(0xABCDEF01u, 1000)};
  return m;
}

}  // namespace

TEST_CASE("model: the embedded model loads", "[ner][model]") {
  std::string bytes = embedded_bytes();
  REQUIRE(bytes.size() > 1000);
  EntityModel m = load(bytes);
  CHECK(m.model().labels() == std::vector<std::string>{"PERSON", "ORG", "LOC", "NORP", "EVENT", "MISC"});
  CHECK(m.model().n_tags() == 25);
  CHECK(m.info().find("aa-train") != std::string_view::npos);
  CHECK(EntityModel::embedded().model().n_features() == m.model().n_features());
  CHECK(m.model().n_features() > 100000);
}

TEST_CASE("model: the embedded copy, loaded without its CRC, is undamaged", "[ner][model]") {
  // EntityModel::embedded() skips the CRC-32 (the bytes are part of the library); check it here instead.
  std::string bytes = embedded_bytes();
  CHECK_NOTHROW(
      aa::ner::Model(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), aa::ner::Model::Check::Full));
}

TEST_CASE("model: damaged tables are refused even without the CRC", "[ner][model]") {
  std::string good = aa::ner::serialize(tiny());
  auto error_without_crc = [](const std::string& b) -> std::string {
    try {
      aa::ner::Model m(reinterpret_cast<const uint8_t*>(b.data()), b.size(), aa::ner::Model::Check::NoCrc);
    } catch (const ModelError& e) {
      return e.what();
    }
    return "";
  };
  CHECK(error_without_crc(good).empty());
  constexpr size_t kHeader = 24, kCounts = 32;
  const size_t transitions = 4 * 10 * 9, buckets = 65536;
  struct Case {
    const char* what;
    size_t at;
    char value;
    const char* error;
  };
  // tiny(): 3 features, in buckets 0, 0 and 61035. Bucket 0 holds the low bits of keys 10 and 20 (4 bytes), their
  // weight counts 2 and 0, then the two weights of key 10.
  const size_t features = kHeader + kCounts + transitions;
  const size_t low = features + buckets, counts = low + 4, pairs = counts + 2;
  std::vector<Case> cases = {
      {"a bucket size", features + 1, 1, "bucket sizes do not add up"},
      {"a weight count", counts, 10, "more weights than tags"},
      {"another weight count", counts, 1, "weight counts do not add up"},
      {"a tag", pairs + 1, static_cast<char>(0xF8), "tag out of range"},
      {"a count of labels", kHeader, 9, "label count out of range"},
      {"the count of features", kHeader + 6, 4, "run past the end"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    std::string bad = good;
    bad[c.at] = c.value;
    CHECK(error_without_crc(bad).find(c.error) != std::string::npos);
  }
  // Weights outside 11 bits, too many labels: refused on writing.
  ModelData heavy = tiny();
  heavy.pair_weights[0] = 1024;
  CHECK_THROWS_WITH(aa::ner::serialize(heavy), Catch::Contains("weight out of range"));
  ModelData labels = tiny();
  labels.labels.assign(8, "X");
  labels.transitions.assign((labels.n_tags() + 1) * labels.n_tags(), 0);
  CHECK_THROWS_WITH(aa::ner::serialize(labels), Catch::Contains("label count"));
}

TEST_CASE("model: damaged bytes throw a clear error", "[ner][model]") {
  std::string good = embedded_bytes();
  CHECK(error_of("").find("too short") != std::string::npos);
  CHECK(error_of(std::string(100, 'x')).find("bad magic") != std::string::npos);
  std::string truncated = good.substr(0, good.size() / 2);
  CHECK(error_of(truncated).find("truncated or damaged") != std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  CHECK(error_of(flipped).find("CRC mismatch") != std::string::npos);
  std::string version = good;
  version[8] = 99;  // format version
  CHECK(error_of(version).find("format version 99") != std::string::npos);
  std::string features = good;
  features[12] = 77;  // feature version
  CHECK(error_of(features).find("feature version 77") != std::string::npos);
  CHECK_THROWS_AS(EntityModel::from_bytes(nullptr, 0), ModelError);
}

TEST_CASE("model: serialize and parse round trip", "[ner][model]") {
  ModelData m = tiny();
  std::string bytes = aa::ner::serialize(m);
  ModelData back = aa::ner::parse_model(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  CHECK(back.labels == m.labels);
  CHECK(back.transitions == m.transitions);
  CHECK(back.feature_keys == m.feature_keys);
  CHECK(back.feature_offsets == m.feature_offsets);
  CHECK(back.pair_tags == m.pair_tags);
  CHECK(back.pair_weights == m.pair_weights);
  CHECK(back.gazetteer.keys == m.gazetteer.keys);
  CHECK(back.gazetteer.values == m.gazetteer.values);
  CHECK(back.gazetteer.names == m.gazetteer.names);
  CHECK(back.gazetteer.alias_keys == m.gazetteer.alias_keys);
  CHECK(back.info == m.info);
  CHECK(back.word_reps == m.word_reps);
  CHECK(aa::ner::serialize(back) == bytes);  // deterministic

  // A bad model is refused on writing too.
  ModelData unsorted = tiny();
  unsorted.feature_keys = {20, 10, 30};
  CHECK_THROWS_AS(aa::ner::serialize(unsorted), ModelError);
  ModelData bad_tag = tiny();
  bad_tag.pair_tags[2] = 9;  // 2 labels: tags 0..8
  CHECK_THROWS_WITH(aa::ner::serialize(bad_tag), Catch::Contains("tag out of range"));
  ModelData same_fingerprint = tiny();
  same_fingerprint.word_reps = {aa::ner::rep_entry(0x12345678u, 3), aa::ner::rep_entry(0x12345400u, 4)};
  CHECK_THROWS_WITH(aa::ner::serialize(same_fingerprint), Catch::Contains("word representations"));
}

TEST_CASE("model: scoring adds the weights of known features only", "[ner][model]") {
  std::string bytes = aa::ner::serialize(tiny());
  aa::ner::Model model(std::vector<uint8_t>(bytes.begin(), bytes.end()));
  std::vector<int32_t> scores(model.n_tags(), 0);
  model.add_weights(10, scores.data());
  model.add_weights(20, scores.data());  // a feature without weights
  model.add_weights(4000000000u, scores.data());
  model.add_weights(12345, scores.data());  // unknown
  CHECK(scores == std::vector<int32_t>{5, 0, 0, 0, -300, 0, 0, 0, 1023});
  CHECK(model.find_row(20) == 0);
  CHECK(model.find_row(12345) == 0);
  CHECK(model.find_row(10) != 0);
  CHECK(model.transition(0, 3) == -7);

  // The batched path gives the same sums.
  std::vector<uint32_t> hashes = {10, 12345, 4000000000u, 20, 10};
  std::vector<uint32_t> offsets = {0, 2, 5};
  std::vector<int32_t> em(2 * model.n_tags());
  model.emissions(hashes.data(), offsets.data(), 2, em.data());
  CHECK(std::vector<int32_t>(em.begin(), em.begin() + 9) == std::vector<int32_t>{5, 0, 0, 0, -300, 0, 0, 0, 0});
  CHECK(std::vector<int32_t>(em.begin() + 9, em.end()) == std::vector<int32_t>{5, 0, 0, 0, -300, 0, 0, 0, 1023});
}

TEST_CASE("model: rows of every length add up as the plain sum of their weights", "[ner][model]") {
  // add_row takes four weights a step (one 8-byte load) and the rest one by one: rows of 1 to 25 weights (every tag of
  // a model of 6 labels), weights across the whole 11-bit range, against the sum written out from the model's own data.
  ModelData m = tiny();
  m.labels = {"PERSON", "LOC", "ORG", "GPE", "NORP", "EVENT"};
  const int T = m.n_tags();
  REQUIRE(T == 25);
  m.transitions.assign((T + 1) * T, 0);
  m.feature_keys.clear();
  m.feature_offsets = {0};
  m.pair_tags.clear();
  m.pair_weights.clear();
  uint64_t seed = 18;
  for (int len = 1; len <= T; ++len) {
    m.feature_keys.push_back(1000u + 7919u * static_cast<uint32_t>(len));
    for (int t = 0; t < len; ++t) {
      m.pair_tags.push_back(static_cast<uint8_t>((t * 7 + len) % T));  // each tag once per row, in no set order
      m.pair_weights.push_back(static_cast<int16_t>(int(aa::ner::splitmix64(seed) % 2048) - 1024));
    }
    m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
  }
  std::string bytes = aa::ner::serialize(m);
  aa::ner::Model model(std::vector<uint8_t>(bytes.begin(), bytes.end()));
  for (size_t f = 0; f < m.feature_keys.size(); ++f) {
    CAPTURE(f);
    std::vector<int32_t> want(T, 3), got(T, 3);  // added to what is there
    for (uint32_t k = m.feature_offsets[f]; k < m.feature_offsets[f + 1]; ++k)
      want[m.pair_tags[k]] += m.pair_weights[k];
    model.add_weights(m.feature_keys[f], got.data());
    CHECK(got == want);
  }
}

TEST_CASE("model: CRC-32 is zlib's", "[ner][model]") {
  std::string s = "123456789";
  CHECK(aa::ner::crc32(reinterpret_cast<const uint8_t*>(s.data()), s.size()) == 0xCBF43926u);
  CHECK(aa::ner::crc32_bytewise(reinterpret_cast<const uint8_t*>(s.data()), s.size()) == 0xCBF43926u);
}

TEST_CASE("model: CRC-32 eight bytes at a step equals the bytewise reference", "[ner][model]") {
  // Varied inputs: every length 0..300 and lengths around the 64 KiB pieces crc32() works in, at every start
  // offset modulo 8 (unaligned loads), over pseudo-random bytes, all zeros and all ones.
  std::vector<uint8_t> bytes(3 * 65536 + 64);
  uint32_t x = 2463534242u;
  for (uint8_t& b : bytes) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    b = static_cast<uint8_t>(x >> 24);
  }
  const std::vector<uint8_t> zeros(bytes.size(), 0), ones(bytes.size(), 0xFF);
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 300; ++n) lengths.push_back(n);
  for (size_t n : {65535, 65536, 65537, 65536 + 7, 2 * 65536 + 1, 3 * 65536 + 3}) lengths.push_back(n);
  size_t differ = 0, checked = 0;
  const std::vector<uint8_t>* inputs[] = {&bytes, &zeros, &ones};
  for (const std::vector<uint8_t>* data : inputs)
    for (size_t start = 0; start < 8; ++start)
      for (size_t n : lengths) {
        const uint8_t* p = data->data() + start;
        if (aa::ner::crc32(p, n) != aa::ner::crc32_bytewise(p, n)) ++differ;
        ++checked;
      }
  CHECK(checked == 3 * 8 * 307);
  CHECK(differ == 0);
  // A value of its own, so that the two cannot agree by sharing a mistake: zlib's crc32 of 1 MiB of zeros.
  std::vector<uint8_t> mib(1 << 20, 0);
  CHECK(aa::ner::crc32(mib.data(), mib.size()) == 0xA738EA1Cu);
}
