// Copyright 2026 The Precis Authors.
//
// The built-in word lists of the sentence splitter: news abbreviations by the
// way they behave before the next word, and capitalized words that usually
// open a sentence. Private to src/segment.
#ifndef PRECIS_SEGMENT_ABBREVIATIONS_H_
#define PRECIS_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

namespace precis::segment {

// How a known abbreviation's period relates to a sentence end.
enum class AbbreviationKind {
  kNone,      // Not a known abbreviation.
  kTitle,     // Always followed by its noun: "Mr.", "Gen.", "vs.", "e.g.".
  kPlace,     // "St. Louis", "Fifth Ave.": ends a sentence before an opener.
  kMonth,     // "Dec. 25": never before a number, else like kPlace.
  kNumber,    // "No. 5", "pp. 3": never before a number, else a sentence end.
  kState,     // "Calif.", "Ariz.": mid-sentence only before a comma or a
              // lowercase word in news style, so a capital starts a sentence.
  kFlexible,  // "Inc.", "Jr.", "etc.", "a.m.": ends a sentence before an
              // opener, not before a name.
};

// Classifies `token`, the word before a period as written (without that
// period, with inner periods: "U.S" for "U.S."). Case matters: titles,
// months and states match only when capitalized ("Ill." but not "ill."),
// lowercase-only abbreviations ("e.g.", "approx.") in any case. Returns kNone
// for anything not in the lists, including dotted acronyms in general.
AbbreviationKind ClassifyAbbreviation(std::string_view token);

// True for a case-folded word that opens sentences far more often than it
// continues a name: "the", "but", "however", "he".
bool IsSentenceOpener(std::string_view folded);

// True for a case-folded verb of attribution: "said", "asked".
bool IsSpeechVerb(std::string_view folded);

// True for the case-folded last label of a domain name: "com", "org", "uk".
bool IsTopLevelDomain(std::string_view folded);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_ABBREVIATIONS_H_
