// Copyright 2026 The Precis Authors.
#include "html/nesting_guard.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace precis {
namespace {

// How far down the open elements an end tag looks for its start tag. Keeps
// stray end tags from making the scan quadratic.
constexpr size_t kEndTagSearch = 64;

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never stay open around their successors: void elements, and
// those the parser closes when a sibling starts. Counting them would
// overestimate the depth of ordinary pages.
bool IsUncounted(std::string_view name) {
  return IsOneOf(name,
                 {"area",     "base",    "br",    "col",      "embed",   "hr",    "img",   "image",
                  "input",    "link",    "meta",  "param",    "source",  "track", "wbr",   "keygen",
                  "basefont", "bgsound", "frame", "p",        "li",      "dt",    "dd",    "option",
                  "optgroup", "tr",      "td",    "th",       "tbody",   "thead", "tfoot", "rb",
                  "rt",       "rtc",     "rp",    "colgroup", "caption", "html",  "head",  "body"});
}

// Elements whose content is text up to their own end tag.
bool IsRawText(std::string_view name) {
  return IsOneOf(name,
                 {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Position of the "</name" that ends a raw text element, or html.size().
size_t FindRawTextEnd(std::string_view html, size_t from, std::string_view name) {
  while (true) {
    size_t at = html.find("</", from);
    if (at == std::string_view::npos) return html.size();
    size_t k = 0;
    while (k < name.size() && at + 2 + k < html.size() && Lower(html[at + 2 + k]) == name[k]) {
      ++k;
    }
    size_t after = at + 2 + k;
    if (k == name.size() && (after == html.size() || IsSpace(html[after]) || html[after] == '/' ||
                             html[after] == '>')) {
      return at;
    }
    from = at + 2;
  }
}

struct OpenElement {
  std::string name;
  bool blanked;
};

}  // namespace

bool FlattenDeepNesting(std::string_view html, size_t max_depth, std::string* out) {
  const size_t n = html.size();
  std::string copy;
  bool changed = false;
  auto blank = [&](size_t begin, size_t end) {
    if (!changed) {
      copy.assign(html);
      changed = true;
    }
    // "<?...>" is a bogus comment: the parser makes it a comment node.
    copy[begin + 1] = '?';
    std::fill(copy.begin() + begin + 2, copy.begin() + end - 1, ' ');
  };
  std::vector<OpenElement> open;
  size_t depth = 0;  // Open elements that were not blanked.
  size_t i = 0;
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    i = lt + 1;
    if (html.substr(lt, 4) == "<!--") {
      size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? n : close + 3;
      continue;
    }
    if (i < n && (html[i] == '!' || html[i] == '?')) {
      size_t close = html.find('>', i);
      i = close == std::string_view::npos ? n : close + 1;
      continue;
    }
    bool end_tag = i < n && html[i] == '/';
    size_t k = i + (end_tag ? 1 : 0);
    if (k >= n || !IsAlpha(html[k])) continue;  // A literal '<'.
    std::string name;
    while (k < n && !IsSpace(html[k]) && html[k] != '/' && html[k] != '>') {
      name += Lower(html[k++]);
    }
    // Attributes, up to the '>' that is not inside a quoted value.
    bool after_equals = false;
    while (k < n && html[k] != '>') {
      char c = html[k];
      if (after_equals && (c == '"' || c == '\'')) {
        size_t close = html.find(c, k + 1);
        k = close == std::string_view::npos ? n : close + 1;
        after_equals = false;
        continue;
      }
      if (c == '=') {
        after_equals = true;
      } else if (!IsSpace(c)) {
        after_equals = false;
      }
      ++k;
    }
    if (k >= n) break;  // A tag cut off by the end of the page is dropped.
    const size_t tag_end = k + 1;
    const bool self_closing = html[k - 1] == '/';
    i = tag_end;
    if (end_tag) {
      size_t lowest = open.size() > kEndTagSearch ? open.size() - kEndTagSearch : 0;
      size_t match = open.size();
      for (size_t m = open.size(); m > lowest; --m) {
        if (open[m - 1].name == name) {
          match = m - 1;
          break;
        }
      }
      if (match == open.size()) continue;  // Stray: the parser ignores it.
      bool blanked = open[match].blanked;
      while (open.size() > match) {
        if (!open.back().blanked) --depth;
        open.pop_back();
      }
      if (blanked) blank(lt, tag_end);
      continue;
    }
    if (IsRawText(name)) {
      i = FindRawTextEnd(html, tag_end, name);
      continue;
    }
    if (name == "plaintext") break;
    if (self_closing || IsUncounted(name)) continue;
    if (depth >= max_depth) {
      blank(lt, tag_end);
      open.push_back({std::move(name), true});
    } else {
      open.push_back({std::move(name), false});
      ++depth;
    }
  }
  if (changed) *out = std::move(copy);
  return changed;
}

}  // namespace precis
