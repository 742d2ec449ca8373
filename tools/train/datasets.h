// The training and held-out sets of ../shared/data/ner, with each set's labels mapped onto the tagger's types:
// PERSON, ORG, LOC (GPE and LOC: the gazetteer tells them apart at run time), NORP, EVENT and MISC (other names,
// learnt so that they are not taken for the others, then dropped). DATE and number labels become O: rules find
// them. uner_en_ewt (dev/test) is evaluation data and never read here.
#pragma once

#include <string>
#include <vector>

#include "corpus.h"
#include "ner/gazetteer.h"

namespace aa::train {

/// The tagger's entity types, in tag order.
const std::vector<std::string>& tagger_labels();

struct Dataset {
  std::string name;     // "gum_train", ...
  std::string licence;  // for models/NOTICE
  std::vector<corpus::Doc> docs;
  int weight = 1;  // copies per epoch
};

/// Loads every training set under `ner_dir`. `demonyms`: a phrase -> is-demonym test (gazetteer-based) used to
/// mark nationality words in sets that do not annotate them (silver NORP). Throws std::runtime_error if a file
/// is missing.
std::vector<Dataset> load_training_sets(const std::string& ner_dir, const ner::Gazetteer& gazetteer);

/// The news set: ECB+ articles annotated by the project (annotations/ner-news/train.tsv), sentences as ECB+
/// sentences, labels mapped onto the tagger's types (GPE -> LOC; DATE and number labels -> O). Only annotated
/// documents are read. `without_dev`: leave out the dev topics (corpus::ecb::dev_topics), for development runs.
/// `fraction` (0-1]: keep only the documents whose id hashes below that fraction (a fixed subset, the same for
/// every seed and run; learning curves). `first`: keep only the first `first` documents in the file's order (the
/// file only grows by appending, so the first 280 are the set the shipped model was trained on).
Dataset load_news(const std::string& ecb_root, const std::string& annotations, bool without_dev, double fraction = 1.0,
                  size_t first = SIZE_MAX);

/// The held-out set: GUM's official dev and test splits (never trained on), mapped like the training sets.
Dataset load_heldout(const std::string& ner_dir, const ner::Gazetteer& gazetteer, bool fine_labels);

}  // namespace aa::train
