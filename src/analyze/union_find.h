// Copyright 2026 The Precis Authors.
//
// Disjoint sets over 0..n-1 with path halving; the smaller index is the
// root of a union, so roots are the first members in index order.
#ifndef PRECIS_ANALYZE_UNION_FIND_H_
#define PRECIS_ANALYZE_UNION_FIND_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace precis {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }

  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace precis

#endif  // PRECIS_ANALYZE_UNION_FIND_H_
