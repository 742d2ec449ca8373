// The entity stage: a trained BILOU sequence tagger (averaged perceptron, Viterbi decoding, integer weights) with
// gazetteer and document-level features, rules for DATE/TIME/MONEY/PERCENT/QUANTITY, gazetteer decisions for
// GPE versus LOC and NORP, and clusters with canonical names and titles. Internals live in core/ner/.
//
//   aa::EntityModel model = aa::EntityModel::embedded();   // once; immutable, share it between threads
//   aa::find_entities(model, doc);                          // doc.entities, doc.clusters
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "document.h"

namespace aa {

namespace ner {
class Model;
class FormCache;
}  // namespace ner

class EntityModel {
 public:
  /// Loads a model from its bytes: the file the trainer writes, or the same packed for the wire
  /// (ner/model_pack.h: unpacked here). The bytes are copied.
  /// Throws ner::ModelError (a std::runtime_error) with a one-line reason if the bytes are not a usable model:
  /// wrong magic, another format or feature version, truncated, CRC mismatch, inconsistent tables.
  static EntityModel from_bytes(const uint8_t* data, size_t size);

  /// Loads the model compiled into the library (core/data/tables.cmake embeds models/entities.bin).
  /// Throws ner::ModelError if the library was built without a model or the embedded bytes are damaged.
  static EntityModel embedded();

  const ner::Model& model() const { return *model_; }
  /// How the model was made (sources, settings), as the trainer wrote it.
  std::string_view info() const;

 private:
  explicit EntityModel(std::shared_ptr<const ner::Model> m) : model_(std::move(m)) {}
  std::shared_ptr<const ner::Model> model_;
};

/// The bytes of the model compiled into the library (empty if it was built without one).
std::string_view embedded_entity_model_bytes();

/// Finds the named entities of `doc` and groups them into clusters.
/// Requires: doc.text, doc.article.blocks, doc.tokens and doc.sentences as the earlier stages leave them (nothing
/// else is read). Promises: doc.entities sorted by position, non-overlapping, each inside one sentence, with
/// first_token/last_token, a span from its first token's begin to its last token's end, a score in [0, 1] and a
/// cluster; doc.clusters as build_clusters (ner/clusters.h) describes. Tokens of boilerplate blocks are never
/// part of an entity. Deterministic: the same document gives the same result on every platform.
void find_entities(const EntityModel& model, Document& doc);

/// The same, faster on a stream of documents: `memory` (if not null) keeps what the tagger has worked out about
/// the words (their facts, the sums of the model's weights) from one document to the next (ner/scorer.h), within
/// its fixed size. The result is the same
/// as without it, whatever documents it saw before. The memory is used with one model (another empties it) and
/// by one call at a time: the caller makes sure of that (aa::Analyser holds one behind a lock).
[[gnu::noinline]] void find_entities(const EntityModel& model, Document& doc, ner::FormCache* memory);

}  // namespace aa
