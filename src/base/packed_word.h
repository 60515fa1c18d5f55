// Copyright 2026 The Precis Authors.
//
// A short word in two machine words, for tables whose keys are compared and
// hashed as integers.
#ifndef PRECIS_BASE_PACKED_WORD_H_
#define PRECIS_BASE_PACKED_WORD_H_

#include <cstddef>
#include <cstdint>
#include <bit>
#include <cstring>
#include <string_view>

namespace precis {

// The longest word PackWord takes.
inline constexpr size_t kMostPackedBytes = 15;

// A word's bytes in order from the first byte of `low`, zeros after them,
// and its length in the last byte of `high`. Two words pack equal exactly
// when they are equal; only the empty word packs to two zeros.
struct PackedWord {
  uint64_t low = 0, high = 0;
  bool operator==(const PackedWord& o) const { return low == o.low && high == o.high; }
};

namespace packed_word_internal {

static_assert(std::endian::native == std::endian::little, "LoadFirst reads bytes in little-endian order");

// The first n <= 8 bytes at p as a little-endian integer, the rest zero.
inline uint64_t LoadFirst(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t a = 0, b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    // The two loads overlap on equal bytes, so OR joins them.
    return a | (uint64_t{b} << (8 * (n - 4)));
  }
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  return v;
}

}  // namespace packed_word_internal

// word.size() <= kMostPackedBytes. Byte order is the machine's: a packed
// word is for tables in memory, never for files.
inline PackedWord PackWord(std::string_view word) {
  const size_t n = word.size();
  PackedWord w;
  if (n >= 8) {
    std::memcpy(&w.low, word.data(), 8);
    w.high = packed_word_internal::LoadFirst(word.data() + 8, n - 8);
  } else {
    w.low = packed_word_internal::LoadFirst(word.data(), n);
  }
  w.high |= uint64_t{n} << 56;
  return w;
}

}  // namespace precis

#endif  // PRECIS_BASE_PACKED_WORD_H_
