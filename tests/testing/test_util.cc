// Copyright 2026 The Precis Authors.
#include "testing/test_util.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

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

namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace

std::string ComparableText(const std::string& text) {
  std::string decoded;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      decoded += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  std::string out;
  for (char c : decoded) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string MakeTempDir() {
  static int counter = 0;
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("precis-test-" + std::to_string(::getpid()) + "-" +
                               std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) ADD_FAILURE() << "cannot write " << path;
}

CommandResult RunPrecis(const std::vector<std::string>& args, const std::string& input) {
  const std::string dir = MakeTempDir();
  const std::string in = dir + "/stdin", out = dir + "/stdout", err = dir + "/stderr";
  WriteFile(in, input);
  std::string command = ShellQuote(PrecisBinary());
  for (const std::string& a : args) command += " " + ShellQuote(a);
  command += " <" + ShellQuote(in) + " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFileOrFail(out);
  result.err = ReadFileOrFail(err);
  std::filesystem::remove_all(dir);
  return result;
}

std::string PrecisBinary() {
  const char* bin = std::getenv("PRECIS_BINARY");
  return bin ? bin : "";
}

}  // namespace precis::testing
