// Copyright 2026 The Precis Authors.
//
// The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's Perl
// rendering of the 1980 algorithm (with its "bli"/"logi" departures), plus
// the script author's change to step 4, which tries "-ement", then "-ment",
// then "-ent" one after the other instead of taking the longest suffix
// ("agreement" -> "agreem", where Porter gives "agreement"). Snowball's
// stemmers, from Debian, follow neither change, so ROUGE needs this one.
#ifndef PRECIS_EVAL_ROUGE_STEMMER_H_
#define PRECIS_EVAL_ROUGE_STEMMER_H_

#include <string>

namespace precis {

// The stem of a lowercase ASCII word. Words shorter than 3 letters come back
// unchanged. Thread-safe.
std::string RougePorterStem(const std::string& word);

}  // namespace precis

#endif  // PRECIS_EVAL_ROUGE_STEMMER_H_
