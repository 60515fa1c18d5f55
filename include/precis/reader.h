// Copyright 2026 The Precis Authors.
//
// Readers: turn paths (files, directories, standard input) into clusters of
// raw documents. Formats:
//   text       one file = one document (id = file name without extension)
//   html       one file = one document; its main text is extracted later
//   jsonl      one cluster per line: {"id", "documents": [{"id", "text"}], ...}
//              ("html" may stand instead of "text"; other fields are ignored)
//   multinews  one cluster per line, documents joined by "|||||",
//              "NEWLINE_CHAR" meaning a line break
//   duc        DUC/TREC SGML: <DOC><DOCNO>..</DOCNO>..<TEXT>..</TEXT></DOC>,
//              several per file
// Nothing is dropped silently: a path that yields no document is an error.
#ifndef PRECIS_READER_H_
#define PRECIS_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "precis/document.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat { kAuto, kText, kHtml, kJsonl, kMultiNews, kDuc };

// Parses "auto", "text", "html", "jsonl", "multinews" or "duc".
// Returns InvalidArgument for any other name.
Status ParseInputFormat(std::string_view name, InputFormat* format);
const char* InputFormatName(InputFormat format);

struct ReadOptions {
  // How to read each path. kAuto decides per file: ".html"/".htm" names or an
  // HTML start -> html; a "<DOC>" start -> duc; a first line that is a JSON
  // object -> jsonl; "|||||" separators -> multinews; otherwise text.
  InputFormat input = InputFormat::kAuto;
  // Largest accepted input file or JSONL line, in bytes; 0 means no limit.
  size_t max_input_bytes = size_t{1} << 30;
};

// Reads every path in order and appends the clusters they hold to *clusters.
// Document-per-file inputs (text, html, duc files, and directories of them)
// given together form one cluster, whose id is the directory name when a
// single directory was given, else "cluster". A directory holding only
// subdirectories yields one cluster per subdirectory (id = its name).
// Directory entries are taken in byte order of their names; hidden files
// (".name") are skipped. JSONL and Multi-News files add one cluster per
// non-blank line, in order. "-" reads standard input.
// Errors: NotFound for a missing path, IOError for an unreadable one,
// InvalidInput for malformed content (naming file and line), EmptyInput when
// the paths hold no document at all.
Status ReadClusters(const std::vector<std::string>& paths,
                    const ReadOptions& options, std::vector<RawCluster>* clusters);

// Parses one JSONL cluster line. `origin` names the line in messages
// ("file.jsonl:12"). A document without "id" gets "<cluster id>-d<index>"; a
// cluster without "id" gets `fallback_id`.
Status ParseJsonCluster(std::string_view line, std::string_view origin,
                        std::string_view fallback_id, RawCluster* cluster);

// Parses one Multi-News line (documents separated by "|||||").
// Documents get ids "<cluster id>-d<index>".
Status ParseMultiNewsCluster(std::string_view line, std::string_view origin,
                             std::string_view cluster_id, RawCluster* cluster);

// Reads clusters one at a time from a stream of JSONL or Multi-News lines, so
// memory does not grow with the number of clusters. Not thread-safe.
class ClusterStream {
 public:
  // REQUIRES: format is kJsonl or kMultiNews; `in` outlives the stream.
  ClusterStream(std::istream* in, InputFormat format, std::string origin,
                const ReadOptions& options);

  // Reads the next non-blank line. Returns true and fills *line_number and
  // either *cluster (status OK) or *status (the line was unusable, the stream
  // can go on). Returns false at end of input (or on a read error, reported
  // through *status).
  bool Next(RawCluster* cluster, Status* status, size_t* line_number);

 private:
  std::istream* in_;
  InputFormat format_;
  std::string origin_;
  ReadOptions options_;
  size_t line_number_ = 0;
  std::string line_;
};

}  // namespace precis

#endif  // PRECIS_READER_H_
