// Copyright 2026 The Precis Authors.
#include "tokenize/tokenizer.h"

#include <utf8proc.h>

#include <array>

#include "base/ascii.h"
#include "base/utf8.h"

namespace precis {
namespace {

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiWordByte(static_cast<char>(cp));
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }

void AppendFolded(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(LowerAscii(static_cast<char>(cp)));
    return;
  }
  if (IsApostrophe(cp)) {
    out->push_back('\'');
    return;
  }
  AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
}

// Length of a dotted acronym ("U.S.", "a.m.", "U.K.") starting at text[pos]:
// two or more single letters each followed by a period. 0 when there is none.
size_t MatchDottedAcronym(std::string_view text, size_t pos) {
  size_t letters = 0;
  size_t p = pos;
  while (p < text.size()) {
    size_t q = p;
    char32_t c = NextCodePoint(text, &q);
    if (!IsWordCodePoint(c) || IsDigit(c) || q >= text.size() || text[q] != '.') break;
    ++q;  // The period.
    ++letters;
    p = q;
  }
  if (letters < 2) return 0;
  // "e.g.x" is not an acronym: a word character may not follow directly.
  if (p < text.size()) {
    size_t q = p;
    if (IsWordCodePoint(NextCodePoint(text, &q))) return 0;
  }
  return p - pos;
}

// The bytes after a run of ASCII letters and digits that end it as a
// token: ASCII, and no joiner ("don't", "3.5", "1,000", "U.S.").
constexpr std::array<bool, 256> kEndsAsciiToken = [] {
  std::array<bool, 256> ends{};
  for (size_t c = 0; c < 0x80; ++c) ends[c] = c != '\'' && c != '.' && c != ',';
  return ends;
}();

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens) {
  // The tokens of the previous call are written over, so that their
  // strings' buffers serve again; the surplus is dropped at the end.
  size_t count = 0;
  size_t have = tokens->size();
  auto next = [&]() -> Token& {
    if (count == have) {
      tokens->emplace_back();
      ++have;
    }
    Token& t = (*tokens)[count++];
    t.folded.clear();
    return t;
  };
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
    // Nearly every token is a run of ASCII letters and digits that a space
    // or ASCII punctuation other than a joiner ends: read and lowered in
    // one pass on the stack, and written to the token in one piece. A run
    // ended by a joiner, by a letter beyond ASCII or by a full buffer, and
    // a single letter that a period follows ("U.S."), are read below.
    if (const unsigned char first = static_cast<unsigned char>(text[pos]); first < 0x80) {
      if (!IsAsciiWordByte(static_cast<char>(first))) {
        ++pos;
        continue;
      }
      char lowered[64];
      const size_t k = LowerAsciiWordRun(text.substr(pos), lowered, sizeof(lowered));
      const size_t end = pos + k;
      if (k < sizeof(lowered) &&
          (end == n || kEndsAsciiToken[static_cast<unsigned char>(text[end])])) {
        Token& token = next();
        token.begin = pos;
        token.end = end;
        token.is_number = IsDigit(first);
        token.folded.append(lowered, k);
        pos = end;
        continue;
      }
    }
    const size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    // Spaces and ASCII punctuation, most of what lies between tokens, are
    // ruled out by one table read.
    if (cp < 0x80 ? !IsAsciiWordByte(static_cast<char>(cp)) : !IsWordCodePoint(cp)) continue;
    Token& token = next();
    token.begin = start;
    token.is_number = IsDigit(cp);
    // An acronym's first letter is followed by its period: most tokens are
    // ruled out by one byte.
    const bool may_be_acronym = cp >= 0x80 || (pos < n && text[pos] == '.');
    if (size_t len = may_be_acronym ? MatchDottedAcronym(text, start) : 0; len > 0) {
      size_t p = start;
      while (p < start + len) AppendFolded(NextCodePoint(text, &p), &token.folded);
      token.end = start + len;
      pos = token.end;
      continue;
    }
    // An ASCII first letter is read with the run after it, below.
    if (cp < 0x80) {
      pos = start;
    } else {
      AppendFolded(cp, &token.folded);
    }
    char32_t prev = cp;
    while (pos < n) {
      // A run of ASCII letters and digits, the common case, needs no
      // decoding: copy it and lowercase the copy.
      if (IsAsciiWordByte(text[pos])) {
        // Lowered on the stack as it is read, then appended in one piece;
        // a longer run goes on in the next turn.
        char lowered[64];
        const size_t k = LowerAsciiWordRun(text.substr(pos), lowered, sizeof(lowered));
        token.folded.append(lowered, k);
        prev = static_cast<unsigned char>(text[pos + k - 1]);
        pos += k;
        continue;
      }
      const size_t here = pos;
      char32_t c = NextCodePoint(text, &pos);
      if (IsWordCodePoint(c)) {
        AppendFolded(c, &token.folded);
        prev = c;
        continue;
      }
      // A joiner stays inside the token only between word characters:
      // "don't", "3.5", "1,000". Most tokens end at a space: what follows is
      // decoded only after a joiner.
      bool joins = false;
      if (IsApostrophe(c) || c == '.' || c == ',') {
        size_t after = pos;
        const char32_t next = after < n ? NextCodePoint(text, &after) : 0;
        joins = (IsApostrophe(c) && !IsDigit(prev) && IsWordCodePoint(next) && !IsDigit(next)) ||
                ((c == '.' || c == ',') && IsDigit(prev) && IsDigit(next));
      }
      if (!joins) {
        pos = here;
        break;
      }
      AppendFolded(c, &token.folded);
    }
    token.end = pos;
  }
  tokens->resize(count);
}

bool IsCapitalized(std::string_view text, const Token& t) {
  if (t.begin >= text.size()) return false;
  size_t pos = t.begin;
  return IsUppercaseLetter(NextCodePoint(text, &pos));
}

}  // namespace precis
