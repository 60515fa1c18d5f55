// Copyright 2026 The Precis Authors.
//
// The interface every summarization method implements, and the registry that
// knows them all. Adding a method: one new file defining a Summarizer and one
// line in registry.cc.
#ifndef PRECIS_SUMMARIZE_SUMMARIZER_INTERFACE_H_
#define PRECIS_SUMMARIZE_SUMMARIZER_INTERFACE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/cluster_model.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "summarize/budget.h"

namespace precis {

class Summarizer {
 public:
  virtual ~Summarizer() = default;

  // Chooses sentences of `model` (indices into model.sentences()) whose total
  // cost fits `budget`, in order of choice. Must be deterministic. Returns OK
  // with an empty choice only when no sentence fits.
  virtual Status Select(const ClusterModel& model, const Budget& budget,
                        std::vector<int>* chosen) const = 0;

  // Ranks sentences that were not chosen, best first, for --truncate: the
  // first of them is cut to fill what is left of the budget. The default
  // returns none.
  virtual std::vector<int> Fillers(const ClusterModel& model,
                                   const std::vector<int>& chosen) const;
};

// Creates the method `name` configured by `options`, or returns
// InvalidArgument naming the known methods.
Status CreateSummarizer(std::string_view name, const SummaryOptions& options,
                        std::unique_ptr<Summarizer>* summarizer);

// Sorted names of every registered method.
std::vector<std::string> RegisteredMethods();

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_SUMMARIZER_INTERFACE_H_
