// Copyright 2026 The Precis Authors.
//
// Corpus-level ROUGE: metric selection, per-summary scoring on several
// threads, means, bootstrap intervals, and the report's JSON and table.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <system_error>
#include <thread>

#include "precis/rouge.h"

namespace precis {
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

double Component(const RougeValue& v, int which) {
  return which == 0 ? v.recall : which == 1 ? v.precision : v.f;
}

void SetComponent(RougeValue* v, int which, double x) {
  (which == 0 ? v->recall : which == 1 ? v->precision : v->f) = x;
}

// Averages are reported to the 5 decimals the script prints.
double RoundTo5Decimals(double x) { return std::round(x * 1e5) / 1e5; }

std::string Fixed5(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", x);
  return buffer;
}

}  // namespace

Status ParseRougeMetrics(const std::string& list, RougeOptions* options,
                         std::vector<std::string>* metrics) {
  options->max_n = 0;
  options->lcs = false;
  options->w_weight = 0;
  options->skip_bigrams = false;
  options->lcs_summary = false;
  metrics->clear();
  std::istringstream in(list);
  if (options->flavor == RougeFlavor::kRougeScore) {
    for (std::string item; std::getline(in, item, ',');) {
      item = Trim(item);
      const std::string name = item.rfind("rouge", 0) == 0 ? item.substr(5) : item;
      if (name.size() == 1 && name[0] >= '1' && name[0] <= '9') {
        options->max_n = std::max(options->max_n, name[0] - '0');
      } else if (name == "L") {
        options->lcs = true;
      } else if (name == "Lsum") {
        options->lcs_summary = true;
      } else {
        return Status::InvalidArgument("unknown rouge_score metric '" + item +
                                       "' (known: rouge1-rouge9, rougeL, rougeLsum)");
      }
      metrics->push_back("rouge" + name);
    }
    if (metrics->empty()) return Status::InvalidArgument("no metric given");
    return Status::OK();
  }
  for (std::string item; std::getline(in, item, ',');) {
    item = Trim(item);
    std::string upper = item;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.size() == 1 && upper[0] >= '1' && upper[0] <= '9') {
      options->max_n = std::max(options->max_n, upper[0] - '0');
      metrics->push_back("ROUGE-" + upper);
    } else if (upper == "L") {
      options->lcs = true;
      metrics->push_back("ROUGE-L");
    } else if (upper == "W") {
      options->w_weight = 1.2;
      metrics->push_back("ROUGE-W-1.2");
    } else if ((upper.rfind("SU", 0) == 0 || upper.rfind("S", 0) == 0) && upper.size() >= 2) {
      const bool unigrams = upper.rfind("SU", 0) == 0;
      std::string distance = upper.substr(unigrams ? 2 : 1);
      int d;
      if (distance == "*") {
        d = -1;
      } else if (!distance.empty() && distance.size() <= 3 &&
                 std::all_of(distance.begin(), distance.end(), ::isdigit)) {
        d = std::stoi(distance);
      } else {
        return Status::InvalidArgument("unknown metric '" + item + "'");
      }
      if (options->skip_bigrams) {
        return Status::InvalidArgument("one skip-bigram metric at a time (S or SU)");
      }
      options->skip_bigrams = true;
      options->skip_distance = d;
      options->skip_unigrams = unigrams;
      metrics->push_back(std::string(unigrams ? "ROUGE-SU" : "ROUGE-S") + distance);
    } else {
      return Status::InvalidArgument("unknown metric '" + item +
                                     "' (known: 1-9, L, W, S<n>, SU<n>, S*, SU*)");
    }
  }
  if (metrics->empty()) return Status::InvalidArgument("no metric given");
  return Status::OK();
}

Status EvaluateRouge(const std::vector<RougeItem>& items, const RougeEvalOptions& options,
                     RougeReport* report) {
  *report = RougeReport();
  if (items.empty()) return Status::InvalidArgument("nothing to score");
  PRECIS_RETURN_IF_ERROR(CheckThreadCount(options.threads));
  if (!(options.confidence > 0 && options.confidence < 1)) {
    return Status::InvalidArgument("confidence must be within (0, 1), e.g. 0.95");
  }
  RougeScorer scorer(options.rouge);
  PRECIS_RETURN_IF_ERROR(scorer.status());
  report->metrics = options.metrics;
  report->confidence = options.confidence;
  report->resamples = options.resamples;
  report->per_summary.resize(items.size());
  for (const RougeItem& item : items) report->ids.push_back(item.id);

  size_t threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, items.size());
  std::atomic<size_t> next{0};
  std::vector<Status> failures(threads);
  auto work = [&](size_t worker) {
    for (size_t i = next++; i < items.size(); i = next++) {
      Status s = scorer.Score(items[i].system, items[i].references, &report->per_summary[i]);
      if (!s.ok()) {
        failures[worker] = s.WithContext(items[i].id);
        return;
      }
    }
  };
  std::vector<std::thread> pool;
  try {
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  } catch (const std::system_error&) {
    // Out of threads: the ones started and this one share the items.
  }
  work(0);
  for (std::thread& t : pool) t.join();
  for (const Status& s : failures) PRECIS_RETURN_IF_ERROR(s);

  const size_t n = items.size();
  for (const std::string& metric : report->metrics) {
    RougeAverage& average = report->average[metric];
    for (int c = 0; c < 3; ++c) {
      double sum = 0;
      for (const RougeScores& s : report->per_summary) {
        auto it = s.find(metric);
        if (it != s.end()) sum += Component(it->second, c);
      }
      SetComponent(&average.mean, c, sum / static_cast<double>(n));
    }
  }
  if (options.resamples == 0) return Status::OK();

  // Percentile bootstrap of the mean: the same resampled ids for every
  // metric, from a seeded generator.
  std::mt19937_64 rng(options.seed);
  std::uniform_int_distribution<size_t> pick(0, n - 1);
  const size_t metrics = report->metrics.size();
  std::vector<std::vector<double>> means(metrics * 3, std::vector<double>(options.resamples));
  std::vector<size_t> sample(n);
  for (size_t r = 0; r < options.resamples; ++r) {
    for (size_t& i : sample) i = pick(rng);
    for (size_t m = 0; m < metrics; ++m) {
      double sums[3] = {0, 0, 0};
      for (size_t i : sample) {
        auto it = report->per_summary[i].find(report->metrics[m]);
        if (it == report->per_summary[i].end()) continue;
        for (int c = 0; c < 3; ++c) sums[c] += Component(it->second, c);
      }
      for (int c = 0; c < 3; ++c) means[m * 3 + c][r] = sums[c] / static_cast<double>(n);
    }
  }
  const double tail = (1 - options.confidence) / 2;
  for (size_t m = 0; m < metrics; ++m) {
    RougeAverage& average = report->average[report->metrics[m]];
    for (int c = 0; c < 3; ++c) {
      std::vector<double>& v = means[m * 3 + c];
      std::sort(v.begin(), v.end());
      size_t lo = static_cast<size_t>(tail * static_cast<double>(v.size()));
      size_t hi =
          std::min(v.size() - 1, static_cast<size_t>((1 - tail) * static_cast<double>(v.size())));
      SetComponent(&average.low, c, v[lo]);
      SetComponent(&average.high, c, v[hi]);
    }
  }
  return Status::OK();
}

std::string RougeReportToJson(const RougeReport& report) {
  nlohmann::json out = {{"count", report.ids.size()},
                        {"left_out", report.left_out},
                        {"confidence", report.confidence},
                        {"resamples", report.resamples}};
  for (const std::string& metric : report.metrics) {
    const RougeAverage& a = report.average.at(metric);
    nlohmann::json m = {{"R", RoundTo5Decimals(a.mean.recall)},
                        {"P", RoundTo5Decimals(a.mean.precision)},
                        {"F", RoundTo5Decimals(a.mean.f)}};
    if (report.resamples > 0) {
      m["R_low"] = RoundTo5Decimals(a.low.recall);
      m["R_high"] = RoundTo5Decimals(a.high.recall);
      m["P_low"] = RoundTo5Decimals(a.low.precision);
      m["P_high"] = RoundTo5Decimals(a.high.precision);
      m["F_low"] = RoundTo5Decimals(a.low.f);
      m["F_high"] = RoundTo5Decimals(a.high.f);
    }
    out[metric] = m;
  }
  return out.dump();
}

std::string RougePerSummaryJsonLines(const RougeReport& report) {
  std::string out;
  for (size_t i = 0; i < report.ids.size(); ++i) {
    nlohmann::json line = {{"id", report.ids[i]}};
    for (const std::string& metric : report.metrics) {
      auto it = report.per_summary[i].find(metric);
      if (it == report.per_summary[i].end()) continue;
      line[metric] = {{"R", it->second.recall}, {"P", it->second.precision}, {"F", it->second.f}};
    }
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

std::string RougeReportToText(const RougeReport& report) {
  std::ostringstream out;
  out << report.ids.size() << " summaries";
  if (report.left_out > 0) out << " (" << report.left_out << " ids left out)";
  out << "\n\n";
  char line[160];
  std::snprintf(line, sizeof line, "%-12s %-8s %-8s %-8s %s\n", "metric", "R", "P", "F",
                report.resamples > 0 ? "F interval" : "");
  out << line;
  for (const std::string& metric : report.metrics) {
    const RougeAverage& a = report.average.at(metric);
    std::string interval;
    if (report.resamples > 0) {
      interval = Fixed5(a.low.f) + " - " + Fixed5(a.high.f) + " (" +
                 std::to_string(static_cast<int>(report.confidence * 100 + 0.5)) + "%)";
    }
    std::snprintf(line, sizeof line, "%-12s %-8s %-8s %-8s %s\n", metric.c_str(),
                  Fixed5(a.mean.recall).c_str(), Fixed5(a.mean.precision).c_str(),
                  Fixed5(a.mean.f).c_str(), interval.c_str());
    out << line;
  }
  return out.str();
}

}  // namespace precis
