// Copyright 2026 The Precis Authors.
//
// The most threads an option may ask for.
#ifndef PRECIS_THREAD_LIMIT_H_
#define PRECIS_THREAD_LIMIT_H_

#include <cstddef>
#include <string>

#include "precis/status.h"

namespace precis {

// BatchOptions, RougeEvalOptions and ServeOptions take at most this many
// threads (0 asks for one per hardware thread) and answer InvalidArgument
// beyond it: far above any machine's cores, far below what a mistyped
// count ("-1" read as 2^64 - 1) would try to start.
inline constexpr size_t kMostThreads = 1024;

// OK for 0 to kMostThreads threads, else InvalidArgument saying so.
inline Status CheckThreadCount(size_t threads) {
  if (threads <= kMostThreads) return Status::OK();
  return Status::InvalidArgument("threads: " + std::to_string(threads) + " asked, at most " +
                                 std::to_string(kMostThreads));
}

}  // namespace precis

#endif  // PRECIS_THREAD_LIMIT_H_
