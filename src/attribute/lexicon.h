// Copyright 2026 The Precis Authors.
//
// Word lists that let sources agree when they word the same fact
// differently: number words, months and weekdays, reporting verbs and
// common aliases of places and bodies. All lookups take case-folded words
// (Token::folded).
#ifndef PRECIS_ATTRIBUTE_LEXICON_H_
#define PRECIS_ATTRIBUTE_LEXICON_H_

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

namespace precis {

// True when `folded` is one of `words`: for the short lists written where
// they are used ("in", "since", "until").
inline bool OneOf(std::string_view folded, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// False when every function below answers 0, false or "" for `folded`
// (the case of nearly every word): one lookup instead of several.
bool IsLexiconWord(std::string_view folded);

// The value of a number word from "two" to "ninety" ("twelve" -> 12), or 0.
// "one" is left out: it is far more often a pronoun than a count.
int NumberWordValue(std::string_view folded);

// 100, 1e3, 1e6, 1e9 or 1e12 for "hundred", "thousand", "million",
// "billion", "trillion"; 1e5 and 1e7 for the Indian "lakh" and "crore"
// (either in the plural too); else 0.
double MultiplierValue(std::string_view folded);

// A unit's abbreviation as a word ("km" -> "kilometers", "lbs" ->
// "pounds", "hrs" -> "hours"), the abbreviation itself for a unit written
// only so ("mph", "gb"), or "" for any other word.
std::string_view UnitInFull(std::string_view folded);

// 1-12 for a month name or its abbreviation ("dec", "dec.", "december",
// "sept"); else 0. "may" is a month only when the caller has checked that
// it is capitalized and not a verb.
int MonthNumber(std::string_view folded);

// 1-7 for "monday" ... "sunday"; else 0.
int WeekdayNumber(std::string_view folded);

// True for titles and offices written before a name: "mr", "president",
// "sen" (a final period is ignored: "sen.").
bool IsTitle(std::string_view folded);

// True for verbs that attribute a statement: "said", "told", "stated",
// "according", "announced", "added", ...
bool IsReportingVerb(std::string_view folded);

// The canonical form of a common alias ("u.s.", "united states",
// "american" -> "usa"; "u.k.", "britain" -> "uk"), or "" when `folded` is
// not one. Two-word aliases are looked up with a single space between the
// words. "us" and "un" are aliases only when the caller has seen them
// written in capitals.
std::string CanonicalAlias(std::string_view folded);

// True for the first words of the two-word aliases ("united", "european"):
// callers look a pair up only after these.
bool StartsTwoWordAlias(std::string_view folded);

// Writes a number without exponent or trailing zeros: 15000000, 3.5.
std::string FormatNumber(double value);

}  // namespace precis

#endif  // PRECIS_ATTRIBUTE_LEXICON_H_
