// Copyright 2026 The Precis Authors.
//
// Decoding of percent-encoded passages that are evidently text. Scraped pages
// sometimes carry a quotation URL-encoded: "%22Today%20the%20U.S.%20...%22".
#ifndef PRECIS_NORMALIZE_PERCENT_DECODER_H_
#define PRECIS_NORMALIZE_PERCENT_DECODER_H_

#include <string_view>

#include "base/mapped_text.h"

namespace precis {

// True when the run of non-space characters `run` is an encoded passage:
// it holds at least two %XX escapes, one of which encodes a space, a quote,
// an apostrophe or a comma, or a multi-byte UTF-8 character; it decodes to
// valid UTF-8 without control characters; and it is not a URL (contains
// "://", starts with "www.", or is a query string with '=' and '&' or '?').
// A path such as "a%2Fb%2Fc" is not text.
bool IsEncodedPassage(std::string_view run);

// Returns `input` (valid UTF-8) with every encoded passage (see
// IsEncodedPassage; runs are delimited by ' ' and '\n') decoded. Each decoded
// byte's origin is its escape; other bytes keep theirs. When nothing is
// decoded, `input` itself is returned (moved, no copy).
MappedText DecodePercentPassages(MappedText input);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_PERCENT_DECODER_H_
