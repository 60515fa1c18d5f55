// Copyright 2026 The Precis Authors.
#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "segment/abbreviations.h"
#include "testing/test_util.h"

namespace precis {
namespace {

std::vector<std::string> Split(const std::string& text, const std::string& learn = "") {
  SentenceSplitter splitter;
  splitter.Learn(learn.empty() ? text : learn);
  std::vector<std::string> out;
  for (const SentenceRange& r : splitter.Split(text)) {
    out.push_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitter, KeepsAbbreviationInsideSentence) {
  EXPECT_EQ(Split("Mr. Smith met Gov. Brown and Sen. Jones on Dec. 25 at St. Mark's."),
            Sentences{"Mr. Smith met Gov. Brown and Sen. Jones on Dec. 25 at St. Mark's."});
  EXPECT_EQ(Split("The No. 5 seed beat Acme Corp. employees in the final."),
            Sentences{"The No. 5 seed beat Acme Corp. employees in the final."});
}

TEST(SentenceSplitter, KeepsUsBeforeANameAndSplitsAtSentenceEnd) {
  EXPECT_EQ(Split("The five biggest theater chains in the U.S. decided to postpone the film, "
                  "citing security concerns, on Wednesday."),
            Sentences{"The five biggest theater chains in the U.S. decided to postpone the film, "
                      "citing security concerns, on Wednesday."});
  EXPECT_EQ(
      Split("U.S. officials spoke. Troops left the U.S. The next day they landed."),
      (Sentences{"U.S. officials spoke.", "Troops left the U.S.", "The next day they landed."}));
}

TEST(SentenceSplitter, KeepsInitialsInNames) {
  EXPECT_EQ(Split("John F. Kennedy and J.K. Rowling met George W. Bush."),
            Sentences{"John F. Kennedy and J.K. Rowling met George W. Bush."});
}

TEST(SentenceSplitter, KeepsDecimalsAndDomains) {
  EXPECT_EQ(Split("Sales rose 3.5 percent to $1.4 billion. According to Deadline.com, the "
                  "“paranoid thriller” was to be directed by Gore Verbinski."),
            (Sentences{"Sales rose 3.5 percent to $1.4 billion.",
                       "According to Deadline.com, the “paranoid thriller” was to be directed "
                       "by Gore Verbinski."}));
}

TEST(SentenceSplitter, SplitsAfterANumberAtSentenceEnd) {
  EXPECT_EQ(Split("The toll rose to 12. The next day it was 15."),
            (Sentences{"The toll rose to 12.", "The next day it was 15."}));
}

TEST(SentenceSplitter, SplitsAfterClosingQuote) {
  EXPECT_EQ(Split("He said, “We will win.” Then he left. (He declined to comment.) "
                  "Others stayed."),
            (Sentences{"He said, “We will win.”", "Then he left.", "(He declined to comment.)",
                       "Others stayed."}));
}

TEST(SentenceSplitter, KeepsQuoteFollowedByLowercaseAttribution) {
  EXPECT_EQ(Split("“Why?” he asked. “We have found linkage to the North Korean government,” a "
                  "government source said."),
            (Sentences{"“Why?” he asked.",
                       "“We have found linkage to the North Korean government,” a government "
                       "source said."}));
}

TEST(SentenceSplitter, HandlesEllipsis) {
  EXPECT_EQ(Split("We waited… and waited. Then… Nothing happened..."),
            (Sentences{"We waited… and waited.", "Then…", "Nothing happened..."}));
}

TEST(SentenceSplitter, KeepsAcronymBeforeACapitalizedNoun) {
  std::string text =
      "It was not certain where the case would go. U.S. Attorney Thomas "
      "Monaghan said his office had options. She spoke to the U.S. Tennis "
      "Association.";
  EXPECT_EQ(Split(text, text + "\nThe attorney and the association agreed."),
            (Sentences{"It was not certain where the case would go.",
                       "U.S. Attorney Thomas Monaghan said his office had options.",
                       "She spoke to the U.S. Tennis Association."}));
}

TEST(SentenceSplitter, KeepsAttributionAfterQuotedQuestion) {
  EXPECT_EQ(Split("``What gives a doctor that right?'' Lehner said. The trial ended."),
            (Sentences{"``What gives a doctor that right?'' Lehner said.", "The trial ended."}));
}

TEST(SentenceSplitter, KeepsSpacedEllipsisAndDetachedClosingQuotes) {
  EXPECT_EQ(Split("``But . . . it was late. We left.'' Then ``They're families. '' He went."),
            (Sentences{"``But . . . it was late.", "We left.''", "Then ``They're families. ''",
                       "He went."}));
}

TEST(SentenceSplitter, MarksHeadingsWithoutFinalPunctuation) {
  SentenceSplitter splitter;
  std::string text = "The Terrorists Win\nTheaters closed. “Really.”\n- a list item";
  std::vector<SentenceRange> ranges = splitter.Split(text);
  ASSERT_EQ(ranges.size(), 4u);
  EXPECT_TRUE(ranges[0].is_heading);
  EXPECT_FALSE(ranges[1].is_heading);
  EXPECT_FALSE(ranges[2].is_heading);
  EXPECT_TRUE(ranges[3].is_heading);
  EXPECT_EQ(ranges[0].paragraph, 0);
  EXPECT_EQ(ranges[2].paragraph, 1);
  EXPECT_EQ(ranges[3].paragraph, 2);
}

TEST(SentenceSplitter, LineBreakAlwaysEndsSentence) {
  EXPECT_EQ(Split("first line without end\nSecond line."),
            (Sentences{"first line without end", "Second line."}));
}

TEST(SentenceSplitter, NeverSplitsInsideUrl) {
  EXPECT_EQ(Split("See www.example.com/a.b.html for details. Then call."),
            (Sentences{"See www.example.com/a.b.html for details.", "Then call."}));
}

TEST(SentenceSplitter, LearnsOrdinaryWordsFromTheCluster) {
  // "Analysts" is seen lowercase elsewhere, so after "Inc." it opens a sentence.
  std::string text = "He joined Acme Inc. Analysts were surprised.";
  std::string cluster = text + "\nSeveral analysts said so.";
  EXPECT_EQ(Split(text, cluster), (Sentences{"He joined Acme Inc.", "Analysts were surprised."}));
  // A name after "Inc." does not.
  EXPECT_EQ(Split("He joined Acme Inc. Smith said so."),
            Sentences{"He joined Acme Inc. Smith said so."});
}

// The counting reads a word before a comma or a space, the most common
// kind, without a step of its own: it still counts those asked about.
TEST(SentenceSplitter, CountsAskedWordsBeforeACommaOrASpace) {
  std::string text = "He joined Acme Inc. Analysts were surprised.";
  EXPECT_EQ(Split(text, text + "\nSeveral analysts, though, said so."),
            (Sentences{"He joined Acme Inc.", "Analysts were surprised."}));
  // Capitalized inside sentences twice as often as lowercase: a name.
  EXPECT_EQ(Split(text, text + "\nSeveral analysts spoke to Analysts, to Analysts and others."),
            Sentences{text});
}

TEST(SentenceSplitter, LearnsAbbreviationFromCluster) {
  // "Ald." is in no built-in list; without the cluster it ends a sentence.
  EXPECT_EQ(Split("He met Ald. Burke today."), (Sentences{"He met Ald.", "Burke today."}));
  // The cluster writes it with a period before lowercase words and numbers,
  // never without one: an abbreviation, so a name after it continues.
  std::string cluster =
      "The ald. office closed. Ald. Burke spoke to the ald. committee in Ward 14. "
      "Ald. 14 voted.";
  EXPECT_EQ(Split("He met Ald. Burke today.", cluster), Sentences{"He met Ald. Burke today."});
  // It still ends a sentence before a common opener.
  EXPECT_EQ(Split("He met the Ald. The vote followed.", cluster),
            (Sentences{"He met the Ald.", "The vote followed."}));
}

TEST(SentenceSplitter, BoundsVeryLongSentences) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "word ";
  text += "end.";
  SentenceSplitter splitter;
  std::vector<SentenceRange> ranges = splitter.Split(text);
  ASSERT_GT(ranges.size(), 1u);
  for (const SentenceRange& r : ranges) EXPECT_LE(r.end - r.begin, 2000u);
  EXPECT_EQ(ranges.back().end, text.size());
}

TEST(SentenceSplitter, RangesHaveNoSurroundingSpaceAndAreOrdered) {
  std::string text = "  One.   Two!  \n\n  Three?  ";
  SentenceSplitter splitter;
  std::vector<SentenceRange> ranges = splitter.Split(text);
  ASSERT_EQ(ranges.size(), 3u);
  size_t last = 0;
  for (const SentenceRange& r : ranges) {
    EXPECT_GE(r.begin, last);
    EXPECT_NE(text[r.begin], ' ');
    EXPECT_NE(text[r.end - 1], ' ');
    last = r.end;
  }
}

TEST(SentenceSplitter, SplitsAfterUsAtSentenceEnd) {
  EXPECT_EQ(
      Split("Troops left the U.S. The next day they landed in the U.K. It rained."),
      (Sentences{"Troops left the U.S.", "The next day they landed in the U.K.", "It rained."}));
  // "Analysts" is an ordinary word in this cluster and is followed by a verb.
  std::string text = "The money stayed in the U.S. Analysts were surprised.";
  EXPECT_EQ(Split(text, text + "\nSome analysts disagreed."),
            (Sentences{"The money stayed in the U.S.", "Analysts were surprised."}));
}

TEST(SentenceSplitter, KeepsAcronymCollocationsSeenInTheCluster) {
  std::string text =
      "A bomb hit the U.S. Embassy in Nairobi. The embassy was closed. Officials at the "
      "U.S. Embassy in Tanzania agreed.";
  EXPECT_EQ(Split(text, text + "\nThe embassy staff left."),
            (Sentences{"A bomb hit the U.S. Embassy in Nairobi.", "The embassy was closed.",
                       "Officials at the U.S. Embassy in Tanzania agreed."}));
}

TEST(SentenceSplitter, KeepsExampleSentencesWhole) {
  std::string text = testing::ReadFileOrFail(testing::ExampleDir() + "/000_4d900502bb525134.txt") +
                     testing::ReadFileOrFail(testing::ExampleDir() + "/003_fa8aa3f6cab94459.txt");
  std::vector<std::string> sentences = Split(text);
  auto has = [&](const std::string& s) {
    return std::find(sentences.begin(), sentences.end(), s) != sentences.end();
  };
  EXPECT_TRUE(
      has("The five biggest theater chains in the U.S. decided to postpone the film, "
          "citing security concerns, on Wednesday."));
  EXPECT_TRUE(
      has("“We have found linkage to the North Korean government,” a government "
          "source said."));
  EXPECT_TRUE(
      has("According to Deadline.com, the “paranoid thriller” was to be directed by "
          "Gore Verbinski and begin production in March 2015."));
  EXPECT_TRUE(
      has("Nonetheless, on Wednesday, the top five theater companies in the United "
          "States decided not to show film, and Sony decided to pull the movie’s Dec. "
          "25 premier in New York City."));
  EXPECT_TRUE(has("The Terrorists Win"));
}

TEST(SentenceSplitter, KeepsMonthsBeforeDays) {
  EXPECT_EQ(Split("The film was to open Dec. 25 premier in New York City. It opened in Sept. "
                  "2015 instead."),
            (Sentences{"The film was to open Dec. 25 premier in New York City.",
                       "It opened in Sept. 2015 instead."}));
  EXPECT_EQ(
      Split("It closed in Dec. The next film opened in Jan. The theaters agreed."),
      (Sentences{"It closed in Dec.", "The next film opened in Jan.", "The theaters agreed."}));
}

TEST(SentenceSplitter, KeepsDecimals) {
  EXPECT_EQ(Split("Sales rose 3.5 percent to $1.4 billion with version 2.0.1 of the No. 5 app. "
                  "It worked."),
            (Sentences{"Sales rose 3.5 percent to $1.4 billion with version 2.0.1 of the No. 5 "
                       "app.",
                       "It worked."}));
}

TEST(SentenceSplitter, SplitsAfterStateAbbreviationButNotAfterLowercaseWord) {
  EXPECT_EQ(Split("He lives in Spokane, Wash. Four people were hurt. He was ill. Doctors came."),
            (Sentences{"He lives in Spokane, Wash.", "Four people were hurt.", "He was ill.",
                       "Doctors came."}));
  EXPECT_EQ(Split("Rep. Jackie Speier, D-Calif., and Sen. John McCain, R-Ariz., spoke."),
            Sentences{"Rep. Jackie Speier, D-Calif., and Sen. John McCain, R-Ariz., spoke."});
}

TEST(SentenceSplitter, SplitsAfterCorporateSuffixOnlyBeforeAnOpener) {
  EXPECT_EQ(
      Split("Sony Corp. The studio declined. It works with Acme Co. Smith said so."),
      (Sentences{"Sony Corp.", "The studio declined.", "It works with Acme Co. Smith said so."}));
  EXPECT_EQ(Split("Shares of Acme Inc.. Copyright 2014."),
            (Sentences{"Shares of Acme Inc..", "Copyright 2014."}));
}

TEST(SentenceSplitter, HandlesTimesOfDay) {
  EXPECT_EQ(Split("The vote ended at 5 p.m. Tuesday. It began at 9 a.m. The count took hours."),
            (Sentences{"The vote ended at 5 p.m. Tuesday.", "It began at 9 a.m.",
                       "The count took hours."}));
}

TEST(SentenceSplitter, EtcCanEndSentence) {
  EXPECT_EQ(Split("They sold pens, paper, etc. The shop closed. Risks (tobacco, etc.). As "
                  "noted, it works."),
            (Sentences{"They sold pens, paper, etc.", "The shop closed.", "Risks (tobacco, etc.).",
                       "As noted, it works."}));
  EXPECT_EQ(Split("Apples, pears, etc. are sold here, e.g. in spring, i.e. now."),
            Sentences{"Apples, pears, etc. are sold here, e.g. in spring, i.e. now."});
}

TEST(SentenceSplitter, SplitsAfterExclamationAndQuestionRuns) {
  EXPECT_EQ(Split("Really?! Yes! He won. “Why not?” Smith asked. He “won!” Then he left."),
            (Sentences{"Really?!", "Yes!", "He won.", "“Why not?” Smith asked.", "He “won!”",
                       "Then he left."}));
}

TEST(SentenceSplitter, SplitsAfterDomainAtSentenceEnd) {
  EXPECT_EQ(Split("Read it on nbcnews.com. Officials said more. Write to jane.doe@example.org. "
                  "Thanks."),
            (Sentences{"Read it on nbcnews.com.", "Officials said more.",
                       "Write to jane.doe@example.org.", "Thanks."}));
  EXPECT_EQ(Split("See https://example.com/a.b?c=d.e for it."),
            Sentences{"See https://example.com/a.b?c=d.e for it."});
}

TEST(SentenceSplitter, KeepsListMarkersWithTheirItem) {
  EXPECT_EQ(Split("1. First item\n2. Second item is here.\n- a dash item\n• A bullet"),
            (Sentences{"1. First item", "2. Second item is here.", "- a dash item", "• A bullet"}));
}

TEST(SentenceSplitter, SplitsAListWrittenOnOneLine) {
  EXPECT_EQ(Split("1. Check the gauge 2. Close the valve 3. Call the plant"),
            (Sentences{"1. Check the gauge", "2. Close the valve", "3. Call the plant"}));
  EXPECT_EQ(Split("4.) Close the valve. 5.) Call the plant."),
            (Sentences{"4.) Close the valve.", "5.) Call the plant."}));
  EXPECT_EQ(Split("1) Close the valve 2) Call the plant"),
            (Sentences{"1) Close the valve", "2) Call the plant"}));
  EXPECT_EQ(Split("a. Close the valve b. Call the plant c. Leave"),
            (Sentences{"a. Close the valve", "b. Call the plant", "c. Leave"}));
  EXPECT_EQ(Split("\u2022 7. Close the valve \u2022 8. Call the plant"),
            (Sentences{"\u2022 7. Close the valve", "\u2022 8. Call the plant"}));
  EXPECT_EQ(Split("\u20437. Close the valve \u20438. Call the plant"),
            (Sentences{"\u20437. Close the valve", "\u20438. Call the plant"}));
  // After a colon.
  EXPECT_EQ(Split("The crew did two things: 1. Closed the valve. 2. Called the plant."),
            (Sentences{"The crew did two things:", "1. Closed the valve.", "2. Called the plant."}));
}

TEST(SentenceSplitter, KeepsWhatOnlyLooksLikeAList) {
  // Letters in sequence inside a sentence, not opening it.
  EXPECT_EQ(Split("They tried plan a. Then plan b. Nothing worked."),
            (Sentences{"They tried plan a.", "Then plan b.", "Nothing worked."}));
  // Numbers out of sequence: no item starts at "7.", which ends a sentence
  // as any number would.
  EXPECT_EQ(Split("3. Close the valve 7. Call the plant"),
            (Sentences{"3. Close the valve 7.", "Call the plant"}));
  // One bullet inside a line separates; a row of bullets is no item.
  EXPECT_EQ(Split("Mary Smith \u2022 612-673-4788"),
            Sentences{"Mary Smith \u2022 612-673-4788"});
  EXPECT_EQ(Split("\u2022 Sports \u2022\u2022\u2022"), Sentences{"\u2022 Sports \u2022\u2022\u2022"});
  // A time after a colon.
  EXPECT_EQ(Split("Doors open at 10:30. Bring a ticket."),
            (Sentences{"Doors open at 10:30.", "Bring a ticket."}));
}

TEST(SentenceSplitter, ReadsEllipsesAsStyleGuidesWriteThem) {
  // Three spaced dots leave words out inside a sentence; four end it.
  EXPECT_EQ(Split("\u201cWe lost the house . . . We lost everything,\u201d she said."),
            Sentences{"\u201cWe lost the house . . . We lost everything,\u201d she said."});
  EXPECT_EQ(Split("We lost the house . . . . The insurer has not called."),
            (Sentences{"We lost the house . . . .", "The insurer has not called."}));
  EXPECT_EQ(Split("We lost the house.... The insurer has not called."),
            (Sentences{"We lost the house....", "The insurer has not called."}));
  // An omission in brackets ends no sentence before a citation; before a
  // capital it does.
  EXPECT_EQ(Split("\"The levee [...] failed\" (Smith 12). It did."),
            (Sentences{"\"The levee [...] failed\" (Smith 12).", "It did."}));
  EXPECT_EQ(Split("\"The levee held [...]\" (Smith 12)."),
            Sentences{"\"The levee held [...]\" (Smith 12)."});
  EXPECT_EQ(Split("The levee held [...] Then it failed."),
            (Sentences{"The levee held [...]", "Then it failed."}));
}

TEST(SentenceSplitter, KeepsTheNumberSignWithItsNumber) {
  EXPECT_EQ(Split("The order is N\u00b0. 4471.2. It shipped."),
            (Sentences{"The order is N\u00b0. 4471.2.", "It shipped."}));
}

TEST(SentenceSplitter, KeepsTitleCaseHeadlineWhole) {
  SentenceSplitter splitter;
  std::string text = "North Korea Behind Sony Hack: U.S. Officials\nHe left the U.S. The end.";
  splitter.Learn(text + "\nofficials said so.");
  std::vector<SentenceRange> ranges = splitter.Split(text);
  ASSERT_EQ(ranges.size(), 3u);
  EXPECT_EQ(text.substr(ranges[0].begin, ranges[0].end - ranges[0].begin),
            "North Korea Behind Sony Hack: U.S. Officials");
  EXPECT_TRUE(ranges[0].is_heading);
  EXPECT_FALSE(ranges[1].is_heading);
}

TEST(SentenceSplitter, DoesNotLearnAbbreviationFromOneStrayPeriod) {
  // "seat." is once followed by a lowercase word but "seat" is mostly
  // written without a period: not an abbreviation.
  std::string cluster = "He won the seat. and then left. The seat is open. A seat was free.";
  EXPECT_EQ(Split("He won the seat. Jarrett agreed.", cluster),
            (Sentences{"He won the seat.", "Jarrett agreed."}));
}

std::vector<std::string> SplitLearningAll(const std::vector<std::string>& texts, size_t which) {
  SentenceSplitter splitter;
  splitter.Learn(std::vector<std::string_view>(texts.begin(), texts.end()));
  std::vector<std::string> out;
  for (const SentenceRange& r : splitter.Split(texts[which])) {
    out.push_back(texts[which].substr(r.begin, r.end - r.begin));
  }
  return out;
}

// Learn() counts a word it may be asked about in every text of the call,
// also where no period is near it: "combined" written in lower case in one
// report makes "U.S. Combined" in another a sentence break.
TEST(SentenceSplitter, LearnsFromEveryTextOfTheCall) {
  const std::vector<std::string> texts = {
      "The combined fleet sailed at dawn. The combined force landed later.",
      "Troops left the U.S. Combined drills begin next week."};
  EXPECT_EQ(SplitLearningAll(texts, 1),
            (Sentences{"Troops left the U.S.", "Combined drills begin next week."}));
  EXPECT_EQ(SplitLearningAll({texts[1]}, 0),
            (Sentences{"Troops left the U.S. Combined drills begin next week."}));
  // The same when the period after "U.S." is inside a web address that
  // learning skips ("korea/u.s."): the word after it is still asked about.
  const std::vector<std::string> address = {
      texts[0], "Forces of south korea/u.s. Combined drills begin next week."};
  EXPECT_EQ(SplitLearningAll(address, 1),
            (Sentences{"Forces of south korea/u.s.", "Combined drills begin next week."}));
  // An abbreviation learned in one text ("approx." then a lowercase word)
  // holds in another.
  const std::vector<std::string> learned = {"It weighs approx. ten tons and more.",
                                            "It weighs approx. Nine tons. It sank."};
  EXPECT_EQ(SplitLearningAll(learned, 1), (Sentences{"It weighs approx. Nine tons.", "It sank."}));
}

// Terminal marks found at every offset of the sixteen-byte blocks the
// splitter scans at once, and in the bytes after the last block.
TEST(SentenceSplitter, FindsTerminalMarksAtAnyOffset) {
  for (size_t k = 1; k <= 40; ++k) {
    const std::string first = std::string(k, 'x') + " waited…";
    EXPECT_EQ(Split(first + " Nothing happened! Really? Yes. \u201cNo\u201d"),
              (Sentences{first, "Nothing happened!", "Really?", "Yes.", "\u201cNo\u201d"}))
        << k;
    for (const std::string mark : {"?", "!", "…", "."}) {
      const std::string text = std::string(k, 'x') + " Is it so" + mark + " Yes";
      EXPECT_EQ(Split(text), (Sentences{text.substr(0, text.size() - 4), "Yes"})) << k << mark;
    }
  }
}

// A word joined by "-" or "’" to letters that are no ASCII is one word
// ("seat-été"), not "seat" without a period: here "seat" is written only
// with one, and is learned as an abbreviation.
TEST(SentenceSplitter, LearnsWordsJoinedToLettersThatAreNoAscii) {
  std::string cluster = "He won the seat. and then left. The seat-été is open. A seat’é was free.";
  EXPECT_EQ(Split("He won the seat. Jarrett agreed.", cluster),
            (Sentences{"He won the seat. Jarrett agreed."}));
}

// Invariants on random text built from tricky fragments.
TEST(SentenceSplitter, RangesCoverTextOnRandomInput) {
  const std::vector<std::string> pieces = {
      "U.S.", "Mr.",  "Inc.", "etc.", "The", "the", "a",     "3.5", "“", "”",    "\"",
      "(",    ")",    "...",  "…",    "?",   "!",   ".",     " ",   " ", "  ",   "\n",
      "word", "Word", "é",    "Dec.", "25",  "J.",  "x.com", ";",   "—", "\xff", "\xe2\x80"};
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    SentenceSplitter splitter;
    splitter.Learn(text);
    std::vector<SentenceRange> ranges = splitter.Split(text);
    std::string covered(text.size(), ' ');
    size_t last_end = 0;
    for (const SentenceRange& r : ranges) {
      ASSERT_LT(r.begin, r.end);
      ASSERT_LE(r.end, text.size());
      ASSERT_GE(r.begin, last_end);
      ASSERT_LE(r.end - r.begin, SentenceSplitter::kDefaultMaxSentenceBytes);
      EXPECT_NE(text[r.begin], ' ');
      EXPECT_NE(text[r.end - 1], ' ');
      EXPECT_EQ(std::count(text.begin(), text.begin() + r.begin, '\n'), r.paragraph);
      EXPECT_EQ(text.substr(r.begin, r.end - r.begin).find('\n'), std::string::npos);
      for (size_t i = r.begin; i < r.end; ++i) covered[i] = text[i];
      last_end = r.end;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != ' ' && text[i] != '\n') {
        ASSERT_EQ(covered[i], text[i]) << i;
      }
    }
  }
}

TEST(SentenceSplitter, StaysLinearOnMegabyteLines) {
  // "ab.,cd,": periods in a line without spaces, each ending a word that
  // learning reads again from the last space before it.
  const std::vector<std::string> units = {"word ", "a. ", "U.S. ",  "x",      "!?",
                                          ". . ", "“(",  "word; ", "ab.,cd,"};
  for (const std::string& unit : units) {
    std::string text;
    while (text.size() < (1 << 20)) text += unit;
    auto start = std::chrono::steady_clock::now();
    SentenceSplitter splitter;
    splitter.Learn(text);
    std::vector<SentenceRange> ranges = splitter.Split(text);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0) << unit;
    ASSERT_FALSE(ranges.empty());
    for (const SentenceRange& r : ranges) {
      ASSERT_LE(r.end - r.begin, SentenceSplitter::kDefaultMaxSentenceBytes) << unit;
    }
  }
}

TEST(SentenceSplitter, CutsLongSentencesAfterSemicolons) {
  std::string text;
  while (text.size() < 1500) text += "a clause ";
  text += "ends here; ";
  while (text.size() < 3000) text += "more words ";
  text += "end.";
  SentenceSplitter splitter;
  std::vector<SentenceRange> ranges = splitter.Split(text);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(text[ranges[0].end - 1], ';');
  EXPECT_EQ(ranges[1].end, text.size());
}

TEST(SentenceSplitter, IsDeterministicAndIndependentOfOtherSplits) {
  std::string text = "Mr. Smith went to Washington, D.C. The Senate met. U.S. Rep. Jones spoke.";
  SentenceSplitter splitter;
  splitter.Learn(text);
  std::vector<SentenceRange> first = splitter.Split(text);
  splitter.Split("Unrelated text. Another one.");
  std::vector<SentenceRange> second = splitter.Split(text);
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].begin, second[i].begin);
    EXPECT_EQ(first[i].end, second[i].end);
  }
  EXPECT_EQ(first.size(), 3u);
}

// Checks a summary's split: ordered, non-empty, trimmed ranges, and no split
// right after a built-in abbreviation that never ends a sentence.
void ExpectSaneSplit(const std::string& text, const SentenceSplitter& splitter, size_t* sentences,
                     size_t* lowercase_starts) {
  std::vector<SentenceRange> ranges = splitter.Split(text);
  size_t last_end = 0;
  for (size_t i = 0; i < ranges.size(); ++i) {
    const SentenceRange& r = ranges[i];
    ASSERT_LT(r.begin, r.end);
    ASSERT_GE(r.begin, last_end);
    last_end = r.end;
    EXPECT_NE(text[r.begin], ' ');
    EXPECT_NE(text[r.end - 1], ' ');
    ++*sentences;
    const char c = text[r.begin];
    if (c >= 'a' && c <= 'z') ++*lowercase_starts;
    if (i + 1 < ranges.size() && ranges[i + 1].paragraph == r.paragraph && text[r.end - 1] == '.') {
      size_t b = text.rfind(' ', r.end - 1);
      b = b == std::string::npos || b < r.begin ? r.begin : b + 1;
      std::string last = text.substr(b, r.end - 1 - b);
      while (!last.empty() && !std::isalpha(static_cast<unsigned char>(last[0]))) {
        last.erase(0, 1);
      }
      EXPECT_NE(segment::ClassifyAbbreviation(last), segment::AbbreviationKind::kTitle)
          << text.substr(r.begin, r.end - r.begin);
      const char next = text[ranges[i + 1].begin];
      EXPECT_FALSE(next >= 'a' && next <= 'z') << text.substr(r.begin, r.end - r.begin);
    }
  }
}

TEST(SentenceSplitter, MultiNewsReferencesSplitSanely) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  std::ifstream in(path);
  std::string line;
  size_t sentences = 0, lowercase_starts = 0;
  while (std::getline(in, line)) {
    nlohmann::json cluster = nlohmann::json::parse(line);
    SentenceSplitter splitter;
    for (const auto& document : cluster["documents"]) {
      splitter.Learn(document["text"].get<std::string>());
    }
    for (const auto& summary : cluster["summaries"]) {
      ExpectSaneSplit(summary.get<std::string>(), splitter, &sentences, &lowercase_starts);
    }
  }
  EXPECT_GT(sentences, 1000u);
  EXPECT_LT(lowercase_starts * 100, sentences) << lowercase_starts << " of " << sentences;
}

TEST(SentenceSplitter, DucReferenceSummariesSplitSanely) {
  PRECIS_REQUIRE_SHARED_DATA(path, "duc2006/clusters.jsonl");
  std::ifstream in(path);
  std::string line;
  size_t sentences = 0, lowercase_starts = 0;
  while (std::getline(in, line)) {
    nlohmann::json cluster = nlohmann::json::parse(line);
    SentenceSplitter splitter;
    for (const auto& document : cluster["documents"]) {
      splitter.Learn(document["text"].get<std::string>());
    }
    for (const auto& summary : cluster["summaries"]) {
      std::string text = summary.get<std::string>();
      std::replace(text.begin(), text.end(), '\n', ' ');
      ExpectSaneSplit(text, splitter, &sentences, &lowercase_starts);
    }
  }
  EXPECT_GT(sentences, 1000u);
  // Splits inside abbreviations would leave sentences starting lowercase.
  EXPECT_LT(lowercase_starts * 100, sentences) << lowercase_starts << " of " << sentences;
}

}  // namespace
}  // namespace precis
