// The memory an Analyser keeps from one document to the next (core/ner/scorer.h, FormCache): a document gives
// exactly what it gives alone, whatever came before it, whatever the caps of the memory (tiny ones empty it in
// the middle of documents), and with threads sharing the Analyser.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "analyser.h"
#include "files.h"
#include "json/writers.h"
#include "ner/entities.h"
#include "ner/features.h"
#include "ner/model.h"
#include "ner/scorer.h"
#include "ner/type_lookup.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

using aa::test::slurp;

using aa::ner::FormCache;
using aa::ner::FormCacheLimits;

/// Texts that share words and differ in them, in every sentence style, with very long forms.
std::vector<std::string> corpus() {
  const std::filesystem::path root(AA_SOURCE_DIR);
  std::vector<std::string> out;
  for (const char* f : {"web/sample-article.txt", "tests/golden/pipeline/council-budget.txt",
                        "tests/golden/pipeline/mixed-text.txt", "tests/golden/structure/plain-ap-paste.txt",
                        "tests/golden/structure/plain-bbc-paste.txt", "tests/golden/structure/plain-broadsheet.txt"})
    out.push_back(slurp(root / f));
  std::string caps = out[1], lower = out[0];
  for (char& c : caps) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.push_back(caps.substr(0, 3000));
  out.push_back(lower.substr(0, 3000));
  std::string long_words = "Ned Price of " + std::string(300, 'X') + " Corp met Grace Okonkwo in " +
                           std::string(90, 'q') + "ville. " + out[0].substr(0, 1500) + " " + std::string(2000, 'z') +
                           " said Price.";
  out.push_back(long_words);
  out.push_back("");
  out.push_back("Paris.");
  return out;
}

const aa::EntityModel& model() {
  static const aa::EntityModel m = aa::EntityModel::embedded();
  return m;
}

/// The entities of a text as JSON, found with `memory` (or none).
std::string entities_json(const std::string& text, FormCache* memory) {
  aa::Document doc;
  doc.text = text;
  aa::structure_text(doc);
  aa::tokenize(doc);
  aa::split_sentences(doc);
  aa::find_entities(model(), doc, memory);
  return aa::to_json(doc, aa::OffsetUnit::Utf16);
}

/// A, B, A, C, B, D, C, ... then all of them backwards.
std::vector<size_t> order(size_t n) {
  std::vector<size_t> out;
  for (size_t i = 0; i < n; ++i) {
    out.push_back(i);
    if (i > 0) out.push_back(i - 1);
  }
  for (size_t i = n; i-- > 0;) out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("warm: a memory kept across documents changes nothing in the entities", "[ner][warm]") {
  const std::vector<std::string> texts = corpus();
  std::vector<std::string> alone;
  for (const std::string& t : texts) alone.push_back(entities_json(t, nullptr));
  const std::vector<FormCacheLimits> caps = {
      FormCacheLimits{},
      FormCacheLimits{2, 3, 1, 2, 5, size_t(1) << 20, 5},                 // everything emptied all the time
      FormCacheLimits{16, 16, 8, 8, 40, 256, 8},                          // emptied in the middle of documents
      FormCacheLimits{1 << 15, 1 << 13, 1 << 12, 1 << 13, 64, 1 << 20},   // the dictionary only
      FormCacheLimits{1 << 15, 1 << 13, 1 << 12, 1 << 13, 1 << 15, 100},  // forms too long to fit
  };
  for (const FormCacheLimits& limits : caps) {
    CAPTURE(limits.selves, limits.pairs, limits.shapes, limits.contexts, limits.forms, limits.form_bytes,
            limits.around);
    FormCache memory(limits);
    for (size_t i : order(texts.size())) {
      CAPTURE(i);
      REQUIRE(entities_json(texts[i], &memory) == alone[i]);
      CHECK(memory.forms() <= limits.forms);
    }
    CHECK(memory.forms() > 0);
  }
}

TEST_CASE("warm: token tables built with a memory are the same as without", "[ner][warm]") {
  using namespace aa::ner;
  const std::vector<std::string> texts = corpus();
  const Gazetteer& g = model().model().gazetteer();
  for (const FormCacheLimits& limits :
       {FormCacheLimits{}, FormCacheLimits{2, 3, 1, 2, 5, 12}, FormCacheLimits{16, 16, 8, 8, 40, 256}}) {
    CAPTURE(limits.forms, limits.form_bytes);
    FormCache memory(limits);
    memory.prepare(model().model());
    for (size_t i : order(texts.size())) {
      CAPTURE(i);
      aa::Document doc;
      doc.text = texts[i];
      aa::structure_text(doc);
      aa::tokenize(doc);
      aa::split_sentences(doc);
      TokenTable want, got;
      build_token_table(doc, g, want);
      build_token_table(doc, g, got, true, &memory);
      REQUIRE(got.types.size() == want.types.size());
      CHECK(got.type_of == want.type_of);
      CHECK(got.info == want.info);
      for (size_t t = 0; t < want.types.size(); ++t) {
        const WordType &a = got.types[t], &b = want.types[t];
        CAPTURE(std::string(b.form));
        REQUIRE(a.form == b.form);
        REQUIRE(got.norm_of(a) == want.norm_of(b));
        REQUIRE((a.form_hash == b.form_hash && a.key == b.key && a.word == b.word && a.shape == b.shape &&
                 a.short_shape == b.short_shape && a.gaz == b.gaz && a.casing == b.casing && a.cap == b.cap &&
                 a.small == b.small));
      }
    }
  }
}

TEST_CASE("warm: the memory grows as it fills, and no further than its limits", "[ner][warm]") {
  FormCache memory;
  CHECK(memory.bytes() == 0);
  const std::vector<std::string> texts = corpus();
  entities_json(texts[0], &memory);
  const size_t first = memory.bytes();
  CHECK(first > 0);
  CHECK(first < 3u << 20);  // a short text does not pay for the whole cache (13.2 MiB)
  size_t most = first;
  for (int round = 0; round < 40; ++round)
    for (const std::string& t : texts) {
      entities_json(t + std::to_string(round) + " Zq" + std::to_string(round * 1000 + t.size()), &memory);
      most = std::max(most, memory.bytes());
    }
  CHECK(most >= first);
  CHECK(most <= 14u << 20);  // the limits' own size (13.2 MiB, bench/README.md), never more
  // Small limits: it fills and empties many times, and stays within what those limits need.
  FormCache small(FormCacheLimits{16, 16, 8, 8, 40, 256, 16});
  for (int round = 0; round < 3; ++round)
    for (const std::string& t : texts) entities_json(t, &small);
  CHECK(small.bytes() < 64u << 10);
}

TEST_CASE("warm: one Analyser gives what fresh Analysers give, in any order", "[ner][warm]") {
  const std::vector<std::string> texts = corpus();
  std::vector<std::string> alone;
  for (const std::string& t : texts) alone.push_back(aa::to_json(aa::Analyser().analyse(t), aa::OffsetUnit::Utf16));
  aa::Analyser analyser;
  for (size_t i : order(texts.size())) {
    CAPTURE(i);
    REQUIRE(aa::to_json(analyser.analyse(texts[i]), aa::OffsetUnit::Utf16) == alone[i]);
  }
}

TEST_CASE("warm: threads sharing one Analyser get the right output", "[ner][warm]") {
  const std::vector<std::string> texts = corpus();
  std::vector<std::string> alone;
  for (const std::string& t : texts) alone.push_back(aa::to_json(aa::Analyser().analyse(t), aa::OffsetUnit::Utf16));
  const aa::Analyser analyser;
  std::atomic<int> wrong{0}, done{0};
  auto work = [&](bool backwards) {
    for (int round = 0; round < 4; ++round)
      for (size_t k = 0; k < texts.size(); ++k) {
        size_t i = backwards ? texts.size() - 1 - k : k;
        if (aa::to_json(analyser.analyse(texts[i]), aa::OffsetUnit::Utf16) != alone[i]) ++wrong;
        ++done;
      }
  };
  std::thread a(work, false), b(work, true), c(work, false);
  a.join();
  b.join();
  c.join();
  CHECK(wrong == 0);
  CHECK(done == 3 * 4 * static_cast<int>(texts.size()));
}

TEST_CASE("warm: a word table's value per type (TypeLookup) is table_find of each token's norm", "[ner][warm]") {
  using namespace aa::ner;
  // A small table built as tools/gen_table.py builds one: entries sorted bytewise, slots by key_hash.
  enum class Kind : uint8_t { Team, Verb, Word };
  aa::Table<Kind, 4, 8> words{
      {{"beat", Kind::Verb}, {"rovers", Kind::Team}, {"the", Kind::Word}, {"united", Kind::Team}}, {}};
  for (uint16_t e = 0; e < 4; ++e)
    for (size_t s = aa::key_hash(words.entries[e].key) & 7;; s = (s + 1) & 7)
      if (words.slots[s] == 0) {
        words.slots[s] = static_cast<uint16_t>(e + 1);
        break;
      }
  const Gazetteer& g = model().model().gazetteer();
  for (const std::string& text : corpus()) {
    aa::Document doc;
    doc.text = text + "\nThe Rovers beat UNITED, and the rovers beat the United side. Rovers.";
    aa::structure_text(doc);
    aa::tokenize(doc);
    aa::split_sentences(doc);
    TokenTable table;
    build_token_table(doc, g, table);
    TypeLookup lookup(words, table);
    size_t found = 0;
    for (int pass = 0; pass < 2; ++pass)  // the second pass reads what the first kept
      for (size_t i = 0; i < table.size(); ++i) {
        CAPTURE(pass, i, table.norm(i));
        const std::optional<Kind> want = aa::table_find(words, table.norm(i));
        REQUIRE(lookup(i) == want);
        found += want.has_value();
      }
    CHECK(found >= 2 * 9);
  }
}
