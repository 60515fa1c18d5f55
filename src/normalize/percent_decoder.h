// Copyright 2026 The Precis Authors.
//
// Decoding of percent-encoded passages that are evidently text.
#ifndef PRECIS_NORMALIZE_PERCENT_DECODER_H_
#define PRECIS_NORMALIZE_PERCENT_DECODER_H_

#include "base/mapped_text.h"

namespace precis {

// Decodes each run of non-space characters that holds at least two %XX
// escapes, decodes to valid UTF-8 without control characters, and is not a
// URL ("://", "www.", or a path without an encoded space or quote). Scraped
// pages carry quotations as "%22Today%20the%20U.S.%20...%22". Every decoded
// byte's origin is its escape; other bytes keep theirs.
MappedText DecodePercentPassages(const MappedText& input);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_PERCENT_DECODER_H_
