// Copyright 2026 The Precis Authors.
//
// The NLTK Porter stemmer against NLTK itself: Debian's python3-nltk stems
// every distinct word of the development data, and every stem must agree.
#include "eval/nltk_porter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "testing/test_util.h"

namespace precis {
namespace {

TEST(NltkPorter, KnownStems) {
  const std::pair<const char*, const char*> kCases[] = {
      {"caresses", "caress"},    {"ponies", "poni"},      {"ties", "tie"},
      {"dying", "die"},          {"generously", "gener"}, {"agreement", "agreement"},
      {"replacement", "replac"}, {"happy", "happi"},      {"enjoy", "enjoy"},
      {"news", "news"},          {"agreed", "agre"},      {"hopping", "hop"},
      {"filing", "file"},        {"fizzed", "fizz"},      {"conditional", "condit"},
      {"radically", "radic"},    {"hopefully", "hope"},   {"biology", "biolog"},
      {"yyyy", "yyyi"},          {"ayyy", "ayyy"},        {"controlling", "control"},
      {"sensitivity", "sensit"}, {"adoption", "adopt"},   {"cease", "ceas"},
      {"1990s", "1990"},         {"abc123ing", "abc123"}, {"at", "at"}};
  for (const auto& [word, stem] : kCases) EXPECT_EQ(NltkPorterStem(word), stem) << word;
}

TEST(NltkPorter, LongRunsOfYAreLinear) {
  // NLTK recurses once per 'y'; this must neither recurse nor take long.
  const std::string word(200000, 'y');
  EXPECT_EQ(NltkPorterStem(word).size(), word.size());
}

// Distinct [a-z0-9]+ runs (longer than 3) of the lowercased bytes of a file.
void CollectWords(const std::string& path, size_t limit, std::set<std::string>* words) {
  std::ifstream in(path, std::ios::binary);
  std::string current;
  for (char c; in.get(c) && words->size() < limit;) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current += c;
    } else {
      if (current.size() > 3) words->insert(current);
      current.clear();
    }
  }
}

TEST(NltkPorter, AgreesWithNltkOnTheDevelopmentVocabulary) {
  PRECIS_REQUIRE_SHARED_DATA(sample, "multinews_sample/validation.jsonl");
  std::set<std::string> words;
  CollectWords(sample, 60000, &words);
  const std::string duc = testing::SharedDataPath("duc2006/clusters.jsonl");
  if (!duc.empty()) CollectWords(duc, 90000, &words);
  ASSERT_GT(words.size(), 10000u);

  const std::string dir = testing::MakeTempDir();
  const std::string in_path = dir + "/words.txt", out_path = dir + "/stems.txt";
  std::ostringstream list;
  for (const std::string& w : words) list << w << '\n';
  testing::WriteFile(in_path, list.str());
  // Debian's interpreter, which has python3-nltk (make deps installs it).
  const std::string command =
      "/usr/bin/python3 -c 'import sys\n"
      "from nltk.stem.porter import PorterStemmer\n"
      "s = PorterStemmer()\n"
      "out = open(sys.argv[2], \"w\")\n"
      "for w in open(sys.argv[1]).read().split():\n"
      "    out.write(s.stem(w) + \"\\n\")\n' " +
      in_path + " " + out_path;
  ASSERT_EQ(std::system(command.c_str()), 0) << "needs /usr/bin/python3 with python3-nltk";
  std::ifstream stems(out_path);
  size_t checked = 0, differing = 0;
  std::string first_difference;
  for (const std::string& w : words) {
    std::string expected;
    ASSERT_TRUE(std::getline(stems, expected)) << "NLTK gave fewer stems than words";
    ++checked;
    if (NltkPorterStem(w) != expected) {
      if (differing++ == 0) first_difference = w + ": " + NltkPorterStem(w) + " vs " + expected;
    }
  }
  EXPECT_EQ(checked, words.size());
  EXPECT_EQ(differing, 0u) << "first: " << first_difference;
}

}  // namespace
}  // namespace precis
