// Copyright 2026 The Precis Authors.
//
// One DUC SGML file: split into <DOC> elements, which are then extracted,
// cleaned, segmented and summarized as a cluster.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_fuzzer.h"
#include "io/duc_sgml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::RawCluster cluster;
  cluster.id = "fuzz";
  if (precis::SplitDucDocuments(bytes, "fuzz.sgml", &cluster.documents).ok()) {
    precis::fuzz::PreprocessAndSummarize(cluster, /*repair=*/true);
  }
  return 0;
}
