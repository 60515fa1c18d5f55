// Copyright 2026 The Precis Authors.
//
// ASCII helpers: for markup and tag names, which are ASCII whatever the
// text's encoding, and for the ASCII fast paths of the text pipeline.
// Bytes above 0x7F are never folded.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace precis {

inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// For each byte: its lowercase if it is an ASCII letter or digit, else 0.
inline constexpr std::array<char, 256> kAsciiWordLower = [] {
  std::array<char, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  return table;
}();

// True for an ASCII letter or digit.
inline bool IsAsciiWordByte(char c) { return kAsciiWordLower[static_cast<unsigned char>(c)] != 0; }

// Writes the run of ASCII letters and digits that `s` starts with, lowered,
// to out[0, n) and returns n, at most `capacity`: one read of each byte
// through kAsciiWordLower, for the splitter's and the tokenizer's words.
inline size_t LowerAsciiWordRun(std::string_view s, char* out, size_t capacity) {
  const size_t limit = s.size() < capacity ? s.size() : capacity;
  size_t n = 0;
  while (n < limit) {
    const char c = kAsciiWordLower[static_cast<unsigned char>(s[n])];
    if (c == 0) break;
    out[n++] = c;
  }
  return n;
}

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
