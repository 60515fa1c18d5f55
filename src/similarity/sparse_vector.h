// Copyright 2026 The Precis Authors.
//
// Sparse term vectors and cosine similarity.
#ifndef PRECIS_SIMILARITY_SPARSE_VECTOR_H_
#define PRECIS_SIMILARITY_SPARSE_VECTOR_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace precis {

// Term id -> weight, sorted by term id, ids unique, with the Euclidean norm
// cached. Build with FromPairs().
class SparseVector {
 public:
  SparseVector() = default;

  // Sums the weights of repeated ids, drops zero weights, sorts by id.
  static SparseVector FromPairs(std::vector<std::pair<int32_t, float>> pairs);

  const std::vector<std::pair<int32_t, float>>& entries() const { return entries_; }
  float norm() const { return norm_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<std::pair<int32_t, float>> entries_;
  float norm_ = 0.0f;
};

// Dot product by a merge of the two sorted entry lists: O(|a| + |b|).
float Dot(const SparseVector& a, const SparseVector& b);

// Cosine similarity in [0, 1] for non-negative weights; 0 when either is empty.
float Cosine(const SparseVector& a, const SparseVector& b);

}  // namespace precis

#endif  // PRECIS_SIMILARITY_SPARSE_VECTOR_H_
