// The HTML reader's passes share these: the page read into a light tree of nodes and blocks of text (pass 1,
// html_page.cc), the NewsArticle of its JSON-LD (pass 2, json_ld.cc); pass 3 (html_finder.cc) chooses the
// article from them. Internal to core/structure/: the stage's interface is structure.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aa::page {

enum class HtmlHint : uint8_t {
  Negative,
  Positive,
  ArticleBody,
  Byline,
  Date,
  Dek,
  Caption,
  Credit,
  Headline,
  Hidden,
  Plain,
  More,       // a "read more" wrapper: furniture, unless it holds the article's text (collapsed paragraphs)
  PullQuote,  // a pull quote: article text set apart, even in an <aside>
  Comments,   // readers' comments: furniture that no rule takes back into the body
  Published,  // the publication date's element ("published", "pubdate"): a Date hint that no Modified one undoes
  Modified,   // the date of the last update ("updated", "modified"), not the publication's
  Logo,       // the site's logo, a link home: no word of a headline that holds it
  Updated     // hAtom's and themes' "updated": the publication time, or an update time that a theme hides
};

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

// Context flags, inherited from parent to child.
enum Flag : uint32_t {
  kDrop = 1u << 0,           // content is not text at all (script, svg, hidden ...)
  kHead = 1u << 1,           // inside <head>
  kTitle = 1u << 2,          // inside <title>
  kLink = 1u << 3,           // inside <a href>
  kPre = 1u << 4,            // white space kept
  kQuote = 1u << 5,          // inside <blockquote>
  kCaption = 1u << 6,        // inside <figcaption>, or class caption
  kCredit = 1u << 7,         // class credit / copyright
  kByline = 1u << 8,         // class byline / author, rel=author, itemprop=author
  kDate = 1u << 9,           // class date / timestamp, itemprop=datePublished
  kDek = 1u << 10,           // class dek / standfirst / subtitle, itemprop=description
  kHeadline = 1u << 11,      // class headline, itemprop=headline
  kListItem = 1u << 12,      // inside <li>
  kFigure = 1u << 13,        // inside <figure>
  kTable = 1u << 14,         // inside <table>
  kModified = 1u << 15,      // class updated / modified, itemprop=dateModified (not also published): an update's date
  kUpdatedAlone = 1u << 16,  // class "updated" alone (hAtom's word, which themes put on either date), not published
  kPublished = 1u << 17,     // class published / pubdate, itemprop=datePublished
  kUpdateFirst = 1u << 18,   // (HBlock::inner only) a kPublished element after a kUpdatedAlone or kModified one
};

struct Node {
  uint32_t parent = kNone;
  uint32_t end = 0;           // one past the last node of the subtree (nodes are numbered in document order)
  uint32_t text = 0;          // bytes of block text in the subtree
  uint32_t link = 0;          // of which inside links
  uint32_t negative = kNone;  // the nearest furniture-like ancestor-or-self
  Tag tag = Tag::Other;
  bool positive = false, article_body = false, article_like = false;
  bool more = false;             // a "read more" wrapper (HtmlHint::More): furniture unless it holds paragraphs
  bool comments = false;         // inside readers' comments (HtmlHint::Comments)
  uint32_t class_hash = 0;       // of the class attribute (0: none)
  uint32_t class_word_hash = 0;  // of its first word ("list-item" of "list-item list-item--video"; 0: none)
};

struct HBlock {
  uint32_t node = 0;  // container
  uint32_t flags = 0;
  uint8_t heading = 0;
  uint32_t begin = 0, end = 0;  // into Builder::pool_
  uint32_t link = 0;
  std::string datetime;  // of the first <time datetime> inside
  bool has_time = false;
  bool pubdate = false;                   // that <time> has HTML5's pubdate attribute (the article's publication time)
  uint32_t time_begin = 0, time_end = 0;  // that <time>'s text, relative to begin
  uint32_t inner = 0;  // kDate | kByline | kModified | kUpdatedAlone | kPublished of inline elements whose text is in
                       // the block, and kUpdateFirst
};

struct Meta {
  std::string title, og_title, description, published, author, page_title, site_name;
  std::string url;   // og:url, else <link rel=canonical>
  std::string lang;  // of <html lang>, lower case (the first one)
  std::vector<std::string> json_ld;
};

// A link to an author's page ("/author/jane-roe/", "/by/jane-roe", "/staff/jane-roe"): the word of its address's path
// after that folder
// ("jane-roe"); the block its text is in or, when it has none (an avatar), the next one; where in the pool it opened.
struct AuthorLink {
  uint32_t block = 0;
  uint32_t at = 0;
  std::string slug;
};

/// What pass 1 reads from a page: its nodes (in document order, nodes[0] the document), its blocks of text
/// (their text in `pool`) and its metadata.
struct PageTree {
  std::vector<Node> nodes;
  std::vector<HBlock> blocks;
  std::string pool;  // block texts
  Meta meta;
  std::vector<AuthorLink> author_links;  // the first 16 outside <head>
};

/// Pass 1: tokens -> nodes and blocks, in one pass over the page, linear in its size.
PageTree read_page(std::string_view html);

inline constexpr uint32_t hint_bit(HtmlHint h) {
  return 1u << static_cast<int>(h);
}

struct LdArticle {
  std::string headline, description, published, body;
  std::vector<std::string> authors;
  bool live = false;           // a LiveBlogPosting
  bool article = true;         // false: no article object, only page_published
  std::string page_published;  // the first datePublished of another object (a WebPage): a date when none else is
};

/// Pass 2: the page's NewsArticle (or kin) in its JSON-LD scripts, if any: the first, or among several the one whose
/// address is `page_url` (the canonical address); with none, what the other objects say of the page's date
/// (`article` false), if anything.
std::optional<LdArticle> read_json_ld(const std::vector<std::string>& scripts, std::string_view page_url = {});

}  // namespace aa::page
