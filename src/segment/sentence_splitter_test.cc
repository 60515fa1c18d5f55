// Copyright 2026 The Precis Authors.
#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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

TEST(SentenceSplitter, LearnsAbbreviationFromCluster) {
  std::string cluster =
      "The dept. of roads. He saw the Gen. staff. The Approx. value.\n"
      "An approx. figure was given.";
  // "approx." was seen before a lowercase word: an abbreviation.
  EXPECT_EQ(Split("It is approx. Ten miles away.", cluster),
            Sentences{"It is approx. Ten miles away."});
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

TEST(SentenceSplitter, ReferenceSummariesSplitSanely) {
  PRECIS_REQUIRE_SHARED_DATA(path, "duc2006/clusters.jsonl");
  std::ifstream in(path);
  std::string line;
  size_t sentences = 0, lowercase_starts = 0;
  for (int n = 0; n < 10 && std::getline(in, line); ++n) {
    nlohmann::json cluster = nlohmann::json::parse(line);
    for (const auto& summary : cluster["summaries"]) {
      std::string text = summary.get<std::string>();
      for (char& c : text)
        if (c == '\n') c = ' ';
      SentenceSplitter splitter;
      splitter.Learn(text);
      for (const SentenceRange& r : splitter.Split(text)) {
        ASSERT_LT(r.begin, r.end);
        ++sentences;
        char c = text[r.begin];
        if (c >= 'a' && c <= 'z') ++lowercase_starts;
      }
    }
  }
  EXPECT_GT(sentences, 200u);
  // Splits inside abbreviations would leave sentences starting lowercase.
  EXPECT_LT(lowercase_starts * 100, sentences) << lowercase_starts << " of " << sentences;
}

}  // namespace
}  // namespace precis
