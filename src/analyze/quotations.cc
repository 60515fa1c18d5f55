// Copyright 2026 The Precis Authors.
#include "analyze/quotations.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analyze/locate.h"
#include "analyze/spelling_dictionary.h"
#include "analyze/union_find.h"
#include "attribute/lexicon.h"
#include "base/quote_marks.h"
#include "base/utf8.h"
#include "tokenize/stopwords.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

constexpr size_t kMinQuotationWords = 4;
constexpr size_t kMostSentences = 5;  // A quotation longer than this is a misread mark.
// Bounds the pairwise grouping on huge inputs; quotations past this many in
// one cluster are not reported (docs/ANALYZE.md).
constexpr size_t kMostQuotations = 2000;

// Where a quotation's words are: (sentence index, begin, end) pieces.
struct Piece {
  int sentence = 0;
  size_t begin = 0, end = 0;
};

struct Found {
  int doc = 0;
  std::vector<Piece> pieces;
  std::string text, speaker, attribution;
  bool guessed_speaker = false;       // A name put for "he" or "she".
  bool carried_speaker = false;       // The speaker of the quotation this one goes on from.
  std::vector<std::string> words;     // Folded tokens, for grouping.
  std::vector<std::string> distinct;  // The same, sorted, once each.
};

bool EndsClause(std::string_view gap) {
  return gap.find_first_of(",.;:!?()") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
         gap.find("\xE2\x80\x93") != std::string_view::npos ||  // en dash
         HasQuoteMark(gap);
}

// Words that join clauses: a speaker found by walking back from the verb
// stops before them ("... — and a U.S. official told", "a simple question
// to which Cosby answered").
bool JoinsClauses(std::string_view folded) {
  return folded == "and" || folded == "but" || folded == "that" || folded == "while" ||
         folded == "because" || folded == "if" || folded == "when" || folded == "although" ||
         folded == "though" || folded == "since" || folded == "as" || folded == "unless" ||
         folded == "whether" || folded == "until" || folded == "which" || folded == "whom";
}
bool EndsSentence(std::string_view gap) {
  return gap.find_first_of(".!?") != std::string_view::npos;
}

// The bytes between token k - 1 (the text's start for k = 0) and token k.
std::string_view Gap(std::string_view text, const std::vector<Token>& t, size_t k) {
  const size_t from = k == 0 ? 0 : t[k - 1].end;
  return text.substr(from, t[k].begin - from);
}

// Verbs that attribute a quotation: the reporting verbs, and those that
// mostly introduce words spoken or written ("he asked", "she tweeted").
bool IsQuoteVerb(std::string_view folded) {
  return IsReportingVerb(folded) ||
         OneOf(folded, {"asked", "asks", "replied", "replies", "responded", "recalled", "recalls",
                        "tweeted", "tweets", "wondered"});
}

// Verbs that attribute a quotation only right beside it: after it, where
// it ends with a comma ("“It was a little shaky,” he recounted", "“No
// means no,” he continued", "“We are all devastated,” reads the letter"),
// or last before it, with a comma or a colon ("Avenatti quipped, “...").
// Further from the quotation they most often tell of something else ("...
// in his continued efforts").
bool IsVerbBesideQuote(std::string_view folded) {
  return OneOf(folded,
               {"continued", "continues",  "joked",     "jokes",     "quipped",      "quips",
                "recounted", "recounts",   "explains",  "reads",     "answered",     "answers",
                "shouted",   "yelled",     "screamed",  "whispered", "laughed",      "sighed",
                "conceded",  "concedes",   "boasted",   "boasts",    "complained",   "complains",
                "vowed",     "promised",   "predicted", "cautioned", "urged",        "pleaded",
                "testified", "countered",  "retorted",  "mused",     "observed",     "lamented",
                "stressed",  "emphasized", "texted",    "admits",    "acknowledges", "agreed",
                "agrees",    "concluded",  "concludes", "fumed",     "insists",      "argues",
                "warns",     "gushed",     "scoffed"});
}

// True when `s` holds a small ASCII letter: a word or a name not written
// in capitals ("Beck", not "ABA" or "LOS ANGELES").
bool HasSmallLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Subject pronouns.
bool IsPersonalPronoun(std::string_view folded) {
  return OneOf(folded, {"he", "she", "they", "we", "i", "it", "you"});
}

// True when token k is joined to the word before by a hyphen ("oft-asked").
bool InCompound(std::string_view text, const std::vector<Token>& t, size_t k) {
  return k > 0 && Gap(text, t, k) == "-";
}

// True when the gap after token `t` is the period of a title or an
// initial ("Rep. Mark Meadows", "Gary S. Mayerson"), which ends no clause.
bool TitlePeriod(std::string_view gap, const Token& t) {
  const bool initial = t.folded.size() == 1 && t.folded[0] >= 'a' && t.folded[0] <= 'z';
  // The abbreviations that end a company's or a person's name ("CKE
  // Restaurants Inc.,", "Martin Luther King Jr.,") end no clause either,
  // and nor does an abbreviated month ("A Sept. 25 complaint noted"; not
  // "May", which is a whole month's name).
  const bool name_end = OneOf(t.folded, {"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr"});
  const bool month = t.folded.size() <= 4 && MonthNumber(t.folded) > 0 &&
                     !OneOf(t.folded, {"may", "june", "july"});
  return !gap.empty() && gap[0] == '.' && (IsTitle(t.folded) || initial || name_end || month) &&
         gap.find_first_not_of(". ") == std::string_view::npos && gap.size() <= 2;
}

// True when `folded` ends in `ending` after a stem of three letters or
// more ("allegedly", "contacted"; not "bed" or "fly").
bool HasEnding(std::string_view folded, std::string_view ending) {
  return folded.size() > ending.size() + 2 && folded.ends_with(ending);
}

// Auxiliaries, adverbs and reflexive pronouns that stand between a
// subject and its verb ("has also", "later", "reportedly", "he himself").
bool BeforeVerb(std::string_view folded) {
  return OneOf(folded,
               {"also", "later", "then", "previously", "once", "never", "always", "often",
                "earlier", "again", "just", "further", "finally", "recently", "reportedly",
                "allegedly", "publicly", "specifically", "repeatedly", "privately", "initially",
                "subsequently", "separately", "simply", "still", "even", "quickly",
                "immediately", "apparently", "already", "has", "have", "had", "is", "was",
                "were", "will", "would", "may", "might", "can", "could", "should", "must",
                "did", "does", "do", "himself", "herself", "themselves", "itself"});
}

// True for a lowercase word that is a verb or stands before one: an
// auxiliary or adverb, a regular past tense or an adverb in -ly, a common
// irregular past tense ("The hackers made", "the police found").
bool LooksLikeVerb(std::string_view folded) {
  return BeforeVerb(folded) || IsQuoteVerb(folded) || HasEnding(folded, "ed") ||
         HasEnding(folded, "ly") ||
         OneOf(folded, {"made", "took", "gave", "went", "came", "found", "got", "left", "held",
                        "sent", "met", "began", "kept", "brought", "ran", "saw", "knew",
                        "thought", "put", "set", "let", "became", "stood", "won", "lost",
                        "paid", "heard", "felt", "built", "led", "spent", "sold", "fell",
                        "broke", "chose", "drove", "spoke", "threw", "hit", "cut", "shut"});
}

// True for a lowercase word that cannot go on a subject's noun phrase: a
// function word, or one that LooksLikeVerb.
bool EndsNounPhrase(std::string_view folded) {
  return IsStopword(folded) || LooksLikeVerb(folded);
}

// Words that open a phrase of time, place or manner, or a subordinate
// clause, before a sentence's subject ("On Tuesday, the group ...").
bool OpensPhrase(std::string_view folded) {
  return OneOf(folded, {"on", "in", "at", "after", "before", "during", "since", "when", "while",
                        "as", "for", "from", "by", "with", "last", "earlier", "later",
                        "meanwhile", "however", "also", "then", "but", "and", "so", "yet",
                        "according", "if", "though", "although", "because", "once", "until",
                        "under", "over", "about"});
}

// The speaker `text` names, tidied: an opening "as" ("as historian David
// Greenberg notes") and the auxiliaries and adverbs between a subject and
// its verb ("He has also said", "he later wrote") are dropped. Empty when
// the words open a clause of their own rather than name someone ("who
// likes to say", "if incorrect information was reported").
std::string TidySpeaker(std::string_view text) {
  std::vector<Token> t;
  Tokenize(text, &t);
  size_t first = 0, last = t.size();
  if (first < last && t[first].folded == "as") ++first;
  // "in which Lewinsky said", "during which the president said".
  if (first + 2 < last && t[first + 1].folded == "which" &&
      OneOf(t[first].folded, {"in", "during", "at", "on"})) {
    first += 2;
  }
  // "Interfax quoted Maskhadov as (saying)", "the report quoted a source
  // as": the one quoted speaks.
  if (last - first >= 4 && t[last - 1].folded == "as") {
    for (size_t k = first + 1; k + 2 < last; ++k) {
      if (OneOf(t[k].folded, {"quoted", "paraphrased", "cited"}) &&
          (IsCapitalized(text, t[k + 1]) || OneOf(t[k + 1].folded, {"a", "an", "the"}))) {
        return std::string(text.substr(t[k + 1].begin, t[last - 2].end - t[k + 1].begin));
      }
    }
  }
  // A subject ends where an auxiliary of its verb starts, or a verb right
  // after a name: "Ryabkov was quoted as", "Celli went on to" name Ryabkov
  // and Celli; not inside a compound ("the Hong Kong-based group").
  for (size_t k = first + 1; k < last; ++k) {
    const std::string_view w = t[k].folded;
    if (IsCapitalized(text, t[k]) || text.substr(t[k - 1].end, t[k].begin - t[k - 1].end) == "-") {
      continue;
    }
    if (OneOf(w, {"was", "were", "is", "are", "has", "have", "had", "will", "would"}) ||
        (IsCapitalized(text, t[k - 1]) && LooksLikeVerb(w) && !BeforeVerb(w) &&
         !HasEnding(w, "ly"))) {
      last = k;
      break;
    }
  }
  // Nor does it end with a word that opens a clause or a phrase ("producer
  // who", "Fox Business Network host Stuart Varney who", "The statement
  // goes on to").
  while (last > first && !IsCapitalized(text, t[last - 1]) &&
         OneOf(t[last - 1].folded,
               {"who", "whom", "whose", "which", "where", "that", "as", "to", "not"})) {
    --last;
  }
  // Only lowercase words: "Prime Minister Theresa May" keeps its "May".
  // An adverb in -ly goes after a name or a pronoun ("Trump rhetorically
  // wondered", "he smugly adds"), not after a noun ("the family").
  while (last > first && !IsCapitalized(text, t[last - 1])) {
    const std::string_view w = t[last - 1].folded;
    const bool adverb = HasEnding(w, "ly") && last - 1 > first &&
                        (IsCapitalized(text, t[last - 2]) || IsPersonalPronoun(t[last - 2].folded));
    if (!BeforeVerb(w) && !adverb) break;
    --last;
  }
  // Nor does a subject open with a preposition, a verb, an auxiliary or an
  // adverb ("about the whole thing", "in the next few years", "quoting
  // ...", "said early", "had the attorney general not", "virtually alone
  // among the").
  if (last <= first || JoinsClauses(t[first].folded) ||
      OneOf(t[first].folded, {"who",  "whom",   "which",   "where",  "or",    "to",   "about",
                              "quoting", "said", "says", "had", "has", "have", "was", "is",
                              "were", "in", "on", "at", "from", "with", "without", "into",
                              "during", "since", "until", "than", "well", "much"}) ||
      (!IsCapitalized(text, t[first]) && HasEnding(t[first].folded, "ly"))) {
    return "";
  }
  return std::string(text.substr(t[first].begin, t[last - 1].end - t[first].begin));
}

// The subject that opens the last clause of `text` ("The hackers also made
// a reference to 9/11, and" -> "The hackers"; "On Tuesday, the group
// issued a threat and" -> "the group"): a personal pronoun, or a noun
// phrase of capitalized words after an optional determiner, with up to
// three lowercase words after a determiner. A clause may open after a
// comma when what precedes it is a phrase of time or place. Empty when no
// clause opens so.
std::string OpeningSubject(std::string_view text) {
  std::vector<Token> t;
  Tokenize(text, &t);
  size_t clause = 0;  // First token of the last clause.
  for (size_t k = 1; k < t.size(); ++k) {
    const std::string_view gap = Gap(text, t, k);
    if (EndsSentence(gap) || HasQuoteMark(gap) || gap.find_first_of(";:") != std::string_view::npos) {
      clause = k;
    }
  }
  for (size_t start = clause; start < t.size() && start < clause + 12; ++start) {
    if (start > clause && Gap(text, t, start).find(',') == std::string_view::npos) continue;
    const std::string_view w = t[start].folded;
    // "Contacted via email, Peinovich denied ...": a participle opens a
    // phrase, not the subject.
    if (HasEnding(w, "ed") || HasEnding(w, "ing")) continue;
    if (OneOf(w, {"he", "she", "they", "we", "it", "i"})) {
      return std::string(text.substr(t[start].begin, t[start].end - t[start].begin));
    }
    if (OpensPhrase(w)) continue;
    size_t k = start;
    const bool determiner = OneOf(w, {"the", "a", "an", "this", "that", "these", "those", "his",
                                      "her", "its", "their", "our", "my", "your"});
    if (determiner) ++k;
    size_t capitalized = 0;
    while (k < t.size() && k - start < 6 && IsCapitalized(text, t[k]) &&
           (k == start || !EndsClause(Gap(text, t, k)))) {
      ++k;
      ++capitalized;
    }
    size_t lower = 0;
    while (determiner && k < t.size() && lower < 3 && !IsCapitalized(text, t[k]) &&
           !EndsClause(Gap(text, t, k)) && !EndsNounPhrase(t[k].folded)) {
      ++k;
      ++lower;
    }
    if (capitalized + lower == 0) return "";
    return std::string(text.substr(t[start].begin, t[k - 1].end - t[start].begin));
  }
  return "";
}

// Words that end a speaker named after the verb: "said Smith in a call".
bool EndsSpeaker(std::string_view folded) {
  static constexpr std::array<std::string_view, 16> kStops = {
      "in",    "on",   "at",     "during", "after",  "when",   "while", "who",
      "which", "that", "before", "as",     "adding", "saying", "and",   "but"};
  return std::find(kStops.begin(), kStops.end(), folded) != kStops.end();
}

// One past the last token of a speaker named after the verb from token
// `first` ("said Rep. Mark Meadows (R-N.C.)"): at most ten words, up to a
// word that ends a speaker or a clause break other than the period of a
// title or an initial.
size_t SpeakerAfterVerbEnd(std::string_view text, const std::vector<Token>& t, size_t first) {
  size_t last = first;
  while (last < t.size() && last - first < 10 && !EndsSpeaker(t[last].folded) &&
         (last == first || !EndsClause(Gap(text, t, last)) ||
          TitlePeriod(Gap(text, t, last), t[last - 1]))) {
    ++last;
  }
  return last;
}

// The attribution after a closing mark: ", Sony said in a statement" or
// ", according to a U.S. government source". `opening` is the quotation's
// sentence before its opening mark, whose subject speaks when the words
// after join a verb to it ("... and said its community was praying").
// `comma` tells that a comma ends the quotation inside its marks ("...,”").
bool AttributionAfter(std::string_view after, std::string_view opening, bool comma,
                      std::string* speaker, std::string* attribution) {
  std::vector<Token> t;
  Tokenize(after, &t);
  size_t verb = t.size();
  for (size_t k = 0; k < t.size() && k < 10; ++k) {
    const std::string_view gap = Gap(after, t, k);
    // The period of a title or an initial ends no sentence: "“...,” Ms.
    // Sullivan said".
    if (HasQuoteMark(gap) || (k > 0 && EndsSentence(gap) && !TitlePeriod(gap, t[k - 1]))) {
      return false;
    }
    if (k == 0 && EndsSentence(gap) && gap.find(',') == std::string_view::npos) return false;
    const bool right_after = k <= 2 &&
                             (comma || Gap(after, t, 0).find(',') != std::string_view::npos) &&
                             IsVerbBesideQuote(t[k].folded);
    if ((IsQuoteVerb(t[k].folded) || right_after) && !InCompound(after, t, k)) {
      verb = k;
      break;
    }
  }
  if (verb == t.size()) return false;
  size_t first = 0, last = verb;  // Speaker tokens [first, last).
  size_t clause_end = verb;       // Last token of the attribution.
  if (verb == 0) {
    first = (t[0].folded == "according" && t.size() > 1 && t[1].folded == "to") ? 2 : 1;
    last = SpeakerAfterVerbEnd(after, t, first);
    clause_end = last == 0 ? 0 : last - 1;
  } else if (OpensPhrase(t[0].folded) && Gap(after, t, verb).find(',') != std::string_view::npos &&
             verb + 1 < t.size()) {
    // "'' in the next few years, said Alain Dubuc, ...": a phrase, then the
    // verb before its speaker.
    first = verb + 1;
    last = SpeakerAfterVerbEnd(after, t, first);
    clause_end = last - 1;
  } else {
    // A clause break, but not a title's or an initial's period ("Ms.
    // Sullivan said").
    auto breaks = [&](size_t k) {
      return EndsClause(Gap(after, t, k)) && !TitlePeriod(Gap(after, t, k), t[k - 1]);
    };
    for (size_t k = 1; k < verb; ++k) {
      if (breaks(k)) {
        last = k;
        break;
      }
    }
    // "'' on secession, he said": a phrase of time or place comes first;
    // the speaker is the subject right before the verb.
    if (last < verb && OpensPhrase(t[0].folded)) {
      first = verb;
      while (first > last && !breaks(first)) --first;
      last = verb;
    }
    while (clause_end + 1 < t.size() && clause_end - verb < 8 &&
           !EndsClause(Gap(after, t, clause_end + 1))) {
      ++clause_end;
    }
  }
  if (last <= first) return false;
  const std::string_view named = after.substr(t[first].begin, t[last - 1].end - t[first].begin);
  *speaker = last - first == 1 && (t[first].folded == "and" || t[first].folded == "but")
                 ? OpeningSubject(opening)
                 : TidySpeaker(named);
  if (speaker->empty()) return false;
  *attribution = std::string(after.substr(t[0].begin, t[clause_end].end - t[0].begin));
  return true;
}

// True for a title or a role that a person's name may follow between
// commas ("Los Angeles Police Chief, Charlie Beck,"; "the company's
// spokesman, John Smith,").
bool NamesRole(std::string_view folded) {
  return IsTitle(folded) ||
         OneOf(folded, {"spokesman", "spokeswoman", "spokesperson", "director", "chairman",
                        "chairwoman", "chair", "founder", "commissioner", "attorney", "lawyer",
                        "professor", "coach", "manager", "leader", "head", "official", "ceo",
                        "executive", "superintendent", "sheriff", "editor", "analyst"});
}

// True when tokens [begin, end) of `text` are a person's name set off by
// commas: one to five capitalized words (initials and titles keep their
// periods; "of" may join two), a comma before the first and after the
// last, spaces between ("D-Minn." is a party and a state).
bool IsAppositiveName(std::string_view text, const std::vector<Token>& t, size_t begin,
                      size_t end) {
  if (begin >= end || end - begin > 5) return false;
  if (Gap(text, t, begin).find(',') == std::string_view::npos ||
      Gap(text, t, end).find(',') == std::string_view::npos) {
    return false;
  }
  // A person's name has a word in capitals and small letters ("D.C." is a
  // place).
  bool mixed_case = false;
  for (size_t k = begin; k < end; ++k) {
    const std::string_view word = text.substr(t[k].begin, t[k].end - t[k].begin);
    if (word.size() > 1 && HasSmallLetter(word.substr(1))) {
      mixed_case = true;
    }
    const bool joins = k > begin && k + 1 < end && t[k].folded == "of";  // "Dunn of Washington"
    if ((!IsCapitalized(text, t[k]) && !joins) || t[k].is_number) return false;
    const std::string_view gap = Gap(text, t, k);
    if (k > begin && gap != " " && !TitlePeriod(gap, t[k - 1])) return false;
  }
  return mixed_case;
}

// True when the gap before token k ends a clause: a comma, a dash, a
// sentence's end, but not the period of a title or an initial.
bool BreaksClause(std::string_view text, const std::vector<Token>& t, size_t k) {
  const std::string_view gap = Gap(text, t, k);
  return EndsClause(gap) && !(k > 0 && TitlePeriod(gap, t[k - 1]));
}

// True when token k opens a phrase of time, place or manner before a
// sentence's subject: "In an interview,", "However,", or a participle and
// its words ("Referring to New York,"; not "United Nations"). A
// conjunction or "as" opens the subject itself ("But Schnur, McCain's
// spokesman,"; "As Axel Merk, president of Merk Investments,").
bool OpensLeadingPhrase(std::string_view text, const std::vector<Token>& t, size_t k,
                        size_t end) {
  std::string_view w = t[k].folded;
  if (OneOf(w, {"and", "but", "so", "yet", "or", "as"})) {
    // "But in one of his most publicized moments,"; "As the session
    // began,": a phrase or a clause of its own after all.
    if (k + 1 >= end) return false;
    if (w == "as") {
      for (size_t v = k + 2; v < end; ++v) {
        if (!IsCapitalized(text, t[v]) && LooksLikeVerb(t[v].folded)) return true;
      }
      return false;
    }
    ++k;
    w = t[k].folded;
  }
  if (OpensPhrase(w)) return true;
  // An adverb alone: "Already, Rep. Jason Chaffetz, ..., has asked".
  if (k + 1 == end && (BeforeVerb(w) || HasEnding(w, "ly") ||
                       OneOf(w, {"now", "today", "yesterday", "instead", "indeed"}))) {
    return true;
  }
  return (HasEnding(w, "ed") || HasEnding(w, "ing")) && k + 1 < t.size() &&
         !IsCapitalized(text, t[k + 1]);
}

// The attribution before an opening mark: "Sony said in a statement: ",
// and a verb up to kMostWordsBefore words before a quotation that opens
// inside the clause it reports: "Kagin said that the couple plan to sell
// most of the coins, but before they do, they are “loaning some to ...”".
bool AttributionBefore(std::string_view before, std::string* speaker, std::string* attribution) {
  constexpr size_t kMostWordsBefore = 20;
  std::vector<Token> t;
  Tokenize(before, &t);
  if (t.empty()) return false;
  const size_t from = t.size() > kMostWordsBefore ? t.size() - kMostWordsBefore : 0;
  for (size_t k = t.size(); k-- > from;) {
    if (k + 1 < t.size() && EndsSentence(Gap(before, t, k + 1))) return false;
    // A verb that attributes only beside the quotation does so as the last
    // word before it, a comma or a colon between: "Avenatti quipped, “...".
    const bool right_before =
        k + 1 == t.size() &&
        before.substr(t[k].end).find_first_of(",:") != std::string_view::npos &&
        IsVerbBesideQuote(t[k].folded);
    if ((!IsQuoteVerb(t[k].folded) && !right_before) || InCompound(before, t, k)) continue;
    size_t first = k, last = k;
    // Between two parts of a quotation, the speaker follows the verb:
    // "“It was a prolific time,” says singer Robert Plant, “where ...".
    if (k + 1 < t.size() && HasQuoteMark(Gap(before, t, k)) && t[k].folded != "according") {
      first = k + 1;
      last = SpeakerAfterVerbEnd(before, t, first);
      *speaker = TidySpeaker(before.substr(t[first].begin, t[last - 1].end - t[first].begin));
      if (speaker->empty()) return false;
      *attribution = std::string(before.substr(t[k].begin, t[last - 1].end - t[k].begin));
      return true;
    }
    // A verb in the passive names its speaker after "by": "letters written
    // by the girl to Alcorn with the headings:", "a statement released by
    // the company:".
    if (k + 2 < t.size() && t[k + 1].folded == "by") {
      first = k + 2;
      last = SpeakerAfterVerbEnd(before, t, first);
      for (size_t v = first + 1; v < last; ++v) {
        if (OneOf(t[v].folded, {"to", "with"})) {
          last = v;
          break;
        }
      }
      *speaker = TidySpeaker(before.substr(t[first].begin, t[last - 1].end - t[first].begin));
      if (speaker->empty()) return false;
      *attribution = std::string(before.substr(t[k].begin, t[last - 1].end - t[k].begin));
      return true;
    }
    if (t[k].folded == "according") {
      first = k + 1 < t.size() && t[k + 1].folded == "to" ? k + 2 : k + 1;
      last = first;
      while (last < t.size() && (last == first || !EndsClause(Gap(before, t, last)))) ++last;
    } else {
      while (first > 0 && k - first < 8 &&
             (!EndsClause(Gap(before, t, first)) ||
              TitlePeriod(Gap(before, t, first), t[first - 1])) &&
             !JoinsClauses(t[first - 1].folded)) {
        --first;
      }
      // The verb with the adverbs and auxiliaries before it ("once said").
      size_t head = k;
      while (head > first && BeforeVerb(t[head - 1].folded)) --head;
      if (first == head && head > 0 && Gap(before, t, head).find(',') != std::string_view::npos) {
        // "Charlie Beck, the police chief, said": the subject is a part of
        // the clause between commas, its first but for an opening phrase
        // ("In an interview, Dr. Steven E. Hyman, director of ..., said";
        // "The producer Dino De Laurentiis, a loopy genius ..., once said").
        size_t start = head;
        while (start > 0 && head - start < 30) {
          const std::string_view gap = Gap(before, t, start);
          // A period before a comma is an abbreviation's ("CKE Restaurants
          // Inc., which employs").
          if (start < head && ((EndsSentence(gap) && !TitlePeriod(gap, t[start - 1]) &&
                                !gap.starts_with(".,")) ||
                               HasQuoteMark(gap) ||
                               gap.find_first_of(";:") != std::string_view::npos)) {
            break;
          }
          --start;
        }
        std::vector<std::pair<size_t, size_t>> parts;  // Token ranges between commas.
        for (size_t p = start; p < head;) {
          size_t q = p + 1;
          while (q < head && !BreaksClause(before, t, q)) ++q;
          parts.emplace_back(p, q);
          p = q;
        }
        size_t i = 0;
        while (i + 1 < parts.size() &&
               OpensLeadingPhrase(before, t, parts[i].first, parts[i].second)) {
          ++i;
        }
        first = parts[i].first;
        last = parts[i].second;
        // "Mr. Farrow praised Mr. McHugh, saying": the subject of the
        // part's own verb; not of an adverb ("The official originally in
        // charge") or a participle ("A statement released by").
        for (size_t v = first + 1; v < last; ++v) {
          const std::string_view w = t[v].folded;
          if (!IsCapitalized(before, t[v]) && LooksLikeVerb(w) && !HasEnding(w, "ly") &&
              !(v + 1 < last && t[v + 1].folded == "by")) {
            last = v;
            break;
          }
        }
        // A person named between commas after an office or a description
        // ("Los Angeles Police Chief, Charlie Beck,"; "One prominent
        // dissenter, Dr. Robert Balling,") is the speaker, with the office
        // before the name when it is one ("Boehner's spokesman Michael
        // Steel"). After a name ("Sen. Paul Wellstone, D-Minn.,") the
        // name speaks.
        const bool described = NamesRole(t[last - 1].folded) ||
                               std::any_of(t.begin() + static_cast<std::ptrdiff_t>(first),
                                           t.begin() + static_cast<std::ptrdiff_t>(last),
                                           [&](const Token& w) { return !IsCapitalized(before, w); });
        if (last == parts[i].second && i + 1 < parts.size() && described &&
            IsAppositiveName(before, t, parts[i + 1].first, parts[i + 1].second)) {
          const auto [name_first, name_last] = parts[i + 1];
          *speaker = std::string(
              before.substr(t[name_first].begin, t[name_last - 1].end - t[name_first].begin));
          if (NamesRole(t[last - 1].folded) && last - first <= 6) {
            const std::string office = TidySpeaker(
                before.substr(t[first].begin, t[last - 1].end - t[first].begin));
            if (!office.empty()) *speaker = office + " " + *speaker;
          }
          size_t end = k;
          while (end + 1 < t.size() && !EndsClause(Gap(before, t, end + 1))) ++end;
          *attribution = std::string(before.substr(t[first].begin, t[end].end - t[first].begin));
          return true;
        }
      }
    }
    // "The hackers also made a reference to 9/11, and said": the subject
    // of the clause before "and".
    if (first == k && k > 0 && (t[k - 1].folded == "and" || t[k - 1].folded == "but")) {
      *speaker = OpeningSubject(before.substr(0, t[k - 1].begin));
      if (speaker->empty()) return false;
      *attribution = std::string(before.substr(t[k].begin, t[k].end - t[k].begin));
      return true;
    }
    // "As Axel Merk, president of Merk Investments, said": the joining
    // word that opens the clause is no part of the speaker.
    while (first < last && JoinsClauses(t[first].folded)) ++first;
    // "Fitzgerald said he tells players ..., saying": the subject of the
    // clause's own verb.
    for (size_t v = first + 1; v < last; ++v) {
      if (IsQuoteVerb(t[v].folded) && !InCompound(before, t, v)) {
        last = v;
        break;
      }
    }
    if (last <= first || first >= t.size()) return false;
    *speaker = TidySpeaker(before.substr(t[first].begin, t[last - 1].end - t[first].begin));
    if (speaker->empty()) return false;
    // A pronoun is a subject of one word: after "She also allegedly found
    // post-it notes", "notes" is a noun, no verb of hers.
    if (IsPersonalPronoun(t[first].folded) && speaker->size() > t[first].end - t[first].begin) {
      speaker->clear();
      continue;
    }
    const size_t start = std::min(first, k);
    size_t end = std::max(k, last - 1);
    while (end + 1 < t.size() && !EndsClause(Gap(before, t, end + 1))) ++end;
    *attribution = std::string(before.substr(t[start].begin, t[end].end - t[start].begin));
    return true;
  }
  return false;
}

class QuotationFinder {
 public:
  QuotationFinder(const Cluster& cluster, const std::vector<SentenceMentions>& mentions)
      : cluster_(cluster), mentions_(mentions) {}

  std::vector<Quotation> Find() {
    int index = 0;
    for (size_t d = 0; d < cluster_.documents.size(); ++d) {
      const Document& doc = cluster_.documents[d];
      first_sentence_.push_back(index);
      ScanDocument(static_cast<int>(d), doc, index);
      index += static_cast<int>(doc.sentences.size());
    }
    return Group();
  }

 private:
  const Sentence& SentenceAt(int doc, int index) const {
    return cluster_.documents[static_cast<size_t>(doc)]
        .sentences[static_cast<size_t>(index - first_sentence_[static_cast<size_t>(doc)])];
  }

  // The index of document `doc`'s first sentence after its headline, if
  // the analysis put one first.
  int FirstBodySentence(int doc) const {
    const Document& document = cluster_.documents[static_cast<size_t>(doc)];
    const bool headline = !document.sentences.empty() && document.sentences.front().is_title;
    return first_sentence_[static_cast<size_t>(doc)] + (headline ? 1 : 0);
  }

  void ScanDocument(int doc, const Document& document, int first) {
    // What PersonLikeHere and SexAgrees read of the document's names: the
    // names it writes as one word ("Burns" after "John Burns"), the full
    // names by surname, and the sex titles and roles tell.
    lone_names_.clear();
    genders_.clear();
    full_names_.clear();
    // A headline is read neither for these names nor for quotations (the
    // loop below): its quotation marks are mostly scare quotes.
    for (size_t p = 0; p < document.sentences.size(); ++p) {
      if (document.sentences[p].is_title) continue;
      const SentenceMentions& sm = mentions_[static_cast<size_t>(first) + p];
      const std::string& text = document.sentences[p].text;
      for (const Mention& m : sm.mentions) {
        if (m.kind != MentionKind::kName || m.qualifies_title) continue;
        if (m.normalized.find(' ') == std::string::npos) {
          lone_names_.insert(m.normalized);
        } else {
          full_names_[m.normalized.substr(m.normalized.rfind(' ') + 1)].insert(m.normalized);
        }
        if (const int gender = SexBefore(text, sm, m); gender != 0) {
          genders_[m.normalized] += gender;
        }
      }
    }
    bool open = false;
    Piece start;
    for (size_t p = 0; p < document.sentences.size(); ++p) {
      if (document.sentences[p].is_title) continue;
      const std::string& text = document.sentences[p].text;
      const int sentence = first + static_cast<int>(p);
      if (open && (static_cast<size_t>(sentence - start.sentence) >= kMostSentences)) open = false;
      for (size_t i = 0; i < text.size(); ++i) {
        const QuoteMark mark = QuoteMarkAt(text, i);
        if (mark.kind == QuoteMarkKind::kNone) continue;
        if (mark.kind == QuoteMarkKind::kOpening ||
            (mark.kind == QuoteMarkKind::kStraight && !open)) {
          open = true;
          start = {sentence, i + mark.width, 0};
        } else if (open) {
          Emit(doc, start, {sentence, 0, i});
          open = false;
        }
        i += mark.width - 1;
      }
    }
  }

  void Emit(int doc, const Piece& open, const Piece& close) {
    if (found_.size() >= kMostQuotations) return;
    Found q;
    q.doc = doc;
    for (int s = open.sentence; s <= close.sentence; ++s) {
      const std::string& text = SentenceAt(doc, s).text;
      Piece piece{s, s == open.sentence ? open.begin : 0,
                  s == close.sentence ? close.end : text.size()};
      if (piece.end <= piece.begin) continue;
      if (!q.text.empty()) q.text.push_back(' ');
      q.text += text.substr(piece.begin, piece.end - piece.begin);
      q.pieces.push_back(piece);
    }
    while (!q.text.empty() && (q.text.back() == ' ' || q.text.back() == ',')) q.text.pop_back();
    while (!q.text.empty() && q.text.front() == ' ') q.text.erase(q.text.begin());
    std::vector<Token> tokens;
    Tokenize(q.text, &tokens);
    if (tokens.size() < kMinQuotationWords) return;
    // “The Guardians of Peace”: a title, not a quotation.
    bool title = true;
    for (const Token& t : tokens) {
      if (!IsCapitalized(q.text, t) && t.folded != "of" && t.folded != "the" && t.folded != "and") {
        title = false;
      }
    }
    if (title) return;
    for (const Token& t : tokens) q.words.push_back(t.folded);
    q.distinct = q.words;
    std::sort(q.distinct.begin(), q.distinct.end());
    q.distinct.erase(std::unique(q.distinct.begin(), q.distinct.end()), q.distinct.end());

    const std::string& close_text = SentenceAt(doc, close.sentence).text;
    const std::string& open_text = SentenceAt(doc, open.sentence).text;
    // The words around the marks: after the closing one, before the opening.
    const size_t after = std::min(
        close.end + std::max<size_t>(1, QuoteMarkAt(close_text, close.end).width),
        close_text.size());
    const size_t before =
        open.begin -
        std::min(open.begin, std::max<size_t>(1, QuoteMarkBefore(open_text, open.begin).width));
    const std::string_view opening = std::string_view(open_text).substr(0, before);
    // A mark that opens its sentence, a word right after it, opens the
    // next paragraph of a quotation that goes on ("... of Mr. Hayes.\n
    // \"Once everything ..."): the words after it are quoted, no
    // attribution. (A closing mark the splitter moved to the next sentence,
    // "”) Robinson has said", is followed by no word.)
    const bool mark_opens_sentence =
        close_text.find_first_not_of(" \t\n") >= close.end && after < close_text.size() &&
        std::isalnum(static_cast<unsigned char>(close_text[after])) != 0;
    if (mark_opens_sentence ||
        !AttributionAfter(std::string_view(close_text).substr(after), opening,
                          close.end > 0 && close_text[close.end - 1] == ',', &q.speaker,
                          &q.attribution)) {
      AttributionBefore(opening, &q.speaker, &q.attribution);
    }
    std::vector<Token> speaker_tokens;
    Tokenize(q.speaker, &speaker_tokens);
    if (speaker_tokens.size() == 1 &&
        (speaker_tokens[0].folded == "he" || speaker_tokens[0].folded == "she")) {
      const std::string name =
          ResolvePronoun(doc, open.sentence, before, speaker_tokens[0].folded == "she");
      // Speakers seldom name themselves: a name the quotation itself holds
      // is another person ("“But I think Gadhafi is going to put up a
      // fight,” he said").
      std::vector<Token> name_tokens;
      Tokenize(name, &name_tokens);
      const std::string last = name_tokens.empty() ? "" : name_tokens.back().folded;
      const bool named_inside =
          !last.empty() &&
          std::any_of(q.words.begin(), q.words.end(), [&](const std::string& word) {
            // The word or its possessive ("Clinton's").
            return word.starts_with(last) &&
                   (word.size() == last.size() || word[last.size()] == '\'' ||
                    word.compare(last.size(), 3, "\xE2\x80\x99") == 0);
          });
      if (!name.empty() && !named_inside) {
        q.speaker = name;
        q.guessed_speaker = true;
      }
    }
    // A quotation that goes on in the next sentence of the same paragraph
    // without attribution keeps its speaker.
    if (q.speaker.empty() && !found_.empty() && found_.back().doc == doc &&
        open.sentence - found_.back().pieces.back().sentence <= 1 &&
        SentenceAt(doc, open.sentence).paragraph ==
            SentenceAt(doc, found_.back().pieces.back().sentence).paragraph) {
      q.speaker = found_.back().speaker;
      q.attribution = found_.back().attribution;
      q.guessed_speaker = found_.back().guessed_speaker;
      q.carried_speaker = true;
    }
    found_.push_back(std::move(q));
  }

  // Who "he" or "she" is: the last multi-word name before the quotation in
  // its own sentence, else the first multi-word name (the subject) of the
  // nearest of the three sentences before it. "" when there is none; "we",
  // "they" and "it" stay as they are.
  std::string ResolvePronoun(int doc, int sentence, size_t before, bool female) const {
    const int doc_first = FirstBodySentence(doc);
    for (int s = sentence; s >= doc_first && s >= sentence - 3; --s) {
      const SentenceMentions& sm = mentions_[static_cast<size_t>(s)];
      // A name after a preposition of place is somewhere, not someone, and
      // so is one joined to such a name ("conferences in Tokyo or Buenos
      // Aires").
      auto after_place_preposition = [&](size_t first_token) {
        for (size_t k = sm.mentions.size(); first_token > 0 && first_token <= sm.tokens.size();) {
          const std::string& word = sm.tokens[first_token - 1].folded;
          if (OneOf(word, {"in", "at", "near", "off", "from", "into", "across", "outside",
                           "inside", "around", "throughout", "through", "toward", "towards"})) {
            return true;
          }
          if (word != "or" && word != "and") return false;
          // The name before the joining word, if any.
          while (k > 0 && sm.mentions[k - 1].end_token > first_token - 1) --k;
          if (k == 0 || sm.mentions[k - 1].end_token != first_token - 1 ||
              sm.mentions[k - 1].kind != MentionKind::kName) {
            return false;
          }
          first_token = sm.mentions[--k].first_token;
        }
        return false;
      };
      // A surname alone that opens its sentence, its subject, stands for
      // the one person the document names in full with it ("Dole, a
      // wounded World War II veteran, said ..." after "Bob Dole"; "Camp
      // defended the release" after "Dave Camp", though "camp" is a word).
      auto surname_of_one = [&](const Mention& m) {
        if (m.first_token != 0 || m.normalized.find(' ') != std::string::npos ||
            m.qualifies_title) {
          return false;
        }
        // A possessive is no subject ("Sheen's tour promoter, Joey Scoleri").
        const std::string_view rest = std::string_view(SentenceAt(doc, s).text).substr(m.end);
        if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) return false;
        const auto names = full_names_.find(m.normalized);
        return names != full_names_.end() && names->second.size() == 1 && !NamesNoOne(m.normalized);
      };
      auto candidate = [&](const Mention& m) {
        // A name in capitals is a dateline's place or a heading's ("LOS
        // ANGELES (AP) --"), not the person a pronoun stands for.
        return m.kind == MentionKind::kName && HasSmallLetter(m.surface) &&
               (PersonLikeHere(m) || surname_of_one(m)) &&
               !after_place_preposition(m.first_token) && SexAgrees(m.normalized, female);
      };
      if (s == sentence) {
        for (size_t k = sm.mentions.size(); k-- > 0;) {
          const Mention& m = sm.mentions[k];
          if (m.end <= before && candidate(m)) return m.surface;
        }
        // Then the speaker of a quotation that ends in the sentence before
        // or in this one, by name: "“...,” Obama said. ... “...,” he
        // continued" goes on with Obama, not with a name of the sentences
        // between.
        if (std::string name = LastNamedSpeaker(doc, sentence, female, 1); !name.empty()) {
          return name;
        }
        continue;
      }
      for (const Mention& m : sm.mentions) {
        if (candidate(m)) return m.surface;
      }
    }
    if (std::string name = SurnameOpening(doc, sentence, before, female); !name.empty()) {
      return name;
    }
    return LastNamedSpeaker(doc, sentence, female);
  }

  // A surname alone that opens one of the sentences from `sentence` (up to
  // byte `before`) back to the three before it, as the subject of a verb
  // ("McCaffrey agreed.", "Evan laughs.", "Johnson said she ..."): the
  // nearest such; "" if none. Surnames that are also words ("Price",
  // "Banks") are passed over.
  std::string SurnameOpening(int doc, int sentence, size_t before, bool female) const {
    const int doc_first = FirstBodySentence(doc);
    for (int s = sentence; s >= doc_first && s >= sentence - 3; --s) {
      const SentenceMentions& sm = mentions_[static_cast<size_t>(s)];
      if (sm.mentions.empty() || sm.tokens.size() < 2) continue;
      const Mention& m = sm.mentions.front();
      if (m.kind != MentionKind::kName || m.qualifies_title || m.first_token != 0 ||
          m.end_token != 1 || (s == sentence && m.end > before) || NamesNoOne(m.normalized) ||
          !SexAgrees(m.normalized, female)) {
        continue;
      }
      // Not a word in lower case too ("Officers", "Another"), nor in
      // capitals ("ABA"): a surname is neither.
      if (SpellingDictionary::Shared().KnowsInLowerCase(m.normalized) ||
          !HasSmallLetter(std::string_view(m.surface).substr(1))) {
        continue;
      }
      const std::string& verb = sm.tokens[1].folded;
      if (!sm.tokens[1].is_number && (LooksLikeVerb(verb) || HasEnding(verb, "s"))) {
        return m.surface;
      }
    }
    return "";
  }

  // The speaker the text itself named for the document's last quotation
  // (a quotation that goes on from another is not counted), when that
  // ended at most `within` sentences before `sentence` and names a person
  // ("Longacre", not "the Rockies" or "Sony"); "" otherwise. In "'...,'
  // Longacre said. ... 'I can fulfill this job,' she said", she is
  // Longacre.
  static constexpr int kRecentQuotation = 4;
  std::string LastNamedSpeaker(int doc, int sentence, bool female,
                               int within = kRecentQuotation) const {
    for (size_t k = found_.size(); k-- > 0;) {
      const Found& f = found_[k];
      if (f.doc != doc || sentence - f.pieces.back().sentence > within) return "";
      if (f.speaker.empty() || f.carried_speaker) continue;
      if (f.guessed_speaker) return "";
      std::vector<Token> t;
      Tokenize(f.speaker, &t);
      if (t.empty() || t.size() > 4 || !IsCapitalized(f.speaker, t.front()) ||
          OneOf(t.front().folded, {"the", "a", "an"}) || IsPersonalPronoun(t.front().folded) ||
          NamesNoOne(t.back().folded)) {
        return "";
      }
      for (const Token& w : t) {
        if (!IsCapitalized(f.speaker, w)) return "";
      }
      std::string name;
      for (const Token& w : t) name += (name.empty() ? "" : " ") + w.folded;
      if (!SexAgrees(name, female)) return "";
      return f.speaker;
    }
    return "";
  }

  // A name that may be a person's: of two words or more (or one before an
  // "of"), not ending in a title ("Oklahoma Gov" of "Oklahoma Gov. Mary Fallin" is the office;
  // the person follows) or in a word that names a body, a place or a day
  // ("Houston Police Department", "Colbert Report", "Christmas Eve",
  // "Banks Island"). Before an "of", the name proper: "Allen Williams of
  // Upper Darby", "Killian of Renaissance Capital"; not "Board of
  // Pardons" or "University of Maryland".
  static bool IsPersonLike(const Mention& m) {
    if (m.qualifies_title) return false;  // "Health" of "Health Minister ...".
    const size_t of = m.normalized.find(" of ");
    const std::string_view name = std::string_view(m.normalized).substr(0, of);
    const size_t space = name.rfind(' ');
    // "St. Albans", "Ft. Worth": a place.
    if (OpensPlaceName(name.substr(0, name.find(' ')))) return false;
    if (space == std::string::npos && of == std::string::npos) return false;
    return !NamesNoOne(space == std::string::npos ? name : name.substr(space + 1));
  }

  // What the word before a name says of the person's sex: +1 for a man,
  // -1 for a woman, 0 when nothing does: a title or a role ("Mrs. Ramsey",
  // "actress Kristen Wiig", "his wife, Patsy"). (A pronoun after the name
  // says less than it seems: "Rosenberg said his ..." is often her son's.)
  static int SexBefore(std::string_view text, const SentenceMentions& sm, const Mention& m) {
    static constexpr std::array<std::string_view, 22> kMen = {
        "mr",          "actor",  "father",    "husband",     "son",      "brother",
        "king",        "prince", "boyfriend", "spokesman",   "chairman", "congressman",
        "businessman", "man",    "boy",       "grandfather", "uncle",    "nephew",
        "sir",         "lord",   "widower",   "dad"};
    static constexpr std::array<std::string_view, 23> kWomen = {
        "mrs",        "ms",          "miss",        "actress",       "mother",
        "wife",       "daughter",    "sister",      "queen",         "princess",
        "girlfriend", "spokeswoman", "chairwoman",  "congresswoman", "businesswoman",
        "woman",      "girl",        "grandmother", "aunt",          "niece",
        "lady",       "widow",       "mom"};
    auto role = [&](std::string_view w) {
      while (!w.empty() && w.back() == '.') w.remove_suffix(1);
      if (std::find(kMen.begin(), kMen.end(), w) != kMen.end()) return 1;
      if (std::find(kWomen.begin(), kWomen.end(), w) != kWomen.end()) return -1;
      return 0;
    };
    if (m.first_token == 0 || m.first_token > sm.tokens.size()) return 0;
    // The word right before: a space, a title's period or an apposition's
    // comma between ("a terrible woman,” Trump said" is no role of his).
    const Token& before = sm.tokens[m.first_token - 1];
    if (m.begin < before.end || m.begin > text.size()) return 0;
    const std::string_view gap = text.substr(before.end, m.begin - before.end);
    if (gap != " " && gap != ". " && gap != ", ") return 0;
    return role(before.folded);
  }

  // False when the document tells the person it names `name` (normalized:
  // "kristen wiig", or "ramsey" alone) is not of the sex the pronoun says
  // ("she" for "Mr. Ramsey"). A surname alone may stand for any of a
  // family ("Mrs. Trump" is not "Donald Trump"), so it speaks for a full
  // name only where the document writes no other with that surname.
  bool SexAgrees(const std::string& name, bool female) const {
    auto it = genders_.find(name);
    if (it == genders_.end() && name.find(' ') != std::string::npos) {
      // A full name takes what is said of its surname alone ("Ms. Birch")
      // when it is the only full name of the document with that surname.
      const std::string surname = name.substr(name.rfind(' ') + 1);
      const auto names = full_names_.find(surname);
      if (names != full_names_.end() && names->second.size() == 1) it = genders_.find(surname);
    }
    if (it == genders_.end() || it->second == 0) return true;
    return female == (it->second < 0);
  }

  // IsPersonLike, and for a name of two common words ("Social Security",
  // "John Burns"), the document also writes its last word alone: a person
  // named in full is named again by surname.
  bool PersonLikeHere(const Mention& m) const {
    if (!IsPersonLike(m)) return false;
    const size_t space = m.normalized.find(' ');
    if (space == std::string::npos || m.normalized.find(" of ") != std::string::npos) return true;
    const SpellingDictionary& dictionary = SpellingDictionary::Shared();
    const std::string_view first = std::string_view(m.normalized).substr(0, space);
    const std::string_view last = std::string_view(m.normalized).substr(m.normalized.rfind(' ') + 1);
    if (!dictionary.KnowsInLowerCase(first) || !dictionary.KnowsInLowerCase(last)) return true;
    return lone_names_.count(std::string(last)) != 0;
  }

  // True for a title, or a word that ends the name of a body, a place or a
  // day rather than a person's.
  static bool NamesNoOne(std::string_view word) {
    return IsTitle(word) ||
           OneOf(word, {"department", "agency", "office", "police", "report", "effect", "show",
                        "news", "times", "post", "journal", "magazine", "university",
                        "college", "school", "hospital", "company", "corporation", "inc",
                        "corp", "group", "committee", "council", "court", "party",
                        "association", "foundation", "institute", "center", "centre", "bank",
                        "house", "administration", "service", "ministry", "network",
                        "channel", "station", "airlines", "church", "eve", "day", "street",
                        "county", "city", "state", "army", "navy", "senate", "congress",
                        "island", "islands", "river", "lake", "mountains", "valley", "bay",
                        "sea", "ocean", "coast", "province", "region", "district", "airport",
                        "museum", "stadium", "prison", "american", "americans", "bureau",
                        "board", "community", "director", "commission", "league", "union",
                        "federation", "society", "academy", "fund"});
  }

  static bool SameQuotation(const Found& a, const Found& b) {
    const auto& shorter = a.words.size() <= b.words.size() ? a.words : b.words;
    const auto& longer = a.words.size() <= b.words.size() ? b.words : a.words;
    if (std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end()) {
      return true;
    }
    // Seven tenths of the distinct words in common (Jaccard).
    size_t common = 0;
    auto x = a.distinct.begin(), y = b.distinct.begin();
    while (x != a.distinct.end() && y != b.distinct.end()) {
      if (*x < *y) {
        ++x;
      } else if (*y < *x) {
        ++y;
      } else {
        ++common;
        ++x;
        ++y;
      }
    }
    return 10 * common >= 7 * (a.distinct.size() + b.distinct.size() - common);
  }

  // How much a speaker tells, to choose among the outlets that carry one
  // quotation: none, then a pronoun left unresolved ("he"), then a name
  // guessed for a pronoun (it may be the wrong person), then a speaker the
  // text attributes, by the capitalized words it has ("Beck" < "Charlie
  // Beck"; "a government source" < "a U.S. government source"). Ties keep
  // the first document's.
  static int SpeakerRank(const Found& f) {
    if (f.speaker.empty()) return 0;
    if (f.guessed_speaker || f.carried_speaker) return 2;
    std::vector<Token> t;
    Tokenize(f.speaker, &t);
    if (t.size() == 1 && OneOf(t[0].folded, {"he", "she", "they", "we", "it", "i"})) return 1;
    int capitalized = 0;
    for (const Token& w : t) capitalized += IsCapitalized(f.speaker, w) ? 1 : 0;
    return 3 + std::min(capitalized, 8);
  }

  std::vector<Quotation> Group() {
    UnionFind same(found_.size());
    for (size_t i = 0; i < found_.size(); ++i) {
      for (size_t j = i + 1; j < found_.size(); ++j) {
        if (same.Find(i) != same.Find(j) && SameQuotation(found_[i], found_[j])) same.Union(i, j);
      }
    }
    std::vector<std::pair<size_t, Quotation>> groups;  // (root, quotation)
    std::vector<std::vector<int>> group_docs;
    std::vector<int> ranks;  // SpeakerRank of each group's speaker.
    for (size_t i = 0; i < found_.size(); ++i) {
      const size_t root = same.Find(i);
      auto it = std::find_if(groups.begin(), groups.end(),
                             [&](const auto& g) { return g.first == root; });
      if (it == groups.end()) {
        groups.push_back({root, Quotation()});
        group_docs.emplace_back();
        ranks.push_back(0);
        it = groups.end() - 1;
      }
      Quotation& q = it->second;
      std::vector<int>& docs = group_docs[static_cast<size_t>(it - groups.begin())];
      const Found& f = found_[i];
      if (f.text.size() > q.text.size()) q.text = f.text;
      const int rank = SpeakerRank(f);
      if (rank > ranks[static_cast<size_t>(it - groups.begin())]) {
        ranks[static_cast<size_t>(it - groups.begin())] = rank;
        q.speaker = f.speaker;
        q.attribution = f.attribution;
      }
      if (std::find(docs.begin(), docs.end(), f.doc) == docs.end()) docs.push_back(f.doc);
      SourceSpan span;
      for (const Piece& piece : f.pieces) {
        const SourceSpan part = Locate(cluster_, static_cast<size_t>(f.doc),
                                       SentenceAt(f.doc, piece.sentence), piece.begin, piece.end);
        if (span.doc.empty()) {
          span = part;
        } else {
          span.span.end = std::max(span.span.end, part.span.end);
        }
      }
      q.spans.push_back(span);
    }
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return group_docs[a].size() > group_docs[b].size();
    });
    std::vector<Quotation> out;
    for (size_t g : order) {
      std::vector<int>& docs = group_docs[g];
      std::sort(docs.begin(), docs.end());
      Quotation& q = groups[g].second;
      for (int d : docs) q.docs.push_back(cluster_.documents[static_cast<size_t>(d)].id);
      out.push_back(std::move(q));
    }
    return out;
  }

  const Cluster& cluster_;
  const std::vector<SentenceMentions>& mentions_;
  std::vector<int> first_sentence_;  // Index of each document's first sentence.
  std::set<std::string> lone_names_;  // Of the document being scanned.
  // Of the document being scanned: for each normalized name, the sum of
  // SexBefore over its mentions.
  std::unordered_map<std::string, int> genders_;
  // Of the document being scanned: the full names written with each
  // surname.
  std::unordered_map<std::string, std::set<std::string>> full_names_;
  std::vector<Found> found_;
};

}  // namespace

std::vector<Quotation> FindQuotations(const Cluster& cluster,
                                      const std::vector<SentenceMentions>& mentions) {
  return QuotationFinder(cluster, mentions).Find();
}

}  // namespace precis
