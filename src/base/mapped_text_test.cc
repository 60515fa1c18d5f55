// Copyright 2026 The Precis Authors.
#include "base/mapped_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

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

// The obvious representation, one origin pair per byte, as a reference for
// the run-length one.
struct NaiveMapped {
  std::string text;
  std::vector<std::pair<size_t, size_t>> origins;
};

TEST(MappedText, RunsGiveTheSameOriginsAsOnePerByteOnRandomStages) {
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    std::string original;
    for (int n = static_cast<int>(rng() % 40); n > 0; --n)
      original += static_cast<char>('a' + rng() % 26);
    MappedText mapped = MappedText::Identity(original);
    NaiveMapped naive{original, {}};
    for (size_t i = 0; i < original.size(); ++i) naive.origins.emplace_back(i, i + 1);
    for (int stage = 0; stage < 4; ++stage) {
      MappedText next;
      NaiveMapped next_naive;
      size_t pos = 0;
      while (pos < naive.text.size()) {
        const size_t len = 1 + rng() % (naive.text.size() - pos);
        switch (rng() % 4) {
          case 0:  // Copy.
          case 1:
            next.AppendFrom(mapped, pos, len);
            next_naive.text += naive.text.substr(pos, len);
            for (size_t k = pos; k < pos + len; ++k) next_naive.origins.push_back(naive.origins[k]);
            break;
          case 2: {  // Replace with one to three bytes.
            const std::string bytes(1 + rng() % 3, '#');
            next.AppendReplacement(bytes, mapped, pos, pos + len);
            next_naive.text += bytes;
            for (size_t k = 0; k < bytes.size(); ++k) {
              next_naive.origins.emplace_back(naive.origins[pos].first,
                                              naive.origins[pos + len - 1].second);
            }
            break;
          }
          default:  // Drop, sometimes leaving an insertion in its place.
            if (rng() % 2 == 0) {
              next.AppendReplacement("\n", mapped, pos, pos);
              next_naive.text += "\n";
              next_naive.origins.emplace_back(naive.origins[pos].first, naive.origins[pos].first);
            }
            break;
        }
        pos += len;
      }
      mapped = std::move(next);
      naive = std::move(next_naive);
      ASSERT_EQ(mapped.text(), naive.text);
      for (size_t i = 0; i < naive.text.size(); ++i) {
        ASSERT_EQ(mapped.origin_begin(i), naive.origins[i].first)
            << round << " " << stage << " " << i;
        ASSERT_EQ(mapped.origin_end(i), naive.origins[i].second)
            << round << " " << stage << " " << i;
      }
    }
  }
}

}  // namespace
}  // namespace precis
