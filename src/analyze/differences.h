// Copyright 2026 The Precis Authors.
//
// Differences: slots that sources fill with different numbers, dates or
// names. Two mentions fill the same slot when their sentences state the
// same fact (FactVectors similarity) and the words around them agree
// ("killed 12 people" / "killed 15 people"); a name is also reported when
// documents spell it two ways ("Steve Carell" / "Steve Carrell"). A
// document that states both values near the slot does not disagree, and
// formatting variants ("five" / "5", "U.S." / "United States") are one
// value.
#ifndef PRECIS_ANALYZE_DIFFERENCES_H_
#define PRECIS_ANALYZE_DIFFERENCES_H_

#include <vector>

#include "analyze/mentions.h"
#include "attribute/fact_vectors.h"
#include "precis/analyze.h"

namespace precis {

// The least similarity of two sentences whose values are compared at all.
constexpr float kLeastSlotSimilarity = 0.2f;

// `mentions` as FindClusterMentions(cluster) gives them; `pairs` as
// facts.SimilarPairs(t) gives them for some t <= kLeastSlotSimilarity.
std::vector<Difference> FindDifferences(const Cluster& cluster, const FactVectors& facts,
                                        const std::vector<SentenceMentions>& mentions,
                                        const FactVectors::Pairs& pairs);

}  // namespace precis

#endif  // PRECIS_ANALYZE_DIFFERENCES_H_
