// Copyright 2026 The Precis Authors.
#include "base/quote_marks.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(QuoteMarks, EveryKindAndWidth) {
  const std::string_view text = "\xE2\x80\x9C" "A" "\xE2\x80\x9D ``B'' \"C\" it's `x'";
  EXPECT_EQ(QuoteMarkAt(text, 0).kind, QuoteMarkKind::kOpening);
  EXPECT_EQ(QuoteMarkAt(text, 0).width, 3u);
  EXPECT_EQ(QuoteMarkAt(text, 4).kind, QuoteMarkKind::kClosing);
  EXPECT_EQ(QuoteMarkAt(text, 8).kind, QuoteMarkKind::kOpening);
  EXPECT_EQ(QuoteMarkAt(text, 8).width, 2u);
  EXPECT_EQ(QuoteMarkAt(text, 11).kind, QuoteMarkKind::kClosing);
  EXPECT_EQ(QuoteMarkAt(text, 11).width, 2u);
  EXPECT_EQ(QuoteMarkAt(text, 14).kind, QuoteMarkKind::kStraight);
  EXPECT_EQ(QuoteMarkAt(text, 14).width, 1u);
  // An apostrophe, a lone grave accent, a letter, the end: no mark.
  EXPECT_EQ(QuoteMarkAt(text, 20).kind, QuoteMarkKind::kNone);
  EXPECT_EQ(QuoteMarkAt(text, 23).kind, QuoteMarkKind::kNone);
  EXPECT_EQ(QuoteMarkAt(text, 1).kind, QuoteMarkKind::kNone);
  EXPECT_EQ(QuoteMarkAt(text, text.size()).kind, QuoteMarkKind::kNone);
  // A lone first byte of a curly quote at the end is no mark either.
  EXPECT_EQ(QuoteMarkAt("a\xE2\x80", 1).kind, QuoteMarkKind::kNone);
}

TEST(QuoteMarks, BeforeAnEnd) {
  const std::string_view text = "said \xE2\x80\x9CWe said ``No";
  EXPECT_EQ(QuoteMarkBefore(text, 8).kind, QuoteMarkKind::kOpening);
  EXPECT_EQ(QuoteMarkBefore(text, 8).width, 3u);
  EXPECT_EQ(QuoteMarkBefore(text, 18).kind, QuoteMarkKind::kOpening);
  EXPECT_EQ(QuoteMarkBefore(text, 18).width, 2u);
  EXPECT_EQ(QuoteMarkBefore(text, 4).kind, QuoteMarkKind::kNone);
  EXPECT_EQ(QuoteMarkBefore(text, 0).kind, QuoteMarkKind::kNone);
  EXPECT_EQ(QuoteMarkBefore(text, text.size() + 1).kind, QuoteMarkKind::kNone);
}

TEST(QuoteMarks, HasQuoteMark) {
  EXPECT_TRUE(HasQuoteMark(",'' "));
  EXPECT_TRUE(HasQuoteMark(" \xE2\x80\x9D, "));
  EXPECT_TRUE(HasQuoteMark("\""));
  EXPECT_FALSE(HasQuoteMark("the players' union, `x' "));
  EXPECT_FALSE(HasQuoteMark(""));
}

}  // namespace
}  // namespace precis
