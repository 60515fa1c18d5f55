// Copyright 2026 The Precis Authors.
#include "base/packed_word.h"

#include <gtest/gtest.h>

#include <array>
#include <iterator>
#include <set>
#include <string>
#include <utility>

namespace precis {
namespace {

TEST(PackedWord, EqualExactlyForEqualWords) {
  // Every length up to the longest, and for each a word differing from the
  // first at each of its bytes: all distinct, each equal to itself.
  std::set<std::pair<uint64_t, uint64_t>> seen;
  size_t words = 0;
  for (size_t n = 0; n <= kMostPackedBytes; ++n) {
    const std::string base(n, 'a');
    for (size_t at = 0; at <= n; ++at) {
      std::string w = base;
      if (at < n) w[at] = 'b';
      const PackedWord p = PackWord(w);
      EXPECT_TRUE(p == PackWord(std::string(w))) << w;
      seen.insert({p.low, p.high});
      ++words;
    }
  }
  EXPECT_EQ(seen.size(), words);
}

TEST(PackedWord, LengthTellsWordsWithZeroBytesApart) {
  const std::string a("a"), a0("a\0", 2), a00("a\0\0\0\0\0\0\0\0", 9);
  EXPECT_FALSE(PackWord(a) == PackWord(a0));
  EXPECT_FALSE(PackWord(a0) == PackWord(a00));
  EXPECT_TRUE(PackWord("") == PackedWord());
  EXPECT_FALSE(PackWord(std::string(1, '\0')) == PackedWord());
}

TEST(PackedWord, BytesInOrderThenTheLength) {
  const PackedWord p = PackWord("abcdefghij");
  EXPECT_EQ(p.low, 0x6867666564636261ull);                  // "abcdefgh"
  EXPECT_EQ(p.high, (uint64_t{10} << 56) | 0x6a69ull);      // "ij", length 10
  EXPECT_EQ(PackWord("x").low, 0x78ull);
  EXPECT_EQ(PackWord("xy").low, 0x7978ull);
  EXPECT_EQ(PackWord("xyz").low, 0x7a7978ull);
  EXPECT_EQ(PackWord("xyz").high, uint64_t{3} << 56);
}

TEST(PackedWord, TheSameInAConstantExpression) {
  // Every length up to the longest, packed by the compiler and at run time.
  static constexpr std::string_view kWords[] = {"",
                                                "a",
                                                "ab",
                                                "abc",
                                                "sony",
                                                "sony'",
                                                "sony's",
                                                "governm",
                                                "governme",
                                                "governmen",
                                                "government",
                                                "governments",
                                                "government's",
                                                "abcdefghijklm",
                                                "abcdefghijklmn",
                                                "abcdefghijklmno"};
  static constexpr auto kPacked = [] {
    std::array<PackedWord, std::size(kWords)> out{};
    for (size_t i = 0; i < out.size(); ++i) out[i] = PackWord(kWords[i]);
    return out;
  }();
  for (size_t i = 0; i < kPacked.size(); ++i) {
    EXPECT_TRUE(kPacked[i] == PackWord(std::string(kWords[i]))) << kWords[i];
  }
}

}  // namespace
}  // namespace precis
