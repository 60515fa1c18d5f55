// Copyright 2026 The Precis Authors.
#include "normalize/text_cleaner.h"

namespace precis {

// Placeholder until the cleaning stages land: splits on line breaks only.
void CleanText(const MappedText& input, const std::string& known_title,
               CleanedText* out) {
  out->title = known_title;
  out->body = MappedText();
  size_t i = 0;
  const std::string& t = input.text();
  while (i < t.size()) {
    size_t j = t.find('\n', i);
    if (j == std::string::npos) j = t.size();
    if (j > i) {
      if (!out->body.empty()) out->body.AppendReplacement("\n", input, i, i);
      out->body.AppendFrom(input, i, j - i);
    }
    i = j + 1;
  }
}

}  // namespace precis
