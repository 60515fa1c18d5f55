// Copyright 2026 The Precis Authors.
//
// Format detection for the readers, and the small text scans they share.
// Private to src/io.
#ifndef PRECIS_IO_FORMAT_DETECTOR_H_
#define PRECIS_IO_FORMAT_DETECTOR_H_

#include <string_view>

#include "precis/document.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis {

// Deepest bracket nesting ([ and {) that ParseJsonCluster accepts. The limit
// keeps hostile input from exhausting the stack of the JSON parser.
inline constexpr int kMaxJsonDepth = 64;

// `s` without leading white space and a leading UTF-8 byte order mark.
std::string_view TrimLeft(std::string_view s);
// `s` without leading and trailing white space (and a leading BOM).
std::string_view Trim(std::string_view s);

// The first line of `bytes` holding anything but white space, trimmed; ""
// when there is none.
std::string_view FirstNonBlankLine(std::string_view bytes);

// The deepest nesting of [ and { outside JSON strings in `text`, counting
// stopped as soon as it exceeds `limit` (the result is then limit + 1).
// Linear time, constant space; malformed input just gives some number.
int JsonNestingDepth(std::string_view text, int limit);

// True when `line` (one trimmed line) starts with '{' and parses as a JSON
// object with a "documents" member, or is nested too deep to parse (so that
// reading it as JSONL reports the nesting).
bool LooksLikeJsonCluster(std::string_view line);

// The format of a file named `name` ("-" for standard input) holding
// `bytes`, by these rules in order:
//   ".html"/".htm" name                                  -> kHtml
//   ".jsonl"/".ndjson" name                              -> kJsonl
//   "<DOC>" or "<DOC ...>" start (after white space/BOM) -> kDuc
//   "<!DOCTYPE html" or "<html" start, any case          -> kHtml
//   first non-blank line a JSON cluster object           -> kJsonl
//   "|||||" anywhere                                     -> kMultiNews
//   otherwise                                            -> kText
// Never returns kAuto.
InputFormat DetectFileFormat(std::string_view name, std::string_view bytes);

// Returns InvalidInput "<where>: duplicate document id '<id>' ..." naming
// the origins of both documents when two documents of `cluster` share an id.
Status CheckUniqueDocumentIds(const RawCluster& cluster, std::string_view where);

}  // namespace precis

#endif  // PRECIS_IO_FORMAT_DETECTOR_H_
