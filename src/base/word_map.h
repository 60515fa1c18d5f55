// Copyright 2026 The Precis Authors.
//
// WordMap: a map from words to values for tables looked up once per word of
// a text. Words of up to kMostPackedBytes bytes, nearly all, are packed into
// two integers (base/packed_word.h) and kept in an open-addressed table
// with linear probing: a look-up packs, multiplies once and compares
// integers. Longer words (and the empty word, whose packing marks an empty
// slot) go to a StringMap.
#ifndef PRECIS_BASE_WORD_MAP_H_
#define PRECIS_BASE_WORD_MAP_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/packed_word.h"
#include "base/string_map.h"

namespace precis {

// V: default-constructible, movable. Not thread-safe for writes; const
// look-ups may run concurrently. References returned stay valid until the
// next insertion.
template <typename V>
class WordMap {
 public:
  WordMap() = default;

  // The value of `word`, a default V inserted when absent.
  V& operator[](std::string_view word) {
    if (!Packable(word)) return long_words_[word];
    const PackedWord key = PackWord(word);
    size_t i = Slot(key);
    for (; !(slots_[i].key == PackedWord()); i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
    }
    if (2 * (short_count_ + 1) > slots_.size()) {
      Grow(2 * slots_.size());
      for (i = Slot(key); !(slots_[i].key == PackedWord()); i = (i + 1) & mask_) {
      }
    }
    ++short_count_;
    slots_[i].key = key;
    return slots_[i].value;
  }

  // The value of `word`, nullptr when absent.
  const V* Find(std::string_view word) const {
    if (!Packable(word)) {
      auto it = long_words_.find(word);
      return it == long_words_.end() ? nullptr : &it->second;
    }
    const PackedWord key = PackWord(word);
    for (size_t i = Slot(key); !(slots_[i].key == PackedWord()); i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
    }
    return nullptr;
  }

  V* Find(std::string_view word) {
    return const_cast<V*>(static_cast<const WordMap&>(*this).Find(word));
  }

  size_t size() const { return short_count_ + long_words_.size(); }

  // Room for `words` short words in all without growing.
  void Reserve(size_t words) {
    size_t capacity = slots_.size();
    while (capacity < 2 * words) capacity *= 2;
    if (capacity > slots_.size()) Grow(capacity);
  }

 private:
  struct Entry {
    PackedWord key;  // PackedWord(): an empty slot.
    V value{};
  };
  static constexpr size_t kFirstCapacity = 64;  // A power of two.

  static bool Packable(std::string_view word) {
    return !word.empty() && word.size() <= kMostPackedBytes;
  }
  size_t Slot(const PackedWord& key) const {
    const uint64_t h = key.low * 0x9e3779b97f4a7c15ull ^ key.high * 0xc2b2ae3d27d4eb4full;
    return static_cast<size_t>(h >> shift_);
  }
  // capacity: a power of two, more than twice the short words.
  void Grow(size_t capacity) {
    std::vector<Entry> old = std::move(slots_);
    slots_ = std::vector<Entry>(capacity);
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    for (Entry& e : old) {
      if (e.key == PackedWord()) continue;
      size_t i = Slot(e.key);
      while (!(slots_[i].key == PackedWord())) i = (i + 1) & mask_;
      slots_[i] = std::move(e);
    }
  }

  std::vector<Entry> slots_ = std::vector<Entry>(kFirstCapacity);
  size_t mask_ = kFirstCapacity - 1;
  int shift_ = 64 - std::countr_zero(kFirstCapacity);  // Slot() keeps the top log2 bits.
  size_t short_count_ = 0;
  StringMap<V> long_words_;
};

}  // namespace precis

#endif  // PRECIS_BASE_WORD_MAP_H_
