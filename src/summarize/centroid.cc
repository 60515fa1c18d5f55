// Copyright 2026 The Precis Authors.
//
// Centroid scoring (Radev et al., MEAD, 2004) with a position prior and
// maximal marginal relevance (Carbonell & Goldstein, 1998) against
// redundancy.
//
// The centroid weighs each stemmed content term by its frequency in the
// cluster times the share of documents that use it: words several sources
// repeat are what the event is about. (MEAD multiplies by an idf from a
// background corpus; inside one cluster, idf would punish exactly the topic
// words, so cross-document spread takes its place.) Only the strongest terms
// are kept. A sentence scores its cosine with the centroid, scaled to the
// best sentence, plus a prior that favours the opening sentences of each
// document, where news states its facts.
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

constexpr size_t kCentroidTerms = 100;
// A candidate this similar to a chosen sentence repeats it: never chosen.
constexpr float kDuplicateSimilarity = 0.65f;
// More candidates than centroid.candidates: the most relevant ones.
constexpr double kDefaultCentroidCandidates = 2000;

class CentroidSummarizer : public Summarizer {
 public:
  CentroidSummarizer(const SummaryOptions& options, MethodParameters* p)
      : lambda_(options.mmr_lambda),
        position_weight_(options.position_weight),
        max_candidates_(
            static_cast<size_t>(p->Number("candidates", kDefaultCentroidCandidates, 1.0, 1e6))) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>* /*notes*/) const override {
    chosen->clear();
    std::vector<int> candidates;
    std::vector<double> relevance;
    Candidates(model, &candidates, &relevance);
    size_t used = 0;
    std::vector<bool> taken(candidates.size(), false);
    // Each candidate's highest similarity with a chosen sentence, brought
    // up to date as sentences are chosen.
    std::vector<float> redundancy(candidates.size(), 0.0f);
    while (true) {
      int best = -1;
      double best_score = -1e300;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
        if (used + budget.Cost(s, chosen->empty()) > budget.limit()) continue;
        if (redundancy[c] > kDuplicateSimilarity) continue;
        double score = lambda_ * relevance[c] - (1.0 - lambda_) * redundancy[c];
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(c);
        }
      }
      if (best < 0) break;
      taken[static_cast<size_t>(best)] = true;
      const int index = candidates[static_cast<size_t>(best)];
      used += budget.Cost(model.sentences()[static_cast<size_t>(index)], chosen->empty());
      chosen->push_back(index);
      if (used >= budget.limit()) break;
      const SparseVector& added = model.sentences()[static_cast<size_t>(index)].tfidf;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (taken[c]) continue;
        redundancy[c] =
            std::max(redundancy[c],
                     Cosine(model.sentences()[static_cast<size_t>(candidates[c])].tfidf, added));
      }
    }
    return Status::OK();
  }

  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    std::vector<int> candidates;
    std::vector<double> relevance;
    Candidates(model, &candidates, &relevance);
    std::vector<std::pair<double, int>> ranked;
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (std::find(chosen.begin(), chosen.end(), candidates[c]) != chosen.end()) continue;
      float redundancy = MaxSimilarity(model, candidates[c], chosen);
      if (redundancy > kDuplicateSimilarity) continue;
      ranked.emplace_back(-(lambda_ * relevance[c] - (1.0 - lambda_) * redundancy), candidates[c]);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> out;
    for (const auto& r : ranked) out.push_back(r.second);
    return out;
  }

 private:
  // The summary candidates and their relevance; past max_candidates_, the
  // most relevant (ties: the earlier), in their original order.
  void Candidates(const ClusterModel& model, std::vector<int>* candidates,
                  std::vector<double>* relevance) const {
    *candidates = SummaryCandidates(model);
    *relevance = Relevance(model, *candidates);
    if (candidates->size() <= max_candidates_) return;
    std::vector<int> kept;
    std::vector<double> kept_relevance;
    for (size_t c : HighestScores(*relevance, max_candidates_)) {
      kept.push_back((*candidates)[c]);
      kept_relevance.push_back((*relevance)[c]);
    }
    *candidates = std::move(kept);
    *relevance = std::move(kept_relevance);
  }

  // Relevance of each candidate in [0, 1 + position_weight].
  std::vector<double> Relevance(const ClusterModel& model,
                                const std::vector<int>& candidates) const {
    const double docs = static_cast<double>(model.num_documents());
    std::vector<std::pair<float, int32_t>> weights;
    for (size_t t = 0; t < model.num_terms(); ++t) {
      const int32_t id = static_cast<int32_t>(t);
      double w = model.term_count(id) * (model.document_frequency(id) / docs);
      weights.emplace_back(static_cast<float>(w), id);
    }
    // Strongest first; ties by term id keep the result deterministic.
    std::sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (weights.size() > kCentroidTerms) weights.resize(kCentroidTerms);
    std::vector<std::pair<int32_t, float>> pairs;
    for (const auto& [w, id] : weights) pairs.emplace_back(id, w);
    SparseVector centroid = SparseVector::FromPairs(std::move(pairs));

    std::vector<double> similarity(candidates.size(), 0.0);
    double best = 0.0;
    for (size_t c = 0; c < candidates.size(); ++c) {
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
      std::vector<std::pair<int32_t, float>> tf;
      for (int32_t t : s.terms) tf.emplace_back(t, 1.0f);
      similarity[c] = Cosine(SparseVector::FromPairs(std::move(tf)), centroid);
      // Fragments of longer quotations read badly on their own.
      if (s.unbalanced_quotes) similarity[c] *= 0.6;
      best = std::max(best, similarity[c]);
    }
    std::vector<double> relevance(candidates.size());
    for (size_t c = 0; c < candidates.size(); ++c) {
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(candidates[c])];
      double prior = 1.0 / std::sqrt(1.0 + s.position);
      relevance[c] = (best > 0 ? similarity[c] / best : 0.0) + position_weight_ * prior;
    }
    return relevance;
  }

  static float MaxSimilarity(const ClusterModel& model, int index, const std::vector<int>& chosen) {
    float most = 0.0f;
    const SparseVector& v = model.sentences()[static_cast<size_t>(index)].tfidf;
    for (int c : chosen) {
      most = std::max(most, Cosine(v, model.sentences()[static_cast<size_t>(c)].tfidf));
    }
    return most;
  }

  double lambda_;
  double position_weight_;
  size_t max_candidates_;
};

}  // namespace

std::unique_ptr<Summarizer> NewCentroidSummarizer(const SummaryOptions& options,
                                                  MethodParameters* parameters) {
  return std::make_unique<CentroidSummarizer>(options, parameters);
}

}  // namespace precis
