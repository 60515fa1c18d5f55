// Copyright 2026 The Precis Authors.
//
// SumBasic (Nenkova & Vanderwende, 2005): a word's probability is its share
// of the cluster's words; a sentence scores the mean probability of its
// words. Each step finds the most probable word, takes the best-scoring
// sentence that contains it (any best-scoring sentence when none with it
// fits), and squares the probability of every word of the chosen sentence,
// so that what is said once loses weight. Words are stemmed content words.
#include <memory>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than sumbasic.candidates: the most relevant ones
// (LimitCandidates).
constexpr double kDefaultSumBasicCandidates = 2000;

class SumBasicSummarizer : public Summarizer {
 public:
  explicit SumBasicSummarizer(MethodParameters* p)
      : max_candidates_(
            static_cast<size_t>(p->Number("candidates", kDefaultSumBasicCandidates, 1.0, 1e6))) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>*) const override {
    chosen->clear();
    const std::vector<int> candidates =
        LimitCandidates(model, SummaryCandidates(model), max_candidates_);
    std::vector<double> p = TermDistribution(model);
    if (p.empty()) {  // No word to weigh: document order.
      *chosen = SelectInOrder(model, budget, candidates);
      return Status::OK();
    }
    std::vector<bool> taken(candidates.size(), false);
    size_t used = 0;
    while (used < budget.limit()) {
      // The most probable word still in an unchosen sentence.
      int32_t top = -1;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        for (int32_t t : model.sentences()[static_cast<size_t>(candidates[c])].terms) {
          if (top < 0 || p[static_cast<size_t>(t)] > p[static_cast<size_t>(top)] ||
              (p[static_cast<size_t>(t)] == p[static_cast<size_t>(top)] && t < top)) {
            top = t;
          }
        }
      }
      size_t best = candidates.size(), best_any = candidates.size();
      double best_score = -1, best_any_score = -1;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
        if (s.terms.empty() || used + budget.Cost(s, chosen->empty()) > budget.limit()) continue;
        double sum = 0;
        bool has_top = false;
        for (int32_t t : s.terms) {
          sum += p[static_cast<size_t>(t)];
          has_top = has_top || t == top;
        }
        const double score = sum / static_cast<double>(s.terms.size());
        if (score > best_any_score) {
          best_any_score = score;
          best_any = c;
        }
        if (has_top && score > best_score) {
          best_score = score;
          best = c;
        }
      }
      if (best == candidates.size()) best = best_any;
      if (best == candidates.size()) break;
      taken[best] = true;
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[best])];
      used += budget.Cost(s, chosen->empty());
      chosen->push_back(candidates[best]);
      for (int32_t t : s.terms) {
        // Once per distinct word of the sentence.
        double& q = p[static_cast<size_t>(t)];
        if (q >= 0) q = -q * q;
      }
      for (double& q : p) q = q < 0 ? -q : q;
    }
    return Status::OK();
  }

 private:
  size_t max_candidates_;
};

}  // namespace

std::unique_ptr<Summarizer> NewSumBasicSummarizer(const SummaryOptions&,
                                                  MethodParameters* parameters) {
  return std::make_unique<SumBasicSummarizer>(parameters);
}

}  // namespace precis
