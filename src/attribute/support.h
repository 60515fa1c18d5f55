// Copyright 2026 The Precis Authors.
//
// Support: which other documents state what a sentence states.
#ifndef PRECIS_ATTRIBUTE_SUPPORT_H_
#define PRECIS_ATTRIBUTE_SUPPORT_H_

#include <vector>

#include "model/cluster_model.h"

namespace precis {

// Indices of the documents other than the sentence's own that hold a
// sentence whose tf-idf cosine with sentence `index` (over stemmed content
// terms) is at least `threshold`, in cluster order.
// REQUIRES: 0 <= index < model.sentences().size(); threshold in (0, 1].
std::vector<int> SupportingDocuments(const ClusterModel& model, int index,
                                     double threshold);

}  // namespace precis

#endif  // PRECIS_ATTRIBUTE_SUPPORT_H_
