// Copyright 2026 The Precis Authors.
//
// precis_micro_bench: google-benchmark's flags, plus
//   --data_dir=DIR   the development sets (default ../shared/data)
//   --clusters=N     use the first N clusters of each set (default: all)
// Exits 1 when a benchmark's output check failed (docs/BENCHMARKS.md).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "bench_data.h"

int main(int argc, char** argv) {
  std::vector<char*> passed_on;
  for (int i = 0; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--data_dir=")) {
      precis::bench::SetDataDir(std::string(arg.substr(11)));
    } else if (arg.starts_with("--clusters=")) {
      char* end = nullptr;
      const unsigned long limit = std::strtoul(argv[i] + 11, &end, 10);
      if (end == argv[i] + 11 || *end != '\0') {
        std::fprintf(stderr, "precis_micro_bench: --clusters needs a number\n");
        return 2;
      }
      precis::bench::SetClusterLimit(limit);
    } else {
      passed_on.push_back(argv[i]);
    }
  }
  int passed_on_count = static_cast<int>(passed_on.size());
  benchmark::Initialize(&passed_on_count, passed_on.data());
  if (benchmark::ReportUnrecognizedArguments(passed_on_count, passed_on.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (precis::bench::AnyCheckFailed()) {
    std::fprintf(stderr, "precis_micro_bench: an output check failed (see the skipped rows)\n");
    return 1;
  }
  return 0;
}
