// Copyright 2026 The Precis Authors.
#include "normalize/percent_decoder.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

std::string Decoded(const std::string& raw) {
  return DecodePercentPassages(MappedText::Identity(raw)).text();
}

TEST(PercentDecoder, DecodesEncodedQuotation) {
  EXPECT_EQ(Decoded("x %22Hi%20there%22 y"), "x \"Hi there\" y");
  EXPECT_EQ(Decoded("%22Today%20the%20U.S.%20succumbed%2C%20he%20said...%22\xE2\x80\x9D"),
            "\"Today the U.S. succumbed, he said...\"\xE2\x80\x9D");
}

TEST(PercentDecoder, DecodesUtf8Sequences) {
  EXPECT_EQ(Decoded("caf%C3%A9%20au%20lait"), "caf\xC3\xA9 au lait");
  EXPECT_EQ(Decoded("%E2%80%9CYes%E2%80%9D"), "\xE2\x80\x9CYes\xE2\x80\x9D");
}

TEST(PercentDecoder, LeavesUrlsPathsAndLonePercentSignsAlone) {
  for (const char* text :
       {"Visit https://example.com/a%20b%20c today.", "Rates rose 5% and 10%.", "path/a%2Fb%2Fc",
        "www.example.com/a%20b%20c", "search?q=a%20b%20c&lang=en", "one%20escape", "100%"}) {
    EXPECT_EQ(Decoded(text), text);
  }
}

TEST(PercentDecoder, RejectsControlsAndInvalidUtf8) {
  for (const char* text : {"a%00b%20c", "a%C3%28%20b", "a%0A%20b", "a%C2%85%20b"}) {
    EXPECT_EQ(Decoded(text), text);
  }
}

TEST(PercentDecoder, MapsEachDecodedByteToItsEscape) {
  const std::string raw = "say %22hi%20you%22 now";
  MappedText out = DecodePercentPassages(MappedText::Identity(raw));
  ASSERT_EQ(out.text(), "say \"hi you\" now");
  Span quote = out.OriginalSpan(4, 5);
  EXPECT_EQ(raw.substr(quote.begin, quote.size()), "%22");
  Span hi = out.OriginalSpan(5, 7);
  EXPECT_EQ(raw.substr(hi.begin, hi.size()), "hi");
  Span space = out.OriginalSpan(7, 8);
  EXPECT_EQ(raw.substr(space.begin, space.size()), "%20");
  Span tail = out.OriginalSpan(12, 16);
  EXPECT_EQ(raw.substr(tail.begin, tail.size()), " now");
}

TEST(PercentDecoder, ClassifiesRuns) {
  EXPECT_TRUE(IsEncodedPassage("%22Hi%20there%22"));
  EXPECT_FALSE(IsEncodedPassage("a%2Fb%2Fc"));
  EXPECT_FALSE(IsEncodedPassage("http://x.org/%22a%20b%22"));
  EXPECT_FALSE(IsEncodedPassage("50%"));
}

}  // namespace
}  // namespace precis
