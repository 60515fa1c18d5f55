// Copyright 2026 The Precis Authors.
#include "bench_data.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <utility>

#include "precis/preprocess.h"
#include "precis/reader.h"

namespace precis::bench {
namespace {

std::string& DataDirSetting() {
  static std::string dir = "../shared/data";
  return dir;
}

size_t& ClusterLimitSetting() {
  static size_t limit = 0;
  return limit;
}

bool& CheckFailed() {
  static bool failed = false;
  return failed;
}

[[noreturn]] void Die(const std::string& message, int status = 2) {
  std::fprintf(stderr, "precis_micro_bench: %s\n", message.c_str());
  std::exit(status);
}

}  // namespace

void SetDataDir(std::string dir) { DataDirSetting() = std::move(dir); }
void SetClusterLimit(size_t limit) { ClusterLimitSetting() = limit; }

std::string DataPath(const std::string& relative_path) {
  return DataDirSetting() + "/" + relative_path;
}

const std::vector<RawCluster>& RawClusters(const std::string& relative_path) {
  static auto* const loaded = new std::map<std::string, std::vector<RawCluster>>();
  auto it = loaded->find(relative_path);
  if (it != loaded->end()) return it->second;
  const std::string path = DataPath(relative_path);
  std::ifstream in(path);
  if (!in) Die("cannot read " + path + " (set --data_dir)", kNoData);
  std::vector<RawCluster> clusters;
  size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    if (ClusterLimitSetting() != 0 && clusters.size() == ClusterLimitSetting()) break;
    ++line_number;
    RawCluster cluster;
    const std::string origin = path + ":" + std::to_string(line_number);
    Status status = ParseJsonCluster(line, origin, origin, &cluster);
    if (!status.ok()) Die(status.ToString());
    clusters.push_back(std::move(cluster));
  }
  if (clusters.empty()) Die(path + " has no clusters");
  return loaded->emplace(relative_path, std::move(clusters)).first->second;
}

const std::vector<Cluster>& Clusters(const std::string& relative_path) {
  static auto* const loaded = new std::map<std::string, std::vector<Cluster>>();
  auto it = loaded->find(relative_path);
  if (it != loaded->end()) return it->second;
  std::vector<Cluster> clusters;
  for (const RawCluster& raw : RawClusters(relative_path)) {
    Cluster cluster;
    Status status = PreprocessCluster(raw, PreprocessOptions(), &cluster);
    if (!status.ok()) Die(status.ToString());
    clusters.push_back(std::move(cluster));
  }
  return loaded->emplace(relative_path, std::move(clusters)).first->second;
}

size_t OriginalBytes(const std::vector<RawCluster>& clusters) {
  size_t bytes = 0;
  for (const RawCluster& cluster : clusters) {
    for (const RawDocument& doc : cluster.documents) bytes += doc.original.size();
  }
  return bytes;
}

bool FailCheck(benchmark::State& state, const std::string& message) {
  CheckFailed() = true;
  state.SkipWithError(message.c_str());
  return false;
}

bool AnyCheckFailed() { return CheckFailed(); }

}  // namespace precis::bench
