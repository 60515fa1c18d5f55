// Copyright 2026 The Precis Authors.
#include "base/quote_marks.h"

#include <array>

namespace precis {
namespace {

struct Spelling {
  std::string_view bytes;
  QuoteMarkKind kind;
};

constexpr std::array<Spelling, 5> kSpellings = {{
    {"\xE2\x80\x9C", QuoteMarkKind::kOpening},  // “
    {"\xE2\x80\x9D", QuoteMarkKind::kClosing},  // ”
    {"``", QuoteMarkKind::kOpening},
    {"''", QuoteMarkKind::kClosing},
    {"\"", QuoteMarkKind::kStraight},
}};

}  // namespace

namespace quote_marks_internal {

QuoteMark MarkStartingAt(std::string_view text, size_t i) {
  for (const Spelling& s : kSpellings) {
    if (text.substr(i, s.bytes.size()) == s.bytes) return {s.kind, s.bytes.size()};
  }
  return {};
}

}  // namespace quote_marks_internal

QuoteMark QuoteMarkBefore(std::string_view text, size_t end) {
  if (end > text.size()) return {};
  for (const Spelling& s : kSpellings) {
    if (end >= s.bytes.size() && text.substr(end - s.bytes.size(), s.bytes.size()) == s.bytes) {
      return {s.kind, s.bytes.size()};
    }
  }
  return {};
}

bool HasQuoteMark(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (QuoteMarkAt(text, i).kind != QuoteMarkKind::kNone) return true;
  }
  return false;
}

}  // namespace precis
