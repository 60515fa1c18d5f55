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
// order: id = the <DOCNO> content (trimmed), or without one the <DOC> tag's
// id attribute (TAC, AQUAINT-2: <DOC id="AFP_ENG_20050116.0346">);
// original = the element's bytes from "<DOC" to the closing '>', format =
// kDuc, origin = `origin`. Tag names are matched in any case; opening tags
// may carry attributes, closing tags white space before '>'. Bytes outside
// the elements are ignored. Returns InvalidInput (naming `origin` and the
// line) when there is no <DOC>, or an element is not closed before the end
// or the next <DOC>, or has an empty <DOCNO>, or neither a <DOCNO> nor an
// id attribute; *documents may then hold the elements before the bad one.
Status SplitDucDocuments(std::string_view file_bytes, std::string_view origin,
                         std::vector<RawDocument>* documents);

struct DucContent {
  // <TEXT> content (of every <TEXT> element, in order): each <P> paragraph
  // (or, when the element has no <P>, each blank-line separated block) on
  // one line, paragraphs separated by "\n\n"; inside a paragraph line breaks
  // (hard wraps) and runs of white space become one space. Entities are
  // decoded: &amp; &lt; &gt; &quot; &apos; in any case, &nbsp; and numeric
  // &#...; / &#x...; (white space and control characters as a space);
  // other names (&UR; &LR; &QL; of TDT typesetting) are dropped. Tags are
  // dropped, <ANNOTATION> elements with their content; a '<' that opens no
  // tag is kept.
  // Round-trip invariant: the origins are in `element`'s origins, never
  // decrease, and for every output line, the original span of that line
  // holds the line's words in order (up to the decoded entities).
  MappedText text;
  std::string title;  // <HEADLINE> (else <HL>) content on one line, or "".
  Span title_span;    // Where `title` lies in element's original bytes.
};

// Reads one <DOC> element (valid UTF-8; its origins may point into a larger
// original). Overwrites *out. Returns EmptyInput when it has no <TEXT>
// content, InvalidInput when a <TEXT> is not closed.
Status ExtractDucContent(const MappedText& element, DucContent* out);

}  // namespace precis

#endif  // PRECIS_IO_DUC_SGML_H_
