// Copyright 2026 The Precis Authors.
#include "base/words.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Words, CountsRunsOfNonSpace) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  \n\t "), 0u);
  EXPECT_EQ(CountWords("U.S. officials\tsaid\n\"no.\""), 4u);
}

TEST(Words, HasMoreWordsThanAgreesWithCountWords) {
  for (const char* text : {"", "one", " one two ", "a b c d", "a\nb\tc\fd\ve\rf"}) {
    const size_t count = CountWords(text);
    for (size_t n = 0; n <= count + 1; ++n) {
      EXPECT_EQ(HasMoreWordsThan(text, n), count > n) << text << " " << n;
    }
  }
}

}  // namespace
}  // namespace precis
