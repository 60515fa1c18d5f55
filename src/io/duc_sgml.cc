// Copyright 2026 The Precis Authors.
#include "io/duc_sgml.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "base/utf8.h"

namespace precis {
namespace {

constexpr size_t kNotFound = std::string_view::npos;

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Finds the first opening tag <name> or <name attributes...> at or after
// `pos`: returns where it starts and sets *after just past its '>'.
size_t FindOpenTag(std::string_view text, std::string_view name, size_t pos, size_t* after) {
  const std::string open = "<" + std::string(name);
  for (size_t at = FindNoCase(text, open, pos); at != kNotFound;
       at = FindNoCase(text, open, at + 1)) {
    const size_t next = at + open.size();
    if (next < text.size() && (text[next] == '>' || IsSpace(text[next]))) {
      const size_t close = text.find('>', next);
      if (close == kNotFound) return kNotFound;
      *after = close + 1;
      return at;
    }
  }
  return kNotFound;
}

// The value of the `id` attribute of an opening tag ("<DOC id=\"AFP_ENG_
// 20050116.0346\" type=\"story\">", as TAC and AQUAINT-2 files write it),
// quoted or not; empty when the tag has none.
std::string_view IdAttribute(std::string_view tag) {
  for (size_t at = FindNoCase(tag, "id"); at != kNotFound; at = FindNoCase(tag, "id", at + 1)) {
    if (at == 0 || !IsSpace(tag[at - 1])) continue;  // "docid", "<id".
    size_t p = at + 2;
    while (p < tag.size() && IsSpace(tag[p])) ++p;
    if (p >= tag.size() || tag[p] != '=') continue;
    ++p;
    while (p < tag.size() && IsSpace(tag[p])) ++p;
    if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) {
      const size_t close = tag.find(tag[p], p + 1);
      if (close == kNotFound) return {};
      return tag.substr(p + 1, close - p - 1);
    }
    size_t q = p;
    while (q < tag.size() && !IsSpace(tag[q]) && tag[q] != '>') ++q;
    return tag.substr(p, q - p);
  }
  return {};
}

// Finds the first closing tag </name> (white space allowed before '>') at
// or after `pos`: returns where it starts and sets *after just past it.
size_t FindCloseTag(std::string_view text, std::string_view name, size_t pos, size_t* after) {
  const std::string close = "</" + std::string(name);
  for (size_t at = FindNoCase(text, close, pos); at != kNotFound;
       at = FindNoCase(text, close, at + 1)) {
    size_t next = at + close.size();
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (next < text.size() && text[next] == '>') {
      *after = next + 1;
      return at;
    }
  }
  return kNotFound;
}

// The content [*begin, *end) of the first <name>...</name> at or after
// `pos`, and *after just past the closing tag. Returns false when there is
// no such element; sets *unclosed when the opening tag has no closing tag.
bool FindElement(std::string_view text, std::string_view name, size_t pos, size_t* begin,
                 size_t* end, size_t* after, bool* unclosed) {
  *unclosed = false;
  size_t content;
  if (FindOpenTag(text, name, pos, &content) == kNotFound) return false;
  const size_t close = FindCloseTag(text, name, content, after);
  if (close == kNotFound) {
    *unclosed = true;
    return false;
  }
  *begin = content;
  *end = close;
  return true;
}

size_t LineOf(std::string_view text, size_t pos) {
  size_t line = 1;
  for (size_t i = 0; i < pos && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// Reads an SGML entity at text[pos] == '&', ending before `end`. Returns its
// length (0 when the bytes are no entity and stand for themselves) and sets
// *decoded to what it stands for: "" for the typesetting entities of TDT
// and other unknown names (&UR; &LR; &QL;), which are dropped, " " for
// entities that are white space or control characters.
size_t ReadEntity(std::string_view text, size_t pos, size_t end, std::string* decoded) {
  constexpr size_t kLongestName = 10;
  size_t semi = pos + 1;
  while (semi < end && semi - pos <= kLongestName + 1 &&
         (IsAlnum(text[semi]) || text[semi] == '#')) {
    ++semi;
  }
  if (semi >= end || text[semi] != ';' || semi == pos + 1) return 0;
  std::string name(text.substr(pos + 1, semi - pos - 1));
  for (char& c : name) c = LowerAscii(c);
  const size_t length = semi - pos + 1;
  decoded->clear();
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && name[1] == 'x';
    const size_t digits = hex ? 2 : 1;
    if (name.size() == digits) return 0;
    uint32_t cp = 0;
    for (size_t i = digits; i < name.size(); ++i) {
      const char c = name[i];
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        value = c - 'a' + 10;
      } else {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(value);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    if (cp < 0x20 || cp == 0x7F || cp == 0xA0) {
      *decoded = " ";
    } else {
      AppendUtf8(static_cast<char32_t>(cp), decoded);
    }
    return length;
  }
  if (!IsAlpha(name[0])) return 0;
  if (name == "amp")
    *decoded = "&";
  else if (name == "lt")
    *decoded = "<";
  else if (name == "gt")
    *decoded = ">";
  else if (name == "quot")
    *decoded = "\"";
  else if (name == "apos")
    *decoded = "'";
  else if (name == "nbsp")
    *decoded = " ";
  return length;
}

// If text[pos] == '<' opens a tag ending before `end` ('<' then a letter,
// '/' or '!', and a '>'), returns the position of its '>' and sets *name to
// its lower-case name and *closing; else returns kNotFound (a literal '<').
// *next_gt caches the position of the first '>' at or after some earlier
// position (kNotFound: none before `end`), so that many '<' without a '>'
// cost linear time.
size_t ReadTag(std::string_view text, size_t pos, size_t end, size_t* next_gt, std::string* name,
               bool* closing) {
  size_t i = pos + 1;
  if (i >= end) return kNotFound;
  *closing = text[i] == '/';
  if (*closing) ++i;
  if (i >= end || !(IsAlpha(text[i]) || (!*closing && text[i] == '!'))) return kNotFound;
  if (*next_gt != kNotFound && *next_gt < i) *next_gt = text.substr(0, end).find('>', i);
  const size_t close = *next_gt;
  if (close == kNotFound) return kNotFound;
  name->clear();
  while (i < close && (IsAlnum(text[i]) || text[i] == '_' || text[i] == '-')) {
    *name += LowerAscii(text[i++]);
  }
  return close;
}

// Appends the text of element[begin, end) to *out: tags dropped (with the
// whole of <ANNOTATION> elements), entities decoded, white space collapsed.
// Paragraphs become lines separated by "\n\n" (with `single_line`, by one
// space): <P> elements when there are any, else blank-line separated
// blocks. Every byte keeps its origin in `element`; a separator maps to the
// bytes it replaces. Nothing is appended before the first or after the last
// visible character.
void AppendText(const MappedText& element, size_t begin, size_t end, bool single_line,
                MappedText* out) {
  const std::string_view text(element.text());
  size_t p_content;
  const size_t first_p = FindOpenTag(text.substr(0, end), "p", begin, &p_content);
  const bool has_p = first_p != kNotFound;
  enum class Gap { kNone, kSpace, kParagraph } gap = Gap::kNone;
  size_t gap_begin = begin;
  bool emitted = false;
  size_t next_gt = text.substr(0, end).find('>', begin);
  auto open_gap = [&](size_t at, Gap kind) {
    if (gap == Gap::kNone) gap_begin = at;
    if (kind > gap) gap = kind;
  };
  auto close_gap = [&](size_t at) {
    if (emitted && gap != Gap::kNone) {
      const bool paragraph = gap == Gap::kParagraph && !single_line;
      out->AppendReplacement(paragraph ? "\n\n" : " ", element, gap_begin, at);
    }
    gap = Gap::kNone;
    emitted = true;
  };
  size_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (IsSpace(c)) {
      open_gap(i, Gap::kSpace);
      if (!has_p && c == '\n') {
        size_t j = i + 1;
        while (j < end && IsSpace(text[j]) && text[j] != '\n') ++j;
        if (j < end && text[j] == '\n') open_gap(i, Gap::kParagraph);
      }
      ++i;
      continue;
    }
    if (c == '<') {
      std::string name;
      bool closing = false;
      const size_t close = ReadTag(text, i, end, &next_gt, &name, &closing);
      if (close != kNotFound) {
        size_t next = close + 1;
        if (name == "annotation" && !closing) {
          size_t after;
          if (FindCloseTag(text.substr(0, end), "annotation", next, &after) == kNotFound) {
            after = end;
          }
          next = after;
        }
        open_gap(i, name == "p" ? Gap::kParagraph : Gap::kSpace);
        i = next;
        continue;
      }
    } else if (c == '&') {
      std::string decoded;
      const size_t length = ReadEntity(text, i, end, &decoded);
      if (length > 0) {
        if (decoded == " ") {
          open_gap(i, Gap::kSpace);
        } else if (!decoded.empty()) {
          close_gap(i);
          out->AppendReplacement(decoded, element, i, i + length);
        }
        i += length;
        continue;
      }
    }
    close_gap(i);
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
    const size_t start = FindOpenTag(file_bytes, "doc", pos, &content);
    if (start == kNotFound) break;
    // Counted only for a message: counting for every element is quadratic.
    auto at_line = [&] { return " at line " + std::to_string(LineOf(file_bytes, start)); };
    size_t end;
    const size_t close = FindCloseTag(file_bytes, "doc", content, &end);
    size_t next_content;
    const size_t next =
        FindOpenTag(file_bytes.substr(0, close == kNotFound ? file_bytes.size() : close), "doc",
                    content, &next_content);
    if (close == kNotFound || next != kNotFound) {
      return Status::InvalidInput(where + ": <DOC>" + at_line() + " is not closed");
    }
    const std::string_view element = file_bytes.substr(start, end - start);
    // The id: <DOCNO> (DUC, TREC), else the id attribute (TAC).
    size_t id_begin, id_end, id_after;
    bool unclosed;
    const bool docno = FindElement(element, "docno", 0, &id_begin, &id_end, &id_after, &unclosed);
    std::string_view id = docno ? element.substr(id_begin, id_end - id_begin)
                                : IdAttribute(element.substr(0, content - start));
    while (!id.empty() && IsSpace(id.front())) id.remove_prefix(1);
    while (!id.empty() && IsSpace(id.back())) id.remove_suffix(1);
    if (id.empty()) {
      return Status::InvalidInput(where + ": <DOC>" + at_line() +
                                  (docno ? " has an empty <DOCNO>"
                                         : " has no <DOCNO> and no id attribute"));
    }
    RawDocument doc;
    doc.id = std::string(id);
    doc.original = std::string(element);
    doc.format = DocumentFormat::kDuc;
    doc.origin = where;
    documents->push_back(std::move(doc));
    ++found;
    pos = end;
  }
  if (found == 0) return Status::InvalidInput(where + ": no <DOC> element");
  return Status::OK();
}

Status ExtractDucContent(const MappedText& element, DucContent* out) {
  *out = DucContent();
  const std::string_view text(element.text());
  size_t begin, end, after;
  bool unclosed;
  for (const char* name : {"headline", "hl"}) {
    if (!FindElement(text, name, 0, &begin, &end, &after, &unclosed)) continue;
    MappedText title;
    AppendText(element, begin, end, /*single_line=*/true, &title);
    if (title.empty()) continue;
    out->title = title.text();
    out->title_span = title.OriginalSpan(0, title.size());
    break;
  }
  size_t pos = 0;
  while (FindElement(text, "text", pos, &begin, &end, &after, &unclosed)) {
    MappedText block;
    AppendText(element, begin, end, /*single_line=*/false, &block);
    if (!block.empty()) {
      if (!out->text.empty()) out->text.AppendReplacement("\n\n", element, begin, begin);
      out->text.AppendFrom(block, 0, block.size());
    }
    pos = after;
  }
  if (unclosed) return Status::InvalidInput("<TEXT> is not closed");
  if (out->text.empty()) return Status::EmptyInput("no <TEXT> content");
  return Status::OK();
}

}  // namespace precis
