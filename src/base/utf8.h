// Copyright 2026 The Precis Authors.
//
// UTF-8 checks and code point iteration, on top of utf8proc.
#ifndef PRECIS_BASE_UTF8_H_
#define PRECIS_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/mapped_text.h"

namespace precis {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Returns kValidUtf8 when `bytes` is well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), else the offset of the first byte of
// the first ill-formed sequence.
size_t FindInvalidUtf8(std::string_view bytes);

// Returns the offset of the first NUL byte, or std::string_view::npos.
size_t FindNul(std::string_view bytes);

// Copies `bytes` into a MappedText over the same original, replacing every
// byte that starts no well-formed sequence with U+FFFD.
MappedText RepairUtf8(std::string_view bytes);

// Decodes the code point at bytes[*pos] and advances *pos past it. On an
// ill-formed sequence returns U+FFFD and advances by one byte.
// REQUIRES: *pos < bytes.size().
// ASCII is decoded inline; other sequences out of line.
char32_t NextCodePointSlow(std::string_view bytes, size_t* pos);
inline char32_t NextCodePoint(std::string_view bytes, size_t* pos) {
  const unsigned char c = static_cast<unsigned char>(bytes[*pos]);
  if (c < 0x80) {
    ++*pos;
    return c;
  }
  return NextCodePointSlow(bytes, pos);
}

// True for an uppercase or titlecase letter (Unicode Lu, Lt): "A", "É",
// "ǅ". ASCII is answered inline.
bool IsUppercaseLetterSlow(char32_t cp);
inline bool IsUppercaseLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IsUppercaseLetterSlow(cp);
}

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8Slow(char32_t cp, std::string* out);
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else {
    AppendUtf8Slow(cp, out);
  }
}

}  // namespace precis

#endif  // PRECIS_BASE_UTF8_H_
