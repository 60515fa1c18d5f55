// Copyright 2026 The Precis Authors.
//
// The cleaning chain: Unicode and spaces -> percent-decoding -> lines ->
// boilerplate -> headline -> paragraphs. Every stage appends to a MappedText,
// so origins compose from the first stage to the last.
#include "normalize/text_cleaner.h"

#include <string_view>
#include <utility>
#include <vector>

#include "normalize/boilerplate.h"
#include "normalize/headline.h"
#include "normalize/percent_decoder.h"
#include "normalize/unicode_normalizer.h"
#include "normalize/unwrapper.h"

namespace precis {
namespace {

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

void CleanText(MappedText input, const std::string& known_title, CleanedText* out) {
  *out = CleanedText();
  const MappedText text = DecodePercentPassages(NormalizeUnicode(std::move(input)));
  const std::string& t = text.text();
  std::vector<TextLine> lines = SplitLines(t);

  // Boilerplate, including repeats of a title the format reader found.
  const std::string folded_known = FoldForComparison(known_title);
  for (TextLine& line : lines) {
    if (!line.blank) {
      line.dropped = ClassifyLine(line.view(t), folded_known, line.words) != Boilerplate::kNone;
    }
  }

  if (!known_title.empty()) {
    out->title = known_title;
    for (const TextLine& line : lines) {
      if (!line.blank && !folded_known.empty() && RepeatsTitle(line.view(t), folded_known)) {
        out->title_span = text.OriginalSpan(line.begin, line.end);
        break;
      }
    }
  } else {
    const size_t headline = FindHeadline(t, lines);
    if (headline < lines.size()) {
      TextLine& line = lines[headline];
      out->title = CollapseSpaces(line.view(t));
      out->title_span = text.OriginalSpan(line.begin, line.end);
      line.dropped = true;
      const std::string folded = FoldForComparison(out->title);
      for (TextLine& other : lines) {
        if (other.kept() && RepeatsTitle(other.view(t), folded)) other.dropped = true;
      }
    }
  }

  AssembleParagraphs(text, lines, IsHardWrapped(lines), &out->body);
}

}  // namespace precis
