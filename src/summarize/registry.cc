// Copyright 2026 The Precis Authors.
//
// The one place that knows every summarization method.
#include <algorithm>
#include <memory>
#include <string>

#include "summarize/summarizer_interface.h"

namespace precis {

// Each defined in the method's own file.
std::unique_ptr<Summarizer> NewCentroidSummarizer(const SummaryOptions& options);
std::unique_ptr<Summarizer> NewLeadSummarizer(const SummaryOptions& options);

namespace {

struct Method {
  const char* name;
  std::unique_ptr<Summarizer> (*create)(const SummaryOptions&);
};

constexpr Method kMethods[] = {
    {"centroid", NewCentroidSummarizer},
    {"lead", NewLeadSummarizer},
};

}  // namespace

std::vector<int> Summarizer::Fillers(const ClusterModel&,
                                     const std::vector<int>&) const {
  return {};
}

Status CreateSummarizer(std::string_view name, const SummaryOptions& options,
                        std::unique_ptr<Summarizer>* summarizer) {
  for (const Method& m : kMethods) {
    if (name == m.name) {
      *summarizer = m.create(options);
      return Status::OK();
    }
  }
  std::string known;
  for (const std::string& n : RegisteredMethods()) known += (known.empty() ? "" : ", ") + n;
  return Status::InvalidArgument("unknown method '" + std::string(name) +
                                 "' (known: " + known + ")");
}

std::vector<std::string> RegisteredMethods() {
  std::vector<std::string> names;
  for (const Method& m : kMethods) names.emplace_back(m.name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace precis
