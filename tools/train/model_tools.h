// What a trained model's bytes are and what they are worth, without training again (issue 18, the model's size):
// re-pruning and coarser weights (aa-train --reprune), and the model's features by feature template, with a copy
// of the model without each template for the dev sets (aa-train --model-report).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "ner/model.h"

namespace aa::train {

/// A kept weight in steps of `step` (at least 1): the nearest multiple (ties away from zero), clamped to the stored
/// range (model.h); 0 when it rounds to 0 (then dropped).
int32_t step_weight(int32_t w, int step);

/// The model without the weights of magnitude below `min_weight`, each remaining weight rounded to a multiple of
/// `step` (ties away from zero; clamped to the stored range; a weight that rounds to 0 goes), and without the
/// features left with no weight. Transitions, gazetteer and the rest unchanged. Pruning a model trained with
/// --min-weight W at W' >= W gives the model trained with --min-weight W' (the trainer prunes the same quantised
/// weights the same way).
ner::ModelData reprune(const ner::ModelData& model, int min_weight, int step);

/// The model rebuilt feature by feature: a feature goes when `keep_feature(key)` is false; each of its weights is
/// replaced by `weight(w)` and goes when that is 0; a feature left with no weight goes. Transitions, gazetteer and
/// the rest unchanged. What reprune() and without_templates() share.
template <class KeepFeature, class Weight>
ner::ModelData rebuild_model(const ner::ModelData& model, KeepFeature&& keep_feature, Weight&& weight) {
  ner::ModelData m = model;
  m.feature_keys.clear();
  m.feature_offsets.assign(1, 0);
  m.pair_tags.clear();
  m.pair_weights.clear();
  for (size_t i = 0; i < model.feature_keys.size(); ++i) {
    if (!keep_feature(model.feature_keys[i])) continue;
    const size_t before = m.pair_tags.size();
    for (uint32_t k = model.feature_offsets[i]; k < model.feature_offsets[i + 1]; ++k) {
      const int32_t w = weight(int32_t{model.pair_weights[k]});
      if (w == 0) continue;
      m.pair_tags.push_back(model.pair_tags[k]);
      m.pair_weights.push_back(static_cast<int16_t>(w));
    }
    if (m.pair_tags.size() == before) continue;
    m.feature_keys.push_back(model.feature_keys[i]);
    m.feature_offsets.push_back(static_cast<uint32_t>(m.pair_tags.size()));
  }
  return m;
}

/// The model without the features whose template (features.h: Template, styled ids as they are hashed) `drop`
/// says; features of no known template are kept (so are their weights, which are never 0 in a trained model).
template <class Drop>
ner::ModelData without_templates(const ner::ModelData& model, const std::unordered_map<uint32_t, uint16_t>& templ,
                                 Drop&& drop) {
  return rebuild_model(
      model,
      [&](uint32_t key) {
        auto it = templ.find(key);
        return it == templ.end() || !drop(it->second);
      },
      [](int32_t w) { return w; });
}

/// A template's name ("word", "shape-tri", ...) by its id without the style (id % 64); "?" if unknown.
std::string template_name(uint32_t base);
/// The style part of a styled id: "" (normal), "title", "caps", "lower".
std::string style_name(uint32_t id);

/// Counts of features by template in training data: how often each template fires (per token) and the map from a
/// feature hash to its template (0xFFFF where two templates gave the same hash).
struct TemplateCounts {
  std::unordered_map<uint32_t, uint16_t> template_of;
  std::unordered_map<uint32_t, uint64_t> fired;  // styled id -> features pushed
  uint64_t tokens = 0;
  void add(uint32_t hash, uint16_t templ);
};

/// Writes the report (markdown, stdout) of `model` by template: features, weights, plain bytes, how often each
/// fires per training token; and into `ablate_dir` (if not empty) one model per base template without its
/// features ("minus-NAME.bin") and one per style without its styled features ("minus-style-NAME.bin").
void model_report(const ner::ModelData& model, const TemplateCounts& counts, const std::string& ablate_dir);

/// Writes a model file; throws std::runtime_error if it cannot.
void write_model(const ner::ModelData& model, const std::string& path);

}  // namespace aa::train
