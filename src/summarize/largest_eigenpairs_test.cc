// Copyright 2026 The Precis Authors.
#include "summarize/largest_eigenpairs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace precis {
namespace {

// A Gram matrix of n random sparse non-negative vectors, as LSA builds one.
Eigen::MatrixXd RandomGram(Eigen::Index n, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> weight(0.0, 1.0);
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(2 * n, n);
  for (Eigen::Index j = 0; j < n; ++j) {
    for (int k = 0; k < 8; ++k) a(static_cast<Eigen::Index>(rng() % (2 * n)), j) = weight(rng);
  }
  return a.transpose() * a;
}

// Sizes on both sides of kFullDecompositionUpTo, kept small: the test also
// runs unoptimized under the sanitizers.
TEST(LargestEigenpairs, AgreesWithTheFullDecompositionOnLargeMatrices) {
  for (Eigen::Index n : {Eigen::Index{50}, kFullDecompositionUpTo + 20}) {
    const Eigen::MatrixXd gram = RandomGram(n, static_cast<unsigned>(n));
    constexpr double kShare = 0.25;
    Eigen::VectorXd values;
    Eigen::MatrixXd vectors;
    LargestEigenpairs(gram, kShare, &values, &vectors);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> full(gram);
    const Eigen::VectorXd want = full.eigenvalues().reverse();
    const Eigen::MatrixXd want_vectors = full.eigenvectors().rowwise().reverse();
    ASSERT_GT(values.size(), 0);
    ASSERT_EQ(vectors.cols(), values.size());
    // Every eigenvalue at or above the share is there, and one below it.
    EXPECT_LT(values(values.size() - 1), kShare * values(0)) << n;
    for (Eigen::Index d = 0; d < values.size(); ++d) {
      EXPECT_NEAR(values(d), want(d), 1e-8 * want(0)) << n << " " << d;
      // Eigenvectors agree up to sign.
      EXPECT_NEAR(std::fabs(vectors.col(d).dot(want_vectors.col(d))), 1.0, 1e-6) << n << " " << d;
    }
  }
}

}  // namespace
}  // namespace precis
