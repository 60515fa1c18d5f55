// Copyright 2026 The Precis Authors.
//
// The one place that knows every summarization method.
#include <algorithm>
#include <memory>
#include <string>

#include "summarize/summarizer_interface.h"

namespace precis {

// Each defined in the method's own file. A factory reads the method's
// parameters from `parameters` (recording any error there).
#define PRECIS_DECLARE_METHOD(factory) \
  std::unique_ptr<Summarizer> factory(const SummaryOptions& options, MethodParameters* parameters)
PRECIS_DECLARE_METHOD(NewCentroidSummarizer);
PRECIS_DECLARE_METHOD(NewDefaultSummarizer);
PRECIS_DECLARE_METHOD(NewIlpSummarizer);
PRECIS_DECLARE_METHOD(NewKlSumSummarizer);
PRECIS_DECLARE_METHOD(NewLeadSummarizer);
PRECIS_DECLARE_METHOD(NewLeadNewestSummarizer);
PRECIS_DECLARE_METHOD(NewLexRankSummarizer);
PRECIS_DECLARE_METHOD(NewLsaSummarizer);
PRECIS_DECLARE_METHOD(NewMmrSummarizer);
PRECIS_DECLARE_METHOD(NewSubmodularSummarizer);
PRECIS_DECLARE_METHOD(NewSumBasicSummarizer);
PRECIS_DECLARE_METHOD(NewTextRankSummarizer);
#undef PRECIS_DECLARE_METHOD

namespace {

struct Method {
  const char* name;
  const char* description;
  std::unique_ptr<Summarizer> (*create)(const SummaryOptions&, MethodParameters*);
};

constexpr Method kMethods[] = {
    {"centroid", "MEAD-style centroid similarity with a lead prior and MMR", NewCentroidSummarizer},
    {"default", "concept coverage (ilp) weighted by early mentions, budget filled with leads",
     NewDefaultSummarizer},
    {"ilp", "Gillick & Favre concept (bigram) coverage, solved exactly with GLPK",
     NewIlpSummarizer},
    {"klsum", "Haghighi & Vanderwende KL-Sum: greedy KL divergence to the cluster's words",
     NewKlSumSummarizer},
    {"lead", "the opening sentences of the documents, round robin", NewLeadSummarizer},
    {"lead-newest", "the opening sentences of the newest document (NIST's DUC baseline)",
     NewLeadNewestSummarizer},
    {"lexrank", "Erkan & Radev LexRank: PageRank over tf-idf cosine similarities",
     NewLexRankSummarizer},
    {"lsa", "Steinberger & Jezek LSA: sentence length in the latent space", NewLsaSummarizer},
    {"mmr", "Carbonell & Goldstein maximal marginal relevance to the cluster centroid",
     NewMmrSummarizer},
    {"submodular", "Lin & Bilmes 2011: coverage plus diversity reward, budgeted greedy",
     NewSubmodularSummarizer},
    {"sumbasic", "Nenkova & Vanderwende SumBasic: word probabilities, squared when used",
     NewSumBasicSummarizer},
    {"textrank", "Mihalcea & Tarau TextRank: PageRank over word-overlap similarities",
     NewTextRankSummarizer},
};

const Method* Find(std::string_view name) {
  for (const Method& m : kMethods) {
    if (name == m.name) return &m;
  }
  return nullptr;
}

}  // namespace

std::vector<int> Summarizer::Fillers(const ClusterModel& model,
                                     const std::vector<int>& chosen) const {
  // What the method itself would add with room for a few more sentences.
  size_t words = 0;
  for (int c : chosen) words += model.sentences()[static_cast<size_t>(c)].words;
  std::vector<int> more;
  std::vector<std::string> notes;
  if (!Select(model, Budget(Budget::Unit::kWords, words + 200), &more, &notes).ok()) return {};
  std::vector<int> out;
  for (int c : more) {
    if (std::find(chosen.begin(), chosen.end(), c) == chosen.end()) out.push_back(c);
  }
  return out;
}

Status CreateSummarizer(std::string_view name, const SummaryOptions& options,
                        std::unique_ptr<Summarizer>* summarizer) {
  const Method* method = Find(name);
  if (method == nullptr) {
    std::string known;
    for (const std::string& n : RegisteredMethods()) known += (known.empty() ? "" : ", ") + n;
    return Status::InvalidArgument("unknown method '" + std::string(name) + "' (known: " + known +
                                   ")");
  }
  // Every parameter must name a method: "lexrnk.damping" is a typo.
  for (const auto& [key, value] : options.parameters) {
    const size_t dot = key.find('.');
    if (dot == std::string::npos || Find(key.substr(0, dot)) == nullptr) {
      return Status::InvalidArgument("parameter '" + key +
                                     "' must be METHOD.NAME for a known method");
    }
  }
  MethodParameters parameters(options.parameters, name);
  *summarizer = method->create(options, &parameters);
  return parameters.Finish();
}

std::vector<std::string> RegisteredMethods() {
  std::vector<std::string> names;
  for (const Method& m : kMethods) names.emplace_back(m.name);
  std::sort(names.begin(), names.end());
  return names;
}

std::string MethodDescription(std::string_view name) {
  const Method* method = Find(name);
  return method ? method->description : "";
}

}  // namespace precis
