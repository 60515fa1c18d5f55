// Copyright 2026 The Precis Authors.
//
// One JSONL line as `precis batch` and the readers take it: parsed, then,
// when it is a cluster, cleaned, segmented and summarized.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_fuzzer.h"
#include "precis/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  precis::RawCluster cluster;
  if (precis::ParseJsonCluster(line, "fuzz.jsonl:1", "fuzz-1", &cluster).ok()) {
    precis::fuzz::PreprocessAndSummarize(cluster, /*repair=*/true);
  }
  return 0;
}
