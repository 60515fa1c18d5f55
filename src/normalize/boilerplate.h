// Copyright 2026 The Precis Authors.
//
// Recognition of web boilerplate lines: text a page carries around a story
// that is not part of it (captions, links to other stories, share prompts,
// sign-offs, datelines, bylines, copyright notices).
#ifndef PRECIS_NORMALIZE_BOILERPLATE_H_
#define PRECIS_NORMALIZE_BOILERPLATE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis {

enum class Boilerplate {
  kNone,        // Story text.
  kCaption,     // "Pic: ...", "Photo: ...", "Image copyright ...", photo credits.
  kLink,        // "RELATED: ...", "READ MORE: ...", a bare URL, "[Who is X?]".
  kPrompt,      // "Comments", "share tweet pin email", "Advertisement", sign-up,
                // cookie and JavaScript notices, editorial notes.
  kSocial,      // "Follow Sarah on Twitter: @...", "Email the author at ...",
                // contact lines, embedded social posts.
  kPullQuote,   // "Quote: ..." or a repeat of the headline.
  kDateline,    // "December 17, 2014 Updated: December 18, 2014".
  kByline,      // "By John Smith, CNN", "— Reuters", "X contributed to this report."
  kCopyright,   // "© 2014 ...", "Copyright 2014 The Associated Press. All rights reserved."
  kDecoration,  // No letters or digits ("___", "* * *"), markup residue.
};

// Folds a line for comparison with a headline: letters and digits only (ASCII
// letters lowercased, other letters kept), runs of anything else as one
// space, none at either end. "‘The Interview’ Release" -> "the interview release".
std::string FoldForComparison(std::string_view line);

// True when FoldForComparison(line) == folded_title: the line repeats the
// headline up to case, quotes, punctuation and spacing.
bool RepeatsTitle(std::string_view line, std::string_view folded_title);

// Classifies one line (valid UTF-8, white space already collapsed, trimmed,
// non-empty). `folded_title` is FoldForComparison() of the document's
// headline, or "" when there is none. Rules are general patterns of web
// pages, conservative for long lines: a line of more than 40 words is never
// boilerplate, except a headline repeat. Allocation-free for such long
// lines, so classifying every line of a document is cheap.
Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title);
// The same, for a caller that has counted the line's words (CountWords):
// the count is not taken again.
Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title, size_t words);

// True for a sentence of a story line that is a page's prompt, notice or
// link (kPrompt, kLink or kSocial by ClassifyLine's rules): the sentences of
// a sign-up form flattened into one long line ("Newsletter Sign Up ...
// Invalid email address. Please re-enter. ... Please try again later."),
// which the line rules, conservative for long lines, keep. Only a sentence
// that opens with a word such notices open with, and is short, is
// classified.
bool IsBoilerplateSentence(std::string_view sentence);

// True for a wire service's photo caption written as a sentence, wherever
// it stands: "FILE - In this May 24, 2016, file photo, Rep. John Conyers
// ... speaks on Capitol Hill.", "This undated photo provided by Husky
// Homestead shows Banjo ...". A line that is one is a kCaption.
bool IsPhotoCaptionSentence(std::string_view sentence);

// The length of a page's prompt that opens `sentence` and runs on into story
// text where the page's lines were joined ("Advertisement Continue reading
// the main story Denver -- Patrick Sullivan was ...", "Story continued below
// Graham grew up ..."), with the spaces after it; 0 where there is none, or
// nothing follows it.
size_t PromptOpeningStory(std::string_view sentence);

}  // namespace precis

#endif  // PRECIS_NORMALIZE_BOILERPLATE_H_
