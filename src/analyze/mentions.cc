// Copyright 2026 The Precis Authors.
#include "analyze/mentions.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "analyze/spelling_dictionary.h"
#include "attribute/lexicon.h"
#include "base/ascii.h"
#include "base/utf8.h"
#include "segment/abbreviations.h"
#include "tokenize/stopwords.h"

namespace precis {
namespace {

// True when the token has no lowercase ASCII letter ("POOL", "U.S.", "7").
bool NoLowercase(std::string_view text, const Token& token) {
  return !HasLowercaseAscii(text.substr(token.begin, token.end - token.begin));
}

// Bytes between two tokens.
std::string_view Between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end, b.begin - a.end);
}

// Generational suffixes that end a name: "Jr.", "III".
bool IsNameSuffix(std::string_view folded) {
  std::string_view w = folded;
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv";
}

// Words that make a title with the title after them: "Attorney General",
// "Deputy Prime Minister", "Acting Secretary".
bool ModifiesTitle(std::string_view folded) {
  static constexpr std::array<std::string_view, 11> kModifiers = {
      "attorney", "surgeon",   "solicitor", "inspector", "deputy", "assistant",
      "acting",   "associate", "executive", "former",    "interim"};
  return std::find(kModifiers.begin(), kModifiers.end(), folded) != kModifiers.end();
}

// A digit token's value; "21st" gives 21 with `ordinal` set. False for
// tokens with other letters ("10am", "3d").
bool ParseNumberToken(const std::string& folded, double* value, bool* ordinal) {
  std::string plain;
  size_t i = 0;
  for (; i < folded.size() && (std::isdigit(static_cast<unsigned char>(folded[i])) ||
                               folded[i] == ',' || folded[i] == '.');
       ++i) {
    if (folded[i] != ',') plain.push_back(folded[i]);
  }
  const std::string_view rest = std::string_view(folded).substr(i);
  *ordinal = rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
  if (!rest.empty() && !*ordinal) return false;
  if (plain.empty() || plain.back() == '.') return false;
  char* end = nullptr;
  *value = std::strtod(plain.c_str(), &end);
  return *end == '\0';
}

// A number with letters written onto it: a scale ("£5m", "$2.5bn", "$50k")
// or a unit ("2,700km", "10kg", "70mph"). Sets the number without the
// letters, and *scale (1 where none) or *unit (the letters); false for
// other letters ("3d", "4g", "1990s", "10pm"). The scales of one letter
// count only after a currency sign (`money`): "a 5m fall" is metres.
bool ParseGluedNumber(const std::string& folded, bool money, double* value, double* scale,
                      std::string* unit) {
  const size_t letters = folded.find_first_not_of("0123456789,.");
  if (letters == std::string::npos || letters == 0) return false;
  const std::string_view rest = std::string_view(folded).substr(letters);
  if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  bool ordinal = false;
  if (!ParseNumberToken(folded.substr(0, letters), value, &ordinal)) return false;
  static const std::unordered_map<std::string_view, double> kScales = {
      {"bn", 1e9}, {"mn", 1e6}, {"mln", 1e6}, {"tn", 1e12}, {"trn", 1e12}};
  static const std::unordered_map<std::string_view, double> kMoneyScales = {
      {"m", 1e6}, {"b", 1e9}, {"k", 1e3}};
  *scale = 1;
  unit->clear();
  if (const auto it = kScales.find(rest); it != kScales.end()) {
    *scale = it->second;
  } else if (const auto money_it = kMoneyScales.find(rest);
             money && money_it != kMoneyScales.end()) {
    *scale = money_it->second;
  } else if (!UnitInFull(rest).empty()) {
    unit->assign(rest);
  } else {
    return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Lower case without diacritics: "Grünberg" and "Grunberg" are one name.
std::string FoldMarks(const std::string& word) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &folded, options);
  if (n < 0) return word;
  std::string out(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  std::free(folded);
  return out;
}

// The folded word without a possessive ending: "monday's" -> "monday".
std::string_view WithoutPossessive(std::string_view folded) {
  return EndsWith(folded, "'s") ? folded.substr(0, folded.size() - 2) : folded;
}

// Rewrites `word` in American spelling, for the British endings names
// carry: "centre", "theatre", "fibre" ("tre", "bre"; not "Alexandre", a name
// of its own), "labour", "harbour" ("our" ending six letters or more; not
// "Vinokourov"), "defence", "licence", "organisation".
void ToAmericanSpelling(std::string* word) {
  std::string& w = *word;
  const size_t n = w.size();
  if (n >= 5 && (w.ends_with("tre") || w.ends_with("bre"))) {
    w.replace(n - 2, 2, "er");
  } else if (w == "defence" || w == "offence" || w == "licence" || w == "pretence") {
    w.replace(n - 4, 4, "ense");  // Not "Lawrence", "Florence".
  }
  if (n >= 6 && w.ends_with("our")) w.erase(n - 2, 1);
  if (const size_t isation = w.find("isation"); isation != std::string::npos) {
    w[isation + 1] = 'z';
  }
}

// The abbreviated words that open a place's name, and what they stand for
// ("St. Louis", "Mt. Everest", "Ft. Worth").
constexpr std::pair<std::string_view, std::string_view> kPlaceFirstWords[] = {
    {"st", "saint"}, {"ste", "sainte"}, {"mt", "mount"}, {"ft", "fort"}};

// The word an abbreviation at the start (`first`) or the end of a place's
// name stands for, in `*word`, dots already gone: "st" is "saint" first
// and "street" last.
void ExpandPlaceAbbreviation(std::string* word, bool first) {
  static constexpr std::pair<std::string_view, std::string_view> kLast[] = {
      {"st", "street"}, {"ave", "avenue"},  {"blvd", "boulevard"},
      {"rd", "road"},   {"hwy", "highway"}, {"mt", "mount"}};
  using Expansions = std::span<const std::pair<std::string_view, std::string_view>>;
  for (const auto& [abbreviation, full] :
       first ? Expansions(kPlaceFirstWords) : Expansions(kLast)) {
    if (*word == abbreviation) {
      *word = full;
      return;
    }
  }
}

// Normalizes a name: lower case, dots and apostrophes dropped, possessive
// and leading "the" removed, leading titles too unless `keep_titles` (a
// body: "Justice Department") or a connector follows them, a place's
// abbreviated first or last word written out, opening initials joined,
// middle initials dropped, British spellings made American
// ("organisation"), words joined by one space.
std::string NormalizeName(const std::vector<Token>& tokens, size_t first, size_t end,
                          bool keep_titles = false) {
  std::vector<std::string> words;
  for (size_t k = first; k < end; ++k) {
    std::string w;
    for (char c : FoldMarks(tokens[k].folded)) {
      if (c != '.') w.push_back(c);
    }
    if (EndsWith(w, "'s")) w.resize(w.size() - 2);
    // An apostrophe inside a name is a way of writing it: "Givat Ze'ev" is
    // "Givat Zeev", "Tian'anmen" "Tiananmen".
    std::erase(w, '\'');
    ToAmericanSpelling(&w);
    if (!w.empty()) words.push_back(std::move(w));
  }
  while (!words.empty() && words.front() == "the") words.erase(words.begin());
  // Titles go, but not where a connector would then open the name: "Governor
  // General of Canada" and "Duke of Edinburgh" are names of offices, not "of
  // Canada".
  size_t titles = 0;
  while (!keep_titles && titles < words.size() && IsTitle(words[titles])) ++titles;
  if (titles == words.size() || !IsNameConnector(words[titles])) {
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(titles));
  }
  // Abbreviations of a place's common words, as the full words: "St.
  // Louis" is "Saint Louis", "Mt. Everest" "Mount Everest"; "Main St."
  // "Main Street".
  if (words.size() >= 2) {
    ExpandPlaceAbbreviation(&words.front(), /*first=*/true);
    ExpandPlaceAbbreviation(&words.back(), /*first=*/false);
  }
  // Initials that open a name are one word, however spaced: "J. K.
  // Rowling" is "J.K. Rowling" and "JK Rowling".
  size_t initials = 0;
  while (initials < words.size() && words[initials].size() == 1) ++initials;
  if (initials >= 2 && initials < words.size()) {
    for (size_t k = 1; k < initials; ++k) words[0] += words[k];
    words.erase(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(initials));
  }
  // Middle initials are left out: "John F. Kennedy" is "John Kennedy".
  for (size_t k = 1; k + 1 < words.size();) {
    if (words[k].size() == 1) {
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(k));
    } else {
      ++k;
    }
  }
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// True when `b` is `a` with two neighbouring letters swapped ("dreyfus" /
// "drefyus"): one slip of a typing hand, though two edits.
bool SwappedNeighbours(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t space = s.find(' ', start);
    if (space == std::string_view::npos) space = s.size();
    if (space > start) out.push_back(s.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

// Words one ending apart: plurals, demonyms and derived forms
// ("guardian"/"guardians", "korea"/"korean", "democrats"/"democratic",
// "klansman"/"klansmen", "china"/"chinese").
bool SameWordStem(std::string_view a, std::string_view b) {
  static constexpr std::array<std::string_view, 23> kTails = {
      "",    "s",   "es",   "n",   "an",   "ans", "i",  "is",  "ian", "ians", "ese", "ic",
      "ics", "ism", "isms", "ist", "ists", "y",   "er", "ers", "man", "men",  "ns"};
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  auto is_tail = [&](std::string_view tail) {
    return std::find(kTails.begin(), kTails.end(), tail) != kTails.end();
  };
  // A letter doubled at the end is a misspelling, not an ending:
  // "romney"/"romneyy", "images"/"imagess".
  auto doubled = [](std::string_view shorter, std::string_view longer) {
    return !shorter.empty() && longer.size() == shorter.size() + 1 &&
           longer.substr(0, shorter.size()) == shorter && longer.back() == shorter.back();
  };
  if (doubled(a, b) || doubled(b, a)) return false;
  // Two endings of two letters one letter apart are one slipped letter, not
  // two endings: "bridges"/"bridgis" ("es"/"is"), "comic"/"comis".
  auto slipped = [](std::string_view x, std::string_view y) {
    return x.size() == 2 && y.size() == 2 && (x[0] == y[0]) != (x[1] == y[1]);
  };
  // Back off one letter so that "korea"/"korean" share "kore" + "a"/"an".
  for (size_t c = common; c + 2 >= common && c >= 4; --c) {
    const std::string_view x = a.substr(c), y = b.substr(c);
    if (is_tail(x) && is_tail(y)) return !slipped(x, y);
    if (x.size() >= 1 && y.size() >= 1 && x[0] == y[0]) continue;
    // "china"/"chinese": a final vowel dropped before a longer ending
    // (but "obama"/"obami" is a misspelling).
    if (x.size() == 1 && std::string_view("aeiouy").find(x[0]) != std::string_view::npos &&
        y.size() >= 2 && is_tail(y)) {
      return true;
    }
    if (y.size() == 1 && std::string_view("aeiouy").find(y[0]) != std::string_view::npos &&
        x.size() >= 2 && is_tail(x)) {
      return true;
    }
    if (c == 0) break;
  }
  return false;
}

class MentionFinder {
 public:
  MentionFinder(std::string_view text, const std::vector<Token>& tokens,
                const std::unordered_set<std::string>& lowercase_words)
      : text_(text), tokens_(tokens), lowercase_(lowercase_words), used_(tokens.size(), false) {}

  std::vector<Mention> Find() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (used_[i]) continue;
      if (Time(i) || Date(i) || DigitCode(i) || Number(i)) continue;
    }
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (!used_[i]) Name(i);
    }
    MarkAgesSetOff();
    std::sort(out_.begin(), out_.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  const Token& T(size_t i) const { return tokens_[i]; }
  bool Has(size_t i) const { return i < tokens_.size(); }
  // Only white space (or nothing) separates tokens i and i + 1.
  bool Adjacent(size_t i, std::string_view allowed = " ") const {
    if (!Has(i + 1)) return false;
    const std::string_view gap = Between(text_, T(i), T(i + 1));
    return !gap.empty() && gap.find_first_not_of(allowed) == std::string_view::npos;
  }

  void Add(MentionKind kind, size_t first, size_t end, size_t begin_byte, size_t end_byte,
           std::string normalized, std::string value_class) {
    Mention m;
    m.kind = kind;
    m.first_token = first;
    m.end_token = end;
    m.begin = begin_byte;
    m.end = end_byte;
    m.surface = std::string(text_.substr(begin_byte, end_byte - begin_byte));
    m.normalized = std::move(normalized);
    m.value_class = std::move(value_class);
    for (size_t k = first; k < end; ++k) used_[k] = true;
    out_.push_back(std::move(m));
  }

  // `after_day`: token i follows a day ("25 December"), which admits a
  // month in lower case there ("15 april").
  int Month(size_t i, bool after_day = false) const {
    if (!Has(i)) return 0;
    const int m = MonthNumber(T(i).folded);
    if (m == 0) return 0;
    if (!IsCapitalized(text_, T(i))) return LowercaseMonth(i, m, after_day);
    // "May" and "March" are months when a day or a year follows, or a word
    // of time comes before ("in May", "since March"; not "Theresa May",
    // "the March for Our Lives").
    if ((m == 5 || m == 3) && !(Has(i + 1) && T(i + 1).is_number) && !AfterWordOfTime(i) &&
        !(i > 0 && Adjacent(i - 1) && T(i - 1).folded == "and")) {
      return 0;
    }
    return m;
  }

  // True when token i follows a word that puts a month in time: "in",
  // "since", "early", ...
  bool AfterWordOfTime(size_t i) const {
    return i > 0 && Adjacent(i - 1) &&
           OneOf(T(i - 1).folded, {"in", "since", "until", "by", "last", "next", "early", "late",
                                   "mid", "this", "from", "through", "before", "after", "during",
                                   "between"});
  }

  // A month written in lower case, as text folded to lower case writes
  // it ("october 2, 2016", "15 april"): a month only before a day or a
  // year, after a day, or, as a full name, after a word of time ("in
  // august"). "May" and "march" are verbs too: after a day only before a
  // year, a comma or a period ("15 may have died" is a number), and after
  // a word of time not before "be", "have" or "not" ("the results in may
  // be late"), nor after "this" ("this may take") or "and".
  int LowercaseMonth(size_t i, int m, bool after_day) const {
    if (Has(i + 1) && (Year(i + 1) > 0 || Day(i + 1) > 0) && Adjacent(i, ". ")) return m;
    const bool verb = m == 5 || m == 3;
    if (after_day) {
      return !verb || !Has(i + 1) ||
                     Between(text_, T(i), T(i + 1)).find_first_of(",.;") != std::string_view::npos
                 ? m
                 : 0;
    }
    std::string_view w = T(i).folded;
    if (w.ends_with('.')) return 0;
    const bool full_name = w.size() > 4 || w == "june" || w == "july" || w == "may";
    if (!full_name || !AfterWordOfTime(i)) return 0;
    if (verb && (T(i - 1).folded == "this" ||
                 (Has(i + 1) && Adjacent(i) && OneOf(T(i + 1).folded, {"be", "have", "not"})))) {
      return 0;
    }
    return m;
  }

  int Day(size_t i) const {
    if (!Has(i) || !T(i).is_number) return 0;
    double value = 0;
    bool ordinal = false;
    if (!ParseNumberToken(T(i).folded, &value, &ordinal)) return 0;
    if (value < 1 || value > 31 || value != static_cast<int>(value)) return 0;
    if (T(i).folded.find_first_of(",.") != std::string::npos) return 0;
    return static_cast<int>(value);
  }

  int Year(size_t i) const {
    if (!Has(i) || !T(i).is_number || T(i).folded.size() != 4) return 0;
    const int y = std::atoi(T(i).folded.c_str());
    return y >= 1800 && y <= 2100 && std::to_string(y) == T(i).folded ? y : 0;
  }

  // A time of day, as minutes after midnight: "10 a.m.", "10:30 p.m.",
  // "10pm", "14:00", "at 10:30", "at noon". Normalized "t" and the minutes,
  // so that "10 a.m." agrees with "10:00 am" and differs from "11 a.m.". An
  // hour alone ("10") or a bare "3:16" (a verse, a ratio) is no time.
  bool Time(size_t i) {
    static constexpr int kNoon = 12 * 60;
    const std::string& w = T(i).folded;
    auto after_time_word = [&] {
      return i > 0 && Adjacent(i - 1) &&
             OneOf(T(i - 1).folded, {"at", "by", "until", "till", "before", "after", "around",
                                     "about", "from", "since", "to"});
    };
    if (!T(i).is_number) {
      if ((w != "noon" && w != "midnight") || !after_time_word()) return false;
      Add(MentionKind::kDate, i, i + 1, T(i).begin, T(i).end,
          "t" + std::to_string(w == "noon" ? kNoon : 0), "t");
      return true;
    }
    // The hour, with "am" or "pm" written onto it ("10pm").
    size_t digits = 0;
    while (digits < w.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(w[digits]))) {
      ++digits;
    }
    if (digits == 0) return false;
    const std::string_view suffix = std::string_view(w).substr(digits);
    if (!suffix.empty() && suffix != "am" && suffix != "pm") return false;
    int hour = std::atoi(w.substr(0, digits).c_str());
    int minutes = 0;
    size_t end = i + 1;
    bool colon = false;
    if (suffix.empty() && Has(i + 1) && Between(text_, T(i), T(i + 1)) == ":" &&
        T(i + 1).is_number) {
      const std::string& m = T(i + 1).folded;
      const bool two_digits = m.size() >= 2 && std::isdigit(static_cast<unsigned char>(m[0])) &&
                              std::isdigit(static_cast<unsigned char>(m[1]));
      const std::string_view rest = std::string_view(m).substr(std::min<size_t>(2, m.size()));
      if (!two_digits || !(rest.empty() || rest == "am" || rest == "pm")) return false;
      minutes = std::atoi(m.substr(0, 2).c_str());
      if (minutes > 59) return false;
      colon = true;
      end = i + 2;
    }
    // "a.m." / "p.m." / "am" / "pm" after a space, or on the minutes.
    std::string_view half = suffix;
    if (colon && T(i + 1).folded.size() > 2) half = std::string_view(T(i + 1).folded).substr(2);
    if (half.empty() && Has(end) && Adjacent(end - 1)) {
      const std::string& next = T(end).folded;
      if (next == "a.m." || next == "a.m" || next == "am") half = "am";
      if (next == "p.m." || next == "p.m" || next == "pm") half = "pm";
      if (!half.empty()) ++end;
    }
    if (!half.empty()) {
      if (hour < 1 || hour > 12) return false;
      hour = hour % 12 + (half[0] == 'p' ? 12 : 0);
    } else if (!colon || hour > 23 || (hour <= 12 && w[0] != '0' && !after_time_word())) {
      return false;
    }
    Add(MentionKind::kDate, i, end, T(i).begin, T(end - 1).end,
        "t" + std::to_string(hour * 60 + minutes), "t");
    return true;
  }

  bool Date(size_t i) {
    if (int m = Month(i); m > 0) {
      size_t end = i + 1;
      std::string normalized = "m" + std::to_string(m);
      std::string value_class = "m";
      if (int d = Day(i + 1); d > 0 && Adjacent(i, ". ")) {
        normalized = std::to_string(m) + "-" + std::to_string(d);
        value_class = "md";
        end = i + 2;
      }
      Add(MentionKind::kDate, i, end, T(i).begin, T(end - 1).end, normalized, value_class);
      AddYearAfter(end);
      return true;
    }
    if (int d = Day(i); d > 0 && Adjacent(i)) {  // "25 December", "the 14th of November"
      const size_t month = Has(i + 1) && T(i + 1).folded == "of" && Adjacent(i + 1) ? i + 2 : i + 1;
      if (int m = Month(month, /*after_day=*/true); m > 0) {
        Add(MentionKind::kDate, i, month + 1, T(i).begin, T(month).end,
            std::to_string(m) + "-" + std::to_string(d), "md");
        AddYearAfter(month + 1);
        return true;
      }
    }
    // "Monday's search" is Monday's as much as "on Monday"; "on monday" in
    // text folded to lower case.
    if (int d = WeekdayNumber(WithoutPossessive(T(i).folded)); d > 0) {
      Add(MentionKind::kDate, i, i + 1, T(i).begin, T(i).end, "d" + std::to_string(d), "d");
      return true;
    }
    if (int y = Year(i); y > 0 && CurrencyBefore(i).empty() && !UnitAfter(i)) {
      Add(MentionKind::kDate, i, i + 1, T(i).begin, T(i).end, "y" + std::to_string(y), "y");
      return true;
    }
    return false;
  }

  // A year right after a month or a day ("Dec. 25, 2014", "January 2016")
  // is a mention of its own: "May 4" agrees with "May 4, 2015" and "May 4,
  // 2016" differs from it in the year alone.
  void AddYearAfter(size_t i) {
    if (i == 0 || !Has(i) || Year(i) == 0 || !Adjacent(i - 1, ", ")) return;
    Add(MentionKind::kDate, i, i + 1, T(i).begin, T(i).end, "y" + std::to_string(Year(i)), "y");
  }

  // The currency sign right before token i, or one space before it as
  // tokenized text writes it ("$ 4.2 billion"), or "". `*begin` (if given)
  // is set to the sign's first byte.
  std::string CurrencyBefore(size_t i, size_t* begin = nullptr) const {
    std::string_view before = text_.substr(0, T(i).begin);
    for (int spaced = 0; spaced < 2; ++spaced) {
      if (spaced == 1) {
        if (!EndsWith(before, " ")) break;
        before.remove_suffix(1);
      }
      for (std::string_view sign : {"$", "£", "€"}) {
        if (EndsWith(before, sign)) {
          if (begin != nullptr) *begin = before.size() - sign.size();
          return std::string(sign);
        }
      }
    }
    return "";
  }

  // The length of a percent sign right after byte `end`, with the one
  // space that tokenized text puts before it ("12 %"); 0 if none.
  size_t PercentSignAt(size_t end) const {
    if (end < text_.size() && text_[end] == '%') return 1;
    if (end + 1 < text_.size() && text_[end] == ' ' && text_[end + 1] == '%') return 2;
    return 0;
  }

  bool UnitAfter(size_t i) const {
    if (PercentSignAt(T(i).end) > 0) return true;
    return Has(i + 1) && (MultiplierValue(T(i + 1).folded) > 0 || T(i + 1).folded == "percent");
  }

  // Part of a time ("10:30"), a code ("F-16", "COVID-19") or a fraction.
  bool InsideOtherToken(size_t i) const {
    const size_t b = T(i).begin, e = T(i).end;
    auto digit = [&](size_t p) {
      return p < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p]));
    };
    auto alpha = [&](size_t p) {
      return p < text_.size() && std::isalpha(static_cast<unsigned char>(text_[p]));
    };
    if (e < text_.size() && (text_[e] == ':' || text_[e] == '/') && digit(e + 1)) return true;
    if (b >= 2 && (text_[b - 1] == ':' || text_[b - 1] == '/') && digit(b - 2)) return true;
    if (b >= 2 && text_[b - 1] == '-' && alpha(b - 2)) return true;
    return false;
  }

  // True for digits written after a decimal point without a zero: ".5
  // percent" is "0.5 percent". The point must stand after a space, a
  // bracket or the start, not after a word ("v.5") or a number.
  bool LeadingPoint(size_t i) const {
    const size_t b = T(i).begin;
    if (b == 0 || text_[b - 1] != '.' || !DigitGroup(i)) return false;
    if (b == 1) return true;
    const char before = text_[b - 2];
    return before == ' ' || before == '(' || before == '\n' || before == '\t';
  }

  // A token of digits alone ("434", "0800"; not "1,200", "21st").
  bool DigitGroup(size_t i) const {
    if (!Has(i) || !T(i).is_number) return false;
    const std::string_view s = text_.substr(T(i).begin, T(i).end - T(i).begin);
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
             return std::isdigit(c) != 0;
           });
  }

  // A phone number, a catalog code or a team's record is one mention of
  // class kCodeClass, normalized to its digits, so that its groups are no
  // quantities to set against other numbers ("434" and "7050" of
  // "434-263-7050"): three digit groups or more joined by hyphens
  // ("434-263-7050", "1-800-555-1234", "6-6-6"), a local number
  // ("263-7050", with an area code before it: "(434) 263-7050"), or groups
  // joined by hyphens or single spaces of which the first is written with
  // a leading zero ("0800 096 1233", "020 7158 0197"). Two groups otherwise
  // are a range or a score ("18-34", "2-1") and stay numbers.
  bool DigitCode(size_t i) {
    if (!DigitGroup(i)) return false;
    auto length = [&](size_t j) { return T(j).end - T(j).begin; };
    auto gap = [&](size_t j) { return Between(text_, T(j), T(j + 1)); };  // After token j.
    const bool leading_zero = length(i) >= 2 && text_[T(i).begin] == '0';
    size_t end = i + 1;  // One past the last group.
    while (DigitGroup(end) && (gap(end - 1) == "-" || (leading_zero && gap(end - 1) == " "))) {
      ++end;
    }
    const size_t groups = end - i;
    const bool local_number = groups == 2 && length(i) == 3 && length(i + 1) == 4;
    // DigitGroup(i + 2) first: gap() reads the token after its argument.
    const bool area_code = groups == 1 && length(i) == 3 && DigitGroup(i + 2) &&
                           T(i).begin > 0 && text_[T(i).begin - 1] == '(' && gap(i) == ") " &&
                           gap(i + 1) == "-" && length(i + 1) == 3 && length(i + 2) == 4;
    size_t begin_byte = T(i).begin;
    if (area_code) {
      end = i + 3;
      --begin_byte;  // The opening parenthesis.
    } else if (groups < 3 && !local_number && !leading_zero) {
      return false;
    }
    std::string digits = "#";
    for (size_t j = i; j < end; ++j) digits.append(text_.substr(T(j).begin, length(j)));
    Add(MentionKind::kNumber, i, end, begin_byte, T(end - 1).end, std::move(digits),
        std::string(kCodeClass));
    return true;
  }

  bool Number(size_t i) {
    double value = 0;
    bool ordinal = false;
    size_t end = i + 1;
    std::string glued_unit;
    if (T(i).is_number) {
      if (InsideOtherToken(i)) return false;
      double scale = 1;
      if (!ParseNumberToken(T(i).folded, &value, &ordinal) &&
          !ParseGluedNumber(T(i).folded, !CurrencyBefore(i).empty(), &value, &scale, &glued_unit)) {
        return false;
      }
      value *= scale;
      if (LeadingPoint(i)) value = std::strtod(("0." + T(i).folded).c_str(), nullptr);
      end = WithSpacedThousands(i, &value);
      end = WithFraction(end, &value);
    } else if (OrdinalWords(i, &value, &end)) {  // Before "twenty" of "twenty-first".
      ordinal = true;
    } else if (!NumberWords(i, &value, &end)) {
      return false;
    }
    size_t currency_begin = T(i).begin;
    const std::string currency = CurrencyBefore(i, &currency_begin);
    if (currency.empty() && LeadingPoint(i)) --currency_begin;
    // "$1.2 billion", and "$1.2-billion" as some papers write it.
    if (Has(end) && Adjacent(end - 1, " -") && MultiplierValue(T(end).folded) > 0) {
      value *= MultiplierValue(T(end).folded);
      ++end;
    }
    std::string unit = currency;
    size_t end_byte = T(end - 1).end;
    if (ordinal) {
      unit = "th";
    } else if (const size_t sign = PercentSignAt(end_byte); sign > 0) {
      unit = "%";
      end_byte += sign;
    } else if (Has(end) && Adjacent(end - 1) && T(end).folded == "percent") {
      unit = "%";
      end_byte = T(end).end;
      ++end;
    }
    const size_t begin_byte = currency_begin;
    // An age: "21-year-old", "21 years old", "aged 21".
    const bool years_old = Has(end + 1) && Adjacent(end - 1, " -") && Adjacent(end, " -") &&
                           (T(end).folded == "year" || T(end).folded == "years") &&
                           IsOldWord(T(end + 1).folded);
    const bool aged =
        i > 0 && Adjacent(i - 1) && (T(i - 1).folded == "aged" || T(i - 1).folded == "age");
    Add(MentionKind::kNumber, i, end, begin_byte, end_byte, unit + FormatNumber(value), unit);
    out_.back().number = value;
    Hedge(i, &out_.back());
    out_.back().glued_unit = std::move(glued_unit);
    out_.back().age = unit.empty() && PlausibleAge(value) && (years_old || aged);
    return true;
  }

  // The value of a number word at token k: "one" only where `one` allows
  // it, since alone it is mostly a pronoun ("one of the victims").
  int WordValue(size_t k, bool one) const {
    if (!Has(k)) return 0;
    if (T(k).folded == "one") return one ? 1 : 0;
    return NumberWordValue(T(k).folded);
  }

  // Number words from token i, as one value: "seven", "twenty-one" or
  // "twenty one", "one hundred and twenty", "two dozen". "one" opens a
  // number only before "hundred", "thousand", ... or "dozen" ("one
  // million"); a scale word after the words is left to the caller. Sets
  // `*end` past the last word; false where token i opens no number.
  bool NumberWords(size_t i, double* value, size_t* end) const {
    // "half a dozen", "a half-dozen": six.
    if (T(i).folded == "half" && Has(i + 1)) {
      const size_t dozen = T(i + 1).folded == "a" && Adjacent(i) ? i + 2 : i + 1;
      if (Has(dozen) && T(dozen).folded == "dozen" && Adjacent(dozen - 1, " -")) {
        *value = 6;
        *end = dozen + 1;
        return true;
      }
    }
    if (WordValue(i, /*one=*/true) <= 0) return false;  // Most tokens.
    const bool scale_next = Has(i + 1) && Adjacent(i) &&
                            (MultiplierValue(T(i + 1).folded) > 0 || T(i + 1).folded == "dozen");
    // A number below a hundred from token k: a word, or tens and a unit
    // joined by a hyphen or a space.
    auto below_hundred = [&](size_t k, bool one, size_t* after) {
      int v = WordValue(k, one);
      if (v <= 0) return 0;
      *after = k + 1;
      if (v >= 20 && v % 10 == 0 && Has(k + 1)) {
        const std::string_view gap = Between(text_, T(k), T(k + 1));
        const int unit = gap == "-" || gap == " " ? WordValue(k + 1, true) : 0;
        if (unit > 0 && unit < 10) {
          v += unit;
          *after = k + 2;
        }
      }
      return v;
    };
    size_t after = i;
    int v = below_hundred(i, scale_next, &after);
    if (v <= 0) return false;
    // "two dozen": a dozen of them.
    if (v < 100 && Has(after) && Adjacent(after - 1) && T(after).folded == "dozen" &&
        T(i).folded != "dozen") {
      v *= 12;
      ++after;
    } else if (v < 100 && Has(after) && Adjacent(after - 1) && T(after).folded == "hundred") {
      // "one hundred and twenty", "two hundred five".
      v *= 100;
      ++after;
      size_t rest_end = after;
      const bool joined =
          Has(after) && Adjacent(after - 1) && T(after).folded == "and" && Adjacent(after);
      if (const int rest = Has(after) && Adjacent(after - 1)
                               ? below_hundred(joined ? after + 1 : after, true, &rest_end)
                               : 0;
          rest > 0 && rest < 100) {
        v += rest;
        after = rest_end;
      }
    }
    *value = v;
    *end = after;
    return true;
  }

  // An ordinal in words from token i: "third" ... "ninetieth", and after a
  // tens word "twenty-first", "thirty-second". "first" and "second" alone
  // are not (an adverb, a unit of time), nor is a fraction ("a third of",
  // "one third") or a word that counts off points ("Third, ...").
  bool OrdinalWords(size_t i, double* value, size_t* end) const {
    static constexpr std::string_view kUnits[] = {"first", "second",  "third",  "fourth", "fifth",
                                                  "sixth", "seventh", "eighth", "ninth"};
    static constexpr std::string_view kTeens[] = {
        "tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static constexpr std::string_view kTens[] = {"twentieth", "thirtieth", "fortieth",
                                                 "fiftieth",  "sixtieth",  "seventieth",
                                                 "eightieth", "ninetieth"};
    auto index_in = [](std::string_view word, const auto& list) {
      for (size_t k = 0; k < std::size(list); ++k) {
        if (list[k] == word) return static_cast<int>(k);
      }
      return -1;
    };
    const std::string& word = T(i).folded;
    // Nearly every token is ruled out by its ending: an ordinal word ends
    // in "st", "nd", "rd" or "th", a compound opens with a tens word.
    const bool ordinal_ending = word.ends_with("th") || word.ends_with("st") ||
                                word.ends_with("nd") || word.ends_with("rd");
    if (!ordinal_ending && NumberWordValue(word) < 20) return false;
    int v = 0;
    size_t after = i + 1;
    if (const int unit = index_in(word, kUnits); unit >= 2) {
      v = unit + 1;
    } else if (const int teen = index_in(word, kTeens); teen >= 0) {
      v = teen + 10;
    } else if (const int tens = index_in(word, kTens); tens >= 0) {
      v = 20 + 10 * tens;
    } else if (const int n = NumberWordValue(word); n >= 20 && n % 10 == 0 && n < 100 &&
                                                    Has(i + 1) &&
                                                    Between(text_, T(i), T(i + 1)) == "-") {
      const int unit = index_in(T(i + 1).folded, kUnits);
      if (unit < 0) return false;
      v = n + unit + 1;
      after = i + 2;
    } else {
      return false;
    }
    if (i > 0 && Adjacent(i - 1, " -") && (T(i - 1).folded == "a" || T(i - 1).folded == "one")) {
      return false;
    }
    if (T(after - 1).end < text_.size() && text_[T(after - 1).end] == ',' && i == 0) return false;
    // A capitalized ordinal before a capitalized word is part of a name:
    // "Fifth Avenue", "Second Amendment", "Third Reich".
    if (IsCapitalized(text_, T(i)) && Has(after) && Adjacent(after - 1) &&
        IsCapitalized(text_, T(after))) {
      return false;
    }
    *value = v;
    *end = after;
    return true;
  }

  // Groups of three digits after token i, set off by a space as some
  // styles separate thousands ("10 000", "1 250 000"; a no-break or thin
  // space too), joined into `*value`. Token i must be one to three digits
  // without a leading zero. Returns where the number ends.
  size_t WithSpacedThousands(size_t i, double* value) const {
    size_t end = i + 1;
    const size_t digits = T(i).end - T(i).begin;
    if (!DigitGroup(i) || digits > 3 || (digits > 1 && text_[T(i).begin] == '0') ||
        LeadingPoint(i)) {
      return end;
    }
    double joined = *value;
    while (DigitGroup(end) && T(end).end - T(end).begin == 3) {
      const std::string_view gap = Between(text_, T(end - 1), T(end));
      if (gap != " " && gap != "\xc2\xa0" && gap != "\xe2\x80\x89" && gap != "\xe2\x80\xaf") {
        break;
      }
      joined = joined * 1000 + std::strtod(T(end).folded.c_str(), nullptr);
      ++end;
    }
    // More digits right after ("404 526-5456", "44 800 789321") make a
    // telephone number or a code, not thousands.
    if (end > i + 1 && DigitGroup(end)) {
      const std::string_view gap = Between(text_, T(end - 1), T(end));
      if (gap == " " || gap == "-") return i + 1;
    }
    *value = joined;
    return end;
  }

  // A fraction written after a whole number ("4 1/2"): added to `*value`
  // when the tokens from `end` are a numerator, "/" and a denominator of
  // 2, 3, 4 or 8 above it. Returns where the number ends.
  size_t WithFraction(size_t end, double* value) const {
    if (!Has(end + 1) || *value != std::floor(*value) || !Adjacent(end - 1) ||
        Between(text_, T(end), T(end + 1)) != "/" || !T(end).is_number || !T(end + 1).is_number) {
      return end;
    }
    const std::string& top = T(end).folded;
    const std::string& bottom = T(end + 1).folded;
    if (top.size() != 1 || bottom.size() != 1 ||
        !std::isdigit(static_cast<unsigned char>(top[0])) ||
        std::string_view("2348").find(bottom[0]) == std::string_view::npos || top[0] >= bottom[0]) {
      return end;
    }
    *value += static_cast<double>(top[0] - '0') / (bottom[0] - '0');
    return end + 2;
  }

  // Whether the words right before token i (a number, or the currency
  // sign before it) say the number is rounded or a bound: sets `m`'s
  // `approximate`, its `bound` to +1 for a lower bound ("more than",
  // "over", "at least"), -1 for an upper one ("nearly", "up to", "as much
  // as"), 0 for neither ("about"), and its `hedge_tokens` to the words
  // that say so. "over" before a span of time ("over 10 years") is
  // "during".
  void Hedge(size_t i, Mention* m) const {
    m->approximate = false;
    m->bound = 0;
    m->hedge_tokens = 0;
    // A currency sign may stand between: "about $1.6 million".
    if (i == 0 || !Adjacent(i - 1, " $\xc2\xa3\xe2\x82\xac")) return;
    const std::string& before = T(i - 1).folded;
    const std::string_view first =
        i >= 2 && Adjacent(i - 2) ? std::string_view(T(i - 2).folded) : std::string_view();
    const std::string_view second =
        i >= 3 && Adjacent(i - 3) ? std::string_view(T(i - 3).folded) : std::string_view();
    if (OneOf(before, {"about", "around", "some", "roughly", "approximately", "approx", "circa",
                       "estimated"})) {
      m->hedge_tokens = 1;
    } else if (OneOf(before, {"nearly", "almost", "under"})) {
      m->hedge_tokens = 1;
      m->bound = -1;
    } else if ((before == "than" && OneOf(first, {"less", "fewer"})) ||
               (before == "to" && OneOf(first, {"up", "close"}))) {
      m->hedge_tokens = 2;
      m->bound = -1;
    } else if (before == "as" && second == "as" && OneOf(first, {"much", "many", "high"})) {
      m->hedge_tokens = 3;
      m->bound = -1;
    } else if ((before == "than" && first == "more") || (before == "least" && first == "at") ||
               (before == "of" && first == "upwards")) {
      m->hedge_tokens = 2;
      m->bound = 1;
    } else if (before == "over" && !(Has(i + 1) && UnitOfTime(T(i + 1).folded))) {
      m->hedge_tokens = 1;
      m->bound = 1;
    }
    m->approximate = m->hedge_tokens > 0;
  }

  static bool UnitOfTime(std::string_view word) {
    return OneOf(word, {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                        "hours", "minute", "minutes", "decade", "decades"});
  }

  // "old", "olds" or "old's" (a token's folded form writes every apostrophe
  // as "'"), as in "two 23-year-olds", "the six-year-old's death".
  static bool IsOldWord(std::string_view word) {
    return word == "old" || word == "olds" || word == "old's";
  }

  static bool PlausibleAge(double value) {
    return value >= 1 && value <= 120 && value == static_cast<int>(value);
  }

  // A number right after a name, set off by commas or parentheses, is the
  // person's age: "Kira Grunberg, 21, landed", "Smith (45) said"; so is one
  // set off by commas after another word, for text in lower case, where
  // names are not seen. "now" or "then" may stand before the number:
  // "Burke Ramsey, now 29, appeared".
  void MarkAgesSetOff() {
    std::vector<bool> ends_name(tokens_.size() + 1, false);
    for (const Mention& n : out_) {
      if (n.kind == MentionKind::kName) ends_name[n.end_token] = true;
    }
    for (Mention& m : out_) {
      const Token& t = T(m.first_token);
      if (m.kind != MentionKind::kNumber || !m.value_class.empty() || m.age || m.first_token == 0 ||
          m.end_token != m.first_token + 1 || !t.is_number || !PlausibleAge(m.number)) {
        continue;
      }
      // The token the age is set off from: the number, or a "now" or
      // "then" right before it.
      size_t set_off = m.first_token;
      if (set_off >= 2 && Between(text_, T(set_off - 1), t) == " " &&
          (T(set_off - 1).folded == "now" || T(set_off - 1).folded == "then")) {
        --set_off;
      }
      const bool after_name = ends_name[set_off];
      const Token& previous = T(set_off - 1);
      const std::string_view before = Between(text_, previous, T(set_off));
      const std::string_view after = text_.substr(
          t.end, Has(m.end_token) ? T(m.end_token).begin - t.end : std::string_view::npos);
      if (!after_name) {
        // "o'sullivan, 27, has".
        const bool word = !previous.is_number && !IsStopword(previous.folded) &&
                          !IsReportingVerb(previous.folded) && MonthNumber(previous.folded) == 0 &&
                          WeekdayNumber(previous.folded) == 0;
        if (word && before == ", " && !after.empty() && after[0] == ',') m.age = true;
        continue;
      }
      const bool commas = before == ", " && (after.empty() || after[0] == ',' || after[0] == '.');
      const bool parentheses = before == " (" && !after.empty() && after[0] == ')';
      if (commas || parentheses) m.age = true;
    }
  }

  // True for a word the cluster writes in lower case that the dictionary
  // lists as a common word and not as a name: "department", "ministry";
  // not "trump" or "bush", surnames too. The dictionary lists "pence" in
  // lower case only: "Vice President Pence" stays a person's name where
  // the cluster's text has no "pence".
  bool BodyNoun(const std::string& folded) const {
    if (lowercase_.count(folded) == 0) return false;
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    return dictionary.KnowsInLowerCase(folded) && !dictionary.ListsAsName(folded);
  }

  // True when tokens i and i + 1 read as a person's given name and surname:
  // the first listed as a name, the second no common word ("Neil Gorsuch";
  // not "Virginia Department", "Mary Queen").
  bool PersonsName(size_t i) const {
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    return !T(i).is_number && !T(i + 1).is_number && dictionary.ListsAsName(T(i).folded) &&
           !dictionary.KnowsInLowerCase(T(i + 1).folded);
  }

  bool StartsClause(size_t i) const {
    if (i == 0) return true;
    const std::string_view gap = Between(text_, T(i - 1), T(i));
    // A dash between spaces opens a clause too ("LOS ANGELES -- Despite",
    // "LONDON \u2014 Despite").
    const bool dash =
        gap.size() >= 3 && gap.front() == ' ' && gap.back() == ' ' &&
        (gap.find('-') != std::string_view::npos || gap.find("\u2014") != std::string_view::npos ||
         gap.find("\u2013") != std::string_view::npos);
    return dash || gap.find_first_of(":;\"\u201C([") != std::string_view::npos ||
           gap.find("\xE2\x80\x9C") != std::string_view::npos;
  }

  bool NameWord(size_t i) const {
    if (!Has(i) || used_[i] || T(i).is_number || !IsCapitalized(text_, T(i))) return false;
    const std::string& w = T(i).folded;
    if (w == "i" || MonthNumber(WithoutPossessive(w)) > 0 ||
        WeekdayNumber(WithoutPossessive(w)) > 0) {
      return false;
    }
    return true;
  }

  // A stock ticker with its exchange, as wire copy writes it after a
  // company's name ("Jimmy Choo CHOO.L"): capitals, a period and one or two
  // capitals. No part of the name before it.
  bool Ticker(size_t i) const {
    if (!Has(i + 1) || !NoLowercase(text_, T(i)) || Between(text_, T(i), T(i + 1)) != ".") {
      return false;
    }
    const std::string_view exchange =
        text_.substr(T(i + 1).begin, T(i + 1).end - T(i + 1).begin);
    return exchange.size() <= 2 && NoLowercase(text_, T(i + 1));
  }

  // "May" after a name word when no date took it: a surname ("Theresa
  // May", "Brian May"). Other months there are verbs or nouns ("Troops
  // March on").
  bool MonthInName(size_t i) const {
    return Has(i) && !used_[i] && IsCapitalized(text_, T(i)) &&
           WithoutPossessive(T(i).folded) == "may";
  }

  void Name(size_t i) {
    // The ticker names the company on its own ("CHOO"); its exchange ("L")
    // is no name.
    if (i > 0 && Ticker(i - 1)) {
      used_[i] = true;
      return;
    }
    if (!NameWord(i)) return;
    size_t first = i;
    // Titles ("Mr.") and a leading "The" start a name but are not one alone.
    if (StartsClause(i)) {
      std::string w = T(i).folded;
      if (EndsWith(w, "'s")) w.resize(w.size() - 2);
      // "The Guardians of Peace", "Recently the Guardians": the opener is
      // an ordinary word, the name follows. Not across a comma: "Ritalin,
      // the other main drug" opens with a name.
      const bool ordinary = lowercase_.count(w) > 0 || IsStopword(w) ||
                            segment::IsSentenceOpener(w) || EndsWith(w, "ly") ||
                            (Adjacent(i) && IsNameConnector(T(i + 1).folded));
      if (!IsTitle(w) && ordinary) return;
    }
    size_t end = i + 1;
    while (Has(end)) {
      // A possessive ends a name: "Tasmania's Dark Mofo" names "Tasmania"
      // and "Dark Mofo", "Russia's Kursk" names "Russia" and "Kursk".
      if (EndsWith(T(end - 1).folded, "'s")) break;
      // "Anthony M. Kennedy": an initial's period does not end the name,
      // nor that of a place's abbreviated word where it opens the name
      // ("St. Louis", "Ft. Worth") or a word the cluster never writes in
      // lower case follows it ("Mount St. Helens"; not "Main St. Police").
      const bool place_abbreviation = AbbreviatesPlaceWord(T(end - 1).folded) &&
                                      (end - 1 == i || lowercase_.count(T(end).folded) == 0);
      const bool after_initial = (T(end - 1).folded.size() == 1 || place_abbreviation) &&
                                 Between(text_, T(end - 1), T(end)) == ". ";
      // Words of a name are joined by spaces or by one hyphen: a dash
      // between spaces ends it ("LOS ANGELES -- Despite").
      const bool joined = Adjacent(end - 1) || Between(text_, T(end - 1), T(end)) == "-";
      if ((NameWord(end) || MonthInName(end)) && (joined || after_initial) && !Ticker(end)) {
        ++end;
        continue;
      }
      // "Jong-un"
      if (Between(text_, T(end - 1), T(end)) == "-" && !T(end).is_number && !used_[end] &&
          T(end).folded.size() <= 3) {
        ++end;
        continue;
      }
      if (IsNameConnector(T(end).folded) && Adjacent(end - 1) && Adjacent(end) &&
          NameWord(end + 1)) {
        // A person's name then where the person is from ("Judge Neil
        // Gorsuch of Colorado", "Sen. Ted Cruz of Texas") names two.
        if (T(end).folded == "of" && end - first >= 2 && PersonsName(end - 2)) break;
        end += 2;
        continue;
      }
      break;
    }
    // A party and a state ("Sen. Ted Cruz (R-Texas)", "D-Mich.") tell
    // lawmakers apart; they are no name of their own.
    if (end - first >= 2 &&
        (T(first).folded == "r" || T(first).folded == "d" || T(first).folded == "i") &&
        Between(text_, T(first), T(first + 1)) == "-") {
      for (size_t k = first; k < end; ++k) used_[k] = true;
      return;
    }
    // Four words or more in capitals are a shouted headline or caption
    // ("THAT IS HOW MUCH MONEY TIMOTHY POOL WON"), not a name.
    if (end - first >= 4) {
      bool shouted = true;
      for (size_t k = first; k < end && shouted; ++k) shouted = NoLowercase(text_, T(k));
      if (shouted) {
        for (size_t k = first; k < end; ++k) used_[k] = true;
        return;
      }
    }
    // A name starts after its last title: "Mayor Jim Harrelson", "U.S.
    // President Donald Trump", "Attorney General Eric Holder", "Secretary of
    // State John Kerry" name "Jim Harrelson", "Donald Trump", "Eric Holder",
    // "John Kerry".
    // A title before one common noun names a body: "Justice Department",
    // "Justice Ministry", "General Assembly".
    bool body = false;
    for (size_t k = end - 1; k > first; --k) {
      if (!IsTitle(T(k - 1).folded)) continue;
      if (k + 1 == end && BodyNoun(T(k).folded)) {
        body = true;
        break;
      }
      size_t start = k;
      if (T(start).folded == "of" && start + 2 < end) start += 2;
      bool plain = true;
      for (size_t w = start; w < end; ++w) plain = plain && !IsNameConnector(T(w).folded);
      // "Martin Luther King Jr.": a title word followed by a suffix alone
      // is a surname.
      bool suffix_only = true;
      for (size_t w = start; w < end; ++w) suffix_only = suffix_only && IsNameSuffix(T(w).folded);
      if (plain && start < end && !suffix_only) {
        // The words before the first title, a body or a field ("Health
        // Minister Leo Varadkar", "Green Mountain Roasters President Brian
        // Kelley"), are a name of their own; an abbreviation alone ("U.S.
        // President") is not, nor a word that makes part of the title
        // ("Attorney General", "Deputy Prime Minister").
        size_t qualifier_end = first;
        while (qualifier_end < start && !IsTitle(T(qualifier_end).folded)) ++qualifier_end;
        while (qualifier_end > first && ModifiesTitle(T(qualifier_end - 1).folded)) {
          --qualifier_end;
        }
        bool worded = false;
        for (size_t w = first; w < qualifier_end; ++w) {
          const std::string& f = T(w).folded;
          worded = worded || (f.size() >= 4 && f.find('.') == std::string::npos && !T(w).is_number);
        }
        if (worded) {
          Add(MentionKind::kName, first, qualifier_end, T(first).begin, T(qualifier_end - 1).end,
              NormalizeName(tokens_, first, qualifier_end), "");
          out_.back().opens_clause = StartsClause(first);
          out_.back().qualifies_title = true;
        }
        for (size_t w = first; w < start; ++w) used_[w] = true;
        first = start;
      }
      break;
    }
    std::string normalized = NormalizeName(tokens_, first, end, /*keep_titles=*/body);
    const bool only_title = normalized.size() < 2;  // Or a lone initial.
    if (!only_title && !(end - first == 1 && IsStopword(normalized))) {
      size_t end_byte = T(end - 1).end;
      const std::string_view last = text_.substr(T(end - 1).begin, end_byte - T(end - 1).begin);
      if (EndsWith(last, "'s"))
        end_byte -= 2;
      else if (EndsWith(last, "\xE2\x80\x99s"))
        end_byte -= 4;
      Add(MentionKind::kName, first, end, T(first).begin, end_byte, std::move(normalized), "");
      out_.back().opens_clause = StartsClause(first);
    } else {
      for (size_t k = first; k < end; ++k) used_[k] = true;
    }
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::unordered_set<std::string>& lowercase_;
  std::vector<bool> used_;
  std::vector<Mention> out_;
};

}  // namespace

std::vector<Mention> FindMentions(std::string_view text, const std::vector<Token>& tokens,
                                  const std::unordered_set<std::string>& lowercase_words) {
  return MentionFinder(text, tokens, lowercase_words).Find();
}

size_t SpellingDistance(std::string_view a, std::string_view b) {
  return SwappedNeighbours(a, b) ? 1 : EditDistance(a, b);
}

std::string_view WithoutNameSuffix(std::string_view normalized) {
  const size_t last = normalized.rfind(' ');
  if (last == std::string_view::npos || normalized.find(' ') == last ||
      !IsNameSuffix(normalized.substr(last + 1))) {
    return normalized;
  }
  return normalized.substr(0, last);
}

namespace {

// Significant digits of x > 0 as written to at most 12: 1600000 -> 2,
// 39.8 -> 3.
int SignificantDigits(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.11e", x);
  const std::string_view text(buffer);
  std::string_view mantissa = text.substr(0, text.find('e'));
  while (mantissa.size() > 1 && (mantissa.back() == '0' || mantissa.back() == '.')) {
    mantissa.remove_suffix(1);
  }
  int digits = 0;
  for (char c : mantissa) digits += c >= '0' && c <= '9';
  return digits;
}

}  // namespace

bool RoundedAlike(const Mention& a, const Mention& b) {
  if (a.kind != MentionKind::kNumber || b.kind != MentionKind::kNumber ||
      a.value_class != b.value_class || a.number <= 0 || b.number <= 0 || a.number == b.number) {
    return false;
  }
  const int digits_a = SignificantDigits(a.number), digits_b = SignificantDigits(b.number);
  if (digits_a == digits_b) return false;
  const Mention& rounded = digits_a < digits_b ? a : b;
  const Mention& exact = digits_a < digits_b ? b : a;
  const int digits = std::min(digits_a, digits_b);
  // Two estimates or bounds that differ ("some 2,400" / "some 2,000",
  // "more than 1,000" / "more than 1,300") are two figures, and so is a
  // figure past a bound ("nearly 10" / "13").
  if (exact.approximate || (digits < 2 && !rounded.approximate)) return false;
  if ((rounded.bound > 0 && exact.number < rounded.number) ||
      (rounded.bound < 0 && exact.number > rounded.number)) {
    return false;
  }
  // The place of the rounded number's last significant digit.
  const double unit =
      std::pow(10.0, std::floor(std::log10(rounded.number)) - static_cast<double>(digits) + 1);
  const double exact_rounded = std::round(exact.number / unit) * unit;
  if (std::abs(exact_rounded - rounded.number) > 1e-9 * rounded.number) return false;
  // One significant digit rounds coarsely ("about 100" holds 59 so): the
  // figure must lie within a tenth of it as well.
  return digits >= 2 || std::abs(exact.number - rounded.number) <= 0.1 * rounded.number;
}

bool AbbreviatesPlaceWord(std::string_view folded) {
  return std::any_of(std::begin(kPlaceFirstWords), std::end(kPlaceFirstWords),
                     [&](const auto& word) { return word.first == folded; });
}

bool OpensPlaceName(std::string_view normalized_word) {
  return std::any_of(std::begin(kPlaceFirstWords), std::end(kPlaceFirstWords),
                     [&](const auto& word) { return word.second == normalized_word; });
}

bool IsNameConnector(std::string_view folded) {
  static constexpr std::array<std::string_view, 12> kConnectors = {
      "of", "for", "the", "de", "la", "del", "van", "von", "al", "bin", "da", "du"};
  return std::find(kConnectors.begin(), kConnectors.end(), folded) != kConnectors.end();
}

namespace {

// True for a common English given name and a short form of it, either way
// round ("tom" / "thomas", "bill" / "william"): one person written two
// ways, not two people.
bool SameGivenName(std::string_view a, std::string_view b) {
  static constexpr std::pair<std::string_view, std::string_view> kShortForms[] = {
      {"al", "albert"},       {"alex", "alexander"}, {"andy", "andrew"},       {"ben", "benjamin"},
      {"bill", "william"},    {"billy", "william"},  {"bob", "robert"},        {"bobby", "robert"},
      {"charlie", "charles"}, {"chuck", "charles"},  {"chris", "christopher"}, {"dan", "daniel"},
      {"danny", "daniel"},    {"dave", "david"},     {"debbie", "deborah"},    {"dick", "richard"},
      {"don", "donald"},      {"ed", "edward"},      {"fred", "frederick"},    {"greg", "gregory"},
      {"jeff", "jeffrey"},    {"jim", "james"},      {"jimmy", "james"},       {"joe", "joseph"},
      {"jon", "jonathan"},    {"ken", "kenneth"},    {"larry", "lawrence"},    {"liz", "elizabeth"},
      {"matt", "matthew"},    {"mike", "michael"},   {"nick", "nicholas"},     {"pat", "patrick"},
      {"peggy", "margaret"},  {"rick", "richard"},   {"rob", "robert"},        {"ron", "ronald"},
      {"sam", "samuel"},      {"steve", "steven"},   {"steve", "stephen"},     {"sue", "susan"},
      {"ted", "edward"},      {"tom", "thomas"},     {"tommy", "thomas"},      {"tony", "anthony"},
      {"will", "william"}};
  for (const auto& [short_form, full] : kShortForms) {
    if ((a == short_form && b == full) || (a == full && b == short_form)) return true;
  }
  return false;
}

// `name` without a company's legal form as its last word ("ford motor co"
// -> "ford motor"; "corporation", "inc", "ltd", ...); unchanged where that
// would leave nothing or there is none.
std::string_view WithoutLegalForm(std::string_view name) {
  static constexpr std::string_view kForms[] = {
      "co",      "company", "corp", "corporation", "inc", "incorporated", "ltd",
      "limited", "llc",     "plc",  "ag",          "sa",  "nv",           "gmbh"};
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return name;
  const std::string_view last = name.substr(space + 1);
  for (std::string_view form : kForms) {
    if (last == form) return name.substr(0, space);
  }
  return name;
}

}  // namespace

bool CompatibleNames(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // One company however its legal form is written: "Ford Motor Co." /
  // "Ford Motor Company", "Sony Corp." / "Sony Corporation".
  if (const std::string_view a_bare = WithoutLegalForm(a), b_bare = WithoutLegalForm(b);
      (a_bare.size() != a.size() || b_bare.size() != b.size()) && a_bare == b_bare) {
    return true;
  }
  const std::string alias = CanonicalAlias(a);
  if (!alias.empty() && alias == CanonicalAlias(b)) return true;
  const std::vector<std::string_view> x = Words(a), y = Words(b);
  const auto& shorter = x.size() <= y.size() ? x : y;
  const auto& longer = x.size() <= y.size() ? y : x;
  // Word-aligned part: "obama" in "barack obama".
  for (size_t start = 0; start + shorter.size() <= longer.size(); ++start) {
    if (std::equal(shorter.begin(), shorter.end(), longer.begin() + static_cast<long>(start))) {
      return true;
    }
  }
  // Initials: "fbi" for "federal bureau of investigation".
  if (shorter.size() == 1 && longer.size() >= 2) {
    std::string initials, significant;
    for (std::string_view w : longer) {
      initials.push_back(w[0]);
      if (!IsNameConnector(w)) significant.push_back(w[0]);
    }
    if (shorter[0] == initials || shorter[0] == significant) return true;
  }
  std::string joined_a, joined_b;
  for (std::string_view w : x) joined_a += w;
  for (std::string_view w : y) joined_b += w;
  if (joined_a == joined_b) return true;
  if (x.size() == y.size()) {
    for (size_t k = 0; k < x.size(); ++k) {
      // A given name and its short form: "Tom Carnaffin" / "Thomas
      // Carnaffin".
      if (k == 0 && x.size() >= 2 && SameGivenName(x[0], y[0])) continue;
      if (x[k] != y[k] && !SameWordStem(x[k], y[k])) return false;
    }
    return true;
  }
  return false;
}

namespace {

// A word of three letters in a longer name, written with one slip: the
// first letter kept, one letter changed, added or dropped, or two
// neighbours swapped, where one of the two is no word the dictionary lists
// ("Neww York Times", "Tmi Cook"). Short words one letter apart are most
// often two words or two names ("Dan" / "Don", "Fox" / "Fix"), so both
// listed is no slip; nor is anything without the dictionary.
bool ThreeLetterSlip(std::string_view p, std::string_view q) {
  if (p[0] != q[0] || (EditDistance(p, q) != 1 && !SwappedNeighbours(p, q))) return false;
  const SpellingDictionary& dictionary = SpellingDictionary::Shared();
  return dictionary.available() && !(dictionary.Knows(p) && dictionary.Knows(q));
}

}  // namespace

bool CloseSpelling(std::string_view p, std::string_view q, size_t name_words) {
  if (IsNameConnector(p) && IsNameConnector(q)) return name_words >= 3;
  // "Denver" / "Denver7": a digit is not a spelling.
  if (p.find_first_of("0123456789") != std::string_view::npos ||
      q.find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  const size_t shortest = std::min(p.size(), q.size());
  if (name_words == 1 && shortest < 5) return false;
  if (shortest == 3 && name_words >= 2) return ThreeLetterSlip(p, q);
  if (shortest < 4) return false;
  // A word with an English ending added is another form of it ("america"
  // / "american", "olympic" / "olympics", "nazis" / "nazism", "latin" /
  // "latino", "german" / "germany", "constitution" / "constitutional");
  // other letters added at the end, or the last letter doubled, are a slip
  // ("roue" / "rouer", "imagess", "robinsonn").
  const std::string_view stem = p.size() < q.size() ? p : q;
  const std::string_view longer = p.size() < q.size() ? q : p;
  if (longer.size() > stem.size() && longer.substr(0, stem.size()) == stem &&
      longer[stem.size()] != stem.back()) {
    static constexpr std::string_view kEndings[] = {"s", "es", "n",  "an", "a",  "ia", "al",
                                                    "o", "m",  "er", "ic", "ns", "y"};
    const std::string_view ending = longer.substr(stem.size());
    for (std::string_view e : kEndings) {
      if (ending == e) return false;
    }
  }
  const size_t distance = EditDistance(p, q);
  if (distance == 1) return true;
  // Two slips in a long word, its first letter kept, or two neighbours
  // swapped; unless both are words of their own ("majority" /
  // "minority", "gary" / "gray").
  const bool slips = (distance == 2 && shortest >= 8 && p[0] == q[0]) || SwappedNeighbours(p, q);
  if (!slips) return false;
  const SpellingDictionary& dictionary = SpellingDictionary::Shared();
  return !(dictionary.Knows(p) && dictionary.Knows(q));
}

bool SpellingVariants(std::string_view a, std::string_view b) {
  if (CompatibleNames(a, b)) return false;
  // Legal forms written two ways are no slip: "Ford Motor Co." / "Frod
  // Motor Company" is the name misspelled.
  if (const std::string_view a_bare = WithoutLegalForm(a), b_bare = WithoutLegalForm(b);
      a_bare.size() != a.size() && b_bare.size() != b.size()) {
    a = a_bare;
    b = b_bare;
  }
  const std::vector<std::string_view> x = Words(a), y = Words(b);
  const auto& shorter = x.size() <= y.size() ? x : y;
  const auto& longer = x.size() <= y.size() ? y : x;
  // A lone word against a longer name is too little to go on ("Keller" /
  // "Greg Kelley").
  if (shorter.size() == 1 && longer.size() > 1) return false;
  // The shorter name against each stretch of the longer one ("polmetto
  // state" / "palmetto state republican"): all words equal but one. Where
  // two words differ, one of them may differ by an ending alone, as
  // CompatibleNames allows ("natiunal institute of health" / "national
  // institutes of health"); the other is then the slip.
  for (size_t start = 0; start + shorter.size() <= longer.size(); ++start) {
    size_t differing[3];  // The first three words that differ.
    size_t count = 0;
    for (size_t k = 0; k < shorter.size() && count < 3; ++k) {
      if (shorter[k] != longer[start + k]) differing[count++] = k;
    }
    auto slip_at = [&](size_t k) {
      return CloseSpelling(shorter[k], longer[start + k], longer.size());
    };
    auto ending_at = [&](size_t k) { return SameWordStem(shorter[k], longer[start + k]); };
    if (count == 1 && slip_at(differing[0])) return true;
    if (count == 2 && ((slip_at(differing[0]) && ending_at(differing[1])) ||
                       (slip_at(differing[1]) && ending_at(differing[0])))) {
      return true;
    }
  }
  return false;
}

bool OneSlipApart(std::string_view a, std::string_view b) {
  return !a.empty() && !b.empty() && a[0] == b[0] &&
         (EditDistance(a, b) == 1 || SwappedNeighbours(a, b));
}

namespace {

// True when date mention `m` of `text` is a wire dateline's ("OTTAWA,
// January 12 (Xinhua) --", "WASHINGTON, Dec. 25 (AP) -"): the day each
// report was filed, its own, not a fact the reports may disagree on. The
// sentence opens with a place in capitals (three letters or more), only
// words, commas and the day before a year stand before the date, and an
// agency in parentheses or a dash follows it, after a year at most.
bool InDateline(std::string_view text, const Mention& m) {
  constexpr size_t kMostBefore = 48;  // "SAN JUAN, Puerto Rico, " and the like.
  if (m.kind != MentionKind::kDate || m.begin == 0 || m.begin > kMostBefore) return false;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto letter = [&](char c) { return upper(c) || (c >= 'a' && c <= 'z'); };
  size_t capitals = 0;
  size_t i = 0;
  while (i < m.begin && (upper(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '-' ||
                         text[i] == '\'')) {
    capitals += upper(text[i]);
    ++i;
  }
  if (capitals < 3 || i == m.begin || text[i] != ',') return false;
  // Words, and the day before a year ("Jan. 12, 1999").
  for (; i < m.begin; ++i) {
    const char c = text[i];
    if (!letter(c) && !(c >= '0' && c <= '9') && c != ' ' && c != ',' && c != '.' && c != '-' &&
        c != '\'') {
      return false;
    }
  }
  std::string_view after = text.substr(m.end);
  // A year after the day: "Jan. 12, 1999 (Xinhua)".
  size_t k = 0;
  if (k < after.size() && after[k] == ',') ++k;
  while (k < after.size() && after[k] == ' ') ++k;
  size_t digits = k;
  while (digits < after.size() && after[digits] >= '0' && after[digits] <= '9') ++digits;
  if (digits - k == 4) after.remove_prefix(digits);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (!after.empty() && after.front() == '(') {
    const size_t close = after.find(')');
    return close != std::string_view::npos && close <= 24;
  }
  return after.starts_with("--") || after.starts_with("\xE2\x80\x94") ||
         after.starts_with("\xE2\x80\x93") || after.starts_with("_ ");
}

// Whether the values of sentences[i] are a source's statements: those of
// a sentence and of the headline are; those of a heading, list item or
// table cell (no final punctuation) are not, unless it follows another
// sentence of its paragraph (a sentence cut off, most often by a truncated
// document) or ends with a colon, introducing a quotation ("Harvey tweeted
// early Monday:").
bool GivesValues(const std::vector<Sentence>& sentences, size_t i) {
  const Sentence& s = sentences[i];
  if (!s.is_heading || s.is_title || (!s.text.empty() && s.text.back() == ':')) return true;
  return i > 0 && sentences[i - 1].paragraph == s.paragraph;
}

// True for a headline in title case ("Mobb Deep's Prodigy Dies At 42"):
// most words after the first that are not stopwords are capitalized, so
// capitals no longer tell names ("U.S. Fast-Tracks Missile Defense System
// To South Korea" would be one).
bool InTitleCase(std::string_view text, const std::vector<Token>& tokens) {
  size_t words = 0, capitalized = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].is_number || IsStopword(tokens[i].folded)) continue;
    ++words;
    capitalized += IsCapitalized(text, tokens[i]);
  }
  return words > 0 && 4 * capitalized >= 3 * words;
}

// The names of two words or more that sentences of the cluster give,
// normalized, each listed under each of its words.
class KnownNames {
 public:
  void Add(const std::string& name) {
    if (name.find(' ') == std::string::npos) return;
    const auto [it, fresh] = names_.insert(name);
    if (!fresh) return;
    const std::string& kept = *it;  // Elements stay put as the set grows.
    for (size_t start = 0; start <= kept.size();) {
      const size_t end = std::min(kept.find(' ', start), kept.size());
      by_word_[kept.substr(start, end - start)].push_back(&kept);
      start = end + 1;
    }
  }

  bool KnowsExactly(const std::string& name) const { return names_.count(name) != 0; }

  // True when `name` is a known name, or spells one one slip apart
  // (SpellingVariants) with as many words. Each comparison is paid from
  // `*allowance`; none is made once it is spent.
  bool Knows(const std::string& name, size_t* allowance) const {
    if (names_.count(name) != 0) return true;
    constexpr size_t kMostPerWord = 64;
    const size_t words = std::count(name.begin(), name.end(), ' ');
    for (size_t start = 0; start <= name.size();) {
      const size_t end = std::min(name.find(' ', start), name.size());
      const auto it = by_word_.find(name.substr(start, end - start));
      start = end + 1;
      if (it == by_word_.end()) continue;
      for (size_t k = 0; k < it->second.size() && k < kMostPerWord; ++k) {
        if (*allowance == 0) return false;
        --*allowance;
        const std::string& known = *it->second[k];
        if (static_cast<size_t>(std::count(known.begin(), known.end(), ' ')) == words &&
            SpellingVariants(name, known)) {
          return true;
        }
      }
    }
    return false;
  }

 private:
  std::unordered_set<std::string> names_;
  std::unordered_map<std::string, std::vector<const std::string*>> by_word_;
};

// Adds to `*mentions` the names of `text`, a headline in title case, that
// the cluster's sentences give (`known`) or spell one slip apart: the
// capitals of such a headline tell no names, the names the body gives do
// ("'Dancing With the Stars' Wants Bettty White" beside "Betty White").
// With `slips_only`, for a heading, list item or caption that gives no
// values, only names one slip from a known one, never a known name
// itself: "Football Coach Jonathan Megwood (Photo: ...)" beside "Jonathan
// Magwood" misspells the name the reader sees, where a known name there
// would only repeat what the sentences say.
// Runs of two to four capitalized words, each run as long as it matches,
// from the first of kMostHeadlineTokens tokens.
void AddKnownNames(std::string_view text, const std::vector<Token>& tokens, const KnownNames& known,
                   bool slips_only, size_t* allowance, std::vector<Mention>* mentions) {
  constexpr size_t kMostHeadlineTokens = 40;
  constexpr size_t kMostWords = 4;
  const size_t n = std::min(tokens.size(), kMostHeadlineTokens);
  const size_t given = mentions->size();  // Its numbers and dates.
  auto name_word = [&](size_t k) { return !tokens[k].is_number && IsCapitalized(text, tokens[k]); };
  // Tokens k and k + 1 stand a single space apart.
  auto joined = [&](size_t k) {
    return tokens[k].end + 1 == tokens[k + 1].begin && text[tokens[k].end] == ' ';
  };
  for (size_t i = 0; i < n;) {
    size_t run = 0;  // Capitalized words from i, a space apart.
    while (i + run < n && run < kMostWords && name_word(i + run) &&
           (run == 0 || joined(i + run - 1))) {
      ++run;
    }
    size_t matched = 0;
    for (size_t len = run; len >= 2 && matched == 0; --len) {
      const std::string normalized = NormalizeName(tokens, i, i + len);
      if (normalized.find(' ') == std::string::npos) continue;
      if (!known.Knows(normalized, allowance)) continue;
      matched = len;
      if (slips_only && known.KnowsExactly(normalized)) break;
      Mention m;
      m.kind = MentionKind::kName;
      m.first_token = i;
      m.end_token = i + len;
      m.begin = tokens[i].begin;
      m.end = tokens[i + len - 1].end;
      m.surface = std::string(text.substr(m.begin, m.end - m.begin));
      m.normalized = normalized;
      m.opens_clause = i == 0;
      mentions->push_back(std::move(m));
    }
    i += matched > 0 ? matched : 1;
  }
  if (mentions->size() > given) {
    std::stable_sort(mentions->begin(), mentions->end(),
                     [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
}

}  // namespace

std::vector<SentenceMentions> FindClusterMentions(const Cluster& cluster, size_t most_mentions,
                                                  bool* truncated) {
  if (truncated != nullptr) *truncated = false;
  std::vector<SentenceMentions> out;
  std::unordered_set<std::string> lowercase;
  std::vector<Token> tokens;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& sentence : doc.sentences) {
      Tokenize(sentence.text, &tokens);
      for (const Token& t : tokens) {
        if (!t.is_number && !IsCapitalized(sentence.text, t)) lowercase.insert(t.folded);
      }
    }
  }
  // Sentences are read in turns, the first of every document, then the
  // second of every document, ..., so that a bound leaves every document
  // its opening sentences, where news states its facts.
  // The flat index of each document's first sentence.
  std::vector<size_t> first(cluster.documents.size() + 1, 0);
  size_t longest = 0;
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    first[d + 1] = first[d] + cluster.documents[d].sentences.size();
    longest = std::max(longest, cluster.documents[d].sentences.size());
  }
  out.resize(first.back());
  // Title-case headlines, and headings that give no values, by document
  // and flat index (AddKnownNames).
  std::vector<std::pair<size_t, size_t>> headlines, headings;
  size_t found = 0;
  for (size_t position = 0; position < longest; ++position) {
    for (size_t d = 0; d < cluster.documents.size(); ++d) {
      const std::vector<Sentence>& sentences = cluster.documents[d].sentences;
      if (position >= sentences.size()) continue;
      if (found >= most_mentions) {
        if (truncated != nullptr) *truncated = true;
        return out;
      }
      const Sentence& sentence = sentences[position];
      SentenceMentions& m = out[first[d] + position];
      Tokenize(sentence.text, &m.tokens);
      // A cut-off sentence's values count, its last one too: dropping a
      // value that ends the text (which a cut inside a word would have
      // shortened) lost three changes of the development runs and removed
      // no wrong difference.
      if (GivesValues(sentences, position)) {
        m.mentions = FindMentions(sentence.text, m.tokens, lowercase);
        for (Mention& x : m.mentions) x.in_dateline = InDateline(sentence.text, x);
        // A headline in title case gives its numbers and dates, and only
        // the names that the rest of the cluster gives (AddKnownNames, below).
        if (sentence.is_title && InTitleCase(sentence.text, m.tokens)) {
          std::erase_if(m.mentions, [](const Mention& x) { return x.kind == MentionKind::kName; });
          headlines.emplace_back(d, first[d] + position);
        }
      } else {
        headings.emplace_back(d, first[d] + position);
      }
      found += m.mentions.size();
    }
  }
  // Then the names of title-case headlines that the rest of the cluster
  // gives (AddKnownNames), within a bound of comparisons. (Their own names
  // are gone by now.)
  KnownNames known;
  for (const SentenceMentions& m : out) {
    for (const Mention& x : m.mentions) {
      if (x.kind == MentionKind::kName) known.Add(x.normalized);
    }
  }
  constexpr size_t kMostHeadlineComparisons = size_t{1} << 20;
  size_t allowance = kMostHeadlineComparisons;
  for (const auto& [d, flat] : headlines) {
    AddKnownNames(cluster.documents[d].sentences[flat - first[d]].text, out[flat].tokens, known,
                  /*slips_only=*/false, &allowance, &out[flat].mentions);
  }
  for (const auto& [d, flat] : headings) {
    AddKnownNames(cluster.documents[d].sentences[flat - first[d]].text, out[flat].tokens, known,
                  /*slips_only=*/true, &allowance, &out[flat].mentions);
  }
  return out;
}

}  // namespace precis
