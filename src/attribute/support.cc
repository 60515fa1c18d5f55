// Copyright 2026 The Precis Authors.
#include "attribute/support.h"

namespace precis {

std::vector<int> SupportingDocuments(const ClusterModel& model, int index,
                                     double threshold) {
  const auto& sentences = model.sentences();
  const SentenceInfo& self = sentences[static_cast<size_t>(index)];
  std::vector<bool> supports(model.num_documents(), false);
  for (const SentenceInfo& other : sentences) {
    if (other.doc == self.doc || supports[static_cast<size_t>(other.doc)]) continue;
    if (Cosine(self.tfidf, other.tfidf) >= threshold) {
      supports[static_cast<size_t>(other.doc)] = true;
    }
  }
  std::vector<int> out;
  for (size_t d = 0; d < supports.size(); ++d) {
    if (supports[d]) out.push_back(static_cast<int>(d));
  }
  return out;
}

}  // namespace precis
