// Copyright 2026 The Precis Authors.
#include "normalize/headline.h"

namespace precis {

size_t FindHeadline(const std::string& text, const std::vector<TextLine>& lines) {
  size_t first = 0;
  while (first < lines.size() && !lines[first].kept()) ++first;
  if (first == lines.size()) return lines.size();
  const TextLine& line = lines[first];
  if (line.terminal || line.list_item || line.words < 2 || line.words > kMaxHeadlineWords ||
      text[line.end - 1] == ',') {
    return lines.size();
  }
  size_t next = first + 1;
  while (next < lines.size() && lines[next].dropped) ++next;
  // A line with nothing after it is the text itself, not its headline.
  size_t rest = next;
  while (rest < lines.size() && !lines[rest].kept()) ++rest;
  if (rest == lines.size()) return lines.size();
  if (next < lines.size() && lines[next].kept() && lines[next].continues) return lines.size();
  return first;
}

}  // namespace precis
