// Copyright 2026 The Precis Authors.
#include "base/utf8.h"

#include <utf8proc.h>

#include <cstring>

namespace precis {
namespace {

// Length of the well-formed sequence at bytes[pos], or 0 when ill-formed.
size_t SequenceLength(std::string_view bytes, size_t pos) {
  const unsigned char c = static_cast<unsigned char>(bytes[pos]);
  if (c < 0x80) return 1;
  utf8proc_int32_t cp;
  utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + pos),
                       static_cast<utf8proc_ssize_t>(bytes.size() - pos), &cp);
  return n > 0 ? static_cast<size_t>(n) : 0;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  size_t pos = 0;
  const size_t n = bytes.size();
  while (pos < n) {
    // ASCII fast path: eight bytes at a time.
    while (pos + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + pos, 8);
      if (word & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    size_t len = SequenceLength(bytes, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return kValidUtf8;
}

size_t FindNul(std::string_view bytes) {
  const void* p = std::memchr(bytes.data(), 0, bytes.size());
  return p ? static_cast<size_t>(static_cast<const char*>(p) - bytes.data())
           : std::string_view::npos;
}

MappedText RepairUtf8(std::string_view bytes) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  MappedText out;
  out.Reserve(bytes.size());
  size_t pos = 0;
  size_t run = 0;  // Start of the current run of good bytes.
  while (pos < bytes.size()) {
    size_t len = SequenceLength(bytes, pos);
    if (len > 0) {
      pos += len;
      continue;
    }
    out.AppendOriginal(bytes.substr(run, pos - run), run, pos, true);
    out.AppendOriginal(kReplacement, pos, pos + 1, false);
    ++pos;
    run = pos;
  }
  out.AppendOriginal(bytes.substr(run), run, bytes.size(), true);
  return out;
}

char32_t NextCodePointSlow(std::string_view bytes, size_t* pos) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + *pos),
                       static_cast<utf8proc_ssize_t>(bytes.size() - *pos), &cp);
  if (n <= 0) {
    ++*pos;
    return 0xFFFD;
  }
  *pos += static_cast<size_t>(n);
  return static_cast<char32_t>(cp);
}

void AppendUtf8Slow(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsUppercaseLetterSlow(char32_t cp) {
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

}  // namespace precis
