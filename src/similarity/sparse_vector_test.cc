// Copyright 2026 The Precis Authors.
#include "similarity/sparse_vector.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

namespace precis {
namespace {

// Obviously correct reference: dense maps.
double NaiveCosine(const std::map<int, double>& a, const std::map<int, double>& b) {
  double dot = 0, na = 0, nb = 0;
  for (auto [k, v] : a) {
    na += v * v;
    auto it = b.find(k);
    if (it != b.end()) dot += v * it->second;
  }
  for (auto [k, v] : b) nb += v * v;
  if (na == 0 || nb == 0) return 0;
  return dot / std::sqrt(na * nb);
}

TEST(SparseVector, MergesRepeatedIdsAndDropsZeros) {
  SparseVector v = SparseVector::FromPairs({{3, 1.0f}, {1, 2.0f}, {3, 1.0f}, {5, 0.0f}});
  ASSERT_EQ(v.entries().size(), 2u);
  EXPECT_EQ(v.entries()[0], (std::pair<int32_t, float>{1, 2.0f}));
  EXPECT_EQ(v.entries()[1], (std::pair<int32_t, float>{3, 2.0f}));
  EXPECT_FLOAT_EQ(v.norm(), std::sqrt(8.0f));
}

TEST(SparseVector, CosineMatchesNaiveVersionOnRandomVectors) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> id(0, 30), len(0, 12);
  std::uniform_real_distribution<float> weight(0.1f, 3.0f);
  for (int round = 0; round < 500; ++round) {
    std::vector<std::pair<int32_t, float>> pa, pb;
    std::map<int, double> ma, mb;
    for (int i = len(rng); i > 0; --i) {
      int k = id(rng);
      float w = weight(rng);
      pa.emplace_back(k, w);
      ma[k] += w;
    }
    for (int i = len(rng); i > 0; --i) {
      int k = id(rng);
      float w = weight(rng);
      pb.emplace_back(k, w);
      mb[k] += w;
    }
    EXPECT_NEAR(Cosine(SparseVector::FromPairs(pa), SparseVector::FromPairs(pb)),
                NaiveCosine(ma, mb), 1e-5);
  }
}

TEST(SparseVector, EmptyVectorHasZeroCosine) {
  SparseVector empty;
  SparseVector v = SparseVector::FromPairs({{1, 1.0f}});
  EXPECT_EQ(Cosine(empty, v), 0.0f);
  EXPECT_NEAR(Cosine(v, v), 1.0f, 1e-6);
}

}  // namespace
}  // namespace precis
