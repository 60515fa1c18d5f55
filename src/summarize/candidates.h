// Copyright 2026 The Precis Authors.
//
// Which sentences may stand in a summary, shared by every method.
#ifndef PRECIS_SUMMARIZE_CANDIDATES_H_
#define PRECIS_SUMMARIZE_CANDIDATES_H_

#include <vector>

#include "model/cluster_model.h"

namespace precis {

// Indices of sentences fit to stand alone in a summary: not a heading, from
// 6 to 80 words, starting with a capital, digit or opening quote (not a
// fragment left by a bad split), with at least one content term, and not a
// piece of a quotation that opens or closes elsewhere (unless fewer than
// five sentences are left without those). When no
// sentence qualifies, every sentence with a content term does (so a tiny or
// odd cluster still gets a summary), and failing that, every sentence.
std::vector<int> SummaryCandidates(const ClusterModel& model);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_CANDIDATES_H_
