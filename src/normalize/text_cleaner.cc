// Copyright 2026 The Precis Authors.
//
// The cleaning chain: Unicode -> percent-decoding -> lines -> headline ->
// boilerplate -> paragraphs (unwrapping) -> single-spaced output.
#include "normalize/text_cleaner.h"

#include <vector>

#include "base/utf8.h"
#include "normalize/boilerplate.h"
#include "normalize/percent_decoder.h"
#include "normalize/unicode_normalizer.h"

#include <utf8proc.h>

namespace precis {
namespace {

constexpr size_t kMaxTitleWords = 25;

struct Line {
  size_t begin = 0;  // Trimmed byte range in the normalized text.
  size_t end = 0;
  bool content = false;     // Non-blank and not boilerplate.
  bool terminal = false;    // Ends with sentence-final punctuation.
  bool lower_start = false; // Starts with a lowercase letter.
  bool list_item = false;   // "- ", "* ", "• ", "1. ", "1) ".
  size_t words = 0;
};

bool IsClosing(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u00BB' || cp == '*';
}

// The last code point of text[begin, end) that is not a closing quote or
// bracket.
char32_t LastMeaningful(const std::string& text, size_t begin, size_t end) {
  size_t pos = end;
  while (pos > begin) {
    size_t start = pos - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t p = start;
    char32_t cp = NextCodePoint(text, &p);
    if (!IsClosing(cp)) return cp;
    pos = start;
  }
  return 0;
}

bool EndsSentence(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == U'\u2026' || cp == ':' || cp == ';';
}

bool IsListItem(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') return true;
  if (s.substr(0, 3) == "\xE2\x80\xA2") return true;  // Bullet.
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

std::vector<Line> SplitLines(const std::string& text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    Line line;
    line.begin = pos;
    line.end = end;
    while (line.begin < line.end && text[line.begin] == ' ') ++line.begin;
    while (line.end > line.begin && text[line.end - 1] == ' ') --line.end;
    if (line.end > line.begin) {
      std::string_view s(text.data() + line.begin, line.end - line.begin);
      line.content = true;
      line.terminal = EndsSentence(LastMeaningful(text, line.begin, line.end));
      size_t p = line.begin;
      char32_t first = NextCodePoint(text, &p);
      line.lower_start =
          utf8proc_category(static_cast<utf8proc_int32_t>(first)) == UTF8PROC_CATEGORY_LL;
      line.list_item = IsListItem(s);
      line.words = CountWords(s);
    }
    lines.push_back(line);
    if (end == text.size()) break;
    pos = end + 1;
  }
  return lines;
}

// Appends text[begin, end) with every run of spaces as one space.
void AppendCollapsed(const MappedText& source, size_t begin, size_t end, MappedText* out) {
  const std::string& text = source.text();
  size_t i = begin;
  while (i < end) {
    if (text[i] != ' ') {
      size_t j = i;
      while (j < end && text[j] != ' ') ++j;
      out->AppendFrom(source, i, j - i);
      i = j;
    } else {
      size_t j = i;
      while (j < end && text[j] == ' ') ++j;
      if (j - i == 1) {
        out->AppendFrom(source, i, 1);
      } else {
        out->AppendReplacement(" ", source, i, j);
      }
      i = j;
    }
  }
}

std::string Collapsed(const std::string& text, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] == ' ' && !out.empty() && out.back() == ' ') continue;
    out += text[i];
  }
  return out;
}

}  // namespace

void CleanText(const MappedText& input, const std::string& known_title, CleanedText* out) {
  *out = CleanedText();
  const MappedText text = DecodePercentPassages(NormalizeUnicode(input));
  const std::string& t = text.text();
  std::vector<Line> lines = SplitLines(t);

  // The headline: given by the format reader, or the first line when it
  // reads like one (short, no final punctuation, a paragraph of its own).
  std::string folded_title = FoldForComparison(known_title);
  out->title = known_title;
  if (known_title.empty()) {
    for (size_t i = 0; i < lines.size(); ++i) {
      Line& line = lines[i];
      if (!line.content) continue;
      std::string_view s(t.data() + line.begin, line.end - line.begin);
      if (ClassifyLine(s, "") != Boilerplate::kNone) continue;
      if (line.terminal || line.list_item || line.words > kMaxTitleWords) break;
      // The next content line must start a paragraph, not continue this one.
      size_t next = i + 1;
      while (next < lines.size() && lines[next].content &&
             ClassifyLine(std::string_view(t.data() + lines[next].begin,
                                           lines[next].end - lines[next].begin),
                          "") != Boilerplate::kNone) {
        ++next;
      }
      if (next < lines.size() && lines[next].content && lines[next].lower_start) break;
      out->title = Collapsed(t, line.begin, line.end);
      out->title_span = text.OriginalSpan(line.begin, line.end);
      folded_title = FoldForComparison(out->title);
      line.content = false;
      break;
    }
  }

  // Boilerplate lines go; they also end a paragraph.
  for (Line& line : lines) {
    if (!line.content) continue;
    std::string_view s(t.data() + line.begin, line.end - line.begin);
    if (ClassifyLine(s, folded_title) != Boilerplate::kNone) line.content = false;
  }

  // Hard-wrapped documents: many lines without final punctuation continue
  // on the next line in lowercase.
  size_t open_lines = 0, continued = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].content || lines[i].terminal || !lines[i + 1].content) continue;
    ++open_lines;
    if (lines[i + 1].lower_start) ++continued;
  }
  const bool hard_wrapped = continued >= 2 && continued * 10 >= open_lines * 3;

  bool in_paragraph = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (!line.content) {
      in_paragraph = false;
      continue;
    }
    if (in_paragraph) {
      // Joins the previous line: the line break (and spaces) become one space.
      out->body.AppendReplacement(" ", text, lines[i - 1].end, line.begin);
    } else if (!out->body.empty()) {
      out->body.AppendReplacement("\n", text, line.begin, line.begin);
    }
    AppendCollapsed(text, line.begin, line.end, &out->body);
    const bool next_content = i + 1 < lines.size() && lines[i + 1].content;
    in_paragraph = false;
    if (next_content) {
      const Line& next = lines[i + 1];
      if (!next.list_item &&
          (next.lower_start || (hard_wrapped && !line.terminal && !line.list_item))) {
        in_paragraph = true;
      }
    }
  }
}

}  // namespace precis
