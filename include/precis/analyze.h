// Copyright 2026 The Precis Authors.
//
// What the sources of a cluster agree on, where they differ, and who said
// what: the report of `precis analyze`.
#ifndef PRECIS_ANALYZE_H_
#define PRECIS_ANALYZE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"
#include "precis/preprocess.h"
#include "precis/status.h"

namespace precis {

struct AnalyzeOptions {
  // Similarity (cosine of normalized term vectors, docs/ANALYZE.md) at which
  // two sentences of different documents state the same fact.
  double shared_threshold = 0.5;
  // A sentence whose best similarity with every other document stays below
  // this is reported as unique to its document.
  double unique_threshold = 0.25;
};

// A place in a document: its id, index in the cluster, and a byte span of
// its original bytes.
struct SourceSpan {
  std::string doc;
  size_t doc_index = 0;
  Span span;
};

// Sentences of several documents that state the same thing.
struct SharedFact {
  std::string text;                   // The representative sentence.
  SourceSpan source;                  // Where the representative is.
  std::vector<SourceSpan> sentences;  // Every member, representative first.
  std::vector<std::string> docs;      // Supporting documents, cluster order.
};

// A sentence that no other document states.
struct UniqueFact {
  std::string text;
  SourceSpan source;
};

struct DocumentUniqueFacts {
  std::string doc;
  std::vector<UniqueFact> facts;  // In document order.
};

enum class DifferenceKind { kNumber, kDate, kName };

// "number", "date" or "name".
const char* DifferenceKindName(DifferenceKind kind);

struct DifferenceValue {
  std::string value;       // As the text first writes it.
  std::string normalized;  // What the comparison used ("12-25", "5%").
  std::vector<std::string> docs;
  std::vector<SourceSpan> spans;  // Every mention.
};

// One slot that sources fill differently: two values or more, none shared.
struct Difference {
  DifferenceKind kind = DifferenceKind::kNumber;
  std::vector<DifferenceValue> values;  // Most documents first.
  std::string context;                  // A sentence holding the first value.
  // How surely the values fill one slot, 0 to 1, two decimals: the
  // similarity of the sentences plus a tenth per context word they share
  // around the values; 1 for two spellings of a name. Differences come
  // strongest first.
  double confidence = 0.0;
};

// A direct quotation and who said it.
struct Quotation {
  std::string text;         // The longest version, without quotation marks.
  std::string speaker;      // "Sony", "a U.S. government source"; "" if unknown.
  std::string attribution;  // The attributing words ("Sony said in a statement").
  std::vector<std::string> docs;
  std::vector<SourceSpan> spans;  // Each document's quotation.
};

struct Analysis {
  std::string cluster_id;
  std::vector<std::string> documents;        // Ids, cluster order.
  std::vector<std::string> empty_documents;  // All boilerplate.
  std::vector<SharedFact> shared;            // Most supporting documents first.
  std::vector<DocumentUniqueFacts> unique;   // One entry per document.
  std::vector<Difference> differences;
  std::vector<Quotation> quotes;  // Most documents first, then document order.
  // What the reader should know about how the analysis was bounded (a
  // cluster too large to compare in full); usually empty.
  std::vector<std::string> notes;
};

// Analyzes `cluster` (from PreprocessCluster). Deterministic.
// Errors: InvalidArgument for thresholds outside (0, 1]; EmptyInput when
// the cluster has no sentence.
Status Analyze(const Cluster& cluster, const AnalyzeOptions& options, Analysis* analysis);

// PreprocessCluster, then Analyze.
Status AnalyzeRawCluster(const RawCluster& raw, const PreprocessOptions& preprocess,
                         const AnalyzeOptions& options, Analysis* analysis);

}  // namespace precis

#endif  // PRECIS_ANALYZE_H_
