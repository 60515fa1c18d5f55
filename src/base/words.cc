// Copyright 2026 The Precis Authors.
#include "base/words.h"

namespace precis {

size_t CountWords(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

}  // namespace precis
