// Copyright 2026 The Precis Authors.
//
// Quotations: every direct quotation of at least four words in a cluster,
// with its speaker as the text attributes it ("..., Sony said in a
// statement", "according to a U.S. government source", "He said: ...", a
// pronoun resolved to the nearest name before it), one entry for the same
// words quoted by several documents or quoted in part.
#ifndef PRECIS_ANALYZE_QUOTATIONS_H_
#define PRECIS_ANALYZE_QUOTATIONS_H_

#include <vector>

#include "analyze/mentions.h"
#include "precis/analyze.h"

namespace precis {

// `mentions` as FindClusterMentions(cluster) gives them.
std::vector<Quotation> FindQuotations(const Cluster& cluster,
                                      const std::vector<SentenceMentions>& mentions);

}  // namespace precis

#endif  // PRECIS_ANALYZE_QUOTATIONS_H_
