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
#include "summarize/method_parameters.h"

namespace precis {

class Summarizer {
 public:
  virtual ~Summarizer() = default;

  // Chooses sentences of `model` (indices into model.sentences()) whose total
  // cost fits `budget`, in order of choice. Must be deterministic. Returns OK
  // with an empty choice only when no sentence fits. `notes` receives what
  // the reader should know about how the choice was made (a fallback taken).
  virtual Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                        std::vector<std::string>* notes) const = 0;

  // Ranks sentences that were not chosen, best first, for --truncate: the
  // first of them is cut to fill what is left of the budget. The default
  // runs Select with room for about 200 more words and returns what it adds,
  // in its order of choice.
  virtual std::vector<int> Fillers(const ClusterModel& model, const std::vector<int>& chosen) const;
};

// Creates the method `name` configured by `options` (its parameters read
// from options.parameters), or returns InvalidArgument naming the known
// methods, or the bad parameter.
Status CreateSummarizer(std::string_view name, const SummaryOptions& options,
                        std::unique_ptr<Summarizer>* summarizer);

// Sorted names of every registered method.
std::vector<std::string> RegisteredMethods();

// One line on what method `name` does ("" for an unknown name).
std::string MethodDescription(std::string_view name);

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_SUMMARIZER_INTERFACE_H_
