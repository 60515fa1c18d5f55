// Copyright 2026 The Precis Authors.
#include "serve/request.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "io/format_detector.h"
#include "precis/batch.h"
#include "precis/format.h"
#include "precis/reader.h"

namespace precis {
namespace {

using nlohmann::json;

// "mmr_lambda" and "mmr-lambda" are one field.
std::string FieldName(const std::string& key) {
  std::string out = key;
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

// The body as a JSON object, after the nesting check that keeps hostile
// input from exhausting the stack.
Status ParseObject(std::string_view body, json* out) {
  if (JsonNestingDepth(body, kMaxJsonDepth) > kMaxJsonDepth) {
    return Status::InvalidInput("request: JSON nested deeper than " +
                                std::to_string(kMaxJsonDepth) + " levels");
  }
  *out = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (out->is_discarded()) return Status::InvalidInput("request: malformed JSON");
  if (!out->is_object()) return Status::InvalidInput("request: expected a JSON object");
  return Status::OK();
}

// The fields of a request object by canonical name, each checked against
// `known`.
Status Fields(const json& object, const std::set<std::string>& known,
              std::map<std::string, const json*>* out) {
  for (const auto& [key, value] : object.items()) {
    const std::string name = FieldName(key);
    if (!known.count(name)) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      return Status::InvalidArgument("request: unknown field '" + key + "' (known: " + list + ")");
    }
    if (out->count(name)) {
      return Status::InvalidArgument("request: field '" + name + "' given twice");
    }
    (*out)[name] = &value;
  }
  return Status::OK();
}

Status GetBool(const std::map<std::string, const json*>& fields, const std::string& name,
               bool* out) {
  const auto it = fields.find(name);
  if (it == fields.end()) return Status::OK();
  if (!it->second->is_boolean()) {
    return Status::InvalidArgument("request: '" + name + "' must be true or false");
  }
  *out = it->second->get<bool>();
  return Status::OK();
}

// A number in [low, high].
Status GetNumber(const std::map<std::string, const json*>& fields, const std::string& name,
                 double low, double high, double* out) {
  const auto it = fields.find(name);
  if (it == fields.end()) return Status::OK();
  if (!it->second->is_number()) {
    return Status::InvalidArgument("request: '" + name + "' must be a number");
  }
  const double value = it->second->get<double>();
  if (!std::isfinite(value) || value < low || value > high) {
    std::ostringstream range;  // "[0, 1]" and ">= 0", not "0.0".
    if (high == std::numeric_limits<double>::max()) {
      range << ">= " << low;
    } else {
      range << "in [" << low << ", " << high << ']';
    }
    return Status::InvalidArgument("request: '" + name + "' must be a number " + range.str());
  }
  *out = value;
  return Status::OK();
}

// A whole number >= low.
template <typename T>
Status GetCount(const std::map<std::string, const json*>& fields, const std::string& name, T low,
                T* out) {
  const auto it = fields.find(name);
  if (it == fields.end()) return Status::OK();
  const json& v = *it->second;
  if (!v.is_number_integer() || (v.is_number_unsigned() ? false : v.get<int64_t>() < 0) ||
      v.get<uint64_t>() < static_cast<uint64_t>(low) ||
      v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<T>::max())) {
    return Status::InvalidArgument("request: '" + name +
                                   "' must be a whole number >= " + std::to_string(low));
  }
  *out = static_cast<T>(v.get<uint64_t>());
  return Status::OK();
}

Status GetString(const std::map<std::string, const json*>& fields, const std::string& name,
                 std::string* out) {
  const auto it = fields.find(name);
  if (it == fields.end()) return Status::OK();
  if (!it->second->is_string()) {
    return Status::InvalidArgument("request: '" + name + "' must be a string");
  }
  *out = it->second->get<std::string>();
  return Status::OK();
}

const std::set<std::string> kDocumentFields = {"id", "documents", "repair-utf8",
                                               "max-document-bytes"};

// The documents and the reading options shared by summarize and analyze.
Status ParseDocuments(std::string_view body, const std::map<std::string, const json*>& fields,
                      RawCluster* cluster, PreprocessOptions* preprocess) {
  if (!fields.count("documents")) {
    return Status::InvalidArgument("request: 'documents' is required");
  }
  PRECIS_RETURN_IF_ERROR(ParseJsonCluster(body, "request", "request", cluster));
  PRECIS_RETURN_IF_ERROR(GetBool(fields, "repair-utf8", &preprocess->repair_utf8));
  return GetCount<size_t>(fields, "max-document-bytes", 0, &preprocess->max_document_bytes);
}

// "param": {"method.name": value} or ["method.name=value", ...].
Status GetParameters(const std::map<std::string, const json*>& fields,
                     std::map<std::string, std::string>* out) {
  const auto it = fields.find("param");
  if (it == fields.end()) return Status::OK();
  const json& v = *it->second;
  auto add = [&](const std::string& name, const std::string& value) {
    if (name.find('.') == std::string::npos) {
      return Status::InvalidArgument("request: 'param' names METHOD.NAME, got '" + name + "'");
    }
    (*out)[name] = value;
    return Status::OK();
  };
  if (v.is_object()) {
    for (const auto& [name, value] : v.items()) {
      if (value.is_string()) {
        PRECIS_RETURN_IF_ERROR(add(name, value.get<std::string>()));
      } else if (value.is_number() || value.is_boolean()) {
        PRECIS_RETURN_IF_ERROR(add(name, value.dump()));
      } else {
        return Status::InvalidArgument("request: 'param." + name + "' must be a number or string");
      }
    }
    return Status::OK();
  }
  if (v.is_array()) {
    for (const json& entry : v) {
      const std::string text = entry.is_string() ? entry.get<std::string>() : "";
      const size_t eq = text.find('=');
      if (eq == std::string::npos) {
        return Status::InvalidArgument("request: 'param' entries are METHOD.NAME=VALUE");
      }
      PRECIS_RETURN_IF_ERROR(add(text.substr(0, eq), text.substr(eq + 1)));
    }
    return Status::OK();
  }
  return Status::InvalidArgument("request: 'param' must be an object or a list");
}

}  // namespace

Status ParseSummarizeRequest(std::string_view body, RawCluster* cluster,
                             PreprocessOptions* preprocess, SummaryOptions* options) {
  json object;
  PRECIS_RETURN_IF_ERROR(ParseObject(body, &object));
  std::set<std::string> known = kDocumentFields;
  known.insert({"words", "bytes", "sentences", "truncate", "method", "mmr-lambda",
                "position-weight", "support-threshold", "param"});
  std::map<std::string, const json*> fields;
  PRECIS_RETURN_IF_ERROR(Fields(object, known, &fields));
  PRECIS_RETURN_IF_ERROR(ParseDocuments(body, fields, cluster, preprocess));
  const int budgets =
      static_cast<int>(fields.count("words") + fields.count("bytes") + fields.count("sentences"));
  if (budgets > 1) {
    return Status::InvalidArgument("request: give one of 'words', 'bytes' and 'sentences'");
  }
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "words", 1, &options->words));
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "bytes", 1, &options->bytes));
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "sentences", 1, &options->sentences));
  PRECIS_RETURN_IF_ERROR(GetBool(fields, "truncate", &options->truncate));
  PRECIS_RETURN_IF_ERROR(GetString(fields, "method", &options->method));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "mmr-lambda", 0, 1, &options->mmr_lambda));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "position-weight", 0, std::numeric_limits<double>::max(),
                                   &options->position_weight));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "support-threshold", 0, 1, &options->support_threshold));
  return GetParameters(fields, &options->parameters);
}

Status ParseAnalyzeRequest(std::string_view body, RawCluster* cluster,
                           PreprocessOptions* preprocess, AnalyzeOptions* options) {
  json object;
  PRECIS_RETURN_IF_ERROR(ParseObject(body, &object));
  std::set<std::string> known = kDocumentFields;
  known.insert({"shared-threshold", "unique-threshold"});
  std::map<std::string, const json*> fields;
  PRECIS_RETURN_IF_ERROR(Fields(object, known, &fields));
  PRECIS_RETURN_IF_ERROR(ParseDocuments(body, fields, cluster, preprocess));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "shared-threshold", 0, 1, &options->shared_threshold));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "unique-threshold", 0, 1, &options->unique_threshold));
  if (options->shared_threshold <= 0 || options->unique_threshold <= 0) {
    return Status::InvalidArgument("request: thresholds must be in (0, 1]");
  }
  return Status::OK();
}

namespace {

// A summary as one string (split into sentences) or a list of sentences.
Status GetSummary(const json& v, const std::string& where, RougeSummary* out) {
  if (v.is_string()) {
    *out = SplitRougeSummary(v.get<std::string>());
    return Status::OK();
  }
  if (v.is_array()) {
    out->clear();
    for (const json& sentence : v) {
      if (!sentence.is_string()) {
        return Status::InvalidArgument("request: '" + where + "' sentences must be strings");
      }
      out->push_back(sentence.get<std::string>());
    }
    return Status::OK();
  }
  return Status::InvalidArgument("request: '" + where + "' must be a string or a list of strings");
}

Status GetItem(const json& object, const std::string& where, RougeItem* item) {
  const auto system = object.find("system");
  const auto references = object.find("references");
  if (system == object.end() || references == object.end()) {
    return Status::InvalidArgument("request: " + where + " needs 'system' and 'references'");
  }
  PRECIS_RETURN_IF_ERROR(GetSummary(*system, where + "system", &item->system));
  if (!references->is_array() || references->empty()) {
    return Status::InvalidArgument("request: '" + where + "references' must be a non-empty list");
  }
  for (const json& reference : *references) {
    item->references.emplace_back();
    PRECIS_RETURN_IF_ERROR(GetSummary(reference, where + "references", &item->references.back()));
  }
  return Status::OK();
}

}  // namespace

Status ParseRougeRequest(std::string_view body, std::vector<RougeItem>* items,
                         RougeEvalOptions* options) {
  json object;
  PRECIS_RETURN_IF_ERROR(ParseObject(body, &object));
  const std::set<std::string> known = {
      "system",           "references", "items", "metrics", "stem",
      "remove-stopwords", "words",      "bytes", "alpha",   "multi",
      "confidence",       "resamples",  "seed"};
  std::map<std::string, const json*> fields;
  PRECIS_RETURN_IF_ERROR(Fields(object, known, &fields));
  items->clear();
  if (fields.count("items")) {
    if (fields.count("system") || fields.count("references")) {
      return Status::InvalidArgument("request: give 'items' or 'system' and 'references'");
    }
    const json& list = *fields["items"];
    if (!list.is_array() || list.empty()) {
      return Status::InvalidArgument("request: 'items' must be a non-empty list");
    }
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string where = "items[" + std::to_string(i) + "].";
      if (!list[i].is_object())
        return Status::InvalidArgument("request: " + where + " not an object");
      RougeItem item;
      const auto id = list[i].find("id");
      item.id = id != list[i].end() && id->is_string() ? id->get<std::string>() : std::to_string(i);
      PRECIS_RETURN_IF_ERROR(GetItem(list[i], where, &item));
      items->push_back(std::move(item));
    }
  } else {
    RougeItem item;
    item.id = "summary";
    PRECIS_RETURN_IF_ERROR(GetItem(object, "", &item));
    items->push_back(std::move(item));
  }
  std::string metrics = "1,2,L,SU4";
  PRECIS_RETURN_IF_ERROR(GetString(fields, "metrics", &metrics));
  PRECIS_RETURN_IF_ERROR(ParseRougeMetrics(metrics, &options->rouge, &options->metrics));
  PRECIS_RETURN_IF_ERROR(GetBool(fields, "stem", &options->rouge.stem));
  PRECIS_RETURN_IF_ERROR(GetBool(fields, "remove-stopwords", &options->rouge.remove_stopwords));
  if (fields.count("words") && fields.count("bytes")) {
    return Status::InvalidArgument("request: give 'words' or 'bytes', not both");
  }
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "words", 1, &options->rouge.words));
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "bytes", 1, &options->rouge.bytes));
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "alpha", 0, 1, &options->rouge.alpha));
  std::string multi = "average";
  PRECIS_RETURN_IF_ERROR(GetString(fields, "multi", &multi));
  if (multi != "average" && multi != "best") {
    return Status::InvalidArgument("request: 'multi' is \"average\" or \"best\"");
  }
  options->rouge.best_reference = multi == "best";
  double confidence = 95;
  PRECIS_RETURN_IF_ERROR(GetNumber(fields, "confidence", 1, 99.999, &confidence));
  options->confidence = confidence / 100.0;
  // The bootstrap costs time proportional to its resamples: bounded here.
  options->resamples = 1000;
  PRECIS_RETURN_IF_ERROR(GetCount<size_t>(fields, "resamples", 0, &options->resamples));
  if (options->resamples > 100000) {
    return Status::InvalidArgument("request: 'resamples' must be at most 100000");
  }
  return GetCount<uint64_t>(fields, "seed", 0, &options->seed);
}

Status RunSummarizeRequest(std::string_view body, std::string* reply, bool* bad_request) {
  RawCluster raw;
  PreprocessOptions preprocess;
  SummaryOptions options;
  Status s = ParseSummarizeRequest(body, &raw, &preprocess, &options);
  *bad_request = !s.ok();
  if (!s.ok()) return s;
  Summary summary;
  PRECIS_RETURN_IF_ERROR(SummarizeRawCluster(raw, preprocess, options, &summary));
  *reply = SummaryToJson(summary);
  return Status::OK();
}

Status RunAnalyzeRequest(std::string_view body, std::string* reply, bool* bad_request) {
  RawCluster raw;
  PreprocessOptions preprocess;
  AnalyzeOptions options;
  Status s = ParseAnalyzeRequest(body, &raw, &preprocess, &options);
  *bad_request = !s.ok();
  if (!s.ok()) return s;
  Analysis analysis;
  PRECIS_RETURN_IF_ERROR(AnalyzeRawCluster(raw, preprocess, options, &analysis));
  *reply = AnalysisToJson(analysis);
  return Status::OK();
}

Status RunRougeRequest(std::string_view body, std::string* reply, bool* bad_request) {
  std::vector<RougeItem> items;
  RougeEvalOptions options;
  options.threads = 1;
  Status s = ParseRougeRequest(body, &items, &options);
  *bad_request = !s.ok();
  if (!s.ok()) return s;
  RougeReport report;
  PRECIS_RETURN_IF_ERROR(EvaluateRouge(items, options, &report));
  *reply = RougeReportToJson(report);
  return Status::OK();
}

}  // namespace precis
