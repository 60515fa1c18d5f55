// Copyright 2026 The Precis Authors.
//
// The bit-parallel LCS against the plain table on generated sequences:
// same length, and the same back-tracked positions, for sequences shorter
// and longer than a 64-bit word.
#include "eval/lcs.h"

#include <gtest/gtest.h>

#include <random>

namespace precis {
namespace {

using Tokens = std::vector<uint32_t>;

// The textbook table and the script's back-tracking, written plainly.
std::vector<char> TableLcsMask(const Tokens& model, const Tokens& peer, size_t* length) {
  const size_t m = model.size(), n = peer.size();
  std::vector<std::vector<size_t>> c(m + 1, std::vector<size_t>(n + 1, 0));
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = 1; j <= n; ++j) {
      c[i][j] =
          model[i - 1] == peer[j - 1] ? c[i - 1][j - 1] + 1 : std::max(c[i - 1][j], c[i][j - 1]);
    }
  }
  *length = c[m][n];
  std::vector<char> mask(m, 0);
  size_t i = m, j = n;
  while (i > 0 && j > 0) {
    if (model[i - 1] == peer[j - 1]) {
      mask[--i] = 1;
      --j;
    } else if (c[i - 1][j] >= c[i][j - 1]) {
      --i;
    } else {
      --j;
    }
  }
  return mask;
}

Tokens RandomTokens(std::mt19937* rng, size_t max_len, uint32_t alphabet) {
  std::uniform_int_distribution<size_t> len(0, max_len);
  std::uniform_int_distribution<uint32_t> token(0, alphabet - 1);
  Tokens out(len(*rng));
  for (uint32_t& t : out) t = token(*rng);
  return out;
}

TEST(Lcs, BitParallelChoosesTheSamePositionsAsTheTable) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    const size_t max_len = round % 3 == 0 ? 200 : 20;
    const uint32_t alphabet = 2 + static_cast<uint32_t>(round % 9);
    const Tokens model = RandomTokens(&rng, max_len, alphabet);
    const Tokens peer = RandomTokens(&rng, max_len, alphabet);
    size_t expected_length = 0;
    const std::vector<char> expected = TableLcsMask(model, peer, &expected_length);
    std::vector<char> mask(model.size(), 0);
    MarkLcs(model, peer, &mask);
    ASSERT_EQ(mask, expected) << "round " << round;
    ASSERT_EQ(LcsLength(model, peer), expected_length) << "round " << round;
  }
}

TEST(Lcs, WeightedLcsPrefersConsecutiveMatches) {
  // model: a b c d; peer: c d a x b. Both "a b" and "c d" are longest
  // common subsequences; the plain back-tracking takes "a b", while the
  // weighted one (f(k) = k^1.2) values the run "c d" (2.30) above the two
  // separate matches of "a b" (2.0).
  const Tokens model = {0, 1, 2, 3}, peer = {2, 3, 0, 9, 1};
  std::vector<char> plain(4, 0), weighted(4, 0);
  MarkLcs(model, peer, &plain);
  MarkWeightedLcs(model, peer, 1.2, &weighted);
  EXPECT_EQ(plain, (std::vector<char>{1, 1, 0, 0}));
  EXPECT_EQ(weighted, (std::vector<char>{0, 0, 1, 1}));
}

TEST(Lcs, EmptySidesMarkNothing) {
  std::vector<char> mask(2, 0);
  MarkLcs(Tokens{1, 2}, Tokens{}, &mask);
  EXPECT_EQ(mask, (std::vector<char>{0, 0}));
  EXPECT_EQ(LcsLength(Tokens{}, Tokens{1}), 0u);
  EXPECT_EQ(LcsLength(Tokens{5, 1, 5}, Tokens{5, 5}), 2u);
}

}  // namespace
}  // namespace precis
