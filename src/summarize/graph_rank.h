// Copyright 2026 The Precis Authors.
//
// PageRank over a small weighted graph of sentences, shared by LexRank and
// TextRank.
#ifndef PRECIS_SUMMARIZE_GRAPH_RANK_H_
#define PRECIS_SUMMARIZE_GRAPH_RANK_H_

#include <vector>

namespace precis {

// The stationary distribution of the random walk that follows an edge with
// probability `damping` (in proportion to the edge weights out of a node)
// and jumps to a uniformly chosen node otherwise; a node without edges
// jumps uniformly. `weights` is a square matrix of non-negative weights
// (weights[i][j]: edge i -> j). Power iteration from the uniform vector
// until the L1 change is below `tolerance` or `max_iterations` pass.
std::vector<double> PageRank(const std::vector<std::vector<double>>& weights, double damping,
                             double tolerance = 1e-6, int max_iterations = 200);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_GRAPH_RANK_H_
