// Copyright 2026 The Precis Authors.
#include "segment/sentence_splitter.h"

namespace precis {

SentenceSplitter::SentenceSplitter() = default;

void SentenceSplitter::Learn(std::string_view) {}

// Placeholder until the real splitter lands: one sentence per line.
std::vector<SentenceRange> SentenceSplitter::Split(std::string_view text) const {
  std::vector<SentenceRange> out;
  size_t i = 0;
  int paragraph = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) out.push_back({i, j, paragraph, false});
    ++paragraph;
    i = j + 1;
  }
  return out;
}

}  // namespace precis
