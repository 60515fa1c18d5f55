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
#include "precis/thread_limit.h"

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
  // Worker threads, at most kMostThreads; 0 means one per hardware thread.
  size_t threads = 0;
  // Resuming a run that answered input lines 1..resume_after_line (one
  // record each, the last for the cluster `resume_last_id`): those lines
  // are read again but not answered, and the line resume_after_line must
  // hold that cluster, else RunBatch fails with InvalidArgument before
  // writing anything (the input is not the one the output came from).
  size_t resume_after_line = 0;
  std::string resume_last_id;
};

struct BatchStats {
  size_t clusters = 0;  // Lines answered so far (results and errors).
  size_t errors = 0;    // Of which error records.
  size_t skipped = 0;   // Lines answered by the run being resumed.
};

// Reads clusters line by line from `in` (named `origin` in messages) and
// writes to `out` exactly one JSON line per input line, in input order: the
// summary as SummaryToJson(summary, line) writes it, or {"id": ...,
// "line": N, "error": "..."} for a line that fails, blank lines included
// (the others still go through). Lines are written whole, several at a
// time (those finished in order once half the window of lines in flight
// is), and flushed, so an interrupted run leaves complete lines only (but
// for a kill in the middle of writing, which ResumePoint() drops).
// Memory stays bounded by that window, whatever the input size.
// `progress`, when set, is called once for each written line, in order,
// from the calling thread. Returns IOError when reading or writing fails or the
// workers cannot be started, InvalidArgument for more than kMostThreads;
// per-cluster failures are records, not errors.
Status RunBatch(std::istream& in, const std::string& origin, std::ostream& out,
                const BatchOptions& options, BatchStats* stats,
                const std::function<void(const BatchStats&)>& progress = nullptr);

// Where to resume a batch whose output file is `out_path`: reads the file,
// cuts off an incomplete last line (a run killed while writing it), and
// sets *after_line and *last_id from the last record (0 and "" when the
// file is missing or empty). InvalidArgument when the file is not the
// output of one `precis batch` run: a last line that is no batch record, or
// a count of records other than the last record's line number.
Status ResumePoint(const std::string& out_path, size_t* after_line, std::string* last_id);

}  // namespace precis

#endif  // PRECIS_BATCH_H_
