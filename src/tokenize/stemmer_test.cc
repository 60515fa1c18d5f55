// Copyright 2026 The Precis Authors.
#include "tokenize/stemmer.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace precis
