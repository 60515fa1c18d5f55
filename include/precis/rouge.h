// Copyright 2026 The Precis Authors.
//
// ROUGE as the official ROUGE-1.5.5 script computes it: ROUGE-N, ROUGE-L
// (summary-level union LCS), ROUGE-W, ROUGE-S* and ROUGE-SU*, with the
// script's tokenization, length limits, stemming and multi-reference pooling,
// and its rounding: R and P printed to 5 decimals, F computed from those.
// On request (RougeFlavor::kRougeScore), as Google's rouge_score package
// computes it instead.
#ifndef PRECIS_ROUGE_H_
#define PRECIS_ROUGE_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "precis/status.h"
#include "precis/thread_limit.h"

namespace precis {

// A summary as the script reads it: one string per sentence (a line of an
// SPL file). Sentence boundaries matter for ROUGE-L and ROUGE-W only.
using RougeSummary = std::vector<std::string>;

// Whose numbers: the official ROUGE-1.5.5 script's (metric names
// "ROUGE-1", ...), or Google's rouge_score package's ("rouge1", ...,
// "rougeL", "rougeLsum"; docs/ROUGE.md lists how the two differ).
enum class RougeFlavor { kOfficial, kRougeScore };

struct RougeOptions {
  RougeFlavor flavor = RougeFlavor::kOfficial;
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
  // -L: compute ROUGE-L (rouge_score: rougeL, one LCS over the whole text).
  bool lcs = true;
  // rouge_score's rougeLsum (summary-level LCS over lines); that flavor only.
  bool lcs_summary = false;
};

struct RougeValue {
  double recall = 0;  // Official flavor: rounded to 5 decimals, as the script
                      // prints it; rouge_score flavor: not rounded.
  double precision = 0;
  double f = 0;
};

// Metric name ("ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", "ROUGE-S4",
// "ROUGE-S*", "ROUGE-SU*") -> value.
using RougeScores = std::map<std::string, RougeValue>;

// ROUGE-L and ROUGE-W compare every word of the system summary with every
// word of each reference (after -l / -b); Score refuses (InvalidInput) a
// system and references whose comparisons together exceed this, some
// 45,000 words against 45,000, or with ROUGE-W asked for (its dynamic
// programme visits every pair, ROUGE-L's LCS 64 at a time) the second,
// some 14,000 against 14,000.
constexpr size_t kMostLcsComparisons = size_t{2000} * 1000 * 1000;
constexpr size_t kMostWeightedLcsComparisons = size_t{200} * 1000 * 1000;

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

// One scored unit: a system summary and its references, under one id.
struct RougeItem {
  std::string id;
  RougeSummary system;
  std::vector<RougeSummary> references;
};

// Reads system summaries and references and pairs them by id, in the order
// of the system file.
//   system:     JSONL {"id", "summary": "text" | ["sentence", ...]} (what
//               `precis batch` writes works as is: its "sentences" texts are
//               used), or a directory of files (id = file name without
//               extension, one sentence per line).
//   references: JSONL {"id", "summaries": ["text" | ["sentence", ...], ...]}
//               (the development sets' files work as is), or a directory of
//               files ID.* or of subdirectories ID/ holding one file per
//               reference.
// A summary given as one string is split into sentences by Precis's
// sentence splitter (line breaks always end a sentence). An id on one side
// only is an error naming it, unless `allow_missing`: then it is left out
// and counted in *left_out. Errors: NotFound, IOError, InvalidInput (file
// and line named).
//
// `split` says how a summary given as one string becomes sentences: by the
// sentence splitter, or (as rouge_score reads text) at line breaks only.
enum class RougeTextSplit { kSentences, kLines };
Status LoadRougeItems(const std::string& system_path, const std::string& references_path,
                      bool allow_missing, std::vector<RougeItem>* items, size_t* left_out,
                      RougeTextSplit split = RougeTextSplit::kSentences);

// A summary given as one string, split into sentences as LoadRougeItems
// splits one.
RougeSummary SplitRougeSummary(const std::string& text,
                               RougeTextSplit split = RougeTextSplit::kSentences);

// Parses a metric list such as "1,2,L,SU4" or "1,2,3,4,L,W,S4,SU*" into
// options (max_n, lcs, w_weight, skip settings) and the metric names to
// report, in the order given. For options->flavor kRougeScore the list
// names rouge_score's metrics: "rouge1,rouge2,rougeL,rougeLsum" (or
// "1,2,L,Lsum"). InvalidArgument names an unknown entry.
Status ParseRougeMetrics(const std::string& list, RougeOptions* options,
                         std::vector<std::string>* metrics);

struct RougeAverage {
  RougeValue mean;  // Plain mean of the per-summary values.
  // Bootstrap percentile interval of the mean (all 0 when resamples == 0).
  RougeValue low, high;
};

struct RougeReport {
  std::vector<std::string> metrics;      // Reported, in order.
  std::vector<std::string> ids;          // One per item.
  std::vector<RougeScores> per_summary;  // One per item.
  std::map<std::string, RougeAverage> average;
  size_t left_out = 0;  // Items dropped by allow_missing.
  double confidence = 0.95;
  size_t resamples = 0;
};

struct RougeEvalOptions {
  RougeOptions rouge;
  std::vector<std::string> metrics = {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"};
  // Bootstrap: confidence level in (0, 1) and number of resamples (0: none).
  double confidence = 0.95;
  size_t resamples = 1000;
  uint64_t seed = 1;   // The same seed gives the same intervals.
  size_t threads = 0;  // Scoring threads, at most kMostThreads; 0 = one per hardware thread.
};

// Scores every item and averages. Errors: InvalidArgument for bad options
// or no items.
Status EvaluateRouge(const std::vector<RougeItem>& items, const RougeEvalOptions& options,
                     RougeReport* report);

// The report as one JSON object: {"count", "left_out", "confidence",
// "resamples", "ROUGE-1": {"R", "P", "F", "R_low", "R_high", ...}, ...}.
std::string RougeReportToJson(const RougeReport& report);
// One JSON line per item: {"id", "ROUGE-1": {"R", "P", "F"}, ...}.
std::string RougePerSummaryJsonLines(const RougeReport& report);
// A table for people: metric, R, P, F and the F interval.
std::string RougeReportToText(const RougeReport& report);

}  // namespace precis

#endif  // PRECIS_ROUGE_H_
