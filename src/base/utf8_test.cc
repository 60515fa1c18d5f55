// Copyright 2026 The Precis Authors.
#include "base/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(FindInvalidUtf8(""), kValidUtf8);
  EXPECT_EQ(FindInvalidUtf8("plain ascii text that is long"), kValidUtf8);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"),
            kValidUtf8);
}

TEST(Utf8, ReportsOffsetOfFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xFFxyz"), 10u);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);           // Truncated sequence.
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);       // Overlong '/'.
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);   // Surrogate.
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u); // Above U+10FFFF.
}

TEST(Utf8, FindsNul) {
  EXPECT_EQ(FindNul(std::string("ab\0c", 4)), 2u);
  EXPECT_EQ(FindNul("abc"), std::string_view::npos);
}

TEST(Utf8, RepairReplacesBadBytesAndKeepsOrigins) {
  MappedText t = RepairUtf8("a\xFF" "b");
  EXPECT_EQ(t.text(), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(t.OriginalSpan(1, 4), (Span{1, 2}));
  EXPECT_EQ(t.OriginalSpan(4, 5), (Span{2, 3}));
  EXPECT_EQ(FindInvalidUtf8(t.text()), kValidUtf8);
}

TEST(Utf8, UppercaseLetters) {
  EXPECT_TRUE(IsUppercaseLetter('A'));
  EXPECT_TRUE(IsUppercaseLetter(U'\u00C9'));  // É
  EXPECT_TRUE(IsUppercaseLetter(U'\u01C5'));  // ǅ, titlecase
  EXPECT_FALSE(IsUppercaseLetter('a'));
  EXPECT_FALSE(IsUppercaseLetter('7'));
  EXPECT_FALSE(IsUppercaseLetter(U'\u00E9'));  // é
  EXPECT_FALSE(IsUppercaseLetter(U'\u201C'));  // “
}

TEST(Utf8, IteratesCodePoints) {
  std::string s = "a\xC3\xA9\xE2\x80\x94";
  size_t pos = 0;
  EXPECT_EQ(NextCodePoint(s, &pos), U'a');
  EXPECT_EQ(NextCodePoint(s, &pos), U'\u00E9');
  EXPECT_EQ(NextCodePoint(s, &pos), U'\u2014');
  EXPECT_EQ(pos, s.size());
  std::string back;
  AppendUtf8(U'\u2014', &back);
  EXPECT_EQ(back, "\xE2\x80\x94");
}

}  // namespace
}  // namespace precis
