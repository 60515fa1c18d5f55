// Copyright 2026 The Precis Authors.
//
// The script's Porter stemmer written with the script's own regular
// expressions, rule by rule (slow, and obviously the script's), against the
// hand-written one in rouge_stemmer.cc on the development vocabulary and on
// generated words. "prefix" is what precedes a match (Perl's $`).
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <span>
#include <string_view>

#include "eval/rouge_stemmer.h"
#include "testing/test_util.h"

namespace precis {
namespace {

// Consonant, vowel, consonant sequence, vowel sequence, as the script has
// them; an initial 'y' is upper-cased first so that it counts as consonant.
#define PRECIS_C "[^aeiou][^aeiouy]*"
#define PRECIS_V "[aeiouy][aeiou]*"
#define PRECIS_v "[aeiouy]"

struct Patterns {
  std::regex m_gt0{"^(" PRECIS_C ")?" PRECIS_V PRECIS_C};
  std::regex m_eq1{"^(" PRECIS_C ")?" PRECIS_V PRECIS_C "(" PRECIS_V ")?$"};
  std::regex m_gt1{"^(" PRECIS_C ")?" PRECIS_V PRECIS_C PRECIS_V PRECIS_C};
  std::regex has_vowel{"^(" PRECIS_C ")?" PRECIS_v};
  std::regex cvc{"^" PRECIS_C PRECIS_v "[^aeiouwxy]$"};
  std::regex step1a_sses_ies{"(ss|i)es$"};
  std::regex step1a_s{"([^s])s$"};
  std::regex step1b_eed{"eed$"};
  std::regex step1b_ed_ing{"(ed|ing)$"};
  std::regex at_bl_iz{"(at|bl|iz)$"};
  std::regex double_consonant{"([^aeiouylsz])\\1$"};
  std::regex step1c_y{"y$"};
  std::regex step2{
      "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|"
      "iveness|fulness|ousness|aliti|iviti|biliti|logi)$"};
  std::regex step3{"(icate|ative|alize|iciti|ical|ful|ness)$"};
  std::regex step4{"(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$"};
  std::regex step4_ment{"ment$"};
  std::regex step4_ent{"ent$"};
  std::regex step4_ion{"(s|t)(ion)$"};
  std::regex step5_e{"e$"};
  std::regex step5_ll{"ll$"};
};

#undef PRECIS_C
#undef PRECIS_V
#undef PRECIS_v

const Patterns& P() {
  static const Patterns patterns;
  return patterns;
}

bool Has(const std::string& s, const std::regex& re) { return std::regex_search(s, re); }

// Searches `re` in `w`; on a match fills the prefix before it and the first
// group.
bool Match(const std::string& w, const std::regex& re, std::string* prefix,
           std::string* group1 = nullptr) {
  std::smatch m;
  if (!std::regex_search(w, m, re)) return false;
  *prefix = m.prefix().str();
  if (group1 != nullptr && m.size() > 1) *group1 = m[1].str();
  return true;
}

using SuffixRule = std::pair<std::string_view, std::string_view>;
using SuffixList = std::span<const SuffixRule>;

// The replacement of `suffix` in `list` (the script's %step2list and
// %step3list).
std::string_view Replacement(SuffixList list, const std::string& suffix) {
  for (const auto& [from, to] : list) {
    if (suffix == from) return to;
  }
  return "";
}

constexpr SuffixRule kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}};

constexpr SuffixRule kStep3[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                                 {"ical", "ic"},  {"ful", ""},   {"ness", ""}};

std::string RegexRougePorterStem(const std::string& word) {
  if (word.size() < 3) return word;
  const Patterns& p = P();
  std::string w = word;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';
  std::string stem, suffix;

  // Step 1a.
  if (Match(w, p.step1a_sses_ies, &stem, &suffix)) {
    w = stem + suffix;
  } else if (Match(w, p.step1a_s, &stem, &suffix)) {
    w = stem + suffix;
  }
  // Step 1b.
  if (Match(w, p.step1b_eed, &stem)) {
    if (Has(stem, p.m_gt0)) w.pop_back();
  } else if (Match(w, p.step1b_ed_ing, &stem)) {
    if (Has(stem, p.has_vowel)) {
      w = stem;
      if (Has(w, p.at_bl_iz)) {
        w += "e";
      } else if (Has(w, p.double_consonant)) {
        w.pop_back();
      } else if (Has(w, p.cvc)) {
        w += "e";
      }
    }
  }
  // Step 1c.
  if (Match(w, p.step1c_y, &stem)) {
    if (Has(stem, p.has_vowel)) w = stem + "i";
  }
  // Step 2.
  if (Match(w, p.step2, &stem, &suffix)) {
    if (Has(stem, p.m_gt0)) w = stem + std::string(Replacement(kStep2, suffix));
  }
  // Step 3.
  if (Match(w, p.step3, &stem, &suffix)) {
    if (Has(stem, p.m_gt0)) w = stem + std::string(Replacement(kStep3, suffix));
  }
  // Step 4, as modified in ROUGE: three rules applied in turn.
  if (Match(w, p.step4, &stem)) {
    if (Has(stem, p.m_gt1)) w = stem;
  }
  if (Match(w, p.step4_ment, &stem)) {
    if (Has(stem, p.m_gt1)) w = stem;
  }
  if (Match(w, p.step4_ent, &stem)) {
    if (Has(stem, p.m_gt1)) w = stem;
  } else {
    std::smatch m;
    if (std::regex_search(w, m, p.step4_ion)) {
      stem = m.prefix().str() + m[1].str();
      if (Has(stem, p.m_gt1)) w = stem;
    }
  }
  // Step 5.
  if (Match(w, p.step5_e, &stem)) {
    if (Has(stem, p.m_gt1) || (Has(stem, p.m_eq1) && !Has(stem, p.cvc))) w = stem;
  }
  if (Has(w, p.step5_ll) && Has(w, p.m_gt1)) w.pop_back();
  if (initial_y) w[0] = 'y';
  return w;
}

TEST(RougePorterStem, MatchesTheScriptsRegularExpressionsOnGeneratedWords) {
  // Small alphabets reach every rule and every consonant/vowel pattern.
  const std::string alphabets[] = {"aeiouybcdlst", "aeybsilntzmg", "yieaszlbtcon"};
  std::mt19937 rng(11);
  for (int round = 0; round < 200000; ++round) {
    const std::string& alphabet = alphabets[round % 3];
    std::uniform_int_distribution<size_t> len(1, 12), pick(0, alphabet.size() - 1);
    std::string word(len(rng), 'a');
    for (char& c : word) c = alphabet[pick(rng)];
    ASSERT_EQ(RougePorterStem(word), RegexRougePorterStem(word)) << word;
  }
}

TEST(RougePorterStem, MatchesTheScriptsRegularExpressionsOnTheDevelopmentVocabulary) {
  PRECIS_REQUIRE_SHARED_DATA(path, "duc2006/clusters.jsonl");
  std::ifstream in(path, std::ios::binary);
  std::set<std::string> words;
  std::string current;
  for (char c; in.get(c) && words.size() < 40000;) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += c;
    } else {
      if (current.size() > 3) words.insert(current);
      current.clear();
    }
  }
  ASSERT_GT(words.size(), 10000u);
  for (const std::string& w : words) ASSERT_EQ(RougePorterStem(w), RegexRougePorterStem(w)) << w;
}

}  // namespace
}  // namespace precis
