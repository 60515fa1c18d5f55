// Copyright 2026 The Precis Authors.
#include "base/ascii.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace precis {
namespace {

// What LowerAsciiWordRun returns, one byte at a time.
std::string ReferenceRun(std::string_view s, size_t capacity) {
  std::string out;
  for (char c : s) {
    if (out.size() == capacity) break;
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else {
      break;
    }
  }
  return out;
}

TEST(LowerAsciiWordRun, AgreesWithOneByteAtATime) {
  // Words of every length up to 40 ended by every byte value, at every
  // offset of an eight-byte block, with every capacity up to 24; each byte
  // written must lie within the capacity.
  std::mt19937 random(7);
  const std::string letters = "abcXYZ09mQ";
  for (int end = 0; end < 256; ++end) {
    for (size_t length = 0; length <= 40; length += (length < 18 ? 1 : 7)) {
      std::string word;
      for (size_t k = 0; k < length; ++k) word += letters[random() % letters.size()];
      for (size_t offset = 0; offset < 8; ++offset) {
        const std::string text = std::string(offset, '#') + word + static_cast<char>(end) + "Tail";
        const std::string_view s = std::string_view(text).substr(offset);
        for (size_t capacity : {size_t{0}, size_t{3}, size_t{8}, size_t{9}, size_t{16}, size_t{24},
                                size_t{64}}) {
          std::vector<char> out(capacity + 16, '\x7f');
          const size_t n = LowerAsciiWordRun(s, out.data(), capacity);
          const std::string expected = ReferenceRun(s, capacity);
          ASSERT_EQ(std::string(out.data(), n), expected)
              << "end " << end << " length " << length << " capacity " << capacity;
          for (size_t k = capacity; k < out.size(); ++k) ASSERT_EQ(out[k], '\x7f') << k;
        }
      }
    }
  }
}

TEST(LowerAsciiWordRun, StopsAtTheEndOfTheView) {
  const std::string text = "abcdefghijklmnop";
  char out[64];
  EXPECT_EQ(LowerAsciiWordRun(std::string_view(text).substr(0, 11), out, sizeof(out)), 11u);
  EXPECT_EQ(LowerAsciiWordRun(std::string_view(text).substr(0, 8), out, sizeof(out)), 8u);
  EXPECT_EQ(LowerAsciiWordRun(std::string_view(), out, sizeof(out)), 0u);
}

TEST(LowerAsciiInPlace, LowersCapitalsOnlyAtEveryLength) {
  // Every byte value at every position of texts up to 40 bytes long, which
  // the sixteen-byte blocks and the byte loop after them both meet.
  for (size_t size = 0; size <= 40; ++size) {
    for (int c = 0; c < 256; ++c) {
      std::string text(size, 'Q');
      for (size_t k = 0; k < size; ++k) text[k] = static_cast<char>((c + 37 * k) % 256);
      std::string expected = text;
      for (char& e : expected) {
        if (e >= 'A' && e <= 'Z') e = static_cast<char>(e + 32);
      }
      LowerAsciiInPlace(text.data(), text.size());
      ASSERT_EQ(text, expected) << "size " << size << " first byte " << c;
    }
  }
}

TEST(HasLowercaseAscii, FindsALowercaseLetterAnywhere) {
  EXPECT_TRUE(HasLowercaseAscii("Pleasant Hill"));
  EXPECT_TRUE(HasLowercaseAscii("U.S.a"));
  EXPECT_FALSE(HasLowercaseAscii("PLEASANT HILL"));
  EXPECT_FALSE(HasLowercaseAscii("U.S. 7"));
  EXPECT_FALSE(HasLowercaseAscii("\xC3\xA9T\xC3\x89"));  // "\u00e9T\u00c9": ASCII only.
  EXPECT_FALSE(HasLowercaseAscii(""));
}

TEST(StartsWithNoCase, ComparesAsciiLettersWithoutCase) {
  EXPECT_TRUE(StartsWithNoCase("In this May 3 photo", "in this "));
  EXPECT_TRUE(StartsWithNoCase("STORY CONTINUED BELOW", "story continued"));
  EXPECT_TRUE(StartsWithNoCase("anything", ""));
  EXPECT_FALSE(StartsWithNoCase("In that photo", "in this "));
  EXPECT_FALSE(StartsWithNoCase("In", "in this "));
  EXPECT_FALSE(StartsWithNoCase("\xC3\x89t\xC3\xA9", "\xC3\xA9t"));  // "\u00c9t\u00e9": ASCII only.
}

}  // namespace
}  // namespace precis
