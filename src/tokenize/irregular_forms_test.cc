// Copyright 2026 The Precis Authors.
#include "tokenize/irregular_forms.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace precis {
namespace {

TEST(IrregularVerbs, GivesTheVerbOfAnIrregularForm) {
  const IrregularVerbs& verbs = IrregularVerbs::Shared();
  ASSERT_FALSE(verbs.empty()) << "wordnet-base's verb.exc not found in " << WordNetDirectory();
  EXPECT_EQ(verbs.LemmaOf("won"), "win");
  EXPECT_EQ(verbs.LemmaOf("sold"), "sell");
  EXPECT_EQ(verbs.LemmaOf("fell"), "fall");
  // Regular forms and other words are the stemmer's.
  EXPECT_EQ(verbs.LemmaOf("winning"), "win");  // WordNet lists the doubled consonant.
  EXPECT_EQ(verbs.LemmaOf("killed"), "");
  EXPECT_EQ(verbs.LemmaOf("seats"), "");
}

TEST(ReadWordNetExceptions, ReadsPairsInFileOrderAndSkipsShortLines) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("precis_wordnet_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "verb.exc") << "won win\nbroken\nlay lie\nlay lay\n";
  const auto forms = ReadWordNetExceptions(dir.string(), "verb");
  ASSERT_EQ(forms.size(), 3u);
  EXPECT_EQ(forms[0].first, "won");
  EXPECT_EQ(forms[0].second, "win");
  EXPECT_EQ(forms[2].second, "lay");
  EXPECT_TRUE(ReadWordNetExceptions(dir.string(), "noun").empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis
