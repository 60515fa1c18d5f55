// Copyright 2026 The Precis Authors.
#include "normalize/unwrapper.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "base/words.h"

namespace precis {
namespace {

bool IsClosing(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '*' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u00BB';
}

bool EndsSentence(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026' || cp == ':' || cp == ';';
}

// Characters that cannot start a sentence and so carry on the previous line.
bool IsContinuationPunctuation(char32_t cp) {
  return cp == ',' || cp == ';' || cp == ':' || cp == ')' || cp == ']' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u2026';
}

// The last code point of s that is not a closing quote or bracket, or 0.
char32_t LastMeaningful(std::string_view s) {
  size_t pos = s.size();
  while (pos > 0) {
    size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t p = start;
    const char32_t cp = NextCodePoint(s, &p);
    if (!IsClosing(cp)) return cp;
    pos = start;
  }
  return 0;
}

bool IsListItem(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') return true;
  if (s.substr(0, 3) == "\xE2\x80\xA2") return true;  // "•".
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

// The first position from `from` on where two spaces follow each other;
// npos if none. Sixteen positions at a time where SSE2 is there: the
// string search for two spaces stopped at every single space, once a word.
size_t FindDoubleSpace(std::string_view text, size_t from) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  for (; from + 17 <= text.size(); from += 16) {
    const char* p = text.data() + from;
    const __m128i here =
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), space);
    const __m128i next =
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1)), space);
    const unsigned both = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(here, next)));
    if (both != 0) return from + static_cast<size_t>(__builtin_ctz(both));
  }
#endif
  for (; from + 1 < text.size(); ++from) {
    if (text[from] == ' ' && text[from + 1] == ' ') return from;
  }
  return std::string_view::npos;
}

// Appends text[begin, end) with every run of spaces as one space: what lies
// between runs of two or more spaces is copied in one piece.
void AppendCollapsed(const MappedText& source, size_t begin, size_t end, MappedText* out) {
  const std::string_view text = std::string_view(source.text()).substr(0, end);
  size_t i = begin;
  while (i < end) {
    size_t run = FindDoubleSpace(text, i);
    if (run == std::string_view::npos) run = end;
    out->AppendFrom(source, i, run - i);
    if (run == end) break;
    size_t j = run;
    while (j < end && text[j] == ' ') ++j;
    out->AppendReplacement(" ", source, run, j);
    i = j;
  }
}

}  // namespace

std::vector<TextLine> SplitLines(const std::string& text) {
  std::vector<TextLine> lines;
  size_t pos = 0;
  while (true) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    TextLine line;
    line.begin = pos;
    line.end = end;
    while (line.begin < line.end && text[line.begin] == ' ') ++line.begin;
    while (line.end > line.begin && text[line.end - 1] == ' ') --line.end;
    if (line.end > line.begin) {
      const std::string_view s = line.view(text);
      line.blank = false;
      line.terminal = EndsSentence(LastMeaningful(s));
      size_t p = 0;
      const char32_t first = NextCodePoint(s, &p);
      line.continues =
          utf8proc_category(static_cast<utf8proc_int32_t>(first)) == UTF8PROC_CATEGORY_LL ||
          IsContinuationPunctuation(first);
      line.list_item = IsListItem(s);
      line.words = CountWords(s);
    } else {
      line.begin = line.end = pos;
    }
    lines.push_back(line);
    if (end == text.size()) break;
    pos = end + 1;
  }
  return lines;
}

bool IsHardWrapped(const std::vector<TextLine>& lines) {
  size_t open = 0;       // Kept lines without final punctuation, a kept line next.
  size_t continued = 0;  // Of those, followed by a line that continues them.
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].kept() || lines[i].terminal || !lines[i + 1].kept()) continue;
    ++open;
    if (lines[i + 1].continues) ++continued;
  }
  return continued >= 2 && continued * 10 >= open * 3;
}

void AssembleParagraphs(const MappedText& text, const std::vector<TextLine>& lines,
                        bool hard_wrapped, MappedText* out) {
  bool in_paragraph = false;  // The previous kept line joins this one.
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (!line.kept()) {
      in_paragraph = false;
      continue;
    }
    if (in_paragraph) {
      out->AppendReplacement(" ", text, lines[i - 1].end, line.begin);
    } else if (!out->empty()) {
      out->AppendReplacement("\n", text, line.begin, line.begin);
    }
    AppendCollapsed(text, line.begin, line.end, out);
    in_paragraph = false;
    if (i + 1 < lines.size() && lines[i + 1].kept()) {
      const TextLine& next = lines[i + 1];
      in_paragraph = !next.list_item &&
                     (next.continues || (hard_wrapped && !line.terminal && !line.list_item));
    }
  }
}

}  // namespace precis
