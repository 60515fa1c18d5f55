// Copyright 2026 The Precis Authors.
#include "normalize/unicode_normalizer.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace precis {
namespace {

bool IsInvisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x00AD;
}

// Windows-1252 punctuation that reached the text as C1 control characters
// (bytes 0x80-0x9F decoded as Latin-1): "it\u0092s" means "it’s". Returns 0
// for other code points.
char32_t Cp1252Punctuation(char32_t cp) {
  switch (cp) {
    case 0x80:
      return U'\u20AC';  // €
    case 0x82:
      return U'\u201A';  // ‚
    case 0x84:
      return U'\u201E';  // „
    case 0x85:
      return U'\u2026';  // …
    case 0x91:
      return U'\u2018';  // ‘
    case 0x92:
      return U'\u2019';  // ’
    case 0x93:
      return U'\u201C';  // “
    case 0x94:
      return U'\u201D';  // ”
    case 0x96:
      return U'\u2013';  // –
    case 0x97:
      return U'\u2014';  // —
    case 0x99:
      return U'\u2122';  // ™
    default:
      return 0;
  }
}

bool IsSpaceLike(char32_t cp) {
  if (cp == '\t' || cp == '\v' || cp == '\f') return true;
  if (cp < 0x20 && cp != '\n' && cp != '\r') return true;  // Other controls.
  if (cp < 0x80) return false;
  if (cp >= 0x80 && cp < 0xA0) return true;  // C1 controls.
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

// Characters certainly unchanged by NFC and unable to combine with what
// precedes them: Latin-1 and Latin Extended letters (precomposed), Cyrillic
// letters, general punctuation (quotes, dashes, ellipsis), currency signs,
// CJK ideographs, kana and Hangul syllables, emoji. Keeping them out of runs
// keeps runs short, so a replaced run maps to a small source range.
bool IsNfcStable(char32_t cp) {
  return cp < 0x300 || (cp >= 0x400 && cp < 0x483) || (cp >= 0x48A && cp < 0x500) ||
         (cp >= 0x2010 && cp < 0x2028) || (cp >= 0x2030 && cp < 0x205F) ||
         (cp >= 0x20A0 && cp < 0x20C0) || (cp >= 0x3041 && cp < 0x3097) ||
         (cp >= 0x30A1 && cp < 0x30FB) || (cp >= 0x3400 && cp < 0x4DC0) ||
         (cp >= 0x4E00 && cp < 0xA000) || (cp >= 0xAC00 && cp < 0xD7A4) ||
         (cp >= 0x1F300 && cp < 0x1FB00);
}

// The first byte at or after `pos` that is neither printable ASCII (0x20
// to 0x7F) nor '\n': what lies before it stays as it is. Nearly all of a
// news text is such bytes, read sixteen at a time where SSE2 is there.
size_t SkipPlainAscii(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i newline = _mm_set1_epi8('\n');
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    // Compared as signed bytes, those below ' ' are the controls and every
    // byte from 0x80 up.
    const __m128i other =
        _mm_andnot_si128(_mm_cmpeq_epi8(bytes, newline), _mm_cmplt_epi8(bytes, space));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(other));
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; pos < text.size(); ++pos) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if ((byte < 0x20 || byte >= 0x80) && byte != '\n') break;
  }
  return pos;
}

}  // namespace

MappedText NormalizeUnicode(MappedText input) {
  const std::string& text = input.text();
  MappedText out;
  out.Reserve(text.size());
  size_t pos = 0;
  size_t copy_from = 0;  // Start of bytes not yet appended.
  auto flush = [&](size_t upto) {
    if (upto > copy_from) out.AppendFrom(input, copy_from, upto - copy_from);
  };
  while ((pos = SkipPlainAscii(text, pos)) < text.size()) {
    const size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    if (cp == '\r') {
      flush(start);
      size_t end = pos < text.size() && text[pos] == '\n' ? pos + 1 : pos;
      out.AppendReplacement("\n", input, start, end);
      pos = copy_from = end;
      continue;
    }
    if (IsInvisible(cp)) {
      flush(start);
      copy_from = pos;
      continue;
    }
    if (const char32_t punctuation = Cp1252Punctuation(cp)) {
      flush(start);
      std::string bytes;
      AppendUtf8(punctuation, &bytes);
      out.AppendReplacement(bytes, input, start, pos);
      copy_from = pos;
      continue;
    }
    if (IsSpaceLike(cp)) {
      flush(start);
      out.AppendReplacement(" ", input, start, pos);
      copy_from = pos;
      continue;
    }
    if (IsNfcStable(cp)) continue;
    // Normalize the run of non-stable characters together with the character
    // before it (a base that combining marks attach to).
    size_t run_begin = start;
    if (run_begin > copy_from) {
      // Step back one code point.
      size_t back = run_begin - 1;
      while (back > copy_from && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
      run_begin = back;
    }
    size_t run_end = pos;
    while (run_end < text.size()) {
      size_t next = run_end;
      char32_t c = NextCodePoint(text, &next);
      if (c < 0x80 || IsNfcStable(c) || IsInvisible(c) || IsSpaceLike(c)) break;
      run_end = next;
    }
    // utf8proc_NFC reads up to a NUL: normalize a copy of the run.
    std::string run = text.substr(run_begin, run_end - run_begin);
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(run.c_str()));
    flush(run_begin);
    if (nfc == nullptr || run == reinterpret_cast<const char*>(nfc)) {
      out.AppendFrom(input, run_begin, run_end - run_begin);
    } else {
      out.AppendReplacement(reinterpret_cast<const char*>(nfc), input, run_begin, run_end);
    }
    std::free(nfc);
    pos = copy_from = run_end;
  }
  if (copy_from == 0 && out.size() == 0) return input;  // Nothing changed.
  flush(text.size());
  return out;
}

}  // namespace precis
