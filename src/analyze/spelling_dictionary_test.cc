// Copyright 2026 The Precis Authors.
#include "analyze/spelling_dictionary.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace precis {
namespace {

// `make test` installs hunspell-en-us; without it these tests fail, since
// analyze then reports differences the dictionary would rule out.
TEST(SpellingDictionary, TheSharedDictionaryIsRead) {
  ASSERT_TRUE(SpellingDictionary::Shared().available())
      << "en_US.aff / en_US.dic not found (Debian package hunspell-en-us)";
}

TEST(SpellingDictionary, KnowsWordsAndNamesInAnyCase) {
  const SpellingDictionary& d = SpellingDictionary::Shared();
  for (const char* word : {"underground", "Underground", "london", "LONDON", "nasa", "house",
                           "sony's", "christmas", "christian"}) {
    EXPECT_TRUE(d.Knows(word)) << word;
  }
  for (const char* word : {"undergground", "heavun", "twillight", "islamicc", "ukranian"}) {
    EXPECT_FALSE(d.Knows(word)) << word;
  }
}

TEST(SpellingDictionary, TellsCommonWordsFromNames) {
  const SpellingDictionary& d = SpellingDictionary::Shared();
  EXPECT_TRUE(d.KnowsInLowerCase("underground"));
  EXPECT_TRUE(d.KnowsInLowerCase("twilight"));
  EXPECT_FALSE(d.KnowsInLowerCase("london"));
  EXPECT_FALSE(d.KnowsInLowerCase("toyota"));
  EXPECT_FALSE(d.KnowsInLowerCase("undergground"));
}

TEST(SpellingDictionary, TellsWordsListedAsNames) {
  const SpellingDictionary& d = SpellingDictionary::Shared();
  // Given names and surnames that are common words too.
  for (const char* word : {"bill", "john", "brown", "nancy", "colchester"}) {
    EXPECT_TRUE(d.ListsAsName(word)) << word;
  }
  for (const char* word : {"pleasant", "county", "committee", "gala", "undergground"}) {
    EXPECT_FALSE(d.ListsAsName(word)) << word;
  }
}

TEST(SpellingDictionary, WithoutItsFilesKnowsNothing) {
  const SpellingDictionary missing("/nonexistent-precis-dictionary");
  EXPECT_FALSE(missing.available());
  EXPECT_FALSE(missing.Knows("london"));
  EXPECT_FALSE(missing.KnowsInLowerCase("underground"));
  EXPECT_FALSE(missing.ListsAsName("bill"));
}

TEST(SpellingDictionary, AnswersFromSeveralThreads) {
  const SpellingDictionary& d = SpellingDictionary::Shared();
  std::vector<std::thread> threads;
  std::vector<int> known(4, 0);
  for (size_t t = 0; t < known.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        known[t] += d.Knows(i % 2 == 0 ? "london" : "undergground" + std::to_string(i % 7));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int k : known) EXPECT_EQ(k, 100);
}

}  // namespace
}  // namespace precis
