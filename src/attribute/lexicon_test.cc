// Copyright 2026 The Precis Authors.
#include "attribute/lexicon.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Lexicon, EveryWordAFunctionKnowsPassesTheFilter) {
  for (const char* w :
       {"twenty", "ninety",   "dozen", "million", "dec",       "dec.", "december", "september.",
        "sept",   "sept.",    "may",   "sunday",  "according", "told", "u.s.",     "britain",
        "united", "european", "nyc",   "lbs",     "mph",       "lakh", "crores"}) {
    const bool known = NumberWordValue(w) > 0 || MultiplierValue(w) > 0 || MonthNumber(w) > 0 ||
                       WeekdayNumber(w) > 0 || IsReportingVerb(w) || !CanonicalAlias(w).empty() ||
                       StartsTwoWordAlias(w) || !UnitInFull(w).empty();
    EXPECT_TRUE(known) << w;
    EXPECT_TRUE(IsLexiconWord(w)) << w;
  }
}

// Abbreviations of units as their words, so that "50 lbs." counts what "50
// pounds" counts; a unit written only so stands for itself.
TEST(Lexicon, UnitsInFull) {
  EXPECT_EQ(UnitInFull("lbs"), "pounds");
  EXPECT_EQ(UnitInFull("km"), "kilometers");
  EXPECT_EQ(UnitInFull("mph"), "mph");
  EXPECT_EQ(UnitInFull("pounds"), "");
  EXPECT_EQ(UnitInFull("m"), "");
}

TEST(Lexicon, ScaleWords) {
  EXPECT_EQ(MultiplierValue("million"), 1e6);
  EXPECT_EQ(MultiplierValue("lakh"), 1e5);
  EXPECT_EQ(MultiplierValue("crores"), 1e7);
  EXPECT_EQ(MultiplierValue("millions"), 0);
}

TEST(Lexicon, OrdinaryWordsDoNotPass) {
  for (const char* w : {"hack", "sony", "one", "", "decembers", "said."}) {
    EXPECT_FALSE(IsLexiconWord(w)) << w;
  }
}

}  // namespace
}  // namespace precis
