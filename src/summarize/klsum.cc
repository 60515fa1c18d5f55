// Copyright 2026 The Precis Authors.
//
// KL-Sum (Haghighi & Vanderwende, 2009): grow the summary one sentence at a
// time, each time adding the sentence after which the summary's word
// distribution P_S is closest to the cluster's, P_D, in KL(P_D || P_S).
// Words are stemmed content words; P_S is smoothed additively with
// klsum.smoothing (default 0.01) per word of the cluster's vocabulary.
// Writing KL(P_D || P_S) = sum P_D log P_D - sum P_D(w) log(c_S(w) + d)
// + log(N_S + d V), a candidate's effect is computed from its own words.
#include <cmath>
#include <map>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than klsum.candidates: the most relevant ones
// (LimitCandidates).
constexpr double kDefaultKlSumCandidates = 2000;

class KlSumSummarizer : public Summarizer {
 public:
  explicit KlSumSummarizer(MethodParameters* p)
      : smoothing_(p->Number("smoothing", 0.01, 1e-9, 10.0)),
        max_candidates_(
            static_cast<size_t>(p->Number("candidates", kDefaultKlSumCandidates, 1.0, 1e6))) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>*) const override {
    chosen->clear();
    const std::vector<int> candidates =
        LimitCandidates(model, SummaryCandidates(model), max_candidates_);
    const std::vector<double> cluster = TermDistribution(model);  // P_D
    if (cluster.empty()) {  // No word to match: document order.
      *chosen = SelectInOrder(model, budget, candidates);
      return Status::OK();
    }
    const double vocabulary = static_cast<double>(model.num_terms());
    std::vector<double> in_summary(model.num_terms(), 0.0);  // c_S(w)
    double summary_words = 0;                                // N_S
    // A = sum_w P_D(w) log(c_S(w) + d), kept up to date.
    double a = std::log(smoothing_);
    std::vector<bool> taken(candidates.size(), false);
    size_t used = 0;
    while (true) {
      size_t best = candidates.size();
      double best_kl = 0;
      double best_a = 0;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
        if (used + budget.Cost(s, chosen->empty()) > budget.limit()) continue;
        std::map<int32_t, int> counts;
        for (int32_t t : s.terms) ++counts[t];
        double next_a = a;
        for (const auto& [t, k] : counts) {
          const double p = cluster[static_cast<size_t>(t)];
          const double before = in_summary[static_cast<size_t>(t)] + smoothing_;
          next_a += p * (std::log(before + k) - std::log(before));
        }
        const double kl = -next_a + std::log(summary_words + static_cast<double>(s.terms.size()) +
                                             smoothing_ * vocabulary);
        if (best == candidates.size() || kl < best_kl) {
          best = c;
          best_kl = kl;
          best_a = next_a;
        }
      }
      if (best == candidates.size()) break;
      taken[best] = true;
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[best])];
      used += budget.Cost(s, chosen->empty());
      chosen->push_back(candidates[best]);
      for (int32_t t : s.terms) in_summary[static_cast<size_t>(t)] += 1;
      summary_words += static_cast<double>(s.terms.size());
      a = best_a;
      if (used >= budget.limit()) break;
    }
    return Status::OK();
  }

 private:
  double smoothing_;
  size_t max_candidates_;
};

}  // namespace

std::unique_ptr<Summarizer> NewKlSumSummarizer(const SummaryOptions&,
                                               MethodParameters* parameters) {
  return std::make_unique<KlSumSummarizer>(parameters);
}

}  // namespace precis
