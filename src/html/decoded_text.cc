// Copyright 2026 The Precis Authors.
#include "html/decoded_text.h"

#include <algorithm>
#include <string>

namespace precis {
namespace {

// How many bytes two texts must agree on after a decoded piece before the
// alignment trusts that it has found the piece's end.
constexpr size_t kAgreeBytes = 16;
// Longest source and decoded stretch an unexpected difference may span before
// the alignment gives up and covers the rest with one replacement.
constexpr size_t kMaxResyncCost = 48;

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Source bytes the tokenizer may not copy through unchanged.
bool IsSpecial(char c) { return c == '&' || c == '<' || c == '\r' || c == '\0'; }

// Length of the character reference syntax at source[j] == '&': "&name;",
// "&name", "&#123;", "&#x1F;"; 1 when no name follows.
size_t ReferenceLength(std::string_view source, size_t j) {
  size_t k = j + 1;
  if (k < source.size() && source[k] == '#') {
    ++k;
    if (k < source.size() && (source[k] == 'x' || source[k] == 'X')) ++k;
  }
  size_t name = k;
  while (k < source.size() && IsAsciiAlnum(source[k])) ++k;
  if (k == name) return 1;
  if (k < source.size() && source[k] == ';') ++k;
  return k - j;
}

// Decodes the frequent references whose decoding can be checked exactly:
// the markup escapes, &nbsp; and numeric references to ASCII. On success sets
// *bytes and *length (source bytes used).
bool DecodeCommonReference(std::string_view source, size_t j, std::string* bytes, size_t* length) {
  struct Named {
    std::string_view name;
    std::string_view bytes;
    bool needs_semicolon;
  };
  static constexpr Named kNamed[] = {
      {"amp", "&", false}, {"lt", "<", false},          {"gt", ">", false},  {"quot", "\"", false},
      {"apos", "'", true}, {"nbsp", "\xC2\xA0", false}, {"AMP", "&", false}, {"LT", "<", false},
      {"GT", ">", false},  {"QUOT", "\"", false},
  };
  std::string_view rest = source.substr(j + 1);
  if (!rest.empty() && rest[0] == '#') {
    size_t k = 1;
    bool hex = k < rest.size() && (rest[k] == 'x' || rest[k] == 'X');
    if (hex) ++k;
    unsigned value = 0;
    size_t digits = 0;
    for (; k < rest.size() && digits < 8; ++k, ++digits) {
      char c = rest[k];
      unsigned v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      } else {
        break;
      }
      value = value * (hex ? 16 : 10) + v;
    }
    if (digits == 0 || value == 0 || value >= 0x80) return false;
    if (k < rest.size() && rest[k] == ';') ++k;
    bytes->assign(1, static_cast<char>(value));
    *length = 1 + k;
    return true;
  }
  for (const Named& named : kNamed) {
    if (rest.substr(0, named.name.size()) != named.name) continue;
    size_t k = named.name.size();
    bool semicolon = k < rest.size() && rest[k] == ';';
    if (named.needs_semicolon && !semicolon) continue;
    if (semicolon) ++k;
    bytes->assign(named.bytes);
    *length = 1 + k;
    return true;
  }
  return false;
}

// Whether decoded[di..] can continue as source[si..]: they agree byte for byte
// up to the next special source byte, kAgreeBytes bytes, or the end of both.
// Never splits a UTF-8 sequence of the decoded text.
bool Agree(std::string_view decoded, size_t di, std::string_view source, size_t si) {
  if (di < decoded.size() && IsContinuation(decoded[di])) return false;
  for (size_t k = 0; k < kAgreeBytes; ++k) {
    if (si + k == source.size()) return di + k == decoded.size();
    char c = source[si + k];
    // A tag or NUL may vanish; past the first byte any special may differ.
    if (IsSpecial(c) && (k > 0 || c == '<' || c == '\0')) return true;
    if (di + k == decoded.size()) return false;
    char d = decoded[di + k];
    if (c == '&') {
      std::string bytes;
      size_t length = 0;
      if (DecodeCommonReference(source, si, &bytes, &length)) {
        return decoded.substr(di, bytes.size()) == bytes;
      }
      // Others decode to a non-alphanumeric character (or stay "&...").
      return !IsAsciiAlnum(d);
    }
    if (c == '\r') return d == '\n';
    if (c != d) return false;
  }
  return true;
}

// Finds the cheapest skip of *source_len source bytes and *decoded_len decoded
// bytes after which the texts agree again.
bool Resync(std::string_view decoded, size_t i, std::string_view source, size_t j,
            size_t* decoded_len, size_t* source_len) {
  for (size_t cost = 1; cost <= kMaxResyncCost; ++cost) {
    for (size_t l = 0; l <= cost; ++l) {
      size_t d = cost - l;
      if (j + l > source.size() || i + d > decoded.size()) continue;
      if (Agree(decoded, i + d, source, j + l)) {
        *decoded_len = d;
        *source_len = l;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void AppendDecodedText(std::string_view decoded, const MappedText& source, size_t begin, size_t end,
                       MappedText* out) {
  std::string_view src = std::string_view(source.text()).substr(begin, end - begin);
  size_t i = 0;  // In decoded.
  size_t j = 0;  // In src.
  auto copy = [&](size_t n) {
    out->AppendFrom(source, begin + j, n);
    i += n;
    j += n;
  };
  // Decoded bytes [i, i + d) stand for source bytes [j, j + l).
  auto replace = [&](size_t d, size_t l) {
    if (d > 0) {
      out->AppendReplacement(decoded.substr(i, d), source, begin + j, begin + j + l);
    }
    i += d;
    j += l;
  };
  std::string bytes;
  while (i < decoded.size() && j < src.size()) {
    char c = src[j];
    char d = decoded[i];
    if (!IsSpecial(c) && c == d) {
      size_t n = 1;
      while (i + n < decoded.size() && j + n < src.size() && !IsSpecial(src[j + n]) &&
             src[j + n] == decoded[i + n]) {
        ++n;
      }
      copy(n);
      continue;
    }
    if (c == '\r' && d == '\n') {
      replace(1, j + 1 < src.size() && src[j + 1] == '\n' ? 2 : 1);
      continue;
    }
    if (c == '&') {
      size_t length = 0;
      if (DecodeCommonReference(src, j, &bytes, &length) &&
          decoded.substr(i, bytes.size()) == bytes) {
        replace(bytes.size(), length);
        continue;
      }
      // Any other reference: the shortest decoding after which the texts
      // agree again (a reference decodes to at most two code points; one the
      // tokenizer does not know stays as written).
      length = ReferenceLength(src, j);
      bool found = false;
      if (length > 1) {
        size_t most = std::min(length + 8, decoded.size() - i);
        for (size_t n = 1; n <= most; ++n) {
          if (Agree(decoded, i + n, src, j + length)) {
            replace(n, length);
            found = true;
            break;
          }
        }
      }
      if (found) continue;
      if (d == '&') {
        copy(1);
        continue;
      }
    } else if (c == '<') {
      if (d == '<' && Agree(decoded, i + 1, src, j + 1)) {
        copy(1);
        continue;
      }
      // A tag the parser ignored, kept inside the text node's source.
      size_t close = src.find('>', j);
      if (close != std::string_view::npos && Agree(decoded, i, src, close + 1)) {
        j = close + 1;
        continue;
      }
    } else if (c == '\0') {
      if (decoded.substr(i, 3) == "\xEF\xBF\xBD") {
        replace(3, 1);
        continue;
      }
      if (Agree(decoded, i, src, j + 1)) {
        ++j;
        continue;
      }
    }
    size_t decoded_len = 0;
    size_t source_len = 0;
    if (!Resync(decoded, i, src, j, &decoded_len, &source_len)) break;
    replace(decoded_len, source_len);
  }
  if (i < decoded.size()) replace(decoded.size() - i, src.size() - j);
}

}  // namespace precis
