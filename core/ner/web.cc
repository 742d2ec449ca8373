#include "ner/web.h"

#include <algorithm>
#include <string>

#include "data/tables.h"
#include "ner/word.h"

namespace aa::ner {
namespace {

constexpr uint16_t kEmailNameScore = 700;

enum class BusinessWord : uint8_t { Business };

#include "ner_business_words.inc"  // kBusinessWords

/// Replaces the candidates that overlap one of `added` (sorted, non-overlapping) by them.
void replace_overlapping(std::vector<Candidate>& cands, const std::vector<Candidate>& added) {
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
  if (!added.empty()) replace_overlapping(cands, added);
}

void owner_businesses(const Document& doc, const TokenTable& table, std::vector<Candidate>& cands) {
  std::vector<Candidate> added;
  size_t k = 0;  // the first candidate that does not end before the possessive
  for (uint32_t p = 1; p + 1 < doc.tokens.size(); ++p) {
    // The possessive: one token, or an apostrophe set apart and "s" ("Ray 's Pizza", text from tokens).
    uint32_t w = p + 1;
    if (doc.tokens[p].kind == TokenKind::Quote && table.norm(p) == "'" && doc.view(doc.tokens[w].span) == "s" &&
        !(doc.tokens[w].flags & kSpaceBefore))
      ++w;
    else if (table.norm(p) != "'s")  // a clitic; a word of its own in text from tokens
      continue;
    if (w >= doc.tokens.size()) continue;
    if (!(table.flags(w) & kInSentence) || (table.flags(w) & kSentenceStart) || !(table.flags(p - 1) & kInSentence))
      continue;
    if (table.casing(w) != Casing::Title) continue;  // "Sam's restaurant" names none
    if (!table_find(kBusinessWords, table.norm(w))) continue;
    if (table.casing(p - 1) != Casing::Title) continue;
    // The owner's name: the PERSON that ends at the possessive, or the capitalised word before it.
    while (k < cands.size() && cands[k].end < p) ++k;
    uint32_t begin = p - 1;
    if (k < cands.size() && cands[k].end == p) {
      if (cands[k].label != Label::Person || cands[k].bytes.end) continue;
      begin = cands[k].begin;
    } else if (k < cands.size() && cands[k].begin < p) {
      continue;
    }
    uint32_t end = w + 1;
    while (end < doc.tokens.size() && (table.flags(end) & kInSentence) && !(table.flags(end) & kSentenceStart) &&
           table.casing(end) == Casing::Title)
      ++end;  // "Ray's Pizza Kitchen"
    added.push_back({begin, end, Label::Org, kEmailNameScore, {}});
    p = end - 1;
  }
  if (!added.empty()) replace_overlapping(cands, added);
}

}  // namespace aa::ner
