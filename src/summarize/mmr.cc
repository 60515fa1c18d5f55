// Copyright 2026 The Precis Authors.
//
// Maximal marginal relevance (Carbonell & Goldstein, 1998) for generic
// multi-document summaries: relevance is a sentence's tf-idf cosine with the
// cluster (the sum of all sentence vectors, standing in for the query), and
// each step takes the sentence maximizing
//   lambda * relevance - (1 - lambda) * max cosine with a chosen sentence.
// mmr.lambda defaults to 0.7, the paper's favoured setting for summaries.
#include <algorithm>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

class MmrSummarizer : public Summarizer {
 public:
  explicit MmrSummarizer(MethodParameters* p) : lambda_(p->Number("lambda", 0.7, 0.0, 1.0)) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>*) const override {
    const std::vector<int> candidates = SummaryCandidates(model);
    const std::vector<double> relevance = ClusterRelevance(model, candidates);
    // MMR scores can be negative; shift them so that every fitting sentence
    // has a positive gain and the budget is filled, as MMR does.
    *chosen = SelectGreedily(
        model, budget, candidates,
        [&](size_t c, const std::vector<int>& picked) {
          double most = 0;
          const SparseVector& v = model.sentences()[static_cast<size_t>(candidates[c])].tfidf;
          for (int p : picked) {
            most =
                std::max(most, double{Cosine(v, model.sentences()[static_cast<size_t>(p)].tfidf)});
          }
          return 2.0 + lambda_ * relevance[c] - (1 - lambda_) * most;
        },
        0.0);
    return Status::OK();
  }

  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    const std::vector<int> candidates = SummaryCandidates(model);
    return RankUnchosen(candidates, ClusterRelevance(model, candidates), chosen);
  }

 private:
  double lambda_;
};

}  // namespace

std::unique_ptr<Summarizer> NewMmrSummarizer(const SummaryOptions&, MethodParameters* parameters) {
  return std::make_unique<MmrSummarizer>(parameters);
}

}  // namespace precis
