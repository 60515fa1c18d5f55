// Copyright 2026 The Precis Authors.
//
// ASCII helpers for markup and tag names, which are ASCII whatever the
// text's encoding: bytes above 0x7F are never folded.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <cstddef>
#include <string_view>

namespace precis {

inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The first position at or after `from` where `needle` occurs in
// `haystack`, ASCII letters compared without case; npos when there is
// none or `needle` is empty.
inline size_t FindNoCase(std::string_view haystack, std::string_view needle, size_t from = 0) {
  if (needle.empty() || needle.size() > haystack.size()) return std::string_view::npos;
  const char first = LowerAscii(needle[0]);
  for (size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    if (LowerAscii(haystack[i]) != first) continue;
    size_t k = 1;
    while (k < needle.size() && LowerAscii(haystack[i + k]) == LowerAscii(needle[k])) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
