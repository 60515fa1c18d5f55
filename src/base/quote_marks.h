// Copyright 2026 The Precis Authors.
//
// Double quotation marks as news text writes them: curly (“ ”), straight
// ("), and the typesetting marks of newswire written for print (``opening''
// and closing, as in the NYT and AP files of DUC and TAC). Summaries use
// them to keep a quotation's first sentence from standing alone; `analyze`
// to find quotations and their speakers.
#ifndef PRECIS_BASE_QUOTE_MARKS_H_
#define PRECIS_BASE_QUOTE_MARKS_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace precis {

enum class QuoteMarkKind {
  kNone,
  kOpening,   // “ or ``
  kClosing,   // ” or ''
  kStraight,  // ", opening or closing by position
};

struct QuoteMark {
  QuoteMarkKind kind = QuoteMarkKind::kNone;
  size_t width = 0;  // Bytes; 0 for kNone.
};

namespace quote_marks_internal {
QuoteMark MarkStartingAt(std::string_view text, size_t i);
// The bytes a mark can start with: E2 (“ ”), ` , ' and ".
inline constexpr std::array<bool, 256> kStarts = [] {
  std::array<bool, 256> starts{};
  starts[0xE2] = starts['`'] = starts['\''] = starts['"'] = true;
  return starts;
}();
}  // namespace quote_marks_internal

// The double quotation mark that starts at byte `i` of `text` ({kNone, 0}
// when none does, or i >= text.size()). A single apostrophe or grave accent
// is no mark. Inline for the common byte that starts none, since callers
// ask for every byte of a text.
inline QuoteMark QuoteMarkAt(std::string_view text, size_t i) {
  if (i >= text.size()) return {};
  if (!quote_marks_internal::kStarts[static_cast<unsigned char>(text[i])]) return {};
  return quote_marks_internal::MarkStartingAt(text, i);
}

// The mark that ends at byte `end` of `text` ({kNone, 0} when none does).
QuoteMark QuoteMarkBefore(std::string_view text, size_t end);

// True when `text` holds a double quotation mark of any kind.
bool HasQuoteMark(std::string_view text);

}  // namespace precis

#endif  // PRECIS_BASE_QUOTE_MARKS_H_
