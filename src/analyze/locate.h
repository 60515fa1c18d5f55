// Copyright 2026 The Precis Authors.
//
// From a place in a cleaned sentence back to the bytes of the original
// document it was read from.
#ifndef PRECIS_ANALYZE_LOCATE_H_
#define PRECIS_ANALYZE_LOCATE_H_

#include <cstddef>

#include "precis/analyze.h"
#include "precis/document.h"

namespace precis {

// The span of `sentence.text[begin, end)` in the original bytes of
// cluster.documents[doc]: the occurrence within the sentence's own span
// nearest to where the text puts it, white space matched loosely (cleaning
// joins wrapped lines). When cleaning changed those bytes (a decoded
// escape), the whole sentence's span.
// REQUIRES: begin <= end <= sentence.text.size().
SourceSpan Locate(const Cluster& cluster, size_t doc, const Sentence& sentence, size_t begin,
                  size_t end);

}  // namespace precis

#endif  // PRECIS_ANALYZE_LOCATE_H_
