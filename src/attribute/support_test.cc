// Copyright 2026 The Precis Authors.
#include "attribute/support.h"

#include <gtest/gtest.h>

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
  c.documents.push_back(Doc("000", {"“We have found linkage to the North Korean government,” a government source said.",
                                    "Sony shelved a film starring Steve Carrell."}));
  c.documents.push_back(Doc("001", {"\"We have found linkage to the North Korean government,\" according to a U.S. government source."}));
  c.documents.push_back(Doc("003", {"Theaters in Los Angeles stayed open on Tuesday."}));
  ClusterModel model(c);
  EXPECT_EQ(SupportingDocuments(model, 0, 0.5), (std::vector<int>{1}));
  EXPECT_EQ(SupportingDocuments(model, 2, 0.5), (std::vector<int>{0}));
  EXPECT_TRUE(SupportingDocuments(model, 1, 0.5).empty());
}

TEST(SupportingDocuments, NeverCitesTheSentencesOwnDocument) {
  Cluster c;
  c.documents.push_back(Doc("a", {"Hackers attacked Sony Pictures.", "Hackers attacked Sony Pictures."}));
  ClusterModel model(c);
  EXPECT_TRUE(SupportingDocuments(model, 0, 0.1).empty());
}

}  // namespace
}  // namespace precis
