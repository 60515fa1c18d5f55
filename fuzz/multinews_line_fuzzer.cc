// Copyright 2026 The Precis Authors.
//
// One Multi-News line ("|||||" between documents, NEWLINE_CHAR for line
// breaks): parsed, cleaned, segmented and summarized.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_fuzzer.h"
#include "precis/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  precis::RawCluster cluster;
  if (precis::ParseMultiNewsCluster(line, "fuzz.src:1", "fuzz-1", &cluster).ok()) {
    precis::fuzz::PreprocessAndSummarize(cluster, /*repair=*/true);
  }
  return 0;
}
