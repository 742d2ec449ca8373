// article-analyser: the public API.
//
//   aa::Analyser analyser;                                  // loads the embedded model once
//   aa::Document doc = analyser.analyse(text, {});          // text: any bytes, read as UTF-8
//   std::string json = aa::to_json(doc, aa::OffsetUnit::Utf16);
//
// One Analyser can analyse any number of documents, from several threads at once. It holds immutable resources
// (the models), shared, and a per-form cache of the entity tagger (ner/scorer.h) that makes a stream of short
// articles cheaper, growing as it meets new words up to a fixed bound and never more (its size: bench/README.md).
// The output never depends on it: a document gives the same bytes whatever the Analyser analysed before. One
// analysis at a time uses the cache; one that finds it taken (another thread is in the entity stage) does without
// it, as fast as a fresh Analyser.
#pragma once

#include <memory>
#include <string_view>

#include "document.h"
#include "json/writers.h"
#include "text/decode.h"

namespace aa {

struct Options {
  InputKind input = InputKind::Auto;  // Auto: HTML if the text looks like markup, else plain text
};

class EntityModel;  // ner/entities.h
struct Resources;   // the loaded models and tables (entities.h)
struct Warm;        // the entity tagger's form cache and its lock (opaque here)

class Analyser {
 public:
  /// Loads the resources compiled into the library. Throws std::runtime_error if they are damaged, or if the
  /// library was built without its entity model (the WASM build: use the constructor below).
  Analyser();
  /// The same with this entity model (EntityModel::from_bytes), e.g. one fetched apart from the code.
  explicit Analyser(const EntityModel& entities);
  ~Analyser();
  Analyser(Analyser&&) noexcept;
  Analyser& operator=(Analyser&&) noexcept;

  /// Analyses `input` read as UTF-8 (ill-formed sequences become U+FFFD with a warning; a leading BOM is dropped,
  /// as decode_file_bytes and TextDecoder drop it, so offsets index the text after it).
  /// Throws InputError for input that cannot be analysed (larger than kMaxInputBytes).
  Document analyse(std::string_view input, const Options& options = {}) const;

  /// Analyses text already decoded (decode_file_bytes); its warnings are kept.
  Document analyse(DecodedText decoded, const Options& options = {}) const;

 private:
  std::shared_ptr<const Resources> resources_;
  std::unique_ptr<Warm> warm_;  // a mutex in it: analyse() is const
};

/// The library version ("0.1.0").
const char* version();

}  // namespace aa
