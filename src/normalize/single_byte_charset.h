// Copyright 2026 The Precis Authors.
//
// Single-byte character encodings (windows-1252, ISO-8859-x, KOI8-R, ...):
// older news pages declare them, and their bytes above 0x7F are invalid
// UTF-8. Decoding maps every byte to its character in UTF-8, with that byte
// as its origin, so that citations keep pointing into the original bytes.
#ifndef PRECIS_NORMALIZE_SINGLE_BYTE_CHARSET_H_
#define PRECIS_NORMALIZE_SINGLE_BYTE_CHARSET_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "base/mapped_text.h"

namespace precis {

class SingleByteCharset {
 public:
  // The encoding a document names `label` (any case, surrounding spaces and
  // quotes ignored), or nullptr when the label names none that is
  // single-byte and ASCII-compatible (UTF-8, UTF-16, Shift_JIS, unknown
  // names). As browsers do (the WHATWG Encoding standard), "iso-8859-1",
  // "latin1" and "us-ascii" are read as windows-1252, whose C1 range holds
  // the curly quotes and dashes such pages use. The byte tables come from
  // the C library's iconv, built once per encoding and shared; thread-safe.
  static std::shared_ptr<const SingleByteCharset> ForLabel(std::string_view label);

  // The canonical name ("windows-1252").
  const std::string& name() const { return name_; }

  // `bytes` in UTF-8; a byte that the encoding leaves undefined becomes
  // U+FFFD. Every output byte's origin is the input byte it came from.
  MappedText Decode(std::string_view bytes) const;

  // Prefer ForLabel(); public for std::make_shared.
  SingleByteCharset(std::string name, std::array<std::string, 128> high);

 private:
  std::string name_;
  std::array<std::string, 128> high_;  // UTF-8 of bytes 0x80-0xFF.
};

}  // namespace precis

#endif  // PRECIS_NORMALIZE_SINGLE_BYTE_CHARSET_H_
