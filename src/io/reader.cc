// Copyright 2026 The Precis Authors.
//
// ReadClusters: paths (files, directories, standard input) to clusters.
#include "precis/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "base/bounded_append.h"
#include "io/duc_sgml.h"
#include "io/format_detector.h"
#include "io/line_clusters.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

std::string LimitText(size_t limit) { return std::to_string(limit) + " bytes"; }

// The status for a failed look-up of `path`.
Status PathError(const fs::path& path, const std::error_code& ec) {
  const std::string name = path.string();
  if (ec == std::errc::too_many_symbolic_link_levels) {
    return Status::IOError(name + ": symbolic link loop");
  }
  if (ec == std::errc::no_such_file_or_directory) {
    std::error_code link_ec;
    if (fs::is_symlink(fs::symlink_status(path, link_ec))) {
      return Status::NotFound(name + ": broken symbolic link");
    }
    return Status::NotFound(name + ": no such file or directory");
  }
  return Status::IOError(name + ": " + ec.message());
}

// Why bytes read so far (`bytes`, of which `fresh` were just appended)
// cannot be text in any format Precis reads, or "": UTF-16 or UTF-32 (a
// byte order mark), or binary data (a NUL byte, which no text format holds
// raw). Checked as the bytes arrive, so that an endless device or a huge
// binary file is refused after its first block, not after the size limit.
std::string NotTextReason(const std::string& bytes, size_t fresh) {
  const size_t from = bytes.size() - fresh;
  if (from < 2 && bytes.size() >= 2 &&
      (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0)) {
    return "UTF-16 or UTF-32 text (byte order mark); Precis reads UTF-8 (convert it, e.g. "
           "iconv -f UTF-16 -t UTF-8)";
  }
  const void* nul = std::memchr(bytes.data() + from, '\0', fresh);
  if (nul == nullptr) return "";
  const size_t offset = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
  return "binary data (NUL byte at offset " + std::to_string(offset) + ")";
}

// Appends all of `in` to *bytes, failing as soon as it holds more than
// `limit` bytes (0: no limit) or bytes that are no text (NotTextReason).
// `name` names the input in messages.
Status ReadAll(std::istream& in, const std::string& name, size_t limit, std::string* bytes) {
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    const size_t got = static_cast<size_t>(in.gcount());
    if (limit > 0 && bytes->size() + got > limit) {
      return Status::InvalidInput(name + ": input over the limit of " + LimitText(limit) +
                                  " (--max-input-bytes)");
    }
    AppendBounded(bytes, std::string_view(buffer, got), limit);
    if (const std::string reason = NotTextReason(*bytes, got); !reason.empty()) {
      return Status::InvalidInput(name + ": " + reason);
    }
  }
  if (in.bad()) return Status::IOError(name + ": read error");
  return Status::OK();
}

// Reads the file at `path` into *bytes. A regular file is always accepted; a
// pipe or character device (process substitution, /dev/stdin) only when it
// was named on its own (`named`), never when found in a directory.
Status ReadFileBytes(const fs::path& path, bool named, size_t limit, std::string* bytes) {
  const std::string name = path.string();
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec) return PathError(path, ec);
  const bool regular = fs::is_regular_file(status);
  if (!regular && !(named && (fs::is_fifo(status) || fs::is_character_file(status)))) {
    return Status::InvalidInput(name + ": not a regular file");
  }
  if (regular) {
    const uintmax_t size = fs::file_size(path, ec);
    if (ec) return PathError(path, ec);
    if (limit > 0 && size > limit) {
      return Status::InvalidInput(name + ": file of " + std::to_string(size) +
                                  " bytes is over the limit of " + LimitText(limit) +
                                  " (--max-input-bytes)");
    }
    bytes->reserve(static_cast<size_t>(size));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(name + ": cannot open (" + std::strerror(errno) + ")");
  }
  return ReadAll(in, name, limit, bytes);
}

// The entries of directory `dir` that are not hidden, split into files (all
// that is not a directory, after following symbolic links) and
// subdirectories, each in byte order of names.
Status ListDirectory(const fs::path& dir, std::vector<fs::path>* files,
                     std::vector<fs::path>* subdirs) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& entry = it->path();
    if (entry.filename().string().front() == '.') continue;
    std::error_code status_ec;
    const fs::file_status status = fs::status(entry, status_ec);
    if (status_ec) return PathError(entry, status_ec);
    (fs::is_directory(status) ? subdirs : files)->push_back(entry);
  }
  if (ec) return Status::IOError(dir.string() + ": cannot list directory (" + ec.message() + ")");
  // fs::path compares component-wise and std::string by unsigned bytes:
  // sort by the name's bytes.
  auto by_name = [](const fs::path& a, const fs::path& b) {
    return a.filename().native() < b.filename().native();
  };
  std::sort(files->begin(), files->end(), by_name);
  std::sort(subdirs->begin(), subdirs->end(), by_name);
  return Status::OK();
}

// The name a directory's cluster takes: its last component, as given or
// after making the path absolute ("." and "dir/" have names too).
std::string DirectoryName(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) p = fs::path(path);
  p = p.lexically_normal();
  std::string name = p.filename().string();
  if (name.empty()) name = p.parent_path().filename().string();
  return name.empty() ? "cluster" : name;
}

// Accumulates the clusters of ReadClusters: clusters of their own (JSONL and
// Multi-News lines, subdirectories) go to *clusters in order; documents of
// files read one by one gather in one shared cluster, which takes the place
// where its first document was found.
class ClusterCollector {
 public:
  ClusterCollector(const ReadOptions& options, std::vector<RawCluster>* clusters)
      : options_(options), clusters_(clusters), first_cluster_(clusters->size()) {}

  Status AddPath(const std::string& path) {
    if (path == "-") {
      std::string bytes;
      PRECIS_RETURN_IF_ERROR(ReadAll(std::cin, "stdin", options_.max_input_bytes, &bytes));
      if (std::cin.eof()) std::cin.clear();  // A later "-" reads nothing, not a failure.
      return AddSharedSource(/*directory_name=*/"", [&](RawCluster* shared) {
        return AddFile("stdin", "stdin", std::move(bytes), shared);
      });
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec) return PathError(path, ec);
    if (fs::is_directory(status)) return AddDirectory(path);
    std::string bytes;
    PRECIS_RETURN_IF_ERROR(ReadFileBytes(path, /*named=*/true, options_.max_input_bytes, &bytes));
    return AddSharedSource("", [&](RawCluster* shared) {
      return AddFile(FileStem(path), path, std::move(bytes), shared);
    });
  }

  // Puts the shared cluster in place. Returns EmptyInput when no path gave a
  // document.
  Status Finish() {
    if (!shared_.documents.empty()) {
      shared_.id =
          shared_sources_ == 1 && !shared_directory_.empty() ? shared_directory_ : "cluster";
      PRECIS_RETURN_IF_ERROR(CheckUniqueDocumentIds(shared_, shared_.id));
      clusters_->insert(clusters_->begin() + static_cast<std::ptrdiff_t>(shared_position_),
                        std::move(shared_));
    }
    if (clusters_->size() == first_cluster_) {
      return Status::EmptyInput("no documents in the input");
    }
    return Status::OK();
  }

 private:
  // Runs `add` on the shared cluster, counting a source when it added a
  // document and noting where the shared cluster goes.
  template <typename Add>
  Status AddSharedSource(const std::string& directory_name, Add add) {
    const size_t before = shared_.documents.size();
    PRECIS_RETURN_IF_ERROR(add(&shared_));
    if (shared_.documents.size() > before) {
      if (before == 0) shared_position_ = clusters_->size();
      ++shared_sources_;
      shared_directory_ = directory_name;
    }
    return Status::OK();
  }

  // A directory with files is one cluster of them (subdirectories beside
  // files are ignored); a directory with only subdirectories is one cluster
  // per subdirectory.
  Status AddDirectory(const std::string& path) {
    std::vector<fs::path> files, subdirs;
    PRECIS_RETURN_IF_ERROR(ListDirectory(path, &files, &subdirs));
    if (!files.empty()) {
      return AddSharedSource(DirectoryName(path),
                             [&](RawCluster* shared) { return AddFiles(files, shared); });
    }
    if (subdirs.empty()) {
      return Status::EmptyInput(path + ": no documents in directory (hidden files are skipped)");
    }
    for (const fs::path& subdir : subdirs) {
      std::vector<fs::path> sub_files, nested;
      PRECIS_RETURN_IF_ERROR(ListDirectory(subdir, &sub_files, &nested));
      if (sub_files.empty()) {
        return Status::EmptyInput(subdir.string() +
                                  ": no documents in directory (nested directories are not read)");
      }
      RawCluster cluster;
      cluster.id = subdir.filename().string();
      const size_t position = clusters_->size();
      PRECIS_RETURN_IF_ERROR(AddFiles(sub_files, &cluster));
      if (cluster.documents.empty()) continue;  // Only JSONL or Multi-News files.
      PRECIS_RETURN_IF_ERROR(CheckUniqueDocumentIds(cluster, subdir.string()));
      clusters_->insert(clusters_->begin() + static_cast<std::ptrdiff_t>(position),
                        std::move(cluster));
    }
    return Status::OK();
  }

  Status AddFiles(const std::vector<fs::path>& files, RawCluster* cluster) {
    if (options_.max_documents > 0 && files.size() > options_.max_documents) {
      return Status::InvalidInput(files.front().parent_path().string() + ": directory of " +
                                  std::to_string(files.size()) + " files, over the limit of " +
                                  std::to_string(options_.max_documents) +
                                  " documents per cluster (--max-documents)");
    }
    for (const fs::path& file : files) {
      std::string bytes;
      PRECIS_RETURN_IF_ERROR(
          ReadFileBytes(file, /*named=*/false, options_.max_input_bytes, &bytes));
      const std::string name = file.string();
      PRECIS_RETURN_IF_ERROR(AddFile(FileStem(name), name, std::move(bytes), cluster));
    }
    return Status::OK();
  }

  // Adds the content of one file, named `name` in messages and origins:
  // documents of `cluster`, or clusters of their own for JSONL and
  // Multi-News.
  Status AddFile(const std::string& id, const std::string& name, std::string bytes,
                 RawCluster* cluster) {
    if (bytes.empty()) return Status::InvalidInput(name + ": empty file");
    InputFormat format = options_.input;
    if (format == InputFormat::kAuto) format = DetectFileFormat(name, bytes);
    switch (format) {
      case InputFormat::kJsonl:
      case InputFormat::kMultiNews:
        return AddLineClusters(bytes, format, name);
      case InputFormat::kDuc:
        return SplitDucDocuments(bytes, name, &cluster->documents);
      case InputFormat::kHtml:
        cluster->documents.push_back({id, std::move(bytes), DocumentFormat::kHtml, name});
        return Status::OK();
      case InputFormat::kAuto:
      case InputFormat::kText:
        break;
    }
    cluster->documents.push_back({id, std::move(bytes), DocumentFormat::kText, name});
    return Status::OK();
  }

  Status AddLineClusters(std::string_view bytes, InputFormat format, const std::string& name) {
    size_t pos = 0;
    size_t line_number = 0;
    const size_t before = clusters_->size();
    while (pos < bytes.size()) {
      size_t end = bytes.find('\n', pos);
      if (end == std::string_view::npos) end = bytes.size();
      const std::string_view line = bytes.substr(pos, end - pos);
      pos = end + 1;
      ++line_number;
      if (Trim(line).empty()) continue;
      RawCluster cluster;
      PRECIS_RETURN_IF_ERROR(
          ParseClusterLine(format, line, name, line_number, options_.max_json_depth, &cluster));
      clusters_->push_back(std::move(cluster));
    }
    if (clusters_->size() == before) return Status::EmptyInput(name + ": no clusters");
    return Status::OK();
  }

  const ReadOptions& options_;
  std::vector<RawCluster>* clusters_;
  const size_t first_cluster_;
  RawCluster shared_;
  size_t shared_position_ = 0;
  int shared_sources_ = 0;
  std::string shared_directory_;  // Of the last source, "" for a file.
};

}  // namespace

Status ParseInputFormat(std::string_view name, InputFormat* format) {
  static constexpr std::pair<std::string_view, InputFormat> kNames[] = {
      {"auto", InputFormat::kAuto},           {"text", InputFormat::kText},
      {"html", InputFormat::kHtml},           {"jsonl", InputFormat::kJsonl},
      {"multinews", InputFormat::kMultiNews}, {"duc", InputFormat::kDuc}};
  for (const auto& [known, value] : kNames) {
    if (name == known) {
      *format = value;
      return Status::OK();
    }
  }
  return Status::InvalidArgument("unknown input format '" + std::string(name) +
                                 "' (known: auto, text, html, jsonl, multinews, duc)");
}

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kText:
      return "text";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kMultiNews:
      return "multinews";
    case InputFormat::kDuc:
      return "duc";
  }
  return "auto";
}

Status ReadClusters(const std::vector<std::string>& paths, const ReadOptions& options,
                    std::vector<RawCluster>* clusters) {
  if (paths.empty()) return Status::InvalidArgument("no input path given");
  const size_t before = clusters->size();
  Status status;
  {
    ClusterCollector collector(options, clusters);
    for (const std::string& path : paths) {
      status = path.empty() ? Status::InvalidArgument("empty input path") : collector.AddPath(path);
      if (!status.ok()) break;
    }
    if (status.ok()) status = collector.Finish();
  }
  if (!status.ok()) {
    clusters->erase(clusters->begin() + static_cast<std::ptrdiff_t>(before), clusters->end());
  }
  return status;
}

}  // namespace precis
