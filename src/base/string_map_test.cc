// Copyright 2026 The Precis Authors.
#include "base/string_map.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace precis {
namespace {

// Every length the short paths read (below 4, 4 to 7, 8 to 16) and past
// them, with the keys differing at each byte in turn.
TEST(StringViewEq, TellsKeysApartByAnyByteAtAnyLength) {
  const StringViewEq eq;
  for (size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + i % 26);
    EXPECT_TRUE(eq(a, std::string(a))) << n;
    EXPECT_FALSE(eq(a, a + "y")) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = static_cast<char>(b[i] ^ 0x80);
      EXPECT_FALSE(eq(a, b)) << n << " " << i;
      EXPECT_FALSE(eq(b, a)) << n << " " << i;
    }
  }
}

// Keys are found by a view of other bytes, and one that differs only in
// its middle ("abcdefghij" / "abcdXfghij") is another key.
TEST(StringMap, FindsByViewAndTellsNearKeysApart) {
  StringMap<int> map;
  map.try_emplace(std::string_view("abcdefghij"), 1);
  map.try_emplace(std::string_view("abcdXfghij"), 2);
  map.try_emplace(std::string_view("ab"), 3);
  const std::string buffer = "--abcdefghij--";
  const auto it = map.find(std::string_view(buffer).substr(2, 10));
  ASSERT_NE(it, map.end());
  EXPECT_EQ(it->second, 1);
  EXPECT_EQ(map.at("abcdXfghij"), 2);
  EXPECT_EQ(map.at("ab"), 3);
  EXPECT_EQ(map.count("abc"), 0u);
  EXPECT_EQ(map.size(), 3u);
}

}  // namespace
}  // namespace precis
