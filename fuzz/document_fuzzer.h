// Copyright 2026 The Precis Authors.
//
// What the document fuzzers share: one raw document of a given format,
// preprocessed and summarized, with the citation contract checked.
#ifndef PRECIS_FUZZ_DOCUMENT_FUZZER_H_
#define PRECIS_FUZZ_DOCUMENT_FUZZER_H_

#include <cstdlib>
#include <string>

#include "precis/document.h"
#include "precis/preprocess.h"
#include "precis/summarizer.h"

namespace precis::fuzz {

// Preprocesses `raw` (repairing bad UTF-8 when `repair`; reading what is
// not UTF-8 as `encoding`, when not empty) and, when that succeeds,
// summarizes it with `centroid` to 60 words. Aborts, which the
// fuzzer reports as a crash, when a sentence's span leaves its document or
// a summary sentence does not cite a sentence of the cluster.
inline void PreprocessAndSummarize(const RawCluster& raw, bool repair,
                                   const std::string& encoding = "") {
  PreprocessOptions preprocess;
  preprocess.repair_utf8 = repair;
  preprocess.encoding = encoding;
  Cluster cluster;
  if (!PreprocessCluster(raw, preprocess, &cluster).ok()) return;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& s : doc.sentences) {
      if (s.text.empty() || s.span.begin > s.span.end || s.span.end > doc.original.size()) {
        std::abort();
      }
    }
  }
  SummaryOptions options;
  options.method = "centroid";
  options.words = 60;
  Summary summary;
  if (!Summarize(cluster, options, &summary).ok()) return;
  for (const SummarySentence& s : summary.sentences) {
    bool cited = false;
    for (const Document& doc : cluster.documents) {
      if (doc.id == s.doc && s.span.end <= doc.original.size()) cited = true;
    }
    if (!cited) std::abort();
  }
}

}  // namespace precis::fuzz

#endif  // PRECIS_FUZZ_DOCUMENT_FUZZER_H_
