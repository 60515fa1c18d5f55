// Copyright 2026 The Precis Authors.
//
// Budget: how much summary a method may produce, in one unit.
#ifndef PRECIS_SUMMARIZE_BUDGET_H_
#define PRECIS_SUMMARIZE_BUDGET_H_

#include <cstddef>

#include "model/cluster_model.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

class Budget {
 public:
  enum class Unit { kWords, kBytes, kSentences };

  // Reads the unit and limit from `options` (see SummaryOptions).
  // Returns InvalidArgument for conflicting or zero budgets.
  static Status FromOptions(const SummaryOptions& options, Budget* budget);

  Budget() = default;
  Budget(Unit unit, size_t limit) : unit_(unit), limit_(limit) {}

  Unit unit() const { return unit_; }
  size_t limit() const { return limit_; }

  // What sentence `s` costs in this unit: its words, its bytes plus the
  // joining space when `first` is false, or 1.
  size_t Cost(const SentenceInfo& s, bool first) const;

 private:
  Unit unit_ = Unit::kWords;
  size_t limit_ = 100;
};

}  // namespace precis

#endif  // PRECIS_SUMMARIZE_BUDGET_H_
