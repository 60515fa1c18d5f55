// Copyright 2026 The Precis Authors.
//
// Reading system summaries and references for ROUGE, and pairing them by id.
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "eval/rouge_score_compat.h"
#include "precis/rouge.h"
#include "segment/sentence_splitter.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

using simdjson::dom::element;
using simdjson::dom::element_type;

std::string_view StringOf(element e) { return std::string_view(e.get_string().value_unsafe()); }

Status SummaryFromJson(element value, RougeTextSplit split, const std::string& where,
                       RougeSummary* out) {
  out->clear();
  if (value.is_string()) {
    *out = SplitRougeSummary(std::string(StringOf(value)), split);
    return Status::OK();
  }
  if (value.is_array()) {
    const simdjson::dom::array sentences = value.get_array().value_unsafe();
    for (element s : sentences) {
      element text;
      if (s.is_string()) {
        out->emplace_back(StringOf(s));
      } else if (s.is_object() && !s["text"].get(text) && text.is_string()) {
        out->emplace_back(StringOf(text));  // `precis batch` sentences.
      } else {
        return Status::InvalidInput(where + ": a sentence must be a string");
      }
    }
    return Status::OK();
  }
  return Status::InvalidInput(where + ": a summary must be a string or a list of sentences");
}

// The field `key` of an object, or nullopt.
std::optional<element> Field(element object, std::string_view key) {
  element value;
  if (object[key].get(value)) return std::nullopt;
  return value;
}

std::string IdOf(element j) {
  const std::optional<element> id = Field(j, "id");
  if (!id) return "";
  if (id->is_string()) return std::string(StringOf(*id));
  if (id->is_int64()) return std::to_string(id->get_int64().value_unsafe());
  if (id->is_uint64()) return std::to_string(id->get_uint64().value_unsafe());
  return "";
}

Status ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *bytes = buffer.str();
  return Status::OK();
}

// Calls `line_fn(element, where)` for each non-blank line of a JSONL file.
// simdjson's DOM parser (which picks the machine's SIMD kernels at run time)
// reads each line into a flat tape at gigabytes a second, so a dataset's
// documents, most of its bytes, cost next to nothing when only the
// summaries are read.
template <typename Fn>
Status ForEachJsonLine(const std::string& path, Fn line_fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  simdjson::dom::parser parser;
  size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    element j;
    if (parser.parse(line.data(), line.size()).get(j) || !j.is_object()) {
      return Status::InvalidInput(where + ": malformed JSON");
    }
    if (IdOf(j).empty()) return Status::InvalidInput(where + ": missing \"id\"");
    PRECIS_RETURN_IF_ERROR(line_fn(j, where));
  }
  return Status::OK();
}

std::vector<fs::path> VisibleFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind('.', 0) == 0) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status LoadSystems(const std::string& path, RougeTextSplit split,
                   std::vector<std::pair<std::string, RougeSummary>>* out) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such file or directory");
  std::map<std::string, bool> seen;
  auto add = [&](const std::string& id, RougeSummary summary, const std::string& where) {
    if (seen[id]) return Status::InvalidInput(where + ": duplicate id '" + id + "'");
    seen[id] = true;
    out->emplace_back(id, std::move(summary));
    return Status::OK();
  };
  if (fs::is_directory(path, ec)) {
    for (const fs::path& file : VisibleFiles(path)) {
      if (!fs::is_regular_file(file, ec)) continue;
      std::string bytes;
      PRECIS_RETURN_IF_ERROR(ReadFile(file.string(), &bytes));
      PRECIS_RETURN_IF_ERROR(
          add(file.stem().string(), SplitRougeSummary(bytes, split), file.string()));
    }
    return Status::OK();
  }
  return ForEachJsonLine(path, [&](element j, const std::string& where) {
    RougeSummary summary;
    const std::optional<element> sentences = Field(j, "sentences");
    const std::optional<element> text = Field(j, "summary");
    if (sentences && sentences->is_array()) {
      PRECIS_RETURN_IF_ERROR(SummaryFromJson(*sentences, split, where, &summary));
    } else if (text) {
      PRECIS_RETURN_IF_ERROR(SummaryFromJson(*text, split, where, &summary));
    } else if (!Field(j, "error")) {
      // A `precis batch` error record scores as an empty summary.
      return Status::InvalidInput(where + ": needs \"summary\"");
    }
    return add(IdOf(j), std::move(summary), where);
  });
}

Status LoadReferences(const std::string& path, RougeTextSplit split,
                      std::map<std::string, std::vector<RougeSummary>>* out) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such file or directory");
  if (fs::is_directory(path, ec)) {
    for (const fs::path& entry : VisibleFiles(path)) {
      if (fs::is_directory(entry, ec)) {
        auto& refs = (*out)[entry.filename().string()];
        for (const fs::path& file : VisibleFiles(entry)) {
          std::string bytes;
          PRECIS_RETURN_IF_ERROR(ReadFile(file.string(), &bytes));
          refs.push_back(SplitRougeSummary(bytes, split));
        }
      } else {
        std::string name = entry.filename().string();
        std::string id = name.substr(0, name.find('.'));
        std::string bytes;
        PRECIS_RETURN_IF_ERROR(ReadFile(entry.string(), &bytes));
        (*out)[id].push_back(SplitRougeSummary(bytes, split));
      }
    }
    return Status::OK();
  }
  return ForEachJsonLine(path, [&](element j, const std::string& where) {
    const std::string id = IdOf(j);
    if (out->count(id)) return Status::InvalidInput(where + ": duplicate id '" + id + "'");
    auto& refs = (*out)[id];
    const std::optional<element> list = Field(j, "summaries");
    const std::optional<element> single = Field(j, "summary");
    if (list && list->is_array()) {
      size_t i = 0;
      const simdjson::dom::array items = list->get_array().value_unsafe();
      for (element item : items) {
        RougeSummary summary;
        PRECIS_RETURN_IF_ERROR(SummaryFromJson(
            item, split, where + ": summaries[" + std::to_string(i++) + "]", &summary));
        refs.push_back(std::move(summary));
      }
    } else if (single) {
      RougeSummary summary;
      PRECIS_RETURN_IF_ERROR(SummaryFromJson(*single, split, where, &summary));
      refs.push_back(std::move(summary));
    } else {
      return Status::InvalidInput(where + ": needs a list \"summaries\"");
    }
    if (refs.empty()) return Status::InvalidInput(where + ": no reference summary");
    return Status::OK();
  });
}

}  // namespace

RougeSummary SplitRougeSummary(const std::string& text, RougeTextSplit split) {
  if (split == RougeTextSplit::kLines) {
    RougeSummary lines;
    for (std::string_view line : NonEmptyLines(text)) lines.emplace_back(line);
    return lines;
  }
  SentenceSplitter splitter;
  splitter.Learn(text);
  RougeSummary out;
  for (const SentenceRange& r : splitter.Split(text)) {
    out.push_back(text.substr(r.begin, r.end - r.begin));
  }
  return out;
}

Status LoadRougeItems(const std::string& system_path, const std::string& references_path,
                      bool allow_missing, std::vector<RougeItem>* items, size_t* left_out,
                      RougeTextSplit split) {
  items->clear();
  *left_out = 0;
  std::vector<std::pair<std::string, RougeSummary>> systems;
  PRECIS_RETURN_IF_ERROR(LoadSystems(system_path, split, &systems));
  std::map<std::string, std::vector<RougeSummary>> references;
  PRECIS_RETURN_IF_ERROR(LoadReferences(references_path, split, &references));
  std::map<std::string, bool> used;
  for (auto& [id, summary] : systems) {
    auto it = references.find(id);
    if (it == references.end() || it->second.empty()) {
      if (!allow_missing) {
        return Status::InvalidInput("id '" + id + "' has a system summary but no reference in " +
                                    references_path + " (--allow-missing to skip it)");
      }
      ++*left_out;
      continue;
    }
    used[id] = true;
    items->push_back({id, std::move(summary), it->second});
  }
  for (const auto& [id, refs] : references) {
    if (used.count(id)) continue;
    if (!allow_missing) {
      return Status::InvalidInput("id '" + id + "' has references but no system summary in " +
                                  system_path + " (--allow-missing to skip it)");
    }
    ++*left_out;
  }
  if (items->empty()) return Status::EmptyInput("no system summary pairs with a reference");
  return Status::OK();
}

}  // namespace precis
