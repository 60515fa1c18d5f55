// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "base/packed_word.h"
#include "base/word_map.h"

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
// them sit in WordMap's table of packed words.
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

}  // namespace

bool IsStopword(std::string_view folded_word) {
  // A WordMap: a look-up packs the word, multiplies once and compares one
  // or two pairs of integers, where a hash set of views cost about 80
  // instructions (7% of the text pipeline, which asks for every token).
  static const WordMap<bool>* const kSet = [] {
    auto* set = new WordMap<bool>();
    for (std::string_view w : kStopwords) (*set)[w] = true;
    return set;
  }();
  return folded_word.size() <= kLongest && kSet->Find(folded_word) != nullptr;
}

}  // namespace precis
