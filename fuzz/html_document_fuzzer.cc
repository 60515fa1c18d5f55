// Copyright 2026 The Precis Authors.
//
// One html document, as read from a file: cleaned, segmented, summarized.
// The first byte chooses whether bad UTF-8 is repaired or refused (bit 0)
// and whether it is read as windows-1252 first (bit 1).
#include <cstddef>
#include <cstdint>
#include <string>

#include "document_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  precis::RawCluster raw;
  raw.id = "fuzz";
  raw.documents.push_back({"d", std::string(reinterpret_cast<const char*>(data) + 1, size - 1),
                           precis::DocumentFormat::kHtml, "fuzz.html"});
  precis::fuzz::PreprocessAndSummarize(raw, (data[0] & 1) != 0,
                                       (data[0] & 2) != 0 ? "windows-1252" : "");
  return 0;
}
