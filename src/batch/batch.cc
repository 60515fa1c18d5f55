// Copyright 2026 The Precis Authors.
#include "precis/batch.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
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

// The id a record gives for an input line: the cluster's, or "line-N" when
// the line held no readable id.
std::string RecordId(const RawCluster& cluster, size_t line_number) {
  return cluster.id.empty() ? "line-" + std::to_string(line_number) : cluster.id;
}

// Parses and summarizes the job's line (on a worker thread).
void RunJob(const BatchOptions& options, const ClusterStream& stream, Job* job) {
  if (job->status.ok()) job->status = stream.Parse(job->line, &job->cluster);
  if (job->status.ok()) {
    Summary summary;
    job->status = SummarizeRawCluster(job->cluster, options.preprocess, options.summary, &summary);
    if (job->status.ok()) {
      job->output = SummaryToJson(summary, job->line.number);
      return;
    }
  }
  nlohmann::json error = {{"id", RecordId(job->cluster, job->line.number)},
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
  PRECIS_RETURN_IF_ERROR(CheckThreadCount(options.threads));
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
  size_t done_count = 0;     // Jobs of in_flight marked done.
  bool closing = false;
  // The calling thread writes once the first job is done and, with it,
  // half the window (or every job left): woken for each record, it cost
  // two futex calls and a context switch per cluster, and on a machine
  // with as many cores as workers it takes a core from one of them.
  const size_t wake_after = window / 2;
  auto writable = [&] {
    return !in_flight.empty() && in_flight.front()->done &&
           done_count >= std::min(wake_after, in_flight.size());
  };
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
      ++done_count;
      if (writable()) job_done.notify_one();
    }
  };
  std::vector<std::thread> workers;
  try {
    for (size_t t = 0; t < threads; ++t) workers.emplace_back(work);
  } catch (const std::system_error& e) {  // Out of threads or memory for them.
    {
      std::lock_guard lock(mutex);
      closing = true;
    }
    work_ready.notify_all();
    for (std::thread& t : workers) t.join();
    return Status::IOError("cannot start " + std::to_string(threads) +
                           " worker threads: " + e.what());
  }

  Status status;
  bool more = true;
  std::string written;  // The records written at once.
  while (true) {
    // Read while there is room: the workers go on meanwhile.
    while (more && in_flight.size() < window) {
      auto job = std::make_unique<Job>();
      if (!stream.NextLine(&job->line, &job->status)) {
        more = false;
        status = job->status;  // OK at the end of the input.
        if (status.ok() && stats->skipped < options.resume_after_line) {
          status = Status::InvalidArgument(
              "cannot resume: the output answers " + std::to_string(options.resume_after_line) +
              " lines, but " + origin + " has only " + std::to_string(stats->skipped));
        }
        break;
      }
      if (job->line.number <= options.resume_after_line) {
        ++stats->skipped;
        if (job->line.number == options.resume_after_line) {
          // The last line answered must hold the cluster answered last.
          RawCluster cluster;
          if (job->status.ok()) static_cast<void>(stream.Parse(job->line, &cluster));
          const std::string id = RecordId(cluster, job->line.number);
          if (id != options.resume_last_id) {
            more = false;
            status = Status::InvalidArgument("cannot resume: the output's last record is for " +
                                             options.resume_last_id + ", but line " +
                                             std::to_string(job->line.number) + " of " + origin +
                                             " holds " + id + " (not the input it came from?)");
            break;
          }
        }
        continue;
      }
      std::lock_guard lock(mutex);
      in_flight.push_back(std::move(job));
      work_ready.notify_one();
    }
    std::vector<std::unique_ptr<Job>> finished;
    {
      std::unique_lock lock(mutex);
      if (in_flight.empty()) break;
      job_done.wait(lock, writable);
      while (!in_flight.empty() && in_flight.front()->done) {
        finished.push_back(std::move(in_flight.front()));
        in_flight.pop_front();
        --next_to_start;
        --done_count;
      }
    }
    // Whole lines, written and flushed together: what an interrupted run
    // leaves is complete records.
    written.clear();
    for (const std::unique_ptr<Job>& job : finished) {
      written += job->output;
      written += '\n';
    }
    out.write(written.data(), static_cast<std::streamsize>(written.size()));
    out.flush();
    for (const std::unique_ptr<Job>& job : finished) {
      ++stats->clusters;
      if (!job->status.ok()) ++stats->errors;
      if (progress) progress(*stats);
    }
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

Status ResumePoint(const std::string& out_path, size_t* after_line, std::string* last_id) {
  *after_line = 0;
  last_id->clear();
  std::error_code error;
  if (!std::filesystem::exists(out_path, error)) return Status::OK();
  std::ifstream in(out_path, std::ios::binary);
  if (!in) return Status::IOError(out_path + ": cannot read");
  // Count the complete lines and keep the last one, a buffer at a time: the
  // file may be far larger than memory.
  size_t records = 0;
  size_t complete_bytes = 0;  // Up to and including the last '\n'.
  size_t offset = 0;
  std::string last, current;
  std::vector<char> buffer(size_t{1} << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const size_t got = static_cast<size_t>(in.gcount());
    size_t from = 0;
    for (size_t i = 0; i < got; ++i) {
      if (buffer[i] != '\n') continue;
      current.append(buffer.data() + from, i - from);
      last.swap(current);
      current.clear();
      ++records;
      complete_bytes = offset + i + 1;
      from = i + 1;
    }
    current.append(buffer.data() + from, got - from);
    offset += got;
  }
  if (in.bad()) return Status::IOError(out_path + ": read error");
  in.close();
  if (complete_bytes < offset) {  // A line cut short by the interruption.
    std::filesystem::resize_file(out_path, complete_bytes, error);
    if (error) return Status::IOError(out_path + ": cannot cut off its incomplete last line");
  }
  if (records == 0) return Status::OK();
  const nlohmann::json record = nlohmann::json::parse(last, nullptr, /*allow_exceptions=*/false);
  if (!record.is_object() || !record.contains("line") || !record["line"].is_number_unsigned() ||
      !record.contains("id") || !record["id"].is_string()) {
    return Status::InvalidArgument("cannot resume: the last line of " + out_path +
                                   " is not a precis batch record");
  }
  *after_line = record["line"].get<size_t>();
  *last_id = record["id"].get<std::string>();
  if (*after_line != records) {
    return Status::InvalidArgument(
        "cannot resume: " + out_path + " holds " + std::to_string(records) +
        " records, but its last answers line " + std::to_string(*after_line) +
        " (not the output of one batch run?)");
  }
  return Status::OK();
}

}  // namespace precis
