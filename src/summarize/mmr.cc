// Copyright 2026 The Precis Authors.
//
// Maximal marginal relevance (Carbonell & Goldstein, 1998) for generic
// multi-document summaries: relevance is a sentence's tf-idf cosine with the
// cluster (the sum of all sentence vectors, standing in for the query), and
// each step takes the sentence maximizing
//   lambda * relevance - (1 - lambda) * max cosine with a chosen sentence.
// mmr.lambda defaults to 0.7, the paper's favoured setting for summaries;
// past mmr.candidates (default 2000) sentences, the most relevant are kept.
#include <algorithm>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than mmr.candidates: the most relevant ones.
constexpr double kDefaultMmrCandidates = 2000;

class MmrSummarizer : public Summarizer {
 public:
  explicit MmrSummarizer(MethodParameters* p)
      : lambda_(p->Number("lambda", 0.7, 0.0, 1.0)),
        max_candidates_(
            static_cast<size_t>(p->Number("candidates", kDefaultMmrCandidates, 1.0, 1e6))) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>*) const override {
    std::vector<double> relevance;
    const std::vector<int> candidates = Candidates(model, &relevance);
    // Each candidate's highest cosine with a chosen sentence, brought up to
    // date as sentences are chosen.
    std::vector<double> redundancy(candidates.size(), 0.0);
    auto vector_of = [&](size_t c) -> const SparseVector& {
      return model.sentences()[static_cast<size_t>(candidates[c])].tfidf;
    };
    // MMR scores can be negative; shift them so that every fitting sentence
    // has a positive gain and the budget is filled, as MMR does.
    *chosen = SelectGreedily(
        model, budget, candidates,
        [&](size_t c, const std::vector<int>&) {
          return 2.0 + lambda_ * relevance[c] - (1 - lambda_) * redundancy[c];
        },
        0.0,
        [&](size_t added) {
          for (size_t c = 0; c < candidates.size(); ++c) {
            redundancy[c] = std::max(redundancy[c], double{Cosine(vector_of(c), vector_of(added))});
          }
        });
    return Status::OK();
  }

  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    std::vector<double> relevance;
    const std::vector<int> candidates = Candidates(model, &relevance);
    return RankUnchosen(candidates, relevance, chosen);
  }

 private:
  std::vector<int> Candidates(const ClusterModel& model, std::vector<double>* relevance) const {
    return LimitCandidates(model, SummaryCandidates(model), max_candidates_, relevance);
  }

  double lambda_;
  size_t max_candidates_;
};

}  // namespace

std::unique_ptr<Summarizer> NewMmrSummarizer(const SummaryOptions&, MethodParameters* parameters) {
  return std::make_unique<MmrSummarizer>(parameters);
}

}  // namespace precis
