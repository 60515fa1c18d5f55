// Copyright 2026 The Precis Authors.
#include "summarize/graph_rank.h"

#include <cmath>

namespace precis {

std::vector<double> PageRank(const std::vector<std::vector<double>>& weights, double damping,
                             double tolerance, int max_iterations) {
  const size_t n = weights.size();
  if (n == 0) return {};
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (double w : weights[i]) out_weight[i] += w;
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
      const std::vector<double>& row = weights[i];
      for (size_t j = 0; j < n; ++j) next[j] += share * row[j];
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) change += std::fabs(next[j] - rank[j]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

}  // namespace precis
