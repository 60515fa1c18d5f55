// Copyright 2026 The Precis Authors.
//
// Sentence segmentation for news text.
#ifndef PRECIS_SEGMENT_SENTENCE_SPLITTER_H_
#define PRECIS_SEGMENT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis {

// A sentence as a byte range of the text given to Split().
struct SentenceRange {
  size_t begin = 0;  // First byte; never white space.
  size_t end = 0;    // One past the last byte; never white space before it.
  int paragraph = 0;  // 0-based line index of the paragraph holding it.
  // The sentence has no final punctuation (.!? possibly followed by closing
  // quotes or brackets): a headline, a heading, a list item.
  bool is_heading = false;
};

// Splits cleaned text into sentences. Knows news abbreviations (titles, months,
// states, corporate suffixes, "U.S.", initials), decimals and numbers,
// ellipses, sentence ends inside quotes and parentheses, headings without
// final punctuation and list items. Learn() adds evidence from the text of a
// whole cluster (Punkt-style: which period-final tokens are abbreviations,
// which words are ordinary lowercase words) before splitting.
//
// Thread safety: Split() is const and may run concurrently; Learn() may not
// run concurrently with anything.
class SentenceSplitter {
 public:
  SentenceSplitter();

  // Collects statistics from `text` (any amount, may be called repeatedly).
  void Learn(std::string_view text);

  // Splits `text`: paragraphs one per line (as CleanText produces); a line
  // break always ends a sentence. Ranges are in order and do not overlap.
  std::vector<SentenceRange> Split(std::string_view text) const;

 private:
  enum class Evidence { kNone, kOrdinaryWord, kName };

  // What Learn() found about a case-folded word: seen lowercase inside
  // sentences (an ordinary word), or only capitalized there (a name).
  Evidence WordEvidence(std::string_view folded) const;
  // True when Learn() saw "token." followed by a lowercase word: the period
  // was an abbreviation's, not a sentence end.
  bool LearnedAbbreviation(std::string_view folded) const;
  // Whether the terminal punctuation ending at `end` (exclusive, closing
  // quotes included) ends a sentence in `line`.
  bool IsBoundary(std::string_view line, size_t punct, size_t end) const;

  struct WordStats {
    int lowercase_inside = 0;    // Seen starting lowercase.
    int capitalized_inside = 0;  // Seen capitalized, not after a sentence end.
    int period_then_lower = 0;   // Seen as "word." followed by a lowercase word.
  };
  std::unordered_map<std::string, WordStats> stats_;
};

}  // namespace precis

#endif  // PRECIS_SEGMENT_SENTENCE_SPLITTER_H_
