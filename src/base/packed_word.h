// Copyright 2026 The Precis Authors.
//
// A short word in two machine words, for tables whose keys are compared and
// hashed as integers.
#ifndef PRECIS_BASE_PACKED_WORD_H_
#define PRECIS_BASE_PACKED_WORD_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace precis {

// The longest word PackWord takes.
inline constexpr size_t kMostPackedBytes = 15;

// A word's bytes in order from the first byte of `low`, zeros after them,
// and its length in the last byte of `high`. Two words pack equal exactly
// when they are equal; only the empty word packs to two zeros.
struct PackedWord {
  uint64_t low = 0, high = 0;
  constexpr bool operator==(const PackedWord& o) const { return low == o.low && high == o.high; }
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
  if (n == 0) return 0;
  // One to three bytes: the first, the middle and the last, which are the
  // same byte where n is 1 and overlap where n is 2; no loop to mispredict.
  const uint64_t first = static_cast<unsigned char>(p[0]);
  const uint64_t middle = static_cast<unsigned char>(p[n / 2]);
  const uint64_t last = static_cast<unsigned char>(p[n - 1]);
  return first | middle << (8 * (n / 2)) | last << (8 * (n - 1));
}

}  // namespace packed_word_internal

// word.size() <= kMostPackedBytes. Byte order is the machine's: a packed
// word is for tables in memory, never for files. In a constant expression
// too, so that a table of fixed words can be built by the compiler.
constexpr PackedWord PackWord(std::string_view word) {
  const size_t n = word.size();
  PackedWord w;
  if (std::is_constant_evaluated()) {
    // The same integers, a byte at a time (std::memcpy is no constant
    // expression).
    for (size_t i = 0; i < n; ++i) {
      const uint64_t byte = static_cast<unsigned char>(word[i]);
      (i < 8 ? w.low : w.high) |= byte << (8 * (i % 8));
    }
  } else if (n >= 8) {
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
