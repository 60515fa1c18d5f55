// Copyright 2026 The Precis Authors.
#include "io/format_detector.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

namespace precis {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

// The extension of the last component of `name`, lower-cased, with its dot.
std::string LowerExtension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string extension(base.substr(dot));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

std::string_view TrimLeft(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view Trim(std::string_view s) {
  s = TrimLeft(s);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
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

int JsonNestingDepth(std::string_view text, int limit) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // The escaped character cannot end the string.
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

bool LooksLikeJsonCluster(std::string_view line) {
  if (line.empty() || line.front() != '{') return false;
  if (JsonNestingDepth(line, kMaxJsonDepth) > kMaxJsonDepth) return true;
  const nlohmann::json j =
      nlohmann::json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  return !j.is_discarded() && j.is_object() && j.contains("documents");
}

InputFormat DetectFileFormat(std::string_view name, std::string_view bytes) {
  const std::string extension = LowerExtension(name);
  if (extension == ".html" || extension == ".htm") return InputFormat::kHtml;
  if (extension == ".jsonl" || extension == ".ndjson") return InputFormat::kJsonl;
  const std::string_view head = TrimLeft(bytes);
  if (StartsWithNoCase(head, "<doc") && head.size() > 4 &&
      (head[4] == '>' || IsAsciiSpace(head[4]))) {
    return InputFormat::kDuc;
  }
  if (StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html")) {
    return InputFormat::kHtml;
  }
  if (LooksLikeJsonCluster(FirstNonBlankLine(bytes))) return InputFormat::kJsonl;
  if (bytes.find("|||||") != std::string_view::npos) return InputFormat::kMultiNews;
  return InputFormat::kText;
}

Status CheckUniqueDocumentIds(const RawCluster& cluster, std::string_view where) {
  std::unordered_map<std::string_view, const RawDocument*> seen;
  seen.reserve(cluster.documents.size());
  for (const RawDocument& doc : cluster.documents) {
    auto [it, inserted] = seen.emplace(doc.id, &doc);
    if (inserted) continue;
    std::string message = std::string(where) + ": duplicate document id '" + doc.id + "'";
    const std::string& first = it->second->origin;
    if (!first.empty() && !doc.origin.empty() && first != doc.origin) {
      message += " (" + first + " and " + doc.origin + ")";
    }
    return Status::InvalidInput(std::move(message));
  }
  return Status::OK();
}

}  // namespace precis
