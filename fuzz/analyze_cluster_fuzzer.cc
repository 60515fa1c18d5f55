// Copyright 2026 The Precis Authors.
//
// `precis analyze` on a cluster of up to four text documents, separated by
// NUL bytes in the input (no document holds one); the first byte chooses
// whether bad UTF-8 is repaired or refused (bit 0). Aborts, which the
// fuzzer reports as a crash, when a span of the analysis (a shared or
// unique fact, a differing value, a quotation) names a document that is
// not the cluster's or leaves its document's original bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "precis/analyze.h"

namespace {

constexpr size_t kMostDocuments = 4;

void CheckSpan(const precis::RawCluster& raw, const precis::SourceSpan& s) {
  if (s.doc_index >= raw.documents.size()) std::abort();
  const precis::RawDocument& doc = raw.documents[s.doc_index];
  if (s.doc != doc.id || s.span.begin > s.span.end || s.span.end > doc.original.size()) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  precis::RawCluster raw;
  raw.id = "fuzz";
  size_t start = 0;
  while (start <= input.size() && raw.documents.size() < kMostDocuments) {
    size_t end = input.find('\0', start);
    if (end == std::string_view::npos || raw.documents.size() + 1 == kMostDocuments) {
      end = input.size();
    }
    raw.documents.push_back({"d" + std::to_string(raw.documents.size()),
                             std::string(input.substr(start, end - start)),
                             precis::DocumentFormat::kText, "fuzz.text"});
    start = end + 1;
  }
  precis::PreprocessOptions preprocess;
  preprocess.repair_utf8 = (data[0] & 1) != 0;
  precis::Analysis analysis;
  if (!precis::AnalyzeRawCluster(raw, preprocess, precis::AnalyzeOptions(), &analysis).ok()) {
    return 0;
  }
  for (const precis::SharedFact& f : analysis.shared) {
    CheckSpan(raw, f.source);
    for (const precis::SourceSpan& s : f.sentences) CheckSpan(raw, s);
  }
  for (const precis::DocumentUniqueFacts& u : analysis.unique) {
    for (const precis::UniqueFact& f : u.facts) CheckSpan(raw, f.source);
  }
  for (const precis::Difference& d : analysis.differences) {
    if (d.values.size() < 2) std::abort();
    for (const precis::DifferenceValue& v : d.values) {
      for (const precis::SourceSpan& s : v.spans) CheckSpan(raw, s);
    }
  }
  for (const precis::Quotation& q : analysis.quotes) {
    if (q.text.empty() || q.spans.empty()) std::abort();
    for (const precis::SourceSpan& s : q.spans) CheckSpan(raw, s);
  }
  return 0;
}
