// Copyright 2026 The Precis Authors.
//
// ROUGE as Google's rouge_score package computes it (rouge1 .. rouge9,
// rougeL, rougeLsum), for comparison with papers that report it. It is not
// the official script: its tokens are the lowercased text's [a-z0-9] runs
// (the script keeps bytes, drops "-", cuts and pools differently), its
// stemmer is NLTK's Porter variant without the WordNet exceptions, rougeL is
// one LCS over the whole text, rougeLsum splits sentences at line breaks,
// F is 2PR / (P + R) on unrounded values, and several references give the
// best F per metric, not a pooled score. docs/ROUGE.md lists the
// differences.
#ifndef PRECIS_EVAL_ROUGE_SCORE_COMPAT_H_
#define PRECIS_EVAL_ROUGE_SCORE_COMPAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/rouge.h"

namespace precis {

// rouge_score's tokenize(text, stemmer): Python's str.lower(), every run of
// characters outside [a-z0-9] a separator, tokens longer than 3 characters
// stemmed by NLTK's Porter stemmer when `stem`.
std::vector<std::string> RougeScoreTokens(std::string_view text, bool stem);

// The non-empty lines of `text` (split at '\n' only), as rouge_score's
// rougeLsum reads sentences.
std::vector<std::string_view> NonEmptyLines(std::string_view text);

// Scores `system` against each reference as RougeScorer.score(target,
// prediction) does, and keeps per metric the reference with the best F (the
// first on a tie), as score_multi does. A summary's sentences are joined
// with line breaks. Metrics: "rouge<n>" for n in 1..options.max_n,
// "rougeL" when options.lcs, "rougeLsum" when options.lcs_summary. Values
// are not rounded. REQUIRES: !references.empty().
RougeScores ScoreLikeRougeScore(const RougeSummary& system,
                                const std::vector<RougeSummary>& references,
                                const RougeOptions& options);

}  // namespace precis

#endif  // PRECIS_EVAL_ROUGE_SCORE_COMPAT_H_
