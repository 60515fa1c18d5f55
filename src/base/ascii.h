// Copyright 2026 The Precis Authors.
//
// ASCII helpers: for markup and tag names, which are ASCII whatever the
// text's encoding, and for the ASCII fast paths of the text pipeline.
// Bytes above 0x7F are never folded.
#ifndef PRECIS_BASE_ASCII_H_
#define PRECIS_BASE_ASCII_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// True when `s` has a lowercase ASCII letter ("Pleasant Hill", not
// "PLEASANT HILL", "U.S." or "7").
inline bool HasLowercaseAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

namespace ascii_internal {

static_assert(std::endian::native == std::endian::little, "lane 0 is the first byte");

// Eight bytes at a time, each lane a byte: the lanes of `x` that are ASCII
// letters or digits, as 0x80 in their lane, and `x` with its capitals
// lowered. Each range test adds a constant to the low seven bits of every
// lane, which cannot carry into the next lane: b + (128 - lo) reaches 0x80
// when b >= lo, b + (127 - hi) when b > hi.
struct WordLanes {
  uint64_t word;     // 0x80 in each letter or digit lane.
  uint64_t lowered;  // x with A-Z lowered; other lanes unchanged.
};
inline WordLanes ClassifyWordLanes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  auto in_range = [&](uint64_t lo, uint64_t hi) {
    return (low7 + (128 - lo) * kOnes) & ~(low7 + (127 - hi) * kOnes) & kHigh;
  };
  const uint64_t upper = in_range('A', 'Z');
  const uint64_t word = (in_range('0', '9') | upper | in_range('a', 'z')) & ~x;
  return {word & kHigh, x | (upper >> 2)};
}

#if defined(__SSE2__)
// 0xFF in each lane of `v` whose byte is one of the `size` bytes from `lo`
// on, else 0: one addition and one signed comparison, since b + (0x80 -
// lo) runs from -128 up, in signed bytes, exactly as b runs from lo.
inline __m128i InRange16(__m128i v, char lo, int size) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                        _mm_set1_epi8(static_cast<char>(-128 + size)));
}

// Sixteen bytes at a time: the lanes of `x` that are ASCII letters or
// digits, one bit each in the result, and `x` with its capitals lowered in
// `lowered`.
inline unsigned ClassifyWordLanes16(__m128i x, __m128i* lowered) {
  // A letter is a..z once 0x20 is set; a capital lacks only that bit.
  const __m128i letter = InRange16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26);
  *lowered = _mm_or_si128(x, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
  const __m128i word = _mm_or_si128(letter, InRange16(x, '0', 10));
  return static_cast<unsigned>(_mm_movemask_epi8(word));
}
#endif

}  // namespace ascii_internal

// Writes the run of ASCII letters and digits that `s` starts with, lowered,
// to out[0, n) and returns n, at most `capacity`; may write up to sixteen
// bytes past n, within `capacity`. For the splitter's and the tokenizer's
// words: sixteen bytes (SSE2) or eight are classified and lowered at once
// while as many remain in `s` and in `out`, one at a time through
// kAsciiWordLower after; a word ends at one branch, not one per letter.
// Always inlined: out of line its constants were loaded again at every
// call, a word of the text pipeline each.
[[gnu::always_inline]] inline size_t LowerAsciiWordRun(std::string_view s, char* out,
                                                       size_t capacity) {
  const size_t limit = s.size() < capacity ? s.size() : capacity;
  size_t n = 0;
#if defined(__SSE2__)
  while (n + 16 <= limit) {
    __m128i lowered;
    const unsigned word = ascii_internal::ClassifyWordLanes16(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + n)), &lowered);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), lowered);
    const unsigned stop = ~word & 0xFFFFu;
    if (stop != 0) return n + static_cast<size_t>(__builtin_ctz(stop));
    n += 16;
  }
#endif
  while (n + 8 <= limit) {
    uint64_t x;
    std::memcpy(&x, s.data() + n, 8);
    const ascii_internal::WordLanes lanes = ascii_internal::ClassifyWordLanes(x);
    std::memcpy(out + n, &lanes.lowered, 8);
    const uint64_t stop = ~lanes.word & 0x8080808080808080ull;
    if (stop != 0) return n + static_cast<size_t>(__builtin_ctzll(stop)) / 8;
    n += 8;
  }
  while (n < limit) {
    const char c = kAsciiWordLower[static_cast<unsigned char>(s[n])];
    if (c == 0) break;
    out[n++] = c;
  }
  return n;
}

// Lowers the ASCII capitals of s[0, n) in place, sixteen bytes at a time
// where SSE2 is; other bytes are left as they are.
inline void LowerAsciiInPlace(char* s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i upper = ascii_internal::InRange16(x, 'A', 26);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(s + i),
                     _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  }
#endif
  for (; i < n; ++i) s[i] = LowerAscii(s[i]);
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

// True when `s` opens with `lower_prefix` (ASCII lower case), ASCII letters
// of `s` compared without case.
inline bool StartsWithNoCase(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (LowerAscii(s[i]) != lower_prefix[i]) return false;
  }
  return true;
}

}  // namespace precis

#endif  // PRECIS_BASE_ASCII_H_
