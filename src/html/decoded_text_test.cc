// Copyright 2026 The Precis Authors.
#include "html/decoded_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace precis {
namespace {

// One piece of source text and what an HTML tokenizer decodes it to.
struct Piece {
  std::string source;
  std::string decoded;
};

MappedText Decode(const std::string& source, const std::string& decoded) {
  MappedText raw = MappedText::Identity(source);
  MappedText out;
  AppendDecodedText(decoded, raw, 0, raw.size(), &out);
  return out;
}

std::string SourceOf(const std::string& source, const MappedText& text, size_t begin, size_t end) {
  Span span = text.OriginalSpan(begin, end);
  return source.substr(span.begin, span.size());
}

TEST(DecodedText, CopiesUnchangedTextByteForByte) {
  MappedText out = Decode("plain words", "plain words");
  ASSERT_EQ(out.text(), "plain words");
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(out.origin_begin(i), i);
    EXPECT_EQ(out.origin_end(i), i + 1);
  }
}

TEST(DecodedText, MapsEachReferenceToItsOwnBytes) {
  const std::string source = "a &amp; b&mdash;c &#x41;&#8217;&eacute;";
  const std::string decoded =
      "a & b\xE2\x80\x94"
      "c A\xE2\x80\x99\xC3\xA9";
  MappedText out = Decode(source, decoded);
  ASSERT_EQ(out.text(), decoded);
  EXPECT_EQ(SourceOf(source, out, 2, 3), "&amp;");
  EXPECT_EQ(SourceOf(source, out, 5, 8), "&mdash;");
  EXPECT_EQ(SourceOf(source, out, 8, 9), "c");
  EXPECT_EQ(SourceOf(source, out, 10, 11), "&#x41;");
  EXPECT_EQ(SourceOf(source, out, 11, 14), "&#8217;");
  EXPECT_EQ(SourceOf(source, out, 14, 16), "&eacute;");
}

TEST(DecodedText, KeepsUnknownReferencesAndLooseAmpersands) {
  const std::string source = "AT&T &bogus; &amp;amp;";
  const std::string decoded = "AT&T &bogus; &amp;";
  MappedText out = Decode(source, decoded);
  ASSERT_EQ(out.text(), decoded);
  EXPECT_EQ(SourceOf(source, out, 0, 4), "AT&T");
  EXPECT_EQ(SourceOf(source, out, 5, 12), "&bogus;");
  EXPECT_EQ(SourceOf(source, out, 13, 14), "&amp;");
  EXPECT_EQ(SourceOf(source, out, 14, 18), "amp;");
}

TEST(DecodedText, MapsNormalizedLineBreaksToCarriageReturns) {
  const std::string source = "one\r\ntwo\rthree";
  MappedText out = Decode(source, "one\ntwo\nthree");
  ASSERT_EQ(out.text(), "one\ntwo\nthree");
  EXPECT_EQ(SourceOf(source, out, 3, 4), "\r\n");
  EXPECT_EQ(SourceOf(source, out, 7, 8), "\r");
  EXPECT_EQ(SourceOf(source, out, 8, 13), "three");
}

TEST(DecodedText, SkipsTagsTheParserIgnored) {
  const std::string source = "foo</span>bar";
  MappedText out = Decode(source, "foobar");
  ASSERT_EQ(out.text(), "foobar");
  EXPECT_EQ(SourceOf(source, out, 3, 6), "bar");
}

TEST(DecodedText, UnalignableTextStillMapsInsideItsRange) {
  const std::string source = "xx0123456789012345678901234567890123456789012345678901234567890";
  MappedText out = Decode(source, "completely different");
  ASSERT_EQ(out.text(), "completely different");
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_LE(out.origin_begin(i), out.origin_end(i));
    EXPECT_LE(out.origin_end(i), source.size());
    if (i > 0) {
      EXPECT_LE(out.origin_begin(i - 1), out.origin_begin(i));
    }
  }
}

// Generated texts from pieces with known decodings: every decoded byte must
// map inside the source bytes of its own piece.
TEST(DecodedText, GeneratedTextsMapEveryPieceToItsSource) {
  const std::vector<Piece> kPieces = {
      {"word", "word"},
      {" ", " "},
      {"x", "x"},
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&quot;", "\""},
      {"&nbsp;", "\xC2\xA0"},
      {"&mdash;", "\xE2\x80\x94"},
      {"&eacute;", "\xC3\xA9"},
      {"&#8217;", "\xE2\x80\x99"},
      {"&#150;", "\xE2\x80\x93"},
      {"&#65;", "A"},
      {"\r\n", "\n"},
      {"\r", "\n"},
      {"AT&T", "AT&T"},
      {"&bogus;", "&bogus;"},
  };
  std::mt19937 rng(20260101);
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1);
  for (int round = 0; round < 2000; ++round) {
    std::string source;
    std::string decoded;
    std::vector<size_t> source_at;   // Per piece.
    std::vector<size_t> decoded_at;  // Per piece.
    std::vector<size_t> used;
    const int count = 1 + round % 12;
    for (int k = 0; k < count; ++k) {
      size_t p = pick(rng);
      // Keep "AT&T" away from a following letter or "&..." run.
      used.push_back(p);
      source_at.push_back(source.size());
      decoded_at.push_back(decoded.size());
      source += kPieces[p].source;
      decoded += kPieces[p].decoded;
      if (p == 15 || p == 16) {  // Letters after them would extend them.
        source_at.push_back(source.size());
        decoded_at.push_back(decoded.size());
        used.push_back(1);
        source += " ";
        decoded += " ";
      }
    }
    MappedText out = Decode(source, decoded);
    ASSERT_EQ(out.text(), decoded);
    for (size_t k = 0; k < used.size(); ++k) {
      size_t s_begin = source_at[k];
      size_t s_end = s_begin + kPieces[used[k]].source.size();
      size_t d_begin = decoded_at[k];
      size_t d_end = d_begin + kPieces[used[k]].decoded.size();
      for (size_t i = d_begin; i < d_end; ++i) {
        EXPECT_GE(out.origin_begin(i), s_begin) << "source: " << source;
        EXPECT_LE(out.origin_end(i), s_end) << "source: " << source;
      }
    }
  }
}

}  // namespace
}  // namespace precis
