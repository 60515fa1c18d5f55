// Copyright 2026 The Precis Authors.
//
// The Porter stemmer as NLTK's PorterStemmer runs it in its default mode
// (NLTK_EXTENSIONS), which is the stemmer of Google's rouge_score package.
// It departs from the 1980 paper and from ROUGE-1.5.5's Perl stemmer: a
// table of irregular forms ("dying" -> "die", "news" -> "news"), "ies"/"ied"
// on four-letter words ("ties" -> "tie"), 'y' -> 'i' only after a
// consonant that is not the first letter, the "bli", "alli", "fulli" and
// "logi" rules of step 2, and the first matching suffix of a step deciding
// that step (in step 4, "-ement" failing its measure test keeps the word).
// Snowball's English stemmers follow none of this, hence this file.
#ifndef PRECIS_EVAL_NLTK_PORTER_H_
#define PRECIS_EVAL_NLTK_PORTER_H_

#include <string>
#include <string_view>

namespace precis {

// The stem of a lowercase ASCII word ([a-z0-9]*), as
// nltk.stem.porter.PorterStemmer().stem(word) gives it. Words of one or two
// characters come back unchanged. Thread-safe.
std::string NltkPorterStem(std::string_view word);

}  // namespace precis

#endif  // PRECIS_EVAL_NLTK_PORTER_H_
