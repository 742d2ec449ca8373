#include "corpus.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "text/tokenizer.h"

namespace aa::corpus {
namespace {

void split_fields(const std::string& line, std::vector<std::string>& out) {
  out.clear();
  bool tabs = line.find('\t') != std::string::npos;
  std::string cur;
  for (char c : line) {
    if (c == '\t' || (!tabs && c == ' ')) {
      if (!cur.empty() || tabs) out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
}

// Tags of one sentence -> spans.
std::vector<Span> spans_from_tags(const std::vector<std::string>& tags, TagScheme scheme) {
  std::vector<Span> spans;
  bool open = false;
  Span cur;
  auto close = [&](size_t end) {
    if (open) {
      cur.end = end;
      spans.push_back(cur);
    }
    open = false;
  };
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    if (t.size() < 3 || t[1] != '-' || t.substr(2) == "O") {
      close(i);
      continue;
    }
    char p = t[0];
    std::string label = t.substr(2);
    bool cont = open && cur.label == label && (p == 'I' || p == 'L' || p == 'E');
    if (scheme == TagScheme::Iob1 && p == 'I' && open && cur.label == label) cont = true;
    if (!cont) {
      close(i);
      cur = Span{i, i + 1, label};
      open = true;
    }
    if (p == 'L' || p == 'E' || p == 'U' || p == 'S') close(i + 1);
  }
  close(tags.size());
  return spans;
}

}  // namespace

std::vector<Doc> read_conll(const std::string& path, TagScheme scheme, size_t sentences_per_doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Doc> docs;
  Doc doc;
  Sentence sent;
  std::vector<std::string> tags, fields;
  auto end_sentence = [&] {
    if (!sent.tokens.empty()) {
      sent.spans = spans_from_tags(tags, scheme);
      doc.sentences.push_back(std::move(sent));
      doc.kinds.push_back(BlockKind::Paragraph);
    }
    sent = Sentence{};
    tags.clear();
  };
  auto end_doc = [&] {
    end_sentence();
    if (!doc.sentences.empty()) docs.push_back(std::move(doc));
    doc = Doc{};
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("-DOCSTART-", 0) == 0 || line.rfind("# newdoc", 0) == 0) {
      end_doc();
      continue;
    }
    if (!line.empty() && line[0] == '#' && (line.size() == 1 || line[1] == ' ')) continue;
    split_fields(line, fields);
    if (fields.empty()) {
      end_sentence();
      continue;
    }
    if (fields.size() < 2) continue;
    // UD-style lines start with an index: "1<TAB>word<TAB>tag..."
    size_t word_col = 0;
    if (fields.size() >= 3 && !fields[0].empty() && std::isdigit(static_cast<unsigned char>(fields[0][0])) &&
        fields[0].find_first_not_of("0123456789") == std::string::npos && fields.size() >= 4)
      word_col = 1;
    std::string token = fields[word_col];
    std::string tag = word_col ? fields[2] : fields.back();
    if (token.empty()) continue;
    sent.tokens.push_back(token);
    tags.push_back(tag);
  }
  end_doc();
  if (sentences_per_doc > 0) {
    std::vector<Doc> cut;
    for (auto& d : docs) {
      for (size_t i = 0; i < d.sentences.size(); i += sentences_per_doc) {
        Doc part;
        for (size_t k = i; k < std::min(d.sentences.size(), i + sentences_per_doc); ++k) {
          part.sentences.push_back(std::move(d.sentences[k]));
          part.kinds.push_back(d.kinds[k]);
        }
        cut.push_back(std::move(part));
      }
    }
    docs = std::move(cut);
  }
  return docs;
}

void map_labels(std::vector<Doc>& docs, const std::function<std::string(const Sentence&, const Span&)>& map) {
  for (auto& d : docs) {
    for (auto& s : d.sentences) {
      std::vector<Span> kept;
      for (const auto& sp : s.spans) {
        std::string l = map(s, sp);
        if (!l.empty()) kept.push_back(Span{sp.begin, sp.end, l});
      }
      s.spans = std::move(kept);
    }
  }
}

std::string span_text(const Sentence& s, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) {
    if (i > b) out.push_back(' ');
    out += s.tokens[i];
  }
  return out;
}

Document make_document(const Doc& d) {
  Document doc;
  // Text and token spans.
  struct Pos {
    uint32_t b, e;
  };
  std::vector<std::vector<Pos>> pos(d.sentences.size());
  for (size_t si = 0; si < d.sentences.size(); ++si) {
    if (si > 0) doc.text.push_back('\n');
    for (size_t k = 0; k < d.sentences[si].tokens.size(); ++k) {
      if (k > 0) doc.text.push_back(' ');
      uint32_t b = static_cast<uint32_t>(doc.text.size());
      doc.text += d.sentences[si].tokens[k];
      pos[si].push_back({b, static_cast<uint32_t>(doc.text.size())});
    }
  }
  // Blocks: consecutive sentences of the same kind share one.
  std::vector<uint32_t> block_of(d.sentences.size());
  for (size_t si = 0; si < d.sentences.size(); ++si) {
    BlockKind kind = si < d.kinds.size() ? d.kinds[si] : BlockKind::Paragraph;
    aa::Span sp{pos[si].empty() ? 0 : pos[si].front().b, pos[si].empty() ? 0 : pos[si].back().e};
    bool same =
        si > 0 && !doc.article.blocks.empty() && doc.article.blocks.back().kind == kind && kind == BlockKind::Paragraph;
    if (same) {
      doc.article.blocks.back().span.end = sp.end;
    } else {
      doc.article.blocks.push_back(Block{sp, kind});
    }
    block_of[si] = static_cast<uint32_t>(doc.article.blocks.size() - 1);
  }
  std::vector<Token> one;
  for (size_t si = 0; si < d.sentences.size(); ++si) {
    aa::Sentence s;
    s.first_token = static_cast<uint32_t>(doc.tokens.size());
    s.block = block_of[si];
    for (size_t k = 0; k < pos[si].size(); ++k) {
      Token t;
      t.span = aa::Span{pos[si][k].b, pos[si][k].e};
      t.block = block_of[si];
      // The kind the tokenizer gives the token on its own (Word if it would split it).
      one.clear();
      tokenize(doc.text, t.span, t.block, one);
      t.kind = one.size() == 1 ? one[0].kind : TokenKind::Word;
      if (one.size() > 1 && !one.empty() && one[0].kind == TokenKind::Number) t.kind = TokenKind::Number;
      t.flags = static_cast<uint8_t>((k == 0 ? kNewlineBefore | kSpaceBefore : kSpaceBefore) | kSpaceAfter);
      doc.tokens.push_back(t);
    }
    s.last_token = static_cast<uint32_t>(doc.tokens.size());
    s.span = {doc.tokens[s.first_token].span.begin, doc.tokens[s.last_token - 1].span.end};
    doc.sentences.push_back(s);
  }
  return doc;
}

}  // namespace aa::corpus
