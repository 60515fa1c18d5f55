// Copyright 2026 The Precis Authors.
#include "similarity/pairwise_dots.h"

#include <gtest/gtest.h>

#include <random>

namespace precis {
namespace {

TEST(PairwiseDots, EqualsDotBitForBitOnRandomVectors) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> id(0, 60), len(0, 15);
  std::uniform_real_distribution<float> weight(0.01f, 5.0f);
  for (int round = 0; round < 20; ++round) {
    std::vector<SparseVector> storage;
    const int n = 1 + round * 3;
    for (int i = 0; i < n; ++i) {
      std::vector<std::pair<int32_t, float>> pairs;
      for (int k = len(rng); k > 0; --k) pairs.emplace_back(id(rng), weight(rng));
      storage.push_back(SparseVector::FromPairs(std::move(pairs)));
    }
    std::vector<const SparseVector*> vectors;
    for (const SparseVector& v : storage) vectors.push_back(&v);
    const std::vector<std::vector<float>> dots = PairwiseDots(vectors);
    ASSERT_EQ(dots.size(), vectors.size());
    for (size_t i = 0; i < vectors.size(); ++i) {
      ASSERT_EQ(dots[i].size(), vectors.size());
      EXPECT_EQ(dots[i][i], 0.0f);
      for (size_t j = 0; j < vectors.size(); ++j) {
        if (i == j) continue;
        // Exact equality: lexrank's and textrank's summaries must not
        // depend on how the products were found.
        EXPECT_EQ(dots[i][j], Dot(*vectors[i], *vectors[j])) << round << " " << i << " " << j;
      }
    }
  }
}

TEST(PairwiseDots, SameVectorTwiceAndEmptyVectors) {
  const SparseVector a = SparseVector::FromPairs({{2, 1.0f}, {7, 3.0f}});
  const SparseVector empty;
  const std::vector<std::vector<float>> dots = PairwiseDots({&a, &empty, &a});
  EXPECT_EQ(dots[0][2], 10.0f);
  EXPECT_EQ(dots[2][0], 10.0f);
  EXPECT_EQ(dots[0][1], 0.0f);
  EXPECT_EQ(dots[1][2], 0.0f);
  EXPECT_TRUE(PairwiseDots({}).empty());
}

}  // namespace
}  // namespace precis
