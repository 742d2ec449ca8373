// Compiles the name lists of ../shared/data/gazetteers and tools/train/lists into the model's gazetteer.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ner/gazetteer.h"

namespace aa::train {

class GazetteerBuilder {
 public:
  /// Adds a phrase (tokenised as the analyser tokenises text) to list `type`. Empty phrases are ignored.
  void add(const std::string& phrase, ner::GazType type);
  /// Maps a phrase to a canonical name ("U.S." -> "United States"). A phrase given two different canonical names
  /// is dropped (ambiguous).
  void alias(const std::string& phrase, const std::string& canonical);
  /// Reads every source under `data_dir` (../shared/data/gazetteers), `lists_dir` (tools/train/lists) and the
  /// titles and time words of `core_data_dir` (core/data). Returns a log of counts per source, one line each.
  /// Throws std::runtime_error if a source is missing or unreadable.
  std::string add_sources(const std::string& data_dir, const std::string& lists_dir, const std::string& core_data_dir);

  ner::GazetteerData build() const;
  size_t phrases() const { return entries_.size(); }

 private:
  std::vector<uint32_t> keys_of(const std::string& phrase) const;
  std::map<uint32_t, uint32_t> entries_;  // phrase hash -> bits (ordered: deterministic output)
  std::map<uint32_t, std::string> aliases_;
  std::map<uint32_t, bool> ambiguous_;
};

}  // namespace aa::train
