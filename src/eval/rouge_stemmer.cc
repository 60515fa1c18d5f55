// Copyright 2026 The Precis Authors.
//
// The script's regular expressions, read as conditions on a word's
// consonant/vowel pattern. The script upper-cases an initial 'y' (always a
// consonant), so a letter is a vowel when it is a, e, i, o or u, or a 'y'
// that follows a consonant. Then, with [C] an optional consonant run and V
// a vowel run:
//   ^[C]VC       measure > 0        ^[C]VCVC      measure > 1
//   ^[C]VC[V]$   measure == 1       ^[C]v         contains a vowel
//   ^C v [^aeiouwxy]$   the whole stem is consonants, one vowel, one
//                       consonant other than w, x, y (step 1b's *o)
// and a suffix alternation "(a|b|...)$" matches the longest listed suffix.
// rouge_stemmer_regex_test.cc keeps the regular expressions themselves and
// checks this file against them.
#include "eval/rouge_stemmer.h"

#include <span>
#include <string_view>
#include <vector>

namespace precis {
namespace {

bool IsAeiou(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Vowel flags of `w` (whose first letter, if 'y', the caller has made 'Y').
void VowelFlags(std::string_view w, std::vector<char>* vowel) {
  vowel->resize(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    (*vowel)[i] = IsAeiou(c) || (c == 'y' && i > 0 && !(*vowel)[i - 1]);
  }
}

// The number of vowel runs followed by a consonant.
int Measure(std::string_view w) {
  thread_local std::vector<char> vowel;
  VowelFlags(w, &vowel);
  int m = 0;
  for (size_t i = 1; i < w.size(); ++i) {
    if (vowel[i - 1] && !vowel[i]) ++m;
  }
  return m;
}

bool HasVowel(std::string_view w) {
  thread_local std::vector<char> vowel;
  VowelFlags(w, &vowel);
  for (char v : vowel) {
    if (v) return true;
  }
  return false;
}

// ^C v [^aeiouwxy]$ over the whole stem.
bool IsCvc(std::string_view w) {
  const size_t n = w.size();
  if (n < 3) return false;
  thread_local std::vector<char> vowel;
  VowelFlags(w, &vowel);
  for (size_t i = 0; i + 2 < n; ++i) {
    if (vowel[i]) return false;
  }
  const char last = w[n - 1];
  return vowel[n - 2] && !IsAeiou(last) && last != 'w' && last != 'x' && last != 'y';
}

std::string_view Stem(std::string_view w, std::string_view suffix) {
  return w.substr(0, w.size() - suffix.size());
}

using SuffixRule = std::pair<std::string_view, std::string_view>;

// The longest suffix of `w` in `rules` (the regular expression's leftmost
// match), or nullptr.
const SuffixRule* LongestSuffix(std::string_view w, std::span<const SuffixRule> rules) {
  const SuffixRule* best = nullptr;
  for (const SuffixRule& rule : rules) {
    if (w.ends_with(rule.first) && (best == nullptr || rule.first.size() > best->first.size())) {
      best = &rule;
    }
  }
  return best;
}

constexpr SuffixRule kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}};

constexpr SuffixRule kStep3[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                                 {"ical", "ic"},  {"ful", ""},   {"ness", ""}};

constexpr SuffixRule kStep4[] = {{"al", ""},    {"ance", ""}, {"ence", ""}, {"er", ""},
                                 {"ic", ""},    {"able", ""}, {"ible", ""}, {"ant", ""},
                                 {"ement", ""}, {"ou", ""},   {"ism", ""},  {"ate", ""},
                                 {"iti", ""},   {"ous", ""},  {"ive", ""},  {"ize", ""}};

// Steps 2 and 3: the longest listed suffix is replaced when its stem has
// measure > 0.
void ReplaceSuffix(std::span<const SuffixRule> rules, std::string* w) {
  const SuffixRule* rule = LongestSuffix(*w, rules);
  if (rule == nullptr) return;
  const std::string_view stem = Stem(*w, rule->first);
  if (Measure(stem) > 0) *w = std::string(stem) + std::string(rule->second);
}

// Drops `suffix` when the stem before it has measure > 1.
bool DropIfMeasureAbove1(std::string_view suffix, std::string* w) {
  if (!w->ends_with(suffix)) return false;
  if (Measure(Stem(*w, suffix)) > 1) w->resize(w->size() - suffix.size());
  return true;
}

}  // namespace

std::string RougePorterStem(const std::string& word) {
  if (word.size() < 3) return word;
  std::string w = word;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a: (ss|i)es -> ss|i; else a final s not after s goes.
  if (w.ends_with("sses") || w.ends_with("ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  // Step 1b.
  if (w.ends_with("eed")) {
    if (Measure(Stem(w, "eed")) > 0) w.pop_back();
  } else if (w.ends_with("ed") || w.ends_with("ing")) {
    const std::string_view suffix = w.ends_with("ed") ? "ed" : "ing";
    if (HasVowel(Stem(w, suffix))) {
      w.resize(w.size() - suffix.size());
      const size_t n = w.size();
      if (w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] && !IsAeiou(w[n - 1]) && w[n - 1] != 'y' &&
                 w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z') {
        w.pop_back();
      } else if (IsCvc(w)) {
        w += 'e';
      }
    }
  }
  // Step 1c: y -> i when the stem has a vowel.
  if (!w.empty() && w.back() == 'y' && HasVowel(Stem(w, "y"))) w.back() = 'i';
  ReplaceSuffix(kStep2, &w);
  ReplaceSuffix(kStep3, &w);
  // Step 4, as the script modifies it: three rules applied in turn.
  if (const SuffixRule* rule = LongestSuffix(w, kStep4)) {
    if (Measure(Stem(w, rule->first)) > 1) w.resize(w.size() - rule->first.size());
  }
  DropIfMeasureAbove1("ment", &w);
  if (!DropIfMeasureAbove1("ent", &w)) {
    // (s|t)ion: the s or t stays with the stem.
    if (w.ends_with("sion") || w.ends_with("tion")) {
      const std::string_view stem = std::string_view(w).substr(0, w.size() - 3);
      if (Measure(stem) > 1) w.resize(w.size() - 3);
    }
  }
  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    const std::string_view stem = Stem(w, "e");
    const int m = Measure(stem);
    if (m > 1 || (m == 1 && !IsCvc(stem))) w.pop_back();
  }
  if (w.ends_with("ll") && Measure(w) > 1) w.pop_back();
  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace precis
