// Copyright 2026 The Precis Authors.
#include "serve/api.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/precis.h"
#include "testing/test_util.h"

namespace precis {
namespace {

using nlohmann::json;

// The example's documents as a request's "documents" list.
json ExampleDocuments() {
  json docs = json::array();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::ExampleDir())) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    docs.push_back({{"id", file.stem().string()}, {"text", testing::ReadFileOrFail(file)}});
  }
  return docs;
}

json Body(const ApiReply& reply) {
  return json::parse(reply.body, nullptr, /*allow_exceptions=*/false);
}

TEST(Api, SummarizeAnswersWhatTheLibraryAndTheCommandLineGive) {
  const json request = {{"id", "sony-hack"}, {"documents", ExampleDocuments()}, {"words", 60}};
  const ApiReply reply = HandleApiRequest("POST", "/v1/summarize", request.dump());
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_EQ(reply.content_type, "application/json");
  // The same cluster through the library.
  RawCluster raw;
  ASSERT_TRUE(ParseJsonCluster(request.dump(), "test", "test", &raw).ok());
  SummaryOptions options;
  options.words = 60;
  Summary summary;
  ASSERT_TRUE(SummarizeRawCluster(raw, PreprocessOptions(), options, &summary).ok());
  EXPECT_EQ(reply.body, SummaryToJson(summary));
  // And through the command line, from the same files.
  const testing::CommandResult cli =
      testing::RunPrecis({"summarize", testing::ExampleDir(), "--words", "60", "--format", "json"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(reply.body + "\n", cli.out);
}

TEST(Api, OptionsAreNamedLikeTheCommandLineFlags) {
  const json docs = ExampleDocuments();
  const ApiReply reply = HandleApiRequest("POST", "/v1/summarize",
                                          json({{"documents", docs},
                                                {"sentences", 2},
                                                {"method", "lexrank"},
                                                {"support_threshold", 0.4},
                                                {"param", {{"lexrank.damping", 0.9}}}})
                                              .dump());
  ASSERT_EQ(reply.status, 200) << reply.body;
  const json body = Body(reply);
  EXPECT_EQ(body["method"], "lexrank");
  EXPECT_EQ(body["sentences"].size(), 2u);
  const ApiReply hyphen = HandleApiRequest(
      "POST", "/v1/summarize",
      json({{"documents", docs}, {"mmr-lambda", 0.7}, {"truncate", true}, {"words", 30}}).dump());
  ASSERT_EQ(hyphen.status, 200) << hyphen.body;
  EXPECT_EQ(Body(hyphen)["words"], 30);
}

TEST(Api, AnalyzeAndRouge) {
  const ApiReply analysis =
      HandleApiRequest("POST", "/v1/analyze", json({{"documents", ExampleDocuments()}}).dump());
  ASSERT_EQ(analysis.status, 200) << analysis.body;
  EXPECT_EQ(Body(analysis)["differences"].size(), 2u);
  const ApiReply rouge =
      HandleApiRequest("POST", "/v1/rouge",
                       json({{"system", "The cat sat on the mat."},
                             {"references", {"The cat was on the mat.", "A cat sat there."}},
                             {"metrics", "1,2,L"},
                             {"stem", true},
                             {"resamples", 0}})
                           .dump());
  ASSERT_EQ(rouge.status, 200) << rouge.body;
  const json r = Body(rouge);
  EXPECT_EQ(r["count"], 1);
  ASSERT_TRUE(r.contains("ROUGE-1")) << rouge.body;
  EXPECT_GT(r["ROUGE-1"]["R"].get<double>(), 0.5);
  EXPECT_LE(r["ROUGE-1"]["R"].get<double>(), 1.0);
}

// Many items are scored on several threads, then bootstrapped: the same
// request gives the same reply (and the ThreadSanitizer build checks the
// threads).
TEST(Api, RougeOfManyItemsIsTheSameEveryTime) {
  json items = json::array();
  for (int i = 0; i < 16; ++i) {
    items.push_back(
        {{"id", "s" + std::to_string(i)},
         {"system", "The cat sat on mat number " + std::to_string(i) + "."},
         {"references", {"The cat was on the mat.", "A cat sat there, " + std::to_string(i % 3)}}});
  }
  const std::string request =
      json({{"items", items}, {"metrics", "1,2,L,SU4"}, {"resamples", 200}, {"seed", 7}}).dump();
  const ApiReply first = HandleApiRequest("POST", "/v1/rouge", request);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(Body(first)["count"], 16);
  EXPECT_EQ(HandleApiRequest("POST", "/v1/rouge", request).body, first.body);
}

TEST(Api, HealthMethodsAndThePage) {
  EXPECT_EQ(Body(HandleApiRequest("GET", "/healthz", ""))["status"], "ok");
  const json methods = Body(HandleApiRequest("GET", "/v1/methods", ""))["methods"];
  ASSERT_EQ(methods.size(), ListMethods().size());
  for (const json& m : methods) EXPECT_FALSE(m["description"].get<std::string>().empty());
  const ApiReply page = HandleApiRequest("GET", "/", "");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("/v1/summarize"), std::string::npos);
  // Nothing is fetched from elsewhere.
  EXPECT_EQ(page.body.find("http://"), std::string::npos);
  EXPECT_EQ(page.body.find("https://"), std::string::npos);
}

// Each bad request: its status and a JSON error of one line.
TEST(Api, BadRequestsGetAStatusAndAOneLineError) {
  const std::string docs = json({{"documents", {{{"id", "a"}, {"text", "One. Two."}}}}}).dump();
  const struct {
    const char* method;
    const char* path;
    std::string body;
    int status;
  } kCases[] = {
      {"POST", "/v1/summarize", "{", 400},
      {"POST", "/v1/summarize", "[1, 2]", 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": "x"}], "wrods": 5})", 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": "x"}], "words": -5})", 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": "x"}], "words": "5"})", 400},
      {"POST", "/v1/summarize",
       R"({"documents": [{"id": "a", "text": "x"}], "words": 5, "bytes": 9})", 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": "x"}], "method": "nope"})",
       400},
      {"POST", "/v1/summarize", R"({"words": 5})", 400},
      {"POST", "/v1/summarize", R"({"documents": []})", 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": 7}]})", 400},
      {"POST", "/v1/summarize", std::string(100, '[') + std::string(100, ']'), 400},
      {"POST", "/v1/summarize", R"({"documents": [{"id": "a", "text": "Copyright 2014."}]})", 422},
      {"POST", "/v1/summarize",
       "{\"documents\": [{\"id\": \"a\", \"text\": \"bad \\u0000 byte\"}]}", 422},
      {"POST", "/v1/analyze", R"({"documents": [{"id": "a", "text": "x"}], "shared-threshold": 2})",
       400},
      {"POST", "/v1/rouge", R"({"system": "a b"})", 400},
      {"POST", "/v1/rouge", R"({"system": "a b", "references": []})", 400},
      {"POST", "/v1/rouge", R"({"system": "a", "references": ["a"], "metrics": "Q"})", 400},
      {"GET", "/v1/summarize", "", 405},
      {"POST", "/healthz", docs, 405},
      {"GET", "/v2/summarize", "", 404},
  };
  for (const auto& c : kCases) {
    const ApiReply reply = HandleApiRequest(c.method, c.path, c.body);
    EXPECT_EQ(reply.status, c.status)
        << c.method << " " << c.path << " " << c.body << " -> " << reply.body;
    const json body = Body(reply);
    ASSERT_TRUE(body.is_object() && body.contains("error")) << reply.body;
    const std::string message = body["error"];
    EXPECT_FALSE(message.empty());
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
  // Ranges are written as people write them.
  const ApiReply negative = HandleApiRequest(
      "POST", "/v1/summarize",
      R"({"documents": [{"id": "a", "text": "x"}], "position-weight": -1})");
  EXPECT_EQ(Body(negative)["error"], "request: 'position-weight' must be a number >= 0");
  const ApiReply damping = HandleApiRequest(
      "POST", "/v1/summarize",
      R"({"documents": [{"id": "a", "text": "One. Two."}], "method": "lexrank",)"
      R"( "param": {"lexrank.damping": 5}})");
  EXPECT_NE(damping.body.find("within [0, 1], not '5'"), std::string::npos) << damping.body;
}

}  // namespace
}  // namespace precis
