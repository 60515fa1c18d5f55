// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <algorithm>
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

// Every stopword fits a packed word (base/packed_word.h), so that all of
// them sit in StopwordSet's table of packed words.
constexpr bool AllPackable() {
  for (std::string_view w : kStopwords) {
    if (w.empty() || w.size() > kMostPackedBytes) return false;
  }
  return true;
}
static_assert(AllPackable());

constexpr size_t kLongest = [] {
  size_t longest = 0;
  for (std::string_view w : kStopwords) longest = std::max(longest, w.size());
  return longest;
}();

// The stopwords in 256 buckets of four packed words, each bucket one
// 64-byte cache line: a look-up packs the word, multiplies once and
// compares it with the four words of its bucket, no probing and no branch
// on what it finds. The multiplier is the first of a fixed sequence that
// puts no more than four stopwords in any bucket (found by the compiler;
// with the table at most half full such a multiplier comes within a few
// tries). The empty word, which packs like an empty place, is never asked.
class StopwordSet {
 public:
  constexpr StopwordSet() {
    for (uint64_t seed = 1;; ++seed) {
      multiplier_ = (seed * 0x9e3779b97f4a7c15ull) | 1;
      if (Fill()) return;
    }
  }

  bool Contains(std::string_view word) const {
    if (word.empty() || word.size() > kLongest) return false;
    const PackedWord key = PackWord(word);
    const Bucket& b = buckets_[BucketOf(key)];
    // Each of the four compared as one integer, the bits where the two
    // differ: zero only for the same word. All four, without a loop.
    auto same = [&key](const PackedWord& w) {
      return static_cast<int>(((w.low ^ key.low) | (w.high ^ key.high)) == 0);
    };
    static_assert(kPerBucket == 4);
    return (same(b.words[0]) | same(b.words[1]) | same(b.words[2]) | same(b.words[3])) != 0;
  }

 private:
  static constexpr size_t kBuckets = 256;  // BucketOf() keeps the top 8 bits.
  static constexpr size_t kPerBucket = 4;
  static_assert(std::size(kStopwords) <= kBuckets * kPerBucket / 2);
  struct alignas(64) Bucket {
    PackedWord words[kPerBucket];  // PackedWord(): empty.
  };

  constexpr size_t BucketOf(const PackedWord& key) const {
    return static_cast<size_t>(((key.low ^ key.high * 0xc2b2ae3d27d4eb4full) * multiplier_) >> 56);
  }

  // Places every stopword; false if some bucket would overflow.
  constexpr bool Fill() {
    for (Bucket& b : buckets_) b = Bucket();
    for (std::string_view w : kStopwords) {
      const PackedWord key = PackWord(w);
      Bucket& b = buckets_[BucketOf(key)];
      size_t k = 0;
      while (k < kPerBucket && !(b.words[k] == PackedWord())) ++k;
      if (k == kPerBucket) return false;
      b.words[k] = key;
    }
    return true;
  }

  uint64_t multiplier_ = 1;
  Bucket buckets_[kBuckets] = {};
};

// Built by the compiler: a look-up has no first-use guard to pass.
constexpr StopwordSet kStopwordSet;

}  // namespace

bool IsStopword(std::string_view folded_word) { return kStopwordSet.Contains(folded_word); }

}  // namespace precis
