// Copyright 2026 The Precis Authors.
//
// Sentence boundaries: a candidate is terminal punctuation (. ! ? …),
// possibly followed by more of it and by closing quotes or brackets, then a
// space. Whether it ends a sentence depends on the word before (an
// abbreviation, an initial, a number) and the word after (lowercase never
// starts a sentence; a common sentence opener or an ordinary word learned
// from the cluster does; a name after "U.S." or "Inc." does not).
#include "segment/sentence_splitter.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>

#include "base/utf8.h"

namespace precis {
namespace {

constexpr size_t kMaxSentenceBytes = 2000;

bool Contains(std::initializer_list<std::string_view> set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Abbreviations always followed by a name or noun: never a sentence end.
bool IsTitleAbbreviation(std::string_view w) {
  return Contains({"mr", "mrs", "ms", "messrs", "dr", "gov", "sen", "rep", "reps", "gen", "col",
                   "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "prof", "pres", "atty",
                   "supt", "det", "insp", "hon", "msgr", "fr", "st", "mt", "ft", "gens", "sens",
                   "cpl", "pvt", "brig", "amb", "vs", "v", "e.g", "i.e", "cf", "approx", "ave",
                   "blvd", "rd", "dept", "univ", "assn", "est", "sgt", "gov", "lt.gen"},
                  w);
}

bool IsMonthAbbreviation(std::string_view w) {
  return Contains({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                   "dec"},
                  w);
}

// Abbreviations followed by a number: "No. 5", "Vol. 2".
bool IsNumberAbbreviation(std::string_view w) {
  return Contains({"no", "nos", "vol", "vols", "art", "fig", "figs", "p", "pp", "ch", "sec",
                   "op", "ed"},
                  w);
}

// Abbreviations that can end a sentence: "Apple Inc.", "in Calif.", "etc.".
bool IsFlexibleAbbreviation(std::string_view w) {
  return Contains({"inc", "corp", "co", "ltd", "llc", "bros", "jr", "sr", "etc", "al", "plc",
                   "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
                   "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
                   "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt",
                   "wash", "wis", "wyo", "a.m", "p.m", "ph.d", "b.a", "m.a", "d.c", "u.s",
                   "u.n", "u.k", "e.u", "n.y", "n.j", "l.a"},
                  w);
}

// Capitalized words that begin sentences far more often than they continue
// them.
bool IsSentenceOpener(std::string_view w) {
  return Contains({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and",
                   "in", "on", "at", "this", "that", "these", "those", "there", "his", "her",
                   "their", "its", "our", "after", "when", "while", "meanwhile", "however",
                   "if", "as", "for", "so", "yet", "then", "now", "still", "also", "some",
                   "many", "most", "one", "two", "both", "each", "other", "no", "not", "what",
                   "who", "why", "how", "where", "during", "since", "until", "before", "with",
                   "without", "by", "from", "according",
                   "last", "earlier", "later", "today", "yesterday", "thursday", "monday",
                   "tuesday", "wednesday", "friday", "saturday", "sunday", "instead",
                   "despite", "although", "though", "because", "among", "all", "several",
                   "my", "your", "mr", "mrs", "ms", "dr"},
                  w);
}

// Verbs of attribution: "Smith said", after a quoted question.
bool IsSpeechVerb(std::string_view w) {
  return Contains({"said", "says", "asked", "asks", "added", "adds", "told", "wrote",
                   "replied", "explained", "shouted", "recalled", "continued"},
                  w);
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

bool IsOpeningQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == U'\u201C' ||
         cp == U'\u2018' || cp == U'\u00AB';
}

bool IsClosingQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u00BB';
}

bool IsTerminal(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026'; }

bool IsLower(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsUpper(char32_t cp) {
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

std::string Fold(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = NextCodePoint(s, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), &out);
  }
  return out;
}

// The token (letters, digits, inner periods) that ends just before `end`.
std::string_view TokenBefore(std::string_view line, size_t end) {
  size_t begin = end;
  while (begin > 0) {
    char c = line[begin - 1];
    if (IsSpace(c) || c == '(' || c == '"' || c == '[' || c == '/' ||
        (static_cast<unsigned char>(c) >= 0x80 && begin >= 3 &&
         (line.substr(begin - 3, 3) == "\xE2\x80\x9C" || line.substr(begin - 3, 3) == "\xE2\x80\x94"))) {
      break;
    }
    --begin;
  }
  return line.substr(begin, end - begin);
}

// The word starting at `pos` (after opening quotes), up to a space or
// punctuation, and its first code point.
std::string_view WordAfter(std::string_view line, size_t pos, char32_t* first) {
  *first = 0;
  while (pos < line.size()) {
    size_t p = pos;
    char32_t cp = NextCodePoint(line, &p);
    if (!IsOpeningQuote(cp)) break;
    pos = p;
  }
  size_t end = pos;
  while (end < line.size()) {
    size_t p = end;
    char32_t cp = NextCodePoint(line, &p);
    if (end == pos) *first = cp;
    if (!IsWordChar(cp) && cp != '\'' && cp != U'\u2019') break;
    end = p;
  }
  return line.substr(pos, end - pos);
}

}  // namespace

SentenceSplitter::SentenceSplitter() = default;

SentenceSplitter::Evidence SentenceSplitter::WordEvidence(std::string_view folded) const {
  auto it = stats_.find(std::string(folded));
  if (it == stats_.end()) return Evidence::kNone;
  if (it->second.lowercase_inside > 0 &&
      it->second.lowercase_inside >= it->second.capitalized_inside) {
    return Evidence::kOrdinaryWord;
  }
  if (it->second.capitalized_inside > 0) return Evidence::kName;
  return Evidence::kNone;
}

bool SentenceSplitter::LearnedAbbreviation(std::string_view folded) const {
  auto it = stats_.find(std::string(folded));
  return it != stats_.end() && it->second.period_then_lower > 0;
}

void SentenceSplitter::Learn(std::string_view text) {
  size_t pos = 0;
  bool after_end = true;  // The next word starts a sentence.
  std::string previous;   // Previous word when it ended with a period.
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    if (cp == '\n') {
      after_end = true;
      previous.clear();
      continue;
    }
    if (!IsWordChar(cp)) {
      if (IsTerminal(cp)) after_end = true;
      continue;
    }
    // A word: letters, digits, inner periods and apostrophes.
    size_t end = pos;
    while (end < text.size()) {
      size_t p = end;
      char32_t c = NextCodePoint(text, &p);
      if (IsWordChar(c) || ((c == '.' || c == '\'' || c == U'\u2019') && p < text.size() &&
                            IsWordChar(static_cast<unsigned char>(text[p])))) {
        end = p;
      } else {
        break;
      }
    }
    std::string folded = Fold(text.substr(start, end - start));
    WordStats& stats = stats_[folded];
    if (IsLower(cp)) {
      ++stats.lowercase_inside;
      if (!previous.empty()) ++stats_[previous].period_then_lower;
    } else if (IsUpper(cp) && !after_end) {
      ++stats.capitalized_inside;
    }
    previous.clear();
    after_end = false;
    pos = end;
    if (end < text.size() && text[end] == '.') {
      previous = folded;
      after_end = true;
      pos = end + 1;
    }
  }
}

bool SentenceSplitter::IsBoundary(std::string_view line, size_t punct, size_t end) const {
  // Skip spaces to the next word.
  size_t next = end;
  while (next < line.size() && line[next] == ' ') ++next;
  if (next >= line.size()) return true;
  if (next == end) return false;  // No space: "Deadline.com", "3.5", "U.S.-led".
  char32_t first;
  std::string_view word = WordAfter(line, next, &first);
  if (first == 0) {
    size_t p = next;
    first = NextCodePoint(line, &p);
  }
  if (IsLower(first)) return false;  // "“Why?” he asked."
  if (first == '.') return false;     // A spaced ellipsis ". . ." goes on.
  const char mark = line[punct];
  if (mark != '.') {
    // "!", "?", "…" before a capital, unless an attribution follows a
    // quoted question: "“Why?” Smith asked."
    if (end > punct + 1 && IsUpper(first)) {
      size_t after = next + word.size();
      while (after < line.size() && line[after] == ' ') ++after;
      char32_t verb_first;
      std::string verb = Fold(WordAfter(line, after, &verb_first));
      if (IsSpeechVerb(verb)) return false;
    }
    return true;
  }
  // "..." ellipsis: a boundary before a capital.
  if (punct >= 2 && line[punct - 1] == '.' && line[punct - 2] == '.') return true;
  std::string_view token = TokenBefore(line, punct);
  if (token.empty()) return true;
  const std::string folded = Fold(token);
  const bool next_is_digit = first >= '0' && first <= '9';
  const std::string next_folded = Fold(word);
  const bool opener = IsSentenceOpener(next_folded) ||
                      WordEvidence(next_folded) == Evidence::kOrdinaryWord;
  if (IsTitleAbbreviation(folded)) return false;
  if (IsMonthAbbreviation(folded)) return !next_is_digit && opener;
  if (IsNumberAbbreviation(folded)) return !next_is_digit;
  // Initials: "John F. Kennedy", "J.K. Rowling".
  size_t p = 0;
  char32_t c0 = NextCodePoint(token, &p);
  if (p == token.size() && IsUpper(c0)) return opener && !next_is_digit;
  // Dotted acronyms mostly qualify the next word ("U.S. officials", "U.S.
  // Attorney"): only a word that opens sentences ends one after them.
  const bool dotted = token.find('.') != std::string_view::npos;
  if (dotted) return IsSentenceOpener(next_folded);
  if (IsFlexibleAbbreviation(folded) || LearnedAbbreviation(folded)) return opener;
  return true;
}

std::vector<SentenceRange> SentenceSplitter::Split(std::string_view text) const {
  std::vector<SentenceRange> out;
  int paragraph = 0;
  size_t line_begin = 0;
  auto emit = [&](size_t begin, size_t end, std::string_view line, size_t base) {
    while (begin < end && line[begin] == ' ') ++begin;
    while (end > begin && line[end - 1] == ' ') --end;
    if (begin >= end) return;
    // Bound very long sentences: cut at the last space before the limit.
    while (end - begin > kMaxSentenceBytes) {
      size_t cut = begin + kMaxSentenceBytes;
      while (cut > begin && line[cut] != ' ') --cut;
      if (cut == begin) {
        cut = begin + kMaxSentenceBytes;
        while (cut > begin && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      }
      out.push_back({base + begin, base + cut, paragraph, true});
      begin = cut;
      while (begin < end && line[begin] == ' ') ++begin;
    }
    if (begin >= end) return;
    // Final punctuation, looking through closing quotes and brackets.
    size_t pos = end;
    char32_t last = 0;
    while (pos > begin) {
      size_t s = pos - 1;
      while (s > begin && (static_cast<unsigned char>(line[s]) & 0xC0) == 0x80) --s;
      size_t q = s;
      last = NextCodePoint(line, &q);
      if (!IsClosingQuote(last)) break;
      pos = s;
    }
    out.push_back({base + begin, base + end, paragraph, !IsTerminal(last)});
  };
  while (line_begin <= text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    size_t sentence_begin = 0;
    size_t pos = 0;
    while (pos < line.size()) {
      size_t here = pos;
      char32_t cp = NextCodePoint(line, &pos);
      if (!IsTerminal(cp)) continue;
      // Take the whole run of terminal marks and closing quotes.
      size_t end = pos;
      size_t last_mark = here;
      while (end < line.size()) {
        size_t p = end;
        char32_t c = NextCodePoint(line, &p);
        if (IsTerminal(c)) {
          last_mark = end;
        } else if (!IsClosingQuote(c)) {
          break;
        }
        end = p;
      }
      // Closing quotes set off by a space belong to this sentence:
      // "families. ''" in older newswire.
      {
        size_t after = end;
        while (after < line.size() && line[after] == ' ') ++after;
        size_t quotes_end = after;
        while (quotes_end < line.size()) {
          size_t p = quotes_end;
          char32_t c = NextCodePoint(line, &p);
          if (c != '\'' && c != U'\u201D' && c != U'\u2019' && c != '"') break;
          quotes_end = p;
        }
        if (quotes_end > after && after > end &&
            (quotes_end == line.size() || line[quotes_end] == ' ')) {
          end = quotes_end;
        }
      }
      if (IsBoundary(line, last_mark, end)) {
        emit(sentence_begin, end, line, line_begin);
        sentence_begin = end;
      }
      pos = end;
    }
    emit(sentence_begin, line.size(), line, line_begin);
    ++paragraph;
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace precis
