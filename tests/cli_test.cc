// Copyright 2026 The Precis Authors.
//
// End-to-end tests of the precis command line: the demo, citations that give
// back their sentences, every input format, and clear failures on bad input.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "testing/test_util.h"

extern char** environ;

namespace precis {
namespace {

using nlohmann::json;
using testing::ExampleDir;
using testing::MakeTempDir;
using testing::ReadFileOrFail;
using testing::RunPrecis;
using testing::WriteFile;

std::vector<json> JsonLines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(json::parse(line));
  }
  return out;
}

std::string ExampleFile(const std::string& id) {
  for (const auto& entry : std::filesystem::directory_iterator(ExampleDir())) {
    if (entry.path().stem() == id) return ReadFileOrFail(entry.path().string());
  }
  ADD_FAILURE() << "no example document " << id;
  return "";
}

const char* const kBoilerplate[] = {"Pic:",         "RELATED", "Comments", "Follow Sarah",
                                    "@dadasarahle", "Quote:",  "Updated:", "%20"};

// One line on stderr and the expected exit code, nothing on stdout.
void ExpectCleanFailure(const testing::CommandResult& r, int code, const std::string& needle) {
  EXPECT_EQ(r.exit_code, code) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  ASSERT_FALSE(r.err.empty());
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
}

TEST(Cli, DemoPrintsAFluentSummaryWithoutBoilerplate) {
  auto r = RunPrecis({"summarize", ExampleDir()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  for (const char* junk : kBoilerplate) {
    EXPECT_EQ(r.out.find(junk), std::string::npos) << junk << " in\n" << r.out;
  }
  EXPECT_NE(r.out.find("Sources:"), std::string::npos);
  EXPECT_NE(r.out.find("North Korea"), std::string::npos);
}

TEST(Cli, ReadmeShowsWhatTheDemoPrints) {
  auto r = RunPrecis({"summarize", ExampleDir()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string readme = ReadFileOrFail(testing::SourceDir() + "/README.md");
  const std::string prompt = "$ precis summarize examples/sony-hack\n";
  const size_t begin = readme.find(prompt);
  ASSERT_NE(begin, std::string::npos);
  const size_t end = readme.find("```", begin);
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(readme.substr(begin + prompt.size(), end - begin - prompt.size()), r.out);
}

TEST(Cli, JsonSpansGiveBackEachSentence) {
  auto r = RunPrecis({"summarize", ExampleDir(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> lines = JsonLines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  const json& summary = lines[0];
  EXPECT_EQ(summary["method"], "default");
  EXPECT_LE(summary["words"].get<int>(), 100);
  EXPECT_GE(summary["words"].get<int>(), 80);
  ASSERT_FALSE(summary["sentences"].empty());
  for (const json& s : summary["sentences"]) {
    std::string original = ExampleFile(s["doc"]);
    size_t start = s["start"], end = s["end"];
    ASSERT_LT(start, end);
    ASSERT_LE(end, original.size());
    EXPECT_EQ(testing::ComparableText(original.substr(start, end - start)),
              testing::ComparableText(s["text"].get<std::string>()));
    EXPECT_TRUE(s["supported_by"].is_array());
  }
}

TEST(Cli, BudgetsInWordsBytesAndSentences) {
  auto words = RunPrecis({"summarize", ExampleDir(), "--words", "50", "--format", "json"});
  ASSERT_EQ(words.exit_code, 0) << words.err;
  EXPECT_LE(JsonLines(words.out)[0]["words"].get<int>(), 50);
  auto bytes = RunPrecis({"summarize", ExampleDir(), "--bytes", "300", "--format", "json"});
  ASSERT_EQ(bytes.exit_code, 0) << bytes.err;
  EXPECT_LE(JsonLines(bytes.out)[0]["summary"].get<std::string>().size(), 300u);
  auto sentences = RunPrecis({"summarize", ExampleDir(), "--sentences", "3", "--format", "json"});
  ASSERT_EQ(sentences.exit_code, 0) << sentences.err;
  EXPECT_EQ(JsonLines(sentences.out)[0]["sentences"].size(), 3u);
  auto truncated =
      RunPrecis({"summarize", ExampleDir(), "--words", "42", "--truncate", "--format", "json"});
  ASSERT_EQ(truncated.exit_code, 0) << truncated.err;
  EXPECT_EQ(JsonLines(truncated.out)[0]["words"].get<int>(), 42);
}

TEST(Cli, MarkdownMarksEachSentenceWithItsSources) {
  auto r = RunPrecis({"summarize", ExampleDir(), "--format", "markdown"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("| # | document | bytes | also in |"), std::string::npos);
  EXPECT_NE(r.out.find("[00"), std::string::npos);
}

TEST(Cli, SummarizesFilesGivenOneByOneAndStandardInput) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(ExampleDir())) {
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> args = {"summarize"};
  args.insert(args.end(), files.begin(), files.end());
  auto r = RunPrecis(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto from_stdin =
      RunPrecis({"summarize", "-", "--format", "json"}, ExampleFile("003_fa8aa3f6cab94459"));
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(JsonLines(from_stdin.out)[0]["sentences"][0]["doc"], "stdin");
}

TEST(Cli, SegmentPrintsOneSentencePerLine) {
  auto text = RunPrecis({"segment", ExampleDir()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("\nThe five biggest theater chains in the U.S. decided to postpone "
                          "the film, citing security concerns, on Wednesday.\n"),
            std::string::npos);
  for (const char* junk : kBoilerplate) EXPECT_EQ(text.out.find(junk), std::string::npos) << junk;
  auto lines = RunPrecis({"segment", ExampleDir(), "--format", "json"});
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  std::vector<json> sentences = JsonLines(lines.out);
  ASSERT_GT(sentences.size(), 30u);
  for (const json& s : sentences) {
    EXPECT_TRUE(s.contains("text") && s.contains("doc") && s.contains("start") &&
                s.contains("end"));
  }
}

TEST(Cli, BatchWritesOneLinePerClusterInOrder) {
  std::string dir = MakeTempDir();
  std::string input;
  for (int i = 0; i < 5; ++i) {
    json cluster = {{"id", "c" + std::to_string(i)},
                    {"documents",
                     {{{"id", "a"}, {"text", ExampleFile("000_4d900502bb525134")}},
                      {{"id", "b"}, {"text", ExampleFile("003_fa8aa3f6cab94459")}}}}};
    input += cluster.dump() + "\n";
    if (i == 2) input += "{\"id\": \"broken\", \"documents\": [\n";
  }
  WriteFile(dir + "/in.jsonl", input);
  auto r = RunPrecis({"batch", "--in", dir + "/in.jsonl", "--out", dir + "/out.jsonl", "--threads",
                      "2", "--words", "60"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> out = JsonLines(ReadFileOrFail(dir + "/out.jsonl"));
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(out[0]["id"], "c0");
  EXPECT_EQ(out[2]["id"], "c2");
  EXPECT_TRUE(out[3].contains("error"));
  EXPECT_EQ(out[5]["id"], "c4");
  EXPECT_LE(out[5]["words"].get<int>(), 60);
  std::filesystem::remove_all(dir);
}

TEST(Cli, BatchReadsTheDevelopmentSets) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  std::ifstream in(path);
  std::string input, line;
  for (int i = 0; i < 25 && std::getline(in, line); ++i) input += line + "\n";
  auto r = RunPrecis({"batch", "--words", "100"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> out = JsonLines(r.out);
  ASSERT_EQ(out.size(), 25u);
  for (const json& o : out) {
    EXPECT_FALSE(o.contains("error")) << o.dump();
    EXPECT_LE(o.value("words", 0), 100);
  }
}

// Kills a batch run in the middle (as a crash or an operator would), leaves
// a line cut short where the kill hit a write, resumes, and compares with a
// run that was never interrupted: no cluster lost, none answered twice.
TEST(Cli, BatchResumedAfterAKillEqualsAnUninterruptedRun) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  const std::string dir = MakeTempDir();
  std::ifstream in(path);
  std::string input, line;
  for (int i = 0; i < 120 && std::getline(in, line); ++i) {
    input += line + "\n";
    if (i == 30) input += "\n{\"id\": \"broken\"\n";  // A blank line and a bad one.
  }
  WriteFile(dir + "/in.jsonl", input);
  const std::vector<std::string> run = {
      "batch", "--in", dir + "/in.jsonl", "--method", "default", "--threads", "2", "--out"};
  std::vector<std::string> full = run;
  full.push_back(dir + "/full.jsonl");
  ASSERT_EQ(RunPrecis(full).exit_code, 0);
  const std::string expected = ReadFileOrFail(dir + "/full.jsonl");
  ASSERT_EQ(std::count(expected.begin(), expected.end(), '\n'), 122);

  std::vector<std::string> part = run;
  part.push_back(dir + "/part.jsonl");
  std::vector<char*> argv;
  const std::string binary = testing::PrecisBinary();
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (std::string& a : part) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, binary.c_str(), nullptr, nullptr, argv.data(), environ), 0);
  // Kill it once a few records are out (or after a minute, to fail cleanly).
  size_t written = 0;
  for (int waited = 0; waited < 60000 && written < 5; waited += 2) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::ifstream partial(dir + "/part.jsonl");
    std::string text((std::istreambuf_iterator<char>(partial)), std::istreambuf_iterator<char>());
    written = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  const std::string killed = ReadFileOrFail(dir + "/part.jsonl");
  ASSERT_LT(killed.size(), expected.size()) << "the run ended before it was killed";
  EXPECT_EQ(expected.compare(0, killed.size(), killed), 0) << "the killed run wrote other records";
  {
    std::ofstream cut(dir + "/part.jsonl", std::ios::app | std::ios::binary);
    cut << "{\"bytes\":31,\"id\":\"cut sh";
  }

  part.push_back("--resume");
  auto resumed = RunPrecis(part);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(ReadFileOrFail(dir + "/part.jsonl"), expected);
  // Resuming a finished run answers nothing more.
  ASSERT_EQ(RunPrecis(part).exit_code, 0);
  EXPECT_EQ(ReadFileOrFail(dir + "/part.jsonl"), expected);

  // Another input, or a file that no batch run wrote: refused, file untouched.
  WriteFile(dir + "/other.jsonl", "{\"id\": \"x\", \"documents\": [\"One. Two.\"]}\n");
  ExpectCleanFailure(
      RunPrecis({"batch", "--in", dir + "/other.jsonl", "--out", dir + "/part.jsonl", "--resume"}),
      2, "cannot resume");
  EXPECT_EQ(ReadFileOrFail(dir + "/part.jsonl"), expected);
  WriteFile(dir + "/notes.txt", "my notes\n");
  ExpectCleanFailure(
      RunPrecis({"batch", "--in", dir + "/in.jsonl", "--out", dir + "/notes.txt", "--resume"}), 2,
      "not a precis batch record");
  ExpectCleanFailure(RunPrecis({"batch", "--in", dir + "/in.jsonl", "--resume"}), 2,
                     "--resume needs --out");
  std::filesystem::remove_all(dir);
}

TEST(Cli, ReadsMultiNewsAndDucInput) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/mn.txt",
            "Storms hit the coast on Monday. Thousands lost power.NEWLINE_CHAR NEWLINE_CHAR "
            "Officials said repairs would take days. ||||| The storm hit the coast "
            "and left thousands without power, officials said.\n");
  auto mn = RunPrecis({"summarize", dir + "/mn.txt", "--input", "multinews", "--format", "json"});
  ASSERT_EQ(mn.exit_code, 0) << mn.err;
  EXPECT_FALSE(JsonLines(mn.out)[0]["sentences"].empty());
  WriteFile(dir + "/duc.sgml",
            "<DOC>\n<DOCNO> APW1 </DOCNO>\n<HEADLINE>Storm Hits</HEADLINE>\n<TEXT>\n<P>\n"
            "A storm hit the coast on Monday, officials said.\n</P>\n<P>\nThousands of "
            "homes lost power across the region.\n</P>\n</TEXT>\n</DOC>\n"
            "<DOC>\n<DOCNO> APW2 </DOCNO>\n<TEXT>\nRepairs to the power lines will take "
            "several days, the utility said.\n</TEXT>\n</DOC>\n");
  auto duc = RunPrecis({"segment", dir + "/duc.sgml", "--format", "json"});
  ASSERT_EQ(duc.exit_code, 0) << duc.err;
  std::vector<json> sentences = JsonLines(duc.out);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0]["doc"], "APW1");
  EXPECT_EQ(sentences[2]["doc"], "APW2");
  std::filesystem::remove_all(dir);
}

TEST(Cli, EvalScoresBatchOutputAgainstTheDevelopmentReferences) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multiling2011_en/clusters.jsonl");
  std::string dir = MakeTempDir();
  auto batch = RunPrecis({"batch", "--in", path, "--out", dir + "/sys.jsonl", "--words", "100"});
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  auto table = RunPrecis(
      {"eval", "--system", dir + "/sys.jsonl", "--references", path, "--stem", "--words", "100"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("ROUGE-SU4"), std::string::npos);
  EXPECT_NE(table.out.find("(95%)"), std::string::npos);
  auto j = RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references", path, "--stem",
                      "--words", "100", "--format", "json", "--metrics", "1,2,W"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  json report = json::parse(j.out);
  EXPECT_EQ(report["count"], 10);
  EXPECT_GT(report["ROUGE-1"]["R"].get<double>(), 0.1);
  EXPECT_LE(report["ROUGE-1"]["R_low"].get<double>(), report["ROUGE-1"]["R"].get<double>());
  EXPECT_TRUE(report.contains("ROUGE-W-1.2"));
  EXPECT_FALSE(report.contains("ROUGE-L"));
  auto per =
      RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references", path, "--per-summary"});
  ASSERT_EQ(per.exit_code, 0) << per.err;
  EXPECT_EQ(JsonLines(per.out).size(), 10u);
  EXPECT_TRUE(JsonLines(per.out)[0].contains("id"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, EvalReportsRougeScoreMetricsWhenAsked) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/sys.jsonl",
            "{\"id\": \"a\", \"summary\": [\"The cats sat.\", \"On mats.\"]}\n");
  WriteFile(dir + "/refs.jsonl", "{\"id\": \"a\", \"summaries\": [\"A cat sat\\non a mat.\"]}\n");
  auto r = RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references", dir + "/refs.jsonl",
                      "--rouge-score", "--stem", "--format", "json", "--resamples", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json report = json::parse(r.out);
  for (const char* metric : {"rouge1", "rouge2", "rougeL", "rougeLsum"}) {
    EXPECT_TRUE(report.contains(metric)) << metric;
  }
  // Stemmed tokens: the cat sat on mat / a cat sat on a mat: 4 of 5, 4 of 6.
  EXPECT_DOUBLE_EQ(report["rouge1"]["P"].get<double>(), 0.8);
  EXPECT_DOUBLE_EQ(report["rouge1"]["R"].get<double>(), 0.66667);
  EXPECT_FALSE(report.contains("ROUGE-1"));
  ExpectCleanFailure(RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references",
                                dir + "/refs.jsonl", "--rouge-score", "--words", "10"}),
                     2, "rouge_score");
  ExpectCleanFailure(RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references",
                                dir + "/refs.jsonl", "--rouge-score", "--multi", "best"}),
                     2, "--multi");
  // rougeLsum reads sentences from line breaks unless --split-summaries.
  WriteFile(dir + "/sys2.jsonl", "{\"id\": \"a\", \"summary\": \"Ants bite cats dance.\"}\n");
  WriteFile(dir + "/refs2.jsonl", "{\"id\": \"a\", \"summaries\": [\"Cats dance. Ants bite.\"]}\n");
  auto lsum = [&](bool split) {
    std::vector<std::string> args = {"eval",         "--system",           dir + "/sys2.jsonl",
                                     "--references", dir + "/refs2.jsonl", "--rouge-score",
                                     "--metrics",    "rougeLsum",          "--format",
                                     "json",         "--resamples",        "0"};
    if (split) args.push_back("--split-summaries");
    auto run = RunPrecis(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out)["rougeLsum"]["R"].get<double>();
  };
  EXPECT_DOUBLE_EQ(lsum(false), 0.5);
  EXPECT_DOUBLE_EQ(lsum(true), 1.0);
  std::filesystem::remove_all(dir);
}

TEST(Cli, EvalNamesAMissingId) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/sys.jsonl", "{\"id\": \"a\", \"summary\": \"x y\"}\n");
  WriteFile(dir + "/refs.jsonl", "{\"id\": \"b\", \"summaries\": [\"x y\"]}\n");
  ExpectCleanFailure(
      RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references", dir + "/refs.jsonl"}), 1,
      "'a'");
  auto allowed = RunPrecis({"eval", "--system", dir + "/sys.jsonl", "--references",
                            dir + "/refs.jsonl", "--allow-missing"});
  EXPECT_EQ(allowed.exit_code, 1);  // Nothing pairs up at all.
  std::filesystem::remove_all(dir);
}

TEST(Cli, AnalyzePrintsTheDocumentedJson) {
  auto r = RunPrecis({"analyze", ExampleDir(), "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"].size(), 3u);
  for (const char* key : {"shared", "differences", "quotes"}) {
    ASSERT_TRUE(j[key].is_array()) << key;
    EXPECT_FALSE(j[key].empty()) << key;
  }
  ASSERT_TRUE(j["unique"].is_object());
  EXPECT_EQ(j["unique"].size(), 3u);
  for (const auto& d : j["differences"]) {
    EXPECT_TRUE(d["kind"] == "number" || d["kind"] == "date" || d["kind"] == "name");
    ASSERT_GE(d["values"].size(), 2u);
    for (const auto& v : d["values"]) {
      for (const char* key : {"value", "normalized", "docs", "spans"}) EXPECT_TRUE(v.contains(key));
      for (const auto& span : v["spans"]) {
        const std::string original = ExampleFile(span["doc"].get<std::string>());
        const size_t start = span["start"], end = span["end"];
        ASSERT_LE(end, original.size());
        EXPECT_EQ(original.substr(start, end - start), v["value"].get<std::string>());
      }
    }
    EXPECT_FALSE(d["context"].get<std::string>().empty());
    ASSERT_TRUE(d["confidence"].is_number()) << d.dump();
    EXPECT_GT(d["confidence"].get<double>(), 0.0);
    EXPECT_LE(d["confidence"].get<double>(), 1.0);
  }
  for (const auto& q : j["quotes"]) {
    for (const char* key : {"text", "speaker", "attribution", "docs", "spans"}) {
      EXPECT_TRUE(q.contains(key));
    }
  }
  for (const auto& f : j["shared"]) EXPECT_GE(f["docs"].size(), 2u);
}

TEST(Cli, AnalyzeForPeopleAndErrors) {
  auto text = RunPrecis({"analyze", ExampleDir()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  for (const char* heading : {"Shared facts", "Differences", "Quotations", "Unique facts"}) {
    EXPECT_NE(text.out.find(heading), std::string::npos) << heading;
  }
  EXPECT_NE(text.out.find("Guardians for Peace"), std::string::npos);
  auto markdown = RunPrecis({"analyze", ExampleDir(), "--format", "markdown"});
  ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_NE(markdown.out.find("### Differences"), std::string::npos);
  ExpectCleanFailure(RunPrecis({"analyze", ExampleDir(), "--shared-threshold", "2"}), 2,
                     "shared-threshold");
  ExpectCleanFailure(RunPrecis({"analyze", ExampleDir(), "--format", "yaml"}), 2, "yaml");
  std::string dir = MakeTempDir();
  WriteFile(dir + "/empty.txt", "");
  ExpectCleanFailure(RunPrecis({"analyze", dir + "/empty.txt"}), 1, "empty");
  std::filesystem::remove_all(dir);
}

TEST(Cli, HelpOnEveryCommand) {
  for (const char* command :
       {"summarize", "analyze", "segment", "batch", "eval", "serve", "methods"}) {
    auto r = RunPrecis({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << command;
  }
}

TEST(Cli, UnknownFlagIsAUsageError) {
  ExpectCleanFailure(RunPrecis({"summarize", ExampleDir(), "--wrods", "5"}), 2, "--wrods");
  ExpectCleanFailure(RunPrecis({"summarize", ExampleDir(), "--words", "0"}), 2, "words");
  ExpectCleanFailure(RunPrecis({"summarize", ExampleDir(), "--words", "5", "--bytes", "9"}), 2,
                     "excludes");
  ExpectCleanFailure(RunPrecis({"summarize", ExampleDir(), "--method", "magic"}), 2, "magic");
  ExpectCleanFailure(RunPrecis({"summarize", ExampleDir(), "--format", "yaml"}), 2, "yaml");
  ExpectCleanFailure(RunPrecis({"frobnicate"}), 2, "frobnicate");
  ExpectCleanFailure(RunPrecis({"serve", "--port", "70000"}), 2, "port");
  ExpectCleanFailure(RunPrecis({"serve", "--max-body-mb", "0"}), 2, "max-body-mb");
}

// Counts are whole numbers of their range: "-1" is not read as 2^64 - 1 (a
// batch of that many threads aborted), nor "1.5" or "abc" as anything.
TEST(Cli, NumericFlagsOutsideTheirRangeAreUsageErrors) {
  const std::string example = ExampleDir();
  const std::vector<std::vector<std::string>> commands = {
      {"summarize", example, "--words", "-5"},
      {"summarize", example, "--bytes", "1.5"},
      {"summarize", example, "--sentences", "abc"},
      {"summarize", example, "--words", "99999999999999999999"},
      {"summarize", example, "--max-documents", "-1"},
      {"summarize", example, "--max-json-depth", "0"},
      {"summarize", example, "--position-weight", "-1"},
      {"analyze", example, "--max-cluster-bytes", "-2"},
      {"segment", example, "--max-sentence-bytes", "ten"},
      {"batch", "--threads", "-3"},
      {"batch", "--threads", "1025"},
      {"eval", "--system", example, "--references", example, "--resamples", "-1"},
      {"eval", "--system", example, "--references", example, "--threads", "-1"},
      {"eval", "--system", example, "--references", example, "--words", "-3"},
      {"serve", "--threads", "-1"},
      {"serve", "--port", "-1"},
  };
  for (const auto& args : commands) {
    SCOPED_TRACE(args[0] + " " + args[args.size() - 2] + " " + args.back());
    ExpectCleanFailure(RunPrecis(args), 2, args[args.size() - 2] + ": expected a");
  }
  // The bounds themselves are accepted.
  auto one_word =
      RunPrecis({"summarize", example, "--words", "1", "--truncate", "--format", "json"});
  ASSERT_EQ(one_word.exit_code, 0) << one_word.err;
  EXPECT_EQ(json::parse(one_word.out)["words"], 1) << one_word.out;
  auto most_threads = RunPrecis({"batch", "--threads", "1024", "--in", example + "/missing"});
  EXPECT_EQ(most_threads.exit_code, 1) << most_threads.err;  // The flag passed; the file did not.
}

// A budget no sentence fits gives an empty summary that says why.
TEST(Cli, AnEmptySummaryNamesTheBudgetNoSentenceFits) {
  auto text = RunPrecis({"summarize", ExampleDir(), "--words", "3"});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Note: no sentence fits the budget of 3 words"), std::string::npos)
      << text.out;
  std::string dir = MakeTempDir();
  // One paragraph without a sentence boundary: cut into pieces longer than
  // the budget.
  std::string run_on;
  for (int i = 0; i < 3000; ++i) run_on += i % 7 == 0 ? "storm " : "word ";
  WriteFile(dir + "/run-on.txt", run_on);
  auto json_out = RunPrecis({"summarize", dir + "/run-on.txt", "--format", "json"});
  EXPECT_EQ(json_out.exit_code, 0) << json_out.err;
  const json summary = json::parse(json_out.out);
  EXPECT_TRUE(summary["sentences"].empty());
  ASSERT_EQ(summary["notes"].size(), 1u) << json_out.out;
  EXPECT_NE(summary["notes"][0].get<std::string>().find("no sentence fits"), std::string::npos);
  auto cut = RunPrecis({"summarize", dir + "/run-on.txt", "--truncate", "--format", "json"});
  EXPECT_EQ(json::parse(cut.out)["words"], 100) << cut.out;
  std::filesystem::remove_all(dir);
}

TEST(Cli, ServeNamesAnAddressItCannotListenOn) {
  // A documentation address (TEST-NET-3) that no interface here holds.
  ExpectCleanFailure(RunPrecis({"serve", "--host", "203.0.113.7", "--port", "0"}), 1,
                     "cannot listen on 203.0.113.7");
}

TEST(Cli, BadInputIsOneLineAndExitCodeOne) {
  std::string dir = MakeTempDir();
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/missing.txt"}), 1, "missing.txt");
  ExpectCleanFailure(RunPrecis({"summarize", dir}), 1, dir);  // Empty directory.
  WriteFile(dir + "/empty.txt", "");
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/empty.txt"}), 1, "empty");
  WriteFile(dir + "/binary.txt", std::string("GIF89a\0\0\x01\x02 header", 18));
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/binary.txt"}), 1, "NUL");
  WriteFile(dir + "/latin1.txt", "Caf\xE9 owners said the storm closed the caf\xE9 for a week.");
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/latin1.txt"}), 1, "byte offset 3");
  auto repaired = RunPrecis({"summarize", dir + "/latin1.txt", "--repair-utf8"});
  EXPECT_EQ(repaired.exit_code, 0) << repaired.err;
  auto decoded = RunPrecis({"summarize", dir + "/latin1.txt", "--encoding", "latin1"});
  EXPECT_EQ(decoded.exit_code, 0) << decoded.err;
  EXPECT_NE(decoded.out.find("Caf\xC3\xA9 owners"), std::string::npos) << decoded.out;
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/latin1.txt", "--encoding", "utf-16"}), 2,
                     "utf-16");
  WriteFile(dir + "/latin1.html",
            "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 owners said "
            "the storm closed the caf\xE9 for a week.</p></body></html>");
  auto page = RunPrecis({"summarize", dir + "/latin1.html", "--format", "json"});
  ASSERT_EQ(page.exit_code, 0) << page.err;
  EXPECT_NE(page.out.find("Caf\u00e9 owners"), std::string::npos) << page.out;
  WriteFile(dir + "/bad.jsonl", "{\"id\": \"x\", \"documents\": [{\"id\": \"a\", \"text\": 5}]}\n");
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/bad.jsonl", "--input", "jsonl"}), 1,
                     "bad.jsonl:1");
  WriteFile(dir + "/nested.jsonl", std::string(100000, '[') + "\n");
  ExpectCleanFailure(RunPrecis({"summarize", dir + "/nested.jsonl", "--input", "jsonl"}), 1,
                     "nested.jsonl:1");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace precis
