// Copyright 2026 The Precis Authors.
//
// Word counting, the unit of word budgets and of ROUGE's -l.
#ifndef PRECIS_BASE_WORDS_H_
#define PRECIS_BASE_WORDS_H_

#include <cstddef>
#include <string_view>

namespace precis {

// Number of runs of non-white-space bytes in `text` (ASCII white space:
// space, tab, line feed, carriage return, form feed, vertical tab).
size_t CountWords(std::string_view text);

// CountWords(text) > n, reading no further than the (n+1)-th word.
bool HasMoreWordsThan(std::string_view text, size_t n);

}  // namespace precis

#endif  // PRECIS_BASE_WORDS_H_
