// Copyright 2026 The Precis Authors.
#include "precis/batch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "precis/format.h"

namespace precis {
namespace {

struct Job {
  size_t line = 0;
  RawCluster cluster;
  Status status;   // A read failure, or the summarization's outcome.
  std::string output;
};

void RunJob(const BatchOptions& options, Job* job) {
  if (job->status.ok()) {
    Summary summary;
    job->status = SummarizeRawCluster(job->cluster, options.preprocess,
                                      options.summary, &summary);
    if (job->status.ok()) {
      job->output = SummaryToJson(summary);
      return;
    }
  }
  nlohmann::json error = {{"id", job->cluster.id.empty()
                                     ? "line-" + std::to_string(job->line)
                                     : job->cluster.id},
                          {"line", job->line},
                          {"error", job->status.ToString()}};
  job->output = error.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Status SummarizeRawCluster(const RawCluster& raw, const PreprocessOptions& preprocess,
                           const SummaryOptions& options, Summary* summary) {
  Cluster cluster;
  PRECIS_RETURN_IF_ERROR(PreprocessCluster(raw, preprocess, &cluster));
  return Summarize(cluster, options, summary);
}

Status RunBatch(std::istream& in, const std::string& origin, std::ostream& out,
                const BatchOptions& options, BatchStats* stats,
                const std::function<void(const BatchStats&)>& progress) {
  *stats = BatchStats();
  size_t threads = options.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  // Lines in flight: enough to keep every thread busy between writes.
  const size_t window = threads * 8;
  ClusterStream stream(&in, options.input, origin, options.read);
  std::vector<Job> jobs;
  bool more = true;
  while (more) {
    jobs.clear();
    while (jobs.size() < window) {
      Job job;
      if (!stream.Next(&job.cluster, &job.status, &job.line)) {
        more = false;
        if (!job.status.ok()) return job.status;
        break;
      }
      jobs.push_back(std::move(job));
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < jobs.size(); i = next++) RunJob(options, &jobs[i]);
    };
    std::vector<std::thread> pool;
    const size_t helpers = std::min(threads, jobs.size());
    for (size_t t = 1; t < helpers; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    for (Job& job : jobs) {
      out << job.output << '\n';
      ++stats->clusters;
      if (!job.status.ok()) ++stats->errors;
      if (progress) progress(*stats);
    }
    out.flush();
    if (!out) return Status::IOError("cannot write the output");
  }
  return Status::OK();
}

}  // namespace precis
