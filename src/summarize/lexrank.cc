// Copyright 2026 The Precis Authors.
//
// LexRank (Erkan & Radev, 2004): sentences are nodes, edges weigh the
// idf-modified cosine of their tf-idf vectors, and a sentence's salience is
// its PageRank. Continuous LexRank (the default) keeps the cosines as
// weights; with lexrank.threshold > 0 an edge exists (weight 1) where the
// cosine exceeds the threshold, as in the paper's thresholded variant.
// Sentences are then taken by salience, skipping those too similar to one
// already chosen (the paper re-ranks with MEAD's redundancy filter).
// Departures: the graph holds the summary candidates (candidates.h), not
// every sentence, and idf comes from the cluster's own sentences.
#include <memory>

#include "similarity/pairwise_dots.h"
#include "summarize/graph_rank.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than lexrank.candidates (default 2000): the most relevant
// ones (LimitCandidates).
constexpr double kDefaultLexRankCandidates = 2000;

class LexRankSummarizer : public RankingSummarizer {
 public:
  explicit LexRankSummarizer(MethodParameters* p)
      : RankingSummarizer(
            p->Number("redundancy", 0.5, 0.0, 1.0),
            static_cast<size_t>(p->Number("candidates", kDefaultLexRankCandidates, 1.0, 1e6))),
        threshold_(p->Number("threshold", 0.0, 0.0, 1.0)),
        damping_(p->Number("damping", 0.85, 0.0, 1.0)) {}

 protected:
  std::vector<double> Scores(const ClusterModel& model,
                             const std::vector<int>& candidates) const override {
    const size_t n = candidates.size();
    std::vector<const SparseVector*> vectors(n);
    for (size_t i = 0; i < n; ++i) {
      vectors[i] = &model.sentences()[static_cast<size_t>(candidates[i])].tfidf;
    }
    const std::vector<std::vector<float>> dots = PairwiseDots(vectors);
    std::vector<std::vector<double>> weights(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        // As Cosine() computes it, from the same dot product.
        const float a = vectors[i]->norm(), b = vectors[j]->norm();
        const double cosine = a == 0.0f || b == 0.0f ? 0.0 : double{dots[i][j] / (a * b)};
        const double w = threshold_ > 0 ? (cosine > threshold_ ? 1.0 : 0.0) : cosine;
        weights[i][j] = weights[j][i] = w;
      }
    }
    return PageRank(weights, damping_);
  }

 private:
  double threshold_, damping_;
};

}  // namespace

std::unique_ptr<Summarizer> NewLexRankSummarizer(const SummaryOptions&,
                                                 MethodParameters* parameters) {
  return std::make_unique<LexRankSummarizer>(parameters);
}

}  // namespace precis
