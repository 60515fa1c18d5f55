// Copyright 2026 The Precis Authors.
//
// The ROUGE input as the service and the Python module read it (a system
// summary and its references, one or many items, with options), then
// scored when it is valid, with a small bootstrap.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/rouge.h"
#include "serve/request.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  std::vector<precis::RougeItem> items;
  precis::RougeEvalOptions options;
  if (!precis::ParseRougeRequest(body, &items, &options).ok()) return 0;
  if (options.resamples > 20) options.resamples = 20;
  options.threads = 1;
  precis::RougeReport report;
  static_cast<void>(precis::EvaluateRouge(items, options, &report));
  return 0;
}
