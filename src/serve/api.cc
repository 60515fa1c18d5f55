// Copyright 2026 The Precis Authors.
#include "serve/api.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/analyze.h"
#include "precis/batch.h"
#include "precis/format.h"
#include "precis/rouge.h"
#include "precis/summarizer.h"
#include "serve/page.h"
#include "serve/request.h"

namespace precis {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A request that fails while its parts are read is all the caller's doing.
constexpr int kBadRequest = 400;

// The status of a request that failed while its documents were processed:
// bad options are the request's fault, unusable documents are 422.
int ProcessErrorStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
      return 400;
    case Status::Code::kInvalidInput:
    case Status::Code::kEmptyInput:
      return 422;
    default:
      return 500;
  }
}

ApiReply Summarize(std::string_view body) {
  RawCluster raw;
  PreprocessOptions preprocess;
  SummaryOptions options;
  if (Status s = ParseSummarizeRequest(body, &raw, &preprocess, &options); !s.ok()) {
    return ErrorReply(kBadRequest, s.message());
  }
  Summary summary;
  if (Status s = SummarizeRawCluster(raw, preprocess, options, &summary); !s.ok()) {
    return ErrorReply(ProcessErrorStatus(s), s.message());
  }
  return {200, "application/json", SummaryToJson(summary)};
}

ApiReply Analyze(std::string_view body) {
  RawCluster raw;
  PreprocessOptions preprocess;
  AnalyzeOptions options;
  if (Status s = ParseAnalyzeRequest(body, &raw, &preprocess, &options); !s.ok()) {
    return ErrorReply(kBadRequest, s.message());
  }
  Analysis analysis;
  if (Status s = AnalyzeRawCluster(raw, preprocess, options, &analysis); !s.ok()) {
    return ErrorReply(ProcessErrorStatus(s), s.message());
  }
  return {200, "application/json", AnalysisToJson(analysis)};
}

ApiReply Rouge(std::string_view body) {
  std::vector<RougeItem> items;
  RougeEvalOptions options;
  // One request is one thread's work: the server runs requests side by side.
  options.threads = 1;
  if (Status s = ParseRougeRequest(body, &items, &options); !s.ok()) {
    return ErrorReply(kBadRequest, s.message());
  }
  RougeReport report;
  if (Status s = EvaluateRouge(items, options, &report); !s.ok()) {
    return ErrorReply(ProcessErrorStatus(s), s.message());
  }
  return {200, "application/json", RougeReportToJson(report)};
}

ApiReply Methods() {
  json methods = json::array();
  for (const std::string& name : ListMethods()) {
    methods.push_back({{"name", name}, {"description", DescribeMethod(name)}});
  }
  return {200, "application/json", Dump({{"methods", methods}})};
}

}  // namespace

ApiReply ErrorReply(int status, std::string_view message) {
  return {status, "application/json", Dump({{"error", std::string(message)}})};
}

ApiReply HandleApiRequest(std::string_view method, std::string_view path, std::string_view body) {
  struct Route {
    const char* method;
    const char* path;
    ApiReply (*handle)(std::string_view body);
  };
  static const Route kRoutes[] = {
      {"GET", "/",
       [](std::string_view) {
         return ApiReply{200, "text/html; charset=utf-8", std::string(WebPage())};
       }},
      {"GET", "/healthz",
       [](std::string_view) {
         return ApiReply{200, "application/json", R"({"status":"ok"})"};
       }},
      {"GET", "/v1/methods", [](std::string_view) { return Methods(); }},
      {"POST", "/v1/summarize", Summarize},
      {"POST", "/v1/analyze", Analyze},
      {"POST", "/v1/rouge", Rouge},
  };
  bool known_path = false;
  for (const Route& route : kRoutes) {
    if (path != route.path) continue;
    known_path = true;
    // HEAD is GET without the body; the server drops the body.
    if (method == route.method || (method == "HEAD" && std::string_view(route.method) == "GET")) {
      try {
        return route.handle(body);
      } catch (const std::bad_alloc&) {
        return ErrorReply(503, "out of memory");
      }
    }
  }
  if (known_path) return ErrorReply(405, "method " + std::string(method) + " not allowed here");
  return ErrorReply(404, "no such path: " + std::string(path));
}

}  // namespace precis
