// Copyright 2026 The Precis Authors.
#include "tokenize/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/packed_word.h"
#include "base/string_map.h"

namespace precis {

// The stems a thread has computed. Nearly every word packs into two
// integers (base/packed_word.h), and its stem, never longer than the word,
// fits beside it: a 32-byte slot of an open-addressed table, one cache
// line per look-up. The table outgrows the caches over a few hundred
// clusters, so a look-up is mostly one miss; a map of strings took two
// (its control bytes, then its 64-byte slot). Longer words go to a
// StringMap. Not a WordMap (base/word_map.h) of 16-byte stems, the same
// table in general form: that measured BM_Stem 0.82x against this one,
// 0.88x with its long-word path out of line (seven alternated runs).
struct Stemmer::Memory {
  struct alignas(32) Slot {
    PackedWord word;  // PackedWord(): an empty slot.
    char stem[kMostPackedBytes];
    uint8_t stem_size;
  };
  static_assert(sizeof(Slot) == 32);
  static constexpr size_t kFirstCapacity = 1024;  // A power of two.

  Memory() : snowball(sb_stemmer_new("english", "UTF_8")) {
    if (snowball == nullptr) std::abort();  // Only fails when out of memory.
    Reset(kFirstCapacity);
  }
  ~Memory() { sb_stemmer_delete(snowball); }

  void Reset(size_t capacity) {
    slots.assign(capacity, Slot{});
    mask = capacity - 1;
    shift = 64 - std::countr_zero(capacity);
    short_count = 0;
  }
  size_t SlotOf(const PackedWord& w) const {
    return static_cast<size_t>((w.low * 0x9e3779b97f4a7c15ull ^ w.high * 0xc2b2ae3d27d4eb4full) >>
                               shift);
  }
  // The empty slot where `w` goes, after growing if the table would be
  // more than half full.
  size_t FreeSlotFor(const PackedWord& w, size_t probe) {
    if (2 * (short_count + 1) <= slots.size()) return probe;
    std::vector<Slot> old = std::move(slots);
    Reset(2 * old.size());
    for (const Slot& s : old) {
      if (s.word == PackedWord()) continue;
      size_t i = SlotOf(s.word);
      while (!(slots[i].word == PackedWord())) i = (i + 1) & mask;
      slots[i] = s;
      ++short_count;
    }
    size_t i = SlotOf(w);
    while (!(slots[i].word == PackedWord())) i = (i + 1) & mask;
    return i;
  }

  // The Snowball stem of `word`; words with digits or dots unchanged.
  std::string_view Compute(std::string_view word) {
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return (c >= '0' && c <= '9') || c == '.'; })) {
      return word;
    }
    const sb_symbol* out = sb_stemmer_stem(
        snowball, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) return word;
    return {reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(snowball))};
  }

  // Stem() for a word not remembered that packs, `key`, whose empty slot
  // is `free`. Out of line, so that a remembered word, nearly every one,
  // costs no more than its look-up.
  [[gnu::noinline]] std::string_view StemNewShortWord(std::string_view word, const PackedWord& key,
                                                      size_t free) {
    const std::string_view stem = Compute(word);
    // A stem is never longer than its word; one that were would be kept
    // with the long words.
    if (stem.size() > kMostPackedBytes) return StemLongWord(word);
    if (short_count + long_words.size() >= kMaxRemembered) {
      Reset(kFirstCapacity);
      long_words.clear();
      free = SlotOf(key);
    }
    Slot& slot = slots[FreeSlotFor(key, free)];
    slot.word = key;
    std::copy(stem.begin(), stem.end(), slot.stem);
    slot.stem_size = static_cast<uint8_t>(stem.size());
    ++short_count;
    return {slot.stem, slot.stem_size};
  }

  // Stem() for a word that does not pack (or whose stem would not).
  [[gnu::noinline]] std::string_view StemLongWord(std::string_view word) {
    if (auto it = long_words.find(word); it != long_words.end()) return it->second;
    if (short_count + long_words.size() >= kMaxRemembered) {
      Reset(kFirstCapacity);
      long_words.clear();
    }
    std::string stem(Compute(word));
    return long_words.emplace(std::string(word), std::move(stem)).first->second;
  }

  sb_stemmer* const snowball;
  std::vector<Slot> slots;
  size_t mask = 0;
  int shift = 0;  // SlotOf() keeps the top log2(capacity) bits.
  size_t short_count = 0;
  StringMap<std::string> long_words;
};

Stemmer::Stemmer() {
  thread_local Memory memory;
  memory_ = &memory;
}

std::string_view Stemmer::Stem(std::string_view folded_word) {
  Memory& m = *memory_;
  if (folded_word.empty() || folded_word.size() > kMostPackedBytes) {
    return m.StemLongWord(folded_word);
  }
  const PackedWord key = PackWord(folded_word);
  size_t i = m.SlotOf(key);
  for (; !(m.slots[i].word == PackedWord()); i = (i + 1) & m.mask) {
    if (m.slots[i].word == key) return {m.slots[i].stem, m.slots[i].stem_size};
  }
  return m.StemNewShortWord(folded_word, key, i);
}

}  // namespace precis
