// Copyright 2026 The Precis Authors.
#include "similarity/pairwise_dots.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace precis {

std::vector<std::vector<float>> PairwiseDots(const std::vector<const SparseVector*>& vectors) {
  const size_t n = vectors.size();
  std::vector<std::vector<float>> dots(n, std::vector<float>(n, 0.0f));
  int32_t terms = 0;
  for (const SparseVector* v : vectors) {
    if (!v->empty()) terms = std::max(terms, v->entries().back().first + 1);
  }
  // postings[t]: (vector, weight) for every vector holding term t, vectors
  // ascending (CSR layout: the entries of term t are offsets[t]..offsets[t+1]).
  std::vector<size_t> offsets(static_cast<size_t>(terms) + 1, 0);
  for (const SparseVector* v : vectors) {
    for (const auto& [t, w] : v->entries()) ++offsets[static_cast<size_t>(t) + 1];
  }
  for (size_t t = 0; t < static_cast<size_t>(terms); ++t) offsets[t + 1] += offsets[t];
  std::vector<std::pair<uint32_t, float>> postings(offsets.back());
  {
    std::vector<size_t> fill(offsets.begin(), offsets.end() - 1);
    for (size_t i = 0; i < n; ++i) {
      for (const auto& [t, w] : vectors[i]->entries()) {
        postings[fill[static_cast<size_t>(t)]++] = {static_cast<uint32_t>(i), w};
      }
    }
  }
  // Row i collects its products with every later vector: over i's terms in
  // ascending order (Dot's order), then over the later vectors holding each.
  std::vector<double> sums(n, 0.0);
  std::vector<uint8_t> touched(n, 0);
  std::vector<uint32_t> seen;
  for (size_t i = 0; i < n; ++i) {
    seen.clear();
    for (const auto& [t, w] : vectors[i]->entries()) {
      const size_t begin = offsets[static_cast<size_t>(t)];
      const size_t end = offsets[static_cast<size_t>(t) + 1];
      // The vectors after i: past i's own entry in this ascending list.
      auto first = std::upper_bound(
          postings.begin() + static_cast<std::ptrdiff_t>(begin),
          postings.begin() + static_cast<std::ptrdiff_t>(end), static_cast<uint32_t>(i),
          [](uint32_t value, const std::pair<uint32_t, float>& p) { return value < p.first; });
      for (auto p = first; p != postings.begin() + static_cast<std::ptrdiff_t>(end); ++p) {
        if (!touched[p->first]) {
          touched[p->first] = 1;
          seen.push_back(p->first);
        }
        sums[p->first] += double{w} * p->second;
      }
    }
    for (uint32_t j : seen) {
      dots[i][j] = dots[j][i] = static_cast<float>(sums[j]);
      sums[j] = 0.0;
      touched[j] = 0;
    }
  }
  return dots;
}

}  // namespace precis
