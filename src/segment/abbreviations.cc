// Copyright 2026 The Precis Authors.
#include "segment/abbreviations.h"

#include <string>

#include "base/string_map.h"

namespace precis::segment {
namespace {

struct Entry {
  AbbreviationKind kind;
  // Also matches when written in lowercase ("approx.", "no. 5"); otherwise
  // the first letter must be a capital, so that "ill." or "mass." at the end
  // of a sentence is not taken for a state.
  bool any_case;
};

// StringMap: the splitter asks once per period-final word, and std::hash
// of a view cost a tenth of splitting.
using Table = StringMap<Entry>;

const Table& Abbreviations() {
  static const Table* const table = [] {
    auto* t = new Table;
    auto add = [t](AbbreviationKind kind, bool any_case,
                   std::initializer_list<std::string_view> words) {
      for (std::string_view w : words) (*t)[std::string(w)] = Entry{kind, any_case};
    };
    using K = AbbreviationKind;
    add(K::kTitle, false,
        {"mr",    "mrs",  "ms",     "messrs", "mmes",    "dr",       "drs",  "gov",  "govs", "sen",
         "sens",  "rep",  "reps",   "gen",    "gens",    "col",      "lt",   "sgt",  "capt", "cmdr",
         "cmdrs", "adm",  "maj",    "rev",    "prof",    "profs",    "pres", "atty", "supt", "det",
         "insp",  "hon",  "msgr",   "fr",     "mt",      "ft",       "cpl",  "pvt",  "brig", "amb",
         "sec",   "secs", "lt.gen", "lt.col", "maj.gen", "brig.gen", "rt",   "sra",  "sr.a"});
    add(K::kTitle, true,
        {"vs", "v", "e.g", "i.e", "cf", "viz", "approx", "appx", "dept", "univ", "assn", "nr",
         "nrs"});
    add(K::kPlace, false, {"st", "ste", "ave", "blvd", "rd", "hwy", "pkwy", "sq", "ln", "mts"});
    add(K::kMonth, false,
        {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
    add(K::kNumber, true,
        {"no", "nos", "vol", "vols", "pp", "pt", "pts", "fig", "figs", "ch", "art", "op"});
    add(K::kState, false,
        {"ala",  "ariz", "ark",  "calif", "colo", "conn", "del",  "fla",   "ga",   "ill",
         "ind",  "kan",  "kans", "ky",    "la",   "md",   "mass", "mich",  "minn", "miss",
         "mo",   "mont", "neb",  "nebr",  "nev",  "okla", "ore",  "oreg",  "pa",   "penn",
         "tenn", "tex",  "va",   "vt",    "wash", "wis",  "wisc", "wyo",   "w.va", "n.h",
         "n.j",  "n.m",  "n.c",  "n.d",   "r.i",  "s.c",  "s.d",  "n.dak", "s.dak"});
    add(K::kFlexible, false,
        {"inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "ph.d", "n.y",
         "d.c", "l.a", "u.s", "u.n", "u.k", "e.u"});
    add(K::kFlexible, true, {"etc", "al", "a.m", "p.m", "est", "ca", "min", "max"});
    return t;
  }();
  return *table;
}

bool InSet(std::string_view folded, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (w == folded) return true;
  }
  return false;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view token) {
  if (token.empty() || token.size() > 12) return AbbreviationKind::kNone;
  // "p. 5", but "James P. Barry".
  if (token == "p") return AbbreviationKind::kNumber;
  char folded[12];
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (static_cast<unsigned char>(c) >= 0x80) return AbbreviationKind::kNone;
    folded[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const Table& table = Abbreviations();
  auto it = table.find(std::string_view(folded, token.size()));
  if (it == table.end()) return AbbreviationKind::kNone;
  const bool capitalized = token[0] >= 'A' && token[0] <= 'Z';
  if (!capitalized && !it->second.any_case) return AbbreviationKind::kNone;
  return it->second.kind;
}

bool IsSentenceOpener(std::string_view folded) {
  static constexpr std::string_view kOpeners[] = {
      "the",     "a",         "an",       "he",          "she",          "it",          "they",
      "we",      "i",         "you",      "but",         "and",          "or",          "in",
      "on",      "at",        "this",     "that",        "these",        "those",       "there",
      "here",    "his",       "her",      "their",       "its",          "our",         "my",
      "your",    "after",     "when",     "while",       "meanwhile",    "however",     "if",
      "as",      "for",       "so",       "yet",         "then",         "now",         "still",
      "also",    "some",      "many",     "most",        "both",         "each",        "other",
      "not",     "what",      "who",      "why",         "how",          "where",       "which",
      "during",  "since",     "until",    "before",      "with",         "without",     "by",
      "from",    "according", "earlier",  "later",       "instead",      "despite",     "although",
      "though",  "because",   "among",    "all",         "several",      "such",        "even",
      "indeed",  "thus",      "moreover", "furthermore", "nevertheless", "nonetheless", "to",
      "of",      "is",        "was",      "are",         "were",         "do",          "does",
      "did",     "can",       "could",    "would",       "should",       "will",        "no",
      "yes",     "one",       "two",      "three",       "more",         "last",        "next",
      "first",   "once",      "over",     "under",       "about",        "already",     "overall",
      "asked",   "until",     "unlike",   "like",        "whether",      "every",       "any",
      "neither", "either",    "mr",       "mrs",         "ms",           "dr"};
  static const StringMap<bool>* const openers = [] {
    auto* set = new StringMap<bool>;
    for (std::string_view w : kOpeners) (*set)[std::string(w)] = true;
    return set;
  }();
  return openers->contains(folded);
}

bool IsSpeechVerb(std::string_view folded) {
  return InSet(folded, {"said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote",
                        "writes", "replied", "explained", "shouted", "recalled", "continued",
                        "noted", "insisted", "exclaimed", "wondered"});
}

bool IsTopLevelDomain(std::string_view folded) {
  return InSet(folded, {"com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "us",
                        "ca",  "de",  "fr",  "au",  "ru",  "cn",  "jp",  "in", "eu", "tv", "info",
                        "biz", "me",  "ly",  "it",  "es",  "nl",  "ch",  "ie", "nz"});
}

}  // namespace precis::segment
