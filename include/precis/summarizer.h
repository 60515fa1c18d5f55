// Copyright 2026 The Precis Authors.
//
// Summarization of a preprocessed cluster to a budget, with citations.
#ifndef PRECIS_SUMMARIZER_H_
#define PRECIS_SUMMARIZER_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

struct SummaryOptions {
  // Registry name of the method (see ListMethods()).
  std::string method = "default";
  // The budget. `sentences` when non-zero, else `bytes` when non-zero, else
  // `words`; setting both `sentences` and `bytes` is InvalidArgument.
  // words: white-space separated words (as ROUGE's -l counts), >= 1.
  size_t words = 100;
  // bytes: UTF-8 bytes of the summary text, sentences joined by one space.
  size_t bytes = 0;
  // sentences: number of sentences.
  size_t sentences = 0;
  // Whole sentences only unless set: then the best sentence that no longer
  // fits is cut to fill the word or byte budget exactly (ignored for a
  // sentence budget).
  bool truncate = false;
  // Method `centroid` only (the `mmr` method reads "mmr.lambda" from
  // `parameters`): its MMR trade-off in [0, 1]; 1 ranks by relevance alone,
  // lower values penalize similarity to sentences already chosen.
  double mmr_lambda = 0.5;
  // Method `centroid` only: weight of the sentence-position prior relative
  // to centroid similarity, >= 0; 0 ignores position.
  double position_weight = 0.25;
  // Similarity (cosine over stemmed content words, in [0, 1]) above which a
  // sentence of another document counts as stating the same content.
  double support_threshold = 0.5;
  // Parameters of the methods, by "method.name" ("lexrank.damping" ->
  // "0.85"); docs/METHODS.md lists each method's, with defaults. A name
  // that the chosen method does not have (or that names no method), or a
  // value outside its range, is InvalidArgument. Parameters of other
  // methods than the chosen one are ignored.
  std::map<std::string, std::string> parameters;
};

struct SummarySentence {
  std::string text;                       // As cleaned; cut short when `truncated`.
  std::string doc;                        // Id of the source document.
  size_t doc_index = 0;                   // Index of that document in the cluster.
  int position = 0;                       // Sentence index within that document.
  Span span;                              // Byte span in that document's original bytes
                                          // (of the whole sentence, even when truncated).
  std::vector<std::string> supported_by;  // Other documents stating the same.
  bool truncated = false;
};

struct Summary {
  std::string cluster_id;
  std::string method;
  std::vector<SummarySentence> sentences;  // In reading order.
  // Documents with no text left after cleaning (all boilerplate): they
  // could not contribute, and the output says so.
  std::vector<std::string> empty_documents;
  // What the method wants the reader to know about how it got the result
  // ("ilp: time limit reached, greedy selection used").
  std::vector<std::string> notes;
  size_t words = 0;  // Total white-space separated words.
  size_t bytes = 0;  // UTF-8 bytes of text().
  // The sentences joined by single spaces.
  std::string text() const;
};

// Names of the available methods, sorted.
std::vector<std::string> ListMethods();

// One line on what method `name` does, "" for an unknown name.
std::string DescribeMethod(const std::string& name);

// Summarizes `cluster` (from PreprocessCluster) within the budget. The result
// is deterministic: the same input and options give the same summary.
// Errors: InvalidArgument for an unknown method or a bad budget; EmptyInput
// when the cluster has no sentences.
Status Summarize(const Cluster& cluster, const SummaryOptions& options, Summary* summary);

}  // namespace precis

#endif  // PRECIS_SUMMARIZER_H_
