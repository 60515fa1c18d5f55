// Copyright 2026 The Precis Authors.
//
// Written from NLTK 3.8's description of its rules (nltk/stem/porter.py,
// mode NLTK_EXTENSIONS). Each step is a list of (suffix, replacement,
// condition) rules of which the first whose suffix matches decides: when its
// condition fails the word is left as it is, as NLTK's _apply_rule_list does.
#include "eval/nltk_porter.h"

#include <initializer_list>

namespace precis {
namespace {

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A consonant is a letter other than a, e, i, o, u, and other than a 'y'
// preceded by a consonant. Digits count as consonants, as in NLTK. Linear in
// the run of 'y's before i (NLTK recurses; a long run would overflow).
bool IsConsonant(std::string_view w, size_t i) {
  if (IsVowelLetter(w[i])) return false;
  if (w[i] != 'y') return true;
  size_t run_start = i;
  while (run_start > 0 && w[run_start - 1] == 'y') --run_start;
  // The first 'y' of the run is a consonant at the start of the word or
  // after a vowel; each later 'y' flips.
  bool first = run_start == 0 || IsVowelLetter(w[run_start - 1]);
  return ((i - run_start) % 2 == 0) ? first : !first;
}

// Calls fn(is_consonant) for each position, in one pass.
template <typename Fn>
void ForEachConsonantFlag(std::string_view w, Fn fn) {
  bool previous = false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool consonant;
    if (IsVowelLetter(w[i])) {
      consonant = false;
    } else if (w[i] == 'y') {
      consonant = i == 0 || !previous;
    } else {
      consonant = true;
    }
    fn(consonant);
    previous = consonant;
  }
}

// m: the number of vowel-to-consonant transitions ([C](VC){m}[V]).
int StemMeasure(std::string_view stem) {
  int m = 0;
  bool previous_vowel = false;
  ForEachConsonantFlag(stem, [&](bool consonant) {
    if (consonant && previous_vowel) ++m;
    previous_vowel = !consonant;
  });
  return m;
}

bool ContainsVowel(std::string_view stem) {
  bool vowel = false;
  ForEachConsonantFlag(stem, [&](bool consonant) { vowel = vowel || !consonant; });
  return vowel;
}

bool EndsDoubleConsonant(std::string_view w) {
  return w.size() >= 2 && w[w.size() - 1] == w[w.size() - 2] && IsConsonant(w, w.size() - 1);
}

// *o: consonant-vowel-consonant at the end, the last not w, x or y; or
// (NLTK's extension) a two-letter word vowel-consonant.
bool EndsCvc(std::string_view w) {
  size_t n = w.size();
  if (n >= 3 && IsConsonant(w, n - 3) && !IsConsonant(w, n - 2) && IsConsonant(w, n - 1) &&
      w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y') {
    return true;
  }
  return n == 2 && !IsConsonant(w, 0) && IsConsonant(w, 1);
}

enum class Condition { kNone, kMeasureAbove0, kMeasureAbove1, kIon, kLogi };

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
  Condition condition;
};

bool Holds(Condition condition, std::string_view stem, std::string_view word) {
  switch (condition) {
    case Condition::kNone:
      return true;
    case Condition::kMeasureAbove0:
      return StemMeasure(stem) > 0;
    case Condition::kMeasureAbove1:
      return StemMeasure(stem) > 1;
    case Condition::kIon:
      return StemMeasure(stem) > 1 && (stem.back() == 's' || stem.back() == 't');
    case Condition::kLogi:
      // The 'l' of "logi" stays with the stem for the measure.
      return StemMeasure(word.substr(0, word.size() - 3)) > 0;
  }
  return false;
}

std::string ApplyRules(const std::string& word, std::initializer_list<Rule> rules) {
  for (const Rule& rule : rules) {
    if (!word.ends_with(rule.suffix)) continue;
    std::string_view stem = std::string_view(word).substr(0, word.size() - rule.suffix.size());
    if (!Holds(rule.condition, stem, word)) return word;
    std::string out(stem);
    out += rule.replacement;
    return out;
  }
  return word;
}

std::string Step1a(const std::string& word) {
  if (word.size() == 4 && word.ends_with("ies")) return word.substr(0, 1) + "ie";
  return ApplyRules(word, {{"sses", "ss", Condition::kNone},
                           {"ies", "i", Condition::kNone},
                           {"ss", "ss", Condition::kNone},
                           {"s", "", Condition::kNone}});
}

std::string Step1b(const std::string& word) {
  if (word.ends_with("ied")) {
    return word.substr(0, word.size() - 3) + (word.size() == 4 ? "ie" : "i");
  }
  if (word.ends_with("eed")) {
    std::string stem = word.substr(0, word.size() - 3);
    return StemMeasure(stem) > 0 ? stem + "ee" : word;
  }
  std::string stem;
  if (word.ends_with("ed") && ContainsVowel(std::string_view(word).substr(0, word.size() - 2))) {
    stem = word.substr(0, word.size() - 2);
  } else if (word.ends_with("ing") &&
             ContainsVowel(std::string_view(word).substr(0, word.size() - 3))) {
    stem = word.substr(0, word.size() - 3);
  } else {
    return word;
  }
  if (stem.ends_with("at") || stem.ends_with("bl") || stem.ends_with("iz")) return stem + "e";
  if (EndsDoubleConsonant(stem)) {
    char last = stem.back();
    if (last == 'l' || last == 's' || last == 'z') return stem;
    stem.pop_back();
    return stem;
  }
  if (StemMeasure(stem) == 1 && EndsCvc(stem)) return stem + "e";
  return stem;
}

std::string Step1c(const std::string& word) {
  if (word.size() > 2 && word.back() == 'y' && IsConsonant(word, word.size() - 2)) {
    return word.substr(0, word.size() - 1) + "i";
  }
  return word;
}

std::string Step2(const std::string& word) {
  if (word.ends_with("alli") &&
      StemMeasure(std::string_view(word).substr(0, word.size() - 4)) > 0) {
    return Step2(word.substr(0, word.size() - 4) + "al");
  }
  constexpr Condition kM0 = Condition::kMeasureAbove0;
  return ApplyRules(word, {{"ational", "ate", kM0}, {"tional", "tion", kM0},
                           {"enci", "ence", kM0},   {"anci", "ance", kM0},
                           {"izer", "ize", kM0},    {"bli", "ble", kM0},
                           {"alli", "al", kM0},     {"entli", "ent", kM0},
                           {"eli", "e", kM0},       {"ousli", "ous", kM0},
                           {"ization", "ize", kM0}, {"ation", "ate", kM0},
                           {"ator", "ate", kM0},    {"alism", "al", kM0},
                           {"iveness", "ive", kM0}, {"fulness", "ful", kM0},
                           {"ousness", "ous", kM0}, {"aliti", "al", kM0},
                           {"iviti", "ive", kM0},   {"biliti", "ble", kM0},
                           {"fulli", "ful", kM0},   {"logi", "log", Condition::kLogi}});
}

std::string Step3(const std::string& word) {
  constexpr Condition kM0 = Condition::kMeasureAbove0;
  return ApplyRules(word, {{"icate", "ic", kM0},
                           {"ative", "", kM0},
                           {"alize", "al", kM0},
                           {"iciti", "ic", kM0},
                           {"ical", "ic", kM0},
                           {"ful", "", kM0},
                           {"ness", "", kM0}});
}

std::string Step4(const std::string& word) {
  constexpr Condition kM1 = Condition::kMeasureAbove1;
  return ApplyRules(word, {{"al", "", kM1},
                           {"ance", "", kM1},
                           {"ence", "", kM1},
                           {"er", "", kM1},
                           {"ic", "", kM1},
                           {"able", "", kM1},
                           {"ible", "", kM1},
                           {"ant", "", kM1},
                           {"ement", "", kM1},
                           {"ment", "", kM1},
                           {"ent", "", kM1},
                           {"ion", "", Condition::kIon},
                           {"ou", "", kM1},
                           {"ism", "", kM1},
                           {"ate", "", kM1},
                           {"iti", "", kM1},
                           {"ous", "", kM1},
                           {"ive", "", kM1},
                           {"ize", "", kM1}});
}

std::string Step5a(const std::string& word) {
  if (!word.ends_with("e")) return word;
  std::string stem = word.substr(0, word.size() - 1);
  int m = StemMeasure(stem);
  if (m > 1 || (m == 1 && !EndsCvc(stem))) return stem;
  return word;
}

std::string Step5b(const std::string& word) {
  if (word.ends_with("ll") && StemMeasure(std::string_view(word).substr(0, word.size() - 1)) > 1) {
    return word.substr(0, word.size() - 1);
  }
  return word;
}

// NLTK's table of irregular forms, which bypass the steps.
const char* IrregularStem(std::string_view word) {
  static constexpr struct {
    std::string_view form;
    const char* stem;
  } kForms[] = {{"sky", "sky"},        {"skies", "sky"},        {"dying", "die"},
                {"lying", "lie"},      {"tying", "tie"},        {"news", "news"},
                {"innings", "inning"}, {"inning", "inning"},    {"outings", "outing"},
                {"outing", "outing"},  {"cannings", "canning"}, {"canning", "canning"},
                {"howe", "howe"},      {"proceed", "proceed"},  {"exceed", "exceed"},
                {"succeed", "succeed"}};
  for (const auto& f : kForms) {
    if (f.form == word) return f.stem;
  }
  return nullptr;
}

}  // namespace

std::string NltkPorterStem(std::string_view word) {
  if (const char* irregular = IrregularStem(word)) return irregular;
  if (word.size() <= 2) return std::string(word);
  std::string stem = Step1a(std::string(word));
  stem = Step1b(stem);
  stem = Step1c(stem);
  stem = Step2(stem);
  stem = Step3(stem);
  stem = Step4(stem);
  stem = Step5a(stem);
  return Step5b(stem);
}

}  // namespace precis
