// Copyright 2026 The Precis Authors.
//
// Snowball English (Porter2) stemming through libstemmer.
#ifndef PRECIS_TOKENIZE_STEMMER_H_
#define PRECIS_TOKENIZE_STEMMER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

// Not thread-safe: use one Stemmer per thread. Free to create: the Snowball
// stemmer and the stems already computed (a word recurs many times in a
// cluster and across clusters) are kept per thread, up to kMaxRemembered
// distinct words, then forgotten and started over.
class Stemmer {
 public:
  Stemmer();

  // The stem of a case-folded word ("attacks" -> "attack", "sony's" ->
  // "soni"). Words with digits or dots are returned unchanged. The view is
  // valid until the thread's next call.
  std::string_view Stem(std::string_view folded_word);

  static constexpr size_t kMaxRemembered = size_t{1} << 18;

 private:
  struct Memory;
  Memory* memory_;  // The calling thread's, owned by the thread.
};

}  // namespace precis

#endif  // PRECIS_TOKENIZE_STEMMER_H_
