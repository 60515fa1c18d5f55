// Copyright 2026 The Precis Authors.
//
// Shared and unique facts: sentences of different documents that state the
// same thing (FactVectors similarity at least the shared threshold), grouped
// with at most one sentence per document, strongest pairs first; and the
// sentences no other document comes near.
#ifndef PRECIS_ANALYZE_SHARED_FACTS_H_
#define PRECIS_ANALYZE_SHARED_FACTS_H_

#include <vector>

#include "analyze/mentions.h"
#include "attribute/fact_vectors.h"
#include "precis/analyze.h"

namespace precis {

// Fills analysis->shared and analysis->unique. Headings and sentences of
// fewer than five words are left out of both; a unique fact must name a
// number, a date or a name (`mentions`, as FindClusterMentions gives them).
// `pairs`: facts.SimilarPairs(t) for some t no higher than both thresholds
// of `options`.
void FindSharedFacts(const Cluster& cluster, const FactVectors& facts,
                     const std::vector<SentenceMentions>& mentions, const FactVectors::Pairs& pairs,
                     const AnalyzeOptions& options, Analysis* analysis);

}  // namespace precis

#endif  // PRECIS_ANALYZE_SHARED_FACTS_H_
