// Copyright 2026 The Precis Authors.
//
// Lead baseline: the opening sentences of the documents, round robin: first
// sentence of each document in cluster order, then the second ones, and so
// on. News puts its facts first, which makes this a strong baseline.
#include <algorithm>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

class LeadSummarizer : public Summarizer {
 public:
  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>* /*notes*/) const override {
    chosen->clear();
    size_t used = 0;
    for (int index : Ranked(model)) {
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(index)];
      size_t cost = budget.Cost(s, chosen->empty());
      if (used + cost > budget.limit()) continue;
      used += cost;
      chosen->push_back(index);
    }
    return Status::OK();
  }

  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    std::vector<int> out;
    for (int index : Ranked(model)) {
      if (std::find(chosen.begin(), chosen.end(), index) == chosen.end()) {
        out.push_back(index);
      }
    }
    return out;
  }

 private:
  // Candidates by rank among their document's candidates, then document.
  static std::vector<int> Ranked(const ClusterModel& model) {
    std::vector<int> candidates = SummaryCandidates(model);
    std::vector<std::pair<std::pair<int, int>, int>> keyed;
    std::vector<int> rank(model.num_documents(), 0);
    for (int index : candidates) {
      int doc = model.sentences()[static_cast<size_t>(index)].doc;
      keyed.push_back({{rank[static_cast<size_t>(doc)]++, doc}, index});
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> out;
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
  }
};

}  // namespace

std::unique_ptr<Summarizer> NewLeadSummarizer(const SummaryOptions&, MethodParameters*) {
  return std::make_unique<LeadSummarizer>();
}

}  // namespace precis
