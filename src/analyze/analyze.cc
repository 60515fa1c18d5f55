// Copyright 2026 The Precis Authors.
#include "precis/analyze.h"

#include <algorithm>
#include <string>

#include "analyze/differences.h"
#include "analyze/mentions.h"
#include "analyze/quotations.h"
#include "analyze/shared_facts.h"
#include "attribute/fact_vectors.h"

namespace precis {

const char* DifferenceKindName(DifferenceKind kind) {
  switch (kind) {
    case DifferenceKind::kNumber:
      return "number";
    case DifferenceKind::kDate:
      return "date";
    case DifferenceKind::kName:
      return "name";
  }
  return "number";
}

namespace {

// Whether the analysis reads `doc`'s headline: the text gives one (a span
// of the original), and the document has a sentence (one of boilerplate
// alone is reported empty).
bool ReadsHeadline(const Document& doc) {
  return !doc.title.empty() && doc.title_span.size() != 0 && !doc.sentences.empty();
}

// `cluster` with each headline that ReadsHeadline takes first among its
// document's sentences: a headline states the story's numbers, dates and
// names as the body does ("Good Country Index Is Released, US Not In The
// Top 20").
Cluster WithHeadlines(const Cluster& cluster) {
  Cluster out = cluster;
  for (Document& doc : out.documents) {
    if (!ReadsHeadline(doc)) continue;
    Sentence headline;
    headline.text = doc.title;
    headline.span = doc.title_span;
    headline.paragraph = -1;
    headline.position = -1;
    headline.is_heading = true;
    headline.is_title = true;
    doc.sentences.insert(doc.sentences.begin(), std::move(headline));
  }
  return out;
}

// The analysis of `cluster`'s sentences as they are (WithHeadlines puts
// the headlines among them).
Status AnalyzeSentences(const Cluster& cluster, const AnalyzeOptions& options, Analysis* analysis) {
  *analysis = Analysis();
  analysis->cluster_id = cluster.id;
  if (!(options.shared_threshold > 0 && options.shared_threshold <= 1)) {
    return Status::InvalidArgument("shared_threshold must be within (0, 1]");
  }
  if (!(options.unique_threshold > 0 && options.unique_threshold <= 1)) {
    return Status::InvalidArgument("unique_threshold must be within (0, 1]");
  }
  size_t sentences = 0;
  for (const Document& doc : cluster.documents) {
    analysis->documents.push_back(doc.id);
    if (doc.sentences.empty()) analysis->empty_documents.push_back(doc.id);
    sentences += doc.sentences.size();
  }
  if (sentences == 0) return Status::EmptyInput("cluster " + cluster.id + " has no sentences");
  const FactVectors facts{ClusterModel(cluster)};
  bool truncated = false;
  const std::vector<SentenceMentions> mentions =
      FindClusterMentions(cluster, kMostClusterMentions, &truncated);
  if (truncated) {
    analysis->notes.push_back(
        "the cluster holds more names, numbers and dates than are compared (" +
        std::to_string(kMostClusterMentions) +
        "): differences and quotations were looked for in the opening sentences of each "
        "document only");
  }
  // One search for alike sentences serves both, at the lower threshold.
  const FactVectors::Pairs pairs = facts.SimilarPairs(
      std::min(kLeastSlotSimilarity,
               static_cast<float>(std::min(options.shared_threshold, options.unique_threshold))));
  FindSharedFacts(cluster, facts, mentions, pairs, options, analysis);
  analysis->differences = FindDifferences(cluster, facts, mentions, pairs);
  analysis->quotes = FindQuotations(cluster, mentions);
  return Status::OK();
}

}  // namespace

Status Analyze(const Cluster& cluster, const AnalyzeOptions& options, Analysis* analysis) {
  if (std::none_of(cluster.documents.begin(), cluster.documents.end(), ReadsHeadline)) {
    return AnalyzeSentences(cluster, options, analysis);
  }
  return AnalyzeSentences(WithHeadlines(cluster), options, analysis);
}

Status AnalyzeRawCluster(const RawCluster& raw, const PreprocessOptions& preprocess,
                         const AnalyzeOptions& options, Analysis* analysis) {
  Cluster cluster;
  PRECIS_RETURN_IF_ERROR(PreprocessCluster(raw, preprocess, &cluster));
  return Analyze(cluster, options, analysis);
}

}  // namespace precis
