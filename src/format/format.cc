// Copyright 2026 The Precis Authors.
#include "precis/format.h"

#include <nlohmann/json.hpp>

#include <string>

namespace precis {
namespace {

using nlohmann::json;

std::string Dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string SpanText(const Span& span) {
  return std::to_string(span.begin) + "-" + std::to_string(span.end);
}

// Greedy word wrap of one paragraph at `width` columns (counting bytes of
// ASCII and code points of the rest).
std::string Wrap(const std::string& text, size_t width) {
  std::string out;
  size_t column = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view word(text.data() + pos, end - pos);
    size_t length = 0;
    for (char c : word) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (column > 0 && column + 1 + length > width) {
      out += '\n';
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += length;
    pos = end + 1;
  }
  return out;
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

}  // namespace

Status ParseOutputFormat(std::string_view name, OutputFormat* format) {
  if (name == "text") {
    *format = OutputFormat::kText;
  } else if (name == "json") {
    *format = OutputFormat::kJson;
  } else if (name == "markdown") {
    *format = OutputFormat::kMarkdown;
  } else {
    return Status::InvalidArgument("unknown format '" + std::string(name) +
                                   "' (known: text, json, markdown)");
  }
  return Status::OK();
}

std::string SummaryToJson(const Summary& summary) {
  json sentences = json::array();
  for (const SummarySentence& s : summary.sentences) {
    json j = {{"text", s.text},
              {"doc", s.doc},
              {"start", s.span.begin},
              {"end", s.span.end},
              {"supported_by", s.supported_by}};
    if (s.truncated) j["truncated"] = true;
    sentences.push_back(std::move(j));
  }
  json out = {{"id", summary.cluster_id},     {"method", summary.method},
              {"words", summary.words},       {"bytes", summary.bytes},
              {"summary", summary.text()},    {"sentences", std::move(sentences)}};
  if (!summary.empty_documents.empty()) out["empty_documents"] = summary.empty_documents;
  if (!summary.notes.empty()) out["notes"] = summary.notes;
  return Dump(out);
}

std::string SummaryToText(const Summary& summary) {
  std::string paragraph;
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    if (i > 0) paragraph += ' ';
    paragraph += summary.sentences[i].text + " [" + std::to_string(i + 1) + "]";
  }
  std::string out = Wrap(paragraph, 78) + "\n\nSources:\n";
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    out += "[" + std::to_string(i + 1) + "] " + s.doc + " bytes " + SpanText(s.span);
    if (s.truncated) out += " (cut short)";
    if (!s.supported_by.empty()) out += "; also in " + JoinIds(s.supported_by);
    out += '\n';
  }
  if (!summary.empty_documents.empty()) {
    out += "No text left after cleaning in: " + JoinIds(summary.empty_documents) + "\n";
  }
  for (const std::string& note : summary.notes) out += "Note: " + note + "\n";
  return out;
}

std::string SummaryToMarkdown(const Summary& summary) {
  std::string out;
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    if (i > 0) out += ' ';
    out += s.text + " [" + s.doc;
    if (!s.supported_by.empty()) out += "; also " + JoinIds(s.supported_by);
    out += "]";
  }
  out += "\n\n| # | document | bytes | also in |\n|---|---|---|---|\n";
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    out += "| " + std::to_string(i + 1) + " | " + s.doc + " | " + SpanText(s.span) +
           " | " + JoinIds(s.supported_by) + " |\n";
  }
  return out;
}

std::string SentencesToJsonLines(const Cluster& cluster) {
  std::string out;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& s : doc.sentences) {
      json j = {{"text", s.text},           {"doc", doc.id},
                {"start", s.span.begin},    {"end", s.span.end},
                {"paragraph", s.paragraph}, {"position", s.position},
                {"heading", s.is_heading}};
      out += Dump(j);
      out += '\n';
    }
  }
  return out;
}

std::string SentencesToText(const Cluster& cluster) {
  std::string out;
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    if (d > 0) out += '\n';
    for (const Sentence& s : cluster.documents[d].sentences) {
      out += s.text;
      out += '\n';
    }
  }
  return out;
}

}  // namespace precis
