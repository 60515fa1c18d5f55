// Copyright 2026 The Precis Authors.
#include "analyze/shared_facts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

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

// The member of `list` whose similarities with the others sum highest,
// the earliest on ties. Up to kMostPairwise members, pair by pair; beyond,
// through the sum of the members' unit vectors (the same sums, but for
// rounding and the clamp at 1), so that a fact restated by thousands of
// documents costs time linear in them.
constexpr size_t kMostPairwise = 100;
int Representative(const FactVectors& facts, const std::vector<int>& list) {
  std::vector<float> sums(list.size(), 0.0f);
  if (list.size() <= kMostPairwise) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (int y : list) sums[i] += list[i] == y ? 0.0f : facts.Similarity(list[i], y);
    }
  } else {
    std::unordered_map<int32_t, double> total;
    for (int y : list) {
      const SparseVector& v = facts.vector(y);
      if (v.norm() <= 0) continue;
      for (const auto& [term, weight] : v.entries()) total[term] += weight / v.norm();
    }
    for (size_t i = 0; i < list.size(); ++i) {
      const SparseVector& v = facts.vector(list[i]);
      if (v.norm() <= 0) continue;
      double dot = 0;
      for (const auto& [term, weight] : v.entries()) dot += weight / v.norm() * total[term];
      sums[i] = static_cast<float>(dot - 1.0);  // Less its similarity with itself.
    }
  }
  int best = list.front();
  float best_sum = -1;
  for (size_t i = 0; i < list.size(); ++i) {
    const int x = list[i];
    if (sums[i] > best_sum + 1e-6f || (std::abs(sums[i] - best_sum) <= 1e-6f && x < best)) {
      best_sum = sums[i];
      best = x;
    }
  }
  return best;
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
  // The documents of each group, to see in time proportional to the
  // smaller group whether two groups share one.
  std::vector<std::unordered_set<int>> docs_of(n);
  for (size_t s = 0; s < n; ++s) {
    members[s] = {static_cast<int>(s)};
    docs_of[s] = {facts.doc(static_cast<int>(s))};
  }
  for (const auto& [pair, similarity] : pairs) {
    if (similarity < options.shared_threshold) break;
    const auto [a, b] = pair;
    if (!eligible[static_cast<size_t>(a)] || !eligible[static_cast<size_t>(b)]) continue;
    size_t ga = group[static_cast<size_t>(a)], gb = group[static_cast<size_t>(b)];
    if (ga == gb) continue;
    const bool a_smaller = docs_of[ga].size() < docs_of[gb].size();
    const std::unordered_set<int>& fewer = a_smaller ? docs_of[ga] : docs_of[gb];
    const std::unordered_set<int>& more = a_smaller ? docs_of[gb] : docs_of[ga];
    if (std::any_of(fewer.begin(), fewer.end(), [&](int d) { return more.count(d) > 0; })) {
      continue;
    }
    if (ga > gb) std::swap(ga, gb);
    for (int y : members[gb]) {
      members[ga].push_back(y);
      group[static_cast<size_t>(y)] = ga;
    }
    members[gb].clear();
    docs_of[ga].insert(docs_of[gb].begin(), docs_of[gb].end());
    docs_of[gb].clear();
  }
  std::vector<SharedFact> shared;
  for (size_t g = 0; g < n; ++g) {
    std::vector<int>& list = members[g];
    if (list.size() < 2) continue;
    // The representative: closest to the others, earliest on ties.
    const int best = Representative(facts, list);
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
