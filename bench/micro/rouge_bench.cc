// Copyright 2026 The Precis Authors.
//
// ROUGE-1/2/L/SU4 scoring of summaries against their references, on the
// cases of rouge/vectors.jsonl, after checking each value against what the
// official ROUGE-1.5.5 script printed for it.
#include <benchmark/benchmark.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_data.h"
#include "precis/rouge.h"

namespace precis::bench {
namespace {

struct RougeCase {
  RougeSummary system;
  std::vector<RougeSummary> references;
  nlohmann::json expected;
};

RougeSummary SentencesOf(const nlohmann::json& list) {
  RougeSummary out;
  for (const auto& s : list) out.push_back(s.get<std::string>());
  return out;
}

// The first `limit` cases scored with stemming, no stopword removal and no
// length limit.
std::vector<RougeCase> StemmedCases(size_t limit) {
  std::vector<RougeCase> cases;
  std::ifstream in(DataPath("rouge/vectors.jsonl"));
  for (std::string line; std::getline(in, line);) {
    if (limit != 0 && cases.size() == limit) break;
    const nlohmann::json c = nlohmann::json::parse(line);
    const nlohmann::json& o = c["options"];
    if (!o["stem"].get<bool>() || o["stopwords"].get<bool>() || !o["limit"].is_null()) continue;
    RougeCase rc;
    rc.system = SentencesOf(c["system"]);
    for (const auto& r : c["references"]) rc.references.push_back(SentencesOf(r));
    rc.expected = c["expected"];
    cases.push_back(std::move(rc));
  }
  return cases;
}

void BM_Rouge(benchmark::State& state) {
  const std::vector<RougeCase> cases = StemmedCases(static_cast<size_t>(state.range(0)));
  RougeOptions options;
  options.stem = true;
  RougeScorer scorer(options);
  if (cases.empty() || !scorer.status().ok()) {
    FailCheck(state, "no ROUGE case or no scorer");
    return;
  }
  for (const RougeCase& c : cases) {
    RougeScores scores;
    if (!scorer.Score(c.system, c.references, &scores).ok()) {
      FailCheck(state, "scoring failed");
      return;
    }
    for (const auto& [metric, want] : c.expected.items()) {
      const auto it = scores.find(metric);
      if (it == scores.end() || std::fabs(it->second.f - want["F"].get<double>()) > 5e-6 ||
          std::fabs(it->second.recall - want["R"].get<double>()) > 5e-6) {
        FailCheck(state, metric + " differs from the official script's value");
        return;
      }
    }
  }
  for (auto _ : state) {
    for (const RougeCase& c : cases) {
      RougeScores scores;
      benchmark::DoNotOptimize(scorer.Score(c.system, c.references, &scores));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * cases.size()));
}
BENCHMARK(BM_Rouge)->Arg(200)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis::bench
