// Copyright 2026 The Precis Authors.
#include "precis/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "testing/test_util.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using testing::MakeTempDir;
using testing::WriteFile;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = MakeTempDir(); }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }
  std::string dir_;
};

TEST_F(ReaderTest, ReadsDirectoryInNameOrderKeepingIdGaps) {
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({testing::ExampleDir()}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "sony-hack");
  ASSERT_EQ(clusters[0].documents.size(), 3u);
  EXPECT_EQ(clusters[0].documents[0].id, "000_4d900502bb525134");
  EXPECT_EQ(clusters[0].documents[1].id, "001_1906d34e83dd3c85");
  EXPECT_EQ(clusters[0].documents[2].id, "003_fa8aa3f6cab94459");
  EXPECT_EQ(clusters[0].documents[2].format, DocumentFormat::kText);
}

TEST_F(ReaderTest, FilesGivenOneByOneFormOneCluster) {
  WriteFile(Path("b.txt"), "Second.");
  WriteFile(Path("a.html"), "<p>First.</p>");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("b.txt"), Path("a.html")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "cluster");
  EXPECT_EQ(clusters[0].documents[0].id, "b");
  EXPECT_EQ(clusters[0].documents[1].id, "a");
  EXPECT_EQ(clusters[0].documents[1].format, DocumentFormat::kHtml);
}

TEST_F(ReaderTest, ReadsJsonlClustersIgnoringExtraFields) {
  PRECIS_REQUIRE_SHARED_DATA(path, "duc2006/clusters.jsonl");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({path}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 50u);
  EXPECT_EQ(clusters[0].id, "D0601A");
  EXPECT_EQ(clusters[0].documents.size(), 25u);
  EXPECT_EQ(clusters[0].documents[0].id, "APW19990707.0181");
}

TEST_F(ReaderTest, JsonDocumentsMayBeStringsOrHtmlAndGetIds) {
  WriteFile(Path("c.jsonl"),
            "{\"id\": 7, \"documents\": [\"plain text\", {\"html\": \"<p>x</p>\"}]}\n\n");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("c.jsonl")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "7");
  EXPECT_EQ(clusters[0].documents[0].id, "7-d0");
  EXPECT_EQ(clusters[0].documents[0].original, "plain text");
  EXPECT_EQ(clusters[0].documents[1].format, DocumentFormat::kHtml);
}

TEST_F(ReaderTest, ReadsMultiNewsSeparatorsAndNewlineTokens) {
  WriteFile(Path("mn.src"),
            "First doc.NEWLINE_CHAR Line two. ||||| Second doc. ||||| \n"
            "Another cluster.\n");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("mn.src")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 2u);
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[0].original, "First doc.\n Line two.");
  EXPECT_EQ(clusters[0].documents[1].id, "mn-1-d1");
  EXPECT_EQ(clusters[1].id, "mn-2");
}

TEST_F(ReaderTest, DetectsFormats) {
  WriteFile(Path("page.txt"), "<!DOCTYPE html><html><body><p>Hi.</p></body></html>");
  WriteFile(Path("duc.txt"), "<DOC><DOCNO>X1</DOCNO><TEXT>Hi.</TEXT></DOC>");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("page.txt"), Path("duc.txt")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[0].format, DocumentFormat::kHtml);
  EXPECT_EQ(clusters[0].documents[1].format, DocumentFormat::kDuc);
  EXPECT_EQ(clusters[0].documents[1].id, "X1");
  // A forced format wins over detection.
  ReadOptions text;
  text.input = InputFormat::kText;
  clusters.clear();
  ASSERT_TRUE(ReadClusters({Path("page.txt")}, text, &clusters).ok());
  EXPECT_EQ(clusters[0].documents[0].format, DocumentFormat::kText);
}

TEST_F(ReaderTest, RejectsMalformedJsonNamingLine) {
  WriteFile(Path("bad.jsonl"), "{\"id\": \"a\", \"documents\": [\"x\"]}\n{\"id\": \"b\", \n");
  std::vector<RawCluster> clusters;
  ReadOptions jsonl;
  jsonl.input = InputFormat::kJsonl;
  Status s = ReadClusters({Path("bad.jsonl")}, jsonl, &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("bad.jsonl:2"), std::string::npos) << s.message();
}

TEST_F(ReaderTest, RejectsDeeplyNestedJson) {
  RawCluster cluster;
  Status s =
      ParseJsonCluster(std::string(100000, '[') + std::string(100000, ']'), "x:1", "c", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("nested"), std::string::npos);
}

TEST_F(ReaderTest, RejectsDuplicateDocumentIds) {
  RawCluster cluster;
  Status s = ParseJsonCluster(
      "{\"id\": \"c\", \"documents\": [{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"a\", "
      "\"text\": \"y\"}]}",
      "f:1", "c", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("duplicate"), std::string::npos);
}

TEST_F(ReaderTest, RejectsEmptyFileAndEmptyCluster) {
  WriteFile(Path("empty.txt"), "");
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("empty.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("empty.txt: empty file"), std::string::npos);
  RawCluster cluster;
  EXPECT_EQ(ParseJsonCluster("{\"id\": \"c\", \"documents\": []}", "f:1", "c", &cluster).code(),
            Status::Code::kEmptyInput);
}

TEST_F(ReaderTest, RejectsMissingPathAndOversizedFile) {
  std::vector<RawCluster> clusters;
  EXPECT_EQ(ReadClusters({Path("nope")}, ReadOptions(), &clusters).code(), Status::Code::kNotFound);
  WriteFile(Path("big.txt"), std::string(100, 'x'));
  ReadOptions small;
  small.max_input_bytes = 10;
  Status s = ReadClusters({Path("big.txt")}, small, &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("limit"), std::string::npos);
}

TEST_F(ReaderTest, SkipsHiddenFiles) {
  fs::create_directories(Path("c"));
  WriteFile(Path("c/.DS_Store"), "junk");
  WriteFile(Path("c/a.txt"), "Story.");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("c")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters[0].documents.size(), 1u);
  EXPECT_EQ(clusters[0].id, "c");
}

TEST_F(ReaderTest, DirectoryOfSubdirectoriesIsManyClusters) {
  fs::create_directories(Path("all/D1"));
  fs::create_directories(Path("all/D2"));
  WriteFile(Path("all/D1/a.txt"), "One.");
  WriteFile(Path("all/D2/b.txt"), "Two.");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("all")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0].id, "D1");
  EXPECT_EQ(clusters[1].id, "D2");
}

TEST_F(ReaderTest, EmptyDirectoryIsAnError) {
  fs::create_directories(Path("none"));
  std::vector<RawCluster> clusters;
  EXPECT_EQ(ReadClusters({Path("none")}, ReadOptions(), &clusters).code(),
            Status::Code::kEmptyInput);
}

TEST_F(ReaderTest, DetectsSymlinkLoop) {
  fs::create_directories(Path("loop"));
  fs::create_symlink(Path("loop/b"), Path("loop/a"));
  fs::create_symlink(Path("loop/a"), Path("loop/b"));
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("loop")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("link"), std::string::npos) << s.message();
}

TEST_F(ReaderTest, StreamKeepsGoingAfterBadLine) {
  std::istringstream in(
      "{\"id\": \"a\", \"documents\": [\"x\"]}\nnot json\n\n{\"id\": \"b\", \"documents\": "
      "[\"y\"]}\n");
  ClusterStream stream(&in, InputFormat::kJsonl, "in", ReadOptions());
  RawCluster cluster;
  Status status;
  size_t line = 0;
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(cluster.id, "a");
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(line, 2u);
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(cluster.id, "b");
  EXPECT_EQ(line, 4u);
  EXPECT_FALSE(stream.Next(&cluster, &status, &line));
}

TEST_F(ReaderTest, StreamRejectsOverlongLineWithoutLoadingIt) {
  std::istringstream in(std::string(5000, 'x') + "\n{\"id\": \"b\", \"documents\": [\"y\"]}\n");
  ReadOptions options;
  options.max_input_bytes = 100;
  ClusterStream stream(&in, InputFormat::kJsonl, "in", options);
  RawCluster cluster;
  Status status;
  size_t line = 0;
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_NE(status.message().find("limit"), std::string::npos);
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_EQ(cluster.id, "b");
}

TEST(InputFormat, ParsesNames) {
  InputFormat f;
  for (const char* name : {"auto", "text", "html", "jsonl", "multinews", "duc"}) {
    ASSERT_TRUE(ParseInputFormat(name, &f).ok()) << name;
    EXPECT_STREQ(InputFormatName(f), name);
  }
  EXPECT_EQ(ParseInputFormat("xml", &f).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace precis
