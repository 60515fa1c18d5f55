// Copyright 2026 The Precis Authors.
#include "tokenize/stopwords.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Stopwords, KnowsFunctionWords) {
  for (const char* w : {"a", "the", "of", "yourselves", "it's", "wouldn't"}) {
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

}  // namespace
}  // namespace precis
