// Copyright 2026 The Precis Authors.
//
// When a document was published, as far as its own bytes say: a JSONL
// "date" field, DUC's <DATE_TIME> (or the date inside a DOCNO such as
// APW19981016.0240), an HTML page's article:published_time, datePublished
// or pubdate. Used to find the newest report of a cluster.
#ifndef PRECIS_IO_DOCUMENT_DATE_H_
#define PRECIS_IO_DOCUMENT_DATE_H_

#include <string>
#include <string_view>

#include "precis/document.h"

namespace precis {

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" from text that starts with such a date
// (after optional spaces; "1998-10-16 11:21", "2014-12-17T20:03:00Z"), or
// "" when it does not. Months and days must be in range.
std::string NormalizeDate(std::string_view text);

// The publication date of `doc` (NormalizeDate's form), or "" when unknown.
// raw.date, when set, wins. Looks only at the first 64 KB of the bytes.
std::string DocumentDate(const RawDocument& doc);

}  // namespace precis

#endif  // PRECIS_IO_DOCUMENT_DATE_H_
