// Copyright 2026 The Precis Authors.
//
// The page is parsed once with gumbo and flattened into an array of element
// and text nodes in document order (an explicit stack, so nesting depth costs
// no native stack). Every later step is a linear pass over that array:
//
//  1. Count the text under each element: all of it, the part inside links and
//     the part inside <p> ("paragraph text").
//  2. Mark boilerplate (by tag, role, class or id) as removed unless the
//     element holds more than half of the page's paragraph text: wrappers
//     named "article-header-wrapper" or forms around a whole page stay.
//  3. Recount without the removed parts and choose the main content: the
//     innermost <article>, <main>, role="main" or itemprop="articleBody"
//     element holding most of the paragraph text; else the element whose
//     direct paragraphs carry the most text outside links, widened to its
//     ancestors while they add substantially more paragraph text.
//  4. Write the blocks of the main content, dropping removed elements, blocks
//     made mostly of links, and the <h1> taken as the headline.
#include "html/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "html/decoded_text.h"
#include "html/nesting_guard.h"

namespace precis {
namespace {

// Start tags nested deeper than this are dropped before parsing: no real page
// comes close, and gumbo's tree building slows down with the square of depth.
constexpr size_t kMaxNesting = 400;

// Fragments of class and id values that mark page furniture around a story.
constexpr std::string_view kBoilerplateMarks[] = {
    "nav",       "menu",     "footer",  "header",          "sidebar",       "share",
    "social",    "comment",  "related", "byline",          "author",        "newsletter",
    "subscribe", "advert",   "promo",   "cookie",          "breadcrumb",    "caption",
    "credit",    "tags",     "popup",   "modal",           "sponsor",       "outbrain",
    "taboola",   "masthead", "sr-only", "visually-hidden", "screen-reader",
};

// ARIA landmark roles of page furniture.
constexpr std::string_view kBoilerplateRoles[] = {
    "navigation", "banner",  "contentinfo", "complementary", "search",
    "menu",       "menubar", "dialog",      "alertdialog",
};

// Text amounts under an element, in non-white-space bytes of decoded text.
struct Counts {
  size_t text = 0;
  size_t link = 0;       // Inside <a>.
  size_t paragraph = 0;  // Inside <p>.

  void Add(const Counts& other) {
    text += other.text;
    link += other.link;
    paragraph += other.paragraph;
  }
};

struct Node {
  const GumboNode* gumbo = nullptr;
  int parent = -1;
  int end = 0;  // One past the last node of this node's subtree.
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool in_link = false;
  bool in_paragraph = false;
  bool boilerplate = false;    // Marked by tag, role, class or id.
  bool furniture_tag = false;  // <nav>, <header>, <footer>, <aside>, <menu>.
  bool removed = false;        // Boilerplate here or above, and not protected.
  Counts own;                  // A text node's own text.
  Counts all;                  // Subtree, before removal.
  Counts kept;                 // Subtree, without removed elements.
};

std::string Lowercase(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

const GumboAttribute* FindAttribute(const GumboNode* node, const char* name) {
  return gumbo_get_attribute(&node->v.element.attributes, name);
}

std::string_view AttributeValue(const GumboNode* node, const char* name) {
  const GumboAttribute* attribute = FindAttribute(node, name);
  return attribute != nullptr && attribute->value != nullptr ? std::string_view(attribute->value)
                                                             : std::string_view();
}

// Length of the white space character at s[i] (ASCII white space or U+00A0
// NO-BREAK SPACE), or 0.
size_t WhiteSpaceLength(std::string_view s, size_t i) {
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    return 1;
  }
  if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

size_t CountNonWhiteSpace(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    size_t w = WhiteSpaceLength(s, i);
    if (w == 0) {
      ++count;
      ++i;
    } else {
      i += w;
    }
  }
  return count;
}

// Appends `block` to *out with each run of white space collapsed to one space
// (a replacement of the run) and none at either end. When *out already holds
// text, `separator` is inserted first, at the origin of the block's first
// character.
void AppendCollapsed(const MappedText& block, std::string_view separator, MappedText* out) {
  std::string_view s = block.text();
  size_t i = 0;
  while (i < s.size() && WhiteSpaceLength(s, i) > 0) i += WhiteSpaceLength(s, i);
  if (i == s.size()) return;
  if (!out->empty()) out->AppendReplacement(separator, block, i, i);
  while (i < s.size()) {
    size_t word = i;
    while (i < s.size() && WhiteSpaceLength(s, i) == 0) ++i;
    out->AppendFrom(block, word, i - word);
    size_t space = i;
    while (i < s.size() && WhiteSpaceLength(s, i) > 0) i += WhiteSpaceLength(s, i);
    if (space < i && i < s.size()) out->AppendReplacement(" ", block, space, i);
  }
}

// Elements whose content is never part of the story, whatever it holds.
bool IsLeftOut(const GumboNode* node) {
  const GumboElement& element = node->v.element;
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      break;
  }
  if (FindAttribute(node, "hidden") != nullptr) return true;
  if (Lowercase(AttributeValue(node, "aria-hidden")) == "true") return true;
  std::string style = Lowercase(AttributeValue(node, "style"));
  style.erase(
      std::remove_if(style.begin(), style.end(), [](char c) { return c == ' ' || c == '\t'; }),
      style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsFurnitureTag(GumboTag tag) {
  return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER ||
         tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_MENU;
}

// Elements that are page furniture unless they turn out to hold the story.
bool IsBoilerplate(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  if (IsFurnitureTag(tag) || tag == GUMBO_TAG_FORM) return true;
  std::string role = Lowercase(AttributeValue(node, "role"));
  for (std::string_view r : kBoilerplateRoles) {
    if (role == r) return true;
  }
  std::string names = Lowercase(AttributeValue(node, "class"));
  names += ' ';
  names += Lowercase(AttributeValue(node, "id"));
  for (std::string_view mark : kBoilerplateMarks) {
    if (names.find(mark) != std::string::npos) return true;
  }
  return false;
}

bool IsMainCandidate(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
         Lowercase(AttributeValue(node, "role")) == "main" ||
         Lowercase(AttributeValue(node, "itemprop")).find("articlebody") != std::string::npos;
}

// Elements that start a new block of text (and end it).
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

class Extractor {
 public:
  // `source` is the text gumbo parses; its origins lead to the page bytes.
  explicit Extractor(const MappedText& source) : source_(source) {}

  Status Run(HtmlContent* out);

 private:
  // Flattens the tree under `root` into nodes_, noting <title> and og:title.
  void Flatten(const GumboNode* root);
  void CountText();
  // How much story text `counts` stands for: paragraph text when the page
  // has a fair share of it, else text outside links.
  size_t Weight(const Counts& counts) const {
    return use_paragraphs_ ? counts.paragraph : counts.text - counts.link;
  }
  // Elements holding more than half of the story text are never dropped.
  bool IsProtected(const Counts& counts, const Counts& page) const {
    return 2 * Weight(counts) > Weight(page);
  }
  int ChooseMainContent() const;
  // The <h1> nearest the main content: the first one inside it, else inside
  // its closest ancestor that has one. -1 when the page has none with text.
  int ChooseHeadline(int main) const;
  bool IsLinkList(int i) const;
  // Appends a text node's decoded text to *block, unless the parser moved it
  // before text that precedes it in the page (origins must not go back).
  void AppendTextNode(const GumboNode* node, size_t* seen_end, MappedText* block) const;
  // Appends the text of the subtree at `i`, white space collapsed.
  MappedText CollapsedText(int i) const;
  // Writes the blocks under `root`, leaving out `skip` and its subtree.
  void Emit(int root, int skip, MappedText* out) const;
  MappedText AttributeText(const GumboAttribute* attribute) const;

  const MappedText& source_;
  std::vector<Node> nodes_;
  std::vector<int> headlines_;  // <h1> elements holding text, in page order.
  int body_ = -1;
  const GumboNode* title_element_ = nullptr;
  const GumboAttribute* og_title_ = nullptr;
  bool use_paragraphs_ = false;
};

void Extractor::Flatten(const GumboNode* root) {
  std::vector<std::pair<const GumboNode*, int>> stack = {{root, -1}};
  while (!stack.empty()) {
    auto [gumbo, parent] = stack.back();
    stack.pop_back();
    const Node* up = parent >= 0 ? &nodes_[parent] : nullptr;
    Node node;
    node.gumbo = gumbo;
    node.parent = parent;
    node.in_link = up != nullptr && up->in_link;
    node.in_paragraph = up != nullptr && up->in_paragraph;
    if (gumbo->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& element = gumbo->v.element;
      if (element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        if (element.tag == GUMBO_TAG_TITLE && title_element_ == nullptr) {
          title_element_ = gumbo;
        } else if (element.tag == GUMBO_TAG_META && og_title_ == nullptr) {
          std::string_view property = AttributeValue(gumbo, "property");
          if (property.empty()) property = AttributeValue(gumbo, "name");
          const GumboAttribute* content = FindAttribute(gumbo, "content");
          if (Lowercase(property) == "og:title" && content != nullptr) {
            og_title_ = content;
          }
        }
      }
      if (IsLeftOut(gumbo)) continue;
      node.tag = element.tag;
      node.in_link = node.in_link || element.tag == GUMBO_TAG_A;
      node.in_paragraph = node.in_paragraph || element.tag == GUMBO_TAG_P;
      node.boilerplate = IsBoilerplate(gumbo);
      node.furniture_tag = IsFurnitureTag(element.tag);
      int index = static_cast<int>(nodes_.size());
      if (element.tag == GUMBO_TAG_BODY && body_ < 0) body_ = index;
      nodes_.push_back(node);
      const GumboVector& children = element.children;
      for (unsigned k = children.length; k > 0; --k) {
        stack.push_back({static_cast<const GumboNode*>(children.data[k - 1]), index});
      }
    } else if ((gumbo->type == GUMBO_NODE_TEXT || gumbo->type == GUMBO_NODE_WHITESPACE ||
                gumbo->type == GUMBO_NODE_CDATA) &&
               parent >= 0) {
      node.is_text = true;
      size_t n = CountNonWhiteSpace(gumbo->v.text.text);
      node.own.text = n;
      node.own.link = node.in_link ? n : 0;
      node.own.paragraph = node.in_paragraph ? n : 0;
      nodes_.push_back(node);
    }
  }
  // Subtree ends: children follow their parent in pre-order.
  std::vector<int> size(nodes_.size(), 1);
  for (size_t i = nodes_.size(); i-- > 0;) {
    if (nodes_[i].parent >= 0) size[nodes_[i].parent] += size[i];
  }
  for (size_t i = 0; i < nodes_.size(); ++i) {
    nodes_[i].end = static_cast<int>(i) + size[i];
  }
}

void Extractor::CountText() {
  for (size_t i = nodes_.size(); i-- > 0;) {
    Node& node = nodes_[i];
    node.all.Add(node.own);
    if (node.parent >= 0) nodes_[node.parent].all.Add(node.all);
  }
  const Counts page = nodes_[0].all;
  use_paragraphs_ = 4 * page.paragraph >= page.text && page.paragraph > 0;
  for (Node& node : nodes_) {
    bool parent_removed = node.parent >= 0 && nodes_[node.parent].removed;
    // Without paragraphs, a page's only text in a <footer> or <nav> is still
    // furniture, not a story.
    bool keep = IsProtected(node.all, page) && (use_paragraphs_ || !node.furniture_tag);
    node.removed = parent_removed || (node.boilerplate && !keep);
  }
  for (size_t i = nodes_.size(); i-- > 0;) {
    Node& node = nodes_[i];
    if (node.removed) continue;
    node.kept.Add(node.own);
    if (node.parent >= 0) nodes_[node.parent].kept.Add(node.kept);
  }
  const Counts kept = nodes_[0].kept;
  use_paragraphs_ = 4 * kept.paragraph >= kept.text && kept.paragraph > 0;
}

int Extractor::ChooseMainContent() const {
  const Counts& page = nodes_[0].kept;
  const int fallback = body_ >= 0 ? body_ : 0;
  if (Weight(page) == 0) return fallback;
  // Nested candidates come later in page order; two disjoint ones cannot both
  // hold most of the text. So the last one found is the innermost.
  int main = -1;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const Node& node = nodes_[i];
    if (node.is_text || node.removed) continue;
    if (IsMainCandidate(node.gumbo) && IsProtected(node.kept, page)) {
      main = static_cast<int>(i);
    }
  }
  if (main >= 0) return main;
  // Text density: the element whose own paragraphs (and loose text) carry
  // the most text outside links.
  std::vector<size_t> score(nodes_.size(), 0);
  for (const Node& node : nodes_) {
    if (node.removed || node.parent < 0) continue;
    if (node.is_text || node.tag == GUMBO_TAG_P) {
      score[node.parent] += node.kept.text - node.kept.link;
    }
  }
  int best = -1;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
      best = static_cast<int>(i);
    }
  }
  if (best < 0) return fallback;
  // Widen to ancestors that add at least 30% more story text: stories split
  // over several sibling containers.
  while (nodes_[best].parent >= 0 && best != fallback) {
    int parent = nodes_[best].parent;
    if (10 * Weight(nodes_[parent].kept) < 13 * Weight(nodes_[best].kept)) break;
    best = parent;
  }
  return best;
}

int Extractor::ChooseHeadline(int main) const {
  for (int a = main; a >= 0; a = nodes_[a].parent) {
    auto it = std::lower_bound(headlines_.begin(), headlines_.end(), a);
    if (it != headlines_.end() && *it < nodes_[a].end) return *it;
  }
  return -1;
}

bool Extractor::IsLinkList(int i) const {
  const Node& node = nodes_[i];
  return IsBlock(node.tag) && node.kept.text > 0 && 2 * node.kept.link > node.kept.text &&
         !IsProtected(node.kept, nodes_[0].kept);
}

void Extractor::AppendTextNode(const GumboNode* node, size_t* seen_end, MappedText* block) const {
  const GumboText& text = node->v.text;
  const uintptr_t data = reinterpret_cast<uintptr_t>(text.original_text.data);
  const uintptr_t buffer = reinterpret_cast<uintptr_t>(source_.text().data());
  if (text.original_text.data == nullptr || text.text == nullptr || data < buffer ||
      data - buffer > source_.size() ||
      text.original_text.length > source_.size() - (data - buffer)) {
    return;
  }
  size_t begin = data - buffer;
  if (begin < *seen_end) return;
  *seen_end = begin + text.original_text.length;
  AppendDecodedText(text.text, source_, begin, *seen_end, block);
}

MappedText Extractor::CollapsedText(int i) const {
  MappedText raw;
  size_t seen_end = 0;
  for (int k = i; k < nodes_[i].end; ++k) {
    if (nodes_[k].is_text) AppendTextNode(nodes_[k].gumbo, &seen_end, &raw);
  }
  MappedText collapsed;
  AppendCollapsed(raw, "", &collapsed);
  return collapsed;
}

MappedText Extractor::AttributeText(const GumboAttribute* attribute) const {
  MappedText collapsed;
  const char* data = attribute->original_value.data;
  size_t length = attribute->original_value.length;
  const uintptr_t at = reinterpret_cast<uintptr_t>(data);
  const uintptr_t buffer = reinterpret_cast<uintptr_t>(source_.text().data());
  if (data == nullptr || attribute->value == nullptr || at < buffer ||
      at - buffer > source_.size() || length > source_.size() - (at - buffer)) {
    return collapsed;
  }
  size_t begin = at - buffer;
  size_t end = begin + length;
  if (length > 0 && (data[0] == '"' || data[0] == '\'')) {
    ++begin;
    if (end > begin && data[length - 1] == data[0]) --end;
  }
  MappedText raw;
  AppendDecodedText(attribute->value, source_, begin, end, &raw);
  AppendCollapsed(raw, "", &collapsed);
  return collapsed;
}

void Extractor::Emit(int root, int skip, MappedText* out) const {
  MappedText block;
  size_t seen_end = 0;
  std::vector<int> open_ends;  // Ends of the block elements we are inside.
  auto flush = [&] {
    AppendCollapsed(block, "\n\n", out);
    block = MappedText();
  };
  int i = root;
  const int end = nodes_[root].end;
  while (i < end) {
    while (!open_ends.empty() && i >= open_ends.back()) {
      open_ends.pop_back();
      flush();
    }
    const Node& node = nodes_[i];
    if (node.is_text) {
      AppendTextNode(node.gumbo, &seen_end, &block);
      ++i;
      continue;
    }
    const bool block_level = IsBlock(node.tag);
    if (node.removed || i == skip || (i != root && IsLinkList(i))) {
      if (block_level) flush();
      i = node.end;
      continue;
    }
    if (block_level) {
      flush();
      open_ends.push_back(node.end);
    }
    ++i;
  }
  flush();
}

Status Extractor::Run(HtmlContent* out) {
  out->text = MappedText();
  out->title.clear();
  out->title_span = Span{};

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // Errors are not used; recording them costs memory.
  GumboOutput* output = gumbo_parse_with_options(&options, source_.text().data(), source_.size());
  if (output == nullptr) return Status::EmptyInput("HTML page has no main text");
  Flatten(output->root);
  if (nodes_.empty()) {
    gumbo_destroy_output(&options, output);
    return Status::EmptyInput("HTML page has no main text");
  }
  CountText();
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (nodes_[i].tag == GUMBO_TAG_H1 && !nodes_[i].is_text && nodes_[i].all.text > 0) {
      headlines_.push_back(static_cast<int>(i));
    }
  }

  const int main = ChooseMainContent();
  const int headline = ChooseHeadline(main);
  MappedText title;
  int skip = -1;
  if (headline >= 0) {
    title = CollapsedText(headline);
    if (!title.empty() && headline >= main && headline < nodes_[main].end) {
      skip = headline;
    }
  }
  if (title.empty() && og_title_ != nullptr) title = AttributeText(og_title_);
  if (title.empty() && title_element_ != nullptr) {
    MappedText raw;
    size_t seen_end = 0;
    const GumboVector& children = title_element_->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
      const GumboNode* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
        AppendTextNode(child, &seen_end, &raw);
      }
    }
    AppendCollapsed(raw, "", &title);
  }
  if (!title.empty()) {
    out->title = title.text();
    out->title_span = title.OriginalSpan(0, title.size());
  }

  Emit(main, skip, &out->text);
  if (out->text.empty() && main != 0) Emit(0, skip, &out->text);
  gumbo_destroy_output(&options, output);
  if (out->text.empty()) return Status::EmptyInput("HTML page has no main text");
  return Status::OK();
}

}  // namespace

Status ExtractHtmlContent(const MappedText& html, HtmlContent* out) {
  std::string flattened;
  if (!FlattenDeepNesting(html.text(), kMaxNesting, &flattened)) {
    return Extractor(html).Run(out);
  }
  // Same length as the page: keep each unchanged byte's origin, and let each
  // blanked byte stand for the byte it replaced.
  MappedText source;
  source.Reserve(html.size());
  const std::string& page = html.text();
  for (size_t i = 0; i < page.size();) {
    size_t run = i;
    if (page[i] == flattened[i]) {
      while (i < page.size() && page[i] == flattened[i]) ++i;
      source.AppendFrom(html, run, i - run);
    } else {
      while (i < page.size() && page[i] != flattened[i]) ++i;
      for (size_t k = run; k < i; ++k) {
        source.AppendReplacement(std::string_view(&flattened[k], 1), html, k, k + 1);
      }
    }
  }
  return Extractor(source).Run(out);
}

}  // namespace precis
