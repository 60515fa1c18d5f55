// Copyright 2026 The Precis Authors.
//
// Mentions: the numbers, dates and names a sentence states, each with a
// normalized value so that formatting variants compare equal ("five" and
// "5"; "Dec. 25" and "December 25"; "Kim Jong-un" and "Kim Jong Un").
#ifndef PRECIS_ANALYZE_MENTIONS_H_
#define PRECIS_ANALYZE_MENTIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "precis/document.h"
#include "tokenize/tokenizer.h"

namespace precis {

enum class MentionKind { kNumber, kDate, kName };

// The class of a phone number, a catalog code or a team's record
// ("434-263-7050", "0800 096 1233", "6-6-6"): read as one mention so that
// its digit groups are no quantities, and compared with nothing (two
// reports that give two numbers mostly give two contacts).
inline constexpr std::string_view kCodeClass = "#";

struct Mention {
  MentionKind kind = MentionKind::kNumber;
  size_t begin = 0, end = 0;              // Bytes of the sentence text.
  size_t first_token = 0, end_token = 0;  // Tokens [first_token, end_token).
  std::string surface;                    // text[begin, end).
  // Values that compare equal mean the same: numbers "15000000", "$1200",
  // "5%", "21st"; dates "12-25" (month-day), "m12" (a month), "d3" (a
  // weekday), "y2014"; names in lower case without dots, hyphens,
  // apostrophes, a leading "the" or a title ("mr"), a place's abbreviated
  // word written out ("st" -> "saint"), opening initials joined ("jk
  // rowling").
  std::string normalized;
  // Only mentions of the same kind and class are compared: a number's unit
  // ("", "$", "%", "th"), a date's granularity ("md", "m", "d", "y"), "" for
  // names. kCodeClass is never compared.
  std::string value_class;
  // A name that opens its sentence or clause, where any word is
  // capitalized: "Speaking" may be no name at all.
  bool opens_clause = false;
  // A name that qualifies a title after it, a body or a field ("Health" in
  // "Health Minister Leo Varadkar"): never the person.
  bool qualifies_title = false;
  // A number's value ("$15 million": 15000000), 0 for dates and names.
  double number = 0;
  // A number that is a person's age: "21-year-old", "21 years old", "aged
  // 21", "Kira Grunberg, 21," or "Smith (45)". Its class stays "": "he was
  // 21" states the same.
  bool age = false;
  // A unit written onto the number, read as the word after it: "km" of
  // "2,700km".
  std::string glued_unit;
  // A number a word before it says is rounded or a bound: "about 40
  // percent", "nearly 40,000", "more than 2,000"; `bound` is +1 for a
  // lower bound ("more than", "at least"), -1 for an upper one ("nearly",
  // "up to"), 0 otherwise. `hedge_tokens` are the words that say so, right
  // before the number (2 for "more than"): what the number's context reads
  // lies before them.
  bool approximate = false;
  int bound = 0;
  size_t hedge_tokens = 0;
  // A date of a wire dateline ("OTTAWA, January 12 (Xinhua) --"): the day
  // its report was filed (FindClusterMentions).
  bool in_dateline = false;
};

// True for two numbers of one class of which the one written with fewer
// significant digits is the other rounded to them, where it has two such
// digits or more ("1.6 million" / "1,589,234"), or is `approximate` and
// within a tenth of the other ("about 40 percent" / "39.8 percent"; not
// "about 100" / "59"). Not "20" / "24": a round number alone may well be
// exact; nor where the other is `approximate` too ("some 2,400" / "some
// 2,000": two estimates), or lies past the rounded one's `bound` ("nearly
// 10" / "13").
bool RoundedAlike(const Mention& a, const Mention& b);

// The mentions of `text` (a sentence), given its tokens. `lowercase_words`
// holds the folded words that the cluster also uses in lower case: a
// capitalized sentence opener among them ("Officials") is not a name.
std::vector<Mention> FindMentions(std::string_view text, const std::vector<Token>& tokens,
                                  const std::unordered_set<std::string>& lowercase_words);

// Lower-case words that may sit inside a name ("of" in "Guardians of
// Peace", "de" in "Port de Bales").
bool IsNameConnector(std::string_view folded);

// Abbreviated words that open a place's name, not a person's ("st" of "St.
// Louis", "ft", "mt"): a name continues past their period.
bool AbbreviatesPlaceWord(std::string_view folded);

// True for the first word of a normalized name that makes it a place's:
// "saint", "mount", "fort" (which NormalizeName writes for "St.", "Mt.",
// "Ft." too).
bool OpensPlaceName(std::string_view normalized_word);

// Edits (a byte inserted, deleted or replaced) that turn `a` into `b`,
// but 1 where they differ only in two neighbouring bytes swapped:
// "korean" / "korena" is one slip, as "korea" / "korena" is.
size_t SpellingDistance(std::string_view a, std::string_view b);

// A normalized name of three words or more without the generational
// suffix that ends it ("keith knowles" of "keith knowles jr"), else the
// name itself: a report that writes "Keith Knowles, Jr." leaves the suffix
// out of the name, another that writes "Keith Knowles Jr." keeps it.
std::string_view WithoutNameSuffix(std::string_view normalized);

// True when two normalized names can denote the same entity without a
// difference of spelling: equal, one a word-aligned part of the other
// ("obama", "barack obama"), one the initials of the other ("fbi"), the
// same letters spaced differently ("jong un", "jongun"), or a final "s"
// apart ("guardians"/"guardian"). (British spellings are made American
// when a name is normalized: "world health organization".)
bool CompatibleNames(std::string_view a, std::string_view b);

// True when two normalized names look like spellings of one name: the
// shorter equal to a stretch of the longer but for one word, and that one a
// letter apart (two for long words) or a small function word apart
// ("guardians of peace", "guardians for peace"; "steve carrell", "steve
// carell"; "polmetto state", "palmetto state republican"). A single word
// pairs only with a single word, short ones never; names that
// CompatibleNames accepts are never variants.
bool SpellingVariants(std::string_view a, std::string_view b);

// True for two differing words of names of `name_words` words that may be
// two spellings of one: a letter apart (two for words of eight letters or
// more) or two neighbours swapped where the dictionary does not list both
// ("dreyfus" / "drefyus"; not "gary" / "gray"), no digit in either, at
// least four letters (five for a name of one word), and not one word with
// an English ending added to the other ("german" / "germany", "olympic" /
// "olympics"). Words of three letters in a name of two words or more are
// one slip apart with the first letter kept, one of them a word the
// dictionary does not list ("neww" / "new"; not "dan" / "don").
bool CloseSpelling(std::string_view p, std::string_view q, size_t name_words);

// True for two words with the same first letter and one edit apart, or
// two neighbours swapped ("japunese" / "japanese", "koble" / "kolbe"): the
// stricter spelling test for a capitalized word seen only where a sentence
// opens, which may be an ordinary word ("Rolling" / "Bolling", "Internal" /
// "Internet"), and for a lone word against a longer name's first word
// ("stanfird" / "stanford university").
bool OneSlipApart(std::string_view a, std::string_view b);

// The tokens and mentions of each sentence of a cluster, numbered as
// FactVectors numbers sentences (by document, then position). Headings,
// list items and table cells have none but names one slip from a name of
// the cluster's sentences (a misspelling the reader sees there); a
// headline's are its values, and in title case only the names of the
// cluster's sentences or one slip from them.
//
// Bounded for hostile clusters (a million short sentences dense with names
// and numbers): sentences are read in turns by position (every document's
// first, then every document's second, ...), and once `most_mentions` are
// found, the sentences not yet read get neither tokens nor mentions, and
// *truncated (if given) is set.
struct SentenceMentions {
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
};
// Far above what ten thousand news articles hold.
constexpr size_t kMostClusterMentions = 300000;
std::vector<SentenceMentions> FindClusterMentions(const Cluster& cluster,
                                                  size_t most_mentions = kMostClusterMentions,
                                                  bool* truncated = nullptr);

}  // namespace precis

#endif  // PRECIS_ANALYZE_MENTIONS_H_
