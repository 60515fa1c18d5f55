// Copyright 2026 The Precis Authors.
//
// Sentence segmentation for news text.
#ifndef PRECIS_SEGMENT_SENTENCE_SPLITTER_H_
#define PRECIS_SEGMENT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/word_filter.h"
#include "base/word_map.h"

namespace precis {

// A sentence as a byte range of the text given to Split().
struct SentenceRange {
  size_t begin = 0;   // First byte; never white space.
  size_t end = 0;     // One past the last byte; never white space before it.
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
  // Sentences longer than `max_sentence_bytes` are cut (Split()); values
  // below kMinSentenceBytes count as kMinSentenceBytes.
  explicit SentenceSplitter(size_t max_sentence_bytes = kDefaultMaxSentenceBytes);

  // Collects statistics from `texts` (any amount; time and memory linear in
  // the text): how often a word is written with and without a final period
  // and what follows it, and whether it is seen lowercase inside sentences.
  // Learning the whole cluster before splitting any of its documents makes
  // the decisions after "U.S.", "Inc." and unknown abbreviations better;
  // Split() works without it too. Only the words Split() can ask about are
  // counted (the first word after a period, unless a common opener, and a
  // short word that a period and a lowercase word follow), in every text of
  // the call: give it all the texts of a cluster at once. A later call
  // counts its own words and those already known, in its own texts.
  void Learn(const std::vector<std::string_view>& texts);
  void Learn(std::string_view text);

  // Splits `text`: paragraphs one per line (as CleanText produces); a line
  // break always ends a sentence. Ranges are in order, do not overlap, are
  // never empty, and neither begin nor end with white space; `text` minus
  // the ranges is white space only. A sentence longer than max_sentence_bytes()
  // (no boundary found, e.g. a table or a run-on line) is cut: after the
  // last "; " or else at the last space in the second half of the limit, or
  // else at a code point boundary at the limit, so time stays linear on any
  // input. Deterministic; `text` may be any bytes (ill-formed UTF-8 is read
  // as U+FFFD, offsets stay byte offsets of `text`).
  std::vector<SentenceRange> Split(std::string_view text) const;

  // The longest sentence Split() returns, in bytes, unless told otherwise.
  static constexpr size_t kDefaultMaxSentenceBytes = 2000;
  // The least limit: a piece must hold the longest UTF-8 sequence and more.
  static constexpr size_t kMinSentenceBytes = 64;
  size_t max_sentence_bytes() const { return max_sentence_bytes_; }

 private:
  enum class Evidence { kNone, kOrdinaryWord, kName };

  // What Learn() found about a case-folded word: seen lowercase inside
  // sentences at least twice as often as capitalized there, a capital after
  // an abbreviation counting half (an ordinary word), or else seen
  // capitalized there (a name).
  Evidence WordEvidence(std::string_view folded) const;
  // Punkt's idea on one cluster: "token." was followed by a lowercase word
  // or a number at least once, and the token is short, alphabetic and
  // written with a period at least twice as often as without one.
  bool LearnedAbbreviation(std::string_view folded) const;
  // Adds a case-folded word Split() may ask about to stats_ and to
  // asked_, for Learn() to count.
  void MarkAsked(std::string_view key);
  // Whether the capitalized word starting at line[next] opens a sentence: a
  // common opener, or an ordinary word (Learn) not followed by another
  // capitalized word ("U.S. Attorney Thomas Monaghan" stays whole).
  // `token` is the abbreviation before the period; a capitalized word seen
  // after it at least twice in the cluster is part of a name there.
  bool StartsSentence(std::string_view line, std::string_view token, size_t next) const;
  // Whether the run of terminal marks and closing quotes or brackets
  // line[run_begin..end) ends the sentence that began at
  // line[sentence_begin]. `last_terminal` is the offset of the line's last
  // terminal mark (npos for none).
  bool IsBoundary(std::string_view line, size_t sentence_begin, size_t run_begin, size_t end,
                  size_t last_terminal) const;

  struct WordStats {
    int lowercase = 0;                       // Seen starting lowercase.
    int capitalized = 0;                     // Seen capitalized, not at a sentence start.
    int capitalized_after_abbreviation = 0;  // Seen capitalized after "U.S.", "Inc.".
    int with_period = 0;                     // Seen directly followed by ".".
    int without_period = 0;                  // Seen followed by anything else.
    int period_then_continuation = 0;        // "word." then a lowercase word or number.
  };
  size_t max_sentence_bytes_;
  // Case-folded word -> what Learn() saw of it, for the words Split() may
  // ask about.
  WordMap<WordStats> stats_;
  // The words MarkAsked added (16,384 bits, 2 KiB): nearly every word
  // Split() never asks about is ruled out without a look-up in stats_.
  WordFilter<14> asked_;
  // "u.s embassy": how often a capitalized word followed an abbreviation or
  // acronym (case-folded, joined by a space).
  std::unordered_map<std::string, int> collocations_;
};

}  // namespace precis

#endif  // PRECIS_SEGMENT_SENTENCE_SPLITTER_H_
