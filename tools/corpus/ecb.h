// ECB+ news articles (../shared/data/ner/ecbplus, CC BY 3.0) and the project's stand-off annotations of them
// (annotations/ner-news/*.tsv: document, first and last ECB+ token id, label).
//
// The text the analyser reads is rebuilt from the tokens by detokenize(), a port of detokenize() in
// tools/annotate/ecb.py (the annotation tool): both must give the same text for every document (checked with
// aa-ecb-text against `ecb.py text`).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus.h"

namespace aa::corpus::ecb {

struct Token {
  int id = 0;        // t_id, 1-based
  int sentence = 0;  // the "sentence" attribute
  std::string text;  // XML entities decoded
};

/// The tokens of one document file, in document order. Throws std::runtime_error if it cannot be read.
std::vector<Token> read_doc_file(const std::string& path);

/// The file of document `doc` ("1_10ecb") under the ECB+ root (ROOT/1/1_10ecb.xml).
std::string doc_path(const std::string& root, const std::string& doc);

/// Every document id under the ECB+ root, sorted as strings (as ecb.py all_docs()).
std::vector<std::string> all_docs(const std::string& root);

/// The document's text as the analyser reads it and each token's [begin, end) in it, in bytes. Sentences become
/// paragraphs (a blank line between); `` and '' become curly double quotes, straight double quotes open and close
/// by alternation; hyphens between words are joined; clitics and punctuation attach as print sets them.
std::string detokenize(const std::vector<Token>& tokens, std::vector<std::pair<uint32_t, uint32_t>>& spans);

/// One annotated entity: ECB+ token ids first..last (inclusive) and the contract label.
struct Mention {
  int first = 0, last = 0;
  std::string label;
};

/// An annotation file: the documents it covers (rows labelled "-") and their entities, by document.
struct Annotations {
  std::vector<std::string> docs;  // in file order, each once
  std::map<std::string, std::vector<Mention>> mentions;
};

/// Reads annotations/ner-news/*.tsv. Throws std::runtime_error if the file cannot be read or a row is malformed.
Annotations read_annotations(const std::string& path);

/// The topic of a document id ("12_3ecbplus" -> 12).
int topic_of(const std::string& doc);

/// The news DEV split, a fixed rule: the documents of the 3 lowest-numbered topics of the training annotations
/// (annotations/ner-news/train.tsv: topics 1, 2 and 4). Every model decision is made on it; the final model is
/// trained on all training documents; test.tsv is scored only at the end.
std::set<int> dev_topics(const Annotations& train);
constexpr int kDevTopics = 3;

/// A document for the trainer: ECB+ sentences of tokens (as the detokenized text writes them: `` -> “ ...), with
/// the annotated entities as spans mapped by `map_label` ("" drops one). Entities that cross a sentence are dropped.
Doc to_corpus_doc(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                  const std::function<std::string(const std::string&)>& map_label);

}  // namespace aa::corpus::ecb
