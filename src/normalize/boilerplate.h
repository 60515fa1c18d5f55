// Copyright 2026 The Precis Authors.
//
// Recognition of web boilerplate lines: text a page carries around a story
// that is not part of it.
#ifndef PRECIS_NORMALIZE_BOILERPLATE_H_
#define PRECIS_NORMALIZE_BOILERPLATE_H_

#include <string>
#include <string_view>

namespace precis {

enum class Boilerplate {
  kNone,         // Story text.
  kCaption,      // "Pic: ...", "Photo: ...", "Image copyright ...", credits.
  kLink,         // "RELATED: ...", "READ MORE: ...", a bare URL.
  kPrompt,       // "Comments", "share tweet pin email", "Advertisement".
  kSocial,       // "Follow Sarah on Twitter: @...", "Email the author at ...".
  kPullQuote,    // "Quote: ..." or a repeat of the headline.
  kDateline,     // "December 17, 2014 Updated: December 18, 2014".
  kByline,       // "By John Smith, CNN".
  kCopyright,    // "© 2014 ...", "All rights reserved".
  kDecoration,   // A line without letters or digits: "___", "###".
};

// Folds a line for comparison with a headline: lowercase ASCII letters and
// digits only, single spaces.
std::string FoldForComparison(std::string_view line);

// Classifies one line (white space already collapsed, trimmed, non-empty).
// `folded_title` is FoldForComparison() of the document's headline, or "".
// The rules are patterns of web pages, conservative for long lines: a line
// of more than 40 words is never boilerplate, except a headline repeat.
Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_BOILERPLATE_H_
