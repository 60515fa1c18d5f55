// Copyright 2026 The Precis Authors.
//
// DUC/TREC SGML: splitting a file into <DOC> elements and reading the text of
// one element.
#ifndef PRECIS_IO_DUC_SGML_H_
#define PRECIS_IO_DUC_SGML_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_text.h"
#include "precis/document.h"
#include "precis/status.h"

namespace precis {

// Appends one RawDocument per <DOC>...</DOC> element of `file_bytes`, in
// order: id = the <DOCNO> content (trimmed), original = the element's bytes,
// format = kDuc, origin = `origin`. Returns InvalidInput (naming `origin`)
// when there is no <DOC>, an element is unterminated or has no DOCNO.
Status SplitDucDocuments(std::string_view file_bytes, std::string_view origin,
                         std::vector<RawDocument>* documents);

struct DucContent {
  // <TEXT> content: each <P> paragraph (or, without <P>, each blank-line
  // separated block) on one line, paragraphs separated by "\n\n", white space
  // inside a paragraph collapsed, SGML entities (&amp; &AMP; ...) decoded,
  // <ANNOTATION> and other tags dropped.
  MappedText text;
  std::string title;  // <HEADLINE> (or <HEADER>/<H1>) content, or "".
  Span title_span;
};

// Reads one <DOC> element (valid UTF-8). Returns EmptyInput when it has no
// <TEXT> content.
Status ExtractDucContent(const MappedText& element, DucContent* out);

}  // namespace precis

#endif  // PRECIS_IO_DUC_SGML_H_
