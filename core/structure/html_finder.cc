// HTML: find the article in a web page the way a reader does, and make its text the document's text.
//
// 1. Tokenize (html.h) and build a light tree as we go: one node per element that is not inline, an explicit
//    stack of open elements (no recursion, so 10,000-deep nesting is fine), tolerant closing (implied </p>,
//    </li>, </td>; an end tag closes the nearest open element of its name, or nothing). Text is gathered into
//    blocks (a paragraph, a heading, a list item, a caption ...) with white space collapsed, <br> kept as a line
//    break (two of them end the block), <q> given quotation marks when it has none, and the datetime of <time>.
//    The text of <script>, <style>, <nav>-like furniture, forms, SVG and hidden elements is not article text.
// 2. Read the page's metadata: <title>, <meta> (og:title, article:published_time, author ...) and JSON-LD
//    (NewsArticle: headline, datePublished, author, description, articleBody).
// 3. Choose the article's body: the element marked itemprop=articleBody (or class articleBody), else the best
//    scored element, scored by its paragraphs' text (length, commas) less its link text, with bonuses for
//    <article> and article-like class names and penalties for furniture-like ones (Readability's scheme);
//    siblings that score nearly as well join it (a body split by advertisement slots).
// 4. The header: the headline (<h1>, or an element marked headline) above or at the top of the body and the
//    blocks between it and the body (standfirst, byline, date, lead image caption).
// 5. Each block gets its kind from its element (h2 -> heading, figcaption -> caption, blockquote, class
//    byline/dek/credit ...) or, failing that, from its words (structure_rules.h). What the page does not show
//    but its metadata says (headline, author, date) is added at the top. With no body in the markup, the
//    JSON-LD articleBody is the body.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "data/tables.h"
#include "structure/dates.h"
#include "structure/html_tokenizer.h"
#include "structure/line_rules.h"
#include "structure/structure.h"
#include "text/chars.h"
#include "text/unicode.h"

namespace aa {

enum class HtmlHint : uint8_t { Negative, Positive, ArticleBody, Byline, Date, Dek, Caption, Credit, Headline, Hidden };

#include "structure_html_hints.inc"

namespace {

constexpr uint32_t kNone = UINT32_MAX;

enum class Tag : uint8_t {
  Other,
  A,
  Address,
  Article,
  Aside,
  Audio,
  Blockquote,
  Body,
  Br,
  Button,
  Canvas,
  Caption,
  Center,
  Dd,
  Details,
  Dialog,
  Div,
  Dl,
  Dt,
  Fieldset,
  Figcaption,
  Figure,
  Footer,
  Form,
  H1,
  H2,
  H3,
  H4,
  H5,
  H6,
  Head,
  Header,
  Hgroup,
  Hr,
  Html,
  Iframe,
  Img,
  Inline,  // a, b, em, span ... other than those named here
  Input,
  Legend,
  Li,
  Main,
  Math,
  Menu,
  Meta,
  Nav,
  Noscript,
  Object,
  Ol,
  Option,
  P,
  Pre,
  Q,
  Script,
  Section,
  Select,
  Style,
  Summary,
  Svg,
  Table,
  Tbody,
  Td,
  Template,
  Textarea,
  Tfoot,
  Th,
  Thead,
  Time,
  Title,
  Tr,
  Ul,
  Video,
  Void,     // other void elements: link, source, wbr ...
  DropAll,  // elements whose content is never article text: amp-ad, amp-analytics, noembed ...
  kCount
};

struct TagName {
  const char* name;
  Tag tag;
};

// Sorted by name.
const TagName kTags[] = {
    {"a", Tag::A},
    {"abbr", Tag::Inline},
    {"address", Tag::Address},
    {"amp-ad", Tag::DropAll},
    {"amp-analytics", Tag::DropAll},
    {"amp-consent", Tag::DropAll},
    {"amp-embed", Tag::DropAll},
    {"amp-geo", Tag::DropAll},
    {"amp-pixel", Tag::DropAll},
    {"amp-sidebar", Tag::DropAll},
    {"amp-social-share", Tag::DropAll},
    {"amp-sticky-ad", Tag::DropAll},
    {"area", Tag::Void},
    {"article", Tag::Article},
    {"aside", Tag::Aside},
    {"audio", Tag::Audio},
    {"b", Tag::Inline},
    {"base", Tag::Void},
    {"bdi", Tag::Inline},
    {"bdo", Tag::Inline},
    {"big", Tag::Inline},
    {"blockquote", Tag::Blockquote},
    {"body", Tag::Body},
    {"br", Tag::Br},
    {"button", Tag::Button},
    {"canvas", Tag::Canvas},
    {"caption", Tag::Caption},
    {"center", Tag::Center},
    {"cite", Tag::Inline},
    {"code", Tag::Inline},
    {"col", Tag::Void},
    {"data", Tag::Inline},
    {"dd", Tag::Dd},
    {"del", Tag::Inline},
    {"details", Tag::Details},
    {"dfn", Tag::Inline},
    {"dialog", Tag::Dialog},
    {"div", Tag::Div},
    {"dl", Tag::Dl},
    {"dt", Tag::Dt},
    {"em", Tag::Inline},
    {"embed", Tag::Void},
    {"fieldset", Tag::Fieldset},
    {"figcaption", Tag::Figcaption},
    {"figure", Tag::Figure},
    {"font", Tag::Inline},
    {"footer", Tag::Footer},
    {"form", Tag::Form},
    {"h1", Tag::H1},
    {"h2", Tag::H2},
    {"h3", Tag::H3},
    {"h4", Tag::H4},
    {"h5", Tag::H5},
    {"h6", Tag::H6},
    {"head", Tag::Head},
    {"header", Tag::Header},
    {"hgroup", Tag::Hgroup},
    {"hr", Tag::Hr},
    {"html", Tag::Html},
    {"i", Tag::Inline},
    {"iframe", Tag::Iframe},
    {"img", Tag::Img},
    {"input", Tag::Input},
    {"ins", Tag::Inline},
    {"kbd", Tag::Inline},
    {"keygen", Tag::Void},
    {"label", Tag::Inline},
    {"legend", Tag::Legend},
    {"li", Tag::Li},
    {"link", Tag::Void},
    {"main", Tag::Main},
    {"mark", Tag::Inline},
    {"math", Tag::Math},
    {"menu", Tag::Menu},
    {"meta", Tag::Meta},
    {"nav", Tag::Nav},
    {"nobr", Tag::Inline},
    {"noembed", Tag::DropAll},
    {"noframes", Tag::DropAll},
    {"noscript", Tag::Noscript},
    {"object", Tag::Object},
    {"ol", Tag::Ol},
    {"option", Tag::Option},
    {"p", Tag::P},
    {"param", Tag::Void},
    {"plaintext", Tag::Pre},
    {"pre", Tag::Pre},
    {"q", Tag::Q},
    {"s", Tag::Inline},
    {"samp", Tag::Inline},
    {"script", Tag::Script},
    {"section", Tag::Section},
    {"select", Tag::Select},
    {"small", Tag::Inline},
    {"source", Tag::Void},
    {"span", Tag::Inline},
    {"strike", Tag::Inline},
    {"strong", Tag::Inline},
    {"style", Tag::Style},
    {"sub", Tag::Inline},
    {"summary", Tag::Summary},
    {"sup", Tag::Inline},
    {"svg", Tag::Svg},
    {"table", Tag::Table},
    {"tbody", Tag::Tbody},
    {"td", Tag::Td},
    {"template", Tag::Template},
    {"textarea", Tag::Textarea},
    {"tfoot", Tag::Tfoot},
    {"th", Tag::Th},
    {"thead", Tag::Thead},
    {"time", Tag::Time},
    {"title", Tag::Title},
    {"tr", Tag::Tr},
    {"track", Tag::Void},
    {"tt", Tag::Inline},
    {"u", Tag::Inline},
    {"ul", Tag::Ul},
    {"var", Tag::Inline},
    {"video", Tag::Video},
    {"wbr", Tag::Void},
    {"xmp", Tag::Pre},
};

Tag tag_of(std::string_view name) {
  const TagName* end = kTags + sizeof kTags / sizeof kTags[0];
  const TagName* it =
      std::lower_bound(kTags, end, name, [](const TagName& t, std::string_view n) { return t.name < n; });
  if (it != end && it->name == name) return it->tag;
  return Tag::Other;
}

bool is_void(Tag t) {
  return t == Tag::Br || t == Tag::Hr || t == Tag::Img || t == Tag::Input || t == Tag::Meta || t == Tag::Void;
}
bool is_inline(Tag t) {
  return t == Tag::A || t == Tag::Inline || t == Tag::Q || t == Tag::Time;
}
int heading_level(Tag t) {
  return (t >= Tag::H1 && t <= Tag::H6) ? static_cast<int>(t) - static_cast<int>(Tag::H1) + 1 : 0;
}
// Elements that end the current block of text when they open or close.
bool breaks_block(Tag t) {
  return !is_inline(t) && t != Tag::Other && t != Tag::Br && t != Tag::Img && t != Tag::Input && t != Tag::Void &&
         t != Tag::Meta;
}
// Opening one of these closes an open <p> (WHATWG "close a p element").
bool closes_p(Tag t) {
  switch (t) {
    case Tag::Address:
    case Tag::Article:
    case Tag::Aside:
    case Tag::Blockquote:
    case Tag::Center:
    case Tag::Details:
    case Tag::Dialog:
    case Tag::Div:
    case Tag::Dl:
    case Tag::Fieldset:
    case Tag::Figcaption:
    case Tag::Figure:
    case Tag::Footer:
    case Tag::Form:
    case Tag::Header:
    case Tag::Hgroup:
    case Tag::Hr:
    case Tag::Main:
    case Tag::Menu:
    case Tag::Nav:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Section:
    case Tag::Summary:
    case Tag::Table:
    case Tag::Ul:
    case Tag::Li:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6: return true;
    default: return false;
  }
}
// Content never read as article text.
bool drops_content(Tag t) {
  switch (t) {
    case Tag::Script:
    case Tag::Style:
    case Tag::Noscript:
    case Tag::Template:
    case Tag::Textarea:
    case Tag::Select:
    case Tag::Option:
    case Tag::Button:
    case Tag::Svg:
    case Tag::Math:
    case Tag::Iframe:
    case Tag::Object:
    case Tag::Canvas:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Dialog:
    case Tag::DropAll: return true;
    default: return false;
  }
}
// Page furniture by its element: left out unless it holds the article.
bool furniture(Tag t) {
  return t == Tag::Nav || t == Tag::Aside || t == Tag::Footer || t == Tag::Menu || t == Tag::Form;
}

// Context flags, inherited from parent to child.
enum Flag : uint32_t {
  kDrop = 1u << 0,       // content is not text at all (script, svg, hidden ...)
  kHead = 1u << 1,       // inside <head>
  kTitle = 1u << 2,      // inside <title>
  kLink = 1u << 3,       // inside <a href>
  kPre = 1u << 4,        // white space kept
  kQuote = 1u << 5,      // inside <blockquote>
  kCaption = 1u << 6,    // inside <figcaption>, or class caption
  kCredit = 1u << 7,     // class credit / copyright
  kByline = 1u << 8,     // class byline / author, rel=author, itemprop=author
  kDate = 1u << 9,       // class date / timestamp, itemprop=datePublished
  kDek = 1u << 10,       // class dek / standfirst / subtitle, itemprop=description
  kHeadline = 1u << 11,  // class headline, itemprop=headline
  kListItem = 1u << 12,  // inside <li>
  kFigure = 1u << 13,    // inside <figure>
  kTable = 1u << 14,     // inside <table>
};

struct Node {
  uint32_t parent = kNone;
  uint32_t end = 0;           // one past the last node of the subtree (nodes are numbered in document order)
  uint32_t text = 0;          // bytes of block text in the subtree
  uint32_t link = 0;          // of which inside links
  uint32_t negative = kNone;  // the nearest furniture-like ancestor-or-self
  Tag tag = Tag::Other;
  bool positive = false, article_body = false, article_like = false;
  uint32_t class_hash = 0;  // of the class attribute (0: none)
};

struct Open {
  uint32_t node;       // own node, or the parent's when the element is inline
  uint32_t container;  // the innermost open element that breaks blocks
  uint32_t flags;
  Tag tag;
  uint8_t heading;  // 1..6 inside <hN>
  bool own_node;
  uint32_t introduced;  // inline elements: the byline or date hint they add to their parent's
  std::string name;     // for Tag::Other, to match its end tag
};

struct HBlock {
  uint32_t node = 0;  // container
  uint32_t flags = 0;
  uint8_t heading = 0;
  uint32_t begin = 0, end = 0;  // into Builder::pool_
  uint32_t link = 0;
  std::string datetime;  // of the first <time datetime> inside
  bool has_time = false;
  uint32_t time_begin = 0, time_end = 0;  // that <time>'s text, relative to begin
};

struct Meta {
  std::string title, og_title, description, published, author, page_title;
  std::vector<std::string> json_ld;
};

std::string ascii_lower(std::string_view s) {
  std::string o(s);
  for (char& c : o)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return o;
}

// Words of class and id values: split at anything but letters and digits and at lower-to-upper case changes;
// each word and each pair of neighbours joined is looked up.
void class_hints(std::string_view value, uint32_t& hints) {
  std::vector<std::string> words;
  std::string cur;
  auto end_word = [&]() {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  char prev = 0;
  for (char c : value) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (!alpha && !digit) {
      end_word();
    } else {
      if (c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z') end_word();
      cur.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
    }
    prev = c;
    if (words.size() > 24) break;
  }
  end_word();
  for (size_t i = 0; i < words.size(); ++i) {
    if (auto h = table_find(kHtmlHints, words[i])) hints |= 1u << static_cast<int>(*h);
    if (i + 1 < words.size()) {
      std::string pair = words[i] + words[i + 1];
      if (auto h = table_find(kHtmlHints, pair)) hints |= 1u << static_cast<int>(*h);
    }
  }
}

constexpr uint32_t hint_bit(HtmlHint h) {
  return 1u << static_cast<int>(h);
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 1: tokens -> nodes and blocks.

class Builder {
 public:
  std::vector<Node> nodes;
  std::vector<HBlock> blocks;
  std::string pool;  // block texts
  Meta meta;

  void run(std::string_view html) {
    nodes.push_back(Node{});  // the document
    nodes[0].tag = Tag::Html;
    stack_.push_back({0, 0, 0, Tag::Html, 0, true, 0, {}});
    html::Tokenizer tz(html);
    html::Token t;
    while (tz.next(t)) {
      switch (t.type) {
        case html::TokenType::StartTag: start(t); break;
        case html::TokenType::EndTag: end(t.name); break;
        case html::TokenType::Text:
        case html::TokenType::Cdata: text(t.text); break;
        case html::TokenType::RawText: raw(t.text); break;
        case html::TokenType::Comment:
        case html::TokenType::Doctype: break;
      }
    }
    flush();
    while (stack_.size() > 1) pop();
    close_node(0);
    clear_large_furniture();
  }

  // A furniture-like element that holds half of the page's text is a wrapper with an unlucky class name
  // ("layout-with-sidebar"), not furniture.
  void clear_large_furniture() {
    uint64_t total = nodes[0].text;
    if (total == 0) return;
    std::vector<uint8_t> cleared(nodes.size(), 0);
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      if (n.negative == i && uint64_t(n.text) * 2 >= total) cleared[i] = 1;
      if (n.negative != kNone && cleared[n.negative]) {
        uint32_t x = n.negative;
        n.negative = nodes[nodes[x].parent].negative;
      }
    }
  }

 private:
  std::vector<Open> stack_;
  std::array<uint32_t, static_cast<size_t>(Tag::kCount)> open_count_{};
  std::unordered_map<std::string, uint32_t> other_count_;
  // The block being gathered.
  bool in_block_ = false;
  HBlock cur_;
  bool space_ = false;  // white space pending
  // <q> elements open in the current block: where their text starts.
  struct QOpen {
    size_t block_seq;
    size_t at;
  };
  std::vector<QOpen> q_;
  size_t block_seq_ = 0;
  // <time> open in the current block.
  bool time_open_ = false;
  std::string time_attr_;
  size_t time_at_ = 0;
  bool in_ld_json_ = false;
  bool body_seen_ = false;

  const Open& top() const { return stack_.back(); }

  void close_node(uint32_t id) {
    Node& n = nodes[id];
    n.end = static_cast<uint32_t>(nodes.size());
    if (n.parent != kNone) {
      nodes[n.parent].text += n.text;
      nodes[n.parent].link += n.link;
    }
  }

  void pop() {
    Open& o = stack_.back();
    if (o.tag == Tag::Other) {
      auto it = other_count_.find(o.name);
      if (it != other_count_.end() && it->second > 0) --it->second;
    } else {
      --open_count_[static_cast<size_t>(o.tag)];
    }
    if (o.tag == Tag::Q) close_q();
    if (o.tag == Tag::Time) close_time();
    // The end of an inline byline or date that began the block ends the block.
    if (o.introduced && in_block_ && (cur_.flags & o.introduced)) flush();
    if (o.own_node) close_node(o.node);
    stack_.pop_back();
  }

  // Pops up to and including the nearest open element with this tag, looking at most `limit` elements down
  // (so that stray tags cost O(1)). Returns whether one was found.
  bool close_nearest(Tag tag, size_t limit, std::initializer_list<Tag> boundaries = {}) {
    if (open_count_[static_cast<size_t>(tag)] == 0) return false;
    size_t n = stack_.size();
    for (size_t k = n - 1, seen = 0; k > 0 && seen < limit; --k, ++seen) {
      if (stack_[k].tag == tag) {
        flush();
        while (stack_.size() > k) pop();
        return true;
      }
      for (Tag b : boundaries)
        if (stack_[k].tag == b) return false;
    }
    return false;
  }

  void start(const html::Token& t) {
    Tag tag = tag_of(t.name);
    if (tag == Tag::Html) return;
    // The head ends at the first element that belongs in the body.
    if (open_count_[static_cast<size_t>(Tag::Head)] > 0 && tag != Tag::Meta && tag != Tag::Title &&
        tag != Tag::Script && tag != Tag::Style && tag != Tag::Void && tag != Tag::Noscript && tag != Tag::Template)
      close_nearest(Tag::Head, SIZE_MAX);
    if (tag == Tag::Body && body_seen_) return;  // a second <body>: its content simply follows
    if (tag == Tag::Body) body_seen_ = true;
    if (tag == Tag::Meta) {
      read_meta(t);
      return;
    }
    if (tag == Tag::Br) {
      line_break();
      return;
    }
    // Implied end tags.
    if (closes_p(tag)) close_nearest(Tag::P, 64, {Tag::Button, Tag::Table, Tag::Td, Tag::Th, Tag::Caption});
    if (tag == Tag::Li) close_nearest(Tag::Li, 64, {Tag::Ul, Tag::Ol, Tag::Menu});
    if (tag == Tag::Dd || tag == Tag::Dt) {
      if (!close_nearest(Tag::Dd, 8, {Tag::Dl})) close_nearest(Tag::Dt, 8, {Tag::Dl});
    }
    if (heading_level(tag) && heading_level(top().tag)) close_nearest(top().tag, 1);
    if (tag == Tag::Td || tag == Tag::Th) {
      if (!close_nearest(Tag::Td, 16, {Tag::Table, Tag::Tr})) close_nearest(Tag::Th, 16, {Tag::Table, Tag::Tr});
    }
    if (tag == Tag::Tr) close_nearest(Tag::Tr, 16, {Tag::Table});
    if (tag == Tag::A) close_nearest(Tag::A, 16);
    if (tag == Tag::Option) close_nearest(Tag::Option, 4);

    if (breaks_block(tag)) flush();
    const Open& parent = top();
    uint32_t flags = parent.flags;
    uint8_t heading = parent.heading;
    // Hints from attributes.
    uint32_t hints = 0;
    bool hidden = false, ld_json = false, article_like = false;
    uint32_t class_hash = 0;
    for (const html::Attribute& a : t.attributes) {
      const std::string& n = a.name;
      if (n == "class" || n == "id") {
        class_hints(a.value, hints);
        if (n == "class") class_hash = static_cast<uint32_t>(std::hash<std::string>()(a.value)) | 1u;
      } else if (n == "itemprop") {
        std::string v = ascii_lower(a.value);
        if (v == "articlebody") hints |= hint_bit(HtmlHint::ArticleBody);
        if (v == "headline") hints |= hint_bit(HtmlHint::Headline);
        if (v == "author" || v == "creator") hints |= hint_bit(HtmlHint::Byline);
        if (v == "datepublished") hints |= hint_bit(HtmlHint::Date);
        if (v == "description" || v == "alternativeheadline") hints |= hint_bit(HtmlHint::Dek);
        if (v == "caption") hints |= hint_bit(HtmlHint::Caption);
      } else if (n == "itemtype") {
        if (a.value.find("Article") != std::string::npos || a.value.find("BlogPosting") != std::string::npos)
          article_like = true;
      } else if (n == "role") {
        std::string v = ascii_lower(a.value);
        if (v == "navigation" || v == "banner" || v == "contentinfo" || v == "complementary" || v == "menu" ||
            v == "menubar" || v == "dialog" || v == "search" || v == "alert")
          hints |= hint_bit(HtmlHint::Negative);
        if (v == "main" || v == "article") hints |= hint_bit(HtmlHint::Positive);
      } else if (n == "rel") {
        if (ascii_lower(a.value) == "author") hints |= hint_bit(HtmlHint::Byline);
      } else if (n == "hidden") {
        hidden = true;
      } else if (n == "aria-hidden") {
        if (ascii_lower(a.value) == "true") hidden = true;
      } else if (n == "style") {
        std::string v = ascii_lower(a.value);
        v.erase(std::remove_if(v.begin(), v.end(), [](char c) { return chars::is_html_space(c); }), v.end());
        if (v.find("display:none") != std::string::npos || v.find("visibility:hidden") != std::string::npos)
          hidden = true;
      } else if (n == "type" && tag == Tag::Script) {
        if (ascii_lower(a.value).find("ld+json") != std::string::npos) ld_json = true;
      }
    }
    // Hints on the page's outer elements say little (body class="has-sidebar ...").
    if (tag == Tag::Main || tag == Tag::Article || tag == Tag::Body || tag == Tag::Other)
      hints &= ~hint_bit(HtmlHint::Negative);
    bool positive = hints & (hint_bit(HtmlHint::Positive) | hint_bit(HtmlHint::ArticleBody));
    bool negative = (hints & hint_bit(HtmlHint::Negative)) && !(hints & hint_bit(HtmlHint::ArticleBody));
    if (hints & hint_bit(HtmlHint::Hidden)) hidden = true;
    if (drops_content(tag) || hidden) flags |= kDrop;
    if (tag == Tag::Head) flags |= kHead;
    if (tag == Tag::Title) flags |= kTitle;
    if (tag == Tag::A && t.attribute("href")) flags |= kLink;
    if (tag == Tag::Pre) flags |= kPre;
    if (tag == Tag::Blockquote) flags |= kQuote;
    if (tag == Tag::Figcaption || (hints & hint_bit(HtmlHint::Caption))) flags |= kCaption;
    if (hints & hint_bit(HtmlHint::Credit)) flags |= kCredit;
    if (hints & hint_bit(HtmlHint::Byline)) flags |= kByline;
    if (hints & hint_bit(HtmlHint::Date)) flags |= kDate;
    if (hints & hint_bit(HtmlHint::Dek)) flags |= kDek;
    if (hints & hint_bit(HtmlHint::Headline)) flags |= kHeadline;
    if (tag == Tag::Li) flags |= kListItem;
    if (tag == Tag::Figure) flags |= kFigure;
    if (tag == Tag::Table) flags |= kTable;
    if (int h = heading_level(tag)) heading = static_cast<uint8_t>(h);
    if (tag == Tag::Script) in_ld_json_ = ld_json;

    // Inline elements that are furniture ("<a class=share>") are simply not text.
    if (is_inline(tag) && negative) flags |= kDrop;
    // An inline byline or date beside another one ("<span class=byline>...</span> &bull; <span class=date>")
    // starts a block of its own.
    constexpr uint32_t kMeta = kByline | kDate;
    uint32_t introduced = is_inline(tag) ? flags & kMeta & ~parent.flags : 0;
    if (introduced && in_block_ && (introduced & ~cur_.flags) && ((cur_.flags & kMeta) || separators_only())) flush();

    if (is_void(tag)) return;  // hr and img break blocks (above) and hold nothing

    Open o{parent.node, parent.container, flags, tag, heading, false, introduced, {}};
    if (!is_inline(tag)) {
      Node n;
      n.parent = parent.node;
      n.tag = tag;
      n.positive = positive;
      n.article_body = hints & hint_bit(HtmlHint::ArticleBody);
      n.article_like = article_like || tag == Tag::Article;
      n.class_hash = class_hash;
      n.negative = nodes[parent.node].negative;
      if (negative || furniture(tag)) n.negative = static_cast<uint32_t>(nodes.size());
      o.node = static_cast<uint32_t>(nodes.size());
      o.own_node = true;
      nodes.push_back(n);
      if (breaks_block(tag)) o.container = o.node;
    }
    if (tag == Tag::Other) {
      o.name = t.name;
      ++other_count_[t.name];
    } else {
      ++open_count_[static_cast<size_t>(tag)];
    }
    stack_.push_back(std::move(o));
    if (tag == Tag::Q) open_q();
    if (tag == Tag::Time) {
      const std::string* dt = t.attribute("datetime");
      open_time(dt ? *dt : std::string());
    }
    // Foreign elements that close themselves ("<path/>" inside <svg>) hold nothing.
    if (t.self_closing && tag == Tag::Other && (flags & kDrop)) end(t.name);
  }

  void end(const std::string& name) {
    Tag tag = tag_of(name);
    if (tag == Tag::Br) {  // "</br>" is read as "<br>"
      line_break();
      return;
    }
    if (tag == Tag::Html || tag == Tag::Body) return;  // content after </body> is still the body's
    if (tag == Tag::Other) {
      auto it = other_count_.find(name);
      if (it == other_count_.end() || it->second == 0) return;
      for (size_t k = stack_.size() - 1; k > 0; --k) {
        if (stack_[k].tag == Tag::Other && stack_[k].name == name) {
          flush_if_needed(k);
          while (stack_.size() > k) pop();
          return;
        }
      }
      return;
    }
    if (open_count_[static_cast<size_t>(tag)] == 0) return;
    for (size_t k = stack_.size() - 1; k > 0; --k) {
      if (stack_[k].tag == tag) {
        flush_if_needed(k);
        while (stack_.size() > k) pop();
        return;
      }
    }
  }

  // Closing elements from stack index k up: flush if any of them breaks blocks.
  void flush_if_needed(size_t k) {
    for (size_t i = k; i < stack_.size(); ++i)
      if (breaks_block(stack_[i].tag)) {
        flush();
        return;
      }
  }

  void read_meta(const html::Token& t) {
    const std::string* content = t.attribute("content");
    if (!content) return;
    std::string key;
    for (const char* k : {"property", "name", "itemprop"})
      if (const std::string* v = t.attribute(k)) {
        key = ascii_lower(*v);
        break;
      }
    if (key.empty()) return;
    auto set = [&](std::string& field) {
      if (field.empty()) field = *content;
    };
    if (key == "og:title" || key == "twitter:title") set(meta.og_title);
    if (key == "headline") set(meta.title);
    if (key == "og:description" || key == "description" || key == "twitter:description") set(meta.description);
    if (key == "article:published_time" || key == "og:article:published_time" || key == "datepublished" ||
        key == "date" || key == "dc.date" || key == "dc.date.issued" || key == "pubdate" || key == "publish-date" ||
        key == "sailthru.date" || key == "parsely-pub-date")
      set(meta.published);
    if ((key == "author" || key == "article:author" || key == "byl" || key == "parsely-author" ||
         key == "sailthru.author" || key == "dc.creator") &&
        content->rfind("http", 0) != 0)
      set(meta.author);
  }

  void raw(const std::string& s) {
    if (top().tag == Tag::Script && in_ld_json_ && meta.json_ld.size() < 8 && s.size() < (4u << 20))
      meta.json_ld.push_back(s);
  }

  // --- text gathering ---

  void text(std::string_view s) {
    const Open& o = top();
    if (o.flags & kTitle) {
      if (!(o.flags & kDrop) && meta.page_title.size() < 2000)
        meta.page_title.append(s.data(), std::min<size_t>(s.size(), 2000));
      return;
    }
    if (o.flags & kHead) {
      // Text in the head that is not white space starts the body.
      bool blank = std::all_of(s.begin(), s.end(), [](char c) { return chars::is_html_space(c); });
      if (blank) return;
      close_nearest(Tag::Head, SIZE_MAX);
    }
    if (top().flags & kDrop) return;
    append(s);
  }

  void begin_block() {
    if (in_block_) return;
    in_block_ = true;
    ++block_seq_;
    const Open& o = top();
    cur_ = HBlock{};
    cur_.node = o.container;
    cur_.flags = o.flags;
    cur_.heading = o.heading;
    cur_.begin = static_cast<uint32_t>(pool.size());
    space_ = false;
  }

  void append(std::string_view s) {
    bool pre = top().flags & kPre;
    bool link = top().flags & kLink;
    size_t before = pool.size();
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      // White space: ASCII, no-break space (U+00A0) and the other spaces of Unicode.
      size_t k = i;
      char32_t cp = c < 0x80 ? (++k, char32_t(c)) : unicode::next(s, k);
      if (cp == 0xAD || cp == 0x200B || cp == 0xFEFF || cp == 0) {  // soft hyphen, zero-width space, BOM
        i = k;
        continue;
      }
      if (pre && (cp == '\n' || cp == '\r')) {
        begin_block();
        if (!(cp == '\n' && i > 0 && s[i - 1] == '\r')) pool.push_back('\n');
        space_ = false;
        i = k;
        continue;
      }
      if (cp < 0x80 ? chars::is_html_space(static_cast<char>(cp)) : unicode::is_space(cp)) {
        if (in_block_ && pool.size() > cur_.begin) space_ = true;
        i = k;
        continue;
      }
      begin_block();
      if (space_ && pool.size() > cur_.begin && pool.back() != '\n') pool.push_back(' ');
      space_ = false;
      pool.append(s.data() + i, k - i);
      i = k;
    }
    if (link && in_block_) cur_.link += static_cast<uint32_t>(pool.size() - before);
  }

  void line_break() {
    if (!in_block_ || pool.size() == cur_.begin || (top().flags & kDrop)) return;
    if (pool.back() == '\n') {
      // Two line breaks end the paragraph.
      pool.pop_back();
      flush();
      return;
    }
    pool.push_back('\n');
    space_ = false;
  }

  static bool separator_at(std::string_view s, size_t i, size_t& len) {
    if (s[i] == '|' || s[i] == ' ' || s[i] == '\n') {
      len = 1;
      return true;
    }
    if (s.substr(i, 3) == "\xE2\x80\xA2") {  // bullet
      len = 3;
      return true;
    }
    if (s.substr(i, 2) == "\xC2\xB7") {  // middle dot
      len = 2;
      return true;
    }
    return false;
  }

  bool separators_only() const {
    std::string_view s(pool);
    size_t len = 0;
    for (size_t i = cur_.begin; i < s.size(); i += len)
      if (!separator_at(s, i, len)) return false;
    return true;
  }

  void flush() {
    if (!in_block_) return;
    in_block_ = false;
    time_open_ = false;
    // Separators left at either end ("Jane Doe \u2022", "| 5 min read") are not text.
    size_t lead = 0, len = 0;
    while (cur_.begin + lead < pool.size() && separator_at(pool, cur_.begin + lead, len)) lead += len;
    if (lead) {
      pool.erase(cur_.begin, lead);
      cur_.time_begin = cur_.time_begin > lead ? cur_.time_begin - static_cast<uint32_t>(lead) : 0;
      cur_.time_end = cur_.time_end > lead ? cur_.time_end - static_cast<uint32_t>(lead) : 0;
    }
    for (;;) {
      std::string_view v(pool);
      if (v.size() <= cur_.begin) break;
      if (v.back() == ' ' || v.back() == '\n' || v.back() == '|') {
        pool.pop_back();
      } else if (v.size() >= cur_.begin + 3 && v.substr(v.size() - 3) == "\xE2\x80\xA2") {
        pool.resize(pool.size() - 3);
      } else if (v.size() >= cur_.begin + 2 && v.substr(v.size() - 2) == "\xC2\xB7") {
        pool.resize(pool.size() - 2);
      } else {
        break;
      }
    }
    cur_.end = static_cast<uint32_t>(pool.size());
    if (cur_.end == cur_.begin) return;
    cur_.link = std::min(cur_.link, cur_.end - cur_.begin);
    nodes[cur_.node].text += cur_.end - cur_.begin;
    nodes[cur_.node].link += cur_.link;
    blocks.push_back(std::move(cur_));
  }

  // Where the next text of the current block will start (after a pending space).
  size_t next_text_at() const { return pool.size() + ((space_ && in_block_ && pool.size() > cur_.begin) ? 1 : 0); }

  void open_q() { q_.push_back({in_block_ ? block_seq_ : block_seq_ + 1, next_text_at()}); }

  void close_q() {
    if (q_.empty()) return;
    QOpen q = q_.back();
    q_.pop_back();
    if (!in_block_ || q.block_seq != block_seq_ || q.at < cur_.begin || q.at >= pool.size()) return;
    size_t at = q.at;
    if (pool[at] == ' ') ++at;
    if (at >= pool.size()) return;
    std::string_view content(pool.data() + at, pool.size() - at);
    size_t k = 0;
    if (chars::is_line_quote_mark(unicode::next(content, k))) return;  // it has its own marks
    bool inner = q_.size() % 2 == 1;
    const char* open = inner ? "\xE2\x80\x98" : "\xE2\x80\x9C";
    const char* close = inner ? "\xE2\x80\x99" : "\xE2\x80\x9D";
    pool.insert(at, open);
    pool += close;
    if (time_open_ && time_at_ >= at) time_at_ += 3;
  }

  void open_time(std::string datetime) {
    if (cur_.has_time && in_block_) return;
    time_open_ = true;
    time_attr_ = std::move(datetime);
    time_at_ = next_text_at();
  }

  void close_time() {
    if (!time_open_ || !in_block_ || cur_.has_time) return;
    time_open_ = false;
    size_t at = std::max<size_t>(time_at_, cur_.begin);
    if (at < pool.size() && pool[at] == ' ') ++at;
    if (at >= pool.size() && time_attr_.empty()) return;
    cur_.has_time = true;
    cur_.datetime = time_attr_;
    cur_.time_begin = static_cast<uint32_t>(std::min(at, pool.size()) - cur_.begin);
    cur_.time_end = static_cast<uint32_t>(pool.size() - cur_.begin);
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Pass 2: JSON-LD.

struct LdArticle {
  std::string headline, description, published, body;
  std::vector<std::string> authors;
  bool live = false;  // a LiveBlogPosting
};

bool article_type(const nlohmann::json& t) {
  static const char* const kTypes[] = {
      "NewsArticle",           "Article",           "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
      "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",          "LiveBlogPosting",     "Report",
      "SatiricalArticle",      "ScholarlyArticle"};
  auto one = [](const nlohmann::json& s) {
    if (!s.is_string()) return false;
    std::string v = s.get<std::string>();
    size_t slash = v.rfind('/');
    if (slash != std::string::npos) v = v.substr(slash + 1);  // "http://schema.org/NewsArticle"
    for (const char* k : kTypes)
      if (v == k) return true;
    return false;
  };
  if (t.is_array()) {
    for (const auto& x : t)
      if (one(x)) return true;
    return false;
  }
  return one(t);
}

std::string json_string(const nlohmann::json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return {};
}

// Nesting depth of JSON text (brackets outside strings), to refuse pathological input before parsing.
int json_depth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

std::optional<LdArticle> read_json_ld(const std::vector<std::string>& scripts) {
  for (const std::string& raw : scripts) {
    std::string s = raw;
    // Some sites wrap JSON-LD in a comment or CDATA markers.
    for (const char* w : {"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"}) {
      size_t p;
      while ((p = s.find(w)) != std::string::npos) s.erase(p, std::strlen(w));
    }
    if (json_depth(s) > 64) continue;
    nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
    if (j.is_discarded()) continue;
    // Walk objects and arrays (explicit stack, depth-limited above) for the first article.
    std::vector<const nlohmann::json*> todo{&j};
    size_t visited = 0;
    while (!todo.empty() && visited < 10000) {
      const nlohmann::json* x = todo.back();
      todo.pop_back();
      ++visited;
      if (x->is_array()) {
        for (auto it = x->rbegin(); it != x->rend(); ++it) todo.push_back(&*it);
        continue;
      }
      if (!x->is_object()) continue;
      auto type = x->find("@type");
      if (type != x->end() && article_type(*type)) {
        LdArticle a;
        a.live = type->is_string() ? type->get<std::string>().find("LiveBlogPosting") != std::string::npos
                                   : type->dump().find("LiveBlogPosting") != std::string::npos;
        a.headline = json_string(*x, "headline");
        if (a.headline.empty()) a.headline = json_string(*x, "name");
        a.description = json_string(*x, "description");
        a.published = json_string(*x, "datePublished");
        if (a.published.empty()) a.published = json_string(*x, "dateCreated");
        a.body = json_string(*x, "articleBody");
        if (auto au = x->find("author"); au != x->end()) {
          std::vector<const nlohmann::json*> list;
          if (au->is_array())
            for (const auto& e : *au) list.push_back(&e);
          else
            list.push_back(&*au);
          for (const nlohmann::json* e : list) {
            std::string name = e->is_string() ? e->get<std::string>() : e->is_object() ? json_string(*e, "name") : "";
            if (!name.empty() && name.rfind("http", 0) != 0) a.authors.push_back(name);
          }
        }
        return a;
      }
      for (auto it = x->begin(); it != x->end(); ++it)
        if (it->is_object() || it->is_array()) todo.push_back(&*it);
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 3: choose the article and write it out.

struct OutBlock {
  std::string text;
  BlockKind kind;
  std::string iso;                // for dates
  size_t date_b = 0, date_e = 0;  // the date inside the text, for dates
};

// Collapses white space and drops controls: for text that comes from attributes and JSON.
std::string clean_text(std::string_view s) {
  std::string out;
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = unicode::next(s, i);
    if (unicode::is_space(c) || unicode::category(c) == unicode::Category::Cc) {
      space = !out.empty();
      continue;
    }
    if (c == 0xAD || c == 0x200B || c == 0xFEFF) continue;
    if (space) out.push_back(' ');
    space = false;
    unicode::append(out, c);
  }
  return out;
}

// "Headline | Site" -> "Headline".
std::string strip_site_name(std::string title) {
  for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 0 && rules::word_count(std::string_view(title).substr(p)) <= 4 &&
        rules::word_count(std::string_view(title).substr(0, p)) >= 3) {
      title.resize(p);
      break;
    }
  }
  return title;
}

std::string join_authors(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < 8; ++i) {
    if (i) out += (i + 1 == names.size() || i == 7) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// Both normalised (rules::normalize).
bool similar_titles(const std::string& x, const std::string& y) {
  if (x.empty() || y.empty()) return false;
  if (x == y) return true;
  return (x.size() >= 20 && y.find(x) != std::string::npos) || (y.size() >= 20 && x.find(y) != std::string::npos);
}

class Extractor {
 public:
  Extractor(Builder& b, Document& doc) : b_(b), doc_(doc) {}

  void run() {
    ld_ = read_json_ld(b_.meta.json_ld);
    choose_body();
    choose_header();
    classify();
    add_metadata();
    write();
  }

 private:
  Builder& b_;
  Document& doc_;
  std::optional<LdArticle> ld_;
  std::vector<std::pair<uint32_t, uint32_t>> ranges_;  // node ranges of the body (disjoint subtrees)
  std::vector<uint8_t> in_body_;                       // per node: inside one of ranges_
  std::array<uint32_t, 10> count_{};                   // out_ blocks of each kind
  std::vector<uint32_t> body_;                         // blocks of the body
  uint32_t title_block_ = kNone;
  std::vector<uint32_t> header_;  // blocks between the headline and the body
  std::vector<OutBlock> out_;
  bool ignore_negative_ = false;

  std::string_view text(const HBlock& k) const { return std::string_view(b_.pool).substr(k.begin, k.end - k.begin); }
  bool dropped(const HBlock& k) const { return k.flags & (kDrop | kHead | kTitle); }
  bool in_ranges(uint32_t node) const { return in_body_[node]; }
  // Inside furniture that lies within the body (furniture around the body does not count).
  bool furniture_inside(uint32_t node) const {
    uint32_t neg = b_.nodes[node].negative;
    return neg != kNone && in_body_[neg];
  }

  float base_score(const Node& n) const {
    float s = 0;
    switch (n.tag) {
      case Tag::Div: s = 5; break;
      case Tag::Article: s = 10; break;
      case Tag::Pre:
      case Tag::Td:
      case Tag::Blockquote: s = 3; break;
      case Tag::Address:
      case Tag::Ol:
      case Tag::Ul:
      case Tag::Dl:
      case Tag::Dd:
      case Tag::Dt:
      case Tag::Li:
      case Tag::Form: s = -3; break;
      case Tag::H1:
      case Tag::H2:
      case Tag::H3:
      case Tag::H4:
      case Tag::H5:
      case Tag::H6:
      case Tag::Th: s = -5; break;
      default: break;
    }
    if (n.positive) s += 25;
    if (n.article_body) s += 50;
    if (n.negative != kNone && n.negative == static_cast<uint32_t>(&n - b_.nodes.data())) s -= 25;
    return s;
  }

  void choose_body() {
    const auto& nodes = b_.nodes;
    std::vector<float> score(nodes.size(), 0.0f);
    std::vector<uint8_t> touched(nodes.size(), 0);
    auto add = [&](uint32_t id, float s) {
      if (id == kNone || id == 0) return;
      if (!touched[id]) {
        touched[id] = 1;
        score[id] = base_score(nodes[id]);
      }
      score[id] += s;
    };
    for (const HBlock& k : b_.blocks) {
      if (dropped(k) || nodes[k.node].negative != kNone) continue;
      std::string_view t = text(k);
      size_t len = t.size();
      if (len < 25 || k.link * 2 > len || k.heading) continue;
      float s = 1.0f + static_cast<float>(std::count(t.begin(), t.end(), ',')) +
                std::min(static_cast<float>(len) / 100.0f, 3.0f);
      Tag ct = nodes[k.node].tag;
      uint32_t l1 = (ct == Tag::P || ct == Tag::Pre || ct == Tag::Li || ct == Tag::Blockquote || ct == Tag::Td ||
                     ct == Tag::Dd || ct == Tag::Figcaption)
                        ? nodes[k.node].parent
                        : k.node;
      add(l1, s);
      uint32_t l2 = l1 != kNone ? nodes[l1].parent : kNone;
      add(l2, s / 2);
      uint32_t l3 = l2 != kNone ? nodes[l2].parent : kNone;
      add(l3, s / 6);
    }
    uint32_t top = kNone;
    float best = 0;
    for (uint32_t i = 1; i < nodes.size(); ++i) {
      if (!touched[i]) continue;
      const Node& n = nodes[i];
      float ld = n.text ? static_cast<float>(n.link) / static_cast<float>(n.text) : 0.0f;
      score[i] *= (1.0f - ld);
      if (top == kNone || score[i] > best) {
        top = i;
        best = score[i];
      }
    }
    // An element marked as the article body wins when it holds a fair share of the text.
    uint32_t marked = kNone;
    for (uint32_t i = 1; i < nodes.size(); ++i)
      if (nodes[i].article_body && (marked == kNone || nodes[i].text > nodes[marked].text)) marked = i;
    if (marked != kNone && nodes[marked].text >= 100 &&
        (top == kNone || uint64_t(nodes[marked].text) * 10 >= uint64_t(nodes[top].text) * 3 ||
         (marked <= top && top < nodes[marked].end))) {
      // If the scored element lies inside the marked one, the marked one is the whole body.
      top = marked;
      best = touched[marked] ? score[marked] : 0.0f;
    }
    if (top == kNone) {
      // No paragraph anywhere: every block of the page that is not furniture.
      ranges_.push_back({0, static_cast<uint32_t>(nodes.size())});
    } else {
      ranges_.push_back({top, nodes[top].end});
      // Siblings that score nearly as well, or hold paragraph text with few links, join the body.
      uint32_t parent = nodes[top].parent;
      if (parent != kNone && !nodes[top].article_body) {
        float threshold = std::max(10.0f, best * 0.2f);
        for (uint32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
          if (c == top || nodes[c].negative != kNone) continue;
          const Node& n = nodes[c];
          float ld = n.text ? static_cast<float>(n.link) / static_cast<float>(n.text) : 1.0f;
          bool join = (touched[c] && score[c] >= threshold) || (n.text > 80 && ld < 0.25f) ||
                      (touched[c] && n.tag == nodes[top].tag && n.class_hash == nodes[top].class_hash);
          if (join) ranges_.push_back({c, n.end});
        }
      }
    }
    in_body_.assign(nodes.size(), 0);
    for (const auto& r : ranges_) std::fill(in_body_.begin() + r.first, in_body_.begin() + r.second, 1);
    // Furniture inside the body is left out, unless that would leave out most of it (then the hints lie).
    uint64_t total = 0, furn = 0;
    for (const HBlock& k : b_.blocks) {
      if (dropped(k) || !in_ranges(k.node)) continue;
      total += k.end - k.begin;
      if (furniture_inside(k.node)) furn += k.end - k.begin;
    }
    ignore_negative_ = total > 0 && furn * 10 > total * 6;
    for (uint32_t i = 0; i < b_.blocks.size(); ++i) {
      const HBlock& k = b_.blocks[i];
      if (dropped(k) || !in_ranges(k.node)) continue;
      if (!ignore_negative_ && furniture_inside(k.node)) continue;
      if (top == kNone && b_.nodes[k.node].negative != kNone) continue;
      body_.push_back(i);
    }
  }

  bool usable(uint32_t i) const {
    const HBlock& k = b_.blocks[i];
    return !dropped(k) && b_.nodes[k.node].negative == kNone;
  }

  std::string reference_title() const {
    if (ld_ && !ld_->headline.empty()) return ld_->headline;
    if (!b_.meta.og_title.empty()) return b_.meta.og_title;
    if (!b_.meta.title.empty()) return b_.meta.title;
    return strip_site_name(clean_text(b_.meta.page_title));
  }

  void choose_header() {
    uint32_t first = body_.empty() ? static_cast<uint32_t>(b_.blocks.size()) : body_.front();
    std::string ref = rules::normalize(reference_title());
    // The headline: a heading of the body's first blocks, or the <h1> (or marked headline) closest above the
    // body, preferring one that matches the page's metadata title.
    uint32_t found = kNone;
    for (size_t n = 0; n < body_.size() && n < 4; ++n) {
      const HBlock& k = b_.blocks[body_[n]];
      if (k.heading == 1 || (k.flags & kHeadline)) {
        found = body_[n];
        break;
      }
    }
    if (found == kNone) {
      uint32_t h1 = kNone, matching = kNone;
      for (uint32_t i = 0; i < first; ++i) {
        if (!usable(i)) continue;
        const HBlock& k = b_.blocks[i];
        if (k.heading == 1 || (k.flags & kHeadline)) {
          h1 = i;
          if (similar_titles(rules::normalize(text(k)), ref)) matching = i;
        } else if (k.heading && k.end - k.begin < 1000 && similar_titles(rules::normalize(text(k)), ref)) {
          matching = i;
        }
      }
      found = matching != kNone ? matching : h1;
    }
    title_block_ = found;
    if (found == kNone || (!body_.empty() && found >= first)) return;
    // The blocks between the headline and the body: standfirst, byline, date, lead image.
    for (uint32_t i = found + 1; i < first && header_.size() < 20; ++i) {
      if (!usable(i)) continue;
      const HBlock& k = b_.blocks[i];
      size_t len = k.end - k.begin;
      if (k.link * 2 > len && !header_metadata(k)) continue;  // links: navigation, tags
      if (len > 800) continue;
      header_.push_back(i);
    }
  }

  // A byline or date, by its element or its words (their names and dates are often links).
  bool header_metadata(const HBlock& k) const {
    if (k.has_time || (k.flags & (kByline | kDate))) return true;
    std::string_view t = text(k);
    if (t.size() > 300) return false;
    return rules::is_byline(t) || rules::date_line(t) || !rules::split_meta_line(t).empty();
  }

  void push(std::string_view t, BlockKind kind) { add_out({std::string(t), kind, {}, 0, 0}); }

  // A block that may be a date: from its <time datetime>, or its words.
  bool push_date(const HBlock& k, std::string_view t, bool hinted) {
    std::string iso;
    size_t db = 0, de = t.size();
    if (k.has_time && !k.datetime.empty()) iso = normalize_date(k.datetime);
    if (auto m = rules::date_line(t)) {
      if (iso.empty()) iso = m->iso;
      db = m->begin;
      de = m->end;
    } else if (!iso.empty() && k.has_time && k.time_end > k.time_begin && k.time_end <= t.size()) {
      db = k.time_begin;
      de = k.time_end;
    } else if (iso.empty() && hinted && t.size() <= 200) {
      if (auto m2 = find_date(t)) {
        iso = m2->iso;
        db = m2->begin;
        de = m2->end;
      }
    }
    if (iso.empty()) return false;
    // Text besides the date that is more than a prefix ("Updated", "Published") stays a paragraph.
    if (!hinted && !(k.has_time && t.size() <= 120) && !rules::date_line(t)) return false;
    add_out({std::string(t), BlockKind::Date, iso, db, de});
    return true;
  }

  // The kind of a block from its element and, failing that, its words.
  void classify_block(uint32_t i, bool in_header) {
    const HBlock& k = b_.blocks[i];
    std::string_view t = text(k);
    if (i == title_block_) {
      push(t, BlockKind::Title);
      return;
    }
    // Lines set apart by <br> that are headline, byline or date lines are blocks of their own
    // ("<b>Headline</b><br><i>By Jane Doe</i><br>April 17, 2009<br><br>Body ...").
    if (t.find('\n') != std::string_view::npos && t.size() <= 2000 && !(k.flags & (kQuote | kPre))) {
      std::vector<std::string_view> lines;
      size_t p = 0;
      while (p <= t.size()) {
        size_t e = t.find('\n', p);
        if (e == std::string_view::npos) e = t.size();
        lines.push_back(t.substr(p, e - p));
        p = e + 1;
      }
      bool meta = false;
      for (size_t n = 0; n + 1 < lines.size() && !meta; ++n)
        meta = rules::date_line(lines[n]) || rules::is_byline(lines[n]) || rules::is_credit(lines[n]) ||
               matches_title(lines[n]);
      if (meta) {
        HBlock line = k;
        line.has_time = false;
        for (std::string_view l : lines)
          if (!l.empty()) classify_text(line, l, in_header);
        return;
      }
    }
    classify_text(k, t, in_header);
  }

  // With no headline found yet, a headline-like line near the top that the page's title names.
  bool matches_title(std::string_view t) const {
    if (has(BlockKind::Title) || has(BlockKind::Paragraph) || ref_norm_.empty() || t.size() > 250) return false;
    return rules::is_headline_like(t) && similar_titles(rules::normalize(t), ref_norm_);
  }

  void classify_text(const HBlock& k, std::string_view t, bool in_header) {
    bool have_title = has(BlockKind::Title), have_sub = has(BlockKind::Subtitle), have_by = has(BlockKind::Byline),
         have_date = has(BlockKind::Date);
    if (matches_title(t)) {
      push(t, BlockKind::Title);
      title_norm_ = rules::normalize(t);
      return;
    }
    if (have_title && (k.heading || (k.flags & kHeadline)) && rules::normalize(t) == title_norm_) return;  // repeat
    if ((k.flags & kHeadline) && !have_title) {
      push(t, BlockKind::Title);
      title_norm_ = rules::normalize(t);
      return;
    }
    if (k.flags & kCaption) {
      if (rules::is_credit(t) || (k.flags & kCredit)) {
        push(t, BlockKind::Credit);
      } else if (auto c = rules::trailing_credit(t)) {
        std::string_view cap = t.substr(0, *c);
        while (!cap.empty() && cap.back() == ' ') cap.remove_suffix(1);
        push(cap, BlockKind::Caption);
        push(t.substr(*c), BlockKind::Credit);
      } else {
        push(t, BlockKind::Caption);
      }
      return;
    }
    if (k.flags & kCredit) {
      push(t, BlockKind::Credit);
      return;
    }
    if (k.flags & kQuote) {
      push(t, rules::is_boilerplate(t) ? BlockKind::Boilerplate : BlockKind::BlockQuote);
      return;
    }
    if (k.heading) {
      bool after_title = !out_.empty() && out_.back().kind == BlockKind::Title;
      if ((in_header || after_title) && !have_sub && k.heading >= 2 && !rules::is_boilerplate(t))
        push(t, BlockKind::Subtitle);
      else if (in_header)
        return;  // a label between the headline and the body ("Key events"): not article text
      else
        push(t, rules::is_boilerplate(t) ? BlockKind::Boilerplate : BlockKind::Heading);
      return;
    }
    // Metadata in one line: "By Jane Doe | January 8, 2024", "Posted on October 3, 2022 by Dan Whitfield".
    if (t.size() <= 300) {
      auto parts = rules::split_meta_line(t);
      if (!parts.empty()) {
        push_parts(k, t, parts);
        return;
      }
    }
    if ((k.flags & kDate) || (k.has_time && t.size() <= 120)) {
      if (push_date(k, t, k.flags & kDate)) return;
      if (k.flags & kDate && rules::word_count(t) <= 8) {
        push(t, BlockKind::Boilerplate);  // "2 hours ago"
        return;
      }
    }
    if (k.flags & kByline) {
      if (t.size() <= 300) {
        push(t, have_by ? BlockKind::Paragraph : BlockKind::Byline);
        return;
      }
    }
    if (k.flags & kDek && !have_sub && t.size() <= 600) {
      push(t, BlockKind::Subtitle);
      return;
    }
    // By its words.
    if (!have_date && rules::date_line(t) && push_date(k, t, false)) return;
    if (rules::is_credit(t)) {
      push(t, BlockKind::Credit);
      return;
    }
    if (rules::is_boilerplate(t)) {
      push(t, BlockKind::Boilerplate);
      return;
    }
    if (!have_by && rules::is_byline(t)) {
      push(t, BlockKind::Byline);
      return;
    }
    if (rules::has_caption_prefix(t)) {
      push(t, BlockKind::Caption);
      return;
    }
    size_t len = t.size();
    if ((k.flags & kListItem) && k.link * 2 >= len) {  // a list of links: related stories
      push(t, BlockKind::Boilerplate);
      return;
    }
    if (k.link * 10 >= len * 9 && len <= 200) {  // a lone link
      push(t, BlockKind::Boilerplate);
      return;
    }
    if (in_header && !have_sub && len <= 400 && rules::word_count(t) >= 4 && !rules::starts_with_dateline(t)) {
      push(t, BlockKind::Subtitle);
      return;
    }
    push(t, BlockKind::Paragraph);
  }

  void push_parts(const HBlock& k, std::string_view t, const std::vector<rules::MetaPart>& parts) {
    for (const auto& p : parts) {
      std::string_view s = t.substr(p.begin, p.end - p.begin);
      if (p.kind == rules::MetaPart::Date) {
        auto m = rules::date_line(s);
        if (m) {
          // The machine-readable datetime of a <time> in the line is more precise than its words.
          std::string iso = k.has_time && !k.datetime.empty() ? normalize_date(k.datetime) : std::string();
          if (iso.empty() || iso.compare(0, 10, m->iso, 0, 10) != 0) iso = m->iso;
          add_out({std::string(s), BlockKind::Date, iso, m->begin, m->end});
          continue;
        }
      }
      push(s, p.kind == rules::MetaPart::Byline ? (has(BlockKind::Byline) ? BlockKind::Paragraph : BlockKind::Byline)
              : p.kind == rules::MetaPart::Date ? BlockKind::Paragraph
                                                : BlockKind::Boilerplate);
    }
  }

  bool has(BlockKind kind) const { return count_[static_cast<size_t>(kind)] > 0; }
  void add_out(OutBlock b, std::optional<size_t> at = std::nullopt) {
    ++count_[static_cast<size_t>(b.kind)];
    if (at)
      out_.insert(out_.begin() + static_cast<long>(*at), std::move(b));
    else
      out_.push_back(std::move(b));
  }

  std::string title_norm_;
  std::string ref_norm_;  // the metadata's headline, normalised

  void classify() {
    ref_norm_ = rules::normalize(reference_title());
    if (title_block_ != kNone) title_norm_ = rules::normalize(text(b_.blocks[title_block_]));
    if (title_block_ != kNone && (body_.empty() || title_block_ < body_.front())) classify_block(title_block_, true);
    for (uint32_t i : header_) classify_block(i, true);
    for (uint32_t i : body_) {
      // Above a headline that lies inside the body: kickers and section links, not article text.
      if (title_block_ != kNone && i < title_block_) {
        const HBlock& k = b_.blocks[i];
        size_t len = k.end - k.begin;
        if (rules::word_count(text(k)) <= 6 || k.link * 2 > len) continue;
      }
      classify_block(i, false);
    }
    // With no body in the markup (a page built by script), the JSON-LD articleBody is the body.
    size_t body_chars = 0;
    for (const OutBlock& o : out_)
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) body_chars += o.text.size();
    if (ld_ && body_chars < 200 && ld_->body.size() > body_chars) {
      std::vector<OutBlock> keep;
      for (OutBlock& o : out_)
        if (o.kind != BlockKind::Paragraph && o.kind != BlockKind::BlockQuote) keep.push_back(std::move(o));
      out_.clear();
      count_.fill(0);
      for (OutBlock& o : keep) add_out(std::move(o));
      if (!has(BlockKind::Subtitle) && !ld_->description.empty()) {
        std::string d = clean_text(ld_->description);
        if (!d.empty() && ld_->body.find(ld_->description.substr(0, 60)) == std::string::npos)
          insert_after_header({d, BlockKind::Subtitle, {}, 0, 0});
      }
      // Paragraphs are separated by line breaks in articleBody.
      std::string_view body(ld_->body);
      size_t p = 0;
      while (p <= body.size()) {
        size_t e = body.find('\n', p);
        if (e == std::string_view::npos) e = body.size();
        std::string para = clean_text(body.substr(p, e - p));
        if (!para.empty()) push(para, rules::is_boilerplate(para) ? BlockKind::Boilerplate : BlockKind::Paragraph);
        p = e + 1;
      }
    }
  }

  // Inserts after the headline and the header blocks that follow it.
  void insert_after_header(OutBlock b) {
    size_t at = 0;
    while (at < out_.size() && (out_[at].kind == BlockKind::Title || out_[at].kind == BlockKind::Subtitle ||
                                out_[at].kind == BlockKind::Byline || out_[at].kind == BlockKind::Date ||
                                out_[at].kind == BlockKind::Boilerplate))
      ++at;
    add_out(std::move(b), at);
  }

  // What the page's metadata says and its text does not show.
  void add_metadata() {
    if (!has(BlockKind::Title)) {
      std::string t = clean_text(reference_title());
      if (!t.empty()) add_out({t, BlockKind::Title, {}, 0, 0}, 0);
    }
    if (!has(BlockKind::Byline)) {
      std::string a = ld_ && !ld_->authors.empty() ? join_authors(ld_->authors) : b_.meta.author;
      a = clean_text(a);
      if (!a.empty() && a.size() <= 300) insert_after_header({a, BlockKind::Byline, {}, 0, 0});
    }
    if (ld_ && ld_->live && !ld_->published.empty()) {
      // A live blog's times are those of its entries; its own is in the metadata. It goes first.
      std::string raw = clean_text(ld_->published);
      std::string iso = raw.size() <= 100 ? normalize_date(raw) : std::string();
      if (!iso.empty()) {
        size_t at = 0;
        while (at < out_.size() && (out_[at].kind == BlockKind::Title || out_[at].kind == BlockKind::Subtitle ||
                                    out_[at].kind == BlockKind::Byline))
          ++at;
        add_out({raw, BlockKind::Date, iso, 0, raw.size()}, at);
      }
    } else if (!date_in_header()) {
      std::string raw = ld_ && !ld_->published.empty() ? ld_->published : b_.meta.published;
      raw = clean_text(raw);
      std::string iso = raw.size() <= 100 ? normalize_date(raw) : std::string();
      if (!iso.empty()) insert_after_header({raw, BlockKind::Date, iso, 0, raw.size()});
    }
  }

  // A date among the blocks before the first paragraph.
  bool date_in_header() const {
    for (const OutBlock& o : out_) {
      if (o.kind == BlockKind::Paragraph || o.kind == BlockKind::BlockQuote) return false;
      if (o.kind == BlockKind::Date && !o.iso.empty()) return true;
    }
    return false;
  }

  void write() {
    std::string out;
    Article& a = doc_.article;
    a = Article{};
    // The article's date is the header's; failing that, the first in the body (a live blog's entries).
    const OutBlock* date_block = nullptr;
    for (const OutBlock& o : out_) {
      if (o.kind == BlockKind::Date && !o.iso.empty() && !o.text.empty()) {
        date_block = &o;
        break;
      }
    }
    for (const OutBlock& o : out_) {
      if (o.text.empty()) continue;
      if (!out.empty()) out += "\n\n";
      uint32_t begin = static_cast<uint32_t>(out.size());
      out += o.text;
      Span span{begin, static_cast<uint32_t>(out.size())};
      a.blocks.push_back({span, o.kind});
      if (&o == date_block) {
        ArticleDate d;
        size_t db = std::min(o.date_b, o.text.size()), de = std::min(std::max(o.date_e, db), o.text.size());
        if (de == db) db = 0, de = o.text.size();
        d.span = {begin + static_cast<uint32_t>(db), begin + static_cast<uint32_t>(de)};
        d.iso = o.iso;
        a.date = d;
      }
    }
    doc_.text = std::move(out);
    index_blocks(a);
  }
};

}  // namespace

void structure_html(Document& doc) {
  Builder b;
  b.run(doc.text);
  Extractor(b, doc).run();
}

}  // namespace aa
