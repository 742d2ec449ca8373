// Article structure: finds the article in pasted text or in an HTML page.
//
// Decisions that other stages and the JSON rely on:
// - A repeated headline (the page shows it twice) is kept once: the second copy belongs to no block, so it is
//   neither analysed nor listed as boilerplate (it is the article's text, not the site's).
// - Page debris (tag fragments, cookie and share lines, "Advertisement", "Read more: ...", navigation runs,
//   related-story lists) is BlockKind::Boilerplate: listed in article.boilerplate, never tokenized.
// - article.date is the date of the article's header (the date line under the headline); for HTML without one,
//   the page's metadata (JSON-LD datePublished, article:published_time ...); failing both, the first date block.
//   Live blogs (JSON-LD LiveBlogPosting) take their metadata date: their in-page times are those of entries.
//   The span is the date itself ("3:04 PM EST, Wed March 1, 2023" of "Updated 3:04 PM EST, Wed March 1, 2023").
// - <blockquote> and indented or "> "-quoted text paragraphs are BlockKind::BlockQuote (also in paragraphs).
#pragma once

#include <string_view>

#include "document.h"

namespace aa {

/// True when the text is HTML markup rather than plain text: it starts (after white space and a BOM) with a tag,
/// a comment or a doctype, or has five or more block tags (<p>, <div>, <br>, <li>, <h1> ...) in its first 16 KiB.
bool looks_like_html(std::string_view text);

/// Plain text. Requires: doc.text is valid UTF-8. Fills doc.article: blocks in reading order (one per line, or
/// one per blank-line paragraph in hard-wrapped text), then the lists of the JSON (title, paragraphs, ...).
/// Does not change doc.text. Linear in the text's length.
[[gnu::noinline]] void structure_text(Document& doc);

/// HTML. Requires: doc.text holds the (valid UTF-8) markup. Replaces doc.text by the extracted article text:
/// its blocks (headline, standfirst, byline, date, captions, headings, paragraphs ...) in reading order,
/// separated by blank lines, a <br> inside a block kept as one line break; white space collapsed. What the page's
/// metadata says and its text does not show (headline, author, date) is added as blocks of their own at the top;
/// with no body in the markup, the JSON-LD articleBody is the body. Navigation, footers, asides, related lists,
/// ads, forms, scripts and hidden elements are left out of the text; debris inside the article stays in the text as
/// boilerplate. Fills doc.article so that its spans index the new text. Never fails; about linear in the input
/// (any nesting depth: no recursion over the tree).
[[gnu::noinline]] void structure_html(Document& doc);

/// Fills the per-kind lists of `article` (title, headings, paragraphs, ...) from article.blocks; `text` is the
/// document text the blocks index (the byline is narrowed to its names).
void index_blocks(Article& article, std::string_view text);

}  // namespace aa
