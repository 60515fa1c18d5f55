// Copyright 2026 The Precis Authors.
//
// The dot products of every pair of a set of sparse vectors, found through
// an inverted index instead of a merge per pair.
#ifndef PRECIS_SIMILARITY_PAIRWISE_DOTS_H_
#define PRECIS_SIMILARITY_PAIRWISE_DOTS_H_

#include <vector>

#include "similarity/sparse_vector.h"

namespace precis {

// A symmetric n x n matrix, n = vectors.size(): dots[i][j] == Dot(*vectors[i],
// *vectors[j]) bit for bit for i != j (the products of each pair are summed
// in the same order as Dot sums them), and 0 on the diagonal. Time is
// proportional to the number of (pair, shared id) combinations plus n^2 to
// fill the matrix, where comparing every pair by a merge costs n^2 times the
// vectors' length: news sentences share few terms. REQUIRES: no pointer is
// null.
std::vector<std::vector<float>> PairwiseDots(const std::vector<const SparseVector*>& vectors);

}  // namespace precis

#endif  // PRECIS_SIMILARITY_PAIRWISE_DOTS_H_
