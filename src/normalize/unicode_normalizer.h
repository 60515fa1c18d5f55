// Copyright 2026 The Precis Authors.
//
// Unicode and white-space normalization with origins.
#ifndef PRECIS_NORMALIZE_UNICODE_NORMALIZER_H_
#define PRECIS_NORMALIZE_UNICODE_NORMALIZER_H_

#include "base/mapped_text.h"

namespace precis {

// Returns `input` (valid UTF-8) in NFC, with CR LF and lone CR turned into
// LF, tabs and Unicode space separators (NBSP, thin space, ...) into ' ',
// Windows-1252 punctuation left as C1 controls (U+0092 and the like) into
// the quote, dash or ellipsis it stands for, other control characters into
// ' ', and invisible characters (zero-width
// space and joiners, word joiner, byte order mark, soft hyphen) removed.
// Each changed run of characters becomes a replacement of its source bytes.
// Text that needs none of this is returned as given, without a copy.
MappedText NormalizeUnicode(MappedText input);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_UNICODE_NORMALIZER_H_
