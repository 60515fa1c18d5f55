// Copyright 2026 The Precis Authors.
#include "testing/test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace precis::testing {

std::string SourceDir() {
  const char* dir = std::getenv("PRECIS_SOURCE_DIR");
  return dir ? dir : std::filesystem::current_path().string();
}

std::string SharedDataPath(const std::string& relative) {
  std::filesystem::path base;
  if (const char* env = std::getenv("PRECIS_SHARED_DATA")) {
    base = env;
  } else {
    base = std::filesystem::path(SourceDir()) / ".." / "shared" / "data";
  }
  std::filesystem::path path = base / relative;
  std::error_code ec;
  return std::filesystem::exists(path, ec) ? path.lexically_normal().string() : "";
}

std::string ReadFileOrFail(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string ExampleDir() { return SourceDir() + "/examples/sony-hack"; }

std::string PrecisBinary() {
  const char* bin = std::getenv("PRECIS_BINARY");
  return bin ? bin : "";
}

}  // namespace precis::testing
