// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include <absl/container/flat_hash_set.h>

#include "base/string_map.h"

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

}  // namespace

bool IsStopword(std::string_view folded_word) {
  // A hash lookup: this runs for every token of every sentence.
  static const auto* const kSet =
      new absl::flat_hash_set<std::string_view, StringViewHash, StringViewEq>(
          std::begin(kStopwords), std::end(kStopwords));
  static const size_t kLongest =
      std::max_element(std::begin(kStopwords), std::end(kStopwords),
                       [](std::string_view a, std::string_view b) { return a.size() < b.size(); })
          ->size();
  return folded_word.size() <= kLongest && kSet->count(folded_word) > 0;
}

}  // namespace precis
