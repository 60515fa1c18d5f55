// Copyright 2026 The Precis Authors.
//
// WordFilter: a set of words that answers "maybe" or "no" from a word's
// length and three of its bytes, a few instructions and one read of a small
// bit table, where a word table costs a packing, two multiplications and a
// probe. For tables looked up once per word of a text that hold few of its
// words (the words the sentence splitter counts): a word the filter rules
// out is not looked up. Where the table holds many of the words asked (the
// stopwords, nearly half of all tokens) the filter costs more than it
// saves.
#ifndef PRECIS_BASE_WORD_FILTER_H_
#define PRECIS_BASE_WORD_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace precis {

// kBits: log2 of the bits of the table (2^kBits / 8 bytes).
template <int kBits>
class WordFilter {
 public:
  void Add(std::string_view word) {
    const uint32_t bit = Bit(word);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // False only for a word never added.
  bool MayContain(std::string_view word) const {
    const uint32_t bit = Bit(word);
    return (bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }

 private:
  static uint32_t Bit(std::string_view word) {
    if (word.empty()) return 0;
    const auto byte = [&](size_t i) {
      return static_cast<uint32_t>(static_cast<unsigned char>(word[i]));
    };
    const uint32_t h = static_cast<uint32_t>(word.size()) * 0x9E3779B1u ^ byte(0) * 0x85EBCA77u ^
                       byte(word.size() - 1) * 0xC2B2AE3Du ^ byte(word.size() / 2) * 0x27D4EB2Fu;
    return (h ^ h >> 15) & ((1u << kBits) - 1);
  }

  std::array<uint64_t, (size_t{1} << kBits) / 64> bits_{};
};

}  // namespace precis

#endif  // PRECIS_BASE_WORD_FILTER_H_
