// For error analysis only (aa-eval-ner --only ewt-train and tools/eval/rule-damage.py): find_entities with a record
// of the entities after each of its passes, so that an error can be laid at the door of the pass that made it.
// Not used by the analyser: find_entities (entities.h) records nothing.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "ner/entities.h"

namespace aa::ner {

/// One pass of find_entities and the candidates after it: (first token, end token, label), in the pass's order.
struct EntityStep {
  std::string pass;  // the function's name ("tagger", "adjust", "company_names" ...)
  std::vector<std::tuple<uint32_t, uint32_t, Label>> spans;
};

/// find_entities (entities.h), appending one EntityStep to `trace` after the tagger and after every pass.
void find_entities_traced(const EntityModel& model, Document& doc, std::vector<EntityStep>& trace);

}  // namespace aa::ner
