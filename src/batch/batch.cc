// Copyright 2026 The Precis Authors.
#include "precis/batch.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "precis/format.h"

namespace precis {
namespace {

struct Job {
  ClusterStream::Line line;
  RawCluster cluster;
  Status status;  // A read failure, or the parse's or summarization's outcome.
  std::string output;
  bool done = false;  // Set by the worker, under the batch's mutex.
};

// Parses and summarizes the job's line (on a worker thread).
void RunJob(const BatchOptions& options, const ClusterStream& stream, Job* job) {
  if (job->status.ok()) job->status = stream.Parse(job->line, &job->cluster);
  if (job->status.ok()) {
    Summary summary;
    job->status = SummarizeRawCluster(job->cluster, options.preprocess, options.summary, &summary);
    if (job->status.ok()) {
      job->output = SummaryToJson(summary);
      return;
    }
  }
  nlohmann::json error = {
      {"id",
       job->cluster.id.empty() ? "line-" + std::to_string(job->line.number) : job->cluster.id},
      {"line", job->line.number},
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
  // Clusters read and not yet written: enough to keep every worker busy
  // while one slow cluster holds up the output, few enough that memory
  // does not depend on the input's length.
  const size_t window = threads * 16;
  ClusterStream stream(&in, options.input, origin, options.read);

  // The calling thread reads lines and writes results; `threads` workers
  // parse and summarize.
  // in_flight holds the jobs in input order; a worker takes the first job
  // not yet started (next_to_start) and marks it done.
  std::mutex mutex;
  std::condition_variable work_ready, job_done;
  std::deque<std::unique_ptr<Job>> in_flight;
  size_t next_to_start = 0;  // Index into in_flight.
  bool closing = false;
  auto work = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      work_ready.wait(lock, [&] { return closing || next_to_start < in_flight.size(); });
      if (next_to_start == in_flight.size()) return;  // closing, nothing left
      Job* job = in_flight[next_to_start++].get();
      lock.unlock();
      RunJob(options, stream, job);
      lock.lock();
      job->done = true;
      job_done.notify_one();
    }
  };
  std::vector<std::thread> workers;
  for (size_t t = 0; t < threads; ++t) workers.emplace_back(work);

  Status status;
  bool more = true;
  while (true) {
    // Read while there is room: the workers go on meanwhile.
    while (more && in_flight.size() < window) {
      auto job = std::make_unique<Job>();
      if (!stream.NextLine(&job->line, &job->status)) {
        more = false;
        status = job->status;  // OK at the end of the input.
        break;
      }
      std::lock_guard lock(mutex);
      in_flight.push_back(std::move(job));
      work_ready.notify_one();
    }
    std::unique_ptr<Job> finished;
    {
      std::unique_lock lock(mutex);
      if (in_flight.empty()) break;
      job_done.wait(lock, [&] { return in_flight.front()->done; });
      finished = std::move(in_flight.front());
      in_flight.pop_front();
      --next_to_start;
    }
    out << finished->output << '\n';
    ++stats->clusters;
    if (!finished->status.ok()) ++stats->errors;
    if (progress) progress(*stats);
    if (!out) {
      status = Status::IOError("cannot write the output");
      break;
    }
  }
  {
    std::lock_guard lock(mutex);
    closing = true;
    // Jobs not started are dropped when writing failed.
    in_flight.erase(in_flight.begin() + static_cast<std::ptrdiff_t>(next_to_start),
                    in_flight.end());
  }
  work_ready.notify_all();
  for (std::thread& t : workers) t.join();
  out.flush();
  if (status.ok() && !out) status = Status::IOError("cannot write the output");
  return status;
}

}  // namespace precis
