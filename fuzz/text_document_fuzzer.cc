// Copyright 2026 The Precis Authors.
//
// One text document, as read from a file: cleaned, segmented, summarized.
// The first byte chooses whether bad UTF-8 is repaired or refused.
#include <cstddef>
#include <cstdint>
#include <string>

#include "document_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  precis::RawCluster raw;
  raw.id = "fuzz";
  raw.documents.push_back({"d", std::string(reinterpret_cast<const char*>(data) + 1, size - 1),
                           precis::DocumentFormat::kText, "fuzz.text"});
  precis::fuzz::PreprocessAndSummarize(raw, (data[0] & 1) != 0);
  return 0;
}
