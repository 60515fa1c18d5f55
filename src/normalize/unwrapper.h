// Copyright 2026 The Precis Authors.
//
// Paragraph assembly: splitting normalized text into lines, deciding whether
// a document is hard-wrapped, and joining lines into one-line paragraphs.
#ifndef PRECIS_NORMALIZE_UNWRAPPER_H_
#define PRECIS_NORMALIZE_UNWRAPPER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_text.h"

namespace precis {

// One line of normalized text (lines end at '\n'; the text holds no '\r' or
// tabs any more, only ' ' as white space).
struct TextLine {
  size_t begin = 0;  // Byte range without leading and trailing spaces.
  size_t end = 0;
  bool blank = true;       // Nothing but spaces.
  bool dropped = false;    // Boilerplate or headline: not part of the body.
  bool terminal = false;   // Ends a sentence: . ! ? … : ; before closing quotes.
  bool continues = false;  // Starts lowercase or with , ; : ) ] ” ’ …: it goes on
                           // the sentence of the line before.
  bool list_item = false;  // Starts "- ", "* ", "• ", "1. ", "1) ".
  size_t words = 0;

  bool kept() const { return !blank && !dropped; }
  std::string_view view(const std::string& text) const {
    return std::string_view(text).substr(begin, end - begin);
  }
};

// Splits `text` at '\n' into lines (a final line without '\n' included; an
// empty text gives one blank line) and fills every field but `dropped`.
std::vector<TextLine> SplitLines(const std::string& text);

// True when the document is hard-wrapped: among kept lines without final
// punctuation that are followed by a kept line, at least 30% (and at least
// two) are followed by a line that continues them. Then any kept line
// without final punctuation joins the next; otherwise such a line followed
// by a capitalized line is a heading and stays a paragraph of its own.
bool IsHardWrapped(const std::vector<TextLine>& lines);

// Appends the kept lines of `text` to `out` as paragraphs, one per line,
// separated by '\n', with runs of spaces collapsed to one. A kept line joins
// the next kept line (with one ' ' standing for the line break) when the next
// line continues it, or when `hard_wrapped` and the line lacks final
// punctuation; never when the next line is a list item, and never across a
// blank or dropped line. Origins: copied bytes keep theirs; a joining space
// maps to the line break and spaces it replaces; a collapsed run of spaces to
// the run; the '\n' between paragraphs is an insertion (empty origin).
// REQUIRES: `lines` came from SplitLines(text.text()).
void AssembleParagraphs(const MappedText& text, const std::vector<TextLine>& lines,
                        bool hard_wrapped, MappedText* out);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_UNWRAPPER_H_
