// Copyright 2026 The Precis Authors.
//
// English stopwords: function words that carry no content of their own.
#ifndef PRECIS_TOKENIZE_STOPWORDS_H_
#define PRECIS_TOKENIZE_STOPWORDS_H_

#include <string_view>

namespace precis {

// True for a case-folded English function word ("the", "of", "would",
// "it's"). The list is the Snowball project's English stopword list plus
// contracted forms. Thread-safe.
bool IsStopword(std::string_view folded_word);

}  // namespace precis

#endif  // PRECIS_TOKENIZE_STOPWORDS_H_
