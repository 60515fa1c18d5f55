// Copyright 2026 The Precis Authors.
#include "precis/batch.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace precis {
namespace {

std::string ClusterLine(const std::string& id, const std::string& text) {
  nlohmann::json j = {{"id", id},
                      {"documents", {{{"id", id + "-a"}, {"text", text}}}}};
  return j.dump();
}

const char kStory[] =
    "Hackers attacked the studio on Monday and stole private emails. "
    "The studio said the attack was an unprecedented criminal assault. "
    "Officials blamed a foreign government for the attack on the studio.";

std::vector<nlohmann::json> RunLines(const std::string& input, size_t threads,
                                BatchStats* stats) {
  std::istringstream in(input);
  std::ostringstream out;
  BatchOptions options;
  options.threads = threads;
  options.summary.words = 20;
  EXPECT_TRUE(RunBatch(in, "test", out, options, stats).ok());
  std::vector<nlohmann::json> lines;
  std::istringstream result(out.str());
  for (std::string line; std::getline(result, line);) {
    lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

TEST(RunBatch, WritesOneLinePerInputLineInOrder) {
  std::string input;
  for (int i = 0; i < 40; ++i) input += ClusterLine("c" + std::to_string(i), kStory) + "\n";
  BatchStats stats;
  std::vector<nlohmann::json> lines = RunLines(input, 3, &stats);
  ASSERT_EQ(lines.size(), 40u);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(lines[static_cast<size_t>(i)]["id"], "c" + std::to_string(i));
  EXPECT_EQ(stats.clusters, 40u);
  EXPECT_EQ(stats.errors, 0u);
}

TEST(RunBatch, BadLineBecomesErrorRecordAndOthersGoThrough) {
  std::string input = ClusterLine("good1", kStory) + "\n{not json\n" +
                      ClusterLine("good2", kStory) + "\n";
  BatchStats stats;
  std::vector<nlohmann::json> lines = RunLines(input, 2, &stats);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], "good1");
  EXPECT_TRUE(lines[1].contains("error"));
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[2]["id"], "good2");
  EXPECT_EQ(stats.errors, 1u);
}

TEST(RunBatch, SameOutputWithOneOrManyThreads) {
  std::string input;
  for (int i = 0; i < 20; ++i) input += ClusterLine("c" + std::to_string(i), kStory) + "\n";
  BatchStats stats;
  EXPECT_EQ(RunLines(input, 1, &stats), RunLines(input, 4, &stats));
}

// Records are written several at a time, once the first is done: a slow
// first cluster holds back the others, and an input that ends between two
// writes still gets all of its records, each counted once, in order.
TEST(RunBatch, EveryRecordInOrderWhenWorkFinishesOutOfOrder) {
  std::string slow;
  for (int i = 0; i < 300; ++i) slow += kStory;
  for (size_t threads : {1, 3}) {
    std::string input = ClusterLine("slow", slow) + "\n";
    for (int i = 0; i < 36; ++i) input += ClusterLine("c" + std::to_string(i), kStory) + "\n";
    std::istringstream in(input);
    std::ostringstream out;
    BatchOptions options;
    options.threads = threads;
    options.summary.words = 20;
    BatchStats stats;
    std::vector<size_t> seen;
    ASSERT_TRUE(RunBatch(in, "test", out, options, &stats, [&](const BatchStats& s) {
                  seen.push_back(s.clusters);
                }).ok());
    std::istringstream result(out.str());
    std::vector<std::string> ids;
    for (std::string line; std::getline(result, line);) {
      ids.push_back(nlohmann::json::parse(line).value("id", ""));
    }
    ASSERT_EQ(ids.size(), 37u) << threads << " threads";
    EXPECT_EQ(ids[0], "slow");
    for (size_t i = 1; i < ids.size(); ++i) EXPECT_EQ(ids[i], "c" + std::to_string(i - 1));
    ASSERT_EQ(seen.size(), 37u);
    for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], i + 1);
  }
}

TEST(RunBatch, MoreThreadsThanTheLimitIsAnErrorBeforeAnyOutput) {
  std::istringstream in(ClusterLine("c", kStory) + "\n");
  std::ostringstream out;
  BatchOptions options;
  options.threads = kMostThreads + 1;
  BatchStats stats;
  const Status s = RunBatch(in, "test", out, options, &stats);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
  EXPECT_TRUE(out.str().empty());
  // static_cast<size_t>(-1), as a wrapped "-1" would give.
  options.threads = ~size_t{0};
  std::istringstream again(ClusterLine("c", kStory) + "\n");
  EXPECT_EQ(RunBatch(again, "test", out, options, &stats).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace precis
