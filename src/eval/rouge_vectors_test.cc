// Copyright 2026 The Precis Authors.
//
// The scorer against the values the official ROUGE-1.5.5 script printed for
// about 1,500 cases (../shared/data/rouge/vectors.jsonl): every metric, R, P
// and F, to the 5 decimals the script prints.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "precis/rouge.h"
#include "testing/test_util.h"

namespace precis {
namespace {

using nlohmann::json;

RougeSummary Sentences(const json& j) {
  RougeSummary out;
  for (const auto& s : j) out.push_back(s.get<std::string>());
  return out;
}

TEST(RougeScorer, MatchesTheOfficialScriptOnEveryVector) {
  PRECIS_REQUIRE_SHARED_DATA(path, "rouge/vectors.jsonl");
  std::ifstream in(path);
  std::map<std::string, std::unique_ptr<RougeScorer>> scorers;
  size_t cases = 0, checked = 0;
  std::map<std::string, int> failures_by_tag;
  int reported = 0;
  for (std::string line; std::getline(in, line);) {
    json c = json::parse(line);
    ++cases;
    const json& o = c["options"];
    RougeOptions options;
    options.remove_stopwords = o["stopwords"].get<bool>();
    options.stem = o["stem"].get<bool>();
    if (!o["limit"].is_null()) {
      if (o["limit"].contains("words")) options.words = o["limit"]["words"].get<size_t>();
      if (o["limit"].contains("bytes")) options.bytes = o["limit"]["bytes"].get<size_t>();
    }
    std::string key = std::to_string(options.stem) + std::to_string(options.remove_stopwords) +
                      "/" + std::to_string(options.words) + "/" + std::to_string(options.bytes);
    auto& scorer = scorers[key];
    if (!scorer) scorer = std::make_unique<RougeScorer>(options);
    ASSERT_TRUE(scorer->status().ok()) << scorer->status().ToString();
    std::vector<RougeSummary> references;
    for (const auto& r : c["references"]) references.push_back(Sentences(r));
    RougeScores scores;
    ASSERT_TRUE(scorer->Score(Sentences(c["system"]), references, &scores).ok());
    bool ok = true;
    std::string detail;
    for (const auto& [metric, expected] : c["expected"].items()) {
      auto it = scores.find(metric);
      if (it == scores.end()) {
        ok = false;
        detail += " missing " + metric;
        continue;
      }
      const RougeValue& v = it->second;
      for (auto [name, got] :
           {std::pair<const char*, double>{"R", v.recall}, {"P", v.precision}, {"F", v.f}}) {
        double want = expected[name].get<double>();
        if (std::fabs(got - want) > 5e-6) {
          ok = false;
          detail += " " + metric + "." + name + " got " + std::to_string(got) + " want " +
                    std::to_string(want);
        }
      }
    }
    ++checked;
    if (!ok) {
      std::string id = c["id"].get<std::string>();
      ++failures_by_tag[id.substr(id.rfind('/') + 1)];
      if (reported++ < 15) ADD_FAILURE() << id << ":" << detail;
    }
  }
  for (const auto& [tag, n] : failures_by_tag) ADD_FAILURE() << tag << ": " << n << " cases differ";
  EXPECT_GT(cases, 1000u);
  EXPECT_EQ(checked, cases);
}

}  // namespace
}  // namespace precis
