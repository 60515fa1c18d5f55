// Copyright 2026 The Precis Authors.
//
// precis._precis: the native half of the Python package. Requests and
// replies cross as JSON strings, read and written by the same code as the
// HTTP API (src/serve/request.h), so that keyword names, defaults and errors
// are those of the command line. Every call releases the GIL while the
// library works.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "precis/precis.h"
#include "segment/sentence_splitter.h"
#include "serve/request.h"

namespace py = pybind11;

namespace precis {
namespace {

// Raised for every library error, with the library's message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void ThrowIfError(const Status& status) {
  if (!status.ok()) throw Error(status.message());
}

// The reply JSON of a request, or Error.
std::string Run(const std::string& request,
                Status (*run)(std::string_view body, std::string* reply, bool* bad_request)) {
  std::string reply;
  bool bad_request = false;
  ThrowIfError(run(request, &reply, &bad_request));
  return reply;
}

std::string SummarizeJson(const std::string& request) {
  py::gil_scoped_release release;
  return Run(request, RunSummarizeRequest);
}

std::string AnalyzeJson(const std::string& request) {
  py::gil_scoped_release release;
  return Run(request, RunAnalyzeRequest);
}

std::string RougeJson(const std::string& request) {
  py::gil_scoped_release release;
  return Run(request, RunRougeRequest);
}

// (start, end) byte spans of the sentences of `text`, as Precis splits it
// before cleaning (no boilerplate removal: the text is taken as given).
std::vector<std::pair<size_t, size_t>> SegmentSpans(const std::string& text) {
  py::gil_scoped_release release;
  SentenceSplitter splitter;
  splitter.Learn(text);
  std::vector<std::pair<size_t, size_t>> out;
  for (const SentenceRange& r : splitter.Split(text)) out.emplace_back(r.begin, r.end);
  return out;
}

// Summaries of many requests on `threads` threads (0: one per core), in
// order. A failing request raises Error naming its index, after the others
// finished.
std::vector<std::string> SummarizeMany(const std::vector<std::string>& requests, size_t threads) {
  if (const Status s = CheckThreadCount(threads); !s.ok()) throw Error(s.message());
  py::gil_scoped_release release;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, std::max<size_t>(1, requests.size()));
  std::vector<std::string> out(requests.size());
  std::vector<std::string> errors(requests.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < requests.size(); i = next++) {
      try {
        out[i] = Run(requests[i], RunSummarizeRequest);
      } catch (const Error& e) {
        errors[i] = e.what();
      }
    }
  };
  std::vector<std::thread> pool;
  try {
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  } catch (const std::system_error&) {
    // Out of threads: the ones started and this one share the requests.
  }
  work();
  for (std::thread& t : pool) t.join();
  for (size_t i = 0; i < errors.size(); ++i) {
    if (!errors[i].empty()) throw Error("cluster " + std::to_string(i) + ": " + errors[i]);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> MethodList() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& name : ListMethods()) out.emplace_back(name, DescribeMethod(name));
  return out;
}

}  // namespace
}  // namespace precis

PYBIND11_MODULE(_precis, m) {
  m.doc() = "Native part of the precis package; use the functions of `precis` instead.";
  py::register_exception<precis::Error>(m, "Error", PyExc_ValueError);
  m.def("summarize", &precis::SummarizeJson, py::arg("request"),
        "Summary JSON of a summarize request (JSON), as the HTTP API takes it.");
  m.def("analyze", &precis::AnalyzeJson, py::arg("request"));
  m.def("rouge", &precis::RougeJson, py::arg("request"));
  m.def("segment", &precis::SegmentSpans, py::arg("text"));
  m.def("summarize_many", &precis::SummarizeMany, py::arg("requests"), py::arg("threads") = 0);
  m.def("methods", &precis::MethodList);
}
