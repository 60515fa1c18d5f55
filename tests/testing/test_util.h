// Copyright 2026 The Precis Authors.
//
// Helpers shared by the tests: locating the source tree and the development
// data beside it, reading files.
#ifndef PRECIS_TESTS_TESTING_TEST_UTIL_H_
#define PRECIS_TESTS_TESTING_TEST_UTIL_H_

#include <string>
#include <vector>

namespace precis::testing {

// The source tree root (tests run with it as working directory).
std::string SourceDir();

// Path of `relative` inside the development data directory (../shared/data
// beside the checkout, or $PRECIS_SHARED_DATA), or "" when that is absent.
std::string SharedDataPath(const std::string& relative);

// The whole file; fails the current test (and returns "") when unreadable.
std::string ReadFileOrFail(const std::string& path);

// The path of the bundled example cluster (examples/sony-hack).
std::string ExampleDir();

// Path of the built precis binary ($PRECIS_BINARY, set by CMake for tests).
std::string PrecisBinary();

struct CommandResult {
  int exit_code = -1;
  std::string out;  // Standard output.
  std::string err;  // Standard error.
};

// Runs the precis binary with `args`, feeding `input` on standard input.
CommandResult RunPrecis(const std::vector<std::string>& args,
                        const std::string& input = "");

// `text` with %XX escapes decoded and white space collapsed to single
// spaces: what cleaning may change in cited bytes besides dropping lines.
std::string ComparableText(const std::string& text);

// A fresh empty directory under the system's temporary directory.
std::string MakeTempDir();

// Writes `bytes` to `path`, failing the current test when it cannot.
void WriteFile(const std::string& path, const std::string& bytes);

}  // namespace precis::testing

// Skips the current test when the development data directory is absent.
#define PRECIS_REQUIRE_SHARED_DATA(path_var, relative)                   \
  std::string path_var = ::precis::testing::SharedDataPath(relative);   \
  if (path_var.empty()) GTEST_SKIP() << "no development data: " << relative

#endif  // PRECIS_TESTS_TESTING_TEST_UTIL_H_
