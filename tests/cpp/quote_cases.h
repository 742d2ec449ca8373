// The quotation golden cases (tests/golden/quotes/cases.txt): parsing, building the document of a case with
// hand-tagged entities, and writing quotations in the cases' line format. Header-only: the Catch2 test and the
// evaluation tool (aa-eval-quotes) both use it.
//
// Case file format (UTF-8, one directive a line, blank lines and lines starting with '#' ignored):
//   === <id>: <what the case shows>
//   text: <a paragraph>          each text/blockquote line is one block of the document, in order
//   blockquote: <a paragraph>    a block quotation (BlockKind::BlockQuote)
//   expect: <kind> | <quoted text> | <speaker> | <cue>    one per quotation, in text order
//   expect: none                 the case has no quotation
//   warn: <text at the warning>  an unbalanced-quote warning at that text (none expected unless listed)
// In text lines, [[Ned Price]] or [[Price|PERSON|Ned Price|spokesperson]] tags an entity: the text, the label
// (PERSON when left out), the canonical name (the text when left out) and titles (';'-separated). Mentions with
// the same label and canonical name share a cluster. In expect lines the speaker is the name, "-" for none
// followed by the reason in brackets ("- (no-cue)", Speaker::reason), and ends in " [anon]" when anonymous; the cue is
// its text or "-"; "\n" in a quoted text is a line break.
#pragma once

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "document.h"
#include "quotes/quotes.h"
#include "structure/structure.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace aa::golden {

struct TaggedEntity {
  Span span;
  Label label = Label::Person;
  std::string canonical;
  std::vector<std::string> titles;
};

struct QuoteCase {
  std::string id, about;
  std::vector<std::string> blocks;  // the text of each block, markup removed
  std::vector<bool> block_quote;    // which blocks are block quotations
  std::vector<TaggedEntity> entities;
  std::vector<std::string> expect;  // "kind | text | speaker | cue", normalised
  std::vector<std::string> warnings;
  int line = 0;
};

inline std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

/// "kind | text | speaker | cue" with single spaces around the bars.
inline std::string normalise_expect(const std::string& line) {
  auto parts = split(line, '|');
  if (parts.size() != 4) throw std::runtime_error("expect needs 4 fields: " + line);
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += " | ";
    out += trim(parts[i]);
  }
  return out;
}

/// Parses the case file; throws std::runtime_error with the line number on a malformed line.
inline std::vector<QuoteCase> parse_cases(std::istream& in) {
  std::vector<QuoteCase> cases;
  std::string line;
  int n = 0;
  auto fail = [&](const std::string& why) { throw std::runtime_error("cases line " + std::to_string(n) + ": " + why); };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    if (line.rfind("=== ", 0) == 0) {
      QuoteCase c;
      std::string head = line.substr(4);
      size_t colon = head.find(':');
      c.id = trim(head.substr(0, colon));
      c.about = colon == std::string::npos ? "" : trim(head.substr(colon + 1));
      c.line = n;
      cases.push_back(c);
      continue;
    }
    if (cases.empty()) fail("a directive before the first ===");
    QuoteCase& c = cases.back();
    size_t colon = line.find(':');
    if (colon == std::string::npos) fail("no directive");
    std::string key = line.substr(0, colon), value = trim(line.substr(colon + 1));
    if (key == "text" || key == "blockquote") {
      // Offsets of the block are known once the blocks before it are joined: record the markup-free text
      // and entity spans relative to the document (blocks are joined with "\n").
      size_t base = 0;
      for (const auto& b : c.blocks) base += b.size() + 1;
      std::string plain;
      size_t i = 0;
      while (i < value.size()) {
        if (value.compare(i, 2, "[[") == 0) {
          size_t close = value.find("]]", i);
          if (close == std::string::npos) fail("unclosed [[");
          auto fields = split(value.substr(i + 2, close - i - 2), '|');
          TaggedEntity e;
          e.span.begin = static_cast<uint32_t>(base + plain.size());
          plain += fields[0];
          e.span.end = static_cast<uint32_t>(base + plain.size());
          std::string label = fields.size() > 1 && !trim(fields[1]).empty() ? trim(fields[1]) : "PERSON";
          auto l = label_from_name(label);
          if (!l) fail("unknown label " + label);
          e.label = *l;
          e.canonical = fields.size() > 2 && !trim(fields[2]).empty() ? trim(fields[2]) : fields[0];
          if (fields.size() > 3)
            for (auto& t : split(fields[3], ';'))
              if (!trim(t).empty()) e.titles.push_back(trim(t));
          c.entities.push_back(e);
          i = close + 2;
        } else {
          plain.push_back(value[i++]);
        }
      }
      c.blocks.push_back(plain);
      c.block_quote.push_back(key == "blockquote");
    } else if (key == "expect") {
      if (value == "none") continue;
      c.expect.push_back(normalise_expect(value));
    } else if (key == "warn") {
      c.warnings.push_back(value);
    } else {
      fail("unknown directive " + key);
    }
  }
  return cases;
}

inline std::vector<QuoteCase> load_cases(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return parse_cases(in);
}

/// The text of a case: its blocks joined with line breaks.
inline std::string case_text(const QuoteCase& c) {
  std::string text;
  for (size_t i = 0; i < c.blocks.size(); ++i) {
    if (i) text += "\n";
    text += c.blocks[i];
  }
  return text;
}

/// Adds the tagged entities to a tokenized document, with clusters as the entity stage would make them.
inline void add_entities(Document& doc, const std::vector<TaggedEntity>& tagged) {
  std::map<std::pair<int, std::string>, int32_t> ids;
  for (const auto& c : doc.clusters) ids.emplace(std::make_pair(static_cast<int>(c.label), c.name), c.id);
  for (const auto& t : tagged) {
    Entity e;
    e.span = t.span;
    e.label = t.label;
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      if (doc.tokens[k].span.begin < t.span.begin) continue;
      if (doc.tokens[k].span.begin >= t.span.end) break;
      if (e.last_token == 0) e.first_token = k;
      e.last_token = k + 1;
    }
    auto key = std::make_pair(static_cast<int>(t.label), t.canonical);
    auto it = ids.find(key);
    if (it == ids.end()) {
      Cluster c;
      c.id = static_cast<int32_t>(doc.clusters.size());
      c.label = t.label;
      c.name = t.canonical;
      it = ids.emplace(key, c.id).first;
      doc.clusters.push_back(c);
    }
    e.cluster = it->second;
    Cluster& c = doc.clusters[e.cluster];
    c.mentions.push_back(static_cast<uint32_t>(doc.entities.size()));
    for (const auto& title : t.titles)
      if (std::find(c.titles.begin(), c.titles.end(), title) == c.titles.end()) c.titles.push_back(title);
    doc.entities.push_back(e);
  }
}

/// The document of a case up to (not including) the quotation stage; with `entities` the hand tags are added.
inline Document build_document(const QuoteCase& c, bool entities) {
  Document doc;
  doc.text = case_text(c);
  structure_text(doc);
  // One block per line of the case; mark the block quotations.
  size_t pos = 0;
  for (size_t i = 0; i < c.blocks.size(); ++i) {
    if (c.block_quote[i]) {
      for (auto& b : doc.article.blocks)
        if (b.span.begin >= pos && b.span.end <= pos + c.blocks[i].size()) b.kind = BlockKind::BlockQuote;
    }
    pos += c.blocks[i].size() + 1;
  }
  index_blocks(doc.article, doc.text);
  tokenize(doc);
  split_sentences(doc);
  if (entities) add_entities(doc, c.entities);
  return doc;
}

/// A quotation in the cases' line format.
inline std::string describe(const Document& doc, const Quote& q) {
  std::string text(doc.view(q.span));
  std::string escaped;
  for (char ch : text) {
    if (ch == '\n')
      escaped += "\\n";
    else
      escaped.push_back(ch);
  }
  std::string speaker = q.speaker.known() ? q.speaker.name : "-";
  if (!q.speaker.known() && !q.speaker.reason.empty()) speaker += " (" + std::string(q.speaker.reason) + ")";
  if (q.speaker.anonymous) speaker += " [anon]";
  std::string cue = q.cue ? std::string(doc.view(*q.cue)) : "-";
  return std::string(quote_kind_name(q.kind)) + " | " + escaped + " | " + speaker + " | " + cue;
}

/// The text at each unbalanced-quote warning.
inline std::vector<std::string> describe_warnings(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& w : doc.warnings)
    if (w.code == "unbalanced-quote") out.push_back(std::string(doc.view(w.span)));
  return out;
}

}  // namespace aa::golden
