// Article structure: finds the article in pasted text or in an HTML page.
#pragma once

#include <string_view>

#include "document.h"

namespace aa {

/// True when the text is HTML markup rather than plain text (a doctype, an <html>/<body> element, or
/// enough block-level tags near the start).
bool looks_like_html(std::string_view text);

/// Plain text. Requires: doc.text is valid UTF-8. Fills doc.article: blocks in reading order (one per paragraph
/// or line), then the lists of the JSON (title, paragraphs, ...). Does not change doc.text.
void structure_text(Document& doc);

/// HTML. Requires: doc.text holds the (valid UTF-8) markup. Replaces doc.text by the extracted article text and
/// fills doc.article so that its spans index the new text.
void structure_html(Document& doc);

/// Fills the per-kind lists of `article` (title, headings, paragraphs, ...) from article.blocks.
void index_blocks(Article& article);

}  // namespace aa
