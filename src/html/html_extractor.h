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
  // quotation, or a run of text ended by <br>) per line, blocks separated by
  // a blank line ("\n\n"), white space (including U+00A0) inside a block
  // collapsed to single spaces, none at either end, entities decoded.
  // Navigation, scripts, styles, forms, headers/footers, asides, bylines,
  // share bars, figure captions, lists of links and hidden elements are left
  // out, and so is the <h1> taken as the headline.
  //
  // Round-trip invariant: every byte's origin lies inside the original bytes
  // of the page, origins never decrease along the text, and for each line
  // [b, e) the span text.OriginalSpan(b, e) of the original holds the line's
  // words in order (with tags and undecoded entities between them). A
  // collapsed space stands for the white space it replaces; the "\n\n"
  // between blocks is an insertion (empty origin where the next block
  // starts). Text the parser moves out of page order (stray text inside a
  // <table>) is dropped rather than break the order of origins.
  MappedText text;
  // The headline (<h1> of the article, else og:title, else <title>), white
  // space collapsed, or "".
  std::string title;
  // Where the headline's text lies in the original bytes of the page: from
  // its first to its last character (entities and inner tags included); the
  // empty span {0, 0} when there is no title.
  Span title_span;
};

// Extracts the main text of `html` (valid UTF-8, possibly itself a stage over
// some original: origins in out->text and out->title_span point into the same
// original bytes as html's origins do). Overwrites every field of *out.
//
// Returns OK when some story text remains; EmptyInput ("HTML page has no
// main text") when nothing is left outside boilerplate, with out->text
// empty. Never fails on malformed markup: the parser recovers the way
// browsers do, and elements nested deeper than a few hundred levels are
// flattened first, so time stays linear in the page size.
//
// Deterministic; thread-safe (no shared state).
Status ExtractHtmlContent(const MappedText& html, HtmlContent* out);

}  // namespace precis

#endif  // PRECIS_HTML_HTML_EXTRACTOR_H_
