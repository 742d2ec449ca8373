#include "model_tools.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include "ner/features.h"

namespace aa::train {

namespace {

constexpr uint16_t kAmbiguous = 0xFFFF;

}  // namespace

int32_t step_weight(int32_t w, int step) {
  if (step <= 1) return w;
  const int32_t hi = ner::kMaxWeight / step * step, lo = -(ner::kMaxWeight + 1) / step * step;
  w = static_cast<int32_t>(std::lround(double(w) / step)) * step;
  return std::max(lo, std::min(hi, w));
}

ner::ModelData reprune(const ner::ModelData& model, int min_weight, int step) {
  if (step < 1) throw std::runtime_error("--weight-step must be at least 1");
  return rebuild_model(
      model, [](uint32_t) { return true; },
      [&](int32_t w) { return std::abs(w) < min_weight ? 0 : step_weight(w, step); });
}

std::string template_name(uint32_t base) {
  static const std::map<uint32_t, const char*> kNames = {
      {ner::kBias, "bias"},
      {ner::kWord, "word"},
      {ner::kWordPrev, "word-prev"},
      {ner::kWordNext, "word-next"},
      {ner::kWordPrev2, "word-prev2"},
      {ner::kWordNext2, "word-next2"},
      {ner::kWordPrevWord, "word-prev-word"},
      {ner::kWordWordNext, "word-word-next"},
      {ner::kAffix, "affix"},
      {ner::kRep, "rep"},
      {ner::kRepPrev, "rep-prev"},
      {ner::kRepNext, "rep-next"},
      {ner::kWordCasing, "word-casing"},
      {ner::kShape, "shape"},
      {ner::kShortShape, "short-shape"},
      {ner::kShapePrevCur, "shape-prev-cur"},
      {ner::kShapeCurNext, "shape-cur-next"},
      {ner::kShapeTri, "shape-tri"},
      {ner::kWordPrevShape, "word-prev-shape"},
      {ner::kShapeWordNext, "shape-word-next"},
      {ner::kStart, "start"},
      {ner::kBlock, "block"},
      {ner::kGaz, "gaz"},
      {ner::kGazCasing, "gaz-casing"},
      {ner::kGazPrev, "gaz-prev"},
      {ner::kGazNext, "gaz-next"},
      {ner::kDocCase, "doc-case"},
      {ner::kRepCasing, "rep-casing"},
  };
  auto it = kNames.find(base);
  return it == kNames.end() ? "?" : it->second;
}

std::string style_name(uint32_t id) {
  static const char* const kStyles[] = {"", "title", "caps", "lower"};
  return id / 64 < 4 ? kStyles[id / 64] : "?";
}

void TemplateCounts::add(uint32_t hash, uint16_t templ) {
  ++fired[templ];
  auto [it, fresh] = template_of.emplace(hash, templ);
  if (!fresh && it->second != templ) it->second = kAmbiguous;
}

void write_model(const ner::ModelData& model, const std::string& path) {
  std::string bytes = ner::serialize(model);
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

void model_report(const ner::ModelData& model, const TemplateCounts& counts, const std::string& ablate_dir) {
  struct Row {
    uint64_t features = 0, weights = 0, fired = 0, small = 0;  // small: weights under 32 in magnitude
  };
  std::map<uint32_t, Row> by_id;  // styled id (kAmbiguous, 0xFFFE: unknown)
  for (size_t i = 0; i < model.feature_keys.size(); ++i) {
    auto it = counts.template_of.find(model.feature_keys[i]);
    uint32_t id = it == counts.template_of.end() ? 0xFFFE : it->second;
    Row& r = by_id[id];
    ++r.features;
    for (uint32_t k = model.feature_offsets[i]; k < model.feature_offsets[i + 1]; ++k) {
      ++r.weights;
      if (std::abs(model.pair_weights[k]) < 32) ++r.small;
    }
  }
  for (const auto& [id, n] : counts.fired) by_id[id].fired += n;
  std::printf("model: %zu features, %zu weights; training tokens read: %llu\n\n", model.feature_keys.size(),
              model.pair_weights.size(), static_cast<unsigned long long>(counts.tokens));
  std::printf(
      "| template | style | features | weights | weights < 32 | plain bytes (3 a feature, 2 a weight) | fired per "
      "token |\n| --- | --- | --- | --- | --- | --- | --- |\n");
  for (const auto& [id, r] : by_id) {
    std::string name = id == kAmbiguous ? "(two templates)"
                       : id == 0xFFFE   ? "(not seen in the data)"
                                        : template_name(id % 64);
    std::string style = id >= 0xFFFE ? "" : style_name(id);
    std::printf("| %s | %s | %llu | %llu | %llu | %llu | %.3f |\n", name.c_str(), style.c_str(),
                static_cast<unsigned long long>(r.features), static_cast<unsigned long long>(r.weights),
                static_cast<unsigned long long>(r.small),
                static_cast<unsigned long long>(3 * r.features + 2 * r.weights),
                counts.tokens ? double(r.fired) / double(counts.tokens) : 0.0);
  }
  if (ablate_dir.empty()) return;
  std::set<uint32_t> bases;
  for (const auto& [id, r] : by_id)
    if (id < 0xFFFE && r.features) bases.insert(id % 64);
  for (uint32_t base : bases) {
    write_model(
        without_templates(model, counts.template_of, [&](uint16_t id) { return id != kAmbiguous && id % 64 == base; }),
        ablate_dir + "/minus-" + template_name(base) + ".bin");
  }
  for (uint32_t style = 1; style < 4; ++style)
    write_model(
        without_templates(model, counts.template_of, [&](uint16_t id) { return id != kAmbiguous && id / 64 == style; }),
        ablate_dir + "/minus-style-" + style_name(style * 64) + ".bin");
}

}  // namespace aa::train
