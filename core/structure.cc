#include "structure.h"

#include "unicode.h"

namespace aa {
namespace {

struct Line {
  Span span;  // trimmed of white space
  bool blank = false;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != '\n' && text[j] != '\r' &&
           !(static_cast<unsigned char>(text[j]) == 0xE2 && j + 2 < text.size() &&
             static_cast<unsigned char>(text[j + 1]) == 0x80 &&
             (static_cast<unsigned char>(text[j + 2]) == 0xA8 || static_cast<unsigned char>(text[j + 2]) == 0xA9)))
      ++j;
    // Trim white space (and controls) on both sides.
    size_t b = i, e = j;
    while (b < e) {
      size_t k = b;
      char32_t c = unicode::next(text, k);
      if (!unicode::is_space(c) && unicode::category(c) != unicode::Category::Cc) break;
      b = k;
    }
    while (e > b) {
      char32_t c = unicode::prev(text, e);
      if (!unicode::is_space(c) && unicode::category(c) != unicode::Category::Cc) break;
      e -= unicode::prev_length(text, e);
    }
    lines.push_back({{uint32_t(b), uint32_t(e)}, b == e});
    if (j >= text.size()) break;
    // Line break: CRLF, CR, LF, U+2028, U+2029.
    if (text[j] == '\r' && j + 1 < text.size() && text[j + 1] == '\n') {
      i = j + 2;
    } else if (text[j] == '\r' || text[j] == '\n') {
      i = j + 1;
    } else {
      i = j + 3;
    }
  }
  return lines;
}

// Hard-wrapped text (e-mail style, ~72 columns) has paragraphs of several lines separated by blank lines;
// pasted web text has one paragraph a line.
bool hard_wrapped(const std::vector<Line>& lines) {
  size_t nonblank = 0, runs_of_many = 0, in_run = 0, mid_length = 0;
  for (const Line& l : lines) {
    if (l.blank) {
      if (in_run >= 3) ++runs_of_many;
      in_run = 0;
      continue;
    }
    ++nonblank;
    ++in_run;
    if (l.span.size() >= 40 && l.span.size() <= 100) ++mid_length;
  }
  if (in_run >= 3) ++runs_of_many;
  return nonblank >= 6 && runs_of_many >= 1 && mid_length * 10 >= nonblank * 7;
}

}  // namespace

bool looks_like_html(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (unicode::is_space(static_cast<unsigned char>(text[i])) || text[i] == '\0')) ++i;
  if (text.substr(i, 3) == "\xEF\xBB\xBF") i += 3;
  auto lower_prefix = unicode::lowercase(text.substr(i, 64));
  for (const char* p : {"<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<?xml"})
    if (lower_prefix.rfind(p, 0) == 0) return true;
  return false;
}

void index_blocks(Article& a) {
  a.title.reset();
  a.subtitle.reset();
  a.byline.reset();
  a.headings.clear();
  a.captions.clear();
  a.credits.clear();
  a.paragraphs.clear();
  a.boilerplate.clear();
  for (const Block& b : a.blocks) {
    switch (b.kind) {
      case BlockKind::Title:
        if (!a.title)
          a.title = b.span;
        else
          a.headings.push_back(b.span);
        break;
      case BlockKind::Subtitle:
        if (!a.subtitle)
          a.subtitle = b.span;
        else
          a.paragraphs.push_back(b.span);
        break;
      case BlockKind::Byline:
        if (!a.byline) a.byline = b.span;
        break;
      case BlockKind::Date: break;  // article.date is set by the stage that parsed it
      case BlockKind::Heading: a.headings.push_back(b.span); break;
      case BlockKind::Caption: a.captions.push_back(b.span); break;
      case BlockKind::Credit: a.credits.push_back(b.span); break;
      case BlockKind::Paragraph:
      case BlockKind::BlockQuote: a.paragraphs.push_back(b.span); break;
      case BlockKind::Boilerplate: a.boilerplate.push_back(b.span); break;
    }
  }
}

void structure_text(Document& doc) {
  Article& a = doc.article;
  a = Article{};
  auto lines = split_lines(doc.text);
  if (hard_wrapped(lines)) {
    // Paragraphs are runs of non-blank lines.
    std::optional<Span> cur;
    for (const Line& l : lines) {
      if (l.blank) {
        if (cur) a.blocks.push_back({*cur, BlockKind::Paragraph});
        cur.reset();
      } else if (cur) {
        cur->end = l.span.end;
      } else {
        cur = l.span;
      }
    }
    if (cur) a.blocks.push_back({*cur, BlockKind::Paragraph});
  } else {
    for (const Line& l : lines)
      if (!l.blank) a.blocks.push_back({l.span, BlockKind::Paragraph});
  }
  index_blocks(a);
}

void structure_html(Document& doc) {
  // Foundation version: markup is dropped tag by tag and the text is read as plain text. The HTML stage
  // (tokenizer, article finder) replaces this.
  std::string out;
  out.reserve(doc.text.size());
  bool in_tag = false;
  for (char c : doc.text) {
    if (c == '<') in_tag = true;
    if (!in_tag) out.push_back(c);
    if (c == '>') {
      in_tag = false;
      out.push_back('\n');
    }
  }
  doc.text = std::move(out);
  structure_text(doc);
}

}  // namespace aa
