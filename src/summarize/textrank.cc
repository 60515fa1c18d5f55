// Copyright 2026 The Precis Authors.
//
// TextRank for sentences (Mihalcea & Tarau, 2004): edges weigh the words two
// sentences share, |Si n Sj| / (log |Si| + log |Sj|), and a sentence's
// salience is its weighted PageRank (damping 0.85). The paper takes the
// top-ranked sentences as they come; textrank.redundancy < 1 adds a
// filter against near repeats, which it lacks (off by default). Words are
// the stemmed content words of the sentence (the paper used raw tokens).
#include <algorithm>
#include <cmath>
#include <memory>

#include "similarity/pairwise_dots.h"
#include "summarize/graph_rank.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than textrank.candidates (default 2000): the most relevant
// ones (LimitCandidates).
constexpr double kDefaultTextRankCandidates = 2000;

class TextRankSummarizer : public RankingSummarizer {
 public:
  explicit TextRankSummarizer(MethodParameters* p)
      : RankingSummarizer(
            p->Number("redundancy", 1.0, 0.0, 1.0),
            static_cast<size_t>(p->Number("candidates", kDefaultTextRankCandidates, 1.0, 1e6))),
        damping_(p->Number("damping", 0.85, 0.0, 1.0)) {}

 protected:
  std::vector<double> Scores(const ClusterModel& model,
                             const std::vector<int>& candidates) const override {
    const size_t n = candidates.size();
    // Each sentence's distinct terms, weight 1: the dot product of two
    // such vectors is the number of terms they share.
    std::vector<SparseVector> types(n);
    std::vector<const SparseVector*> vectors(n);
    for (size_t i = 0; i < n; ++i) {
      std::vector<int32_t> terms = model.sentences()[static_cast<size_t>(candidates[i])].terms;
      std::sort(terms.begin(), terms.end());
      terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
      std::vector<std::pair<int32_t, float>> pairs;
      pairs.reserve(terms.size());
      for (int32_t t : terms) pairs.emplace_back(t, 1.0f);
      types[i] = SparseVector::FromPairs(std::move(pairs));
      vectors[i] = &types[i];
    }
    const std::vector<std::vector<float>> shared = PairwiseDots(vectors);
    std::vector<std::vector<double>> weights(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
      const double len_i =
          static_cast<double>(model.sentences()[static_cast<size_t>(candidates[i])].terms.size());
      for (size_t j = i + 1; j < n; ++j) {
        if (shared[i][j] == 0.0f) continue;
        const double len_j =
            static_cast<double>(model.sentences()[static_cast<size_t>(candidates[j])].terms.size());
        const double norm = std::log(len_i) + std::log(len_j);
        if (!(norm > 0)) continue;
        weights[i][j] = weights[j][i] = double{shared[i][j]} / norm;
      }
    }
    return PageRank(weights, damping_);
  }

 private:
  double damping_;
};

}  // namespace

std::unique_ptr<Summarizer> NewTextRankSummarizer(const SummaryOptions&,
                                                  MethodParameters* parameters) {
  return std::make_unique<TextRankSummarizer>(parameters);
}

}  // namespace precis
