// Copyright 2026 The Precis Authors.
#include "model/cluster_model.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace precis {
namespace {

Cluster MakeCluster() {
  Cluster c;
  c.id = "c";
  Document a;
  a.id = "a";
  a.sentences.push_back({"Hackers attacked Sony in November.", {0, 34}, 0, 0, false});
  a.sentences.push_back({"The attack was “unprecedented.", {35, 66}, 1, 1, false});
  Document b;
  b.id = "b";
  b.sentences.push_back({"Sony was attacked by hackers.", {0, 29}, 0, 0, false});
  c.documents = {a, b};
  return c;
}

int32_t IdOf(const ClusterModel& m, const std::string& stem) {
  for (size_t t = 0; t < m.num_terms(); ++t) {
    if (m.term(static_cast<int32_t>(t)) == stem) return static_cast<int32_t>(t);
  }
  return -1;
}

TEST(ClusterModel, KeepsEveryTokenAsAWordWithItsBytes) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  const SentenceInfo& first = m.sentences()[0];
  ASSERT_EQ(first.word_tokens.size(), 5u);
  ASSERT_EQ(first.word_tokens.size(), first.tokens.size());
  const std::string& text = c.documents[0].sentences[0].text;
  const WordToken& sony = first.word_tokens[2];
  EXPECT_EQ(text.substr(sony.begin, sony.end - sony.begin), "Sony");
  EXPECT_EQ(m.word(sony.word), "sony");
  // One word per distinct folded token: "Sony" of the third sentence is the
  // same word; "in" is a word without a term.
  EXPECT_EQ(m.sentences()[2].word_tokens[0].word, sony.word);
  EXPECT_EQ(m.term(m.term_of_word(sony.word)), "soni");
  EXPECT_EQ(m.term_of_word(first.word_tokens[3].word), -1);
  for (const SentenceInfo& s : m.sentences()) {
    for (size_t k = 0; k < s.word_tokens.size(); ++k) {
      EXPECT_EQ(m.term_of_word(s.word_tokens[k].word), std::max(s.tokens[k], -1));
    }
  }
}

TEST(ClusterModel, CountsStemmedTermsAcrossSentencesAndDocuments) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  ASSERT_EQ(m.sentences().size(), 3u);
  int32_t attack = IdOf(m, "attack");
  ASSERT_GE(attack, 0);
  EXPECT_EQ(m.term_count(attack), 3);
  EXPECT_EQ(m.sentence_frequency(attack), 3);
  EXPECT_EQ(m.document_frequency(attack), 2);
  int32_t november = IdOf(m, "novemb");
  ASSERT_GE(november, 0);
  EXPECT_EQ(m.document_frequency(november), 1);
  EXPECT_GT(m.idf(november), m.idf(attack));
}

TEST(ClusterModel, LeavesStopwordsOut) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  EXPECT_EQ(IdOf(m, "the"), -1);
  EXPECT_EQ(IdOf(m, "was"), -1);
  EXPECT_EQ(IdOf(m, "by"), -1);
}

TEST(ClusterModel, KeepsEveryTokenInOrderWithStopwordsNegative) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  // "Sony was attacked by hackers."
  const std::vector<int32_t>& tokens = m.sentences()[2].tokens;
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], IdOf(m, "soni"));
  EXPECT_LT(tokens[1], 0);  // was
  EXPECT_EQ(tokens[2], IdOf(m, "attack"));
  EXPECT_LT(tokens[3], 0);  // by
  EXPECT_EQ(tokens[4], IdOf(m, "hacker"));
  EXPECT_NE(tokens[1], tokens[3]);
  // "The attack was ...": the same stopword has the same id everywhere.
  EXPECT_EQ(m.sentences()[1].tokens[2], tokens[1]);
}

TEST(ClusterModel, QuotesBalanceByKind) {
  Cluster c;
  Document d;
  for (const char* text :
       {"\u201CWe regret it,\u201D Sony said.",
        "He said \"no\" and \u201Cnever\u201D \u2014 twice.", "Sony said \u201Cwe regret",
        "it,\u201D a source said.", "He said \"no.", "The \u201Cfirst\u201D and \u201Csecond.",
        // Newswire typesetting marks; a lone apostrophe is no mark.
        "``We regret it,'' Sony said.", "``We regret it.", "the rest,'' he said.",
        "The players' union met."}) {
    d.sentences.push_back({text, {0, 1}, 0, 0, false});
  }
  c.documents = {d};
  ClusterModel m(c);
  std::vector<bool> unbalanced;
  for (const SentenceInfo& s : m.sentences()) unbalanced.push_back(s.unbalanced_quotes);
  EXPECT_EQ(unbalanced, (std::vector<bool>{false, false, true, true, true, true, false, true, true,
                                           false}));
}

TEST(ClusterModel, RecordsBudgetUnitsAndQuoteBalance) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  EXPECT_EQ(m.sentences()[0].words, 5u);
  EXPECT_EQ(m.sentences()[0].bytes, c.documents[0].sentences[0].text.size());
  EXPECT_FALSE(m.sentences()[0].unbalanced_quotes);
  EXPECT_TRUE(m.sentences()[1].unbalanced_quotes);
  EXPECT_EQ(&m.text(2), &c.documents[1].sentences[0]);
}

TEST(ClusterModel, ParaphrasesAreMoreSimilarThanUnrelatedSentences) {
  Cluster c = MakeCluster();
  ClusterModel m(c);
  float same = Cosine(m.sentences()[0].tfidf, m.sentences()[2].tfidf);
  float other = Cosine(m.sentences()[1].tfidf, m.sentences()[2].tfidf);
  EXPECT_GT(same, 0.5f);
  EXPECT_GT(same, other);
}

}  // namespace
}  // namespace precis
