// Copyright 2026 The Precis Authors.
//
// What every method builds first: the cluster's term model (ClusterModel),
// the normalized fact vectors behind supported_by and analyze
// (FactVectors), the search for alike sentence pairs, and sparse cosines.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "attribute/fact_vectors.h"
#include "bench_data.h"
#include "model/cluster_model.h"
#include "similarity/sparse_vector.h"

namespace precis::bench {
namespace {

size_t SentenceCount(const Cluster& cluster) {
  size_t n = 0;
  for (const Document& d : cluster.documents) n += d.sentences.size();
  return n;
}

void BM_ClusterModel(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  size_t sentences = 0;
  for (const Cluster& c : clusters) {
    ClusterModel model(c);
    if (model.sentences().size() != SentenceCount(c) || model.num_terms() == 0) {
      FailCheck(state, c.id + ": the model lost sentences or has no term");
      return;
    }
    sentences += model.sentences().size();
  }
  for (auto _ : state) {
    for (const Cluster& c : clusters) {
      ClusterModel model(c);
      benchmark::DoNotOptimize(model.num_terms());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}
BENCHMARK(BM_ClusterModel)->Unit(benchmark::kMillisecond);

void BM_FactVectors(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  const std::vector<std::string> terms = FactTerms("Five people said the U.S. paid $1.2 million.");
  if (terms != std::vector<std::string>{"#5", "peopl", "~say", "usa", "paid", "#1200000"}) {
    FailCheck(state, "fact terms changed");
    return;
  }
  std::vector<ClusterModel> models;
  size_t sentences = 0;
  for (const Cluster& c : clusters) {
    models.emplace_back(c);
    sentences += SentenceCount(c);
  }
  for (auto _ : state) {
    for (const ClusterModel& model : models) {
      FactVectors vectors(model);
      benchmark::DoNotOptimize(vectors.size());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}
BENCHMARK(BM_FactVectors)->Unit(benchmark::kMillisecond);

// The inverted-index search against every pair compared one by one.
void BM_SimilarPairs(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  std::vector<FactVectors> vectors;
  for (const Cluster& c : clusters) vectors.emplace_back(ClusterModel(c));
  constexpr float kThreshold = 0.5f;
  for (const FactVectors& v : vectors) {
    size_t brute_force = 0;
    for (size_t a = 0; a < v.size(); ++a) {
      for (size_t b = a + 1; b < v.size(); ++b) {
        if (v.doc(static_cast<int>(a)) != v.doc(static_cast<int>(b)) &&
            v.Similarity(static_cast<int>(a), static_cast<int>(b)) >= kThreshold + 1e-4f) {
          ++brute_force;
        }
      }
    }
    if (v.SimilarPairs(kThreshold).size() < brute_force) {
      FailCheck(state, "the index search missed pairs that comparing every pair finds");
      return;
    }
  }
  for (auto _ : state) {
    for (const FactVectors& v : vectors) benchmark::DoNotOptimize(v.SimilarPairs(kThreshold));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * vectors.size()));
}
BENCHMARK(BM_SimilarPairs)->Unit(benchmark::kMillisecond);

// Every pair of sentences of each cluster: the quadratic step of graph
// methods on small clusters.
void BM_AllPairsCosine(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  std::vector<ClusterModel> models;
  for (const Cluster& c : clusters) models.emplace_back(c);
  size_t pairs = 0;
  for (const ClusterModel& m : models) {
    const size_t n = m.sentences().size();
    pairs += n * (n - 1) / 2;
    for (const auto& s : m.sentences()) {
      const float self = Cosine(s.tfidf, s.tfidf);
      if (s.tfidf.norm() > 0 && (self < 0.999f || self > 1.001f)) {
        FailCheck(state, "a vector's cosine with itself is not 1");
        return;
      }
    }
  }
  for (auto _ : state) {
    for (const ClusterModel& m : models) {
      const auto& s = m.sentences();
      for (size_t a = 0; a < s.size(); ++a) {
        for (size_t b = a + 1; b < s.size(); ++b) {
          benchmark::DoNotOptimize(Cosine(s[a].tfidf, s[b].tfidf));
        }
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pairs));
}
BENCHMARK(BM_AllPairsCosine)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis::bench
