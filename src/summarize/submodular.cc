// Copyright 2026 The Precis Authors.
//
// Lin & Bilmes (2011), "A Class of Submodular Functions for Document
// Summarization": maximize F(S) = L(S) + lambda R(S) under the budget, with
//   L(S) = sum_i min(C_i(S), alpha C_i(V)),  C_i(S) = sum_{j in S} w_ij
//       (coverage: how much of each sentence i the summary already says,
//        saturating at a fraction alpha of what the whole cluster says),
//   R(S) = sum_k sqrt(sum_{j in S n P_k} r_j),  r_j = (1/N) sum_i w_ij
//       (diversity reward: returns diminish within a cluster P_k of similar
//        sentences, so the summary spreads over the clusters),
// w_ij the tf-idf cosine of sentences i and j, alpha = a / N. The paper's
// settings are defaults: a = 5 (submodular.a), lambda = 6
// (submodular.lambda), K = 0.2 N clusters by k-means
// (submodular.clusters), and the budgeted greedy of Lin & Bilmes (2010)
// with cost scaling r = 0.3 (submodular.r): repeatedly add the sentence of
// best gain / cost^r that fits, then return the better of that set and the
// best single sentence, which gives the (1 - 1/sqrt(e)) approximation
// guarantee for r = 1. Departures: N counts the summary candidates
// (candidates.h); k-means runs on unit tf-idf vectors from a seeded
// k-means++ start, so the result is deterministic.
#include <algorithm>
#include <cmath>
#include <memory>
#include <queue>
#include <random>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than submodular.candidates (default 2000): the most
// relevant ones (LimitCandidates).
constexpr double kDefaultSubmodularCandidates = 2000;

// k-means on unit-length sparse vectors (cosine), deterministic.
std::vector<int> KMeans(const std::vector<const SparseVector*>& vectors, size_t k,
                        size_t num_terms) {
  const size_t n = vectors.size();
  std::vector<int> assignment(n, 0);
  if (k <= 1 || n <= 1) return assignment;
  k = std::min(k, n);
  auto dot = [&](const std::vector<double>& centre, const SparseVector& v) {
    double sum = 0;
    for (const auto& [t, w] : v.entries()) sum += centre[static_cast<size_t>(t)] * w;
    return v.norm() > 0 ? sum / v.norm() : 0.0;
  };
  std::vector<std::vector<double>> centres;
  auto set_centre = [&](std::vector<double>* centre, const SparseVector& v) {
    centre->assign(num_terms, 0.0);
    for (const auto& [t, w] : v.entries()) (*centre)[static_cast<size_t>(t)] = w / v.norm();
  };
  // k-means++ seeding with a fixed seed.
  std::mt19937_64 rng(20110619);
  centres.emplace_back();
  set_centre(&centres.back(), *vectors[0]);
  // distance[i]: 1 - cosine to the nearest centre so far.
  std::vector<double> distance(n);
  for (size_t i = 0; i < n; ++i) distance[i] = std::max(0.0, 1.0 - dot(centres[0], *vectors[i]));
  while (centres.size() < k) {
    double total = 0;
    for (double d : distance) total += d;
    size_t pick = 0;
    if (total > 0) {
      double target = std::uniform_real_distribution<double>(0, total)(rng);
      while (pick + 1 < n && target > distance[pick]) target -= distance[pick++];
    } else {
      pick = centres.size();
    }
    centres.emplace_back();
    set_centre(&centres.back(), *vectors[pick]);
    for (size_t i = 0; i < n; ++i) {
      distance[i] = std::min(distance[i], std::max(0.0, 1.0 - dot(centres.back(), *vectors[i])));
    }
  }
  for (int iteration = 0; iteration < 10; ++iteration) {
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      int best = 0;
      double best_sim = -1;
      for (size_t c = 0; c < centres.size(); ++c) {
        const double sim = dot(centres[c], *vectors[i]);
        if (sim > best_sim) {
          best_sim = sim;
          best = static_cast<int>(c);
        }
      }
      changed = changed || assignment[i] != best;
      assignment[i] = best;
    }
    if (!changed && iteration > 0) break;
    for (auto& c : centres) std::fill(c.begin(), c.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      const SparseVector& v = *vectors[i];
      for (const auto& [t, w] : v.entries()) {
        centres[static_cast<size_t>(assignment[i])][static_cast<size_t>(t)] +=
            v.norm() > 0 ? w / v.norm() : 0.0;
      }
    }
    for (auto& c : centres) {
      double norm = 0;
      for (double x : c) norm += x * x;
      norm = std::sqrt(norm);
      if (norm > 0) {
        for (double& x : c) x /= norm;
      }
    }
  }
  return assignment;
}

class SubmodularSummarizer : public Summarizer {
 public:
  explicit SubmodularSummarizer(MethodParameters* p)
      : a_(p->Number("a", 5.0, 0.0, 1e6)),
        lambda_(p->Number("lambda", 6.0, 0.0, 1e6)),
        clusters_(p->Number("clusters", 0.2, 0.0, 1.0)),
        r_(p->Number("r", 0.3, 0.0, 10.0)),
        max_candidates_(
            static_cast<size_t>(p->Number("candidates", kDefaultSubmodularCandidates, 1.0, 1e6))) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>*) const override {
    chosen->clear();
    // The similarity matrix is N x N: very large clusters keep the most
    // relevant candidates.
    const std::vector<int> candidates =
        LimitCandidates(model, SummaryCandidates(model), max_candidates_);
    const size_t n = candidates.size();
    if (n == 0) return Status::OK();
    std::vector<const SparseVector*> vectors;
    for (int c : candidates) vectors.push_back(&model.sentences()[static_cast<size_t>(c)].tfidf);
    std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
      w[i][i] = vectors[i]->empty() ? 0.0 : 1.0;
      for (size_t j = i + 1; j < n; ++j) w[i][j] = w[j][i] = Cosine(*vectors[i], *vectors[j]);
    }
    const double alpha = a_ / static_cast<double>(n);
    std::vector<double> cap(n), reward(n);
    for (size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (size_t j = 0; j < n; ++j) sum += w[i][j];
      cap[i] = alpha * sum;
      reward[i] = sum / static_cast<double>(n);
    }
    const size_t k =
        std::max<size_t>(1, static_cast<size_t>(std::lround(clusters_ * static_cast<double>(n))));
    const std::vector<int> part = KMeans(vectors, k, model.num_terms());

    // State of the summary: C_i(S) and each cluster's reward sum.
    std::vector<double> covered(n, 0.0), part_reward(k, 0.0);
    auto gain = [&](size_t l) {
      double g = 0;
      for (size_t i = 0; i < n; ++i) {
        g += std::min(covered[i] + w[i][l], cap[i]) - std::min(covered[i], cap[i]);
      }
      const double before = part_reward[static_cast<size_t>(part[l])];
      return g + lambda_ * (std::sqrt(before + reward[l]) - std::sqrt(before));
    };
    auto add = [&](size_t l) {
      for (size_t i = 0; i < n; ++i) covered[i] += w[i][l];
      part_reward[static_cast<size_t>(part[l])] += reward[l];
    };
    // The budgeted greedy, evaluated lazily (Minoux, 1978): gains of a
    // submodular function only shrink as the summary grows, so a stale gain
    // is an upper bound, and the top of the queue, once its gain is fresh,
    // is the best. A sentence that no longer fits never will: it leaves.
    struct Entry {
      double ratio;
      size_t index;
      size_t round;  // Size of the summary when the ratio was computed.
      bool operator<(const Entry& o) const {
        return ratio != o.ratio ? ratio < o.ratio : index > o.index;
      }
    };
    auto cost_of = [&](size_t l, bool first) {
      return budget.Cost(model.sentences()[static_cast<size_t>(candidates[l])], first);
    };
    auto ratio_of = [&](size_t l, double g) {
      return g / std::pow(static_cast<double>(std::max<size_t>(cost_of(l, false), 1)), r_);
    };
    std::priority_queue<Entry> queue;
    for (size_t l = 0; l < n; ++l) queue.push({ratio_of(l, gain(l)), l, 0});
    std::vector<size_t> greedy;
    double greedy_value = 0;
    size_t used = 0;
    while (!queue.empty()) {
      Entry top = queue.top();
      queue.pop();
      if (used + cost_of(top.index, greedy.empty()) > budget.limit()) continue;
      const double g = gain(top.index);
      if (top.round != greedy.size()) {
        queue.push({ratio_of(top.index, g), top.index, greedy.size()});
        continue;
      }
      if (g < 0) continue;
      greedy.push_back(top.index);
      used += cost_of(top.index, greedy.size() == 1);
      greedy_value += g;
      add(top.index);
    }
    // The best single sentence that fits, F({v}).
    std::fill(covered.begin(), covered.end(), 0.0);
    std::fill(part_reward.begin(), part_reward.end(), 0.0);
    size_t single = n;
    double single_value = -1;
    for (size_t l = 0; l < n; ++l) {
      if (budget.Cost(model.sentences()[static_cast<size_t>(candidates[l])], true) >
          budget.limit()) {
        continue;
      }
      const double v = gain(l);
      if (v > single_value) {
        single_value = v;
        single = l;
      }
    }
    if (single != n && single_value > greedy_value) {
      chosen->push_back(candidates[single]);
    } else {
      for (size_t l : greedy) chosen->push_back(candidates[l]);
    }
    return Status::OK();
  }

 private:
  double a_, lambda_, clusters_, r_;
  size_t max_candidates_;
};

}  // namespace

std::unique_ptr<Summarizer> NewSubmodularSummarizer(const SummaryOptions&,
                                                    MethodParameters* parameters) {
  return std::make_unique<SubmodularSummarizer>(parameters);
}

}  // namespace precis
