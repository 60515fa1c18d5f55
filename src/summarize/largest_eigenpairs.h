// Copyright 2026 The Precis Authors.
//
// The largest eigenpairs of a symmetric matrix, as LSA needs them: every
// eigenvalue down to a share of the largest, without decomposing the whole
// matrix when it is large.
#ifndef PRECIS_SUMMARIZE_LARGEST_EIGENPAIRS_H_
#define PRECIS_SUMMARIZE_LARGEST_EIGENPAIRS_H_

#include <Eigen/Dense>

namespace precis {

// Matrices up to this size are decomposed whole (Eigen's dense solver).
inline constexpr Eigen::Index kFullDecompositionUpTo = 300;

// Fills *values (descending) and *vectors (the eigenvectors, as columns, in
// the same order) with the eigenpairs of the symmetric `matrix` from the
// largest eigenvalue down to at least the first one below `share` times
// the largest, or with all of them. Larger matrices go to Spectra's Lanczos
// solver, asked for more pairs until one falls below the share; the dense
// solver answers when Spectra does not converge or more than half the
// pairs would be needed.
void LargestEigenpairs(const Eigen::MatrixXd& matrix, double share, Eigen::VectorXd* values,
                       Eigen::MatrixXd* vectors);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_LARGEST_EIGENPAIRS_H_
