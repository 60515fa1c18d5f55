// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace precis {
namespace {

TEST(Stopwords, KnowsFunctionWords) {
  // Every length from one letter to the longest.
  for (const char* w :
       {"a", "i", "am", "of", "the", "and", "been", "it's", "about", "before", "because",
        "wouldn't", "yourself", "ourselves", "shouldn't", "yourselves"}) {
    EXPECT_TRUE(IsStopword(w)) << w;
  }
}

TEST(Stopwords, LeavesContentWords) {
  for (const char* w : {"sony", "hack", "korea", "", "The"}) {
    EXPECT_FALSE(IsStopword(w)) << w;
  }
}

TEST(Stopwords, NearMissesAndLongWordsAreNoStopwords) {
  // A letter added, dropped or changed; a stopword's prefix; words longer
  // than any stopword; bytes past the end of a short one.
  for (const char* w : {"thee", "th", "ourselve", "yourselvess", "wouldnt", "i'", "abouts",
                        "themselvesthemselves", "internationalization"}) {
    EXPECT_FALSE(IsStopword(w)) << w;
  }
  EXPECT_FALSE(IsStopword(std::string_view("the\0", 4)));
  EXPECT_TRUE(IsStopword(std::string_view("thereby", 3)));  // "the"
}

TEST(Stopwords, ExactlyTheListedWordsOfUpToThreeLetters) {
  // Every word of one to three lowercase letters, 18,278 of them: the
  // stopwords among them and no other (a set that took some other word of
  // a stopword's bucket would fail here).
  const std::set<std::string> listed = {
      "a",   "all", "am",  "an",  "and", "any", "are", "as",  "at",  "be",  "but",
      "by",  "can", "did", "do",  "few", "for", "had", "has", "he",  "her", "him",
      "his", "how", "i",   "if",  "in",  "is",  "it",  "its", "me",  "my",  "no",
      "nor", "not", "of",  "off", "on",  "or",  "our", "out", "own", "she", "so",
      "the", "to",  "too", "up",  "was", "we",  "who", "why", "you"};
  std::set<std::string> found;
  std::string word;
  for (size_t length = 1; length <= 3; ++length) {
    size_t count = 1;
    for (size_t k = 0; k < length; ++k) count *= 26;
    for (size_t n = 0; n < count; ++n) {
      word.assign(length, 'a');
      for (size_t k = 0, rest = n; k < length; ++k, rest /= 26) {
        word[length - 1 - k] = static_cast<char>('a' + rest % 26);
      }
      if (IsStopword(word)) found.insert(word);
    }
  }
  EXPECT_EQ(found, listed);
}

}  // namespace
}  // namespace precis
