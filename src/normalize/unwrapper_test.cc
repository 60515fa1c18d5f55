// Copyright 2026 The Precis Authors.
#include "normalize/unwrapper.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

std::string Assemble(const std::string& text) {
  std::vector<TextLine> lines = SplitLines(text);
  MappedText out;
  AssembleParagraphs(MappedText::Identity(text), lines, IsHardWrapped(lines), &out);
  return out.text();
}

TEST(Unwrapper, SplitsLinesAndNotesTheirShape) {
  const std::string text = "  One “two.”  \n\nthree\n- four\n12) Five";
  std::vector<TextLine> lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].view(text), "One “two.”");
  EXPECT_TRUE(lines[0].terminal);
  EXPECT_EQ(lines[0].words, 2u);
  EXPECT_TRUE(lines[1].blank);
  EXPECT_TRUE(lines[2].continues);
  EXPECT_FALSE(lines[2].terminal);
  EXPECT_TRUE(lines[3].list_item);
  EXPECT_TRUE(lines[4].list_item);
  EXPECT_EQ(SplitLines("").size(), 1u);
}

// Runs of spaces anywhere in a line, across the sixteen-byte blocks the
// search for two spaces reads at once, become one space.
TEST(Unwrapper, CollapsesRunsOfSpacesAtAnyOffset) {
  for (size_t k = 1; k <= 40; ++k) {
    for (size_t run = 2; run <= 4; ++run) {
      const std::string words = std::string(k, 'a') + std::string(run, ' ') + "b c" +
                                std::string(run, ' ') + "d.";
      EXPECT_EQ(Assemble(words), std::string(k, 'a') + " b c d.") << k << " " << run;
    }
  }
}

TEST(Unwrapper, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(Assemble("One two.\n\n\nThree four.\n"), "One two.\nThree four.");
}

TEST(Unwrapper, JoinsLowercaseContinuations) {
  EXPECT_EQ(Assemble("The officials told\nreporters the attack\noriginated abroad.\nNext one."),
            "The officials told reporters the attack originated abroad.\nNext one.");
  EXPECT_EQ(Assemble("He said it was “over\n” and left."), "He said it was “over ” and left.");
}

TEST(Unwrapper, JoinsCapitalizedLinesOnlyInHardWrappedText) {
  const std::string wrapped =
      "The officials told NBC\nNews the attack originated\noutside North Korea, but they\n"
      "believe the hackers acted on orders.";
  std::vector<TextLine> lines = SplitLines(wrapped);
  EXPECT_TRUE(IsHardWrapped(lines));
  EXPECT_EQ(Assemble(wrapped),
            "The officials told NBC News the attack originated outside North Korea, but they "
            "believe the hackers acted on orders.");
  const std::string headings = "The Terrorists Win\nThe studio gave up.\nWhat Next\nNobody knows.";
  EXPECT_FALSE(IsHardWrapped(SplitLines(headings)));
  EXPECT_EQ(Assemble(headings), headings);
}

TEST(Unwrapper, NeverJoinsListItemsToThePreviousLine) {
  EXPECT_EQ(Assemble("Key points:\n- sweden is first\n- the us is 21st"),
            "Key points:\n- sweden is first\n- the us is 21st");
}

TEST(Unwrapper, NeverJoinsAcrossDroppedLines) {
  const std::string text = "The officials told\nPic: caption\nreporters that.";
  std::vector<TextLine> lines = SplitLines(text);
  lines[1].dropped = true;
  MappedText out;
  AssembleParagraphs(MappedText::Identity(text), lines, false, &out);
  EXPECT_EQ(out.text(), "The officials told\nreporters that.");
}

TEST(Unwrapper, CollapsesSpacesAndMapsJoinsToLineBreaks) {
  const std::string text = "One   two\n  three.";
  MappedText out;
  std::vector<TextLine> lines = SplitLines(text);
  AssembleParagraphs(MappedText::Identity(text), lines, false, &out);
  ASSERT_EQ(out.text(), "One two three.");
  Span gap = out.OriginalSpan(3, 4);
  EXPECT_EQ(text.substr(gap.begin, gap.size()), "   ");
  Span join = out.OriginalSpan(7, 8);
  EXPECT_EQ(text.substr(join.begin, join.size()), "\n  ");
  Span all = out.OriginalSpan(0, out.size());
  EXPECT_EQ(all.begin, 0u);
  EXPECT_EQ(all.end, text.size());
}

}  // namespace
}  // namespace precis
