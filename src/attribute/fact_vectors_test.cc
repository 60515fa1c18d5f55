// Copyright 2026 The Precis Authors.
#include "attribute/fact_vectors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace precis {
namespace {

Document Doc(const std::string& id, std::vector<std::string> texts) {
  Document d;
  d.id = id;
  int position = 0;
  for (std::string& t : texts) {
    Sentence s;
    s.text = std::move(t);
    s.position = position++;
    d.sentences.push_back(std::move(s));
  }
  return d;
}

TEST(SupportingDocuments, FindsTheSameQuotationInAnotherOutlet) {
  Cluster c;
  c.documents.push_back(Doc(
      "000", {"“We have found linkage to the North Korean government,” a government source said.",
              "Sony shelved a film starring Steve Carrell."}));
  c.documents.push_back(Doc("001", {"\"We have found linkage to the North Korean government,\" "
                                    "according to a U.S. government source."}));
  c.documents.push_back(Doc("003", {"Theaters in Los Angeles stayed open on Tuesday."}));
  FactVectors vectors{ClusterModel(c)};
  EXPECT_EQ(SupportingDocuments(vectors, 0, 0.5), (std::vector<int>{1}));
  EXPECT_EQ(SupportingDocuments(vectors, 2, 0.5), (std::vector<int>{0}));
  EXPECT_TRUE(SupportingDocuments(vectors, 1, 0.5).empty());
  // Many sentences at once: the same answers, found through the index.
  bool complete = false;
  EXPECT_EQ(SupportingDocuments(vectors, {2, 1, 0, 3}, 0.5, &complete),
            (std::vector<std::vector<int>>{{0}, {}, {1}, {}}));
  EXPECT_TRUE(complete);
}

TEST(SupportingDocuments, NeverCitesTheSentencesOwnDocument) {
  Cluster c;
  c.documents.push_back(
      Doc("a", {"Hackers attacked Sony Pictures.", "Hackers attacked Sony Pictures."}));
  FactVectors vectors{ClusterModel(c)};
  EXPECT_TRUE(SupportingDocuments(vectors, 0, 0.1).empty());
}

TEST(FactTerms, FoldsWordingsOfTheSameFact) {
  EXPECT_EQ(FactTerms("Five people died on Dec. 25, officials said."),
            FactTerms("5 people died on December 25, officials told."));
  EXPECT_EQ(FactTerms("The U.S. paid $1.2 million"), FactTerms("The United States paid 1,200,000"));
  EXPECT_EQ(FactTerms("twenty-five"), (std::vector<std::string>{"#25"}));
  EXPECT_EQ(FactTerms("officials told"), FactTerms("officials said"));
  // "may" is a verb unless a date follows; "march" a verb when lowercase.
  for (const std::string& term : FactTerms("They may march. May we?")) {
    EXPECT_NE(term[0], '@') << term;
  }
  EXPECT_EQ(FactTerms("May 5"), (std::vector<std::string>{"@m5", "#5"}));
  // "US" is the country, "us" the pronoun (a stopword).
  EXPECT_EQ(FactTerms("US troops"), FactTerms("U.S. troops"));
  EXPECT_NE(FactTerms("told us"), FactTerms("told US"));
}

TEST(FactVectors, SimilarPairsEqualsThePairwiseCosine) {
  Cluster c;
  c.documents.push_back(
      Doc("a", {"Hackers attacked Sony Pictures on Monday.",
                "The studio cancelled the film's release.", "Five theaters chains pulled out."}));
  c.documents.push_back(Doc("b", {"Sony Pictures was attacked by hackers Monday.",
                                  "5 theater chains pulled out, officials said."}));
  c.documents.push_back(Doc("c", {"The release of the film was cancelled by the studio."}));
  FactVectors vectors{ClusterModel(c)};
  const auto pairs = vectors.SimilarPairs(0.2f);
  size_t expected = 0;
  for (int a = 0; a < static_cast<int>(vectors.size()); ++a) {
    for (int b = a + 1; b < static_cast<int>(vectors.size()); ++b) {
      if (vectors.doc(a) == vectors.doc(b) || vectors.Similarity(a, b) < 0.2f) continue;
      ++expected;
      bool found = false;
      for (const auto& [pair, similarity] : pairs) {
        if (pair == std::make_pair(a, b)) {
          found = true;
          EXPECT_NEAR(similarity, vectors.Similarity(a, b), 1e-5);
        }
      }
      EXPECT_TRUE(found) << a << " " << b;
    }
  }
  EXPECT_EQ(pairs.size(), expected);
  EXPECT_GE(expected, 3u);  // The three restated facts.
}

}  // namespace
// A sentence restated by more sentences than kMostNeighbours keeps that many
// (the most similar; of equals, the first); a term in more sentences than kMostPostings finds no
// pair by itself but still counts in the similarity of pairs found otherwise.
TEST(FactVectors, SimilarPairsStayBoundedOnRepetitiveClusters) {
  Cluster c;
  c.documents.push_back(Doc("a", {"Hackers attacked Sony Pictures on Monday."}));
  c.documents.push_back(Doc("b", std::vector<std::string>(FactVectors::kMostNeighbours + 50,
                                                          "Sony Pictures was attacked by hackers "
                                                          "on Monday.")));
  FactVectors vectors{ClusterModel(c)};
  std::vector<int> partners;
  for (const auto& [pair, similarity] : vectors.SimilarPairs(0.2f)) {
    if (pair.first == 0) partners.push_back(pair.second);
  }
  ASSERT_EQ(partners.size(), FactVectors::kMostNeighbours);
  // Ties keep the first partners, in order.
  EXPECT_EQ(partners.front(), 1);
  EXPECT_TRUE(std::is_sorted(partners.begin(), partners.end()));
  EXPECT_EQ(partners.back(), static_cast<int>(FactVectors::kMostNeighbours));

  Cluster common;
  std::vector<std::string> a, b;
  for (size_t i = 0; i < FactVectors::kMostPostings + 1; ++i) a.push_back("Officials met today.");
  a.push_back("Officials counted ballots in Ohio.");
  b.push_back("Officials counted ballots in Ohio.");
  common.documents.push_back(Doc("a", a));
  common.documents.push_back(Doc("b", b));
  FactVectors many{ClusterModel(common)};
  const auto pairs = many.SimilarPairs(0.2f);
  // "officials" alone (in every sentence) pairs nothing; the restated
  // sentence is found through its other words, with its full similarity.
  ASSERT_EQ(pairs.size(), 1u);
  const int last = static_cast<int>(a.size()) - 1;
  EXPECT_EQ(pairs[0].first, std::make_pair(last, last + 1));
  EXPECT_NEAR(pairs[0].second, many.Similarity(last, last + 1), 1e-5);
}

}  // namespace precis
