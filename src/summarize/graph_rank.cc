// Copyright 2026 The Precis Authors.
#include "summarize/graph_rank.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace precis {

std::vector<double> PageRank(const std::vector<std::vector<double>>& weights, double damping,
                             double tolerance, int max_iterations) {
  const size_t n = weights.size();
  if (n == 0) return {};
  // The edges as rows of (target, weight), zero weights left out: the walk
  // costs the number of edges per iteration, not n^2. Skipping a zero adds
  // nothing that the dense sums would have added, so the ranks are the same
  // to the last bit.
  std::vector<size_t> row_begin(n + 1, 0);
  std::vector<std::pair<uint32_t, double>> edges;
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      if (weights[i][j] == 0.0) continue;
      edges.emplace_back(static_cast<uint32_t>(j), weights[i][j]);
      out_weight[i] += weights[i][j];
    }
    row_begin[i + 1] = edges.size();
  }
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    // Mass of nodes without edges is spread uniformly, like the jump.
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) dangling += rank[i];
    }
    const double base = ((1 - damping) + damping * dangling) / static_cast<double>(n);
    for (size_t j = 0; j < n; ++j) next[j] = base;
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) continue;
      const double share = damping * rank[i] / out_weight[i];
      for (size_t e = row_begin[i]; e < row_begin[i + 1]; ++e) {
        next[edges[e].first] += share * edges[e].second;
      }
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) change += std::fabs(next[j] - rank[j]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

}  // namespace precis
