// Copyright 2026 The Precis Authors.
//
// The sentence splitter on any bytes, checked against its contract: ranges
// in order, not overlapping, never empty, never starting or ending with
// white space, no longer than the limit, and only white space between them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "segment/sentence_splitter.h"

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  precis::SentenceSplitter splitter(100);
  splitter.Learn(text);
  const std::vector<precis::SentenceRange> ranges = splitter.Split(text);
  size_t at = 0;
  for (const precis::SentenceRange& r : ranges) {
    if (r.begin < at || r.begin >= r.end || r.end > size) std::abort();
    if (r.end - r.begin > splitter.max_sentence_bytes()) std::abort();
    if (IsSpace(text[r.begin]) || IsSpace(text[r.end - 1])) std::abort();
    for (size_t i = at; i < r.begin; ++i) {
      if (!IsSpace(text[i])) std::abort();
    }
    at = r.end;
  }
  for (size_t i = at; i < size; ++i) {
    if (!IsSpace(text[i])) std::abort();
  }
  return 0;
}
