// Copyright 2026 The Precis Authors.
//
// Maps text that an HTML tokenizer decoded back onto the source bytes it came
// from, so that extraction keeps an origin for every byte.
#ifndef PRECIS_HTML_DECODED_TEXT_H_
#define PRECIS_HTML_DECODED_TEXT_H_

#include <cstddef>
#include <string_view>

#include "base/mapped_text.h"

namespace precis {

// Appends `decoded` to *out, where `decoded` is what an HTML tokenizer made of
// source.text()[begin, end): the same bytes except that character references
// ("&amp;", "&#8212;", "&copy") are decoded, CR LF and lone CR became LF, NUL
// bytes were dropped or replaced and ignored tags ("</span>" with no open
// span) were left out.
//
// Bytes copied unchanged keep their own origin (MappedText::AppendFrom); each
// decoded reference becomes a replacement covering the reference's bytes.
// When the two texts cannot be aligned piece by piece (the tokenizer did
// something unexpected), the rest of `decoded` becomes one replacement over
// the rest of the range, so every appended byte still has an origin inside
// [begin, end) of `source`, and origins never decrease.
//
// Runs in time linear in end - begin + decoded.size().
// REQUIRES: begin <= end <= source.size().
void AppendDecodedText(std::string_view decoded, const MappedText& source, size_t begin, size_t end,
                       MappedText* out);

}  // namespace precis

#endif  // PRECIS_HTML_DECODED_TEXT_H_
