// Copyright 2026 The Precis Authors.
#include "analyze/person_nouns.h"

#include <gtest/gtest.h>

#include "tokenize/irregular_forms.h"

namespace precis {
namespace {

TEST(PersonNouns, NounsWhoseFirstSenseIsAPersonNamePeople) {
  PersonNouns& nouns = PersonNouns::Shared();
  ASSERT_TRUE(nouns.NamesPeople("victims")) << "WordNet not found in " << WordNetDirectory();
  for (const char* word : {"friends", "children", "men", "women", "officers", "employees",
                           "passengers", "residents", "babies", "people", "teenager"}) {
    EXPECT_TRUE(nouns.NamesPeople(word)) << word;
  }
}

TEST(PersonNouns, OtherWordsNameNoPeople) {
  PersonNouns& nouns = PersonNouns::Shared();
  // "fans" and "souls" name people in a later sense only; "families" is a
  // group, and "shot" a person ("a good shot") only in a later sense.
  for (const char* word : {"cars", "years", "seats", "shots", "studies", "fans", "souls",
                           "families", "the", "zzzz", "", "a b", "aardvarks", "zyzzyvas"}) {
    EXPECT_FALSE(nouns.NamesPeople(word)) << word;
  }
  // Asked again, from the words already looked up.
  EXPECT_FALSE(nouns.NamesPeople("cars"));
  EXPECT_TRUE(nouns.NamesPeople("friends"));
}

}  // namespace
}  // namespace precis
