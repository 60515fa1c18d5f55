// Copyright 2026 The Precis Authors.
//
// Batch summarization: many clusters, streamed, on several threads, results
// in input order. Also the one-call path from raw documents to a summary.
#ifndef PRECIS_BATCH_H_
#define PRECIS_BATCH_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>

#include "precis/document.h"
#include "precis/preprocess.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

// Preprocesses and summarizes one raw cluster.
Status SummarizeRawCluster(const RawCluster& raw, const PreprocessOptions& preprocess,
                           const SummaryOptions& options, Summary* summary);

struct BatchOptions {
  // Line format of the input: kJsonl, kMultiNews or kAuto (decided from the
  // first non-blank line).
  InputFormat input = InputFormat::kJsonl;
  ReadOptions read;
  PreprocessOptions preprocess;
  SummaryOptions summary;
  // Worker threads; 0 means one per hardware thread.
  size_t threads = 0;
};

struct BatchStats {
  size_t clusters = 0;  // Lines answered so far (results and errors).
  size_t errors = 0;    // Of which error records.
};

// Reads clusters line by line from `in` (named `origin` in messages) and
// writes to `out` exactly one JSON line per non-blank input line, in input
// order: the summary as SummaryToJson() writes it, or
// {"id": ..., "line": N, "error": "..."} for a line that fails (the others
// still go through). Memory stays bounded by a window of lines in flight,
// whatever the input size. `progress`, when set, is called after each
// written line from the calling thread. Returns IOError when reading or
// writing fails; per-cluster failures are records, not errors.
Status RunBatch(std::istream& in, const std::string& origin, std::ostream& out,
                const BatchOptions& options, BatchStats* stats,
                const std::function<void(const BatchStats&)>& progress = nullptr);

}  // namespace precis

#endif  // PRECIS_BATCH_H_
