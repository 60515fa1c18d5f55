// Copyright 2026 The Precis Authors.
#include "base/words.h"

namespace precis {

namespace {

bool IsWordSpace(char c) {
  // Every space is at or below ' ': one comparison rules out the rest.
  return static_cast<unsigned char>(c) <= ' ' &&
         (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
}

}  // namespace

size_t CountWords(std::string_view text) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = IsWordSpace(c);
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

bool HasMoreWordsThan(std::string_view text, size_t n) {
  size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = IsWordSpace(c);
    if (!space && !in_word && ++count > n) return true;
    in_word = !space;
  }
  return false;
}

}  // namespace precis
