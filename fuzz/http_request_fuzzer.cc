// Copyright 2026 The Precis Authors.
//
// A request to the HTTP API, past the HTTP library: the first byte chooses
// the method, the second the path, the rest is the body. Every reply must
// be JSON (or the page) with a status the API documents.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "serve/api.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  static constexpr std::string_view kMethods[] = {"GET", "POST", "PUT", "DELETE"};
  static constexpr std::string_view kPaths[] = {
      "/", "/healthz", "/v1/methods", "/v1/summarize", "/v1/analyze", "/v1/rouge", "/v1/other"};
  const std::string_view method = kMethods[data[0] % 4];
  const std::string_view path = kPaths[data[1] % 7];
  const std::string_view body(reinterpret_cast<const char*>(data) + 2, size - 2);
  const precis::ApiReply reply = precis::HandleApiRequest(method, path, body);
  if (reply.status != 200 && reply.status != 400 && reply.status != 404 && reply.status != 405 &&
      reply.status != 422) {
    std::abort();
  }
  if (reply.body.empty()) std::abort();
  return 0;
}
