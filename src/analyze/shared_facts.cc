// Copyright 2026 The Precis Authors.
#include "analyze/shared_facts.h"

#include <algorithm>
#include <numeric>

#include "base/words.h"

namespace precis {
namespace {

constexpr size_t kMinFactWords = 5;

SourceSpan SpanOf(const Cluster& cluster, const FactVectors& facts, int s) {
  SourceSpan out;
  out.doc_index = static_cast<size_t>(facts.doc(s));
  out.doc = cluster.documents[out.doc_index].id;
  out.span = facts.text(s).span;
  return out;
}

}  // namespace

void FindSharedFacts(const Cluster& cluster, const FactVectors& facts,
                     const std::vector<SentenceMentions>& mentions,
                     const FactVectors::Pairs& all_pairs, const AnalyzeOptions& options,
                     Analysis* analysis) {
  const size_t n = facts.size();
  std::vector<bool> eligible(n);
  for (size_t s = 0; s < n; ++s) {
    const Sentence& sentence = facts.text(static_cast<int>(s));
    eligible[s] = !sentence.is_heading && CountWords(sentence.text) >= kMinFactWords;
  }
  const float low =
      static_cast<float>(std::min(options.shared_threshold, options.unique_threshold));
  FactVectors::Pairs pairs;
  for (const auto& pair : all_pairs) {
    if (pair.second >= low) pairs.push_back(pair);
  }
  std::vector<bool> near_other(n, false);
  for (const auto& [pair, similarity] : pairs) {
    if (similarity >= options.unique_threshold) {
      near_other[static_cast<size_t>(pair.first)] = near_other[static_cast<size_t>(pair.second)] =
          true;
    }
  }
  // Strongest pairs first; a group holds at most one sentence per document.
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<size_t> group(n);
  std::iota(group.begin(), group.end(), 0);
  std::vector<std::vector<int>> members(n);
  for (size_t s = 0; s < n; ++s) members[s] = {static_cast<int>(s)};
  for (const auto& [pair, similarity] : pairs) {
    if (similarity < options.shared_threshold) break;
    const auto [a, b] = pair;
    if (!eligible[static_cast<size_t>(a)] || !eligible[static_cast<size_t>(b)]) continue;
    size_t ga = group[static_cast<size_t>(a)], gb = group[static_cast<size_t>(b)];
    if (ga == gb) continue;
    bool clash = false;
    for (int x : members[ga]) {
      for (int y : members[gb]) clash = clash || facts.doc(x) == facts.doc(y);
    }
    if (clash) continue;
    if (ga > gb) std::swap(ga, gb);
    for (int y : members[gb]) {
      members[ga].push_back(y);
      group[static_cast<size_t>(y)] = ga;
    }
    members[gb].clear();
  }
  std::vector<SharedFact> shared;
  for (size_t g = 0; g < n; ++g) {
    std::vector<int>& list = members[g];
    if (list.size() < 2) continue;
    // The representative: closest to the others, earliest on ties.
    int best = list.front();
    float best_sum = -1;
    for (int x : list) {
      float sum = 0;
      for (int y : list) sum += x == y ? 0.0f : facts.Similarity(x, y);
      if (sum > best_sum + 1e-6f || (std::abs(sum - best_sum) <= 1e-6f && x < best)) {
        best_sum = sum;
        best = x;
      }
    }
    std::sort(list.begin(), list.end(), [&](int x, int y) {
      if ((x == best) != (y == best)) return x == best;
      return x < y;
    });
    SharedFact fact;
    fact.text = facts.text(best).text;
    fact.source = SpanOf(cluster, facts, best);
    std::vector<int> docs;
    for (int x : list) {
      fact.sentences.push_back(SpanOf(cluster, facts, x));
      docs.push_back(facts.doc(x));
    }
    std::sort(docs.begin(), docs.end());
    for (int d : docs) fact.docs.push_back(cluster.documents[static_cast<size_t>(d)].id);
    shared.push_back(std::move(fact));
  }
  std::vector<size_t> order(shared.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (shared[a].docs.size() != shared[b].docs.size()) {
      return shared[a].docs.size() > shared[b].docs.size();
    }
    const auto& x = shared[a].source;
    const auto& y = shared[b].source;
    return x.doc_index != y.doc_index ? x.doc_index < y.doc_index : x.span.begin < y.span.begin;
  });
  for (size_t k : order) analysis->shared.push_back(std::move(shared[k]));

  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    analysis->unique.push_back({cluster.documents[d].id, {}});
  }
  for (size_t s = 0; s < n; ++s) {
    if (!eligible[s] || near_other[s] || mentions[s].mentions.empty()) continue;
    const int index = static_cast<int>(s);
    analysis->unique[static_cast<size_t>(facts.doc(index))].facts.push_back(
        {facts.text(index).text, SpanOf(cluster, facts, index)});
  }
}

}  // namespace precis
