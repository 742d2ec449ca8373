#include "ner/web.h"

#include <algorithm>
#include <string>

#include "ner/word.h"

namespace aa::ner {
namespace {

constexpr uint16_t kEmailNameScore = 700;

bool is_punct(const Document& doc, long i, std::string_view p) {
  return i >= 0 && doc.view(doc.tokens[i].span) == p;
}

}  // namespace

void inverted_names_before_email(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<Candidate> added;
  for (size_t e = 0; e < doc.tokens.size(); ++e) {
    if (doc.tokens[e].kind != TokenKind::Email) continue;
    long i = static_cast<long>(e) - 1;
    if (is_punct(doc, i, "<")) --i;
    if (i >= 0 && doc.tokens[i].kind == TokenKind::Quote) --i;
    // The given name (one or two capitalised words), a comma, the surname (one or two).
    auto name_end = i + 1;
    auto capitalised = [&](long k) {
      return k >= 0 && (table.flags(k) & kInSentence) && table.casing(k) == Casing::Title &&
             doc.tokens[k].kind == TokenKind::Word;
    };
    long k = i;
    while (k > i - 2 && capitalised(k)) --k;
    if (k == i || !is_punct(doc, k, ",")) continue;
    long first_begin = k + 1;
    long j = k - 1;
    while (j > k - 3 && capitalised(j)) --j;
    if (j == k - 1) continue;
    long begin = j + 1;
    // One of its words is in the address: the header names the address's owner.
    std::string address = normalized(doc.view(doc.tokens[e].span));
    address = address.substr(0, address.find('@'));
    bool owner = false;
    for (long w = begin; w < name_end && !owner; ++w)
      owner = w != k && table.norm(w).size() >= 3 && address.find(table.norm(w)) != std::string::npos;
    if (!owner || first_begin >= name_end) continue;
    added.push_back(
        {static_cast<uint32_t>(begin), static_cast<uint32_t>(name_end), Label::Person, kEmailNameScore, {}});
  }
  if (added.empty()) return;
  std::vector<Candidate> kept;
  size_t a = 0;
  for (const Candidate& c : cands) {
    while (a < added.size() && added[a].end <= c.begin) ++a;
    bool overlaps = a < added.size() && c.begin < added[a].end && added[a].begin < c.end;
    if (!overlaps) kept.push_back(c);
  }
  kept.insert(kept.end(), added.begin(), added.end());
  std::sort(kept.begin(), kept.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
  cands = std::move(kept);
}

}  // namespace aa::ner
