// Copyright 2026 The Precis Authors.
#include "io/duc_sgml.h"

#include <cctype>
#include <string>

namespace precis {
namespace {

// Case-insensitive search for `needle` (ASCII) in `hay` from `pos`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t pos) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = pos; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) ==
               std::tolower(static_cast<unsigned char>(needle[k]))) {
      ++k;
    }
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Finds the opening tag <name> or <name attr...>; returns the offset just
// past its '>' in *content_begin and the tag's start.
size_t FindOpenTag(std::string_view text, std::string_view name, size_t pos,
                   size_t* content_begin) {
  const std::string open = "<" + std::string(name);
  while (true) {
    size_t at = FindNoCase(text, open, pos);
    if (at == std::string_view::npos) return at;
    size_t after = at + open.size();
    if (after < text.size() && (text[after] == '>' || std::isspace(static_cast<unsigned char>(text[after])))) {
      size_t close = text.find('>', after);
      if (close == std::string_view::npos) return std::string_view::npos;
      *content_begin = close + 1;
      return at;
    }
    pos = after;
  }
}

// The content range of the first <name>...</name> at or after `pos`.
bool FindElement(std::string_view text, std::string_view name, size_t pos, size_t* begin,
                 size_t* end) {
  size_t content;
  if (FindOpenTag(text, name, pos, &content) == std::string_view::npos) return false;
  size_t close = FindNoCase(text, "</" + std::string(name) + ">", content);
  if (close == std::string_view::npos) return false;
  *begin = content;
  *end = close;
  return true;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Decodes an SGML entity starting at text[pos] == '&'; returns its length
// and fills *out (empty for TDT typesetting entities, which are dropped), or
// returns 0 when it is not an entity.
size_t DecodeEntity(std::string_view text, size_t pos, std::string* out) {
  size_t semi = text.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10 || semi == pos + 1) return 0;
  std::string name(text.substr(pos + 1, semi - pos - 1));
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "amp") *out = "&";
  else if (lower == "lt") *out = "<";
  else if (lower == "gt") *out = ">";
  else if (lower == "quot") *out = "\"";
  else if (lower == "apos") *out = "'";
  else if (lower == "nbsp") *out = " ";
  else if (lower[0] == '#') {
    unsigned long cp = 0;
    try {
      cp = lower.size() > 1 && lower[1] == 'x' ? std::stoul(lower.substr(2), nullptr, 16)
                                              : std::stoul(lower.substr(1));
    } catch (...) {
      return 0;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    out->clear();
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  } else {
    for (char c : name) {
      if (!std::isalpha(static_cast<unsigned char>(c))) return 0;
    }
    out->clear();  // TDT typesetting entity (&UR; &LR; &QL; ...): dropped.
  }
  return semi - pos + 1;
}

// Appends element[begin, end) to *out with tags dropped, entities decoded and
// white space collapsed; a block boundary (<P>, blank line) becomes "\n\n"
// when `blank_line_paragraphs` or the tag is <P>.
void AppendText(const MappedText& element, size_t begin, size_t end, MappedText* out) {
  std::string_view text(element.text());
  bool pending_space = false;
  bool pending_paragraph = false;
  size_t space_at = begin;
  bool has_p = FindNoCase(text.substr(begin, end - begin), "<p", 0) != std::string_view::npos;
  auto flush = [&](size_t at) {
    if (out->empty()) {
      pending_space = pending_paragraph = false;
      return;
    }
    if (pending_paragraph) {
      out->AppendReplacement("\n\n", element, space_at, at);
    } else if (pending_space) {
      out->AppendReplacement(" ", element, space_at, at);
    }
    pending_space = pending_paragraph = false;
  };
  size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c == '<') {
      size_t close = text.find('>', i);
      if (close == std::string_view::npos || close >= end) close = end - 1;
      std::string tag(text.substr(i + 1, close - i - 1));
      for (char& t : tag) t = static_cast<char>(std::tolower(static_cast<unsigned char>(t)));
      if (tag.rfind("annotation", 0) == 0) {
        size_t stop = FindNoCase(text, "</annotation>", close);
        close = stop == std::string_view::npos || stop >= end ? end - 1 : stop + 12;
      }
      if (!pending_space && !pending_paragraph) space_at = i;
      if (tag == "p" || tag == "/p" || tag.rfind("p ", 0) == 0) {
        pending_paragraph = true;
      } else {
        pending_space = true;
      }
      i = close + 1;
      continue;
    }
    if (IsSpace(c)) {
      if (!pending_space && !pending_paragraph) space_at = i;
      // Without <P>, a blank line separates paragraphs.
      if (!has_p && c == '\n') {
        size_t j = i + 1;
        while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
        if (j < end && text[j] == '\n') pending_paragraph = true;
      }
      pending_space = true;
      ++i;
      continue;
    }
    if (c == '&') {
      std::string decoded;
      size_t length = DecodeEntity(text, i, &decoded);
      if (length > 0 && i + length <= end) {
        if (!decoded.empty()) {
          flush(i);
          out->AppendReplacement(decoded, element, i, i + length);
        }
        i += length;
        continue;
      }
    }
    flush(i);
    out->AppendFrom(element, i, 1);
    ++i;
  }
}

}  // namespace

Status SplitDucDocuments(std::string_view file_bytes, std::string_view origin,
                         std::vector<RawDocument>* documents) {
  const std::string where(origin);
  size_t pos = 0;
  size_t found = 0;
  while (true) {
    size_t content;
    size_t start = FindOpenTag(file_bytes, "doc", pos, &content);
    if (start == std::string_view::npos) break;
    size_t close = FindNoCase(file_bytes, "</doc>", content);
    if (close == std::string_view::npos) {
      return Status::InvalidInput(where + ": <DOC> at byte " + std::to_string(start) +
                                  " is not closed");
    }
    size_t end = close + 6;
    std::string_view element = file_bytes.substr(start, end - start);
    size_t id_begin, id_end;
    if (!FindElement(element, "docno", 0, &id_begin, &id_end)) {
      return Status::InvalidInput(where + ": <DOC> at byte " + std::to_string(start) +
                                  " has no <DOCNO>");
    }
    RawDocument doc;
    std::string_view id = element.substr(id_begin, id_end - id_begin);
    while (!id.empty() && IsSpace(id.front())) id.remove_prefix(1);
    while (!id.empty() && IsSpace(id.back())) id.remove_suffix(1);
    doc.id = std::string(id);
    if (doc.id.empty()) {
      return Status::InvalidInput(where + ": empty <DOCNO> at byte " + std::to_string(start));
    }
    doc.original = std::string(element);
    doc.format = DocumentFormat::kDuc;
    doc.origin = where + " (" + doc.id + ")";
    documents->push_back(std::move(doc));
    ++found;
    pos = end;
  }
  if (found == 0) return Status::InvalidInput(where + ": no <DOC> element");
  return Status::OK();
}

Status ExtractDucContent(const MappedText& element, DucContent* out) {
  *out = DucContent();
  std::string_view text(element.text());
  size_t begin, end;
  for (const char* name : {"headline", "hl"}) {
    if (FindElement(text, name, 0, &begin, &end)) {
      MappedText title;
      AppendText(element, begin, end, &title);
      if (!title.empty()) {
        // A multi-line headline is one line of title.
        std::string t = title.text();
        for (char& c : t) if (c == '\n') c = ' ';
        std::string collapsed;
        for (char c : t) {
          if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
          collapsed += c;
        }
        while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
        out->title = collapsed;
        out->title_span = title.OriginalSpan(0, title.size());
        break;
      }
    }
  }
  size_t pos = 0;
  while (FindElement(text, "text", pos, &begin, &end)) {
    if (!out->text.empty()) out->text.AppendReplacement("\n\n", element, begin, begin);
    AppendText(element, begin, end, &out->text);
    pos = end;
  }
  if (out->text.empty()) return Status::EmptyInput("no <TEXT> content");
  return Status::OK();
}

}  // namespace precis
