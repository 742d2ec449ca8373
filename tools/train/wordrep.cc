#include "wordrep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "ner/gazetteer.h"
#include "ner/wordrep.h"

namespace aa::train {
namespace {

constexpr size_t kDims = 100;

/// Reads the package's JSON ({"vectors": {"word": [100 numbers, l2 norm, rank], ...}}) as a stream: the file is
/// 300 MB, of which only the vectors of the `scan` most frequent words are kept (by the rank each one carries).
class GloveReader {
 public:
  explicit GloveReader(const std::string& path) : f_(std::fopen(path.c_str(), "rb"), &std::fclose) {
    if (!f_) throw std::runtime_error("cannot read " + path);
  }
  /// Moves past the next occurrence of `s`; false at the end of the file.
  bool skip_past(const std::string& s) {
    size_t matched = 0;
    for (int c; (c = next()) != EOF;) {
      matched =
          c == static_cast<unsigned char>(s[matched]) ? matched + 1 : (c == static_cast<unsigned char>(s[0]) ? 1 : 0);
      if (matched == s.size()) return true;
    }
    return false;
  }
  /// The next word and its numbers; false after the last.
  bool entry(std::string& word, std::vector<double>& numbers) {
    int c = skip_space();
    if (c == ',') c = skip_space();
    if (c != '"') return false;
    word.clear();
    while ((c = next()) != EOF && c != '"') {
      if (c == '\\') c = next();
      word.push_back(static_cast<char>(c));
    }
    if (skip_space() != ':' || skip_space() != '[') throw std::runtime_error("GloVe JSON: unexpected format");
    numbers.clear();
    std::string num;
    for (;;) {
      c = skip_space();
      num.clear();
      while (c != ',' && c != ']' && c != EOF) {
        num.push_back(static_cast<char>(c));
        c = next();
      }
      if (c == EOF) throw std::runtime_error("GloVe JSON: truncated");
      numbers.push_back(std::strtod(num.c_str(), nullptr));
      if (c == ']') return true;
    }
  }

 private:
  int next() {
    if (at_ == size_) {
      size_ = std::fread(buf_, 1, sizeof buf_, f_.get());
      at_ = 0;
      if (size_ == 0) return EOF;
    }
    return static_cast<unsigned char>(buf_[at_++]);
  }
  int skip_space() {
    int c;
    while ((c = next()) == ' ' || c == '\n' || c == '\r' || c == '\t') {
    }
    return c;
  }
  std::unique_ptr<FILE, int (*)(FILE*)> f_;
  char buf_[1 << 16];
  size_t at_ = 0, size_ = 0;
};

bool has_letter(const std::string& w) {
  for (unsigned char c : w)
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return true;
  return false;
}

/// Splits words `idx` (rows of x) in two halves, balanced, by spherical 2-means, and again in each half, down to
/// `depth` levels; path[i] gets the branches taken.
void split(const std::vector<float>& x, std::vector<uint32_t> idx, uint32_t depth, uint32_t prefix,
           std::vector<uint32_t>& path) {
  if (depth == ner::kRepBits || idx.size() < 2) {
    for (uint32_t i : idx) path[i] = prefix << (ner::kRepBits - depth);
    return;
  }
  auto dot = [&](uint32_t i, const std::vector<double>& c) {
    double s = 0;
    for (size_t d = 0; d < kDims; ++d) s += x[i * kDims + d] * c[d];
    return s;
  };
  // Start: the most frequent word, and the word least like it.
  std::vector<double> c0(kDims), c1(kDims);
  for (size_t d = 0; d < kDims; ++d) c0[d] = x[idx[0] * kDims + d];
  uint32_t far = idx[1];
  double low = 2;
  for (uint32_t i : idx) {
    double s = dot(i, c0);
    if (s < low) low = s, far = i;
  }
  for (size_t d = 0; d < kDims; ++d) c1[d] = x[far * kDims + d];
  std::vector<std::pair<double, uint32_t>> score(idx.size());
  size_t half = idx.size() / 2;
  for (int iter = 0; iter < 8; ++iter) {
    for (size_t k = 0; k < idx.size(); ++k) score[k] = {dot(idx[k], c1) - dot(idx[k], c0), idx[k]};
    std::nth_element(score.begin(), score.begin() + half, score.end());
    std::fill(c0.begin(), c0.end(), 0.0);
    std::fill(c1.begin(), c1.end(), 0.0);
    for (size_t k = 0; k < score.size(); ++k) {
      std::vector<double>& c = k < half ? c0 : c1;
      for (size_t d = 0; d < kDims; ++d) c[d] += x[score[k].second * kDims + d];
    }
    for (auto* c : {&c0, &c1}) {
      double n = 0;
      for (double v : *c) n += v * v;
      n = std::sqrt(n);
      if (n > 0)
        for (double& v : *c) v /= n;
    }
  }
  std::vector<uint32_t> a, b;
  for (size_t k = 0; k < score.size(); ++k) (k < half ? a : b).push_back(score[k].second);
  std::sort(a.begin(), a.end());  // by rank again: the first is the most frequent
  std::sort(b.begin(), b.end());
  split(x, std::move(a), depth + 1, prefix << 1, path);
  split(x, std::move(b), depth + 1, prefix << 1 | 1, path);
}

}  // namespace

std::vector<uint32_t> build_word_reps(const WordRepOptions& o,
                                      const std::unordered_map<uint32_t, uint32_t>& train_counts, std::string& log) {
  GloveReader r(o.glove);
  if (!r.skip_past("\"vectors\":{")) throw std::runtime_error(o.glove + ": no vectors");
  std::vector<std::string> words(o.scan);
  std::vector<float> x(size_t(o.scan) * kDims, 0.0f);
  std::vector<bool> have(o.scan, false);
  std::string word;
  std::vector<double> v;
  size_t read = 0;
  while (r.entry(word, v)) {
    ++read;
    if (v.size() != kDims + 2)
      throw std::runtime_error("GloVe JSON: a vector of " + std::to_string(v.size()) + " numbers");
    double rank = v[kDims + 1];
    if (rank < 0 || rank >= o.scan || !has_letter(word)) continue;
    uint32_t i = static_cast<uint32_t>(rank);
    double n = 0;
    for (size_t d = 0; d < kDims; ++d) n += v[d] * v[d];
    n = std::sqrt(n);
    if (n == 0) continue;
    for (size_t d = 0; d < kDims; ++d) x[size_t(i) * kDims + d] = static_cast<float>(v[d] / n);
    words[i] = word;
    have[i] = true;
  }
  // Rows in rank order, without the gaps (words without a letter).
  std::vector<uint32_t> rows;
  for (uint32_t i = 0; i < o.scan; ++i)
    if (have[i]) {
      if (rows.size() != i)
        std::copy(x.begin() + size_t(i) * kDims, x.begin() + size_t(i + 1) * kDims, x.begin() + rows.size() * kDims);
      words[rows.size()] = words[i];
      rows.push_back(i);
    }
  size_t n = rows.size();
  std::vector<uint32_t> idx(n), path(n, 0);
  for (uint32_t i = 0; i < n; ++i) idx[i] = i;
  split(x, idx, 0, 0, path);

  std::vector<uint32_t> entries;
  std::vector<uint32_t> seen;  // fingerprints taken
  size_t frequent = 0, collisions = 0;
  std::vector<std::pair<uint32_t, uint32_t>> kept;  // fingerprint, path (the first word of a fingerprint)
  std::unordered_map<uint32_t, bool> taken;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t key = ner::token_key(words[i]);
    uint32_t fp = key >> ner::kRepBits;
    if (taken.count(fp)) {
      ++collisions;
      continue;
    }
    taken[fp] = true;
    auto c = train_counts.find(key);
    if (c != train_counts.end() && c->second >= o.max_train_count) {
      ++frequent;
      continue;
    }
    entries.push_back(ner::rep_entry(key, path[i]));
  }
  std::sort(entries.begin(), entries.end());
  std::ostringstream out;
  out << "word representations: " << read << " GloVe vectors read (" << o.glove.substr(o.glove.rfind('/') + 1)
      << "), the " << n << " most frequent words with a letter (of the first " << o.scan << ") split " << ner::kRepBits
      << " times; kept " << entries.size() << " words the training data have fewer than " << o.max_train_count
      << " times (" << frequent << " more frequent, " << collisions << " fingerprints shared)\n";
  log = out.str();
  return entries;
}

}  // namespace aa::train
