// Copyright 2026 The Precis Authors.
//
// StringMap<V>: a hash map from std::string that is searched with a
// std::string_view, so that looking up a word allocates nothing. Abseil's
// flat_hash_map (open addressing, no node per entry): the word tables are
// the hottest lookups of the pipeline. References to its values are
// invalidated by an insertion.
#ifndef PRECIS_BASE_STRING_MAP_H_
#define PRECIS_BASE_STRING_MAP_H_

#include <absl/container/flat_hash_map.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace precis {

// Words are short: up to 16 bytes are read as two overlapping loads and
// mixed by multiplications, a few instructions where a general byte hash
// loops; longer keys go to std::hash.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    const size_t n = s.size();
    if (n > 16) return std::hash<std::string_view>{}(s);
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, s.data(), 8);
      std::memcpy(&b, s.data() + n - 8, 8);
    } else if (n >= 4) {
      uint32_t x = 0, y = 0;
      std::memcpy(&x, s.data(), 4);
      std::memcpy(&y, s.data() + n - 4, 4);
      a = x;
      b = y;
    } else if (n > 0) {
      a = (uint64_t{static_cast<unsigned char>(s[0])} << 16) |
          (uint64_t{static_cast<unsigned char>(s[n / 2])} << 8) |
          static_cast<unsigned char>(s[n - 1]);
    }
    uint64_t h = a * 0x9e3779b97f4a7c15ull;
    h ^= ((b * 0xc2b2ae3d27d4eb4full) << 31 | (b * 0xc2b2ae3d27d4eb4full) >> 33) ^ n;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    return static_cast<size_t>(h ^ (h >> 32));
  }
};

// Equality of the same short keys without a call to memcmp: up to 16 bytes
// are compared as two overlapping loads, as StringViewHash reads them.
struct StringViewEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    const size_t n = a.size();
    if (n != b.size()) return false;
    if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
    if (n >= 8)
      return Load<uint64_t>(a, 0) == Load<uint64_t>(b, 0) &&
             Load<uint64_t>(a, n - 8) == Load<uint64_t>(b, n - 8);
    if (n >= 4)
      return Load<uint32_t>(a, 0) == Load<uint32_t>(b, 0) &&
             Load<uint32_t>(a, n - 4) == Load<uint32_t>(b, n - 4);
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

 private:
  template <typename T>
  static T Load(std::string_view s, size_t at) {
    T v;
    std::memcpy(&v, s.data() + at, sizeof(T));
    return v;
  }
};

template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringViewHash, StringViewEq>;

}  // namespace precis

#endif  // PRECIS_BASE_STRING_MAP_H_
