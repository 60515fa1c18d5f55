// Copyright 2026 The Precis Authors.
#include "normalize/unicode_normalizer.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>

namespace precis {
namespace {

std::string Normalized(const std::string& raw) {
  return NormalizeUnicode(MappedText::Identity(raw)).text();
}

std::string OriginOf(const std::string& raw, const MappedText& out, size_t begin, size_t end) {
  Span span = out.OriginalSpan(begin, end);
  return raw.substr(span.begin, span.size());
}

TEST(UnicodeNormalizer, ComposesToNfcAndKeepsOrigins) {
  std::string raw = "Cafe\xCC\x81 ok";  // "e" + combining acute.
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  EXPECT_EQ(out.text(), "Caf\xC3\xA9 ok");
  EXPECT_EQ(OriginOf(raw, out, 3, 5), "e\xCC\x81");
  EXPECT_EQ(OriginOf(raw, out, 5, 8), " ok");
}

TEST(UnicodeNormalizer, ComposesHangulJamo) {
  EXPECT_EQ(Normalized("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C");  // 한
}

TEST(UnicodeNormalizer, TurnsCrLfAndLoneCrIntoLineFeeds) {
  std::string raw = "a\r\nb\rc\n";
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  EXPECT_EQ(out.text(), "a\nb\nc\n");
  EXPECT_EQ(OriginOf(raw, out, 1, 2), "\r\n");
}

TEST(UnicodeNormalizer, TurnsTabsAndUnicodeSpacesIntoSpaces) {
  std::string raw =
      "a\tb\xC2\xA0"
      "c\xE2\x80\x83"
      "d\xE3\x80\x80"
      "e";
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  EXPECT_EQ(out.text(), "a b c d e");
  EXPECT_EQ(OriginOf(raw, out, 3, 4), "\xC2\xA0");  // The NBSP's space.
}

TEST(UnicodeNormalizer, DropsZeroWidthCharactersAndSoftHyphens) {
  EXPECT_EQ(Normalized("\xEF\xBB\xBFzero\xE2\x80\x8Bwidth co\xC2\xAD"
                       "operate"),
            "zerowidth cooperate");
}

TEST(UnicodeNormalizer, RepairsWindows1252PunctuationLeftAsControls) {
  std::string raw = "it\xC2\x92s \xC2\x93ok\xC2\x94 \xC2\x81x";
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  EXPECT_EQ(out.text(), "it\xE2\x80\x99s \xE2\x80\x9Cok\xE2\x80\x9D  x");
  EXPECT_EQ(OriginOf(raw, out, 2, 5), "\xC2\x92");
}

TEST(UnicodeNormalizer, LeavesNfcTextByteForByte) {
  std::string raw =
      "Plain ASCII, “quotes” — dashes, 東京, Привет, 한국어, café 🙂\n";
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  ASSERT_EQ(out.text(), raw);
  for (size_t i = 0; i < raw.size(); ++i) {
    EXPECT_EQ(out.origin_begin(i), i);
    EXPECT_EQ(out.origin_end(i), i + 1);
  }
}

// Checks the run-by-run normalization against utf8proc on whole strings.
TEST(UnicodeNormalizer, AgreesWithWholeStringNfcOnGeneratedText) {
  const char* pieces[] = {"a",
                          "e",
                          "o",
                          " ",
                          ".",
                          "\xC3\xA9",
                          "\xCC\x81",
                          "\xCC\xA3",
                          "\xCC\x88",
                          "\xE1\x84\x92",
                          "\xE1\x85\xA1",
                          "\xE1\x86\xAB",
                          "\xE6\x9D\xB1",
                          "\xE3\x81\x8B",
                          "\xE3\x82\x99",
                          "\xD0\xB8",
                          "\xCC\x86",
                          "\xEF\xA4\x80",
                          "\xCE\x86",
                          "\xE2\x80\x9C"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string raw;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) raw += pieces[rng() % std::size(pieces)];
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(raw.c_str()));
    ASSERT_NE(nfc, nullptr);
    const std::string expected(reinterpret_cast<const char*>(nfc));
    std::free(nfc);
    MappedText out = NormalizeUnicode(MappedText::Identity(raw));
    ASSERT_EQ(out.text(), expected) << raw;
    for (size_t i = 0; i < out.size(); ++i) {
      ASSERT_LE(out.origin_begin(i), out.origin_end(i));
      ASSERT_LE(out.origin_end(i), raw.size());
      if (i > 0) {
        ASSERT_LE(out.origin_begin(i - 1), out.origin_begin(i));
      }
    }
  }
}

// Long runs of plain ASCII, which the normalizer skips sixteen bytes at a
// time, with what it must stop at (a combining mark on the letter before
// it, a line break, non-ASCII letters, a zero-width space, a carriage
// return) at every offset of those blocks.
TEST(UnicodeNormalizer, StopsWhereverTheBytesToChangeFallInLongText) {
  const std::string letters = "Lorem ipsum dolor sit amet, consectetur adipiscing";
  const char* marks[] = {"\xCC\x81", "\n", "\xC3\xA9", "\xE2\x80\x8B", "\r\n", "\rX", "\x7F"};
  std::mt19937 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string raw, expected;
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < n; ++k) {
      const std::string run = letters.substr(0, rng() % letters.size());
      raw += run;
      expected += run;
      const std::string mark = marks[rng() % std::size(marks)];
      raw += mark;
      if (mark == "\xCC\x81") {
        // NFC composes it with a letter before it where one exists.
        utf8proc_uint8_t* nfc =
            utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>((expected + mark).c_str()));
        ASSERT_NE(nfc, nullptr);
        expected = reinterpret_cast<const char*>(nfc);
        std::free(nfc);
      } else if (mark == "\r\n") {
        expected += "\n";
      } else if (mark == "\rX") {  // A lone carriage return.
        expected += "\nX";
      } else if (mark != "\xE2\x80\x8B") {
        expected += mark;
      }
    }
    ASSERT_EQ(Normalized(raw), expected) << raw;
  }
}

}  // namespace
}  // namespace precis
