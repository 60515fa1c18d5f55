// Copyright 2026 The Precis Authors.
//
// precis: the command line. Parses flags into the library's options, calls
// the library, prints. Exit codes: 0 success, 1 bad input, 2 bad usage.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "number_checks.h"
#include "precis/precis.h"
#include "serve_flags.h"

namespace {

using precis::Status;

int ExitCode(const Status& status) {
  if (status.ok()) return 0;
  return status.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

int Fail(const Status& status) {
  std::cerr << "precis: " << status.ToString() << '\n';
  return ExitCode(status);
}

// Flags shared by the commands that read documents.
struct InputFlags {
  std::string input = "auto";
  bool repair_utf8 = false;
  precis::PreprocessOptions limits;
  precis::ReadOptions read;

  void Add(CLI::App* app, bool with_format = true) {
    if (with_format) {
      app->add_option("--input", input, "Input format: auto, text, html, jsonl, multinews, duc")
          ->capture_default_str();
    }
    app->add_flag("--repair-utf8", repair_utf8,
                  "Replace invalid UTF-8 bytes with U+FFFD instead of failing");
    app->add_option("--encoding", limits.encoding,
                    "Read documents that are not valid UTF-8 in this single-byte encoding "
                    "(windows-1252, iso-8859-2, koi8-r, ...); HTML that declares one is read in it "
                    "without this");
    app->add_option("--max-document-bytes", limits.max_document_bytes,
                    "Largest document accepted, in bytes (0: no limit)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--max-documents", limits.max_documents,
                    "Most documents in one cluster (0: no limit)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--max-cluster-bytes", limits.max_cluster_bytes,
                    "Largest cluster accepted, its documents' bytes together (0: no limit)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--max-sentence-bytes", limits.max_sentence_bytes,
                    "Longest sentence (at least 64); text without a boundary for longer is cut")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--max-input-bytes", read.max_input_bytes,
                    "Largest input file, standard input or JSONL line read, in bytes (0: no limit)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--max-json-depth", read.max_json_depth,
                    "Deepest nesting of JSON arrays and objects accepted")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(1, 10000));
  }

  precis::PreprocessOptions Preprocess() const {
    precis::PreprocessOptions options = limits;
    options.repair_utf8 = repair_utf8;
    return options;
  }
};

// Flags shared by the commands that summarize.
struct SummaryFlags {
  precis::SummaryOptions options;
  size_t words = 100;
  size_t bytes = 0;
  size_t sentences = 0;
  std::vector<std::string> parameters;  // "method.name=value"

  void Add(CLI::App* app) {
    auto* w = app->add_option("--words", words, "Budget in words (white-space separated)")
                  ->capture_default_str()
                  ->check(precis_cli::WholeNumber(1));
    auto* b = app->add_option("--bytes", bytes, "Budget in bytes (UTF-8)")
                  ->check(precis_cli::WholeNumber(1));
    auto* s = app->add_option("--sentences", sentences, "Budget in sentences")
                  ->check(precis_cli::WholeNumber(1));
    w->excludes(b)->excludes(s);
    b->excludes(s);
    app->add_flag("--truncate", options.truncate,
                  "Cut the last sentence to fill the word or byte budget exactly");
    app->add_option("--method", options.method, "Summarization method (see 'precis methods')")
        ->capture_default_str();
    app->add_option("--mmr-lambda", options.mmr_lambda,
                    "centroid: relevance vs. redundancy trade-off in [0, 1] (mmr uses "
                    "--param mmr.lambda)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    app->add_option("--position-weight", options.position_weight,
                    "centroid: weight of the lead-sentence prior, >= 0")
        ->capture_default_str()
        ->check(precis_cli::NumberAtLeast(0));
    app->add_option("--param", parameters,
                    "A method's parameter, METHOD.NAME=VALUE (repeatable; docs/METHODS.md)")
        ->check([](const std::string& v) {
          return v.find('=') == std::string::npos || v.find('.') > v.find('=')
                     ? std::string("expected METHOD.NAME=VALUE, got '" + v + "'")
                     : std::string();
        });
    app->add_option("--support-threshold", options.support_threshold,
                    "Similarity in (0, 1] at which another document supports a sentence")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
  }

  precis::SummaryOptions Resolve() const {
    precis::SummaryOptions out = options;
    out.words = words;
    out.bytes = bytes;
    out.sentences = sentences;
    for (const std::string& p : parameters) {
      const size_t eq = p.find('=');
      out.parameters[p.substr(0, eq)] = p.substr(eq + 1);
    }
    return out;
  }
};

Status ReadInput(const std::vector<std::string>& paths, const InputFlags& flags,
                 std::vector<precis::RawCluster>* clusters) {
  precis::ReadOptions read = flags.read;
  read.max_documents = flags.limits.max_documents;
  PRECIS_RETURN_IF_ERROR(precis::ParseInputFormat(flags.input, &read.input));
  return precis::ReadClusters(paths, read, clusters);
}

// Reads the clusters of `paths` and prints each through
// `print(raw, preprocess, format, i, count)`, which returns the first error.
template <typename Print>
int PrintEachCluster(const std::vector<std::string>& paths, const InputFlags& input,
                     const std::string& format_name, Print print) {
  precis::OutputFormat format;
  if (Status s = precis::ParseOutputFormat(format_name, &format); !s.ok()) return Fail(s);
  std::vector<precis::RawCluster> clusters;
  if (Status s = ReadInput(paths, input, &clusters); !s.ok()) return Fail(s);
  const precis::PreprocessOptions preprocess = input.Preprocess();
  for (size_t i = 0; i < clusters.size(); ++i) {
    if (Status s = print(clusters[i], preprocess, format, i, clusters.size()); !s.ok()) {
      return Fail(s);
    }
  }
  std::cout.flush();
  return std::cout ? 0 : Fail(Status::IOError("cannot write the output"));
}

int RunSummarize(const std::vector<std::string>& paths, const InputFlags& input,
                 const SummaryFlags& flags, const std::string& format_name) {
  const precis::SummaryOptions options = flags.Resolve();
  return PrintEachCluster(
      paths, input, format_name,
      [&](const precis::RawCluster& raw, const precis::PreprocessOptions& preprocess,
          precis::OutputFormat format, size_t i, size_t count) {
        precis::Summary summary;
        PRECIS_RETURN_IF_ERROR(precis::SummarizeRawCluster(raw, preprocess, options, &summary));
        switch (format) {
          case precis::OutputFormat::kJson:
            std::cout << precis::SummaryToJson(summary) << '\n';
            break;
          case precis::OutputFormat::kText:
            if (count > 1) std::cout << (i ? "\n" : "") << "== " << summary.cluster_id << " ==\n";
            std::cout << precis::SummaryToText(summary);
            break;
          case precis::OutputFormat::kMarkdown:
            if (count > 1) std::cout << (i ? "\n" : "") << "## " << summary.cluster_id << "\n\n";
            std::cout << precis::SummaryToMarkdown(summary);
            break;
        }
        return Status::OK();
      });
}

int RunAnalyze(const std::vector<std::string>& paths, const InputFlags& input,
               const precis::AnalyzeOptions& options, const std::string& format_name) {
  return PrintEachCluster(
      paths, input, format_name,
      [&](const precis::RawCluster& raw, const precis::PreprocessOptions& preprocess,
          precis::OutputFormat format, size_t i, size_t /*count*/) {
        precis::Analysis analysis;
        PRECIS_RETURN_IF_ERROR(precis::AnalyzeRawCluster(raw, preprocess, options, &analysis));
        switch (format) {
          case precis::OutputFormat::kJson:
            std::cout << precis::AnalysisToJson(analysis) << '\n';
            break;
          case precis::OutputFormat::kText:
            std::cout << (i ? "\n" : "") << precis::AnalysisToText(analysis);
            break;
          case precis::OutputFormat::kMarkdown:
            std::cout << (i ? "\n" : "") << precis::AnalysisToMarkdown(analysis);
            break;
        }
        return Status::OK();
      });
}

int RunSegment(const std::vector<std::string>& paths, const InputFlags& input,
               const std::string& format_name) {
  precis::OutputFormat format;
  if (Status s = precis::ParseOutputFormat(format_name, &format); !s.ok()) return Fail(s);
  if (format == precis::OutputFormat::kMarkdown) {
    return Fail(Status::InvalidArgument("segment prints text or json"));
  }
  std::vector<precis::RawCluster> clusters;
  if (Status s = ReadInput(paths, input, &clusters); !s.ok()) return Fail(s);
  const precis::PreprocessOptions preprocess = input.Preprocess();
  for (size_t i = 0; i < clusters.size(); ++i) {
    precis::Cluster cluster;
    if (Status s = precis::PreprocessCluster(clusters[i], preprocess, &cluster); !s.ok()) {
      return Fail(s);
    }
    if (format == precis::OutputFormat::kJson) {
      std::cout << precis::SentencesToJsonLines(cluster);
    } else {
      std::cout << (i ? "\n" : "") << precis::SentencesToText(cluster);
    }
  }
  std::cout.flush();
  return std::cout ? 0 : Fail(Status::IOError("cannot write the output"));
}

int RunBatchCommand(const std::string& in_path, const std::string& out_path, size_t threads,
                    bool resume, const InputFlags& input, const SummaryFlags& flags) {
  precis::BatchOptions options;
  if (Status s = precis::ParseInputFormat(input.input, &options.input); !s.ok()) return Fail(s);
  if (options.input != precis::InputFormat::kAuto && options.input != precis::InputFormat::kJsonl &&
      options.input != precis::InputFormat::kMultiNews) {
    return Fail(Status::InvalidArgument("batch reads jsonl or multinews lines"));
  }
  options.preprocess = input.Preprocess();
  options.read = input.read;
  options.summary = flags.Resolve();
  options.threads = threads;
  // Check the method and budget once, before reading anything.
  {
    std::vector<std::string> methods = precis::ListMethods();
    if (std::find(methods.begin(), methods.end(), options.summary.method) == methods.end()) {
      precis::Cluster empty;
      precis::Summary unused;
      return Fail(precis::Summarize(empty, options.summary, &unused));
    }
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  std::string origin = "stdin";
  if (!in_path.empty() && in_path != "-") {
    file.open(in_path, std::ios::binary);
    if (!file) return Fail(Status::NotFound(in_path + ": cannot open"));
    in = &file;
    origin = in_path;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  const bool to_file = !out_path.empty() && out_path != "-";
  if (resume) {
    if (!to_file) return Fail(Status::InvalidArgument("--resume needs --out FILE"));
    if (Status s =
            precis::ResumePoint(out_path, &options.resume_after_line, &options.resume_last_id);
        !s.ok()) {
      return Fail(s);
    }
  }
  if (to_file) {
    out_file.open(out_path, std::ios::binary | (resume ? std::ios::app : std::ios::trunc));
    if (!out_file) return Fail(Status::IOError(out_path + ": cannot write"));
    out = &out_file;
  }
  const bool show_progress = isatty(STDERR_FILENO);
  precis::BatchStats stats;
  Status s =
      precis::RunBatch(*in, origin, *out, options, &stats, [&](const precis::BatchStats& now) {
        if (show_progress && now.clusters % 16 == 0) {
          std::cerr << "\r" << now.clusters << " clusters, " << now.errors << " errors"
                    << std::flush;
        }
      });
  if (show_progress) {
    std::cerr << "\r" << stats.clusters << " clusters, " << stats.errors << " errors";
    if (stats.skipped > 0) std::cerr << " (" << stats.skipped << " answered before, skipped)";
    std::cerr << '\n';
  }
  if (!s.ok()) return Fail(s);
  return 0;
}

// Flags of `precis eval`, named after ROUGE-1.5.5's where it has one.
struct EvalFlags {
  std::string system, references;
  std::string metrics = "1,2,L,SU4";
  bool stem = false, remove_stopwords = false, per_summary = false, allow_missing = false;
  bool rouge_score = false, split_summaries = false;
  size_t words = 0, bytes = 0, resamples = 1000, threads = 0;
  double alpha = 0.5, confidence = 95;
  uint64_t seed = 1;
  std::string multi = "average", format = "text";

  void Add(CLI::App* app) {
    app->add_option("--system", system, "System summaries: JSONL or a directory")->required();
    app->add_option("--references", references, "References: JSONL or a directory")->required();
    metrics_option =
        app->add_option("--metrics", metrics,
                        "Metrics: 1-9, L, W, S<n>, SU<n>, S*, SU* (with --rouge-score: "
                        "rouge1-rouge9, rougeL, rougeLsum; default rouge1,rouge2,rougeL,rougeLsum)")
            ->capture_default_str();
    app->add_flag("--rouge-score", rouge_score,
                  "Google rouge_score's numbers instead of the official script's");
    app->add_flag("--split-summaries", split_summaries,
                  "With --rouge-score: split summaries given as one string into sentences "
                  "(rouge_score's split_summaries, with Precis's splitter) instead of at line "
                  "breaks only");
    app->add_flag("--stem", stem,
                  "Porter stemmer with WordNet exceptions (ROUGE -m); NLTK's Porter stemmer "
                  "with --rouge-score (use_stemmer=True)");
    app->add_flag("--remove-stopwords", remove_stopwords, "Drop ROUGE's stopwords (-s)");
    auto* w = app->add_option("--words", words, "Cut summaries after N words (-l; 0: no cut)")
                  ->check(precis_cli::WholeNumber(0));
    auto* b = app->add_option("--bytes", bytes, "Cut summaries after N bytes (-b; 0: no cut)")
                  ->check(precis_cli::WholeNumber(0));
    w->excludes(b);
    app->add_option("--alpha", alpha, "Weight of recall in F (-p)")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    multi_option =
        app->add_option("--multi", multi, "Several references: average (-f A) or best (-f B)")
            ->capture_default_str()
            ->check(CLI::IsMember({"average", "best"}));
    app->add_option("--confidence", confidence, "Confidence level in percent (-c)")
        ->capture_default_str()
        ->check(CLI::Range(1.0, 99.999));
    app->add_option("--resamples", resamples, "Bootstrap resamples, 0 for none (-r)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_option("--seed", seed, "Seed of the bootstrap")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0));
    app->add_flag("--per-summary", per_summary, "One JSON line per id (-d)");
    app->add_flag("--allow-missing", allow_missing, "Skip ids found on one side only");
    app->add_option("--threads", threads, "Scoring threads (0: one per core)")
        ->capture_default_str()
        ->check(precis_cli::WholeNumber(0, precis::kMostThreads));
    app->add_option("--format", format, "Output: text or json")
        ->capture_default_str()
        ->check(CLI::IsMember({"text", "json"}));
  }

  CLI::Option* metrics_option = nullptr;
  CLI::Option* multi_option = nullptr;
};

int RunEval(const EvalFlags& flags) {
  precis::RougeEvalOptions options;
  std::string metrics = flags.metrics;
  if (flags.rouge_score) {
    options.rouge.flavor = precis::RougeFlavor::kRougeScore;
    if (flags.metrics_option->count() == 0) metrics = "rouge1,rouge2,rougeL,rougeLsum";
    if (flags.multi_option->count() > 0) {
      return Fail(Status::InvalidArgument(
          "--multi is the script's; rouge_score keeps the reference with the best F"));
    }
  }
  if (flags.split_summaries && !flags.rouge_score) {
    return Fail(Status::InvalidArgument(
        "--split-summaries belongs to --rouge-score; the script's mode always splits"));
  }
  Status s = precis::ParseRougeMetrics(metrics, &options.rouge, &options.metrics);
  if (!s.ok()) return Fail(s);
  options.rouge.stem = flags.stem;
  options.rouge.remove_stopwords = flags.remove_stopwords;
  options.rouge.words = flags.words;
  options.rouge.bytes = flags.bytes;
  options.rouge.alpha = flags.alpha;
  options.rouge.best_reference = flags.multi == "best";
  options.confidence = flags.confidence / 100.0;
  options.resamples = flags.resamples;
  options.seed = flags.seed;
  options.threads = flags.threads;
  std::vector<precis::RougeItem> items;
  size_t left_out = 0;
  s = precis::LoadRougeItems(flags.system, flags.references, flags.allow_missing, &items, &left_out,
                             flags.rouge_score && !flags.split_summaries
                                 ? precis::RougeTextSplit::kLines
                                 : precis::RougeTextSplit::kSentences);
  if (!s.ok()) return Fail(s);
  precis::RougeReport report;
  s = precis::EvaluateRouge(items, options, &report);
  if (!s.ok()) return Fail(s);
  report.left_out = left_out;
  if (flags.per_summary) {
    std::cout << precis::RougePerSummaryJsonLines(report);
  } else if (flags.format == "json") {
    std::cout << precis::RougeReportToJson(report) << '\n';
  } else {
    std::cout << precis::RougeReportToText(report);
  }
  if (left_out > 0) std::cerr << "precis: " << left_out << " ids without a partner left out\n";
  std::cout.flush();
  return std::cout ? 0 : Fail(Status::IOError("cannot write the output"));
}

}  // namespace

// `precis serve`: the flags are checked here, then precis-serve (built and
// installed beside this program) runs in this process's place, so that the
// other commands do not load the HTTP library (3.7 ms of every start).
int RunServe(const ServeFlags& flags, const char* argv0) {
  std::error_code error;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) self = argv0;
  const std::string server = (self.parent_path() / "precis-serve").string();
  std::vector<std::string> args = flags.Arguments();
  args.insert(args.begin(), server);
  std::vector<char*> pointers;
  for (const std::string& a : args) pointers.push_back(const_cast<char*>(a.c_str()));
  pointers.push_back(nullptr);
  execv(server.c_str(), pointers.data());
  return Fail(Status::IOError("cannot run " + server + ": " + std::strerror(errno)));
}

int main(int argc, char** argv) {
  CLI::App app{"Precis: cited multi-document summaries of news clusters", "precis"};
  app.set_version_flag("--version", "precis 0.1.0");
  app.require_subcommand(1);
  app.fallthrough(false);

  InputFlags input;
  SummaryFlags summary_flags;
  std::vector<std::string> paths;
  std::string format = "text";

  CLI::App* summarize = app.add_subcommand(
      "summarize", "Summarize one cluster: a directory, files, '-' or a JSONL file of clusters");
  summarize->add_option("paths", paths, "Directories, files, or '-' for standard input")
      ->required();
  input.Add(summarize);
  summary_flags.Add(summarize);
  summarize->add_option("--format", format, "Output: text, json or markdown")
      ->capture_default_str();

  std::vector<std::string> analyze_paths;
  std::string analyze_format = "text";
  InputFlags analyze_input;
  precis::AnalyzeOptions analyze_options;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Report what the sources agree on, where they differ, and who said what");
  analyze->add_option("paths", analyze_paths, "Directories, files, or '-' for standard input")
      ->required();
  analyze_input.Add(analyze);
  analyze
      ->add_option("--shared-threshold", analyze_options.shared_threshold,
                   "Similarity in (0, 1] at which sentences of two documents state the same fact")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  analyze
      ->add_option("--unique-threshold", analyze_options.unique_threshold,
                   "Similarity in (0, 1] below which a sentence is unique to its document")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  analyze->add_option("--format", analyze_format, "Output: text, json or markdown")
      ->capture_default_str();

  std::vector<std::string> segment_paths;
  std::string segment_format = "text";
  InputFlags segment_input;
  CLI::App* segment =
      app.add_subcommand("segment", "Print the cleaned sentences Precis reads from the input");
  segment->add_option("paths", segment_paths, "Directories, files, or '-' for standard input")
      ->required();
  segment_input.Add(segment);
  segment->add_option("--format", segment_format, "Output: text (a sentence a line) or json")
      ->capture_default_str();

  std::string in_path, out_path;
  size_t threads = 0;
  bool resume = false;
  InputFlags batch_input;
  batch_input.input = "jsonl";
  SummaryFlags batch_flags;
  CLI::App* batch = app.add_subcommand(
      "batch", "Summarize JSONL clusters, one output line per input line, in order");
  batch->add_option("--in", in_path, "JSONL input (default: standard input)");
  batch->add_option("--out", out_path, "JSONL output (default: standard output)");
  batch->add_flag("--resume", resume,
                  "Continue an interrupted run: keep --out's complete records and answer the "
                  "input lines after them");
  batch->add_option("--threads", threads, "Worker threads (0: one per core)")
      ->capture_default_str()
      ->check(precis_cli::WholeNumber(0, precis::kMostThreads));
  batch->add_option("--input", batch_input.input, "Line format: jsonl, multinews or auto")
      ->capture_default_str();
  batch_input.Add(batch, /*with_format=*/false);
  batch_flags.Add(batch);

  EvalFlags eval_flags;
  CLI::App* eval = app.add_subcommand(
      "eval", "ROUGE of system summaries against references, as ROUGE-1.5.5 computes it");
  eval_flags.Add(eval);

  ServeFlags serve_flags;
  CLI::App* serve = app.add_subcommand(
      "serve", "Run the local HTTP service: JSON API and web page (docs/HTTP.md)");
  serve_flags.Add(serve);

  CLI::App* methods = app.add_subcommand("methods", "List the summarization methods");
  bool describe = false;
  methods->add_flag("--describe", describe, "Add a line on what each method does");

  const std::string first = argc > 1 ? argv[1] : "";
  if (!first.empty() && first[0] != '-' && first != "summarize" && first != "analyze" &&
      first != "segment" && first != "batch" && first != "eval" && first != "serve" &&
      first != "methods") {
    std::cerr << "precis: unknown command '" << argv[1]
              << "' (known: summarize, analyze, segment, batch, eval, serve, methods)\n";
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    for (char& c : what)
      if (c == '\n') c = ' ';
    std::cerr << "precis: " << what << " (see precis --help)\n";
    return 2;
  }

  if (summarize->parsed()) return RunSummarize(paths, input, summary_flags, format);
  if (analyze->parsed()) {
    return RunAnalyze(analyze_paths, analyze_input, analyze_options, analyze_format);
  }
  if (segment->parsed()) return RunSegment(segment_paths, segment_input, segment_format);
  if (batch->parsed()) {
    return RunBatchCommand(in_path, out_path, threads, resume, batch_input, batch_flags);
  }
  if (eval->parsed()) return RunEval(eval_flags);
  if (serve->parsed()) return RunServe(serve_flags, argv[0]);
  for (const std::string& m : precis::ListMethods()) {
    std::cout << m;
    if (describe)
      std::cout << std::string(m.size() < 12 ? 12 - m.size() : 1, ' ') << precis::DescribeMethod(m);
    std::cout << '\n';
  }
  return 0;
}
