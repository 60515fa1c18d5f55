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

}  // namespace
}  // namespace precis
