// Copyright 2026 The Precis Authors.
//
// Cleaning alone, on any bytes made valid UTF-8: the cleaned body's byte
// origins must stay inside the input and never go backwards.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/mapped_text.h"
#include "base/utf8.h"
#include "normalize/text_cleaner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::CleanedText cleaned;
  precis::CleanText(precis::RepairUtf8(bytes), "", &cleaned);
  const precis::MappedText& body = cleaned.body;
  size_t previous = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    const size_t begin = body.origin_begin(i), end = body.origin_end(i);
    if (begin > end || end > size || begin < previous) std::abort();
    previous = begin;
  }
  return 0;
}
