// Copyright 2026 The Precis Authors.
//
// Each summarization method on already cleaned and segmented clusters (100
// words), in clusters per second, and the analysis of `precis analyze`.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_data.h"
#include "precis/analyze.h"
#include "precis/summarizer.h"

namespace precis::bench {
namespace {

// Empty only when the cluster has no sentence; within the budget; each
// sentence is the cluster's sentence it names.
bool SummaryIsSound(const Cluster& cluster, const Summary& summary, size_t words,
                    std::string* problem) {
  if (summary.sentences.empty()) {
    *problem = cluster.id + ": empty summary";
    return false;
  }
  if (summary.words > words) {
    *problem = cluster.id + ": " + std::to_string(summary.words) + " words";
    return false;
  }
  for (const SummarySentence& s : summary.sentences) {
    const Document& doc = cluster.documents[s.doc_index];
    if (s.position < 0 || static_cast<size_t>(s.position) >= doc.sentences.size() ||
        doc.sentences[static_cast<size_t>(s.position)].text != s.text ||
        doc.sentences[static_cast<size_t>(s.position)].span != s.span) {
      *problem = cluster.id + ": a sentence that is not the one it cites";
      return false;
    }
  }
  return true;
}

void BM_Summarize(benchmark::State& state, const std::string& method, const char* set) {
  const std::vector<Cluster>& clusters = Clusters(set);
  SummaryOptions options;
  options.method = method;
  options.words = 100;
  for (const Cluster& c : clusters) {
    Summary summary;
    std::string problem;
    const Status status = Summarize(c, options, &summary);
    if (!status.ok()) {
      FailCheck(state, status.ToString());
      return;
    }
    if (!SummaryIsSound(c, summary, options.words, &problem)) {
      FailCheck(state, problem);
      return;
    }
  }
  for (auto _ : state) {
    for (const Cluster& c : clusters) {
      Summary summary;
      benchmark::DoNotOptimize(Summarize(c, options, &summary));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * clusters.size()));
}

void BM_Analyze(benchmark::State& state) {
  const std::vector<Cluster>& clusters = Clusters(kMultiNews);
  for (const Cluster& c : clusters) {
    Analysis analysis;
    if (!Analyze(c, AnalyzeOptions(), &analysis).ok()) {
      FailCheck(state, c.id + ": analysis failed");
      return;
    }
  }
  for (auto _ : state) {
    for (const Cluster& c : clusters) {
      Analysis analysis;
      benchmark::DoNotOptimize(Analyze(c, AnalyzeOptions(), &analysis));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * clusters.size()));
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// One benchmark per registered method: BM_Summarize/<method>/multinews, and
// on the 25-document DUC clusters BM_Summarize/<method>/duc.
const bool kRegistered = [] {
  for (const std::string& method : ListMethods()) {
    benchmark::RegisterBenchmark(("BM_Summarize/" + method + "/multinews").c_str(), BM_Summarize,
                                 method, kMultiNews)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_Summarize/" + method + "/duc").c_str(), BM_Summarize, method,
                                 kDuc)
        ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
}  // namespace precis::bench
