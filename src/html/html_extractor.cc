// Copyright 2026 The Precis Authors.
//
// Main-text extraction. Gumbo builds the tree; Precis chooses the story's
// container (an <article>, <main> or articleBody element that holds most of
// the page's paragraph text, else the element whose own <p> children hold the
// most text), walks it without recursion, drops page furniture, and writes
// one line per block with every byte mapped back to the page.
#include "html/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <iterator>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"

namespace precis {
namespace {

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

std::string Lower(const char* s) {
  std::string out = s ? s : "";
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? Lower(a->value) : "";
}

// Class and id words that mark page furniture.
bool HasBoilerplateName(const GumboElement& e) {
  static const char* const kMarkers[] = {
      "nav", "menu", "footer", "header", "sidebar", "share", "social", "comment",
      "related", "byline", "author", "newsletter", "subscribe", "advert", "promo",
      "cookie", "breadcrumb", "caption", "credit", "tags", "popup", "modal", "banner",
      "masthead", "recommend", "outbrain", "taboola", "sponsor"};
  std::string names = Attribute(e, "class") + " " + Attribute(e, "id");
  if (names.size() <= 1) return false;
  for (const char* marker : kMarkers) {
    if (names.find(marker) != std::string::npos) return true;
  }
  return false;
}

bool IsHidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  if (Attribute(e, "aria-hidden") == "true") return true;
  std::string style = Attribute(e, "style");
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Text bytes inside <p> elements below each element, for choosing the
// story's container and protecting it from the class-name rules.
struct ParagraphText {
  std::unordered_map<const GumboNode*, size_t> below;  // In <p> descendants.
  std::unordered_map<const GumboNode*, size_t> own;    // In <p> children.
  size_t total = 0;
};

ParagraphText MeasureParagraphs(const GumboNode* root) {
  ParagraphText m;
  // Post-order without recursion: (node, children visited?).
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};
  std::unordered_map<const GumboNode*, size_t> text_below;  // All text.
  while (!stack.empty()) {
    auto [node, visited] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT) {
      text_below[node] = node->v.text.original_text.length;
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    if (IsSkippedTag(e.tag)) continue;
    if (!visited) {
      stack.push_back({node, true});
      for (unsigned i = 0; i < e.children.length; ++i) {
        stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), false});
      }
      continue;
    }
    size_t all = 0, in_p = 0, own = 0;
    for (unsigned i = 0; i < e.children.length; ++i) {
      const GumboNode* child = static_cast<const GumboNode*>(e.children.data[i]);
      all += text_below[child];
      in_p += m.below[child];
      if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_P) {
        own += text_below[child];
      }
    }
    text_below[node] = all;
    m.below[node] = e.tag == GUMBO_TAG_P ? all : in_p;
    m.own[node] = own;
  }
  m.total = m.below[root];
  return m;
}

const GumboNode* FindFirst(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == tag) return node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  return nullptr;
}

// The element holding the story.
const GumboNode* ChooseContainer(const GumboNode* body, const ParagraphText& m) {
  if (m.total == 0) return body;
  const GumboNode* best = nullptr;
  size_t best_text = 0;
  const GumboNode* densest = body;
  size_t densest_text = 0;
  std::vector<const GumboNode*> stack = {body};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    if (IsSkippedTag(e.tag)) continue;
    auto below = m.below.find(node);
    size_t text = below == m.below.end() ? 0 : below->second;
    bool semantic = e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN ||
                    Attribute(e, "itemprop") == "articlebody" || Attribute(e, "role") == "main";
    if (semantic && text * 2 >= m.total && (best == nullptr || text < best_text || text > best_text)) {
      // The smallest semantic container that still holds most of the text.
      if (best == nullptr || text <= best_text) {
        best = node;
        best_text = text;
      }
    }
    auto own = m.own.find(node);
    if (own != m.own.end() && own->second > densest_text) {
      densest = node;
      densest_text = own->second;
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
    }
  }
  return best ? best : densest;
}

// Builds the output: blocks of text, each byte with its range in the page.
class BlockWriter {
 public:
  explicit BlockWriter(const MappedText& page) : page_(page) {}

  void StartBlock() {
    if (!block_.empty()) blocks_.push_back(std::move(block_));
    block_ = Block();
    pending_space_ = false;
  }

  void SetLink(bool in_link) { in_link_ = in_link; }

  // Appends decoded `text` of a text node whose original bytes start at
  // `offset` in the page and read `original`.
  void AppendText(std::string_view text, std::string_view original, size_t offset) {
    size_t i = 0, j = 0;  // i in original, j in text.
    while (j < text.size()) {
      if (i < original.size() && original[i] == text[j] && original[i] != '&') {
        Put(text[j], offset + i, offset + i + 1);
        ++i;
        ++j;
        continue;
      }
      if (i < original.size() && original[i] == '\r') {
        ++i;  // CR of CR LF, which the parser dropped.
        continue;
      }
      if (i < original.size() && original[i] == '&') {
        size_t end = i + 1;
        while (end < original.size() && end - i < 40 && original[end] != ';' &&
               original[end] != '&' && original[end] != ' ' && original[end] != '<') {
          ++end;
        }
        if (end < original.size() && original[end] == ';') ++end;
        // The entity decodes to one code point.
        size_t k = j;
        NextCodePoint(text, &k);
        for (size_t b = j; b < k; ++b) Put(text[b], offset + i, offset + end);
        i = end;
        j = k;
        continue;
      }
      // Anything else: the rest of the text stands for the rest of the bytes.
      for (; j < text.size(); ++j) Put(text[j], offset + i, offset + original.size());
    }
  }

  // Appends the blocks that pass the filters to *out, separated by "\n\n".
  void Finish(MappedText* out) {
    StartBlock();
    for (const Block& b : blocks_) {
      if (b.linked * 10 > b.bytes.size() * 6 && b.bytes.size() < 400) continue;  // Link lists.
      if (!out->empty()) out->AppendReplacement("\n\n", page_, b.begin.front(), b.begin.front());
      for (size_t k = 0; k < b.bytes.size(); ++k) {
        if (b.end[k] - b.begin[k] == 1 && page_.text()[b.begin[k]] == b.bytes[k]) {
          out->AppendFrom(page_, b.begin[k], 1);
        } else {
          out->AppendReplacement(std::string_view(&b.bytes[k], 1), page_, b.begin[k], b.end[k]);
        }
      }
    }
  }

 private:
  struct Block {
    std::string bytes;
    std::vector<size_t> begin, end;
    size_t linked = 0;
    bool empty() const { return bytes.empty(); }
  };

  void Put(char c, size_t begin, size_t end) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!pending_space_) {
        pending_space_ = true;
        space_begin_ = begin;
        space_end_ = end;
      } else {
        space_end_ = end;
      }
      return;
    }
    if (pending_space_ && !block_.empty()) {
      Push(' ', space_begin_, space_end_);
    }
    pending_space_ = false;
    Push(c, begin, end);
  }

  void Push(char c, size_t begin, size_t end) {
    block_.bytes += c;
    block_.begin.push_back(begin);
    block_.end.push_back(end);
    if (in_link_) ++block_.linked;
  }

  const MappedText& page_;
  std::vector<Block> blocks_;
  Block block_;
  bool pending_space_ = false;
  size_t space_begin_ = 0, space_end_ = 0;
  bool in_link_ = false;
};

// Collapsed text of an element (for the title), with its page range.
std::string ElementText(const GumboNode* node, size_t* begin, size_t* end) {
  std::string out;
  *begin = *end = 0;
  bool first = true;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      const GumboText& t = n->v.text;
      if (first) *begin = t.start_pos.offset;
      first = false;
      *end = t.start_pos.offset + t.original_text.length;
      for (const char* p = t.text; *p; ++p) {
        char c = *p;
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += c;
        }
      }
    } else if (n->type == GUMBO_NODE_ELEMENT && !IsSkippedTag(n->v.element.tag)) {
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Deepest element nesting the parser is given: gumbo's tree construction
// walks the stack of open elements for each tag, so deeper input costs
// quadratic time (100,000 nested <div>s take half a minute).
constexpr int kMaxNesting = 5000;

// Estimates the nesting depth of `page` from its tags: start tags of
// elements that need an end tag, minus end tags. Void elements and elements
// whose end tag may be left out (p, li, td, ...) are not counted.
int EstimateNesting(std::string_view page) {
  static const char* const kUncounted[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
      "tbody", "thead", "tfoot", "colgroup", "html", "head", "body", "rb", "rt", "rp", "!"};
  int depth = 0, deepest = 0;
  size_t pos = 0;
  while ((pos = page.find('<', pos)) != std::string_view::npos) {
    ++pos;
    bool closing = pos < page.size() && page[pos] == '/';
    if (closing) ++pos;
    size_t end = pos;
    while (end < page.size() && std::isalnum(static_cast<unsigned char>(page[end]))) ++end;
    if (end == pos) continue;
    std::string name(page.substr(pos, end - pos));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kUncounted), std::end(kUncounted), name) != std::end(kUncounted)) {
      continue;
    }
    size_t close = page.find('>', end);
    bool self_closing = close != std::string_view::npos && close > 0 && page[close - 1] == '/';
    if (closing) {
      depth = std::max(0, depth - 1);
    } else if (!self_closing) {
      deepest = std::max(deepest, ++depth);
    }
    pos = end;
  }
  return deepest;
}

}  // namespace

Status ExtractHtmlContent(const MappedText& html, HtmlContent* out) {
  *out = HtmlContent();
  const std::string& page = html.text();
  if (EstimateNesting(page) > kMaxNesting) {
    return Status::InvalidInput("HTML nested deeper than " + std::to_string(kMaxNesting) +
                                " elements");
  }
  // Parse errors are not kept: each would copy the stack of open elements.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* parsed = gumbo_parse_with_options(&options, page.data(), page.size());
  if (parsed == nullptr) return Status::InvalidInput("HTML page could not be parsed");
  const GumboNode* root = parsed->root;
  const GumboNode* body = FindFirst(root, GUMBO_TAG_BODY);
  if (body == nullptr) body = root;
  ParagraphText measure = MeasureParagraphs(body);
  const GumboNode* container = ChooseContainer(body, measure);

  // Headline: <h1> in the story, else the first <h1>, else og:title, else <title>.
  const GumboNode* h1 = FindFirst(container, GUMBO_TAG_H1);
  if (h1 == nullptr) h1 = FindFirst(body, GUMBO_TAG_H1);
  size_t title_begin = 0, title_end = 0;
  if (h1 != nullptr) out->title = ElementText(h1, &title_begin, &title_end);
  if (out->title.empty()) {
    // <meta property="og:title" content="...">, then <title>.
    std::vector<const GumboNode*> stack = {root};
    const GumboNode* title_element = nullptr;
    while (!stack.empty() && out->title.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      const GumboElement& e = n->v.element;
      if (e.tag == GUMBO_TAG_META && Attribute(e, "property") == "og:title") {
        const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
        if (content && *content->value) {
          out->title = content->value;
          const GumboStringPiece& raw = content->original_value;
          title_begin = static_cast<size_t>(raw.data - page.data());
          title_end = title_begin + raw.length;
          if (raw.length >= 2 && (raw.data[0] == '"' || raw.data[0] == '\'')) {
            ++title_begin;  // Inside the quotes.
            --title_end;
          }
        }
      } else if (e.tag == GUMBO_TAG_TITLE && title_element == nullptr) {
        title_element = n;
      }
      for (unsigned i = e.children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
      }
    }
    if (out->title.empty() && title_element != nullptr) {
      out->title = ElementText(title_element, &title_begin, &title_end);
      h1 = nullptr;
    }
  }
  if (!out->title.empty() && title_end > title_begin && title_end <= page.size()) {
    out->title_span = html.OriginalSpan(title_begin, title_end);
  }

  // Walk the container: (node, leaving?) pairs, no recursion.
  BlockWriter writer(html);
  std::vector<std::pair<const GumboNode*, bool>> stack = {{container, false}};
  int links = 0;
  while (!stack.empty()) {
    auto [node, leaving] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      const GumboText& t = node->v.text;
      writer.AppendText(t.text, std::string_view(t.original_text.data, t.original_text.length),
                        t.start_pos.offset);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    if (leaving) {
      if (e.tag == GUMBO_TAG_A) writer.SetLink(--links > 0);
      if (IsBlockTag(e.tag)) writer.StartBlock();
      continue;
    }
    if (node == h1 && !out->title.empty()) continue;  // The headline is the title.
    if (IsSkippedTag(e.tag) || IsHidden(e)) continue;
    if (node != container && HasBoilerplateName(e)) {
      auto below = measure.below.find(node);
      bool holds_story = below != measure.below.end() && below->second * 2 > measure.total;
      if (!holds_story) continue;
    }
    if (IsBlockTag(e.tag)) writer.StartBlock();
    if (e.tag == GUMBO_TAG_A) writer.SetLink(++links > 0);
    stack.push_back({node, true});
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i - 1]), false});
    }
  }
  writer.Finish(&out->text);
  gumbo_destroy_output(&options, parsed);
  if (out->text.empty()) return Status::EmptyInput("HTML page has no main text");
  return Status::OK();
}

}  // namespace precis
