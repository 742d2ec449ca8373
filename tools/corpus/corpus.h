// Annotated corpora for the trainer and the evaluation: CoNLL-style files read into documents of sentences of
// tokens with entity spans, and Documents built from them the way the entity stage sees real text.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "document.h"

namespace aa::corpus {

/// An entity span over the tokens of one sentence, with a label name (the corpus's own, or ours after mapping).
struct Span {
  size_t begin = 0, end = 0;
  std::string label;
};

struct Sentence {
  std::vector<std::string> tokens;
  std::vector<Span> spans;
};

struct Doc {
  std::vector<Sentence> sentences;
  // A headline or credit line the trainer added (augmentation): the block kind of sentence i, Paragraph if none.
  std::vector<BlockKind> kinds;
};

enum class TagScheme { Iob2, Iob1 };

/// Reads a CoNLL-style file: the token in the first column, the tag in the last (tab- or space-separated);
/// blank lines end sentences; "-DOCSTART-" lines and "# newdoc" comments end documents; other "#" lines are
/// comments. Tags are O, B-X, I-X (IOB2, IOB1), L-X, U-X, E-X, S-X; "B-O"/"I-O" count as O.
/// Documents longer than `sentences_per_doc` sentences are cut into pieces of that many (0: never cut; for files
/// whose only mark is one -DOCSTART- at the top).
/// Throws std::runtime_error if the file cannot be read.
std::vector<Doc> read_conll(const std::string& path, TagScheme scheme, size_t sentences_per_doc);

/// Renames or drops every span: `map` returns the new label, or "" to drop the span.
void map_labels(std::vector<Doc>& docs, const std::function<std::string(const Sentence&, const Span&)>& map);

/// A Document as the entity stage would see it: text = the tokens joined by single spaces, sentences joined by
/// a newline, one block per document (or per sentence with its own kind), tokens = the corpus tokens with kinds
/// from the tokenizer, one Sentence per corpus sentence.
/// Promises: doc.tokens[k] is the k-th token of the corpus document (sentences in order).
Document make_document(const Doc& doc);

/// The text of tokens [b, e) of a sentence joined by spaces.
std::string span_text(const Sentence& s, size_t b, size_t e);

}  // namespace aa::corpus
