// Copyright 2026 The Precis Authors.
//
// ROUGE-1.5.5's stopword list (-s).
#ifndef PRECIS_EVAL_ROUGE_STOPWORDS_H_
#define PRECIS_EVAL_ROUGE_STOPWORDS_H_

#include <string_view>

namespace precis {

// True when the script's -s option removes `token` (a lowercase ROUGE token).
bool IsRougeStopword(std::string_view token);

}  // namespace precis

#endif  // PRECIS_EVAL_ROUGE_STOPWORDS_H_
