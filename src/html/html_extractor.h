// Copyright 2026 The Precis Authors.
//
// Main-text extraction from an HTML page with gumbo.
#ifndef PRECIS_HTML_HTML_EXTRACTOR_H_
#define PRECIS_HTML_HTML_EXTRACTOR_H_

#include <string>

#include "base/mapped_text.h"
#include "precis/document.h"
#include "precis/status.h"

namespace precis {

struct HtmlContent {
  // The story text: one block (paragraph, heading, list item, table cell,
  // quotation) per line, blocks separated by a blank line ("\n\n"), white
  // space inside a block collapsed to single spaces, entities decoded.
  // Navigation, scripts, styles, forms, headers/footers, asides, bylines,
  // share bars, figure captions and hidden elements are left out.
  MappedText text;
  // The headline (<h1> of the article, else og:title, else <title>), or "".
  std::string title;
  Span title_span;  // In the original bytes of the page.
};

// Extracts the main text of `html` (valid UTF-8). Origins in out->text point
// into the same original bytes as `html` does. Returns EmptyInput when the
// page has no text outside boilerplate. Never fails on malformed markup.
Status ExtractHtmlContent(const MappedText& html, HtmlContent* out);

}  // namespace precis

#endif  // PRECIS_HTML_HTML_EXTRACTOR_H_
