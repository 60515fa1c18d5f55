// Copyright 2026 The Precis Authors.
//
// The most threads an option may ask for.
#ifndef PRECIS_THREAD_LIMIT_H_
#define PRECIS_THREAD_LIMIT_H_

#include <cstddef>

namespace precis {

// BatchOptions, RougeEvalOptions and ServeOptions take at most this many
// threads (0 asks for one per hardware thread) and answer InvalidArgument
// beyond it: far above any machine's cores, far below what a mistyped
// count ("-1" read as 2^64 - 1) would try to start.
inline constexpr size_t kMostThreads = 1024;

}  // namespace precis

#endif  // PRECIS_THREAD_LIMIT_H_
