// Copyright 2026 The Precis Authors.
#include "summarize/budget.h"

namespace precis {

Status Budget::FromOptions(const SummaryOptions& options, Budget* budget) {
  if (options.sentences > 0 && options.bytes > 0) {
    return Status::InvalidArgument("give one budget: sentences or bytes, not both");
  }
  if (options.sentences > 0) {
    *budget = Budget(Unit::kSentences, options.sentences);
  } else if (options.bytes > 0) {
    *budget = Budget(Unit::kBytes, options.bytes);
  } else if (options.words > 0) {
    *budget = Budget(Unit::kWords, options.words);
  } else {
    return Status::InvalidArgument("the budget must be at least 1 word, byte or sentence");
  }
  return Status::OK();
}

size_t Budget::Cost(const SentenceInfo& s, bool first) const {
  switch (unit_) {
    case Unit::kWords:
      return s.words;
    case Unit::kBytes:
      return s.bytes + (first ? 0 : 1);
    case Unit::kSentences:
      return 1;
  }
  return 1;
}

}  // namespace precis
