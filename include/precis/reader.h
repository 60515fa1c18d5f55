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
  // How to read each file. kAuto decides per file, first rule that applies:
  // a ".html"/".htm" name -> html; a ".jsonl"/".ndjson" name -> jsonl; a
  // "<DOC>" start (after white space and a byte order mark) -> duc; a
  // "<!DOCTYPE html" or "<html" start, in any case -> html; a first non-blank
  // line that is a JSON object with "documents" -> jsonl; "|||||" anywhere ->
  // multinews; otherwise text. Any other value reads every file as that
  // format.
  InputFormat input = InputFormat::kAuto;
  // Largest accepted input file, standard input or JSONL line, in bytes; 0
  // means no limit. A regular file over it is refused before it is read.
  size_t max_input_bytes = size_t{256} << 20;
  // Most files read from one directory (0: no limit); a directory with more
  // is refused before any is read (PreprocessOptions::max_documents checks
  // every cluster, however it was read).
  size_t max_documents = 0;
  // Deepest nesting of JSON arrays and objects in a JSONL line, checked
  // before parsing so that hostile JSON cannot exhaust a stack.
  int max_json_depth = 64;
};

// Reads every path in order and appends the clusters they hold to *clusters.
//
// Document-per-file inputs (text, html and duc files, and directories of
// them) given together form one cluster, whose id is the directory's name
// when they all came from a single directory, else "cluster"; it takes the
// place of its first document among the other clusters. A text or html
// document's id is its file name without the last extension
// ("000_4d90.txt" -> "000_4d90"); a duc file adds one document per <DOC>,
// with the <DOCNO> as id. Document origins are the paths read.
//
// A directory is read one level deep: its regular files (symbolic links
// followed) are documents, taken in byte order of their names, hidden
// entries (".name") skipped. A directory holding files and subdirectories is
// one cluster of its files: the subdirectories are ignored. A directory
// holding only subdirectories yields one cluster per subdirectory (id = its
// name), in name order, each of that subdirectory's files.
//
// JSONL and Multi-News files add one cluster per non-blank line, in order
// (see ParseJsonCluster, ParseMultiNewsCluster); a cluster without an id of
// its own is "<file name without extension>-<line number>".
//
// "-" reads standard input as one document with id "stdin", or as JSONL or
// Multi-News lines when detected (or forced) so.
//
// Errors (*clusters is left as it was on entry):
//   NotFound      a missing path or a broken symbolic link;
//   IOError       an unreadable file or directory, a symbolic link loop;
//   InvalidInput  an empty (0-byte) file ("<path>: empty file"), a file or
//                 standard input over options.max_input_bytes, bytes that
//                 are no text (a NUL byte: "binary data", or a UTF-16/32
//                 byte order mark; refused as they are read), a directory
//                 of more than options.max_documents files (before any is
//                 read), a special file inside a directory, malformed content (naming the
//                 file, and the line for JSONL and Multi-News), duplicate
//                 document ids within a cluster;
//   EmptyInput    a directory without documents, a line without documents,
//                 or no document in all the paths;
//   InvalidArgument  no path at all, or an empty one.
// Every message is one line that names the path. Pipes and character
// devices are read when named on their own (process substitution), never
// when found in a directory.
Status ReadClusters(const std::vector<std::string>& paths, const ReadOptions& options,
                    std::vector<RawCluster>* clusters);

// Parses one JSONL cluster line:
//   {"id": "D1", "documents": [{"id": "a", "text": "..."},
//                              {"id": 2, "html": "<p>..."}, "plain text"],
//    ...other fields, ignored...}
// "id" is a non-empty string or an integer; a cluster without "id" (or with
// null) gets `fallback_id`, a document without one "<cluster id>-d<index>"
// (index from 0 in the array). A document's `original` is the decoded JSON
// string, its origin is `origin` ("file.jsonl:12"), its format kHtml for
// "html" (when there is no "text") and kText otherwise.
// Errors, each message starting with `origin`: InvalidInput for malformed
// JSON ("malformed JSON: <reason>"), nesting deeper than `max_depth` levels
// of [ and { (checked before parsing, so hostile input cannot exhaust a
// stack), a
// value of the wrong type (naming the field, e.g. "documents[3].text"), or
// duplicate document ids (naming the id); EmptyInput for a cluster with no
// documents (naming the cluster). On error, cluster->id is set when it was
// read already.
Status ParseJsonCluster(std::string_view line, std::string_view origin,
                        std::string_view fallback_id, RawCluster* cluster,
                        int max_depth = ReadOptions().max_json_depth);

// Parses one Multi-News line: documents separated by "|||||", each
// "NEWLINE_CHAR" standing for a line break. A document's `original` is its
// segment with those replaced and white space trimmed (these decoded bytes
// are what spans refer to); its id is "<cluster id>-d<index>" with the
// segment's 0-based position, so empty segments, which are skipped, leave
// gaps; its origin is `origin`. Returns EmptyInput (naming `origin`) when
// every segment is empty.
Status ParseMultiNewsCluster(std::string_view line, std::string_view origin,
                             std::string_view cluster_id, RawCluster* cluster);

// Reads clusters one at a time from a stream of JSONL or Multi-News lines, so
// memory does not grow with the number of clusters: at most
// options.max_input_bytes of a line are held. Lines are parsed as by
// ReadClusters with `origin` as the file name ("<origin>:<line>" in messages,
// "<origin without extension>-<line>" for clusters without an id).
// Not thread-safe.
class ClusterStream {
 public:
  // `format` is kJsonl, kMultiNews, or kAuto to decide from the first
  // non-blank line (a JSON cluster object -> jsonl, else multinews); any
  // other format makes the first Next() fail with InvalidArgument.
  // REQUIRES: `in` outlives the stream and is read by nothing else.
  ClusterStream(std::istream* in, InputFormat format, std::string origin,
                const ReadOptions& options);

  // Reads the next non-blank line. Returns true and fills *line_number
  // (1-based, counting blank lines) and either *cluster (*status OK) or
  // *status: the line was unusable (malformed, or longer than
  // options.max_input_bytes, which is then skipped up to its newline) and
  // the stream can go on. Returns false at the end of the input with *status
  // OK, or after a read error (the stream went bad) with *status IOError.
  bool Next(RawCluster* cluster, Status* status, size_t* line_number);

  // Next() in two steps, for callers that parse on other threads: NextLine
  // reads the next line as Next() does (same return value and *status,
  // *line filled instead of a cluster) but returns blank lines too, marked
  // `blank`, so that a caller can answer every line; Parse turns a line
  // whose status was OK into a cluster (InvalidInput for a blank line).
  // Parse may run on any thread, also while NextLine runs.
  struct Line {
    std::string text;
    size_t number = 0;                         // 1-based, counting blank lines.
    InputFormat format = InputFormat::kJsonl;  // kJsonl or kMultiNews.
    bool blank = false;                        // Only white space.
  };
  bool NextLine(Line* line, Status* status);
  Status Parse(const Line& line, RawCluster* cluster) const;

 private:
  std::istream* in_;
  InputFormat format_;
  std::string origin_;
  ReadOptions options_;
  size_t line_number_ = 0;
};

}  // namespace precis

#endif  // PRECIS_READER_H_
