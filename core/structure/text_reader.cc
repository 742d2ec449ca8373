// Plain text: the article in what a reader pasted.
//
// The text is cut into units (one per line, or one per blank-line paragraph in hard-wrapped text). Each unit is
// first read alone (line_rules.h: debris, byline, date line, credit, caption prefix), then by its place:
// the headline is the first headline-like unit at the top (short kickers and navigation before it are debris);
// the unit right after it is the standfirst when metadata (date, byline, credit, a repeated headline) follows;
// a repeated headline belongs to no block (it is dropped, not debris: the text is the page's, not the site's);
// a unit next to a credit, on the adjacent line, is its caption; a short heading-like unit followed by body text
// is a section heading; runs of three or more navigation-like lines are debris; the rest is body.
#include "structure/dates.h"
#include "structure/line_rules.h"
#include "structure/structure.h"
#include "text/unicode.h"

namespace aa {
namespace {

enum class U : uint8_t {
  Unknown,
  Boilerplate,
  Date,
  Byline,
  Credit,
  Caption,
  Title,
  Subtitle,
  Heading,
  Paragraph,
  BlockQuote,
  Dropped,  // a repeated headline: belongs to no block
};

struct Line {
  Span span;  // trimmed of white space
  bool blank = false;
  bool indented = false;  // starts with a tab or four spaces
};

struct Unit {
  Span span;
  bool blank_before = false;  // a blank line (or the start of the text) precedes it
  bool indented = false;
  U kind = U::Unknown;
  std::optional<DateMatch> date;  // for U::Date: the date, offsets relative to span.begin
};

bool is_line_break_at(std::string_view text, size_t j) {
  unsigned char c = static_cast<unsigned char>(text[j]);
  if (c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
  return c == 0xE2 && j + 2 < text.size() && static_cast<unsigned char>(text[j + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[j + 2]) == 0xA8 || static_cast<unsigned char>(text[j + 2]) == 0xA9);
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = i;
    while (j < text.size() && !is_line_break_at(text, j)) ++j;
    // Trim white space (and controls) on both sides.
    size_t b = i, e = j;
    while (b < e) {
      size_t k = b;
      char32_t c = unicode::next(text, k);
      if (!unicode::is_space(c) && unicode::category(c) != unicode::Category::Cc && c != 0xFEFF && c != 0x200B) break;
      b = k;
    }
    while (e > b) {
      char32_t c = unicode::prev(text, e);
      if (!unicode::is_space(c) && unicode::category(c) != unicode::Category::Cc && c != 0xFEFF && c != 0x200B) break;
      e -= unicode::prev_length(text, e);
    }
    bool indented = b > i && (text[i] == '\t' || (b - i >= 4 && text.substr(i, 4) == "    "));
    lines.push_back({{uint32_t(b), uint32_t(e)}, b == e, indented});
    if (j >= text.size()) break;
    if (text[j] == '\r' && j + 1 < text.size() && text[j + 1] == '\n')
      i = j + 2;
    else if (static_cast<unsigned char>(text[j]) == 0xE2)
      i = j + 3;
    else
      i = j + 1;
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
    if (l.span.size() >= 30 && l.span.size() <= 100) ++mid_length;
  }
  if (in_run >= 3) ++runs_of_many;
  return nonblank >= 6 && runs_of_many >= 1 && mid_length * 10 >= nonblank * 6;
}

// A line that is metadata by itself, which hard-wrapped paragraphs never contain.
bool special_line(std::string_view s) {
  return rules::date_line(s) || rules::is_byline(s) || rules::is_credit(s) || rules::is_boilerplate(s) ||
         rules::has_caption_prefix(s);
}

std::vector<Unit> make_units(std::string_view text, const std::vector<Line>& lines) {
  std::vector<Unit> units;
  bool blank = true;
  auto add = [&](Span s, bool indented) {
    Unit u;
    u.span = s;
    u.blank_before = blank;
    u.indented = indented;
    units.push_back(u);
    blank = false;
  };
  if (!hard_wrapped(lines)) {
    for (const Line& l : lines) {
      if (l.blank)
        blank = true;
      else
        add(l.span, l.indented);
    }
    return units;
  }
  // Runs of lines are paragraphs, unless a line of the run is metadata or the run is of short lines only
  // (a header block: headline, byline, date on lines of their own).
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) {
      blank = true;
      ++i;
      continue;
    }
    size_t j = i;
    bool split = false, all_short = true;
    while (j < lines.size() && !lines[j].blank) {
      std::string_view s = std::string_view(text).substr(lines[j].span.begin, lines[j].span.size());
      if (s.size() > 60) all_short = false;
      if (!split && special_line(s)) split = true;
      ++j;
    }
    if (split || (all_short && j - i > 1)) {
      for (size_t k = i; k < j; ++k) add(lines[k].span, lines[k].indented);
    } else {
      add({lines[i].span.begin, lines[j - 1].span.end}, lines[i].indented);
    }
    i = j;
  }
  return units;
}

class TextReader {
 public:
  TextReader(Document& doc) : doc_(doc), text_(doc.text) {}

  void run() {
    auto lines = split_lines(text_);
    units_ = make_units(text_, lines);
    classify_alone();
    merge_labels();
    navigation_runs();
    trailing_lists();
    link_lists();
    find_title();
    find_captions();
    find_headings();
    block_quotes();
    emit();
  }

 private:
  Document& doc_;
  std::string_view text_;
  std::vector<Unit> units_;
  size_t title_ = SIZE_MAX;

  std::string_view view(const Unit& u) const { return text_.substr(u.span.begin, u.span.size()); }
  bool unknown(size_t i) const { return i < units_.size() && units_[i].kind == U::Unknown; }

  // What each unit is by its own words; metadata lines in parts and captions with credits are split.
  void classify_alone() {
    std::vector<Unit> out;
    out.reserve(units_.size());
    for (Unit u : units_) {
      std::string_view s = view(u);
      if (s.size() >= 2 && s[0] == '>' && (s[1] == ' ' || s[1] == '>')) {
        u.kind = U::BlockQuote;
        u.span.begin += 2;
        while (u.span.begin < u.span.end && text_[u.span.begin] == ' ') ++u.span.begin;
        if (!u.span.empty()) out.push_back(u);
        continue;
      }
      if (auto d = rules::date_line(s)) {
        u.kind = U::Date;
        u.date = d;
        out.push_back(u);
        continue;
      }
      auto parts = rules::split_meta_line(s);
      if (!parts.empty()) {
        bool first = true;
        for (const auto& p : parts) {
          Unit v = u;
          v.span = {u.span.begin + uint32_t(p.begin), u.span.begin + uint32_t(p.end)};
          v.blank_before = first && u.blank_before;
          first = false;
          if (p.kind == rules::MetaPart::Date) {
            v.kind = U::Date;
            v.date = rules::date_line(view(v));
          } else {
            v.kind = p.kind == rules::MetaPart::Byline ? U::Byline : U::Boilerplate;
          }
          out.push_back(v);
        }
        continue;
      }
      if (rules::is_credit(s)) {
        u.kind = U::Credit;
      } else if (rules::is_boilerplate(s)) {
        u.kind = U::Boilerplate;
      } else if (rules::is_byline(s) || rules::is_named_role_byline(s) || rules::is_role_name_byline(s)) {
        u.kind = U::Byline;
      } else if (rules::has_caption_prefix(s)) {
        u.kind = U::Caption;
      } else if (auto c = s.size() <= 600 ? rules::trailing_credit(s) : std::nullopt) {
        Unit cap = u, cred = u;
        uint32_t at = u.span.begin + uint32_t(*c);
        cap.span.end = at;
        while (cap.span.end > cap.span.begin && text_[cap.span.end - 1] == ' ') --cap.span.end;
        cap.kind = U::Caption;
        cred.span.begin = at;
        cred.blank_before = false;
        cred.kind = U::Credit;
        out.push_back(cap);
        out.push_back(cred);
        continue;
      }
      out.push_back(u);
    }
    units_ = std::move(out);
  }

  // A date label on the line above its date ("Published\n12 July 2022") joins the date; a short name-like line
  // under a byline ("By Claire Hughes\nBBC News, Yorkshire") joins the byline.
  void merge_labels() {
    std::vector<Unit> out;
    out.reserve(units_.size());
    for (size_t i = 0; i < units_.size(); ++i) {
      Unit u = units_[i];
      if (u.kind == U::Unknown && i + 1 < units_.size() && units_[i + 1].kind == U::Date &&
          !units_[i + 1].blank_before && rules::is_date_label(view(u))) {
        Unit d = units_[i + 1];
        uint32_t shift = d.span.begin - u.span.begin;
        d.span.begin = u.span.begin;
        d.blank_before = u.blank_before;
        if (d.date) {
          d.date->begin += shift;
          d.date->end += shift;
        }
        out.push_back(d);
        ++i;
        continue;
      }
      // "Jane Roe\nHealth Editor" under the headline (not the first line): a full name alone over a journalist's role
      // is the byline, and the role is set aside.
      if (u.kind == U::Unknown && i >= 1 && i <= 3 && i + 1 < units_.size() && units_[i + 1].kind == U::Unknown &&
          !units_[i + 1].blank_before && rules::is_name_alone(view(u)) &&
          rules::is_journalist_role(view(units_[i + 1]))) {
        u.kind = U::Byline;
        out.push_back(u);
        Unit role = units_[++i];
        role.kind = U::Boilerplate;
        out.push_back(role);
        continue;
      }
      // "Jane Roe" alone right under the headline (a line of words, not an address), over the date line: the byline.
      if (u.kind == U::Unknown && i == 1 && i + 1 < units_.size() && units_[i + 1].kind == U::Date &&
          units_[0].kind == U::Unknown && rules::word_count(view(units_[0])) >= 3 &&
          view(units_[0]).find("://") == std::string_view::npos && rules::is_name_alone(view(u))) {
        u.kind = U::Byline;
        out.push_back(u);
        continue;
      }
      // "By Carl Dempsey\nStaff writer": the role under the byline is no name of it (the byline is names only).
      if (u.kind == U::Byline && i + 1 < units_.size() && units_[i + 1].kind == U::Unknown &&
          !units_[i + 1].blank_before && rules::is_role_line(view(units_[i + 1]))) {
        out.push_back(u);
        Unit role = units_[++i];
        role.kind = U::Boilerplate;
        out.push_back(role);
        continue;
      }
      if (u.kind == U::Byline && i + 1 < units_.size() && units_[i + 1].kind == U::Unknown &&
          !units_[i + 1].blank_before && rules::is_name_like(view(units_[i + 1])) &&
          rules::word_count(view(units_[i + 1])) <= 6) {
        u.span.end = units_[i + 1].span.end;
        out.push_back(u);
        ++i;
        continue;
      }
      out.push_back(u);
    }
    units_ = std::move(out);
  }

  // After a debris line ("Related stories", "Related Topics"), a list of short lines that runs to the end of the
  // text is a list of links.
  void trailing_lists() {
    size_t i = units_.size();
    while (i > 0) {
      const Unit& u = units_[i - 1];
      std::string_view s = view(u);
      bool item = u.kind == U::Unknown && s.size() <= 100 && rules::word_count(s) <= 12 && !s.empty() &&
                  s.back() != '.' && !u.blank_before;
      if (!item) break;
      --i;
    }
    if (i == units_.size() || i == 0 || units_[i - 1].kind != U::Boilerplate) return;
    for (size_t k = i; k < units_.size(); ++k) units_[k].kind = U::Boilerplate;
  }

  // Under a label of links to other stories ("Related", "Most read"), the short lines that follow it line by line
  // (headlines: no full stop) are the links, wherever the list stands: "RELATED\nStorm to hit coast\n".
  void link_lists() {
    constexpr size_t kMaxItems = 12;
    for (size_t i = 0; i < units_.size(); ++i) {
      if (units_[i].kind != U::Boilerplate || !rules::is_link_list_label(view(units_[i]))) continue;
      for (size_t k = i + 1; k < units_.size() && k <= i + kMaxItems; ++k) {
        std::string_view s = view(units_[k]);
        bool item = units_[k].kind == U::Unknown && !units_[k].blank_before && !s.empty() && s.size() <= 100 &&
                    rules::word_count(s) <= 12 && !rules::ends_like_sentence(s);
        if (!item) break;
        units_[k].kind = U::Boilerplate;
      }
    }
  }

  // Runs of three or more short navigation-like lines ("Home", "World", "Politics") are debris.
  void navigation_runs() {
    size_t i = 0;
    while (i < units_.size()) {
      size_t j = i;
      int nav_words = 0;
      while (j < units_.size() && (units_[j].kind == U::Unknown || units_[j].kind == U::Boilerplate)) {
        std::string_view s = view(units_[j]);
        bool shortish = s.size() <= 32 && rules::word_count(s) <= 3 && !rules::ends_like_sentence(s);
        if (!shortish) break;
        if (rules::is_nav_line(s)) ++nav_words;
        ++j;
      }
      size_t n = j - i;
      if (n >= 3 && (nav_words * 2 >= int(n) || n >= 5)) {
        for (size_t k = i; k < j; ++k) units_[k].kind = U::Boilerplate;
      }
      i = std::max(j, i + 1);
    }
  }

  void find_title() {
    // The headline: among the first units, the first that is not metadata or debris, if it reads as a headline.
    size_t seen = 0;
    for (size_t i = 0; i < units_.size() && seen < 8; ++i) {
      if (units_[i].kind != U::Unknown) continue;
      ++seen;
      std::string_view s = view(units_[i]);
      size_t next = i + 1;
      while (next < units_.size() && units_[next].kind == U::Boilerplate) ++next;
      // A kicker ("Politics", "EXCLUSIVE") right above the headline is debris.
      if (rules::word_count(s) <= 2 && !rules::ends_like_sentence(s) && unknown(next) &&
          rules::is_headline_like(view(units_[next])) && rules::word_count(view(units_[next])) > rules::word_count(s)) {
        units_[i].kind = U::Boilerplate;
        continue;
      }
      if (!rules::starts_with_dateline(s) && (rules::is_headline_like(s) || sentence_headline(s, next))) set_title(i);
      return;
    }
  }

  // A headline written as one sentence with its full stop ("Council backs bus trial."): only when a byline or
  // the date stands right under it, as under a headline; otherwise a first line like it is the lead's sentence.
  bool sentence_headline(std::string_view s, size_t next) const {
    if (next >= units_.size() || (units_[next].kind != U::Byline && units_[next].kind != U::Date)) return false;
    if (s.empty() || s.back() != '.' || rules::word_count(s) > 20) return false;  // units are trimmed
    std::string_view head = s.substr(0, s.size() - 1);  // one sentence: no other full stop before a space
    if (head.find(". ") != std::string_view::npos || head.find('\n') != std::string_view::npos) return false;
    return rules::is_headline_like(head);
  }

  void set_title(size_t i) {
    title_ = i;
    units_[i].kind = U::Title;
    std::string title = rules::normalize(view(units_[i]));
    // Repeated headlines belong to no block.
    for (size_t k = i + 1; k < units_.size(); ++k)
      if (units_[k].kind == U::Unknown && units_[k].span.size() < 400 && rules::normalizes_to(view(units_[k]), title))
        units_[k].kind = U::Dropped;
    // The standfirst: right after the headline, followed by metadata.
    size_t s = i + 1;
    if (unknown(s)) {
      std::string_view v = view(units_[s]);
      size_t after = s + 1;
      bool meta_follows =
          after < units_.size() &&
          (units_[after].kind == U::Date || units_[after].kind == U::Byline || units_[after].kind == U::Credit ||
           units_[after].kind == U::Dropped || units_[after].kind == U::Caption);
      if (meta_follows && v.size() <= 400 && rules::word_count(v) >= 4 && !rules::starts_with_dateline(v))
        units_[s].kind = U::Subtitle;
    }
    // Anything unknown above the headline is page debris (kickers, section names).
    for (size_t k = 0; k < i; ++k)
      if (units_[k].kind == U::Unknown) units_[k].kind = U::Boilerplate;
  }

  // A unit on the line next to a credit is its caption: after it first ("IMAGE SOURCE: ...\nCaption"), else
  // before it ("Caption\nPhoto: AP").
  void find_captions() {
    for (size_t i = 0; i < units_.size(); ++i) {
      if (units_[i].kind != U::Credit) continue;
      // "Caption. (Name/Agency)" on one line: the credit has its caption, the next line is the article's.
      if (i > 0 && units_[i - 1].kind == U::Caption && !units_[i].blank_before) continue;
      size_t n = i + 1;
      if (unknown(n) && !units_[n].blank_before && units_[n].span.size() <= 600 &&
          !rules::starts_with_dateline(view(units_[n]))) {
        units_[n].kind = U::Caption;
      } else if (i > 0 && unknown(i - 1) && !units_[i].blank_before && units_[i - 1].span.size() <= 600) {
        units_[i - 1].kind = U::Caption;
      }
    }
  }

  // Section headings: short, heading-like units followed by body text, below the headline.
  void find_headings() {
    size_t start = title_ == SIZE_MAX ? 0 : title_ + 1;
    for (size_t i = start; i < units_.size(); ++i) {
      if (units_[i].kind != U::Unknown) continue;
      std::string_view s = view(units_[i]);
      if (!rules::is_heading_like(s) || rules::ends_like_sentence(s) || rules::starts_with_dateline(s)) continue;
      size_t n = i + 1;
      while (n < units_.size() && (units_[n].kind == U::Boilerplate || units_[n].kind == U::Dropped)) ++n;
      if (n >= units_.size()) continue;
      const Unit& next = units_[n];
      if (next.kind != U::Unknown && next.kind != U::BlockQuote) continue;
      std::string_view ns = view(next);
      bool body_follows = rules::word_count(ns) >= 8 || (rules::ends_like_sentence(ns) && rules::word_count(ns) >= 4);
      if (!body_follows) continue;
      if (i > 0 && units_[i - 1].kind == U::Heading) continue;
      units_[i].kind = U::Heading;
    }
  }

  // Indented paragraphs among flush ones are quotations set apart.
  void block_quotes() {
    size_t body = 0, indented = 0;
    for (const Unit& u : units_)
      if (u.kind == U::Unknown) {
        ++body;
        if (u.indented) ++indented;
      }
    if (indented == 0 || indented * 3 > body) return;
    for (Unit& u : units_)
      if (u.kind == U::Unknown && u.indented && rules::word_count(view(u)) >= 5) u.kind = U::BlockQuote;
  }

  // The unit whose date is the article's: the first date line; but of an update's line and the publication's under
  // it, among the header's lines ("Last updated: 5 March 2016\nPublished: 4 March 2016"), the publication's.
  size_t article_date_unit() const {
    size_t first = units_.size();
    for (size_t i = 0; i < units_.size() && first == units_.size(); ++i)
      if (units_[i].kind == U::Date && units_[i].date) first = i;
    if (first == units_.size() || !rules::is_update_line(view(units_[first]))) return first;
    for (size_t i = first + 1; i < units_.size(); ++i) {
      const Unit& u = units_[i];
      if (u.kind == U::Dropped || u.kind == U::Boilerplate || u.kind == U::Byline || u.kind == U::Credit) continue;
      if (u.kind != U::Date) break;
      if (u.date && !rules::is_update_line(view(u)) && u.date->iso.size() >= 10 &&
          u.date->iso.compare(0, 10, units_[first].date->iso, 0, 10) <= 0)
        return i;
    }
    return first;
  }

  void emit() {
    Article& a = doc_.article;
    bool have_byline = false;
    const size_t date_unit = article_date_unit();
    for (size_t i = 0; i < units_.size(); ++i) {
      Unit& u = units_[i];
      BlockKind k = BlockKind::Paragraph;
      switch (u.kind) {
        case U::Dropped: continue;
        case U::Boilerplate: k = BlockKind::Boilerplate; break;
        case U::Date:
          k = BlockKind::Date;
          if (i == date_unit) {
            ArticleDate d;
            d.span = {u.span.begin + uint32_t(u.date->begin), u.span.begin + uint32_t(u.date->end)};
            d.iso = u.date->iso;
            a.date = d;
          }
          break;
        case U::Byline:
          k = have_byline ? BlockKind::Paragraph : BlockKind::Byline;
          have_byline = true;
          break;
        case U::Credit: k = BlockKind::Credit; break;
        case U::Caption: k = BlockKind::Caption; break;
        case U::Title: k = BlockKind::Title; break;
        case U::Subtitle: k = BlockKind::Subtitle; break;
        case U::Heading: k = BlockKind::Heading; break;
        case U::BlockQuote: k = BlockKind::BlockQuote; break;
        case U::Unknown:
        case U::Paragraph: k = BlockKind::Paragraph; break;
      }
      if (!u.span.empty()) a.blocks.push_back({u.span, k});
    }
  }
};

bool ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool looks_like_html(std::string_view text) {
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < text.size() && (unicode::is_space(static_cast<unsigned char>(text[i])) || text[i] == '\0')) ++i;
  if (i < text.size() && text[i] == '<' && i + 1 < text.size() &&
      (ascii_alpha(text[i + 1]) || text[i + 1] == '!' || text[i + 1] == '?'))
    return true;
  // Markup further down: several block tags in the first 16 KiB.
  std::string_view head = text.substr(0, 16384);
  int tags = 0;
  for (size_t k = head.find('<'); k != std::string_view::npos && tags < 5; k = head.find('<', k + 1)) {
    std::string_view rest = head.substr(k + 1, 12);
    std::string low = unicode::lowercase(rest);
    for (const char* t : {"p>", "/p>", "div", "/div>", "br>", "br/>", "br />", "li>", "/li>", "h1", "h2", "a href"})
      if (low.rfind(t, 0) == 0) {
        ++tags;
        break;
      }
  }
  return tags >= 5;
}

void index_blocks(Article& a, std::string_view text) {
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
        // The byline is the names alone: no "By", date, role or handle (the block keeps the whole line).
        if (!a.byline) {
          a.byline = b.span;
          if (b.span.end <= text.size()) {
            if (auto n = rules::byline_names(text.substr(b.span.begin, b.span.end - b.span.begin)))
              a.byline =
                  Span{b.span.begin + static_cast<uint32_t>(n->first), b.span.begin + static_cast<uint32_t>(n->second)};
          }
        }
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
  doc.article = Article{};
  TextReader(doc).run();
  index_blocks(doc.article, doc.text);
}

}  // namespace aa
