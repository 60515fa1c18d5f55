// Copyright 2026 The Precis Authors.
//
// Preprocessing: from raw documents to cleaned, segmented documents whose
// sentences cite byte spans of the original input.
//
// Per document: strict UTF-8 check (or repair) -> HTML or DUC SGML extraction
// when the format says so -> cleaning (NFC, percent-decoding, boilerplate
// removal, headline recognition, unwrapping) -> sentence segmentation, with
// abbreviation evidence learned from the whole cluster.
//
// Round trip: for every sentence s of a document d, the bytes
// d.original[s.span.begin, s.span.end) give back s.text up to white space,
// decoded entities and decoded percent-escapes.
#ifndef PRECIS_PREPROCESS_H_
#define PRECIS_PREPROCESS_H_

#include <cstddef>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

struct PreprocessOptions {
  // Replace ill-formed UTF-8 bytes with U+FFFD instead of failing.
  bool repair_utf8 = false;
  // A single-byte encoding ("windows-1252", "iso-8859-2", "koi8-r"; the
  // WHATWG labels of windows-1252 such as "latin1" are read as it) for
  // documents that are not valid UTF-8; "" for none. An HTML page that is
  // not valid UTF-8 and declares such an encoding in a <meta> tag is read
  // in it whatever this says. Valid UTF-8 is always read as UTF-8.
  std::string encoding;
  // The limits below keep the time and memory of one cluster bounded (a
  // cluster at every limit is summarized within seconds and a few hundred
  // MB; docs/RELIABILITY.md). 0 means no limit.
  // Largest document accepted, in bytes of its original.
  size_t max_document_bytes = size_t{16} << 20;
  // Most documents in one cluster.
  size_t max_documents = 20000;
  // Largest cluster accepted: its documents' original bytes together.
  size_t max_cluster_bytes = size_t{32} << 20;
  // Longest sentence: text without a boundary for longer is cut there
  // (SentenceSplitter; at least SentenceSplitter::kMinSentenceBytes).
  size_t max_sentence_bytes = 2000;
};

// Cleans and segments every document of `raw`, in order, keeping ids.
// InvalidArgument when `encoding` names no single-byte encoding.
// Errors (the message names the document's origin, or its id):
//   InvalidInput  a NUL byte (binary file), ill-formed UTF-8 (with the byte
//                 offset) when !repair_utf8 and no single-byte encoding
//                 applies, a document over
//                 max_document_bytes, a cluster over max_documents or
//                 max_cluster_bytes (checked before any work);
//   EmptyInput    the cluster has no documents, or no document has text
//                 left after cleaning.
// A document whose text is all boilerplate stays in the cluster with no
// sentences; Summarize() lists it in Summary::empty_documents.
Status PreprocessCluster(const RawCluster& raw, const PreprocessOptions& options, Cluster* cluster);

}  // namespace precis

#endif  // PRECIS_PREPROCESS_H_
