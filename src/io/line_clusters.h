// Copyright 2026 The Precis Authors.
//
// One cluster per line: the shared step of reading JSONL and Multi-News from
// a whole file (ReadClusters) and from a stream (ClusterStream), so both give
// the same ids, origins and messages. Private to src/io.
#ifndef PRECIS_IO_LINE_CLUSTERS_H_
#define PRECIS_IO_LINE_CLUSTERS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/document.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis {

// The name a cluster id is built from: the last component of `origin`
// without its last extension ("data/val.src" -> "val"), or `origin` itself
// when that would be empty.
std::string FileStem(std::string_view origin);

// Parses line `line_number` (1-based) of `origin` as `format` (kJsonl or
// kMultiNews) into *cluster. Messages and document origins name
// "<origin>:<line_number>"; a cluster without an id of its own gets
// "<FileStem(origin)>-<line_number>". On error *cluster keeps the id when it
// was already known, so a caller can report it.
// JSON nested deeper than `max_json_depth` is refused before parsing.
// REQUIRES: `line` holds something besides white space.
Status ParseClusterLine(InputFormat format, std::string_view line, std::string_view origin,
                        size_t line_number, int max_json_depth, RawCluster* cluster);

}  // namespace precis

#endif  // PRECIS_IO_LINE_CLUSTERS_H_
