// Copyright 2026 The Precis Authors.
//
// The document model: what the readers produce (RawDocument, RawCluster) and
// what preprocessing turns them into (Document, Cluster): cleaned sentences,
// each with its byte span in the document's original bytes.
#ifndef PRECIS_DOCUMENT_H_
#define PRECIS_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace precis {

// A half-open byte range [begin, end) in a document's original bytes.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// How a document's bytes are to be read.
enum class DocumentFormat {
  kText,  // Plain text, possibly scraped from the web (boilerplate, wrapping).
  kHtml,  // An HTML page; its main text is extracted first.
  kDuc,   // One DUC/TREC SGML <DOC> element; <HEADLINE> and <TEXT> are read.
};

// A document as read, before any cleaning.
struct RawDocument {
  std::string id;        // As given: a file name without extension, a JSON "id".
  std::string original;  // The bytes every Span refers to: file bytes, or the
                         // decoded JSON string value.
  DocumentFormat format = DocumentFormat::kText;
  std::string origin;  // Where it came from, for messages ("dir/001.txt",
                       // "clusters.jsonl:3"). May be empty.
  std::string date;    // Publication date if the input gave one (a JSONL
                       // document's "date"), else empty.
};

// The documents of one event, in the order given.
struct RawCluster {
  std::string id;
  std::vector<RawDocument> documents;
};

// One sentence of a cleaned document.
struct Sentence {
  // The cleaned text: NFC, boilerplate removed, hard wraps joined, percent-
  // encoded passages decoded, runs of white space collapsed to one space.
  std::string text;
  // Where `text` comes from in RawDocument::original. Applying the span to the
  // original bytes gives back `text` up to white space and the decodings above.
  Span span;
  int paragraph = 0;  // 0-based paragraph index within the document.
  int position = 0;   // 0-based sentence index within the document.
  // True when the sentence is a heading or a list item: no final punctuation.
  bool is_heading = false;
  // True for a document's headline read as a heading before its first
  // sentence, as analysis reads it (paragraph and position -1); segmentation
  // never sets it. Its names, numbers and dates are the source's statements.
  bool is_title = false;
};

// A cleaned, segmented document.
struct Document {
  std::string id;
  std::string original;  // Copied from RawDocument::original.
  std::string title;     // The headline, if one was recognized; else empty.
  Span title_span;       // Span of the headline in `original`.
  // Publication date, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", when the input
  // states one (JSONL "date", DUC <DATE_TIME> or DOCNO, HTML
  // article:published_time); else empty.
  std::string date;
  std::vector<Sentence> sentences;
};

struct Cluster {
  std::string id;
  std::vector<Document> documents;
};

}  // namespace precis

#endif  // PRECIS_DOCUMENT_H_
