// Copyright 2026 The Precis Authors.
//
// Sentence boundaries: a candidate is terminal punctuation (. ! ? …),
// possibly followed by more of it and by closing quotes or brackets, then a
// space. Whether it ends a sentence depends on the word before the period
// (an abbreviation, an initial, a dotted acronym, a number, a domain name)
// and the word after it (lowercase never starts a sentence; a common opener
// or an ordinary word learned from the cluster does; a name after "U.S." or
// "Inc." does not). Every decision looks at a bounded neighbourhood of the
// candidate, and the words it looks at are disjoint between candidates, so
// Split() is linear in the text.
#include "segment/sentence_splitter.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <string>

#include "base/ascii.h"
#include "base/utf8.h"
#include "segment/abbreviations.h"

namespace precis {
namespace {

using segment::AbbreviationKind;

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool IsOpeningQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '`' || cp == '(' || cp == '[' || cp == U'\u201C' ||
         cp == U'\u2018' || cp == U'\u00AB';
}

bool IsClosingQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB';
}

bool IsTerminal(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026'; }

// The first position at or after `pos` where a terminal mark may start:
// '.', '!', '?' or 0xE2, the first byte of "…". Every ASCII byte and every
// 0xE2 starts a code point wherever decoding from the line's start meets
// it (an ill-formed byte is read alone), so the scan may jump there.
size_t NextTerminalCandidate(std::string_view line, size_t pos) {
#if defined(__SSE2__)
  const __m128i period = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i ellipsis_lead = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; pos + 16 <= line.size(); pos += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + pos));
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, period), _mm_cmpeq_epi8(bytes, bang)),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, question), _mm_cmpeq_epi8(bytes, ellipsis_lead)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; pos < line.size(); ++pos) {
    const char c = line[pos];
    if (c == '.' || c == '!' || c == '?' || c == '\xE2') break;
  }
  return pos;
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Letters, marks and digits.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return IsAsciiWordByte(static_cast<char>(cp));
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

char32_t CodePointAt(std::string_view s, size_t pos) {
  return pos < s.size() ? NextCodePoint(s, &pos) : 0;
}

// Start of the code point that ends at `pos`. REQUIRES: pos > 0.
size_t PreviousStart(std::string_view s, size_t pos) {
  size_t p = pos - 1;
  while (p > 0 && pos - p < 4 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  return p;
}

// Lowercase `s` into *out (replacing its contents).
void FoldInto(std::string_view s, std::string* out) {
  // ASCII, nearly every word of English news, in one sized write.
  out->resize(s.size());
  char* folded = out->data();
  size_t pos = 0;
  for (; pos < s.size(); ++pos) {
    const char c = s[pos];
    if (static_cast<unsigned char>(c) >= 0x80) break;
    folded[pos] = LowerAscii(c);
  }
  out->resize(pos);
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {  // No decoding needed.
      const char c = s[pos++];
      out->push_back(LowerAscii(c));
      continue;
    }
    const char32_t cp = NextCodePoint(s, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
  }
}

std::string Fold(std::string_view s) {
  std::string out;
  FoldInto(s, &out);
  return out;
}

// What joins two runs of word characters into one word, between them.
bool IsJoiner(char32_t cp) {
  return cp == '.' || cp == '\'' || cp == U'\u2019' || cp == '-' || cp == '&';
}

// A word: word characters joined by single inner periods, apostrophes,
// hyphens and ampersands ("U.S", "O'Brien", "Itar-Tass", "AT&T"). The same
// definition serves Learn() and Split(), so their counts and look-ups agree.
struct Word {
  size_t begin = 0;
  size_t end = 0;       // begin == end: no word there.
  char32_t first = 0;   // First code point, 0 for no word.
  bool dotted = false;  // An inner period joins two of its parts.
};

Word WordAt(std::string_view s, size_t pos) {
  Word w{pos, pos, 0};
  if (pos >= s.size()) return w;
  size_t p = pos;
  char32_t cp = NextCodePoint(s, &p);
  if (!IsWordChar(cp)) return w;
  w.first = cp;
  w.end = p;
  while (w.end < s.size()) {
    if (IsAsciiWordByte(s[w.end])) {  // The common case, without decoding.
      ++w.end;
      continue;
    }
    p = w.end;
    cp = NextCodePoint(s, &p);
    if (IsWordChar(cp)) {
      w.end = p;
    } else if (IsJoiner(cp) && p < s.size() && IsWordChar(CodePointAt(s, p))) {
      w.end = p;
      w.dotted = w.dotted || cp == '.';
    } else {
      break;
    }
  }
  return w;
}

// True when a word of ASCII letters and digits that reaches s[pos] ends
// there as WordAt would end it: at the end, or at an ASCII byte that is no
// word byte and no joiner (IsJoiner) followed by another word byte. False
// where only decoding can tell. Inlined by force: both readers of
// Learn() call it once per word, and GCC stopped inlining it there (8% of
// learning).
inline __attribute__((always_inline)) bool EndsPlainWord(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;
  const char c = s[pos];
  if (static_cast<unsigned char>(c) >= 0x80 || IsAsciiWordByte(c)) return false;
  if (!IsJoiner(static_cast<unsigned char>(c))) return true;
  return pos + 1 >= s.size() ||
         (static_cast<unsigned char>(s[pos + 1]) < 0x80 && !IsAsciiWordByte(s[pos + 1]));
}

// The word after the opening quotes and brackets at `pos`.
Word NextWord(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t p = pos;
    if (!IsOpeningQuote(NextCodePoint(s, &p))) break;
    pos = p;
  }
  return WordAt(s, pos);
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// A word that may be a learned abbreviation (LearnedAbbreviation): six
// letters at most, besides periods, and no digit.
bool AbbreviationShaped(std::string_view folded) {
  size_t letters = 0;
  for (char c : folded) {
    if (c != '.') ++letters;
  }
  return letters <= 6 && !HasDigit(folded);
}

// A common sentence opener, or one before an apostrophe ("it's",
// "they’re"): after a period it opens a sentence whatever Learn() saw.
bool OpensSentence(std::string_view folded) {
  if (segment::IsSentenceOpener(folded)) return true;
  const size_t apostrophe = std::min(folded.find('\''), folded.find("\u2019"));
  return apostrophe != std::string_view::npos &&
         segment::IsSentenceOpener(folded.substr(0, apostrophe));
}

// "nbcnews.com", "bbc.co.uk", "Deadline.com": inner periods, a top-level
// domain last, and one label longer than an acronym's.
bool LooksLikeDomain(std::string_view word) {
  size_t last_dot = word.rfind('.');
  if (last_dot == std::string_view::npos) return false;
  if (!segment::IsTopLevelDomain(Fold(word.substr(last_dot + 1)))) return false;
  size_t label = 0;
  for (char c : word) {
    if (c == '.') {
      label = 0;
    } else if (++label > 3) {
      return true;
    }
  }
  return false;
}

// A web address or e-mail address around the period: never an abbreviation,
// and the period inside it is never followed by a space anyway.
bool LooksLikeAddress(std::string_view chunk) {
  return chunk.find("://") != std::string_view::npos || chunk.find('@') != std::string_view::npos ||
         chunk.find("www.") == 0 || chunk.find("(at)") != std::string_view::npos;
}

// "U.S", "Ph.D", "J.K": letters in labels of at most three, inner periods.
bool IsDottedAcronym(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t label = 0;
  for (char c : word) {
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (++label > 3) return false;
    } else {
      return false;
    }
  }
  return label > 0;
}

bool IsBullet(char32_t cp) {
  return cp == U'\u2022' || cp == U'\u2023' || cp == U'\u2043' || cp == U'\u25E6' ||
         cp == U'\u25AA';
}

// An item marker of a list written on one line: a bullet, or a number or
// lowercase letter of a sequence ("1. ... 2. ...", "1.) ...", "a) ... b)
// ...").
struct ListMarker {
  size_t begin = 0;  // Where the marker starts.
  size_t end = 0;    // Past it; its periods end no sentence.
};

// True when `line` opens with a digit, a lowercase letter or a bullet, as a
// list FindListMarkers finds may. Nearly every line of news does not, and
// skips the word-by-word search.
bool MayOpenList(std::string_view line) {
  size_t first = 0;
  while (first < line.size() && IsSpaceByte(line[first])) ++first;
  if (first == line.size()) return false;
  const unsigned char c = static_cast<unsigned char>(line[first]);
  return IsDigit(c) || (c >= 'a' && c <= 'z') || c == 0xE2;
}

// True when the period at line[dot] ends a number of one or two digits or
// a lowercase letter that follows a colon and a space: "were done: 1.",
// where a list may open inside a line.
bool EndsEnumeratorAfterColon(std::string_view line, size_t dot) {
  size_t t = dot;
  while (t > 0 && dot - t < 2 && IsDigit(static_cast<unsigned char>(line[t - 1]))) --t;
  if (t == dot && t > 0 && line[t - 1] >= 'a' && line[t - 1] <= 'z') --t;
  if (t == dot || t == 0 || line[t - 1] != ' ') return false;
  while (t > 0 && IsSpaceByte(line[t - 1])) --t;
  return t > 0 && line[t - 1] == ':';
}

// The list markers of `line`, in order. Bullets count where a word would
// start and text follows, in a line that opens with one and holds two or
// more (one bullet inside a line separates: "Mary Smith • 612-673-4788").
// Numbers of one or two digits and single lowercase letters, followed by
// ".", ".)" or ")" and a space, count when they run in sequence (1, 2, 3 or
// a, b, c; at least two) and the first opens the line (after spaces or a
// bullet) or follows a colon: "a. " alone in a sentence is too often a
// word.
std::vector<ListMarker> FindListMarkers(std::string_view line) {
  struct Enumerator {
    ListMarker marker;
    bool letter = false;
    int value = 0;
    bool opens = false;
  };
  std::vector<ListMarker> out;  // Bullets first.
  std::vector<Enumerator> enumerators;
  size_t first_text = 0;  // The line's first byte after spaces and a bullet.
  while (first_text < line.size() && IsSpaceByte(line[first_text])) ++first_text;
  const size_t opening = first_text;
  // Only word starts are read: the line's start, after a space, right
  // after a bullet.
  size_t here = 0;
  while (here < line.size()) {
    size_t p = here;
    const char32_t cp = NextCodePoint(line, &p);
    if (IsBullet(cp)) {
      size_t text = p;
      if (text < line.size() && line[text] == ' ') ++text;
      if (text < line.size() && !IsSpaceByte(line[text]) && !IsBullet(CodePointAt(line, text))) {
        out.push_back({here, p});
        if (here == first_text) first_text = text;
      }
      here = p;
      continue;
    }
    size_t q = here;
    int value = 0;
    bool letter = false;
    bool candidate = true;
    if (IsDigit(cp)) {
      while (q < line.size() && q - here < 2 && IsDigit(static_cast<unsigned char>(line[q]))) {
        value = value * 10 + (line[q++] - '0');
      }
    } else if (cp >= 'a' && cp <= 'z') {
      letter = true;
      value = static_cast<int>(cp - 'a');
      q = here + 1;
    } else {
      candidate = false;
    }
    size_t end = q;
    if (candidate && line.substr(end, 2) == ".)") {
      end += 2;
    } else if (candidate && end < line.size() && (line[end] == '.' || line[end] == ')')) {
      ++end;
    } else {
      candidate = false;
    }
    if (candidate && end + 1 < line.size() && line[end] == ' ' && !IsSpaceByte(line[end + 1])) {
      size_t before = here;
      while (before > 0 && IsSpaceByte(line[before - 1])) --before;
      const bool opens = here == first_text || (before > 0 && line[before - 1] == ':');
      enumerators.push_back({{here, end}, letter, value, opens});
    }
    const size_t space = line.find(' ', here);
    if (space == std::string_view::npos) break;
    here = space + 1;
  }
  if (out.size() < 2 || out.front().begin != opening) out.clear();
  // Runs of enumerators of one kind, each one more than the one before.
  for (size_t i = 0; i < enumerators.size();) {
    size_t j = i + 1;
    while (j < enumerators.size() && enumerators[j].letter == enumerators[i].letter &&
           enumerators[j].value == enumerators[j - 1].value + 1) {
      ++j;
    }
    if (j - i >= 2 && enumerators[i].opens) {
      for (size_t k = i; k < j; ++k) out.push_back(enumerators[k].marker);
    }
    i = j;
  }
  std::sort(out.begin(), out.end(),
            [](const ListMarker& a, const ListMarker& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

SentenceSplitter::SentenceSplitter(size_t max_sentence_bytes)
    : max_sentence_bytes_(std::max(max_sentence_bytes, kMinSentenceBytes)) {}

SentenceSplitter::Evidence SentenceSplitter::WordEvidence(std::string_view folded) const {
  const WordStats* found = stats_.Find(folded);
  if (found == nullptr) return Evidence::kNone;
  const WordStats& s = *found;
  if (s.lowercase > 0 && s.lowercase >= 2 * s.capitalized + s.capitalized_after_abbreviation) {
    return Evidence::kOrdinaryWord;
  }
  if (s.capitalized + s.capitalized_after_abbreviation > 0) return Evidence::kName;
  return Evidence::kNone;
}

bool SentenceSplitter::LearnedAbbreviation(std::string_view folded) const {
  if (!AbbreviationShaped(folded)) return false;
  const WordStats* found = stats_.Find(folded);
  if (found == nullptr) return false;
  const WordStats& s = *found;
  return s.period_then_continuation > 0 && s.without_period * 2 <= s.with_period;
}

namespace {

// One step of the learning reader (ReadLearnSteps) over a text.
struct LearnStep {
  enum class Kind {
    kNewline,  // A line break.
    kMark,     // A character that is no word's: `cp`.
    kSkipped,  // A web address or a domain, skipped to the next space.
    kNumber,   // A word starting with a digit.
    kWord,     // Any other word: `key`, `written`, `cp` its first character.
  };
  Kind kind = Kind::kMark;
  char32_t cp = 0;
  size_t begin = 0;     // Where the step starts in the text,
  size_t end = 0;       // and where the next one does.
  size_t word_end = 0;  // kNumber, kWord: where the word ends.
  std::string_view key, written;
  char after = 0;  // kNumber, kWord: the byte after the word ('\n' at the end).
};

// Reads `text` from `pos` (the start of the text or the byte after a
// space or line break: every such byte starts a step) as Learn() reads it,
// calling `visit(step)` for each step; stops where `visit` returns false or
// at the end, and returns where the next step starts. A period right after
// a word is read with it. `folded` is scratch space for words that are not
// plain ASCII.
template <typename Visit>
size_t ReadLearnSteps(std::string_view text, size_t pos, std::string* folded, Visit visit) {
  using Kind = LearnStep::Kind;
  LearnStep step;
  while (pos < text.size()) {
    const size_t here = pos;
    const char32_t cp = NextCodePoint(text, &pos);
    if (cp == ' ' || cp == '\t' || cp == '\r') continue;
    step.begin = here;
    step.cp = cp;
    if (cp == '\n' || !IsWordChar(cp)) {
      step.kind = cp == '\n' ? Kind::kNewline : Kind::kMark;
      if (cp == '@' || cp == '/') {
        // Inside an address: skip to the next space.
        while (pos < text.size() && !IsSpaceByte(text[pos]) && text[pos] != '\n') ++pos;
      }
      step.end = pos;
      if (!visit(step)) return pos;
      continue;
    }
    // Nearly every word is ASCII letters and digits that end where nothing
    // joins them to more: it is read and lowered here in one pass, the
    // rest by WordAt (and folded below).
    char ascii[64];
    size_t k = LowerAsciiWordRun(text.substr(here), ascii, sizeof(ascii));
    const size_t end = here + k;
    const bool plain = k > 0 && EndsPlainWord(text, end);
    const Word word = plain ? Word{here, end, cp, false} : WordAt(text, here);
    const std::string_view written = text.substr(word.begin, word.end - word.begin);
    pos = word.end;
    step.after = pos < text.size() ? text[pos] : '\n';
    // A word holds no ':', '@' or '(': of an address it can only be
    // "www.host" or a domain, both with a period.
    if (step.after == '@' ||
        (word.dotted && (LooksLikeAddress(written) || LooksLikeDomain(written))) ||
        (step.after == ':' && text.substr(pos, 3) == "://")) {
      while (pos < text.size() && !IsSpaceByte(text[pos]) && text[pos] != '\n') ++pos;
      step.kind = Kind::kSkipped;
      step.end = pos;
      if (!visit(step)) return pos;
      continue;
    }
    if (IsDigit(cp)) {
      step.kind = Kind::kNumber;
    } else {
      // The word in lower case; an ASCII word, nearly every one, is folded
      // on the stack and looked up without a string of its own.
      if (!plain) {
        k = 0;
        if (written.size() <= sizeof(ascii)) {
          for (; k < written.size(); ++k) {
            const char c = written[k];
            if (static_cast<unsigned char>(c) >= 0x80) break;
            ascii[k] = LowerAscii(c);
          }
        }
      }
      step.key = std::string_view(ascii, k);
      if (k != written.size()) {
        FoldInto(written, folded);
        step.key = *folded;
      }
      step.kind = Kind::kWord;
      step.written = written;
    }
    step.word_end = pos;
    if (step.after == '.') ++pos;
    step.end = pos;
    if (!visit(step)) return pos;
  }
  return pos;
}

// Where a step starts: after the last space or line break before `pos`,
// or `floor` (where a step starts) if that comes later. The bound keeps the
// search linear in a text without spaces.
size_t StepStartBefore(std::string_view text, size_t pos, size_t floor) {
  while (pos > floor && !IsSpaceByte(text[pos - 1]) && text[pos - 1] != '\n') --pos;
  return pos;
}

}  // namespace

void SentenceSplitter::MarkAsked(std::string_view key) {
  stats_[key];
  asked_.Add(key);
}

void SentenceSplitter::Learn(std::string_view text) { Learn(std::vector<std::string_view>{text}); }

void SentenceSplitter::Learn(const std::vector<std::string_view>& texts) {
  using Kind = LearnStep::Kind;
  std::string folded;
  // The words Split() may ask about: the first word after a period (past
  // anything but a line break) unless a common opener, and a word shaped
  // like an abbreviation that a period and then a lowercase word or a
  // number follow. Only periods are looked for; the text around each is
  // read from the space before it, where the reader of the whole text is
  // at a step too, so the words are the same.
  for (std::string_view text : texts) {
    size_t covered = 0;  // Read up to here, every period before it settled.
    for (size_t period = text.find('.'); period != std::string_view::npos;
         period = text.find('.', period + 1)) {
      if (period < covered) continue;
      const size_t start = StepStartBefore(text, period, covered);
      // A period since the last word, written or inside a skipped address
      // or number, asks about the next word.
      bool pending = false;
      auto period_in = [&](const LearnStep& step) {
        return std::memchr(text.data() + step.begin, '.', step.end - step.begin) != nullptr;
      };
      std::string previous;  // As in the counting below.
      covered = ReadLearnSteps(text, start, &folded, [&](const LearnStep& step) {
        switch (step.kind) {
          case Kind::kNewline:
            previous.clear();
            pending = false;
            return step.begin < period;
          case Kind::kMark:
            if (!IsOpeningQuote(step.cp)) previous.clear();
            pending = pending || step.cp == '.' ||
                      ((step.cp == '@' || step.cp == '/') && period_in(step));
            break;
          case Kind::kSkipped:
            previous.clear();
            pending = pending || period_in(step);
            break;
          case Kind::kNumber:
            if (!previous.empty()) MarkAsked(previous);
            previous.clear();
            pending = pending || period_in(step);
            break;
          case Kind::kWord:
            if (pending && !OpensSentence(step.key)) MarkAsked(step.key);
            if (!previous.empty() && IsLower(step.cp)) MarkAsked(previous);
            previous.clear();
            if (step.after == '.' && AbbreviationShaped(step.key)) previous.assign(step.key);
            pending = step.after == '.';
            break;
        }
        return step.begin <= period || pending;
      });
    }
  }
  // Then their counts, in every text.
  auto asked = [&](std::string_view key) -> WordStats* {
    return asked_.MayContain(key) ? stats_.Find(key) : nullptr;
  };
  for (std::string_view text : texts) {
    bool at_start = true;             // The next word may be a sentence's first.
    bool after_abbreviation = false;  // The next word follows "U.S.", "Inc.".
    std::string previous;             // The previous word, when a period followed it.
    auto count = [&](const LearnStep& step) {
      switch (step.kind) {
        case Kind::kNewline:
          at_start = true;
          after_abbreviation = false;
          previous.clear();
          return;
        case Kind::kMark:
          // After an opening quote or a colon a capital proves nothing either.
          if (IsTerminal(step.cp) || IsOpeningQuote(step.cp) || step.cp == ':' ||
              step.cp == U'\u2014') {
            at_start = true;
          }
          if (!IsOpeningQuote(step.cp)) previous.clear();
          return;
        case Kind::kSkipped:
          at_start = false;
          previous.clear();
          return;
        case Kind::kNumber:
          if (WordStats* stats = previous.empty() ? nullptr : asked(previous)) {
            ++stats->period_then_continuation;
          }
          previous.clear();
          at_start = step.after == '.';
          return;
        case Kind::kWord:
          break;
      }
      const char32_t cp = step.cp;
      if (IsLower(cp) && !previous.empty()) {
        if (WordStats* stats = asked(previous)) ++stats->period_then_continuation;
      }
      WordStats* stats = asked(step.key);
      if (stats != nullptr) {
        if (IsLower(cp)) {
          ++stats->lowercase;
        } else if (IsUppercaseLetter(cp) && !at_start) {
          ++(after_abbreviation ? stats->capitalized_after_abbreviation : stats->capitalized);
        }
        ++(step.after == '.' ? stats->with_period : stats->without_period);
      }
      if (after_abbreviation && !previous.empty() && IsUppercaseLetter(cp))
        ++collocations_[previous + ' ' + std::string(step.key)];
      after_abbreviation = false;
      if (step.after == '.') {
        // After a title a capital starts a name ("Mr. Smith"); after other
        // abbreviations and acronyms it mostly continues one ("U.S.
        // Embassy"), and counting those keeps such nouns from passing for
        // ordinary words.
        const AbbreviationKind kind = segment::ClassifyAbbreviation(step.written);
        at_start = kind == AbbreviationKind::kState || kind == AbbreviationKind::kNumber ||
                   (kind == AbbreviationKind::kNone && !IsDottedAcronym(step.written));
        after_abbreviation = !at_start && kind != AbbreviationKind::kTitle;
        previous.assign(step.key);
      } else {
        at_start = false;
        previous.clear();
      }
    };
    size_t pos = 0;
    while (pos < text.size()) {
      while (pos < text.size() && IsSpaceByte(text[pos])) ++pos;
      // Nearly every word is ASCII letters and digits and a space or a
      // comma after them, follows no period and is not asked about: what
      // `count` would do with it and the comma is done here, without
      // reading it as a step.
      if (previous.empty()) {
        char ascii[64];
        const size_t k = LowerAsciiWordRun(text.substr(pos), ascii, sizeof(ascii));
        const size_t end = pos + k;
        if (k > 0 && k < sizeof(ascii) && end < text.size() &&
            (text[end] == ' ' || text[end] == ',')) {
          if (IsDigit(static_cast<unsigned char>(text[pos]))) {  // A number.
            at_start = false;
            pos = end + 1;
            continue;
          }
          if (!asked_.MayContain(std::string_view(ascii, k))) {
            at_start = false;
            after_abbreviation = false;
            pos = end + 1;
            continue;
          }
        }
      }
      // Any other step, one at a time.
      pos = ReadLearnSteps(text, pos, &folded, [&](const LearnStep& step) {
        count(step);
        return false;
      });
    }
  }
}

bool SentenceSplitter::StartsSentence(std::string_view line, std::string_view token,
                                      size_t next) const {
  const Word word = NextWord(line, next);
  if (word.begin == word.end) return false;
  // A quotation opening after the period: "Inc. “We will appeal,” ...".
  if (word.begin > next && line[next] != '(' && line[next] != '[' &&
      IsUppercaseLetter(word.first)) {
    return true;
  }
  std::string folded = Fold(line.substr(word.begin, word.end - word.begin));
  // "It's", "They’re": the opener before the apostrophe.
  if (OpensSentence(folded)) return true;
  if (WordEvidence(folded) != Evidence::kOrdinaryWord) return false;
  // "U.S. Embassy" twice in the cluster: a name, whatever "embassy" is.
  auto it = collocations_.find(Fold(token) + ' ' + folded);
  if (it != collocations_.end() && it->second >= 2) return false;
  // "U.S. Attorney Thomas Monaghan", "Apple Inc. Chief Executive Tim Cook":
  // an ordinary word capitalized inside a name.
  size_t after = word.end;
  if (after < line.size() && line[after] == ' ') ++after;
  return !IsUppercaseLetter(NextWord(line, after).first);
}

bool SentenceSplitter::IsBoundary(std::string_view line, size_t sentence_begin, size_t run_begin,
                                  size_t end, size_t last_terminal) const {
  const size_t punct = run_begin;
  size_t next = end;
  while (next < line.size() && IsSpaceByte(line[next])) ++next;
  if (next >= line.size()) return true;
  if (next == end) return false;  // No space: "Deadline.com", "3.5", "U.S.-led".
  const Word word = NextWord(line, next);
  char32_t first = word.first;
  if (first == 0) first = CodePointAt(line, next);
  if (IsLower(first)) return false;  // "“Why?” he asked."
  if (first == '.') return false;    // A spaced ellipsis ". . ." goes on.
  // An omission mark in brackets, "[...]" or "[…]", ends a sentence only
  // before a capital: not before a citation, "[...]\" (Smith 55).".
  if (punct > 0 && line[punct - 1] == '[' && !IsUppercaseLetter(CodePointAt(line, next))) {
    return false;
  }
  const bool next_is_digit = IsDigit(first);

  // The marks of the run: "?!", "...", "…", and closing quotes or brackets.
  bool strong = false;
  bool closed = false;  // By a quotation mark or a bracket.
  bool quoted = false;  // By a quotation mark.
  size_t periods = 0;
  for (size_t p = run_begin; p < end;) {
    const char32_t cp = NextCodePoint(line, &p);
    if (cp == '.') {
      ++periods;
    } else if (cp == '!' || cp == '?' || cp == U'\u2026') {
      strong = true;
    } else if (IsClosingQuote(cp)) {
      closed = true;
      if (cp != ')' && cp != ']') quoted = true;
    }
  }
  // "Inc.." closes an abbreviation and the sentence; "..." is an ellipsis.
  if (strong || periods >= 2) {
    // Before a capital, unless an attribution follows a quoted question:
    // "“Why?” Smith asked."
    if (strong && quoted && IsUppercaseLetter(first)) {
      size_t after = word.end;
      if (after < line.size() && line[after] == ' ') ++after;
      const Word verb = WordAt(line, after);
      if (segment::IsSpeechVerb(Fold(line.substr(verb.begin, verb.end - verb.begin)))) {
        return false;
      }
    }
    return true;
  }
  if (closed) return true;  // "(He declined to comment.) The", "win.” Then".

  // The word before the period, and the whole space-delimited chunk.
  size_t chunk_begin = punct;
  while (chunk_begin > 0 && !IsSpaceByte(line[chunk_begin - 1])) --chunk_begin;
  size_t token_begin = punct;
  while (token_begin > chunk_begin) {
    size_t p = PreviousStart(line, token_begin);
    char32_t cp = CodePointAt(line, p);
    if (!IsWordChar(cp) && cp != '.') break;
    token_begin = p;
  }
  while (token_begin < punct && line[token_begin] == '.') ++token_begin;
  const std::string_view token = line.substr(token_begin, punct - token_begin);
  // "N°. 1026": the number sign, before a number.
  if (next_is_digit) {
    const std::string_view chunk = line.substr(chunk_begin, punct - chunk_begin);
    for (std::string_view sign : {"N\u00B0", "n\u00B0", "N\u00BA", "n\u00BA"}) {
      if (chunk.ends_with(sign)) return false;
    }
  }
  if (token.empty()) {
    // The last of three spaced dots (". . .", not four) leaves out words
    // inside a sentence, or opens one: "the thing is . . . I didn't".
    size_t dots = 1;
    size_t p = punct;
    while (p >= sentence_begin + 2 && line[p - 1] == ' ' && line[p - 2] == '.') {
      ++dots;
      p -= 2;
    }
    const bool spaced = p == sentence_begin || IsSpaceByte(line[p - 1]);
    return !(dots == 3 && spaced);
  }
  if (LooksLikeAddress(line.substr(chunk_begin, punct - chunk_begin))) return true;

  if (HasDigit(token)) {
    // "1. First item" opening a sentence is a list marker, not a sentence.
    size_t first_text = sentence_begin;
    while (first_text < punct && IsSpaceByte(line[first_text])) ++first_text;
    return !(first_text == chunk_begin && token_begin == chunk_begin && token.size() <= 3 &&
             token.find('.') == std::string_view::npos);
  }
  // A title-case line ends without punctuation ("Sony Hack: U.S. Officials"):
  // a capital after an abbreviation there does not open a sentence.
  const bool heading_tail = last_terminal == std::string_view::npos || last_terminal < next;
  switch (segment::ClassifyAbbreviation(token)) {
    case AbbreviationKind::kTitle:
      return false;
    case AbbreviationKind::kPlace:
    case AbbreviationKind::kFlexible:
      return !heading_tail && StartsSentence(line, token, next);
    case AbbreviationKind::kMonth:
      return !heading_tail && !next_is_digit && StartsSentence(line, token, next);
    case AbbreviationKind::kNumber:
      return !next_is_digit;
    case AbbreviationKind::kState:
      return !heading_tail;
    case AbbreviationKind::kNone:
      break;
  }
  if (LooksLikeDomain(token)) return true;
  if (IsDottedAcronym(token)) return !heading_tail && StartsSentence(line, token, next);
  // Initials: "John F. Kennedy", "George W. Bush". Only a closed list of
  // openers ends a sentence here, as names are also ordinary words ("Fox").
  size_t p = 0;
  const char32_t c0 = NextCodePoint(token, &p);
  if (p == token.size() && IsUppercaseLetter(c0)) {
    return word.begin != word.end &&
           segment::IsSentenceOpener(Fold(line.substr(word.begin, word.end - word.begin)));
  }
  if (LearnedAbbreviation(Fold(token))) {
    return !heading_tail && !next_is_digit && StartsSentence(line, token, next);
  }
  return true;
}

std::vector<SentenceRange> SentenceSplitter::Split(std::string_view text) const {
  std::vector<SentenceRange> out;
  int paragraph = 0;
  auto emit = [&](size_t begin, size_t end, std::string_view line, size_t base) {
    while (begin < end && IsSpaceByte(line[begin])) ++begin;
    while (end > begin && IsSpaceByte(line[end - 1])) --end;
    while (begin < end) {
      size_t stop = end;
      if (end - begin > max_sentence_bytes_) {
        // No boundary within the limit: cut after the last "; ", else at the
        // last space, within the second half of the limit (so every piece
        // but the last is at least half the limit and the scans stay
        // linear), else at a code point boundary at the limit.
        const size_t limit = begin + max_sentence_bytes_;
        const size_t floor = begin + max_sentence_bytes_ / 2;
        stop = 0;
        for (size_t c = limit; c > floor && stop == 0; --c) {
          if (line[c] == ' ' && line[c - 1] == ';') stop = c;
        }
        for (size_t c = limit; c > floor && stop == 0; --c) {
          if (IsSpaceByte(line[c])) stop = c;
        }
        if (stop == 0) {
          stop = limit;
          while (stop > floor && (static_cast<unsigned char>(line[stop]) & 0xC0) == 0x80) --stop;
        }
      }
      size_t trimmed = stop;
      while (trimmed > begin && IsSpaceByte(line[trimmed - 1])) --trimmed;
      // Final punctuation, looking through closing quotes and brackets.
      size_t pos = trimmed;
      char32_t last = 0;
      while (pos > begin) {
        pos = PreviousStart(line, pos);
        last = CodePointAt(line, pos);
        if (!IsClosingQuote(last)) break;
      }
      out.push_back({base + begin, base + trimmed, paragraph, !IsTerminal(last)});
      begin = stop;
      while (begin < end && IsSpaceByte(line[begin])) ++begin;
    }
  };
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    size_t last_terminal = std::string_view::npos;
    for (size_t p = line.size(); p > 0 && last_terminal == std::string_view::npos; --p) {
      const char c = line[p - 1];
      if (c == '.' || c == '!' || c == '?' ||
          (c == '\xA6' && p >= 3 && line.substr(p - 3, 3) == "\u2026")) {
        last_terminal = p - 1;
      }
    }
    size_t sentence_begin = 0;
    // Items of a list on this line: each starts a sentence (but for one
    // right after a bullet, whose item it is), and their periods end none.
    // Looked for when the line opens like a list, or at a period that may
    // end the first number of one after a colon.
    bool markers_known = MayOpenList(line);
    std::vector<ListMarker> markers =
        markers_known ? FindListMarkers(line) : std::vector<ListMarker>();
    size_t next_marker = 0;
    size_t marker_end = std::string_view::npos;  // Of the last marker passed.
    auto start_items_up_to = [&](size_t limit) {
      for (; next_marker < markers.size() && markers[next_marker].begin <= limit; ++next_marker) {
        const ListMarker& m = markers[next_marker];
        size_t before = m.begin;
        while (before > sentence_begin && IsSpaceByte(line[before - 1])) --before;
        if (before > sentence_begin && before != marker_end) {
          emit(sentence_begin, m.begin, line, line_begin);
          sentence_begin = m.begin;
        }
        marker_end = m.end;
      }
    };
    size_t pos = 0;
    while ((pos = NextTerminalCandidate(line, pos)) < line.size()) {
      const size_t here = pos;
      const char32_t cp = NextCodePoint(line, &pos);
      if (!IsTerminal(cp)) continue;
      if (!markers_known && cp == '.' && EndsEnumeratorAfterColon(line, here)) {
        markers = FindListMarkers(line);
        markers_known = true;
      }
      if (!markers.empty()) {
        start_items_up_to(here);
        if (next_marker > 0 && here < markers[next_marker - 1].end) continue;
      }
      // Take the whole run of terminal marks and closing quotes.
      size_t end = pos;
      while (end < line.size()) {
        size_t p = end;
        const char32_t c = NextCodePoint(line, &p);
        if (!IsTerminal(c) && !IsClosingQuote(c)) break;
        end = p;
      }
      // Closing quotes set off by a space belong to this sentence:
      // "families. ''" in older newswire.
      size_t after = end;
      while (after < line.size() && line[after] == ' ') ++after;
      size_t quotes_end = after;
      while (quotes_end < line.size()) {
        size_t p = quotes_end;
        const char32_t c = NextCodePoint(line, &p);
        if (c != '\'' && c != U'\u201D' && c != U'\u2019' && c != '"') break;
        quotes_end = p;
      }
      if (quotes_end > after && after > end &&
          (quotes_end == line.size() || line[quotes_end] == ' ')) {
        end = quotes_end;
      }
      if (IsBoundary(line, sentence_begin, here, end, last_terminal)) {
        emit(sentence_begin, end, line, line_begin);
        sentence_begin = end;
      }
      pos = end;
    }
    start_items_up_to(line.size());
    emit(sentence_begin, line.size(), line, line_begin);
    ++paragraph;
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace precis
