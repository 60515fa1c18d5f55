// Copyright 2026 The Precis Authors.
#include "precis/reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include "io/duc_sgml.h"

namespace precis {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kMaxJsonDepth = 64;
constexpr std::string_view kMultiNewsSeparator = "|||||";
constexpr std::string_view kMultiNewsNewline = "NEWLINE_CHAR";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view TrimLeft(std::string_view s) {
  // Skips white space and a UTF-8 byte order mark.
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

std::string_view Trim(std::string_view s) {
  s = TrimLeft(s);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string_view FirstNonBlankLine(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = Trim(bytes.substr(pos, end - pos));
    if (!line.empty()) return line;
    pos = end + 1;
  }
  return {};
}

// Deepest nesting of [ and { outside JSON strings.
int JsonDepth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxJsonDepth) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

bool LooksLikeJsonCluster(std::string_view line) {
  if (line.empty() || line.front() != '{') return false;
  if (JsonDepth(line) > kMaxJsonDepth) return true;  // Let the parser report it.
  json j = json::parse(line.begin(), line.end(), nullptr, false);
  return !j.is_discarded() && j.is_object() && j.contains("documents");
}

InputFormat DetectFileFormat(const std::string& path, std::string_view bytes) {
  std::string extension = Lower(fs::path(path).extension().string());
  if (extension == ".html" || extension == ".htm") return InputFormat::kHtml;
  if (extension == ".jsonl" || extension == ".ndjson") return InputFormat::kJsonl;
  std::string head = Lower(TrimLeft(bytes).substr(0, 64));
  if (head.rfind("<doc>", 0) == 0 || head.rfind("<doc ", 0) == 0) return InputFormat::kDuc;
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0) {
    return InputFormat::kHtml;
  }
  if (LooksLikeJsonCluster(FirstNonBlankLine(bytes))) return InputFormat::kJsonl;
  if (bytes.find(kMultiNewsSeparator) != std::string_view::npos) return InputFormat::kMultiNews;
  return InputFormat::kText;
}

std::string IdFromValue(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number_unsigned()) return std::to_string(value.get<unsigned long long>());
  return "";
}

// The status for a failed look-up of `path`.
Status PathError(const std::string& path, const std::error_code& ec) {
  if (ec == std::errc::no_such_file_or_directory) {
    return Status::NotFound(path + ": no such file or directory");
  }
  if (ec == std::errc::too_many_symbolic_link_levels) {
    return Status::IOError(path + ": symbolic link loop");
  }
  return Status::IOError(path + ": " + ec.message());
}

Status ReadWholeFile(const std::string& path, const ReadOptions& options, std::string* bytes) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec) return PathError(path, ec);
  if (!fs::is_regular_file(status)) {
    return Status::InvalidInput(path + ": not a regular file");
  }
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && options.max_input_bytes > 0 && size > options.max_input_bytes) {
    return Status::InvalidInput(path + ": file of " + std::to_string(size) +
                                " bytes is over the limit of " +
                                std::to_string(options.max_input_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open (" + std::strerror(errno) + ")");
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

Status ReadStdin(const ReadOptions& options, std::string* bytes) {
  bytes->clear();
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    bytes->append(buffer, static_cast<size_t>(std::cin.gcount()));
    if (options.max_input_bytes > 0 && bytes->size() > options.max_input_bytes) {
      return Status::InvalidInput("stdin: input over the limit of " +
                                  std::to_string(options.max_input_bytes) + " bytes");
    }
  }
  if (std::cin.bad()) return Status::IOError("stdin: read error");
  return Status::OK();
}

// Adds the clusters of a JSONL or Multi-News text, one per non-blank line.
Status AddLineClusters(std::string_view bytes, InputFormat format, const std::string& origin,
                       std::vector<RawCluster>* clusters) {
  std::string stem = fs::path(origin).stem().string();
  size_t pos = 0, line_number = 0;
  size_t added = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (Trim(line).empty()) continue;
    const std::string where = origin + ":" + std::to_string(line_number);
    RawCluster cluster;
    if (format == InputFormat::kJsonl) {
      PRECIS_RETURN_IF_ERROR(ParseJsonCluster(line, where, stem + "-" + std::to_string(line_number),
                                              &cluster));
    } else {
      PRECIS_RETURN_IF_ERROR(ParseMultiNewsCluster(line, where,
                                                   stem + "-" + std::to_string(line_number),
                                                   &cluster));
    }
    clusters->push_back(std::move(cluster));
    ++added;
  }
  if (added == 0) return Status::EmptyInput(origin + ": no clusters");
  return Status::OK();
}

// Turns the bytes of one file into documents of the shared cluster, or into
// clusters of their own (JSONL, Multi-News).
Status AddFile(const std::string& path, const std::string& display, std::string bytes,
               const ReadOptions& options, RawCluster* shared,
               std::vector<RawCluster>* clusters) {
  if (bytes.empty()) return Status::InvalidInput(display + ": empty file");
  InputFormat format = options.input;
  if (format == InputFormat::kAuto) format = DetectFileFormat(path, bytes);
  std::string id = path == "-" ? "stdin" : fs::path(path).stem().string();
  switch (format) {
    case InputFormat::kJsonl:
    case InputFormat::kMultiNews:
      return AddLineClusters(bytes, format, display, clusters);
    case InputFormat::kDuc:
      return SplitDucDocuments(bytes, display, &shared->documents);
    case InputFormat::kHtml:
      shared->documents.push_back({id, std::move(bytes), DocumentFormat::kHtml, display});
      return Status::OK();
    default:
      shared->documents.push_back({id, std::move(bytes), DocumentFormat::kText, display});
      return Status::OK();
  }
}

Status ListDirectory(const std::string& dir, std::vector<fs::path>* files,
                     std::vector<fs::path>* subdirs) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::IOError(dir + ": cannot list (" + ec.message() + ")");
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return Status::IOError(dir + ": cannot list (" + ec.message() + ")");
    const fs::path& p = it->path();
    if (p.filename().string().rfind('.', 0) == 0) continue;  // Hidden.
    std::error_code type_ec;
    fs::file_status status = fs::status(p, type_ec);
    if (type_ec) return PathError(p.string(), type_ec);
    if (fs::is_directory(status)) {
      subdirs->push_back(p);
    } else {
      files->push_back(p);  // Special files fail later with a clear message.
    }
  }
  auto by_name = [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  };
  std::sort(files->begin(), files->end(), by_name);
  std::sort(subdirs->begin(), subdirs->end(), by_name);
  return Status::OK();
}

Status AddDirectoryFiles(const std::vector<fs::path>& files, const ReadOptions& options,
                         RawCluster* shared, std::vector<RawCluster>* clusters) {
  for (const fs::path& file : files) {
    std::string bytes;
    PRECIS_RETURN_IF_ERROR(ReadWholeFile(file.string(), options, &bytes));
    PRECIS_RETURN_IF_ERROR(
        AddFile(file.string(), file.string(), std::move(bytes), options, shared, clusters));
  }
  return Status::OK();
}

Status CheckUniqueIds(const RawCluster& cluster, std::string_view where) {
  std::set<std::string_view> seen;
  for (const RawDocument& d : cluster.documents) {
    if (!seen.insert(d.id).second) {
      return Status::InvalidInput(std::string(where) + ": duplicate document id '" + d.id + "'");
    }
  }
  return Status::OK();
}

}  // namespace

Status ParseInputFormat(std::string_view name, InputFormat* format) {
  static constexpr std::pair<std::string_view, InputFormat> kNames[] = {
      {"auto", InputFormat::kAuto},   {"text", InputFormat::kText},
      {"html", InputFormat::kHtml},   {"jsonl", InputFormat::kJsonl},
      {"multinews", InputFormat::kMultiNews}, {"duc", InputFormat::kDuc}};
  for (const auto& [n, f] : kNames) {
    if (name == n) {
      *format = f;
      return Status::OK();
    }
  }
  return Status::InvalidArgument("unknown input format '" + std::string(name) +
                                 "' (known: auto, text, html, jsonl, multinews, duc)");
}

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kMultiNews: return "multinews";
    case InputFormat::kDuc: return "duc";
  }
  return "auto";
}

Status ParseJsonCluster(std::string_view line, std::string_view origin,
                        std::string_view fallback_id, RawCluster* cluster) {
  const std::string where(origin);
  *cluster = RawCluster();
  if (JsonDepth(line) > kMaxJsonDepth) {
    return Status::InvalidInput(where + ": JSON nested deeper than " +
                                std::to_string(kMaxJsonDepth) + " levels");
  }
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidInput(where + ": malformed JSON");
  if (!j.is_object()) return Status::InvalidInput(where + ": a cluster must be a JSON object");
  cluster->id = j.contains("id") ? IdFromValue(j["id"]) : "";
  if (cluster->id.empty()) cluster->id = std::string(fallback_id);
  auto docs = j.find("documents");
  if (docs == j.end() || !docs->is_array()) {
    return Status::InvalidInput(where + ": \"documents\" must be an array");
  }
  for (size_t i = 0; i < docs->size(); ++i) {
    const json& d = (*docs)[i];
    const std::string doc_where = where + ": documents[" + std::to_string(i) + "]";
    RawDocument doc;
    doc.origin = where;
    std::string fallback = cluster->id + "-d" + std::to_string(i);
    if (d.is_string()) {
      doc.id = fallback;
      doc.original = d.get<std::string>();
    } else if (d.is_object()) {
      doc.id = d.contains("id") ? IdFromValue(d["id"]) : fallback;
      if (doc.id.empty()) return Status::InvalidInput(doc_where + ": \"id\" must be a string or number");
      auto text = d.find("text");
      auto html = d.find("html");
      if (text != d.end() && text->is_string()) {
        doc.original = text->get<std::string>();
      } else if (html != d.end() && html->is_string()) {
        doc.original = html->get<std::string>();
        doc.format = DocumentFormat::kHtml;
      } else {
        return Status::InvalidInput(doc_where + ": needs a string \"text\" or \"html\"");
      }
    } else {
      return Status::InvalidInput(doc_where + ": must be an object or a string");
    }
    doc.origin = where + " (" + doc.id + ")";
    cluster->documents.push_back(std::move(doc));
  }
  if (cluster->documents.empty()) {
    return Status::EmptyInput(where + ": cluster " + cluster->id + " has no documents");
  }
  return CheckUniqueIds(*cluster, where);
}

Status ParseMultiNewsCluster(std::string_view line, std::string_view origin,
                             std::string_view cluster_id, RawCluster* cluster) {
  const std::string where(origin);
  *cluster = RawCluster();
  cluster->id = std::string(cluster_id);
  size_t pos = 0;
  size_t index = 0;
  while (pos <= line.size()) {
    size_t end = line.find(kMultiNewsSeparator, pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view segment = line.substr(pos, end - pos);
    pos = end + kMultiNewsSeparator.size();
    std::string text;
    text.reserve(segment.size());
    for (size_t i = 0; i < segment.size();) {
      if (segment.compare(i, kMultiNewsNewline.size(), kMultiNewsNewline) == 0) {
        text += '\n';
        i += kMultiNewsNewline.size();
      } else {
        text += segment[i++];
      }
    }
    std::string_view trimmed = Trim(text);
    if (!trimmed.empty()) {
      RawDocument doc;
      doc.id = cluster->id + "-d" + std::to_string(index);
      doc.original = std::string(trimmed);
      doc.origin = where + " (" + doc.id + ")";
      cluster->documents.push_back(std::move(doc));
    }
    ++index;
    if (end == line.size()) break;
  }
  if (cluster->documents.empty()) {
    return Status::EmptyInput(where + ": no documents between the separators");
  }
  return Status::OK();
}

Status ReadClusters(const std::vector<std::string>& paths, const ReadOptions& options,
                    std::vector<RawCluster>* clusters) {
  if (paths.empty()) return Status::InvalidArgument("no input given");
  RawCluster shared;
  shared.id = "cluster";
  size_t directories = 0, others = 0;
  std::string directory_name;
  const size_t clusters_before = clusters->size();
  for (const std::string& path : paths) {
    if (path == "-") {
      std::string bytes;
      PRECIS_RETURN_IF_ERROR(ReadStdin(options, &bytes));
      PRECIS_RETURN_IF_ERROR(AddFile("-", "stdin", std::move(bytes), options, &shared, clusters));
      ++others;
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec) return PathError(path, ec);
    if (fs::is_directory(status)) {
      std::vector<fs::path> files, subdirs;
      PRECIS_RETURN_IF_ERROR(ListDirectory(path, &files, &subdirs));
      if (files.empty() && !subdirs.empty()) {
        // A directory of clusters: each subdirectory is one.
        for (const fs::path& sub : subdirs) {
          std::vector<fs::path> sub_files, nested;
          PRECIS_RETURN_IF_ERROR(ListDirectory(sub.string(), &sub_files, &nested));
          if (sub_files.empty()) return Status::EmptyInput(sub.string() + ": no documents");
          RawCluster cluster;
          cluster.id = sub.filename().string();
          PRECIS_RETURN_IF_ERROR(AddDirectoryFiles(sub_files, options, &cluster, clusters));
          if (!cluster.documents.empty()) {
            PRECIS_RETURN_IF_ERROR(CheckUniqueIds(cluster, sub.string()));
            clusters->push_back(std::move(cluster));
          }
        }
        continue;
      }
      if (files.empty()) return Status::EmptyInput(path + ": no documents in directory");
      ++directories;
      directory_name = fs::path(path).lexically_normal().filename().string();
      if (directory_name.empty() || directory_name == ".") {
        directory_name = fs::absolute(path).lexically_normal().parent_path().filename().string();
      }
      PRECIS_RETURN_IF_ERROR(AddDirectoryFiles(files, options, &shared, clusters));
      continue;
    }
    std::string bytes;
    PRECIS_RETURN_IF_ERROR(ReadWholeFile(path, options, &bytes));
    PRECIS_RETURN_IF_ERROR(AddFile(path, path, std::move(bytes), options, &shared, clusters));
    ++others;
  }
  if (!shared.documents.empty()) {
    if (directories == 1 && others == 0) shared.id = directory_name;
    PRECIS_RETURN_IF_ERROR(CheckUniqueIds(shared, shared.id));
    clusters->insert(clusters->begin() + static_cast<std::ptrdiff_t>(clusters_before),
                     std::move(shared));
  }
  if (clusters->size() == clusters_before) return Status::EmptyInput("no documents in the input");
  return Status::OK();
}

ClusterStream::ClusterStream(std::istream* in, InputFormat format, std::string origin,
                             const ReadOptions& options)
    : in_(in), format_(format), origin_(std::move(origin)), options_(options) {}

bool ClusterStream::Next(RawCluster* cluster, Status* status, size_t* line_number) {
  *status = Status::OK();
  *cluster = RawCluster();
  while (true) {
    line_.clear();
    bool too_long = false;
    bool got_any = false;
    // Reads one line through the stream buffer (no per-character sentry),
    // keeping at most max_input_bytes of it.
    std::streambuf* buffer = in_->rdbuf();
    for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
      got_any = true;
      if (c == '\n') break;
      if (options_.max_input_bytes > 0 && line_.size() >= options_.max_input_bytes) {
        too_long = true;
        continue;
      }
      line_ += static_cast<char>(c);
    }
    if (!got_any) {
      if (in_->bad()) *status = Status::IOError(origin_ + ": read error");
      return false;
    }
    ++line_number_;
    *line_number = line_number_;
    const std::string where = origin_ + ":" + std::to_string(line_number_);
    if (too_long) {
      *status = Status::InvalidInput(where + ": line over the limit of " +
                                     std::to_string(options_.max_input_bytes) + " bytes");
      return true;
    }
    if (Trim(line_).empty()) continue;
    if (format_ == InputFormat::kAuto) {
      format_ = LooksLikeJsonCluster(Trim(line_)) ? InputFormat::kJsonl : InputFormat::kMultiNews;
    }
    std::string fallback = "line-" + std::to_string(line_number_);
    if (format_ == InputFormat::kMultiNews) {
      *status = ParseMultiNewsCluster(line_, where, fallback, cluster);
    } else {
      *status = ParseJsonCluster(line_, where, fallback, cluster);
    }
    return true;
  }
}

}  // namespace precis
