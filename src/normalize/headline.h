// Copyright 2026 The Precis Authors.
//
// Recognition of a headline at the top of plain text.
#ifndef PRECIS_NORMALIZE_HEADLINE_H_
#define PRECIS_NORMALIZE_HEADLINE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "normalize/unwrapper.h"

namespace precis {

// A headline has at most this many words.
inline constexpr size_t kMaxHeadlineWords = 25;

// Returns the index in `lines` of the headline of `text`, or lines.size()
// when there is none. The headline is the first kept line (lines already
// marked `dropped` as boilerplate are skipped) when it reads like one: two to
// kMaxHeadlineWords words, no final punctuation (. ! ? … : ; , before closing
// quotes), not a list item, and followed, after any dropped lines, by a blank
// line or by a kept line that starts a new paragraph (does not continue it).
size_t FindHeadline(const std::string& text, const std::vector<TextLine>& lines);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_HEADLINE_H_
