// Copyright 2026 The Precis Authors.
//
// Rules every method meets: budgets, citations, determinism, odd clusters.
#include "precis/summarizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "model/cluster_model.h"
#include "precis/preprocess.h"
#include "precis/reader.h"
#include "summarize/candidates.h"
#include "summarize/selection.h"
#include "testing/test_util.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

Cluster ExampleCluster() {
  std::vector<RawCluster> raw;
  Status s = ReadClusters({testing::ExampleDir()}, ReadOptions(), &raw);
  EXPECT_TRUE(s.ok()) << s.ToString();
  Cluster cluster;
  if (raw.size() == 1) {
    s = PreprocessCluster(raw[0], PreprocessOptions(), &cluster);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  return cluster;
}

Cluster TextCluster(std::vector<std::string> texts) {
  RawCluster raw;
  raw.id = "t";
  for (size_t i = 0; i < texts.size(); ++i) {
    raw.documents.push_back({"d" + std::to_string(i), texts[i], DocumentFormat::kText, ""});
  }
  Cluster cluster;
  Status s = PreprocessCluster(raw, PreprocessOptions(), &cluster);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return cluster;
}

class EveryMethod : public ::testing::TestWithParam<std::string> {
 protected:
  SummaryOptions Options() const {
    SummaryOptions o;
    o.method = GetParam();
    return o;
  }
};

TEST_P(EveryMethod, NeverExceedsTheWordBudget) {
  Cluster cluster = ExampleCluster();
  for (size_t words : {15, 40, 100, 250}) {
    SummaryOptions o = Options();
    o.words = words;
    Summary summary;
    ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
    EXPECT_LE(summary.words, words);
    EXPECT_EQ(summary.words, CountWords(summary.text()));
    if (words >= 40) {
      EXPECT_FALSE(summary.sentences.empty());
    }
  }
}

TEST_P(EveryMethod, NeverExceedsByteOrSentenceBudgets) {
  Cluster cluster = ExampleCluster();
  SummaryOptions o = Options();
  o.bytes = 400;
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_LE(summary.text().size(), 400u);
  EXPECT_EQ(summary.bytes, summary.text().size());
  o.bytes = 0;
  o.sentences = 2;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_EQ(summary.sentences.size(), 2u);
}

TEST_P(EveryMethod, TruncateFillsTheBudgetExactly) {
  Cluster cluster = ExampleCluster();
  SummaryOptions o = Options();
  o.words = 57;
  o.truncate = true;
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_EQ(summary.words, 57u);
  o.words = 100;
  o.bytes = 333;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  // Exactly full, unless whole sentences left one byte: too little for a
  // joining space and a character.
  EXPECT_LE(summary.bytes, 333u);
  EXPECT_GE(summary.bytes, 332u);
}

TEST_P(EveryMethod, SaysSoWhenNoSentenceFitsTheBudget) {
  Cluster cluster = ExampleCluster();
  SummaryOptions o = Options();
  o.words = 3;
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_TRUE(summary.sentences.empty());
  const auto said = [&] {
    return std::any_of(summary.notes.begin(), summary.notes.end(), [](const std::string& n) {
      return n.find("no sentence fits the budget of 3 words") != std::string::npos;
    });
  };
  EXPECT_TRUE(said());
  o.truncate = true;  // A cut sentence fills it: nothing to say.
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_EQ(summary.words, 3u);
  EXPECT_FALSE(said());
  o.truncate = false;
  o.words = 100;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  EXPECT_FALSE(said());
}

TEST_P(EveryMethod, CitesEverySentenceWithASpanThatGivesItBack) {
  Cluster cluster = ExampleCluster();
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, Options(), &summary).ok());
  for (const SummarySentence& s : summary.sentences) {
    ASSERT_LT(s.doc_index, cluster.documents.size());
    const Document& doc = cluster.documents[s.doc_index];
    EXPECT_EQ(s.doc, doc.id);
    ASSERT_LE(s.span.end, doc.original.size());
    ASSERT_LT(s.span.begin, s.span.end);
    // The cited bytes hold the sentence's words (wrapping aside).
    std::vector<Token> cited, said;
    Tokenize(doc.original.substr(s.span.begin, s.span.size()), &cited);
    Tokenize(s.text, &said);
    ASSERT_FALSE(said.empty());
    EXPECT_EQ(cited.front().folded, said.front().folded) << s.text;
    EXPECT_EQ(cited.back().folded, said.back().folded) << s.text;
    for (const std::string& other : s.supported_by) EXPECT_NE(other, s.doc);
  }
}

TEST_P(EveryMethod, GivesTheSameSummaryTwice) {
  Cluster cluster = ExampleCluster();
  Summary first, second;
  ASSERT_TRUE(Summarize(cluster, Options(), &first).ok());
  ASSERT_TRUE(Summarize(cluster, Options(), &second).ok());
  EXPECT_EQ(first.text(), second.text());
}

TEST_P(EveryMethod, SummarizesOneDocumentAndOneSentence) {
  Cluster one_doc =
      TextCluster({"The council approved the budget on Monday. The vote was seven to two. "
                   "Critics said the plan cuts library hours across the city."});
  Summary summary;
  SummaryOptions o = Options();
  o.words = 20;
  ASSERT_TRUE(Summarize(one_doc, o, &summary).ok());
  EXPECT_FALSE(summary.sentences.empty());
  EXPECT_LE(summary.words, 20u);

  Cluster one_sentence = TextCluster({"Short."});
  ASSERT_TRUE(Summarize(one_sentence, Options(), &summary).ok());
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_EQ(summary.sentences[0].text, "Short.");
}

TEST_P(EveryMethod, SummarizesSentencesWithoutContentWords) {
  // Nothing but stopwords: no term, no concept, no graph edge. Sentences fit,
  // so the summary must not be empty.
  Cluster cluster = TextCluster({"It is what it is. And that is that.", "So it was for them."});
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, Options(), &summary).ok());
  EXPECT_FALSE(summary.sentences.empty());
}

TEST_P(EveryMethod, EmptyClusterIsAnError) {
  Cluster empty;
  Summary summary;
  EXPECT_EQ(Summarize(empty, Options(), &summary).code(), Status::Code::kEmptyInput);
}

INSTANTIATE_TEST_SUITE_P(Summarizers, EveryMethod, ::testing::ValuesIn(ListMethods()),
                         [](const auto& info) {
                           std::string name = info.param;  // "lead-newest" -> "lead_newest"
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

TEST(Summarize, ListsDocumentsThatWereAllBoilerplate) {
  Cluster cluster = TextCluster({"The council approved the budget on Monday after a debate.",
                                 "Comments\nshare tweet pin email\n"});
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, SummaryOptions(), &summary).ok());
  EXPECT_EQ(summary.empty_documents, std::vector<std::string>{"d1"});
  ASSERT_EQ(summary.sentences.size(), 1u);
  EXPECT_EQ(summary.sentences[0].doc, "d0");
}

TEST(Summarize, RejectsUnknownMethodNamingTheKnownOnes) {
  Cluster cluster = ExampleCluster();
  SummaryOptions o;
  o.method = "magic";
  Summary summary;
  Status s = Summarize(cluster, o, &summary);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("centroid"), std::string::npos);
}

TEST(Summarize, RejectsConflictingBudgets) {
  Cluster cluster = ExampleCluster();
  SummaryOptions o;
  o.bytes = 100;
  o.sentences = 2;
  Summary summary;
  EXPECT_EQ(Summarize(cluster, o, &summary).code(), Status::Code::kInvalidArgument);
}

TEST(Summarize, CentroidSummaryOfExampleHasNoBoilerplate) {
  Cluster cluster = ExampleCluster();
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, SummaryOptions(), &summary).ok());
  const std::string text = summary.text();
  for (const char* junk : {"Pic:", "RELATED", "Comments", "Follow Sarah",
                           "Quote:", "Updated:", "%20", "@dadasarahle"}) {
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in: " << text;
  }
  EXPECT_GE(summary.words, 80u);
  EXPECT_LE(summary.words, 100u);
}

TEST(Summarize, ExampleSummaryCitesOtherOutlets) {
  Cluster cluster = ExampleCluster();
  Summary summary;
  SummaryOptions o;
  o.words = 250;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  size_t supported = 0;
  for (const SummarySentence& s : summary.sentences) supported += !s.supported_by.empty();
  EXPECT_GT(supported, 0u) << summary.text();
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

Status SummarizeExampleWith(const std::string& method,
                            const std::map<std::string, std::string>& parameters) {
  SummaryOptions o;
  o.method = method;
  o.parameters = parameters;
  Summary summary;
  return Summarize(ExampleCluster(), o, &summary);
}

TEST(MethodParameters, AreCheckedByNameAndRange) {
  EXPECT_TRUE(SummarizeExampleWith("lexrank", {{"lexrank.damping", "0.9"}}).ok());
  // Another method's parameter is ignored; a typo in a name is not.
  EXPECT_TRUE(SummarizeExampleWith("lexrank", {{"mmr.lambda", "0.3"}}).ok());
  Status typo = SummarizeExampleWith("lexrank", {{"lexrank.dampign", "0.9"}});
  EXPECT_EQ(typo.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(typo.ToString().find("lexrank.damping"), std::string::npos) << typo.ToString();
  EXPECT_FALSE(SummarizeExampleWith("lexrank", {{"lexrnk.damping", "0.9"}}).ok());
  EXPECT_FALSE(SummarizeExampleWith("lexrank", {{"lexrank.damping", "1.5"}}).ok());
  EXPECT_FALSE(SummarizeExampleWith("lexrank", {{"lexrank.damping", "high"}}).ok());
  EXPECT_FALSE(SummarizeExampleWith("sumbasic", {{"sumbasic.anything", "1"}}).ok());
}

TEST(MethodParameters, ChangeTheResult) {
  SummaryOptions o;
  o.method = "mmr";
  Summary a, b;
  ASSERT_TRUE(Summarize(ExampleCluster(), o, &a).ok());
  o.parameters = {{"mmr.lambda", "0"}};
  ASSERT_TRUE(Summarize(ExampleCluster(), o, &b).ok());
  EXPECT_NE(a.text(), b.text());
}

// The methods that choose step by step consider at most METHOD.candidates
// sentences, so that a hostile cluster of a million short sentences and a
// large budget stay bounded.
TEST(MethodParameters, CandidateLimitsBoundTheGreedyMethods) {
  for (const char* method : {"centroid", "mmr", "klsum", "sumbasic"}) {
    SummaryOptions o;
    o.method = method;
    o.sentences = 10;
    Summary all, two;
    ASSERT_TRUE(Summarize(ExampleCluster(), o, &all).ok()) << method;
    EXPECT_GT(all.sentences.size(), 2u) << method;
    o.parameters = {{std::string(method) + ".candidates", "2"}};
    ASSERT_TRUE(Summarize(ExampleCluster(), o, &two).ok()) << method;
    EXPECT_LE(two.sentences.size(), 2u) << method;
    EXPECT_FALSE(two.sentences.empty()) << method;
  }
}

TEST(IlpMethod, SaysSoWhenTheSolverRunsOutOfTime) {
  PRECIS_REQUIRE_SHARED_DATA(path, "duc2006/clusters.jsonl");
  ReadOptions read;
  std::vector<RawCluster> raw;
  ASSERT_TRUE(ReadClusters({path}, read, &raw).ok());
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw[0], PreprocessOptions(), &cluster).ok());
  SummaryOptions o;
  o.method = "ilp";
  Summary optimal;
  ASSERT_TRUE(Summarize(cluster, o, &optimal).ok());
  EXPECT_TRUE(optimal.notes.empty()) << optimal.notes[0];
  // Every sentence in the program, and a millisecond to solve it or a
  // single subproblem (a bound on work, the same on every machine): the
  // best solution found, or greedy coverage, within the budget and said so.
  for (const char* bound : {"ilp.time_limit=0.001", "ilp.nodes=1"}) {
    const std::string setting = bound;
    const size_t equals = setting.find('=');
    o.parameters = {{setting.substr(0, equals), setting.substr(equals + 1)},
                    {"ilp.candidates", "100000"}};
    Summary bounded;
    ASSERT_TRUE(Summarize(cluster, o, &bounded).ok()) << bound;
    ASSERT_EQ(bounded.notes.size(), 1u) << bound;
    EXPECT_NE(bounded.notes[0].find(setting.substr(0, equals)), std::string::npos)
        << bounded.notes[0];
    EXPECT_LE(bounded.words, 100u) << bound;
    EXPECT_FALSE(bounded.sentences.empty()) << bound;
  }
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

TEST(LeadNewest, TakesTheNewestDocumentFirst) {
  RawCluster raw;
  raw.id = "dated";
  const char* texts[] = {
      "The storm reached the coast on Monday, officials said in a statement.\n"
      "Thousands of residents left their homes before the storm arrived.\n",
      "The storm weakened on Wednesday after crossing the mountains, forecasters said.\n"
      "Power returned to most of the region by the evening.\n",
      "The storm flooded several towns on Tuesday, the police said.\n"
      "Rescue teams worked through the night in the flooded towns.\n"};
  const char* dates[] = {"2014-12-15", "2014-12-17T09:00", "2014-12-16"};
  for (int i = 0; i < 3; ++i) {
    RawDocument d;
    d.id = "d" + std::to_string(i);
    d.original = texts[i];
    d.date = dates[i];
    raw.documents.push_back(d);
  }
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw, PreprocessOptions(), &cluster).ok());
  EXPECT_EQ(cluster.documents[1].date, "2014-12-17T09:00");
  SummaryOptions o;
  o.method = "lead-newest";
  o.sentences = 3;
  Summary summary;
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  ASSERT_EQ(summary.sentences.size(), 3u);
  // Both sentences of the newest (d1), then the next newest's (d2) first.
  int from_d1 = 0, from_d2 = 0;
  for (const SummarySentence& s : summary.sentences) {
    from_d1 += s.doc == "d1";
    from_d2 += s.doc == "d2";
  }
  EXPECT_EQ(from_d1, 2);
  EXPECT_EQ(from_d2, 1);
  EXPECT_TRUE(summary.notes.empty());
  for (RawDocument& d : raw.documents) d.date.clear();
  ASSERT_TRUE(PreprocessCluster(raw, PreprocessOptions(), &cluster).ok());
  ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
  ASSERT_EQ(summary.notes.size(), 1u);
  int last = 0;  // Undated: the last document counts as the newest.
  for (const SummarySentence& s : summary.sentences) last += s.doc == "d2";
  EXPECT_EQ(last, 2);
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// A sentence that opens a quotation it does not close is a fragment, in
// curly, straight or typeset marks; one that closes it stays.
TEST(SummaryCandidates, LeaveOutSentencesThatOpenAnUnfinishedQuotation) {
  Cluster cluster;
  Document d;
  const std::vector<std::string> texts = {
      "The storm flooded six towns along the river on Monday night.",
      "``We have never seen water rise this fast in the valley.",
      "\u201CWe have never seen water rise this fast in the valley.",
      "It came over the banks within an hour,'' the mayor said on Tuesday.",
      "Rescue crews moved two hundred families to the school gym.",
      "The state will send more boats and pumps to the towns today.",
      "Officials expect the river to fall slowly over the weekend.",
      "Insurers have already received many claims from the towns."};
  for (const std::string& text : texts) d.sentences.push_back({text, {0, 1}, 0, 0, false});
  cluster.documents = {d};
  const ClusterModel model(cluster);
  EXPECT_EQ(SummaryCandidates(model), (std::vector<int>{0, 3, 4, 5, 6, 7}));
}

TEST(LimitCandidates, KeepsTheMostRelevantInTheirOrder) {
  const Cluster cluster = ExampleCluster();
  const ClusterModel model(cluster);
  const std::vector<int> all = SummaryCandidates(model);
  ASSERT_GT(all.size(), 10u);
  EXPECT_EQ(LimitCandidates(model, all, all.size()), all);
  const std::vector<int> kept = LimitCandidates(model, all, 10);
  ASSERT_EQ(kept.size(), 10u);
  EXPECT_TRUE(std::is_sorted(kept.begin(), kept.end()));
  // No candidate left out is more relevant than one kept.
  const std::vector<double> relevance = ClusterRelevance(model, all);
  double least_kept = 1e9, most_dropped = -1;
  for (size_t c = 0; c < all.size(); ++c) {
    const bool in = std::find(kept.begin(), kept.end(), all[c]) != kept.end();
    if (in) least_kept = std::min(least_kept, relevance[c]);
    if (!in) most_dropped = std::max(most_dropped, relevance[c]);
  }
  EXPECT_GE(least_kept, most_dropped);
  // With their relevance: the same candidates, and each one's relevance.
  std::vector<double> kept_relevance;
  EXPECT_EQ(LimitCandidates(model, all, 10, &kept_relevance), kept);
  EXPECT_EQ(kept_relevance, ClusterRelevance(model, kept));
  EXPECT_EQ(LimitCandidates(model, all, all.size(), &kept_relevance), all);
  EXPECT_EQ(kept_relevance, relevance);
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// Exhaustive search on tiny clusters: the ILP's choice must reach the best
// concept weight that any set of candidates within the budget reaches.
// Concepts are recomputed here the plain way: pairs of adjacent tokens but
// for pairs of two stopwords, worth the number of documents holding them,
// kept from 2.
double ConceptValue(const ClusterModel& model, const std::vector<int>& chosen,
                    const std::map<std::pair<int32_t, int32_t>, int>& worth) {
  std::set<std::pair<int32_t, int32_t>> covered;
  for (int c : chosen) {
    const SentenceInfo& s = model.sentences()[static_cast<size_t>(c)];
    for (size_t k = 0; k + 1 < s.tokens.size(); ++k) {
      auto it = worth.find({s.tokens[k], s.tokens[k + 1]});
      if (it != worth.end()) covered.insert(it->first);
    }
  }
  double value = 0;
  for (const auto& key : covered) value += worth.at(key);
  return value;
}

TEST(IlpMethod, FindsTheBestConceptCoverageOnTinyClusters) {
  const char* words[] = {"storm",  "coast", "power",  "town", "river", "bridge", "police",
                         "school", "flood", "rescue", "road", "mayor", "of",     "the"};
  std::mt19937 rng(5);
  int with_concepts = 0;
  for (int round = 0; round < 12; ++round) {
    RawCluster raw;
    raw.id = "tiny";
    for (int d = 0; d < 3; ++d) {
      std::string text;
      for (int k = 0; k < 4; ++k) {
        std::string sentence = "The";
        const int length = 6 + static_cast<int>(rng() % 5);
        for (int w = 0; w < length; ++w) sentence += std::string(" ") + words[rng() % 14];
        text += sentence + ".\n";
      }
      raw.documents.push_back({"d" + std::to_string(d), text, DocumentFormat::kText, ""});
    }
    Cluster cluster;
    ASSERT_TRUE(PreprocessCluster(raw, PreprocessOptions(), &cluster).ok());
    const ClusterModel model(cluster);
    std::map<std::pair<int32_t, int32_t>, std::set<int>> docs;
    for (const SentenceInfo& s : model.sentences()) {
      for (size_t k = 0; k + 1 < s.tokens.size(); ++k) {
        if (s.tokens[k] < 0 && s.tokens[k + 1] < 0) continue;  // "of the"
        docs[{s.tokens[k], s.tokens[k + 1]}].insert(s.doc);
      }
    }
    std::map<std::pair<int32_t, int32_t>, int> worth;
    for (const auto& [key, in] : docs) {
      if (in.size() >= 2) worth[key] = static_cast<int>(in.size());
    }
    const std::vector<int> candidates = SummaryCandidates(model);
    ASSERT_LE(candidates.size(), 16u);
    const size_t budget = 25;
    double best = 0;
    for (uint32_t subset = 0; subset < (1u << candidates.size()); ++subset) {
      std::vector<int> chosen;
      size_t words_used = 0;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (subset & (1u << c)) {
          chosen.push_back(candidates[c]);
          words_used += model.sentences()[static_cast<size_t>(candidates[c])].words;
        }
      }
      if (words_used <= budget) best = std::max(best, ConceptValue(model, chosen, worth));
    }
    SummaryOptions o;
    o.method = "ilp";
    o.words = budget;
    o.parameters = {{"ilp.min_documents", "2"}};
    Summary summary;
    ASSERT_TRUE(Summarize(cluster, o, &summary).ok());
    std::vector<int> picked;
    for (const SummarySentence& s : summary.sentences) {
      for (size_t i = 0; i < model.sentences().size(); ++i) {
        const SentenceInfo& info = model.sentences()[i];
        if (static_cast<size_t>(info.doc) == s.doc_index && info.position == s.position) {
          picked.push_back(static_cast<int>(i));
        }
      }
    }
    EXPECT_LE(summary.words, budget);
    EXPECT_DOUBLE_EQ(ConceptValue(model, picked, worth), best) << "round " << round;
    with_concepts += best > 0;
  }
  EXPECT_GE(with_concepts, 8);  // The search had something to find.
}

}  // namespace
}  // namespace precis
