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

bool IsEscape(const std::string& t, size_t i) {
  return i + 2 < t.size() && t[i] == '%' && HexValue(t[i + 1]) >= 0 &&
         HexValue(t[i + 2]) >= 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\n'; }

// Decides whether text[begin, end) is an encoded passage, and decodes it.
bool DecodeRun(const std::string& text, size_t begin, size_t end, std::string* decoded) {
  std::string_view run(text.data() + begin, end - begin);
  if (run.find("://") != std::string_view::npos || run.rfind("www.", 0) == 0) return false;
  int escapes = 0;
  bool text_like = false;  // An encoded space, quote or comma: prose, not a path.
  decoded->clear();
  for (size_t i = begin; i < end;) {
    if (IsEscape(text, i) && i + 3 <= end) {
      int value = HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]);
      if (value < 0x20 || value == 0x7F) return false;
      if (value == ' ' || value == '"' || value == ',' || value == '\'') text_like = true;
      decoded->push_back(static_cast<char>(value));
      ++escapes;
      i += 3;
    } else {
      decoded->push_back(text[i]);
      ++i;
    }
  }
  return escapes >= 2 && text_like && FindInvalidUtf8(*decoded) == kValidUtf8;
}

}  // namespace

MappedText DecodePercentPassages(const MappedText& input) {
  const std::string& text = input.text();
  if (text.find('%') == std::string::npos) return input;
  MappedText out;
  out.Reserve(text.size());
  size_t copied = 0;
  size_t pos = 0;
  std::string decoded;
  while (pos < text.size()) {
    size_t percent = text.find('%', pos);
    if (percent == std::string::npos) break;
    size_t begin = percent;
    while (begin > 0 && !IsSpace(text[begin - 1])) --begin;
    size_t end = percent;
    while (end < text.size() && !IsSpace(text[end])) ++end;
    if (begin >= copied && DecodeRun(text, begin, end, &decoded)) {
      out.AppendFrom(input, copied, begin - copied);
      for (size_t i = begin; i < end;) {
        if (IsEscape(text, i) && i + 3 <= end) {
          char byte = static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
          out.AppendReplacement(std::string_view(&byte, 1), input, i, i + 3);
          i += 3;
        } else {
          out.AppendFrom(input, i, 1);
          ++i;
        }
      }
      copied = end;
    }
    pos = end;
  }
  out.AppendFrom(input, copied, text.size() - copied);
  return out;
}

}  // namespace precis
