// Copyright 2026 The Precis Authors.
#include "io/document_date.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "base/ascii.h"

namespace precis {
namespace {

constexpr size_t kScanBytes = 64 * 1024;

bool Digits(std::string_view s, size_t at, size_t count) {
  if (at + count > s.size()) return false;
  for (size_t i = at; i < at + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int Number(std::string_view s, size_t at, size_t count) {
  int n = 0;
  for (size_t i = at; i < at + count; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

std::string DateFrom(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

// The value of the attribute `name` ("content", "datetime") after `at`,
// within the same tag.
std::string_view AttributeAfter(std::string_view html, size_t at, std::string_view name) {
  const size_t tag_end = html.find('>', at);
  const size_t tag_start = html.rfind('<', at);
  if (tag_end == std::string_view::npos || tag_start == std::string_view::npos) return {};
  const std::string_view tag = html.substr(tag_start, tag_end - tag_start);
  const size_t attr = FindNoCase(tag, std::string(name) + "=");
  if (attr == std::string_view::npos) return {};
  size_t value = attr + name.size() + 1;
  if (value >= tag.size()) return {};
  const char quote = tag[value];
  if (quote == '"' || quote == '\'') {
    const size_t close = tag.find(quote, value + 1);
    if (close == std::string_view::npos) return {};
    return tag.substr(value + 1, close - value - 1);
  }
  return tag.substr(value);
}

std::string HtmlDate(std::string_view html) {
  for (std::string_view marker :
       {"article:published_time", "datePublished", "pubdate", "og:published_time", "dc.date"}) {
    size_t at = 0;
    while ((at = FindNoCase(html, marker, at)) != std::string_view::npos) {
      for (std::string_view attr : {"content", "datetime"}) {
        const std::string date = NormalizeDate(AttributeAfter(html, at, attr));
        if (!date.empty()) return date;
      }
      at += marker.size();
    }
  }
  return "";
}

// The date a DUC, TREC or TAC document id holds at `id`'s start: YYYYMMDD
// after two to four letters (APW19981016.0240, NYT19980613.0012) or after
// a source and language joined by underscores (AFP_ENG_20050116.0346).
std::string IdDate(std::string_view id) {
  size_t i = 0;
  while (i < id.size() && std::isspace(static_cast<unsigned char>(id[i]))) ++i;
  const size_t start = i;
  size_t letters = 0;
  while (i < id.size() && (std::isalpha(static_cast<unsigned char>(id[i])) || id[i] == '_')) {
    letters += id[i] != '_';
    ++i;
  }
  const bool prefix = i > start && (id[i - 1] == '_' ? letters >= 2 : letters >= 2 && letters <= 4);
  if (!prefix || !Digits(id, i, 8)) return "";
  return DateFrom(Number(id, i, 4), Number(id, i + 4, 2), Number(id, i + 6, 2));
}

// `id`: the document's id, the <DOC> tag's id attribute when it has no
// <DOCNO>.
std::string DucDate(std::string_view sgml, std::string_view id) {
  for (std::string_view tag : {"<DATE_TIME>", "<DATE>"}) {
    const size_t at = FindNoCase(sgml, tag);
    if (at != std::string_view::npos) {
      const std::string date = NormalizeDate(sgml.substr(at + tag.size()));
      if (!date.empty()) return date;
    }
  }
  const size_t docno = FindNoCase(sgml, "<DOCNO>");
  return IdDate(docno != std::string_view::npos ? sgml.substr(docno + 7) : id);
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (!Digits(text, i, 4) || i + 10 > text.size() || text[i + 4] != '-' ||
      !Digits(text, i + 5, 2) || text[i + 7] != '-' || !Digits(text, i + 8, 2)) {
    return "";
  }
  std::string date = DateFrom(Number(text, i, 4), Number(text, i + 5, 2), Number(text, i + 8, 2));
  if (date.empty()) return "";
  const size_t t = i + 10;
  if (t + 6 <= text.size() && (text[t] == 'T' || text[t] == ' ') && Digits(text, t + 1, 2) &&
      text[t + 3] == ':' && Digits(text, t + 4, 2)) {
    const int hour = Number(text, t + 1, 2), minute = Number(text, t + 4, 2);
    if (hour < 24 && minute < 60) date += "T" + std::string(text.substr(t + 1, 5));
  }
  return date;
}

std::string DocumentDate(const RawDocument& doc) {
  if (!doc.date.empty()) return NormalizeDate(doc.date);
  const std::string_view head = std::string_view(doc.original).substr(0, kScanBytes);
  switch (doc.format) {
    case DocumentFormat::kDuc:
      return DucDate(head, doc.id);
    case DocumentFormat::kHtml:
      return HtmlDate(head);
    default:
      return "";
  }
}

}  // namespace precis
