// Copyright 2026 The Precis Authors.
#include "base/word_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace precis {
namespace {

TEST(WordMap, AgreesWithAnOrderedMap) {
  // Random words of 0 to 24 bytes over a small alphabet (so that words
  // recur and share prefixes), with zero bytes among them, counted in both
  // maps through several growths.
  std::mt19937 random(3);
  const std::string alphabet("ab\0z", 4);
  WordMap<int> words;
  std::map<std::string, int> expected;
  for (int round = 0; round < 20000; ++round) {
    std::string w(random() % 25, ' ');
    for (char& c : w) c = alphabet[random() % alphabet.size()];
    ++words[w];
    ++expected[w];
  }
  EXPECT_EQ(words.size(), expected.size());
  for (const auto& [w, count] : expected) {
    const int* found = words.Find(w);
    ASSERT_NE(found, nullptr) << w.size();
    EXPECT_EQ(*found, count);
  }
  EXPECT_EQ(words.Find("not there"), nullptr);
}

TEST(WordMap, EmptyLongAndShortWordsAreKeptApart) {
  WordMap<int> words;
  words[""] = 1;
  words[std::string(1, '\0')] = 2;
  words["fifteen letters"] = 3;   // 15 bytes: packed.
  words["sixteen letters!"] = 4;  // 16 bytes: the map of long words.
  EXPECT_EQ(*words.Find(""), 1);
  EXPECT_EQ(*words.Find(std::string(1, '\0')), 2);
  EXPECT_EQ(*words.Find("fifteen letters"), 3);
  EXPECT_EQ(*words.Find("sixteen letters!"), 4);
  EXPECT_EQ(words.Find("sixteen letters?"), nullptr);
  EXPECT_EQ(words.size(), 4u);
}

TEST(WordMap, ReserveKeepsValues) {
  WordMap<int> words;
  for (int i = 0; i < 100; ++i) words[std::to_string(i)] = i;
  words.Reserve(100000);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(*words.Find(std::to_string(i)), i);
  EXPECT_EQ(words.size(), 100u);
}

}  // namespace
}  // namespace precis
