// Copyright 2026 The Precis Authors.
#include "analyze/locate.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace precis {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Length of the match of `needle` at original[at...], where a space in the
// needle matches any run of white space; 0 when it does not match.
size_t MatchAt(std::string_view original, size_t at, size_t limit, std::string_view needle) {
  size_t i = at;
  for (size_t k = 0; k < needle.size(); ++k) {
    if (needle[k] == ' ') {
      if (i >= limit || !IsSpace(original[i])) return 0;
      while (i < limit && IsSpace(original[i])) ++i;
      continue;
    }
    if (i >= limit || original[i] != needle[k]) return 0;
    ++i;
  }
  return i - at;
}

}  // namespace

SourceSpan Locate(const Cluster& cluster, size_t doc, const Sentence& sentence, size_t begin,
                  size_t end) {
  const Document& document = cluster.documents[doc];
  SourceSpan out;
  out.doc = document.id;
  out.doc_index = doc;
  out.span = sentence.span;
  const std::string_view needle = std::string_view(sentence.text).substr(begin, end - begin);
  const std::string_view original = document.original;
  const size_t from = sentence.span.begin, limit = std::min(sentence.span.end, original.size());
  if (needle.empty() || from >= limit) return out;
  // Where the text would put it if the bytes mapped one to one.
  const double scale = static_cast<double>(limit - from) /
                       static_cast<double>(std::max<size_t>(sentence.text.size(), 1));
  const double expected = static_cast<double>(from) + scale * static_cast<double>(begin);
  double best_distance = -1;
  for (size_t at = from; at < limit; ++at) {
    if (original[at] != needle[0]) continue;
    const size_t length = MatchAt(original, at, limit, needle);
    if (length == 0) continue;
    const double distance = std::abs(static_cast<double>(at) - expected);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      out.span = {at, at + length};
    }
  }
  return out;
}

}  // namespace precis
