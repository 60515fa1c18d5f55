// Copyright 2026 The Precis Authors.
#include "base/word_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis {
namespace {

TEST(WordFilter, KeepsEveryWordAddedAndRulesOutMostOthers) {
  WordFilter<12> filter;
  const std::vector<std::string> added = {
      "the", "of", "and", "", "a", "internationalization", "u.s", "caf\xC3\xA9"};
  for (const std::string& w : added) filter.Add(w);
  for (const std::string& w : added) EXPECT_TRUE(filter.MayContain(w)) << w;
  // Words never added: with 8 of 4,096 bits set, nearly all are ruled out.
  size_t maybe = 0, tried = 0;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      for (const std::string& w : {std::string{a, b, 'x'}, std::string{a, 'q', b, 'z', 'y'}}) {
        ++tried;
        maybe += filter.MayContain(w);
      }
    }
  }
  EXPECT_LT(maybe, tried / 50) << maybe << " of " << tried;
  WordFilter<12> empty;
  EXPECT_FALSE(empty.MayContain("the"));
}

}  // namespace
}  // namespace precis
