// Copyright 2026 The Precis Authors.
#include "normalize/boilerplate.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace precis {
namespace {

// Lowercase ASCII copy; other bytes unchanged.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (s.substr(0, p.size()) == p) return true;
  }
  return false;
}

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts) {
    if (s.find(p) != std::string_view::npos) return true;
  }
  return false;
}

// Words of a lowercased line: runs of ASCII letters, digits, '@', '.', ':'
// and non-ASCII bytes, split on everything else.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '|' || s[i] == ',' || s[i] == '-' ||
                            s[i] == '/' || s[i] == '(' || s[i] == ')' || s[i] == ':')) {
      ++i;
    }
    size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '|' || s[j] == ',' || s[j] == '-' ||
                             s[j] == '/' || s[j] == '(' || s[j] == ')' || s[j] == ':')) {
      ++j;
    }
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsNumber(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != 's') return false;
  }
  return w[0] >= '0' && w[0] <= '9';
}

bool IsMonthOrDay(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return InSet(w, {"january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                   "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                   "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "today", "yesterday"});
}

// "December 17, 2014 Updated: December 18, 2014", "Published 3:45 p.m. ET".
bool IsDateline(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 20) return false;
  bool has_date = false;
  for (std::string_view w : words) {
    std::string_view bare = w;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (IsMonthOrDay(w)) {
      has_date = true;
    } else if (IsNumber(bare) || InSet(bare, {"updated", "published", "posted", "last",
                                              "modified", "on", "at", "am", "pm", "a.m", "p.m",
                                              "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst",
                                              "pdt", "gmt", "utc", "bst", "cet", "of", "th", "st",
                                              "nd", "rd", "and", "first", "time", "date"})) {
      if (InSet(bare, {"updated", "published", "posted"})) has_date = true;
    } else {
      // Times like "3.45" or "10:30" split into numbers; anything else is prose.
      return false;
    }
  }
  return has_date;
}

// Lines made only of sharing, commenting and page-furniture words.
bool IsPrompt(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 8) return false;
  for (std::string_view w : words) {
    if (IsNumber(w)) continue;
    if (!InSet(w, {"comments", "comment", "share", "shares", "sharing", "tweet", "tweets",
                   "pin", "email", "e-mail", "print", "facebook", "twitter", "reddit",
                   "whatsapp", "linkedin", "pinterest", "google+", "messenger", "sms", "copy",
                   "link", "this", "article", "story", "on", "save", "saved", "more", "reply",
                   "replies", "leave", "a", "add", "your", "view", "show", "hide", "post",
                   "like", "us", "subscribe", "sign", "up", "in", "log", "close", "menu",
                   "advertisement", "ad", "ads", "report", "continue", "reading", "the", "main",
                   "continued", "below", "page", "next", "previous", "prev", "back", "to", "top",
                   "home", "skip", "content", "text", "size", "reset", "+", "embed", "video",
                   "videos", "play", "photos", "gallery", "watch", "listen", "now", "or",
                   "and", "with", "location", "font", "enlarge", "image", "toggle", "caption",
                   "hide", "expand", "collapse", "read", "full", "all", "see", "options",
                   "explore", "further", "loading", "..."})) {
      return false;
    }
  }
  return true;
}

bool IsCapitalized(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80);
}

}  // namespace

std::string FoldForComparison(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Boilerplate ClassifyLine(std::string_view line, std::string_view folded_title) {
  const std::string folded = FoldForComparison(line);
  const bool ascii_only = std::all_of(line.begin(), line.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
  if (folded.empty() && ascii_only) {
    return Boilerplate::kDecoration;  // "___", "###", "+", "...".
  }
  // Pull quotes and repeated headlines.
  if (!folded_title.empty() && folded == folded_title) return Boilerplate::kPullQuote;
  const std::string lower = Lower(line);
  if (StartsWithAny(lower, {"quote:", "pull quote:"})) return Boilerplate::kPullQuote;

  const std::vector<std::string_view> words = Words(lower);
  if (words.size() > 40) return Boilerplate::kNone;

  // Captions and photo credits.
  if (StartsWithAny(lower, {"pic:", "pics:", "photo:", "photos:", "image:", "images:",
                            "picture:", "pictures:", "caption:", "photograph:", "photo credit",
                            "image copyright", "image caption", "image source", "media playback",
                            "(photo", "(image", "(ap photo", "credit:", "photo by ",
                            "photo courtesy", "facebook twitter pinterest", "video:", "watch:",
                            "listen:", "photos:", "gallery:", "slideshow:"})) {
    return Boilerplate::kCaption;
  }
  if (words.size() <= 25 && ContainsAny(lower, {"getty images", "ap photo/", "(ap photo",
                                                "/reuters", "reuters/", "photo credit",
                                                "/afp", "afp/", "(photo:", "(photo by"})) {
    return Boilerplate::kCaption;
  }
  // Links to other stories.
  if (StartsWithAny(lower, {"related:", "related coverage", "related stories", "related content",
                            "related articles", "related video", "read more", "read also",
                            "also read", "see also", "more:", "more from", "more on ", "also:",
                            "click here", "recommended:", "trending:", "trending news",
                            "you may also like", "don't miss", "read or share this story",
                            "read the full story", "read the original", "keep reading",
                            "sponsored:", "promoted:", "editor's picks", "most popular",
                            "more stories", "top stories", "latest news", "further reading",
                            "on the net:", "on the web:", "online:"})) {
    return Boilerplate::kLink;
  }
  // "Navajo Nation: http://www.navajo.org/": a label and a link.
  if (words.size() <= 12 && ContainsAny(lower, {": http://", ": https://", ": www."})) {
    return Boilerplate::kLink;
  }
  // Editorial notes to other newsrooms: "(BEGIN OPTIONAL TRIM)", "(END OPTIONAL TRIM)".
  if (line.front() == '(' && line.back() == ')' && words.size() <= 6 &&
      std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return Boilerplate::kDecoration;
  }
  if (words.size() <= 2 && StartsWithAny(lower, {"http://", "https://", "www."})) {
    return Boilerplate::kLink;
  }
  // Sharing, commenting, page furniture.
  if (IsPrompt(words)) return Boilerplate::kPrompt;
  if (words.size() <= 12 &&
      StartsWithAny(lower, {"please enable javascript", "enable javascript", "javascript is",
                            "you need to enable javascript", "(distributed by", "distributed by",
                            "your browser does not", "we use cookies", "this site uses cookies",
                            "by using this site", "accept cookies", "cookie policy",
                            "this video is", "this content is", "sorry, this", "report this ad",
                            "story continues", "continue reading", "advertisement",
                            "have a tip", "got a tip", "send us a tip", "from wikipedia",
                            "sign up for", "sign up to", "subscribe to", "subscribe for",
                            "click to ", "tap to "})) {
    return Boilerplate::kPrompt;
  }
  // Social sign-offs and contact lines.
  if (words.size() <= 20) {
    const bool network = ContainsAny(lower, {"twitter", "facebook", "instagram", "linkedin",
                                             "tiktok", "youtube", "snapchat", "threads"});
    if (StartsWithAny(lower, {"follow ", "like us on", "find us on", "connect with",
                              "join us on", "friend us"}) &&
        (network || lower.find('@') != std::string::npos)) {
      return Boilerplate::kSocial;
    }
    if (StartsWithAny(lower, {"email the author", "contact the author", "e-mail the author",
                              "write to ", "contact us", "email us", "reach the reporter",
                              "you can reach", "send comments", "tips@"}) ||
        (network && lower.find(": @") != std::string::npos)) {
      return Boilerplate::kSocial;
    }
  }
  // Copyright and syndication notices.
  if (StartsWithAny(lower, {"\xC2\xA9", "copyright ", "(c) "}) ||
      (words.size() <= 30 &&
       ContainsAny(lower, {"all rights reserved", "may not be published, broadcast",
                           "may not be reproduced", "this material may not be"}))) {
    return Boilerplate::kCopyright;
  }
  if (IsDateline(words)) return Boilerplate::kDateline;
  // Bylines: "By John Smith", "By Jane Doe and John Roe | Staff Writers".
  if (lower.rfind("by ", 0) == 0 && words.size() <= 12) {
    const char last = line.back();
    if (last != '.' && last != '!' && last != '?' && last != ',') {
      // Every original word after "By" is capitalized or a joiner.
      std::string_view rest = line.substr(3);
      size_t capitalized = 0, total = 0;
      size_t i = 0;
      while (i < rest.size()) {
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',' || rest[i] == '|')) ++i;
        size_t j = i;
        while (j < rest.size() && rest[j] != ' ' && rest[j] != ',' && rest[j] != '|') ++j;
        std::string_view w = rest.substr(i, j - i);
        if (!w.empty()) {
          ++total;
          if (IsCapitalized(w) || InSet(Lower(w), {"and", "of", "the", "for", "in", "de",
                                                    "van", "von", "staff", "writers"})) {
            ++capitalized;
          }
        }
        i = j;
      }
      if (total > 0 && capitalized == total) return Boilerplate::kByline;
    }
  }
  return Boilerplate::kNone;
}

}  // namespace precis
