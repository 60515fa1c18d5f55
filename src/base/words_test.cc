// Copyright 2026 The Precis Authors.
#include "base/words.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace precis {
namespace {

TEST(Words, CountsRunsOfNonSpace) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  \n\t "), 0u);
  EXPECT_EQ(CountWords("U.S. officials\tsaid\n\"no.\""), 4u);
}

// Words across the sixteen-byte blocks the count reads at once, every
// kind of space, and bytes that are no ASCII (which are no space).
TEST(Words, CountsTheSameWhereverWordsFallInTheText) {
  const std::string alphabet =
      std::string("ab.\"\x7f\x80\xc3\xa9\xff\x08\x0e\x1f!") + " \t\n\v\f\r";
  std::mt19937 random(7);
  for (int trial = 0; trial < 2000; ++trial) {
    std::string text(random() % 70, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    size_t expected = 0;
    bool in_word = false;
    for (char c : text) {
      const bool space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space && !in_word) ++expected;
      in_word = !space;
    }
    EXPECT_EQ(CountWords(text), expected) << '"' << text << '"';
  }
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
