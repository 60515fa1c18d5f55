// Copyright 2026 The Precis Authors.
//
// Cleaning of a document's text, keeping origins: Unicode NFC, line-break
// normalization, decoding of percent-encoded passages, removal of web
// boilerplate lines, recognition of the headline, joining of hard-wrapped
// lines into paragraphs, white-space collapsing.
#ifndef PRECIS_NORMALIZE_TEXT_CLEANER_H_
#define PRECIS_NORMALIZE_TEXT_CLEANER_H_

#include <string>

#include "base/mapped_text.h"
#include "precis/document.h"

namespace precis {

struct CleanedText {
  // One paragraph per line, lines separated by a single '\n', no blank lines;
  // inside a line, runs of white space are one ' ' and there is none at either
  // end. Boilerplate lines (captions, link lines, share and comment prompts,
  // social sign-offs, pull quotes, datelines, bylines) are gone.
  MappedText body;
  // The headline, when the text starts with one (or `known_title` was given
  // and found); it is not part of `body`.
  std::string title;
  Span title_span;  // In the original bytes.
};

// Cleans `input` (valid UTF-8). `known_title` is a headline already found by a
// format reader (HTML <h1>, DUC <HEADLINE>), or "": lines repeating the title
// are dropped as pull quotes either way. Deterministic; never fails.
void CleanText(MappedText input, const std::string& known_title, CleanedText* out);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_TEXT_CLEANER_H_
