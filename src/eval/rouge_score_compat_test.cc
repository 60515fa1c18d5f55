// Copyright 2026 The Precis Authors.
//
// The rouge_score flavor against testdata/rouge_score_reference.py, a plain
// Python reading of the package run with Debian's python3-nltk stemmer, on
// Multi-News summaries and on hand-made edge cases: every value must be the
// same double.
#include "eval/rouge_score_compat.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "precis/rouge.h"
#include "testing/test_util.h"

namespace precis {
namespace {

using nlohmann::json;

TEST(RougeScoreTokens, LowercasesAndSplitsOnEverythingButLettersAndDigits) {
  EXPECT_EQ(RougeScoreTokens("Don't stop-believing, U.S. 2014!", false),
            (std::vector<std::string>{"don", "t", "stop", "believing", "u", "s", "2014"}));
  // Non-ASCII letters separate, except the two that Python lowercases to
  // ASCII: KELVIN SIGN and I WITH DOT ABOVE (then a combining dot).
  EXPECT_EQ(RougeScoreTokens("na\xC3\xAFve caf\xC3\xA9", false),
            (std::vector<std::string>{"na", "ve", "caf"}));
  EXPECT_EQ(RougeScoreTokens("5\xE2\x84\xAA \xC4\xB0stanbul", false),
            (std::vector<std::string>{"5k", "i", "stanbul"}));
  EXPECT_EQ(RougeScoreTokens("The hackers were running", true),
            (std::vector<std::string>{"the", "hacker", "were", "run"}));
}

TEST(ScoreLikeRougeScore, KeepsTheReferenceWithTheBestF) {
  RougeOptions options;
  options.flavor = RougeFlavor::kRougeScore;
  options.max_n = 1;
  options.lcs = false;
  const RougeScores s = ScoreLikeRougeScore({"a b c d"}, {{"x y"}, {"a b"}, {"a"}}, options);
  ASSERT_EQ(s.count("rouge1"), 1u);
  EXPECT_DOUBLE_EQ(s.at("rouge1").recall, 1.0);     // "a b": R 1, P 0.5, F 2/3.
  EXPECT_DOUBLE_EQ(s.at("rouge1").precision, 0.5);  // "a" has R 1 but F 0.4.
}

TEST(RougeScoreFlavor, RejectsTheScriptsOptions) {
  RougeOptions options;
  options.flavor = RougeFlavor::kRougeScore;
  options.words = 100;
  EXPECT_FALSE(RougeScorer(options).status().ok());
  RougeOptions metrics_options;
  metrics_options.flavor = RougeFlavor::kRougeScore;
  std::vector<std::string> metrics;
  EXPECT_TRUE(ParseRougeMetrics("rouge1,2,rougeL,Lsum", &metrics_options, &metrics).ok());
  EXPECT_EQ(metrics, (std::vector<std::string>{"rouge1", "rouge2", "rougeL", "rougeLsum"}));
  EXPECT_FALSE(ParseRougeMetrics("SU4", &metrics_options, &metrics).ok());
}

// Writes systems (the first sentences of each cluster's first document,
// given as a list) for the development clusters, plus edge cases.
void WriteInputs(const std::string& dataset, const std::string& system_path,
                 const std::string& references_path) {
  std::ifstream in(dataset);
  std::ostringstream systems, references;
  int count = 0;
  for (std::string line; std::getline(in, line) && count < 60; ++count) {
    const json cluster = json::parse(line);
    const std::string text = cluster["documents"][0]["text"].get<std::string>();
    json sentences = json::array();
    size_t start = 0;
    for (int k = 0; k < 4 && start < text.size(); ++k) {
      size_t end = text.find(". ", start);
      end = end == std::string::npos ? text.size() : end + 1;
      sentences.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    systems << json{{"id", cluster["id"]}, {"summary", sentences}}.dump() << '\n';
    references << json{{"id", cluster["id"]}, {"summaries", cluster["summaries"]}}.dump() << '\n';
  }
  const std::pair<json, json> edges[] = {
      {json::array({"Empty reference side."}), json::array({""})},
      {json::array({""}), json::array({"Nothing on the system side."})},
      {json::array({"\xC4\xB0stanbul and 5\xE2\x84\xAA.", "Na\xC3\xAFve caf\xC3\xA9s!"}),
       json::array({"istanbul i stanbul k 5k\ncaf\xC3\xA9 naive"})},
      {json::array({"the the the cat", "the cat sat"}),
       json::array({"the cat the cat\nsat the mat", "cat sat"})},
      {json::array({"Running runners ran; generously agreed."}),
       json::array({"runs\n\nrunner agreement generous"})}};
  int e = 0;
  for (const auto& [system, refs] : edges) {
    const std::string id = "edge-" + std::to_string(e++);
    systems << json{{"id", id}, {"summary", system}}.dump() << '\n';
    references << json{{"id", id}, {"summaries", refs}}.dump() << '\n';
  }
  testing::WriteFile(system_path, systems.str());
  testing::WriteFile(references_path, references.str());
}

void ExpectSameAsReference(bool stem) {
  PRECIS_REQUIRE_SHARED_DATA(dataset, "multinews_sample/validation.jsonl");
  const std::string dir = testing::MakeTempDir();
  const std::string systems = dir + "/systems.jsonl", refs = dir + "/refs.jsonl";
  const std::string expected_path = dir + "/expected.jsonl";
  WriteInputs(dataset, systems, refs);
  const std::string command = "/usr/bin/python3 src/eval/testdata/rouge_score_reference.py " +
                              systems + " " + refs + (stem ? " --stem" : "") + " > " +
                              expected_path;
  ASSERT_EQ(std::system(command.c_str()), 0) << "needs /usr/bin/python3 with python3-nltk";

  RougeEvalOptions options;
  options.rouge.flavor = RougeFlavor::kRougeScore;
  options.rouge.stem = stem;
  ASSERT_TRUE(
      ParseRougeMetrics("rouge1,rouge2,rouge3,rougeL,rougeLsum", &options.rouge, &options.metrics)
          .ok());
  options.resamples = 0;
  std::vector<RougeItem> items;
  size_t left_out = 0;
  ASSERT_TRUE(LoadRougeItems(systems, refs, false, &items, &left_out, RougeTextSplit::kLines).ok());
  RougeReport report;
  ASSERT_TRUE(EvaluateRouge(items, options, &report).ok());

  std::map<std::string, json> expected;
  std::ifstream in(expected_path);
  for (std::string line; std::getline(in, line);) {
    const json j = json::parse(line);
    expected[j["id"].get<std::string>()] = j;
  }
  ASSERT_EQ(expected.size(), report.ids.size());
  size_t compared = 0;
  for (size_t i = 0; i < report.ids.size(); ++i) {
    const json& e = expected.at(report.ids[i]);
    for (const std::string& metric : report.metrics) {
      const RougeValue& v = report.per_summary[i].at(metric);
      const std::string where = report.ids[i] + " " + metric;
      EXPECT_EQ(v.recall, e[metric]["R"].get<double>()) << where;
      EXPECT_EQ(v.precision, e[metric]["P"].get<double>()) << where;
      EXPECT_EQ(v.f, e[metric]["F"].get<double>()) << where;
      ++compared;
    }
  }
  EXPECT_EQ(compared, expected.size() * 5);
}

TEST(RougeScoreFlavor, MatchesThePythonReadingWithoutStemming) { ExpectSameAsReference(false); }

TEST(RougeScoreFlavor, MatchesThePythonReadingWithNltkStemming) { ExpectSameAsReference(true); }

}  // namespace
}  // namespace precis
