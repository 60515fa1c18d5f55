// Copyright 2026 The Precis Authors.
#include "summarize/selection.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "summarize/candidates.h"

namespace precis {
namespace {

size_t UsedBy(const ClusterModel& model, const Budget& budget, const std::vector<int>& chosen) {
  size_t used = 0;
  for (size_t i = 0; i < chosen.size(); ++i) {
    used += budget.Cost(model.sentences()[static_cast<size_t>(chosen[i])], i == 0);
  }
  return used;
}

}  // namespace

std::vector<int> SelectByRank(const ClusterModel& model, const Budget& budget,
                              const std::vector<int>& candidates, const std::vector<double>& scores,
                              double max_similarity) {
  std::vector<size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  std::vector<int> chosen;
  size_t used = 0;
  for (size_t c : order) {
    const int index = candidates[c];
    const SentenceInfo& s = model.sentences()[static_cast<size_t>(index)];
    const size_t cost = budget.Cost(s, chosen.empty());
    if (used + cost > budget.limit()) continue;
    bool repeat = false;
    for (int other : chosen) {
      if (Cosine(s.tfidf, model.sentences()[static_cast<size_t>(other)].tfidf) > max_similarity) {
        repeat = true;
        break;
      }
    }
    if (repeat) continue;
    chosen.push_back(index);
    used += cost;
    if (used >= budget.limit()) break;
  }
  return chosen;
}

std::vector<int> SelectInOrder(const ClusterModel& model, const Budget& budget,
                               const std::vector<int>& candidates) {
  std::vector<int> chosen;
  size_t used = 0;
  for (int c : candidates) {
    const size_t cost = budget.Cost(model.sentences()[static_cast<size_t>(c)], chosen.empty());
    if (used + cost > budget.limit()) continue;
    used += cost;
    chosen.push_back(c);
  }
  return chosen;
}

std::vector<int> SelectGreedily(const ClusterModel& model, const Budget& budget,
                                const std::vector<int>& candidates, const GainFunction& gain,
                                double cost_exponent, const std::function<void(size_t c)>& on_add) {
  std::vector<int> chosen;
  std::vector<bool> taken(candidates.size(), false);
  size_t used = 0;
  while (used < budget.limit()) {
    double best_value = 0;
    size_t best = candidates.size();
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (taken[c]) continue;
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
      const size_t cost = budget.Cost(s, chosen.empty());
      if (used + cost > budget.limit()) continue;
      const double g = gain(c, chosen);
      if (!(g > 0)) continue;
      const double value =
          cost_exponent > 0
              ? g / std::pow(static_cast<double>(std::max<size_t>(cost, 1)), cost_exponent)
              : g;
      if (best == candidates.size() || value > best_value) {
        best_value = value;
        best = c;
      }
    }
    if (best == candidates.size()) break;
    taken[best] = true;
    chosen.push_back(candidates[best]);
    used = UsedBy(model, budget, chosen);
    if (on_add) on_add(best);
  }
  return chosen;
}

std::vector<double> TermDistribution(const ClusterModel& model) {
  double total = 0;
  for (size_t t = 0; t < model.num_terms(); ++t) total += model.term_count(static_cast<int32_t>(t));
  if (total == 0) return {};
  std::vector<double> p(model.num_terms());
  for (size_t t = 0; t < p.size(); ++t) p[t] = model.term_count(static_cast<int32_t>(t)) / total;
  return p;
}

std::vector<double> ClusterRelevance(const ClusterModel& model,
                                     const std::vector<int>& candidates) {
  std::vector<std::pair<int32_t, float>> sum;
  for (const SentenceInfo& s : model.sentences()) {
    for (const auto& [term, weight] : s.tfidf.entries()) sum.emplace_back(term, weight);
  }
  const SparseVector cluster = SparseVector::FromPairs(std::move(sum));
  std::vector<double> relevance(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c) {
    relevance[c] = Cosine(model.sentences()[static_cast<size_t>(candidates[c])].tfidf, cluster);
  }
  return relevance;
}

std::vector<size_t> HighestScores(const std::vector<double>& scores, size_t limit) {
  std::vector<size_t> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  if (order.size() <= limit) return order;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  order.resize(limit);
  std::sort(order.begin(), order.end());
  return order;
}

std::vector<int> LimitCandidates(const ClusterModel& model, std::vector<int> candidates,
                                 size_t limit) {
  if (candidates.size() <= limit) return candidates;  // Without computing relevance.
  std::vector<double> relevance;
  return LimitCandidates(model, std::move(candidates), limit, &relevance);
}

std::vector<int> LimitCandidates(const ClusterModel& model, std::vector<int> candidates,
                                 size_t limit, std::vector<double>* relevance) {
  std::vector<double> all = ClusterRelevance(model, candidates);
  if (candidates.size() <= limit) {
    *relevance = std::move(all);
    return candidates;
  }
  std::vector<int> kept;
  relevance->clear();
  for (size_t c : HighestScores(all, limit)) {
    kept.push_back(candidates[c]);
    relevance->push_back(all[c]);
  }
  return kept;
}

std::vector<int> RankingSummarizer::Candidates(const ClusterModel& model) const {
  return LimitCandidates(model, SummaryCandidates(model), max_candidates_);
}

Status RankingSummarizer::Select(const ClusterModel& model, const Budget& budget,
                                 std::vector<int>* chosen, std::vector<std::string>*) const {
  const std::vector<int> candidates = Candidates(model);
  *chosen = SelectByRank(model, budget, candidates, Scores(model, candidates), redundancy_);
  return Status::OK();
}

std::vector<int> RankingSummarizer::Fillers(const ClusterModel& model,
                                            const std::vector<int>& chosen) const {
  const std::vector<int> candidates = Candidates(model);
  return RankUnchosen(candidates, Scores(model, candidates), chosen);
}

std::vector<int> RankUnchosen(const std::vector<int>& candidates, const std::vector<double>& scores,
                              const std::vector<int>& chosen) {
  std::vector<size_t> order;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (std::find(chosen.begin(), chosen.end(), candidates[c]) == chosen.end()) order.push_back(c);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  std::vector<int> out;
  for (size_t c : order) out.push_back(candidates[c]);
  return out;
}

}  // namespace precis
