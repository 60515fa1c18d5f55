// Copyright 2026 The Precis Authors.
//
// The library example of README.md, compiled and run. Keep the two in step.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "precis/precis.h"
#include "testing/test_util.h"

namespace {

// --- README.md, "As a C++ library" ---
precis::Status SummarizeDirectory(const std::string& dir, std::string* json) {
  std::vector<precis::RawCluster> raw;
  PRECIS_RETURN_IF_ERROR(precis::ReadClusters({dir}, precis::ReadOptions(), &raw));
  precis::Cluster cluster;
  PRECIS_RETURN_IF_ERROR(
      precis::PreprocessCluster(raw.front(), precis::PreprocessOptions(), &cluster));
  precis::SummaryOptions options;
  options.words = 60;
  precis::Summary summary;
  PRECIS_RETURN_IF_ERROR(precis::Summarize(cluster, options, &summary));
  *json = precis::SummaryToJson(summary);
  return precis::Status::OK();
}
// --- end of README example ---

TEST(ReadmeExample, SummarizesTheBundledExample) {
  std::string json;
  precis::Status s = SummarizeDirectory(precis::testing::ExampleDir(), &json);
  ASSERT_TRUE(s.ok()) << s.ToString();
  nlohmann::json summary = nlohmann::json::parse(json);
  EXPECT_EQ(summary["id"], "sony-hack");
  EXPECT_LE(summary["words"].get<int>(), 60);
  EXPECT_FALSE(summary["sentences"].empty());
}

TEST(ReadmeExample, ReportsAMissingDirectory) {
  std::string json;
  precis::Status s = SummarizeDirectory("no/such/directory", &json);
  EXPECT_EQ(s.code(), precis::Status::Code::kNotFound);
}

}  // namespace
