// Copyright 2026 The Precis Authors.
//
// Requests of the HTTP API: a JSON body turned into the library's inputs and
// options. Fields are named like the command-line options, with "-" or "_"
// ("mmr-lambda" or "mmr_lambda"); an unknown field, a value of the wrong
// type or out of range is InvalidArgument naming the field, so that a typo
// never silently falls back to a default.
#ifndef PRECIS_SERVE_REQUEST_H_
#define PRECIS_SERVE_REQUEST_H_

#include <string_view>
#include <vector>

#include "precis/analyze.h"
#include "precis/document.h"
#include "precis/preprocess.h"
#include "precis/rouge.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

// {"id": "...", "documents": [{"id", "text"} | {"id", "html"} | "text", ...],
//  "words" | "bytes" | "sentences", "truncate", "method", "mmr-lambda",
//  "position-weight", "support-threshold", "param": {"lexrank.damping": 0.85}
//  or ["lexrank.damping=0.85"], "repair-utf8", "max-document-bytes"}.
// Errors: InvalidInput for a body that is no JSON object or documents that
// are malformed (ParseJsonCluster's messages); InvalidArgument for unknown
// fields and bad values.
Status ParseSummarizeRequest(std::string_view body, RawCluster* cluster,
                             PreprocessOptions* preprocess, SummaryOptions* options);

// The documents as for summarize, with "shared-threshold",
// "unique-threshold", "repair-utf8" and "max-document-bytes".
Status ParseAnalyzeRequest(std::string_view body, RawCluster* cluster,
                           PreprocessOptions* preprocess, AnalyzeOptions* options);

// {"system": "text" | ["sentence", ...], "references": ["text" | [...], ...]}
// for one summary, or {"items": [{"id", "system", "references"}, ...]} for
// several; with "metrics" ("1,2,L,SU4"), "stem", "remove-stopwords",
// "words", "bytes", "alpha", "multi" ("average" | "best"), "confidence"
// (percent), "resamples" and "seed", as `precis eval` takes them.
Status ParseRougeRequest(std::string_view body, std::vector<RougeItem>* items,
                         RougeEvalOptions* options);

// Each request end to end: read it, call the library, write the reply JSON
// (what the command line's --format json prints) to *reply. On failure
// *bad_request tells whether reading the request failed (the caller's
// doing) rather than working on its documents.
Status RunSummarizeRequest(std::string_view body, std::string* reply, bool* bad_request);
Status RunAnalyzeRequest(std::string_view body, std::string* reply, bool* bad_request);
// Scores on one thread: callers run requests side by side.
Status RunRougeRequest(std::string_view body, std::string* reply, bool* bad_request);

}  // namespace precis

#endif  // PRECIS_SERVE_REQUEST_H_
