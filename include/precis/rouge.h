// Copyright 2026 The Precis Authors.
//
// ROUGE as the official ROUGE-1.5.5 script computes it: ROUGE-N, ROUGE-L
// (summary-level union LCS), ROUGE-W, ROUGE-S* and ROUGE-SU*, with the
// script's tokenization, length limits, stemming and multi-reference pooling,
// and its rounding: R and P printed to 5 decimals, F computed from those.
#ifndef PRECIS_ROUGE_H_
#define PRECIS_ROUGE_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis {

// A summary as the script reads it: one string per sentence (a line of an
// SPL file). Sentence boundaries matter for ROUGE-L and ROUGE-W only.
using RougeSummary = std::vector<std::string>;

struct RougeOptions {
  // -m: Porter stemmer for tokens longer than 3 characters, after a look-up
  // in the WordNet exception list (irregular forms).
  bool stem = false;
  // -s: remove the script's stopwords (the SMART list) before counting;
  // n-grams then join the words on either side of a removed one.
  bool remove_stopwords = false;
  // -l: cut the system and every reference after this many words; 0 = none.
  size_t words = 0;
  // -b: cut after this many bytes; 0 = none. Exclusive with `words`.
  size_t bytes = 0;
  // -p: weight of recall in F = P R / ((1 - alpha) P + alpha R), in [0, 1].
  double alpha = 0.5;
  // -f: "A" pools hits and counts over the references; "B" takes the
  // reference with the best recall.
  bool best_reference = false;
  // -n: ROUGE-1 .. ROUGE-max_n, 0 to 9.
  int max_n = 4;
  // -w: weight of ROUGE-W (> 1); 0 leaves ROUGE-W out.
  double w_weight = 1.2;
  // -2 / -u: skip distance of ROUGE-S (negative: unlimited), and whether
  // unigrams are added (ROUGE-SU). skip_distance 0 with skip_bigrams false
  // leaves ROUGE-S out.
  bool skip_bigrams = true;
  int skip_distance = 4;
  bool skip_unigrams = true;
  // -L: compute ROUGE-L.
  bool lcs = true;
};

struct RougeValue {
  double recall = 0;     // As printed by the script: rounded to 5 decimals.
  double precision = 0;
  double f = 0;
};

// Metric name ("ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", "ROUGE-S4",
// "ROUGE-S*", "ROUGE-SU*") -> value.
using RougeScores = std::map<std::string, RougeValue>;

// Scores summaries. Construction loads the stemmer's exception list when
// options.stem is set. Thread-safe after construction (Score is const).
class RougeScorer {
 public:
  explicit RougeScorer(const RougeOptions& options);
  ~RougeScorer();
  RougeScorer(const RougeScorer&) = delete;
  RougeScorer& operator=(const RougeScorer&) = delete;

  // OK unless the options are invalid or a resource the stemmer needs is
  // missing (then Score fails with the same status).
  const Status& status() const { return status_; }

  // Scores `system` against one or more `references`. An empty system (or
  // one with no tokens) scores 0. Returns InvalidArgument when there is no
  // reference or the options are invalid.
  Status Score(const RougeSummary& system, const std::vector<RougeSummary>& references,
               RougeScores* scores) const;

 private:
  struct Impl;
  RougeOptions options_;
  Status status_;
  Impl* impl_;
};

}  // namespace precis

#endif  // PRECIS_ROUGE_H_
