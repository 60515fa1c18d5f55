// Copyright 2026 The Precis Authors.
//
// The files `precis eval` reads: system summaries and references, as JSONL
// files or (system side) a directory, paired by id, then scored when they
// load, with a small bootstrap.
//
// Input layout: a mode byte, then the system file, a NUL byte, and the
// references file. Mode bits: 1 splits summaries at line breaks only
// (rouge_score's reading), 2 allows ids on one side only, 4 writes the
// system part as the one file "item.txt" of a directory (id "item").
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "precis/rouge.h"

namespace {

// A directory of this process's own, made once and reused by every input.
const std::string& WorkDirectory() {
  static const std::string dir = [] {
    const char* base = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    std::string pattern = std::string(base) + "/precis-rouge-files-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    return pattern;
  }();
  return dir;
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t nul = rest.find('\0');
  const std::string_view system = rest.substr(0, nul);
  const std::string_view references = nul == std::string_view::npos ? "" : rest.substr(nul + 1);

  const std::string& dir = WorkDirectory();
  const std::string system_dir = dir + "/systems";
  std::filesystem::remove_all(system_dir);
  std::string system_path = dir + "/systems.jsonl";
  if (mode & 4) {
    std::filesystem::create_directory(system_dir);
    WriteFile(system_dir + "/item.txt", system);
    system_path = system_dir;
  } else {
    WriteFile(system_path, system);
  }
  const std::string references_path = dir + "/references.jsonl";
  WriteFile(references_path, references);

  const auto split =
      (mode & 1) ? precis::RougeTextSplit::kLines : precis::RougeTextSplit::kSentences;
  std::vector<precis::RougeItem> items;
  size_t left_out = 0;
  if (!precis::LoadRougeItems(system_path, references_path, /*allow_missing=*/(mode & 2) != 0,
                              &items, &left_out, split)
           .ok()) {
    return 0;
  }
  precis::RougeEvalOptions options;
  options.resamples = 10;
  options.threads = 1;
  precis::RougeReport report;
  if (!precis::EvaluateRouge(items, options, &report).ok()) return 0;
  // Every score is a fraction, whatever the text.
  for (const precis::RougeScores& scores : report.per_summary) {
    for (const auto& [metric, value] : scores) {
      for (const double x : {value.recall, value.precision, value.f}) {
        if (!(x >= 0 && x <= 1)) std::abort();
      }
    }
  }
  return 0;
}
