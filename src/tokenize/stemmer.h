// Copyright 2026 The Precis Authors.
//
// Snowball English (Porter2) stemming through libstemmer.
#ifndef PRECIS_TOKENIZE_STEMMER_H_
#define PRECIS_TOKENIZE_STEMMER_H_

#include <string>
#include <string_view>

struct sb_stemmer;

namespace precis {

// Not thread-safe: use one Stemmer per thread. Cheap to create.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a case-folded word ("attacks" -> "attack", "sony's" ->
  // "soni"). Words with digits or dots are returned unchanged.
  std::string Stem(std::string_view folded_word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace precis

#endif  // PRECIS_TOKENIZE_STEMMER_H_
