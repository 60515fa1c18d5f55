// Copyright 2026 The Precis Authors.
//
// FactVectors: each sentence of a cluster as a tf-idf vector over terms
// normalized so that sources stating the same fact in different words meet:
// word stems, numbers by value ("five" = "5", "$1.2 million" = "1200000"),
// months and weekdays by number ("Dec." = "December"), common aliases by
// one name ("U.S." = "United States"), and every reporting verb ("said",
// "told", "according") as one term. Support for summary sentences and the
// shared facts of `precis analyze` both measure similarity here.
#ifndef PRECIS_ATTRIBUTE_FACT_VECTORS_H_
#define PRECIS_ATTRIBUTE_FACT_VECTORS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/cluster_model.h"
#include "precis/document.h"
#include "similarity/sparse_vector.h"

namespace precis {

// The normalized terms of `text` in order ("#5", "@m12", "~say", "usa",
// stems). Stopwords and single letters are left out.
std::vector<std::string> FactTerms(std::string_view text);

class FactVectors {
 public:
  // Sentences are numbered as the model numbers them: by document, then by
  // position. The model's tokens are used; its cluster must outlive this
  // object (the model need not).
  explicit FactVectors(const ClusterModel& model);

  size_t size() const { return vectors_.size(); }
  int doc(int sentence) const { return docs_[static_cast<size_t>(sentence)]; }
  int position(int sentence) const { return positions_[static_cast<size_t>(sentence)]; }
  const Sentence& text(int sentence) const;
  const SparseVector& vector(int sentence) const { return vectors_[static_cast<size_t>(sentence)]; }
  // Cosine of the two sentences' vectors, in [0, 1].
  float Similarity(int a, int b) const;

  // Every pair (a, b), a < b, of sentences from different documents with
  // similarity >= threshold, and that similarity, in order of a, then b.
  // Found through an inverted index, so sentences sharing no term are never
  // compared. Bounded on any input, by limits no cluster of a few thousand
  // sentences reaches: a term in more than kMostPostings sentences finds no
  // pair (it still counts in the similarity of pairs found through other
  // terms); each a keeps its kMostNeighbours most similar partners b > a;
  // and after kMostPostingVisits index entries read or kMostPairs pairs
  // found, later sentences find no new pair.
  // REQUIRES: threshold > 0.
  using Pairs = std::vector<std::pair<std::pair<int, int>, float>>;
  Pairs SimilarPairs(float threshold) const;
  static constexpr size_t kMostPostings = 2000;
  static constexpr size_t kMostNeighbours = 256;
  static constexpr size_t kMostPostingVisits = size_t{128} << 20;
  static constexpr size_t kMostPairs = size_t{1} << 20;

 private:
  const Cluster* cluster_;
  std::vector<int> docs_, positions_;
  std::vector<SparseVector> vectors_;
};

// Indices of the documents other than sentence `index`'s own that hold a
// sentence whose similarity with it is at least `threshold`, in cluster
// order. REQUIRES: 0 <= index < vectors.size(); threshold in (0, 1].
std::vector<int> SupportingDocuments(const FactVectors& vectors, int index, double threshold);

// The same for each of `sentences`, through an index of the sentences that
// share a term with them (no other sentence can reach a positive
// threshold), so that a long summary of a large cluster is not compared
// with every sentence; the search for one sentence stops once every other
// document supports it. Bounded: after kMostSupportWork index entries
// read, the sentences left get fewer or no documents and *complete (if
// given) is set to false; no cluster of ten thousand articles with a
// summary of a hundred sentences reaches it.
std::vector<std::vector<int>> SupportingDocuments(const FactVectors& vectors,
                                                  const std::vector<int>& sentences,
                                                  double threshold, bool* complete = nullptr);
constexpr size_t kMostSupportWork = size_t{64} << 20;

}  // namespace precis

#endif  // PRECIS_ATTRIBUTE_FACT_VECTORS_H_
