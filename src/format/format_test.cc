// Copyright 2026 The Precis Authors.
#include "precis/format.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace precis {
namespace {

Summary Example() {
  Summary s;
  s.cluster_id = "sony";
  s.method = "centroid";
  SummarySentence a;
  a.text = "Sony cancelled “The Interview.”";
  a.doc = "000";
  a.span = {10, 45};
  a.supported_by = {"001", "003"};
  SummarySentence b;
  b.text = "Theaters stayed shut.";
  b.doc = "003";
  b.span = {0, 21};
  s.sentences = {a, b};
  s.words = 6;
  s.bytes = s.text().size();
  return s;
}

TEST(Format, JsonCarriesSpansAndSupport) {
  nlohmann::json j = nlohmann::json::parse(SummaryToJson(Example()));
  EXPECT_EQ(j["id"], "sony");
  EXPECT_EQ(j["method"], "centroid");
  EXPECT_EQ(j["words"], 6);
  EXPECT_EQ(j["summary"], Example().text());
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(j["sentences"][0]["start"], 10);
  EXPECT_EQ(j["sentences"][0]["end"], 45);
  EXPECT_EQ(j["sentences"][0]["supported_by"], nlohmann::json({"001", "003"}));
  EXPECT_FALSE(j["sentences"][0].contains("truncated"));
}

TEST(Format, TextListsEachSentencesSource) {
  std::string text = SummaryToText(Example());
  EXPECT_NE(text.find("Sony cancelled “The Interview.” [1]"), std::string::npos);
  EXPECT_NE(text.find("[1] 000 bytes 10-45; also in 001, 003"), std::string::npos);
  EXPECT_NE(text.find("[2] 003 bytes 0-21\n"), std::string::npos);
}

TEST(Format, TextWrapsLongParagraphs) {
  Summary s = Example();
  s.sentences[0].text = std::string(30, 'a') + " " + std::string(30, 'b') + " " +
                        std::string(30, 'c');
  std::string text = SummaryToText(s);
  std::string paragraph = text.substr(0, text.find("\n\n"));
  size_t line_start = 0;
  while (line_start < paragraph.size()) {
    size_t end = paragraph.find('\n', line_start);
    if (end == std::string::npos) end = paragraph.size();
    EXPECT_LE(end - line_start, 78u);
    line_start = end + 1;
  }
}

TEST(Format, MarkdownMarksSources) {
  std::string md = SummaryToMarkdown(Example());
  EXPECT_NE(md.find("[000; also 001, 003]"), std::string::npos);
  EXPECT_NE(md.find("| 2 | 003 | 0-21 |  |"), std::string::npos);
}

TEST(Format, EveryFormatSaysWhatTheSummaryLeftOut) {
  Summary s = Example();
  s.empty_documents = {"002"};
  s.notes = {"ilp: time limit reached, greedy selection used"};
  for (const std::string& out : {SummaryToText(s), SummaryToMarkdown(s)}) {
    EXPECT_NE(out.find("No text left after cleaning in: 002"), std::string::npos) << out;
    EXPECT_NE(out.find("Note: ilp: time limit reached"), std::string::npos) << out;
  }
  // An empty summary is its notes alone: no sources heading, no table.
  s.sentences.clear();
  s.empty_documents.clear();
  s.notes = {"no sentence fits the budget of 3 words (the shortest has 12 words)"};
  EXPECT_EQ(SummaryToText(s), "Note: " + s.notes[0] + "\n");
  EXPECT_EQ(SummaryToMarkdown(s), "*Note: " + s.notes[0] + "*\n");
}

TEST(Format, ParsesFormatNames) {
  OutputFormat f;
  EXPECT_TRUE(ParseOutputFormat("json", &f).ok());
  EXPECT_EQ(f, OutputFormat::kJson);
  EXPECT_EQ(ParseOutputFormat("yaml", &f).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace precis
