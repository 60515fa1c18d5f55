// Copyright 2026 The Precis Authors.
#include "normalize/headline.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

// The headline's text, or "" when FindHeadline finds none. Lines starting
// with "Pic:" stand for boilerplate.
std::string Headline(const std::string& text) {
  std::vector<TextLine> lines = SplitLines(text);
  for (TextLine& line : lines) line.dropped = line.view(text).substr(0, 4) == "Pic:";
  const size_t i = FindHeadline(text, lines);
  return i == lines.size() ? "" : std::string(lines[i].view(text));
}

TEST(Headline, IsAShortUnpunctuatedFirstLineBeforeABlankLine) {
  EXPECT_EQ(Headline("Studio Cancels Release\n\nThe studio cancelled it."),
            "Studio Cancels Release");
}

TEST(Headline, MayBeFollowedByANewParagraphOrBoilerplate) {
  EXPECT_EQ(Headline("North Korea Behind Sony Hack: U.S. Officials\nPic: Kim\nU.S. officials "
                     "have concluded that\nthe North Korean government ordered it."),
            "North Korea Behind Sony Hack: U.S. Officials");
  EXPECT_EQ(Headline("\n  Storm Hits Coast  \nA storm hit the coast."), "Storm Hits Coast");
}

TEST(Headline, IsNotASentenceOrAWrappedLine) {
  EXPECT_EQ(Headline("The studio cancelled the film.\nIt said so on Wednesday."), "");
  EXPECT_EQ(Headline("The studio cancelled\nthe film on Wednesday."), "");
  EXPECT_EQ(Headline("“Are you sure?”\nHe was."), "");
  EXPECT_EQ(Headline("Officials said:\nThe hack came from abroad."), "");
  EXPECT_EQ(Headline("- Sweden first\n- Norway second"), "");
  EXPECT_EQ(Headline("Abstract\nThe study finds things."), "");
}

TEST(Headline, IsNotLongerThanTwentyFiveWords) {
  std::string line = "Word";
  for (int i = 0; i < 25; ++i) line += " word";
  EXPECT_EQ(Headline(line + "\n\nBody."), "");
}

TEST(Headline, IsNotTheWholeText) {
  EXPECT_EQ(Headline("Storm Hits Coast"), "");
  EXPECT_EQ(Headline("Storm Hits Coast\n\nPic: waves"), "");
}

}  // namespace
}  // namespace precis
