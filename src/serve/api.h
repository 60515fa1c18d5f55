// Copyright 2026 The Precis Authors.
//
// The HTTP API as a function from a request (method, path, body) to a reply,
// without sockets, so that every route is testable on its own. The server
// (precis/serve.h) only moves bytes between the network and Api::Handle.
#ifndef PRECIS_SERVE_API_H_
#define PRECIS_SERVE_API_H_

#include <string>
#include <string_view>

namespace precis {

struct ApiReply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// Routes:
//   GET  /              the web page
//   GET  /healthz       {"status": "ok"}
//   GET  /v1/methods    {"methods": [{"name", "description"}, ...]}
//   POST /v1/summarize  SummaryToJson, as `precis summarize --format json`
//   POST /v1/analyze    AnalysisToJson, as `precis analyze --format json`
//   POST /v1/rouge      RougeReportToJson, as `precis eval --format json`
// Errors are {"error": "one line"}: 400 for a malformed request (JSON,
// unknown field, bad value, unknown method), 404 for an unknown path, 405
// for a wrong method on a known path, 422 for documents that cannot be used
// (invalid UTF-8, binary, nothing left after cleaning), 500 only for a bug.
// Thread-safe: Handle may run on many threads at once.
ApiReply HandleApiRequest(std::string_view method, std::string_view path, std::string_view body);

// {"error": message} with `status`.
ApiReply ErrorReply(int status, std::string_view message);

}  // namespace precis

#endif  // PRECIS_SERVE_API_H_
