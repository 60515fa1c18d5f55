// Copyright 2026 The Precis Authors.
#include "html/declared_charset.h"

#include <cstddef>

#include "base/ascii.h"

namespace precis {
namespace {

// HTML's white space.
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::string DeclaredCharset(std::string_view html) {
  constexpr size_t kPrescanBytes = 1024;
  std::string head(html.substr(0, kPrescanBytes));
  for (char& c : head) c = LowerAscii(c);
  for (size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const size_t end = head.find('>', meta);
    const std::string_view tag =
        std::string_view(head).substr(meta, end == std::string::npos ? std::string::npos
                                                                      : end - meta);
    // "charset" as an attribute (<meta charset=...>) or inside content
    // ("text/html; charset=...").
    for (size_t at = tag.find("charset"); at != std::string_view::npos;
         at = tag.find("charset", at + 7)) {
      size_t p = at + 7;
      while (p < tag.size() && IsHtmlSpace(tag[p])) ++p;
      if (p >= tag.size() || tag[p] != '=') continue;
      ++p;
      while (p < tag.size() && IsHtmlSpace(tag[p])) ++p;
      if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) ++p;
      size_t q = p;
      while (q < tag.size() && !IsHtmlSpace(tag[q]) && tag[q] != '"' && tag[q] != '\'' &&
             tag[q] != ';' && tag[q] != '/' && tag[q] != '>') {
        ++q;
      }
      if (q > p) return std::string(tag.substr(p, q - p));
    }
  }
  return "";
}

}  // namespace precis
