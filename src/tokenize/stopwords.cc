// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "base/packed_word.h"

namespace precis {
namespace {

// In byte order, so that a word is easy to find and a duplicate shows.
constexpr std::string_view kStopwords[] = {
    "a",        "about",   "above",   "after",      "again",   "against",
    "all",      "am",      "an",      "and",        "any",     "are",
    "aren't",   "as",      "at",      "be",         "because", "been",
    "before",   "being",   "below",   "between",    "both",    "but",
    "by",       "can",     "can't",   "cannot",     "could",   "couldn't",
    "did",      "didn't",  "do",      "does",       "doesn't", "doing",
    "don't",    "down",    "during",  "each",       "few",     "for",
    "from",     "further", "had",     "hadn't",     "has",     "hasn't",
    "have",     "haven't", "having",  "he",         "he'd",    "he'll",
    "he's",     "her",     "here",    "here's",     "hers",    "herself",
    "him",      "himself", "his",     "how",        "how's",   "i",
    "i'd",      "i'll",    "i'm",     "i've",       "if",      "in",
    "into",     "is",      "isn't",   "it",         "it's",    "its",
    "itself",   "let's",   "me",      "more",       "most",    "mustn't",
    "my",       "myself",  "no",      "nor",        "not",     "of",
    "off",      "on",      "once",    "only",       "or",      "other",
    "ought",    "our",     "ours",    "ourselves",  "out",     "over",
    "own",      "same",    "shan't",  "she",        "she'd",   "she'll",
    "she's",    "should",  "shouldn't", "so",       "some",    "such",
    "than",     "that",    "that's",  "the",        "their",   "theirs",
    "them",     "themselves", "then", "there",      "there's", "these",
    "they",     "they'd",  "they'll", "they're",    "they've", "this",
    "those",    "through", "to",      "too",        "under",   "until",
    "up",       "very",    "was",     "wasn't",     "we",      "we'd",
    "we'll",    "we're",   "we've",   "were",       "weren't", "what",
    "what's",   "when",    "when's",  "where",      "where's", "which",
    "while",    "who",     "who's",   "whom",       "why",     "why's",
    "will",     "with",    "won't",   "would",      "wouldn't", "you",
    "you'd",    "you'll",  "you're",  "you've",     "your",    "yours",
    "yourself", "yourselves",
};

// Every stopword fits a packed word (base/packed_word.h).
constexpr bool AllPackable() {
  for (std::string_view w : kStopwords) {
    if (w.empty() || w.size() > kMostPackedBytes) return false;
  }
  return true;
}
static_assert(AllPackable());

// The list as an open-addressed table of packed words: a look-up packs the
// word, multiplies once and compares one or two pairs of integers, where a
// hash set of views cost about 80 instructions (7% of the text pipeline,
// which asks for every token). 512 slots hold the list a third full, in
// 8 KiB.
class StopwordTable {
 public:
  StopwordTable() {
    for (std::string_view w : kStopwords) {
      const PackedWord packed = PackWord(w);
      size_t i = Slot(packed);
      while (!(slots_[i] == PackedWord())) i = (i + 1) & kMask;
      slots_[i] = packed;
      longest_ = std::max(longest_, w.size());
    }
  }

  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return false;
    const PackedWord packed = PackWord(word);
    for (size_t i = Slot(packed);; i = (i + 1) & kMask) {
      if (slots_[i] == packed) return true;
      if (slots_[i] == PackedWord()) return false;
    }
  }

 private:
  static constexpr int kBits = 9;
  static constexpr size_t kMask = (size_t{1} << kBits) - 1;
  static_assert(std::size(kStopwords) * 2 < kMask, "the table must stay at most half full");

  static size_t Slot(const PackedWord& w) {
    const uint64_t h = w.low * 0x9e3779b97f4a7c15ull ^ w.high * 0xc2b2ae3d27d4eb4full;
    return static_cast<size_t>(h >> (64 - kBits));
  }

  std::array<PackedWord, kMask + 1> slots_{};
  size_t longest_ = 0;
};

}  // namespace

bool IsStopword(std::string_view folded_word) {
  static const StopwordTable* const kTable = new StopwordTable();
  return kTable->Contains(folded_word);
}

}  // namespace precis
