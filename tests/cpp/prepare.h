// For the stage tests: a document of plain text carried through the stages before entities and quotes
// (structure, tokens, sentences), as aa::Analyser carries it.
#pragma once

#include <string>

#include "document.h"
#include "text/sentences.h"
#include "structure/structure.h"
#include "text/tokenizer.h"

namespace aa::test {

inline Document prepare(const std::string& text) {
  Document doc;
  doc.text = text;
  structure_text(doc);
  tokenize(doc);
  split_sentences(doc);
  return doc;
}

}  // namespace aa::test
