// Copyright 2026 The Precis Authors.
//
// Rendering of summaries and sentences for people (text, Markdown) and
// programs (JSON). The command line, the service and the Python module all
// print through these, so their JSON is the same.
#ifndef PRECIS_FORMAT_H_
#define PRECIS_FORMAT_H_

#include <string>
#include <string_view>

#include "precis/analyze.h"
#include "precis/document.h"
#include "precis/status.h"
#include "precis/summarizer.h"

namespace precis {

enum class OutputFormat { kText, kJson, kMarkdown };

// Parses "text", "json" or "markdown"; InvalidArgument otherwise.
Status ParseOutputFormat(std::string_view name, OutputFormat* format);

// JSON object on one line (no trailing newline):
// {"id", "method", "words", "bytes", "summary", "sentences": [{"text", "doc",
// "start", "end", "supported_by": [...]} (+ "truncated": true when cut)]}.
// "start"/"end" are byte offsets into the document's original bytes;
// "empty_documents": [ids] is present when some documents were all
// boilerplate.
std::string SummaryToJson(const Summary& summary);

// The same object with "line": the 1-based input line it answers, as
// `precis batch` writes it.
std::string SummaryToJson(const Summary& summary, size_t line);

// For people: the summary as one paragraph, wrapped at 78 columns, each
// sentence followed by a [n] marker, then a numbered source list giving each
// sentence's document, byte span and supporting documents. Ends with '\n'.
std::string SummaryToText(const Summary& summary);

// Markdown: the summary paragraph with each sentence followed by its sources
// as a superscript-free bracket "[doc; also doc2]", then a source table.
std::string SummaryToMarkdown(const Summary& summary);

// The analysis as one JSON object on one line (docs/ANALYZE.md):
// {"id", "documents", "shared": [{"text", "doc", "start", "end", "docs",
// "sentences": [{"doc", "start", "end"}]}], "unique": {doc: [{"text",
// "start", "end"}]}, "differences": [{"kind", "values": [{"value",
// "normalized", "docs", "spans": [{"doc", "start", "end"}]}], "context"}],
// "quotes": [{"text", "speaker", "attribution", "docs", "spans"}]}, plus
// "empty_documents" when some documents were all boilerplate. Spans are
// byte offsets into the documents' original bytes.
std::string AnalysisToJson(const Analysis& analysis);

// For people: shared facts, differences, quotations, then unique facts per
// document, wrapped at 78 columns. Ends with '\n'.
std::string AnalysisToText(const Analysis& analysis);

// The same as Markdown sections and lists.
std::string AnalysisToMarkdown(const Analysis& analysis);

// One JSON object per line for each sentence of each document, in order:
// {"text", "doc", "start", "end", "paragraph", "position", "heading"}.
std::string SentencesToJsonLines(const Cluster& cluster);

// One sentence per line, documents in order, separated by a blank line.
std::string SentencesToText(const Cluster& cluster);

}  // namespace precis

#endif  // PRECIS_FORMAT_H_
