// Copyright 2026 The Precis Authors.
//
// The fast scorer against slow, obviously correct versions on generated
// inputs, and the corpus-level pieces: metric lists, loading, averages,
// bootstrap.
#include "precis/rouge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <random>

#include "eval/rouge_stemmer.h"
#include "testing/test_util.h"

namespace precis {
namespace {

std::vector<std::string> RandomWords(std::mt19937* rng, int max_len) {
  static const char* const kVocabulary[] = {"alpha", "beta", "gamma", "delta", "the", "of"};
  std::uniform_int_distribution<int> len(1, max_len), word(0, 5);
  std::vector<std::string> out(static_cast<size_t>(len(*rng)));
  for (std::string& w : out) w = kVocabulary[word(*rng)];
  return out;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

double Round5(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", x);
  return std::atof(buffer);
}

// Clipped matches by brute force: each model unit takes an unused equal
// system unit if there is one.
template <typename Unit>
int BruteClippedMatches(const std::vector<Unit>& model, const std::vector<Unit>& sys) {
  std::vector<bool> used(sys.size(), false);
  int hits = 0;
  for (const Unit& g : model) {
    for (size_t j = 0; j < sys.size(); ++j) {
      if (!used[j] && sys[j] == g) {
        used[j] = true;
        ++hits;
        break;
      }
    }
  }
  return hits;
}

int BruteNGramHits(const std::vector<std::string>& model, const std::vector<std::string>& sys,
                   size_t n, int* model_total, int* sys_total) {
  auto grams = [n](const std::vector<std::string>& w) {
    std::vector<std::vector<std::string>> g;
    for (size_t i = 0; i + n <= w.size(); ++i) g.emplace_back(w.begin() + i, w.begin() + i + n);
    return g;
  };
  auto m = grams(model), s = grams(sys);
  *model_total = static_cast<int>(m.size());
  *sys_total = static_cast<int>(s.size());
  return BruteClippedMatches(m, s);
}

// Longest common subsequence by plain recursion.
int BruteLcs(const std::vector<std::string>& a, size_t i, const std::vector<std::string>& b,
             size_t j) {
  if (i == a.size() || j == b.size()) return 0;
  if (a[i] == b[j]) return 1 + BruteLcs(a, i + 1, b, j + 1);
  return std::max(BruteLcs(a, i + 1, b, j), BruteLcs(a, i, b, j + 1));
}

TEST(RougeScorer, NGramsMatchBruteForceOnGeneratedSummaries) {
  std::mt19937 rng(11);
  RougeOptions options;
  RougeScorer scorer(options);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> model = RandomWords(&rng, 12), sys = RandomWords(&rng, 12);
    RougeScores scores;
    ASSERT_TRUE(scorer.Score({Join(sys)}, {{Join(model)}}, &scores).ok());
    for (size_t n = 1; n <= 4; ++n) {
      int mt, st;
      int hits = BruteNGramHits(model, sys, n, &mt, &st);
      const RougeValue& v = scores["ROUGE-" + std::to_string(n)];
      EXPECT_DOUBLE_EQ(v.recall, mt ? Round5(double(hits) / mt) : 0.0);
      EXPECT_DOUBLE_EQ(v.precision, st ? Round5(double(hits) / st) : 0.0);
    }
  }
}

TEST(RougeScorer, SentenceLcsMatchesBruteForce) {
  std::mt19937 rng(12);
  RougeScorer scorer{RougeOptions()};
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> model = RandomWords(&rng, 9), sys = RandomWords(&rng, 9);
    RougeScores scores;
    ASSERT_TRUE(scorer.Score({Join(sys)}, {{Join(model)}}, &scores).ok());
    int lcs = BruteLcs(model, 0, sys, 0);
    EXPECT_DOUBLE_EQ(scores["ROUGE-L"].recall, Round5(double(lcs) / model.size()));
    EXPECT_DOUBLE_EQ(scores["ROUGE-L"].precision, Round5(double(lcs) / sys.size()));
  }
}

TEST(RougeScorer, SkipBigramsMatchBruteForce) {
  std::mt19937 rng(13);
  RougeScorer scorer{RougeOptions()};
  // Skip bigrams within distance 4, plus unigrams except the last token.
  auto units = [](const std::vector<std::string>& w) {
    std::vector<std::string> out;
    for (size_t i = 0; i + 1 < w.size(); ++i) {
      out.push_back(w[i]);
      for (size_t j = i + 1; j < w.size() && j <= i + 5; ++j) out.push_back(w[i] + " " + w[j]);
    }
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> model = RandomWords(&rng, 10), sys = RandomWords(&rng, 10);
    std::vector<std::string> m = units(model), s = units(sys);
    int hits = BruteClippedMatches(m, s);
    RougeScores scores;
    ASSERT_TRUE(scorer.Score({Join(sys)}, {{Join(model)}}, &scores).ok());
    EXPECT_DOUBLE_EQ(scores["ROUGE-SU4"].recall, m.empty() ? 0.0 : Round5(double(hits) / m.size()));
  }
}

TEST(RougeScorer, PoolsReferencesOrTakesTheBest) {
  RougeOptions pooled;
  RougeScores scores;
  ASSERT_TRUE(RougeScorer(pooled).Score({"a b c d"}, {{"a b x y"}, {"a b c d"}}, &scores).ok());
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].recall, 0.75);     // (2 + 4) / 8.
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].precision, 0.75);  // 6 / (2 * 4).
  RougeOptions best;
  best.best_reference = true;
  ASSERT_TRUE(RougeScorer(best).Score({"a b c d"}, {{"a b x y"}, {"a b c d"}}, &scores).ok());
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].recall, 1.0);
}

// ROUGE-L compares every word with every word: a pair past the bound is
// refused with a reason, in both flavors, unless cut (-l) or left out.
TEST(RougeScorer, RefusesSummariesTooLongToCompare) {
  std::string huge;
  for (size_t i = 0; i < 50000; ++i) huge += i % 2 ? "alpha " : "beta ";
  RougeScores scores;
  RougeOptions plain;
  const Status refused = RougeScorer(plain).Score({huge}, {{huge}}, &scores);
  EXPECT_EQ(refused.code(), Status::Code::kInvalidInput);
  EXPECT_NE(refused.message().find("too long"), std::string::npos) << refused.ToString();
  RougeOptions cut;
  cut.words = 100;
  ASSERT_TRUE(RougeScorer(cut).Score({huge}, {{huge}}, &scores).ok());
  EXPECT_DOUBLE_EQ(scores["ROUGE-L"].recall, 1.0);
  // ROUGE-W's bound is lower: 20,000 words against 20,000 pass for ROUGE-L
  // alone, not with ROUGE-W.
  const std::string twenty_thousand = huge.substr(0, huge.size() * 2 / 5);
  RougeOptions lcs_only;
  lcs_only.w_weight = 0;
  EXPECT_TRUE(RougeScorer(lcs_only).Score({twenty_thousand}, {{twenty_thousand}}, &scores).ok());
  RougeOptions weighted;
  weighted.w_weight = 1.2;
  const Status refused_w =
      RougeScorer(weighted).Score({twenty_thousand}, {{twenty_thousand}}, &scores);
  EXPECT_NE(refused_w.message().find("ROUGE-W"), std::string::npos) << refused_w.ToString();
  RougeOptions without_lcs;
  without_lcs.lcs = false;
  without_lcs.w_weight = 0;
  ASSERT_TRUE(RougeScorer(without_lcs).Score({huge}, {{huge}}, &scores).ok());
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].recall, 1.0);
  RougeOptions google;
  google.flavor = RougeFlavor::kRougeScore;
  google.max_n = 2;
  google.skip_bigrams = false;
  google.skip_unigrams = false;
  google.w_weight = 0;
  google.skip_distance = 0;
  EXPECT_EQ(RougeScorer(google).Score({huge}, {{huge}}, &scores).code(),
            Status::Code::kInvalidInput);
}

TEST(RougeScorer, ComputesFFromRoundedRecallAndPrecision) {
  // R = 12/41 = 0.29268, P = 12/25 = 0.48: F from those is 0.36363, while
  // the exact F would round to 0.36364.
  std::string ref, sys;
  for (int i = 0; i < 41; ++i) ref += "r" + std::to_string(i) + " ";
  for (int i = 0; i < 12; ++i) sys += "r" + std::to_string(i) + " ";
  for (int i = 0; i < 13; ++i) sys += "s" + std::to_string(i) + " ";
  RougeScores scores;
  ASSERT_TRUE(RougeScorer(RougeOptions()).Score({sys}, {{ref}}, &scores).ok());
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].recall, 0.29268);
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].precision, 0.48);
  EXPECT_DOUBLE_EQ(scores["ROUGE-1"].f, 0.36363);
}

TEST(RougeScorer, EmptySystemScoresZeroAndNoReferenceIsAnError) {
  RougeScorer scorer{RougeOptions()};
  RougeScores scores;
  ASSERT_TRUE(scorer.Score({}, {{"a b c"}}, &scores).ok());
  EXPECT_EQ(scores["ROUGE-1"].f, 0.0);
  EXPECT_EQ(scorer.Score({"a"}, {}, &scores).code(), Status::Code::kInvalidArgument);
  RougeOptions both;
  both.words = 10;
  both.bytes = 10;
  EXPECT_EQ(RougeScorer(both).status().code(), Status::Code::kInvalidArgument);
}

TEST(RougePorterStem, FollowsTheScriptsVariant) {
  EXPECT_EQ(RougePorterStem("agreement"), "agreem");  // Porter: "agreement".
  EXPECT_EQ(RougePorterStem("running"), "run");
  EXPECT_EQ(RougePorterStem("relational"), "relat");
  EXPECT_EQ(RougePorterStem("ponies"), "poni");
  EXPECT_EQ(RougePorterStem("yelling"), "yell");
  EXPECT_EQ(RougePorterStem("mouse"), "mous");
}

TEST(ParseRougeMetrics, ReadsTheScriptsMetricNames) {
  RougeOptions options;
  std::vector<std::string> metrics;
  ASSERT_TRUE(ParseRougeMetrics("1,2,L,SU4", &options, &metrics).ok());
  EXPECT_EQ(metrics, (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}));
  EXPECT_EQ(options.max_n, 2);
  EXPECT_EQ(options.w_weight, 0);
  ASSERT_TRUE(ParseRougeMetrics("W, S*", &options, &metrics).ok());
  EXPECT_EQ(metrics, (std::vector<std::string>{"ROUGE-W-1.2", "ROUGE-S*"}));
  EXPECT_EQ(options.skip_distance, -1);
  EXPECT_FALSE(options.skip_unigrams);
  EXPECT_EQ(ParseRougeMetrics("1,Q", &options, &metrics).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseRougeMetrics("S4,SU4", &options, &metrics).code(), Status::Code::kInvalidArgument);
}

class RougeFiles : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = testing::MakeTempDir(); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string dir_;
};

TEST_F(RougeFiles, PairsJsonlSystemsWithReferencesById) {
  testing::WriteFile(
      dir_ + "/sys.jsonl",
      "{\"id\": \"a\", \"summary\": \"Storms hit. Power failed.\"}\n"
      "{\"id\": \"b\", \"sentences\": [{\"text\": \"One.\"}], \"summary\": \"x\"}\n");
  testing::WriteFile(dir_ + "/refs.jsonl",
                     "{\"id\": \"b\", \"summaries\": [\"One two.\"]}\n"
                     "{\"id\": \"a\", \"summaries\": [[\"Storms hit.\"], \"Power failed.\"]}\n");
  std::vector<RougeItem> items;
  size_t left_out;
  ASSERT_TRUE(
      LoadRougeItems(dir_ + "/sys.jsonl", dir_ + "/refs.jsonl", false, &items, &left_out).ok());
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].id, "a");
  EXPECT_EQ(items[0].system, (RougeSummary{"Storms hit.", "Power failed."}));
  EXPECT_EQ(items[0].references.size(), 2u);
  EXPECT_EQ(items[1].system, RougeSummary{"One."});
}

TEST_F(RougeFiles, MissingIdIsAnErrorUnlessAllowed) {
  testing::WriteFile(dir_ + "/sys.jsonl", "{\"id\": \"a\", \"summary\": \"x\"}\n");
  testing::WriteFile(
      dir_ + "/refs.jsonl",
      "{\"id\": \"a\", \"summaries\": [\"x\"]}\n{\"id\": \"z\", \"summaries\": [\"y\"]}\n");
  std::vector<RougeItem> items;
  size_t left_out;
  Status s = LoadRougeItems(dir_ + "/sys.jsonl", dir_ + "/refs.jsonl", false, &items, &left_out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("'z'"), std::string::npos);
  ASSERT_TRUE(
      LoadRougeItems(dir_ + "/sys.jsonl", dir_ + "/refs.jsonl", true, &items, &left_out).ok());
  EXPECT_EQ(items.size(), 1u);
  EXPECT_EQ(left_out, 1u);
}

TEST_F(RougeFiles, ReadsDirectoriesOfSummaries) {
  std::filesystem::create_directories(dir_ + "/sys");
  std::filesystem::create_directories(dir_ + "/refs/d2");
  testing::WriteFile(dir_ + "/sys/d1.txt", "A storm hit.\nPower failed.\n");
  testing::WriteFile(dir_ + "/sys/d2.txt", "Rain fell.");
  testing::WriteFile(dir_ + "/refs/d1.A.txt", "A storm hit the coast.");
  testing::WriteFile(dir_ + "/refs/d1.B.txt", "Power failed.");
  testing::WriteFile(dir_ + "/refs/d2/one.txt", "Rain fell all day.");
  std::vector<RougeItem> items;
  size_t left_out;
  ASSERT_TRUE(LoadRougeItems(dir_ + "/sys", dir_ + "/refs", false, &items, &left_out).ok());
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].system, (RougeSummary{"A storm hit.", "Power failed."}));
  EXPECT_EQ(items[0].references.size(), 2u);
  EXPECT_EQ(items[1].references.size(), 1u);
}

TEST(EvaluateRouge, AveragesAndBootstrapsReproducibly) {
  std::vector<RougeItem> items;
  for (int i = 0; i < 30; ++i) {
    items.push_back(
        {"i" + std::to_string(i), {"a b c d e f"}, {{i % 2 ? "a b c x y z" : "a b c d e q"}}});
  }
  RougeEvalOptions options;
  options.resamples = 200;
  RougeReport first, second;
  ASSERT_TRUE(EvaluateRouge(items, options, &first).ok());
  ASSERT_TRUE(EvaluateRouge(items, options, &second).ok());
  const RougeAverage& a = first.average.at("ROUGE-1");
  EXPECT_NEAR(a.mean.recall, (0.5 + 0.83333) / 2, 1e-5);
  EXPECT_LE(a.low.recall, a.mean.recall);
  EXPECT_GE(a.high.recall, a.mean.recall);
  EXPECT_LT(a.low.recall, a.high.recall);
  EXPECT_EQ(a.low.recall, second.average.at("ROUGE-1").low.recall);
  EXPECT_NE(RougeReportToText(first).find("ROUGE-SU4"), std::string::npos);
}

TEST(EvaluateRouge, MoreThreadsThanTheLimitIsAnError) {
  std::vector<RougeItem> items = {{"a", {"a b c"}, {{"a b d"}}}};
  RougeEvalOptions options;
  options.threads = kMostThreads + 1;
  RougeReport report;
  EXPECT_EQ(EvaluateRouge(items, options, &report).code(), Status::Code::kInvalidArgument);
  options.threads = kMostThreads;  // One item: a single thread scores it.
  EXPECT_TRUE(EvaluateRouge(items, options, &report).ok());
}

}  // namespace
}  // namespace precis
