// Copyright 2026 The Precis Authors.
#include "normalize/percent_decoder.h"

#include <string>

#include "base/utf8.h"

namespace precis {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The byte encoded at s[i], or -1 when s[i] starts no %XX escape.
int EscapeAt(std::string_view s, size_t i) {
  if (s[i] != '%' || i + 2 >= s.size()) return -1;
  const int high = HexValue(s[i + 1]);
  const int low = HexValue(s[i + 2]);
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

bool IsRunBreak(char c) { return c == ' ' || c == '\n'; }

// Decodes the escapes of `run` into `decoded`; other bytes are copied.
// Returns the number of escapes.
int Decode(std::string_view run, std::string* decoded) {
  decoded->clear();
  int escapes = 0;
  for (size_t i = 0; i < run.size();) {
    const int value = EscapeAt(run, i);
    if (value >= 0) {
      decoded->push_back(static_cast<char>(value));
      ++escapes;
      i += 3;
    } else {
      decoded->push_back(run[i]);
      ++i;
    }
  }
  return escapes;
}

bool LooksLikeUrl(std::string_view run) {
  if (run.find("://") != std::string_view::npos || run.substr(0, 4) == "www." ||
      run.substr(0, 4) == "WWW.") {
    return true;
  }
  // Query strings: "?q=a%20b", "id=1&name=a%20b".
  const bool has_equals = run.find('=') != std::string_view::npos;
  return has_equals &&
         (run.find('&') != std::string_view::npos || run.find('?') != std::string_view::npos);
}

}  // namespace

bool IsEncodedPassage(std::string_view run) {
  if (run.find('%') == std::string_view::npos || LooksLikeUrl(run)) return false;
  int escapes = 0;
  bool text_like = false;  // An escape that prose needs encoded, not a path's.
  for (size_t i = 0; i < run.size(); ++i) {
    const int value = EscapeAt(run, i);
    if (value < 0) continue;
    ++escapes;
    if (value < 0x20 || value == 0x7F) return false;  // Controls: binary, not text.
    if (value == ' ' || value == '"' || value == '\'' || value == ',' || value >= 0xC2) {
      text_like = true;
    }
    i += 2;
  }
  if (escapes < 2 || !text_like) return false;
  std::string decoded;
  Decode(run, &decoded);
  if (FindInvalidUtf8(decoded) != kValidUtf8) return false;
  // No C1 controls either (U+0080..U+009F are C2 80..C2 9F).
  for (size_t i = 0; i + 1 < decoded.size(); ++i) {
    if (decoded[i] == '\xC2' && static_cast<unsigned char>(decoded[i + 1]) < 0xA0) return false;
  }
  return true;
}

MappedText DecodePercentPassages(MappedText input) {
  const std::string& text = input.text();
  size_t percent = text.find('%');
  if (percent == std::string::npos) return input;
  MappedText out;
  bool changed = false;
  size_t copied = 0;  // Bytes of `text` before this are in `out`.
  while (percent != std::string::npos) {
    size_t begin = percent;
    while (begin > copied && !IsRunBreak(text[begin - 1])) --begin;
    size_t end = percent;
    while (end < text.size() && !IsRunBreak(text[end])) ++end;
    const std::string_view run(text.data() + begin, end - begin);
    if (IsEncodedPassage(run)) {
      if (!changed) {
        out.Reserve(text.size());
        changed = true;
      }
      out.AppendFrom(input, copied, begin - copied);
      size_t plain = begin;  // Start of bytes to copy unchanged.
      for (size_t i = begin; i < end;) {
        const int value = EscapeAt(run, i - begin);
        if (value < 0) {
          ++i;
          continue;
        }
        out.AppendFrom(input, plain, i - plain);
        const char byte = static_cast<char>(value);
        out.AppendReplacement(std::string_view(&byte, 1), input, i, i + 3);
        i += 3;
        plain = i;
      }
      out.AppendFrom(input, plain, end - plain);
      copied = end;
    }
    percent = text.find('%', end);
  }
  if (!changed) return input;
  out.AppendFrom(input, copied, text.size() - copied);
  return out;
}

}  // namespace precis
