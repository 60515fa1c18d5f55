// Copyright 2026 The Precis Authors.
#include "tokenize/stemmer.h"

#include <libstemmer.h>

#include <cstdlib>

namespace precis {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (stemmer_ == nullptr) std::abort();  // Only fails when out of memory.
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::Stem(std::string_view folded_word) {
  for (char c : folded_word) {
    if ((c >= '0' && c <= '9') || c == '.') return std::string(folded_word);
  }
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded_word.data()),
      static_cast<int>(folded_word.size()));
  if (out == nullptr) return std::string(folded_word);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace precis
