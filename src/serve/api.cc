// Copyright 2026 The Precis Authors.
#include "serve/api.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/status.h"
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

// A request run end to end, its failure mapped to a status.
ApiReply Run(std::string_view body,
             Status (*run)(std::string_view body, std::string* reply, bool* bad_request)) {
  ApiReply reply;
  bool bad_request = false;
  if (Status s = run(body, &reply.body, &bad_request); !s.ok()) {
    return ErrorReply(bad_request ? kBadRequest : ProcessErrorStatus(s), s.message());
  }
  return reply;
}

ApiReply Summarize(std::string_view body) { return Run(body, RunSummarizeRequest); }
ApiReply Analyze(std::string_view body) { return Run(body, RunAnalyzeRequest); }
ApiReply Rouge(std::string_view body) { return Run(body, RunRougeRequest); }

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
