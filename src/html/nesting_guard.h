// Copyright 2026 The Precis Authors.
//
// Keeps pathological nesting away from the HTML parser, whose tree building
// takes time quadratic in the depth of open elements.
#ifndef PRECIS_HTML_NESTING_GUARD_H_
#define PRECIS_HTML_NESTING_GUARD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// Scans `html` with a light tokenizer (comments, raw text elements, quoted
// attribute values, void and self-closing tags, elements that close
// themselves like <p> and <li>) and turns every start tag that would open an
// element deeper than `max_depth`, together with its end tag, into a comment
// of the same length ("<div class=x>" becomes "<?           >", which HTML
// parsers read as a bogus comment). Returns true and sets *out to the changed
// copy, which has the same length as `html` so offsets into it are offsets
// into `html`; returns false (leaving *out alone) when no tag is that deep.
// Text is never changed.
//
// Linear in html.size().
bool FlattenDeepNesting(std::string_view html, size_t max_depth, std::string* out);

}  // namespace precis

#endif  // PRECIS_HTML_NESTING_GUARD_H_
