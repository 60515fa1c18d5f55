// Copyright 2026 The Precis Authors.
#include "precis/reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

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

TEST_F(ReaderTest, RefusesBinaryAndUtf16AsTheyArrive) {
  std::vector<RawCluster> clusters;
  WriteFile(Path("utf16.txt"), std::string("\xFF\xFEH\0i\0", 6));
  Status s = ReadClusters({Path("utf16.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("UTF-16"), std::string::npos) << s.message();
  WriteFile(Path("zeros.txt"), std::string(100, 'x') + std::string(1 << 20, '\0'));
  s = ReadClusters({Path("zeros.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.message(), Path("zeros.txt") + ": binary data (NUL byte at offset 100)");
  // An endless device is refused at its first NUL, not read to the limit.
  s = ReadClusters({"/dev/zero"}, ReadOptions(), &clusters);
  EXPECT_EQ(s.message(), "/dev/zero: binary data (NUL byte at offset 0)");
}

TEST_F(ReaderTest, DirectoryOverTheDocumentLimitIsRefusedBeforeReading) {
  const std::string dir = Path("many");
  std::filesystem::create_directory(dir);
  for (int i = 0; i < 5; ++i) WriteFile(dir + "/" + std::to_string(i) + ".txt", "Hi.");
  ReadOptions options;
  options.max_documents = 4;
  std::vector<RawCluster> clusters;
  const Status s = ReadClusters({dir}, options, &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("directory of 5 files, over the limit of 4"), std::string::npos)
      << s.message();
  options.max_documents = 5;
  EXPECT_TRUE(ReadClusters({dir}, options, &clusters).ok());
}

TEST_F(ReaderTest, FileOverTheInputLimitIsRefusedBeforeReading) {
  WriteFile(Path("big.txt"), std::string(1000, 'a'));
  ReadOptions options;
  options.max_input_bytes = 999;
  std::vector<RawCluster> clusters;
  const Status s = ReadClusters({Path("big.txt")}, options, &clusters);
  EXPECT_EQ(s.message(), Path("big.txt") +
                             ": file of 1000 bytes is over the limit of 999 bytes "
                             "(--max-input-bytes)");
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

TEST_F(ReaderTest, StreamLinesParsedApartGiveWhatNextGives) {
  const std::string input =
      "\n{\"id\": \"a\", \"documents\": [\"x\"]}\nnot json\n\n{\"id\": \"b\", "
      "\"documents\": [\"y\"]}\n";
  std::istringstream whole(input), split(input);
  ClusterStream by_cluster(&whole, InputFormat::kAuto, "in", ReadOptions());
  ClusterStream by_line(&split, InputFormat::kAuto, "in", ReadOptions());
  std::vector<ClusterStream::Line> lines;
  ClusterStream::Line line;
  Status status;
  while (by_line.NextLine(&line, &status)) {
    ASSERT_TRUE(status.ok());
    lines.push_back(line);
  }
  // Every line, blank ones marked (so that a batch can answer each).
  ASSERT_EQ(lines.size(), 5u);
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].number, i + 1);
    EXPECT_EQ(lines[i].blank, i == 0 || i == 3) << i;
  }
  for (const ClusterStream::Line& l : lines) {
    RawCluster got;
    const Status parsed = by_line.Parse(l, &got);
    if (l.blank) {
      EXPECT_EQ(parsed.message(), "in:" + std::to_string(l.number) + ": blank line, no cluster");
      continue;
    }
    EXPECT_EQ(l.format, InputFormat::kJsonl);
    RawCluster want;
    size_t number = 0;
    ASSERT_TRUE(by_cluster.Next(&want, &status, &number));  // Next() skips blank lines.
    EXPECT_EQ(number, l.number);
    EXPECT_EQ(parsed.ok(), status.ok());
    EXPECT_EQ(parsed.message(), status.message());
    EXPECT_EQ(got.id, want.id);
  }
  RawCluster none;
  size_t number = 0;
  EXPECT_FALSE(by_cluster.Next(&none, &status, &number));
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

// Counts the clusters and documents of a JSONL file read through a stream.
void CountStreamed(const std::string& path, size_t* clusters, size_t* documents) {
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  ClusterStream stream(&in, InputFormat::kAuto, path, ReadOptions());
  RawCluster cluster;
  Status status;
  size_t line = 0;
  *clusters = *documents = 0;
  while (stream.Next(&cluster, &status, &line)) {
    ASSERT_TRUE(status.ok()) << status.ToString();
    ++*clusters;
    *documents += cluster.documents.size();
  }
  EXPECT_TRUE(status.ok()) << status.ToString();
}

TEST_F(ReaderTest, ReadsSharedJsonlDataSets) {
  PRECIS_REQUIRE_SHARED_DATA(multinews, "multinews_sample/validation.jsonl");
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({multinews}, ReadOptions(), &clusters);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(clusters.size(), 250u);
  size_t documents = 0;
  for (const RawCluster& c : clusters) documents += c.documents.size();
  EXPECT_EQ(documents, 690u);
  EXPECT_EQ(clusters[0].documents[0].origin, multinews + ":1");
  std::string multiling = testing::SharedDataPath("multiling2011_en/clusters.jsonl");
  if (!multiling.empty()) {
    clusters.clear();
    ASSERT_TRUE(ReadClusters({multiling}, ReadOptions(), &clusters).ok());
    EXPECT_EQ(clusters.size(), 10u);
  }
}

TEST_F(ReaderTest, StreamsLargeJsonlDataSet) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_truncated/validation.jsonl");
  size_t clusters = 0, documents = 0;
  CountStreamed(path, &clusters, &documents);
  EXPECT_EQ(clusters, 5622u);
  EXPECT_EQ(documents, 15317u);
}

TEST_F(ReaderTest, JsonlOriginsAndFallbackIds) {
  WriteFile(Path("set.jsonl"),
            "\n{\"documents\": [{\"id\": \"a\", \"text\": \"x\"}, {\"text\": \"y\"}], "
            "\"summaries\": [\"s\"], \"topic\": {\"title\": \"t\"}}\n");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("set.jsonl")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "set-2");
  EXPECT_EQ(clusters[0].documents[0].id, "a");
  EXPECT_EQ(clusters[0].documents[1].id, "set-2-d1");
  EXPECT_EQ(clusters[0].documents[1].origin, Path("set.jsonl") + ":2");
}

TEST_F(ReaderTest, MalformedJsonMessageGivesReasonOnOneLine) {
  RawCluster cluster;
  Status s =
      ParseJsonCluster("{\"id\": \"a\", \"documents\": [\"x\",]}", "f.jsonl:3", "c", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind("f.jsonl:3: malformed JSON: ", 0), 0u) << s.message();
  EXPECT_GT(s.message().size(), std::string("f.jsonl:3: malformed JSON: ").size());
  EXPECT_EQ(s.message().find('\n'), std::string::npos);
  // An unterminated string far longer than the message may be.
  s = ParseJsonCluster("{\"id\": \"" + std::string(10000, 'x'), "f.jsonl:4", "c", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_LT(s.message().size(), 300u);
  // Invalid UTF-8 inside a JSON string is malformed JSON too.
  s = ParseJsonCluster("{\"documents\": [\"\xC3\x28\"]}", "f.jsonl:5", "c", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind("f.jsonl:5: malformed JSON", 0), 0u) << s.message();
}

// JSON that the fast parser alone would refuse is still read: an integer
// beyond 64 bits is a number like any other, and of a repeated member the
// last one counts.
TEST_F(ReaderTest, ReadsHugeIntegersAndRepeatedMembersLikeOtherJsonReaders) {
  RawCluster cluster;
  ASSERT_TRUE(ParseJsonCluster("{\"views\": 123456789012345678901234567890, \"id\": \"a\", "
                               "\"documents\": [\"One.\"], \"id\": \"b\"}",
                               "f.jsonl:1", "c", &cluster)
                  .ok());
  EXPECT_EQ(cluster.id, "b");
  ASSERT_EQ(cluster.documents.size(), 1u);
  EXPECT_EQ(cluster.documents[0].original, "One.");
  const Status s =
      ParseJsonCluster("{\"id\": 123456789012345678901234567890, \"documents\": [\"One.\"]}",
                       "f.jsonl:2", "c", &cluster);
  EXPECT_EQ(s.message(), "f.jsonl:2: \"id\" must be a non-empty string or an integer, not number");
  ASSERT_TRUE(ParseJsonCluster("{\"documents\": [{\"text\": \"One.\", \"text\": \"Two.\"}]}",
                               "f.jsonl:3", "c", &cluster)
                  .ok());
  EXPECT_EQ(cluster.documents[0].original, "Two.");
}

TEST_F(ReaderTest, RejectsWrongJsonTypesNamingField) {
  struct Case {
    const char* line;
    const char* field;
  };
  const Case cases[] = {
      {"[1, 2]", "JSON object"},
      {"{\"id\": [1], \"documents\": [\"x\"]}", "\"id\""},
      {"{\"id\": 1.5, \"documents\": [\"x\"]}", "\"id\""},
      {"{\"id\": \"\", \"documents\": [\"x\"]}", "\"id\""},
      {"{\"id\": \"c\"}", "\"documents\""},
      {"{\"id\": \"c\", \"documents\": {\"a\": \"x\"}}", "\"documents\""},
      {"{\"id\": \"c\", \"documents\": [\"x\", 3]}", "documents[1]"},
      {"{\"id\": \"c\", \"documents\": [{\"id\": \"a\", \"text\": 5}]}", "documents[0].text"},
      {"{\"id\": \"c\", \"documents\": [{\"id\": \"a\", \"html\": []}]}", "documents[0].html"},
      {"{\"id\": \"c\", \"documents\": [{\"id\": \"a\"}]}", "documents[0]"},
      {"{\"id\": \"c\", \"documents\": [{\"id\": {}, \"text\": \"x\"}]}", "documents[0].id"},
  };
  for (const Case& c : cases) {
    RawCluster cluster;
    Status s = ParseJsonCluster(c.line, "f:1", "fallback", &cluster);
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << c.line;
    EXPECT_NE(s.message().find(c.field), std::string::npos) << c.line << " -> " << s.message();
    EXPECT_EQ(s.message().rfind("f:1: ", 0), 0u) << s.message();
  }
  RawCluster cluster;
  ASSERT_TRUE(ParseJsonCluster("{\"id\": 18446744073709551615, \"documents\": [\"x\"]}", "f:1", "c",
                               &cluster)
                  .ok());
  EXPECT_EQ(cluster.id, "18446744073709551615");
  ASSERT_TRUE(ParseJsonCluster("{\"id\": -3, \"documents\": [\"x\"]}", "f:1", "c", &cluster).ok());
  EXPECT_EQ(cluster.id, "-3");
}

TEST_F(ReaderTest, NestingLimitCountsOnlyBracketsOutsideStrings) {
  RawCluster cluster;
  const std::string brackets(200, '[');
  ASSERT_TRUE(
      ParseJsonCluster("{\"documents\": [\"" + brackets + "\"]}", "f:1", "c", &cluster).ok());
  EXPECT_EQ(cluster.documents[0].original, brackets);
  // A cluster whose deepest bracket is `levels` deep, the object included.
  auto nested = [](int levels) {
    return "{\"documents\": [\"x\"], \"extra\": " + std::string(levels - 1, '[') +
           std::string(levels - 1, ']') + "}";
  };
  EXPECT_TRUE(ParseJsonCluster(nested(64), "f:1", "c", &cluster).ok());
  Status s = ParseJsonCluster(nested(65), "f:9", "c", &cluster);
  EXPECT_EQ(s.message(), "f:9: JSON nested deeper than 64 levels (--max-json-depth)");
  // The limit is a parameter.
  EXPECT_TRUE(ParseJsonCluster(nested(65), "f:9", "c", &cluster, 65).ok());
  EXPECT_FALSE(ParseJsonCluster(nested(10), "f:9", "c", &cluster, 9).ok());
  // A deep file is detected as JSONL, so the nesting is what gets reported.
  WriteFile(Path("deep.txt"), "{" + std::string(100000, '[') + "\n");
  std::vector<RawCluster> clusters;
  s = ReadClusters({Path("deep.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.message(),
            Path("deep.txt") + ":1: JSON nested deeper than 64 levels (--max-json-depth)");
}

TEST_F(ReaderTest, MultiNewsLineWithOnlyEmptySegmentsIsEmptyInput) {
  RawCluster cluster;
  Status s = ParseMultiNewsCluster(" ||||| NEWLINE_CHAR |||||", "mn.src:4", "mn-4", &cluster);
  EXPECT_EQ(s.code(), Status::Code::kEmptyInput);
  EXPECT_EQ(s.message().rfind("mn.src:4: ", 0), 0u);
  ASSERT_TRUE(
      ParseMultiNewsCluster("||||| a NEWLINE_CHARNEWLINE_CHAR b", "mn.src:5", "mn-5", &cluster)
          .ok());
  ASSERT_EQ(cluster.documents.size(), 1u);
  EXPECT_EQ(cluster.documents[0].id, "mn-5-d1");  // Positions keep gaps.
  EXPECT_EQ(cluster.documents[0].original, "a \n\n b");
  EXPECT_EQ(cluster.documents[0].origin, "mn.src:5");
}

TEST_F(ReaderTest, ForcedFormatReadsEveryFileAsThatFormat) {
  WriteFile(Path("a.html"), "x ||||| y\n");
  ReadOptions multinews;
  multinews.input = InputFormat::kMultiNews;
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("a.html")}, multinews, &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "a-1");
  EXPECT_EQ(clusters[0].documents.size(), 2u);
  ReadOptions duc;
  duc.input = InputFormat::kDuc;
  clusters.clear();
  Status s = ReadClusters({Path("a.html")}, duc, &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(clusters.empty());
  ReadOptions html;
  html.input = InputFormat::kHtml;
  WriteFile(Path("b.txt"), "plain");
  ASSERT_TRUE(ReadClusters({Path("b.txt")}, html, &clusters).ok());
  EXPECT_EQ(clusters[0].documents[0].format, DocumentFormat::kHtml);
}

TEST_F(ReaderTest, DetectsFormatsByContentAndName) {
  struct Case {
    const char* name;
    const char* bytes;
    DocumentFormat format;
  };
  const Case cases[] = {
      {"a.HTM", "just text", DocumentFormat::kHtml},
      {"b.txt", "\xEF\xBB\xBF  \n<!doctype HTML>\n<p>x</p>", DocumentFormat::kHtml},
      {"c.txt", "\n <HTML lang=en><body>x</body></HTML>", DocumentFormat::kHtml},
      {"d", "\xEF\xBB\xBF\n<DOC id=\"1\">\n<DOCNO> D </DOCNO><TEXT>x</TEXT></DOC>",
       DocumentFormat::kDuc},
      {"e.txt", "<DOCUMENT>not duc</DOCUMENT>", DocumentFormat::kText},
      {"f.txt", "{not a json cluster}", DocumentFormat::kText},
      {"g.txt", "{\"documents\": 1} but then text", DocumentFormat::kText},
  };
  for (const Case& c : cases) {
    WriteFile(Path(c.name), c.bytes);
    std::vector<RawCluster> clusters;
    Status s = ReadClusters({Path(c.name)}, ReadOptions(), &clusters);
    ASSERT_TRUE(s.ok()) << c.name << ": " << s.ToString();
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters[0].documents[0].format, c.format) << c.name;
  }
}

TEST_F(ReaderTest, ReadsStandardInput) {
  std::streambuf* saved = std::cin.rdbuf();
  std::istringstream text("A story.\n");
  std::cin.rdbuf(text.rdbuf());
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({"-"}, ReadOptions(), &clusters);
  std::istringstream jsonl("{\"id\": \"j\", \"documents\": [\"x\"]}\n");
  std::cin.rdbuf(jsonl.rdbuf());
  std::vector<RawCluster> json_clusters;
  Status json_status = ReadClusters({"-"}, ReadOptions(), &json_clusters);
  std::istringstream empty("");
  std::cin.rdbuf(empty.rdbuf());
  std::vector<RawCluster> none;
  Status empty_status = ReadClusters({"-"}, ReadOptions(), &none);
  std::cin.rdbuf(saved);
  std::cin.clear();
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "cluster");
  EXPECT_EQ(clusters[0].documents[0].id, "stdin");
  EXPECT_EQ(clusters[0].documents[0].original, "A story.\n");
  ASSERT_TRUE(json_status.ok()) << json_status.ToString();
  EXPECT_EQ(json_clusters[0].id, "j");
  EXPECT_EQ(json_clusters[0].documents[0].origin, "stdin:1");
  EXPECT_EQ(empty_status.message(), "stdin: empty file");
}

TEST_F(ReaderTest, MixedDirectoryReadsFilesAndIgnoresSubdirectories) {
  fs::create_directories(Path("mixed/sub"));
  WriteFile(Path("mixed/b.txt"), "Two.");
  WriteFile(Path("mixed/a.txt"), "One.");
  WriteFile(Path("mixed/sub/c.txt"), "Ignored.");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("mixed") + "/"}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "mixed");
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[0].id, "a");
  EXPECT_EQ(clusters[0].documents[0].origin, Path("mixed") + "/a.txt");
}

TEST_F(ReaderTest, NamesSortByBytes) {
  fs::create_directories(Path("d"));
  for (const char* name : {"b.txt", "B.txt", "a10.txt", "a9.txt", "\xC3\xA9.txt", "_.txt"}) {
    WriteFile(Path("d/") + name, "x");
  }
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("d")}, ReadOptions(), &clusters).ok());
  std::vector<std::string> ids;
  for (const RawDocument& d : clusters[0].documents) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"B", "_", "a10", "a9", "b", "\xC3\xA9"}));
}

TEST_F(ReaderTest, DucFilesInDirectorySplitIntoDocuments) {
  fs::create_directories(Path("duc"));
  WriteFile(Path("duc/NYT1"),
            "<DOC>\n<DOCNO> A1 </DOCNO>\n<TEXT>x</TEXT>\n</DOC>\n"
            "<DOC>\n<DOCNO> A2 </DOCNO>\n<TEXT>y</TEXT>\n</DOC>\n");
  WriteFile(Path("duc/NYT2"), "<DOC>\n<DOCNO> A1 </DOCNO>\n<TEXT>z</TEXT>\n</DOC>\n");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(ReadClusters({Path("duc/NYT1")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters[0].documents.size(), 2u);
  EXPECT_EQ(clusters[0].documents[1].id, "A2");
  EXPECT_EQ(clusters[0].documents[1].format, DocumentFormat::kDuc);
  EXPECT_EQ(clusters[0].documents[1].origin, Path("duc/NYT1"));
  // The same DOCNO in two files of one cluster.
  clusters.clear();
  Status s = ReadClusters({Path("duc")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("duplicate document id 'A1'"), std::string::npos) << s.message();
}

TEST_F(ReaderTest, RejectsDuplicateIdsAcrossFiles) {
  fs::create_directories(Path("dup"));
  WriteFile(Path("dup/a.txt"), "One.");
  WriteFile(Path("dup/a.html"), "<p>Two.</p>");
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("dup")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("'a'"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("a.html"), std::string::npos) << s.message();
}

TEST_F(ReaderTest, SharedClusterKeepsItsPlaceAmongLineClusters) {
  WriteFile(Path("x.jsonl"), "{\"id\": \"j1\", \"documents\": [\"x\"]}\n");
  WriteFile(Path("y.txt"), "Text.");
  WriteFile(Path("z.src"), "one ||||| two\n");
  std::vector<RawCluster> clusters;
  ASSERT_TRUE(
      ReadClusters({Path("x.jsonl"), Path("y.txt"), Path("z.src")}, ReadOptions(), &clusters).ok());
  ASSERT_EQ(clusters.size(), 3u);
  EXPECT_EQ(clusters[0].id, "j1");
  EXPECT_EQ(clusters[1].id, "cluster");
  EXPECT_EQ(clusters[2].id, "z-1");
}

TEST_F(ReaderTest, LeavesClustersUnchangedOnError) {
  WriteFile(Path("ok.txt"), "Fine.");
  std::vector<RawCluster> clusters(1);
  clusters[0].id = "kept";
  Status s = ReadClusters({Path("ok.txt"), Path("missing.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), Path("missing.txt") + ": no such file or directory");
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "kept");
  EXPECT_EQ(ReadClusters({}, ReadOptions(), &clusters).code(), Status::Code::kInvalidArgument);
}

TEST_F(ReaderTest, EmptyFileInDirectoryIsNamed) {
  fs::create_directories(Path("c"));
  WriteFile(Path("c/a.txt"), "Story.");
  WriteFile(Path("c/b.txt"), "");
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("c")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), Path("c") + "/b.txt: empty file");
}

TEST_F(ReaderTest, DirectoryLinksAndBrokenLinksDoNotHang) {
  fs::create_directories(Path("top/D1"));
  WriteFile(Path("top/D1/a.txt"), "One.");
  fs::create_directory_symlink(Path("top"), Path("top/self"));
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("top")}, ReadOptions(), &clusters);
  // "self" holds only directories: it is no cluster of documents.
  EXPECT_EQ(s.code(), Status::Code::kEmptyInput);
  EXPECT_NE(s.message().find("self"), std::string::npos) << s.message();
  fs::create_directories(Path("broken"));
  fs::create_symlink(Path("nowhere"), Path("broken/a.txt"));
  s = ReadClusters({Path("broken")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), Path("broken/a.txt") + ": broken symbolic link");
  fs::create_symlink(Path("self-loop"), Path("self-loop"));
  s = ReadClusters({Path("self-loop")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_EQ(s.message(), Path("self-loop") + ": symbolic link loop");
}

TEST_F(ReaderTest, SpecialFileInDirectoryIsRejectedWithoutBlocking) {
  fs::create_directories(Path("p"));
  WriteFile(Path("p/a.txt"), "One.");
  ASSERT_EQ(mkfifo(Path("p/pipe").c_str(), 0600), 0);
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("p")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), Path("p/pipe") + ": not a regular file");
}

TEST_F(ReaderTest, UnreadableFileIsIOError) {
  if (geteuid() == 0) GTEST_SKIP() << "permissions do not bind the superuser";
  WriteFile(Path("secret.txt"), "x");
  fs::permissions(Path("secret.txt"), fs::perms::none);
  std::vector<RawCluster> clusters;
  Status s = ReadClusters({Path("secret.txt")}, ReadOptions(), &clusters);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(Path("secret.txt")), std::string::npos);
}

// A stream buffer that serves `data` and then fails, as a broken pipe or
// a decompressor meeting corrupt input does.
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string data) : data_(std::move(data)) {
    setg(data_.data(), data_.data(), data_.data() + data_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("device error"); }

 private:
  std::string data_;
};

TEST_F(ReaderTest, StreamReportsReadErrorAsIOError) {
  FailingBuffer buffer("{\"id\": \"a\", \"documents\": [\"x\"]}\n{\"id\": \"b\"");
  std::istream in(&buffer);
  ClusterStream stream(&in, InputFormat::kJsonl, "in.jsonl", ReadOptions());
  RawCluster cluster;
  Status status;
  size_t line = 0;
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_EQ(cluster.id, "a");
  EXPECT_FALSE(stream.Next(&cluster, &status, &line));
  EXPECT_EQ(status.code(), Status::Code::kIOError);
  EXPECT_NE(status.message().find("in.jsonl"), std::string::npos);
}

TEST_F(ReaderTest, StreamDetectsMultiNewsAndKeepsLongLinesWhole) {
  // Lines around the size of the reader's chunk must come back whole.
  std::string input;
  for (size_t length : {65534u, 65535u, 65536u, 65537u, 200000u}) {
    input += std::string(length - 8, 'a') + " ||||| b\n";
  }
  input += "last ||||| line";  // No final newline.
  std::istringstream in(input);
  ClusterStream stream(&in, InputFormat::kAuto, "data/val.src", ReadOptions());
  RawCluster cluster;
  Status status;
  size_t line = 0;
  for (size_t length : {65534u, 65535u, 65536u, 65537u, 200000u}) {
    ASSERT_TRUE(stream.Next(&cluster, &status, &line));
    ASSERT_TRUE(status.ok()) << status.ToString();
    ASSERT_EQ(cluster.documents.size(), 2u);
    EXPECT_EQ(cluster.documents[0].original.size(), length - 8) << line;
    EXPECT_EQ(cluster.documents[1].original, "b");
  }
  ASSERT_TRUE(stream.Next(&cluster, &status, &line));
  EXPECT_EQ(cluster.id, "val-6");
  EXPECT_EQ(cluster.documents[1].id, "val-6-d1");
  EXPECT_FALSE(stream.Next(&cluster, &status, &line));
  EXPECT_TRUE(status.ok());
}

TEST_F(ReaderTest, StreamRejectsFormatsThatAreNotLines) {
  std::istringstream in("x\n");
  ClusterStream stream(&in, InputFormat::kHtml, "in", ReadOptions());
  RawCluster cluster;
  Status status;
  size_t line = 0;
  EXPECT_FALSE(stream.Next(&cluster, &status, &line));
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
}

TEST_F(ReaderTest, LineParsersSurviveRandomInput) {
  const std::vector<std::string> pieces = {"{",
                                           "}",
                                           "[",
                                           "]",
                                           "\"",
                                           "\\",
                                           ":",
                                           ",",
                                           "\"id\"",
                                           "\"documents\"",
                                           "\"text\"",
                                           "\"html\"",
                                           "1",
                                           "-",
                                           "null",
                                           "\"x\"",
                                           " ",
                                           "|||||",
                                           "NEWLINE_CHAR",
                                           "\xC3",
                                           "\xA9"};
  std::mt19937 random(7);
  for (int round = 0; round < 5000; ++round) {
    std::string line;
    const int count = static_cast<int>(random() % 30);
    for (int i = 0; i < count; ++i) line += pieces[random() % pieces.size()];
    RawCluster cluster;
    Status s = ParseJsonCluster(line, "f:1", "c", &cluster);
    if (s.ok()) {
      EXPECT_FALSE(cluster.documents.empty());
    } else {
      EXPECT_EQ(s.message().rfind("f:1: ", 0), 0u) << s.message();
    }
    s = ParseMultiNewsCluster(line, "f:2", "c", &cluster);
    for (const RawDocument& d : cluster.documents) {
      EXPECT_FALSE(d.original.empty());
      EXPECT_EQ(d.original.find("NEWLINE_CHAR"), std::string::npos);
    }
  }
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
