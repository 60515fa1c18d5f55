// Copyright 2026 The Precis Authors.
//
// The development clusters the micro-benchmarks run on, loaded once, and the
// output checks every benchmark makes before it times anything.
#ifndef PRECIS_BENCH_MICRO_BENCH_DATA_H_
#define PRECIS_BENCH_MICRO_BENCH_DATA_H_

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <vector>

#include "precis/document.h"

namespace precis::bench {

// Where the development sets are (--data_dir, default "../shared/data",
// relative to the working directory) and how many clusters of each set to
// use (--clusters, 0 = all).
void SetDataDir(std::string dir);
void SetClusterLimit(size_t limit);

// The path of a file of the development sets.
std::string DataPath(const std::string& relative_path);

// The exit status when the development data cannot be read (ctest counts
// the check run as skipped, as other tests skip without the data).
inline constexpr int kNoData = 77;

// The first clusters of the JSONL development set at `relative_path` (under
// the data directory), as read. Loaded on first use; a set that cannot be
// read ends the program with a one-line message (status kNoData when the
// file cannot be opened).
const std::vector<RawCluster>& RawClusters(const std::string& relative_path);

// The same clusters cleaned and segmented (PreprocessCluster).
const std::vector<Cluster>& Clusters(const std::string& relative_path);

// Bytes of the documents as read (RawDocument::original), summed.
size_t OriginalBytes(const std::vector<RawCluster>& clusters);

// Records that a benchmark's output is wrong: the benchmark is reported
// skipped with `message`, and the program exits with status 1 at the end.
// Returns false, so that a check reads `if (!ok) return FailCheck(...)`.
bool FailCheck(benchmark::State& state, const std::string& message);
bool AnyCheckFailed();

// The two sets the benchmarks use: raw web text with its boilerplate, and
// the 25-document DUC clusters.
inline constexpr const char* kMultiNews = "multinews_sample/validation.jsonl";
inline constexpr const char* kDuc = "duc2006/clusters.jsonl";

}  // namespace precis::bench

#endif  // PRECIS_BENCH_MICRO_BENCH_DATA_H_
