// Copyright 2026 The Precis Authors.
//
// LSA summarization as Steinberger & Jezek (2004) score it: with the
// term-by-sentence matrix A = U S V^T, a sentence's salience is the length
// of its vector in the latent space, sqrt(sum_i s_i^2 v_ki^2), over the
// dimensions kept. Dimensions are kept while their singular value is at
// least lsa.ratio (default 0.5) times the largest (the paper fixes a
// number of dimensions; a ratio adapts to cluster size). Sentences are
// taken by salience; lsa.redundancy < 1 skips near repeats (off by
// default, as in the paper). Departures: A holds the cluster's tf-idf
// weights of stemmed content words, and V and S come from the eigen
// decomposition of the sentence Gram matrix A^T A (Eigen), which has the
// same V and S^2 and is small when sentences are fewer than words; above
// a few hundred candidates only its largest eigenpairs are computed
// (Spectra), since the ratio keeps few dimensions.
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <memory>

#include "summarize/largest_eigenpairs.h"
#include "summarize/selection.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

// More candidates than lsa.candidates (default 1000): the most relevant
// ones (LimitCandidates).
constexpr double kDefaultLsaCandidates = 1000;

class LsaSummarizer : public RankingSummarizer {
 public:
  explicit LsaSummarizer(MethodParameters* p)
      : RankingSummarizer(
            p->Number("redundancy", 1.0, 0.0, 1.0),
            static_cast<size_t>(p->Number("candidates", kDefaultLsaCandidates, 1.0, 1e6))),
        ratio_(p->Number("ratio", 0.5, 0.0, 1.0)),
        normalize_(p->Number("normalize", 1.0, 0.0, 1.0) > 0.5) {}

 protected:
  std::vector<double> Scores(const ClusterModel& model,
                             const std::vector<int>& candidates) const override {
    const Eigen::Index n = static_cast<Eigen::Index>(candidates.size());
    if (n == 0) return {};
    Eigen::MatrixXd gram(n, n);
    for (Eigen::Index i = 0; i < n; ++i) {
      const SparseVector& a =
          model.sentences()[static_cast<size_t>(candidates[static_cast<size_t>(i)])].tfidf;
      for (Eigen::Index j = i; j < n; ++j) {
        const SparseVector& b =
            model.sentences()[static_cast<size_t>(candidates[static_cast<size_t>(j)])].tfidf;
        gram(i, j) = gram(j, i) = normalize_ ? Cosine(a, b) : Dot(a, b);
      }
    }
    Eigen::VectorXd eigenvalues;  // Descending: s_i^2.
    Eigen::MatrixXd v;            // Their eigenvectors, as columns.
    LargestEigenpairs(gram, ratio_ * ratio_, &eigenvalues, &v);
    std::vector<double> scores(candidates.size(), 0.0);
    const double largest = eigenvalues.size() > 0 ? std::max(0.0, eigenvalues(0)) : 0.0;
    for (Eigen::Index d = 0; d < eigenvalues.size(); ++d) {
      const double s2 = eigenvalues(d);
      // s >= ratio * s_max  <=>  s^2 >= ratio^2 * s_max^2.
      if (!(s2 > 0) || s2 < ratio_ * ratio_ * largest) break;
      for (Eigen::Index k = 0; k < n; ++k) scores[static_cast<size_t>(k)] += s2 * v(k, d) * v(k, d);
    }
    for (double& s : scores) s = std::sqrt(s);
    return scores;
  }

  static double Dot(const SparseVector& a, const SparseVector& b) {
    double sum = 0;
    auto x = a.entries().begin(), y = b.entries().begin();
    while (x != a.entries().end() && y != b.entries().end()) {
      if (x->first < y->first) {
        ++x;
      } else if (y->first < x->first) {
        ++y;
      } else {
        sum += double{x->second} * y->second;
        ++x;
        ++y;
      }
    }
    return sum;
  }

 private:
  double ratio_;
  bool normalize_;
};

}  // namespace

std::unique_ptr<Summarizer> NewLsaSummarizer(const SummaryOptions&, MethodParameters* parameters) {
  return std::make_unique<LsaSummarizer>(parameters);
}

}  // namespace precis
