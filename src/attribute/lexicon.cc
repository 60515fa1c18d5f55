// Copyright 2026 The Precis Authors.
#include "attribute/lexicon.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace precis {
namespace {

// A word list's index: word -> position, one hash lookup a word (these run
// for every token of a cluster).
class WordIndex {
 public:
  template <size_t N>
  explicit WordIndex(const std::array<std::string_view, N>& words) {
    for (size_t i = 0; i < N; ++i) index_.emplace(words[i], static_cast<int>(i));
  }
  int Find(std::string_view w) const {
    const auto it = index_.find(w);
    return it == index_.end() ? -1 : it->second;
  }

 private:
  std::unordered_map<std::string_view, int> index_;
};

// Common aliases and the name each stands for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 25> kAliases = {{
    {"u.s.", "usa"},          {"us", "usa"},
    {"america", "usa"},       {"american", "usa"},
    {"british", "uk"},        {"un", "un"},
    {"u.s", "usa"},           {"u.s.a.", "usa"},
    {"usa", "usa"},           {"united states", "usa"},
    {"u.k.", "uk"},           {"uk", "uk"},
    {"britain", "uk"},        {"united kingdom", "uk"},
    {"u.n.", "un"},           {"united nations", "un"},
    {"e.u.", "eu"},           {"eu", "eu"},
    {"european union", "eu"}, {"n.y.", "new york"},
    {"new york", "new york"}, {"nyc", "new york city"},
    {"d.c.", "washington"},   {"dc", "washington"},
    {"ny", "new york"},
}};

constexpr std::array<std::string_view, 19> kSmall = {
    "two",     "three",     "four",     "five",     "six",      "seven",    "eight",
    "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
constexpr std::array<std::string_view, 7> kTens = {"thirty",  "forty",  "fifty", "sixty",
                                                   "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kShortMonths = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 40> kVerbs = {
    "said",       "says",      "say",       "saying",    "told",         "tells",     "tell",
    "stated",     "states",    "according", "announced", "announces",    "reported",  "reports",
    "added",      "adds",      "noted",     "notes",     "explained",    "declared",  "confirmed",
    "confirms",   "claimed",   "claims",    "insisted",  "acknowledged", "admitted",  "revealed",
    "wrote",      "writes",    "asserted",  "remarked",  "commented",    "disclosed", "indicated",
    "maintained", "contended", "argued",    "warned",    "suggested"};

// Unit abbreviations and their words (UnitInFull).
const std::unordered_map<std::string_view, std::string_view>& UnitWords() {
  static const auto* const kUnits = new std::unordered_map<std::string_view, std::string_view>{
      {"lb", "pounds"},     {"lbs", "pounds"},     {"kg", "kilograms"}, {"kgs", "kilograms"},
      {"km", "kilometers"}, {"kms", "kilometers"}, {"mi", "miles"},     {"ft", "feet"},
      {"yr", "years"},      {"yrs", "years"},      {"hr", "hours"},     {"hrs", "hours"},
      {"mins", "minutes"},  {"secs", "seconds"},   {"sq", "square"},    {"oz", "ounces"},
      {"mph", "mph"},       {"kph", "kph"},        {"kmh", "kmh"},      {"mm", "mm"},
      {"cm", "cm"},         {"mg", "mg"},          {"ml", "ml"},        {"gb", "gb"},
      {"mb", "mb"},         {"tb", "tb"},          {"kb", "kb"},        {"ghz", "ghz"},
      {"mhz", "mhz"},       {"mw", "mw"},          {"kw", "kw"},        {"gw", "gw"},
      {"kwh", "kwh"}};
  return *kUnits;
}

}  // namespace

bool IsLexiconWord(std::string_view w) {
  static const auto* const kWords = [] {
    auto* words = new std::unordered_set<std::string_view>();
    static std::vector<std::string> dotted;  // "dec." for "dec": MonthNumber takes both.
    for (const auto* list : {&kMonths, &kShortMonths}) {
      for (std::string_view m : *list) dotted.push_back(std::string(m) + ".");
    }
    dotted.push_back("sept.");
    for (const std::string& d : dotted) words->insert(d);
    words->insert(kSmall.begin(), kSmall.end());
    words->insert(kTens.begin(), kTens.end());
    words->insert(kMonths.begin(), kMonths.end());
    words->insert(kShortMonths.begin(), kShortMonths.end());
    words->insert(kDays.begin(), kDays.end());
    words->insert(kVerbs.begin(), kVerbs.end());
    for (std::string_view w : {"dozen", "sept", "hundred", "thousand", "million", "billion",
                               "trillion", "lakh", "lakhs", "crore", "crores"}) {
      words->insert(w);
    }
    for (const auto& [unit, word] : UnitWords()) words->insert(unit);
    for (const auto& [alias, canonical] : kAliases) {
      words->insert(alias);
      words->insert(alias.substr(0, alias.find(' ')));
    }
    return words;
  }();
  return kWords->count(w) > 0;
}

int NumberWordValue(std::string_view w) {
  static const WordIndex kSmallIndex(kSmall);
  static const WordIndex kTensIndex(kTens);
  if (int i = kSmallIndex.Find(w); i >= 0) return i + 2;
  if (int i = kTensIndex.Find(w); i >= 0) return 30 + 10 * i;
  if (w == "dozen") return 12;
  return 0;
}

std::string_view UnitInFull(std::string_view w) {
  const auto& units = UnitWords();
  const auto it = units.find(w);
  return it == units.end() ? std::string_view() : it->second;
}

double MultiplierValue(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million") return 1e6;
  if (w == "billion") return 1e9;
  if (w == "trillion") return 1e12;
  // Indian English: "15 lakh" is 1.5 million, "3 crore" 30 million.
  if (w == "lakh" || w == "lakhs") return 1e5;
  if (w == "crore" || w == "crores") return 1e7;
  return 0;
}

int MonthNumber(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  static const WordIndex kNamesIndex(kMonths);
  static const WordIndex kShortIndex(kShortMonths);
  if (int i = kNamesIndex.Find(w); i >= 0) return i + 1;
  if (int i = kShortIndex.Find(w); i >= 0) return i + 1;
  if (w == "sept") return 9;
  return 0;
}

bool IsTitle(std::string_view folded) {
  static constexpr std::array<std::string_view, 40> kTitles = {
      "mr",         "mrs",  "ms",    "miss",   "dr",       "prof",      "rev",        "sir",
      "dame",       "lord", "lady",  "sen",    "senator",  "rep",       "gov",        "governor",
      "president",  "vice", "mayor", "judge",  "justice",  "secretary", "minister",   "prime",
      "chancellor", "king", "queen", "prince", "princess", "pope",      "gen",        "general",
      "lt",         "col",  "capt",  "sgt",    "officer",  "detective", "ambassador", "chief"};
  std::string_view w = folded;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return std::find(kTitles.begin(), kTitles.end(), w) != kTitles.end();
}

int WeekdayNumber(std::string_view w) {
  static const WordIndex kDaysIndex(kDays);
  const int i = kDaysIndex.Find(w);
  return i >= 0 ? i + 1 : 0;
}

bool IsReportingVerb(std::string_view w) {
  static const WordIndex kVerbsIndex(kVerbs);
  return kVerbsIndex.Find(w) >= 0;
}

std::string CanonicalAlias(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kIndex(kAliases.begin(),
                                                                             kAliases.end());
  const auto it = kIndex.find(w);
  return it == kIndex.end() ? std::string() : std::string(it->second);
}

bool StartsTwoWordAlias(std::string_view w) {
  static const std::unordered_map<std::string_view, bool> kFirstWords = [] {
    std::unordered_map<std::string_view, bool> out;
    for (const auto& [alias, canonical] : kAliases) {
      const size_t space = alias.find(' ');
      if (space != std::string_view::npos) out.emplace(alias.substr(0, space), true);
    }
    return out;
  }();
  return kFirstWords.count(w) > 0;
}

std::string FormatNumber(double value) {
  char buffer[64];
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
  }
  return buffer;
}

}  // namespace precis
