// Copyright 2026 The Precis Authors.
#include "similarity/sparse_vector.h"

#include <algorithm>
#include <cmath>

namespace precis {

SparseVector SparseVector::FromPairs(std::vector<std::pair<int32_t, float>> pairs) {
  std::sort(pairs.begin(), pairs.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  SparseVector v;
  for (const auto& [id, w] : pairs) {
    if (!v.entries_.empty() && v.entries_.back().first == id) {
      v.entries_.back().second += w;
    } else {
      v.entries_.emplace_back(id, w);
    }
  }
  std::erase_if(v.entries_, [](const auto& e) { return e.second == 0.0f; });
  double sum = 0.0;
  for (const auto& e : v.entries_) sum += double{e.second} * e.second;
  v.norm_ = static_cast<float>(std::sqrt(sum));
  return v;
}

float Dot(const SparseVector& a, const SparseVector& b) {
  const auto& x = a.entries();
  const auto& y = b.entries();
  size_t i = 0, j = 0;
  double sum = 0.0;
  while (i < x.size() && j < y.size()) {
    if (x[i].first < y[j].first) {
      ++i;
    } else if (y[j].first < x[i].first) {
      ++j;
    } else {
      sum += double{x[i].second} * y[j].second;
      ++i;
      ++j;
    }
  }
  return static_cast<float>(sum);
}

float Cosine(const SparseVector& a, const SparseVector& b) {
  if (a.norm() == 0.0f || b.norm() == 0.0f) return 0.0f;
  return Dot(a, b) / (a.norm() * b.norm());
}

}  // namespace precis
