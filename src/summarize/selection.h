// Copyright 2026 The Precis Authors.
//
// The two ways methods turn scores into a summary that fits the budget:
// taking sentences in rank order, or growing the summary greedily by the
// gain each sentence adds to what is already chosen.
#ifndef PRECIS_SUMMARIZE_SELECTION_H_
#define PRECIS_SUMMARIZE_SELECTION_H_

#include <functional>
#include <vector>

#include "model/cluster_model.h"
#include "summarize/budget.h"
#include "summarize/summarizer_interface.h"

namespace precis {

// Takes `candidates` (sentence indices) in order of descending `scores`
// (ties: earlier candidate first), skipping a sentence that does not fit
// what is left of the budget or whose tf-idf cosine with a chosen sentence
// exceeds `max_similarity` (a repeat). Stops when the budget is full.
std::vector<int> SelectByRank(const ClusterModel& model, const Budget& budget,
                              const std::vector<int>& candidates, const std::vector<double>& scores,
                              double max_similarity);

// Takes `candidates` in the order given while they fit: the fallback of
// methods that have nothing to score (a cluster without content words).
std::vector<int> SelectInOrder(const ClusterModel& model, const Budget& budget,
                               const std::vector<int>& candidates);

// The gain of adding candidate number `c` (an index into the candidates
// vector) to the summary `chosen` (sentence indices).
using GainFunction = std::function<double(size_t c, const std::vector<int>& chosen)>;

// Greedy selection: repeatedly adds the fitting candidate with the highest
// gain / cost^cost_exponent (cost in the budget's unit; exponent 0 ranks by
// gain alone), until nothing fits or no gain is positive. `on_add(c)` is
// called after each choice, so a method can update its state. Ties go to
// the earlier candidate.
std::vector<int> SelectGreedily(const ClusterModel& model, const Budget& budget,
                                const std::vector<int>& candidates, const GainFunction& gain,
                                double cost_exponent,
                                const std::function<void(size_t c)>& on_add = nullptr);

// Each candidate's tf-idf cosine with the whole cluster (the sum of all
// sentence vectors): a cheap relevance, MMR's and the pre-selection's.
std::vector<double> ClusterRelevance(const ClusterModel& model, const std::vector<int>& candidates);

// The positions of the `limit` highest of `scores` (ties: the earlier),
// ascending; every position when there are no more than `limit`.
std::vector<size_t> HighestScores(const std::vector<double>& scores, size_t limit);

// Methods whose cost grows with the square (or cube) of the candidates
// keep at most `limit` of them: the most relevant by ClusterRelevance, in
// their original order. A no-op for smaller sets.
std::vector<int> LimitCandidates(const ClusterModel& model, std::vector<int> candidates,
                                 size_t limit);
// The same, for a method that needs the kept candidates' ClusterRelevance
// too: it is set in `*relevance`, computed once.
std::vector<int> LimitCandidates(const ClusterModel& model, std::vector<int> candidates,
                                 size_t limit, std::vector<double>* relevance);

// Each term's share of the cluster's term occurrences (the unigram
// distribution of KL-Sum and SumBasic); empty when the cluster has no term.
std::vector<double> TermDistribution(const ClusterModel& model);

// A method that scores candidates once and takes them in rank order,
// skipping repeats (tf-idf cosine above `redundancy`): LexRank, TextRank,
// LSA. Fillers are the unchosen candidates by the same scores.
class RankingSummarizer : public Summarizer {
 public:
  // At most `max_candidates` enter Scores (LimitCandidates).
  RankingSummarizer(double redundancy, size_t max_candidates)
      : redundancy_(redundancy), max_candidates_(max_candidates) {}
  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>* notes) const override;
  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override;

 protected:
  // One score per candidate (sentence indices), higher is better.
  virtual std::vector<double> Scores(const ClusterModel& model,
                                     const std::vector<int>& candidates) const = 0;

 private:
  std::vector<int> Candidates(const ClusterModel& model) const;

  double redundancy_;
  size_t max_candidates_;
};

// Rank of the unchosen candidates by `scores`, best first (for Fillers).
std::vector<int> RankUnchosen(const std::vector<int>& candidates, const std::vector<double>& scores,
                              const std::vector<int>& chosen);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_SELECTION_H_
