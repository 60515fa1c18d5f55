// Copyright 2026 The Precis Authors.
#include "tokenize/stemmer.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(Stemmer, StemsEnglishWords) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("attacks"), "attack");
  EXPECT_EQ(stemmer.Stem("attacked"), "attack");
  EXPECT_EQ(stemmer.Stem("cancelling"), "cancel");
  EXPECT_EQ(stemmer.Stem("sony's"), "soni");
}

TEST(Stemmer, LeavesNumbersAndAcronyms) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("2014"), "2014");
  EXPECT_EQ(stemmer.Stem("u.s."), "u.s.");
}

// Past kMaxRemembered words the thread's stems are forgotten and computed
// again; long words and short ones are kept apart.
TEST(Stemmer, StemsAlikePastItsMemory) {
  Stemmer stemmer;
  const std::string long_word = "internationalizations";
  EXPECT_EQ(stemmer.Stem(long_word), "internation");
  for (size_t i = 0; i <= Stemmer::kMaxRemembered; ++i) {
    stemmer.Stem("w" + std::to_string(i) + "x");
  }
  EXPECT_EQ(stemmer.Stem("attacks"), "attack");
  EXPECT_EQ(stemmer.Stem(long_word), "internation");
  EXPECT_EQ(stemmer.Stem(""), "");
}

}  // namespace
}  // namespace precis
