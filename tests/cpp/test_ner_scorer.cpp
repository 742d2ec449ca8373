// The tagger's fast emission scores (core/ner/scorer.h) against the reference: Model::emissions over the features
// that sentence_features() (core/ner/features.h) lists, which is what the trainer sees. Also the word types of the
// token table.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "files.h"
#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"
#include "ner/scorer.h"
#include "prepare.h"

namespace {

using aa::test::slurp;

using namespace aa::ner;

/// The built-in model, or the model file AA_TEST_NER_MODEL names (to check a model trained with other options, e.g.
/// with word representations: aa-train --glove).
const aa::EntityModel& model() {
  static const aa::EntityModel m = [] {
    const char* file = std::getenv("AA_TEST_NER_MODEL");
    if (!file || !*file) return aa::EntityModel::embedded();
    std::string bytes = slurp(file);
    return aa::EntityModel::from_bytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }();
  return m;
}

using aa::test::prepare;

std::vector<std::string> texts() {
  std::vector<std::string> out = {
      "Ned Price, the US State Department spokesperson, said on Tuesday that Beijing's 2023 plan was \"a mistake\".",
      "KREMLIN VIA REUTERS\n\nPutin Meets Xi In Moscow As War Grinds On\n\nthe mayor of marlow bay said 3.2% of "
      "the 40-km road to São Paulo–Łódź was closed. McDonald's iPhone sales rose $4.5bn in 2019-2020.",
      "",
      "A. B. C. D.\n\n\"Quote\" — (brackets) [and] ; colon: Mr. O'Brien's team, N.A.T.O., e.g. 1,000.5 ’90s",
  };
  std::string repeated;
  for (int i = 0; i < 30; ++i) repeated += "Councillor Grace Okonkwo of Halden Mutual told the Marlow Bay council. ";
  out.push_back(repeated);
  for (const char* f :
       {"web/sample-article.txt", "tests/golden/pipeline/council-budget.txt", "tests/golden/pipeline/mixed-text.txt"})
    out.push_back(slurp(std::filesystem::path(AA_SOURCE_DIR) / f));
  return out;
}

/// Emission scores of every sentence, by the reference path and by the scorer, side by side.
void compare(const aa::Document& doc, const TokenTable& table, const FormCacheLimits& limits,
             FormCache* memory = nullptr) {
  const Model& m = model().model();
  CaseCounts counts(table);
  FeatureSet fs;
  fs.offsets.assign(doc.tokens.size() + 1, 0);
  Scorer scorer(m, doc, table, counts, limits, memory);
  SentenceCodes codes;
  const int T = m.n_tags();
  for (const aa::Sentence& s : doc.sentences) {
    size_t n = s.last_token - s.first_token;
    if (n == 0) continue;
    codes.compute(m.gazetteer(), table, s);
    sentence_features(doc, table, counts, s, codes, fs);
    std::vector<int32_t> want(n * T), got(n * T, 12345);
    m.emissions(fs.hashes.data(), &fs.offsets[s.first_token], n, want.data());
    scorer.emissions(s, codes, got.data());
    CAPTURE(std::string(doc.view(s.span)));
    REQUIRE(got == want);
  }
}

}  // namespace

TEST_CASE("scorer: the same emission scores as the features the trainer sees", "[ner][scorer]") {
  const Gazetteer& g = model().model().gazetteer();
  for (const std::string& text : texts()) {
    CAPTURE(text.substr(0, 80));
    aa::Document doc = prepare(text);
    TokenTable table;
    build_token_table(doc, g, table);
    SECTION("ordinary caches") {
      compare(doc, table, {});
    }
    SECTION("caches emptied all the time") {
      compare(doc, table, FormCacheLimits{2, 3, 1, 2, size_t(1) << 15, size_t(1) << 19, 5});
    }
  }
}

TEST_CASE("scorer: the same emission scores with a memory kept from one document to the next", "[ner][scorer]") {
  const Gazetteer& g = model().model().gazetteer();
  const std::vector<std::string> all = texts();
  for (const FormCacheLimits& limits : {FormCacheLimits{}, FormCacheLimits{2, 3, 1, 2, 5, size_t(1) << 20, 5},
                                        FormCacheLimits{16, 16, 8, 8, 40, 64, 8}}) {
    CAPTURE(limits.selves, limits.forms, limits.form_bytes);
    FormCache memory(limits);
    for (int round = 0; round < 2; ++round) {
      for (size_t i = 0; i < all.size(); ++i) {
        const std::string& text = all[round ? all.size() - 1 - i : i];
        CAPTURE(round, text.substr(0, 80));
        aa::Document doc = prepare(text);
        TokenTable table;
        build_token_table(doc, g, table);
        compare(doc, table, {}, &memory);
      }
    }
  }
}

// As the Analyser does: the table is built with the memory, and the scorer takes the numbers the memory gave its
// forms (TokenTable::memo_numbers) instead of looking each form up again; the tiny limits empty the memory while a
// table is built and while it is scored (the numbers given before are then dropped, or not taken).
TEST_CASE("scorer: the same emission scores when the table was built with the memory", "[ner][scorer]") {
  const Gazetteer& g = model().model().gazetteer();
  const std::vector<std::string> all = texts();
  for (const FormCacheLimits& limits : {FormCacheLimits{}, FormCacheLimits{2, 3, 1, 2, 5, size_t(1) << 20, 5},
                                        FormCacheLimits{16, 16, 8, 8, 40, 64, 8}}) {
    CAPTURE(limits.selves, limits.forms, limits.form_bytes);
    FormCache memory(limits);
    memory.prepare(model().model());
    size_t taken = 0;
    aa::Document prev_doc;
    TokenTable prev_table;
    for (int round = 0; round < 2; ++round) {
      for (size_t i = 0; i < all.size(); ++i) {
        const std::string& text = all[round ? all.size() - 1 - i : i];
        CAPTURE(round, text.substr(0, 80));
        aa::Document doc = prepare(text);
        TokenTable table;
        build_token_table(doc, g, table, true, &memory);
        REQUIRE(table.memo_numbers.size() == table.types.size());
        if (table.memo_round == memory.round()) taken += table.types.size();
        compare(doc, table, {}, &memory);
        // The table of the document before, scored again after this one was built and scored (with the small
        // limits, the memory was emptied since: its numbers are no more).
        if (prev_table.memo) compare(prev_doc, prev_table, {}, &memory);
        prev_doc = doc;
        prev_table = table;
        for (aa::ner::WordType& w : prev_table.types)  // views of prev_doc's text
          w.form = std::string_view(prev_doc.text).substr(w.form.data() - doc.text.data(), w.form.size());
      }
    }
    CHECK(taken > 0);
  }
}

TEST_CASE("token table: one type per distinct form, flags and kept gazetteer codes", "[ner][scorer]") {
  aa::Document doc = prepare("Ned Price met Ned. PRICE said: Price rose.\n\nNed flew to New York.");
  TokenTable table;
  build_token_table(doc, model().model().gazetteer(), table);
  auto token = [&](const std::string& form, size_t nth = 0) {
    for (size_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.view(doc.tokens[i].span) == form && nth-- == 0) return i;
    FAIL("no token " << form);
    return size_t(0);
  };
  CHECK(table.type_of[token("Ned")] == table.type_of[token("Ned", 1)]);
  CHECK(table.type_of[token("Price")] != table.type_of[token("PRICE")]);
  CHECK(table.key(token("Price")) == table.key(token("PRICE")));  // the same normalised word
  CHECK(table.norm(token("PRICE")) == "price");
  CHECK(table.casing(token("PRICE")) == aa::ner::Casing::Upper);
  CHECK(table.flags(token("Ned")) == (kInSentence | kSentenceStart));
  CHECK(table.flags(token("Price", 1)) == (kInSentence | kSentenceStart));  // after a colon
  CHECK(table.flags(token("met")) == kInSentence);
  CHECK(table.gaz<kGazFirstName>(token("Ned")) == kPosUnit);
  CHECK(table.gaz<kGazGpeWord>(token("York")) == kPosNone);
  size_t distinct = 0;
  for (size_t i = 0; i < table.types.size(); ++i) distinct += 1;
  CHECK(distinct < doc.tokens.size());
}

TEST_CASE("scorer: a vector cache holds at most its limit, emptied when asked for room", "[ner][scorer]") {
  VectorCache cache(3, 2);
  bool fresh = false;
  for (uint64_t k = 1; k <= 3; ++k) {
    int32_t* v = cache.at(cache.find(k, 7, fresh));
    CHECK(fresh);
    for (int t = 0; t < 2 * cache.width(); ++t) CHECK(v[t] == 0);
    v[0] = static_cast<int32_t>(k);
  }
  CHECK(cache.size() == 3);
  CHECK(cache.at(cache.find(2, 7, fresh))[0] == 2);
  CHECK_FALSE(fresh);
  cache.make_room(0);
  CHECK(cache.size() == 3);
  cache.make_room(1);  // a fourth entry would not fit: emptied
  CHECK(cache.size() == 0);
  int32_t* again = cache.at(cache.find(1, 7, fresh));
  CHECK(fresh);
  CHECK(again[0] == 0);
  for (uint64_t k = 1; k <= 200; ++k) {
    cache.make_room(1);
    cache.find(k, k, fresh);
  }
  CHECK(cache.size() <= 3);
}
