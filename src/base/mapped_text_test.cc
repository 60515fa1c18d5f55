// Copyright 2026 The Precis Authors.
#include "base/mapped_text.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(MappedText, IdentityMapsEachByteToItself) {
  MappedText t = MappedText::Identity("abc");
  ASSERT_EQ(t.text(), "abc");
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(t.origin_begin(i), i);
    EXPECT_EQ(t.origin_end(i), i + 1);
  }
  EXPECT_EQ(t.OriginalSpan(1, 3), (Span{1, 3}));
}

TEST(MappedText, ReplacementCoversTheWholeSourceRange) {
  // "a%20b" -> "a b": the space stands for the three bytes "%20".
  MappedText raw = MappedText::Identity("a%20b");
  MappedText out;
  out.AppendFrom(raw, 0, 1);
  out.AppendReplacement(" ", raw, 1, 4);
  out.AppendFrom(raw, 4, 1);
  ASSERT_EQ(out.text(), "a b");
  EXPECT_EQ(out.OriginalSpan(1, 2), (Span{1, 4}));
  EXPECT_EQ(out.OriginalSpan(0, 3), (Span{0, 5}));
  EXPECT_EQ(out.OriginalSpan(2, 3), (Span{4, 5}));
}

TEST(MappedText, OriginsComposeAcrossStages) {
  MappedText raw = MappedText::Identity("xx<b>hello</b>yy");
  MappedText stage1;  // Drop the tags.
  stage1.AppendFrom(raw, 0, 2);
  stage1.AppendFrom(raw, 5, 5);
  stage1.AppendFrom(raw, 14, 2);
  ASSERT_EQ(stage1.text(), "xxhelloyy");
  MappedText stage2;  // Keep only "hello".
  stage2.AppendFrom(stage1, 2, 5);
  ASSERT_EQ(stage2.text(), "hello");
  Span span = stage2.OriginalSpan(0, stage2.size());
  EXPECT_EQ(raw.text().substr(span.begin, span.size()), "hello");
}

TEST(MappedText, InsertionHasEmptyOriginAtItsPlace) {
  MappedText raw = MappedText::Identity("ab");
  MappedText out;
  out.AppendFrom(raw, 0, 1);
  out.AppendReplacement("\n", raw, 1, 1);
  out.AppendFrom(raw, 1, 1);
  EXPECT_EQ(out.origin_begin(1), 1u);
  EXPECT_EQ(out.origin_end(1), 1u);
  MappedText tail;
  tail.AppendReplacement("!", raw, 2, 2);
  EXPECT_EQ(tail.origin_begin(0), 2u);
}

TEST(MappedText, EmptyRangeGivesEmptySpan) {
  MappedText t = MappedText::Identity("abc");
  EXPECT_EQ(t.OriginalSpan(1, 1), (Span{1, 1}));
  EXPECT_EQ(t.OriginalSpan(3, 3), (Span{3, 3}));
}

}  // namespace
}  // namespace precis
