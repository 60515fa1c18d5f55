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

#include "summarize/graph_rank.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than textrank.candidates (default 2000): the most relevant
// ones (LimitCandidates).
constexpr double kDefaultCandidates = 2000;

class TextRankSummarizer : public RankingSummarizer {
 public:
  explicit TextRankSummarizer(MethodParameters* p)
      : RankingSummarizer(
            p->Number("redundancy", 1.0, 0.0, 1.0),
            static_cast<size_t>(p->Number("candidates", kDefaultCandidates, 1.0, 1e6))),
        damping_(p->Number("damping", 0.85, 0.0, 1.0)) {}

 protected:
  std::vector<double> Scores(const ClusterModel& model,
                             const std::vector<int>& candidates) const override {
    const size_t n = candidates.size();
    std::vector<std::vector<int32_t>> types(n);
    for (size_t i = 0; i < n; ++i) {
      types[i] = model.sentences()[static_cast<size_t>(candidates[i])].terms;
      std::sort(types[i].begin(), types[i].end());
      types[i].erase(std::unique(types[i].begin(), types[i].end()), types[i].end());
    }
    std::vector<std::vector<double>> weights(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
      const double len_i =
          static_cast<double>(model.sentences()[static_cast<size_t>(candidates[i])].terms.size());
      for (size_t j = i + 1; j < n; ++j) {
        const double len_j =
            static_cast<double>(model.sentences()[static_cast<size_t>(candidates[j])].terms.size());
        const double norm = std::log(len_i) + std::log(len_j);
        if (!(norm > 0)) continue;
        size_t shared = 0;
        auto a = types[i].begin(), b = types[j].begin();
        while (a != types[i].end() && b != types[j].end()) {
          if (*a < *b) {
            ++a;
          } else if (*b < *a) {
            ++b;
          } else {
            ++shared;
            ++a;
            ++b;
          }
        }
        weights[i][j] = weights[j][i] = static_cast<double>(shared) / norm;
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
