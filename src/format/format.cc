// Copyright 2026 The Precis Authors.
#include "precis/format.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace precis {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string TwoDecimals(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.2f", x);
  return buffer;
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

namespace {

json SummaryObject(const Summary& summary) {
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
  json out = {{"id", summary.cluster_id},  {"method", summary.method},
              {"words", summary.words},    {"bytes", summary.bytes},
              {"summary", summary.text()}, {"sentences", std::move(sentences)}};
  if (!summary.empty_documents.empty()) out["empty_documents"] = summary.empty_documents;
  if (!summary.notes.empty()) out["notes"] = summary.notes;
  return out;
}

}  // namespace

std::string SummaryToJson(const Summary& summary) { return Dump(SummaryObject(summary)); }

std::string SummaryToJson(const Summary& summary, size_t line) {
  json out = SummaryObject(summary);
  out["line"] = line;
  return Dump(out);
}

std::string SummaryToText(const Summary& summary) {
  std::string paragraph;
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    if (i > 0) paragraph += ' ';
    paragraph += summary.sentences[i].text + " [" + std::to_string(i + 1) + "]";
  }
  // An empty summary (no sentence fits the budget) is only its notes.
  std::string out = summary.sentences.empty() ? "" : Wrap(paragraph, 78) + "\n\nSources:\n";
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
  if (!summary.sentences.empty()) {
    out += "\n\n| # | document | bytes | also in |\n|---|---|---|---|\n";
    for (size_t i = 0; i < summary.sentences.size(); ++i) {
      const SummarySentence& s = summary.sentences[i];
      out += "| " + std::to_string(i + 1) + " | " + s.doc + " | " + SpanText(s.span) + " | " +
             JoinIds(s.supported_by) + " |\n";
    }
  }
  // What the text format says after its sources, as paragraphs of their own.
  auto paragraph = [&out](const std::string& text) {
    if (!out.empty()) out += '\n';
    out += text + '\n';
  };
  if (!summary.empty_documents.empty()) {
    paragraph("No text left after cleaning in: " + JoinIds(summary.empty_documents));
  }
  for (const std::string& note : summary.notes) paragraph("*Note: " + note + "*");
  return out;
}

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson SpanJson(const SourceSpan& s) {
  return {{"doc", s.doc}, {"start", s.span.begin}, {"end", s.span.end}};
}

OrderedJson SpansJson(const std::vector<SourceSpan>& spans) {
  OrderedJson out = OrderedJson::array();
  for (const SourceSpan& s : spans) out.push_back(SpanJson(s));
  return out;
}

// `text` wrapped at `width` columns, continuation lines indented by
// `indent` spaces; the first line's own prefix is the caller's.
std::string Indented(const std::string& text, size_t indent, size_t width = 78) {
  std::string wrapped = Wrap(text, width - indent);
  std::string out;
  for (char c : wrapped) {
    out += c;
    if (c == '\n') out += std::string(indent, ' ');
  }
  return out;
}

std::string Quoted(const std::string& text) { return "\u201C" + text + "\u201D"; }

}  // namespace

std::string AnalysisToJson(const Analysis& a) {
  OrderedJson shared = OrderedJson::array();
  for (const SharedFact& f : a.shared) {
    shared.push_back({{"text", f.text},
                      {"doc", f.source.doc},
                      {"start", f.source.span.begin},
                      {"end", f.source.span.end},
                      {"docs", f.docs},
                      {"sentences", SpansJson(f.sentences)}});
  }
  OrderedJson unique = OrderedJson::object();
  for (const DocumentUniqueFacts& d : a.unique) {
    OrderedJson facts = OrderedJson::array();
    for (const UniqueFact& f : d.facts) {
      facts.push_back(
          {{"text", f.text}, {"start", f.source.span.begin}, {"end", f.source.span.end}});
    }
    unique[d.doc] = std::move(facts);
  }
  OrderedJson differences = OrderedJson::array();
  for (const Difference& d : a.differences) {
    OrderedJson values = OrderedJson::array();
    for (const DifferenceValue& v : d.values) {
      values.push_back({{"value", v.value},
                        {"normalized", v.normalized},
                        {"docs", v.docs},
                        {"spans", SpansJson(v.spans)}});
    }
    differences.push_back({{"kind", DifferenceKindName(d.kind)},
                           {"values", std::move(values)},
                           {"context", d.context},
                           {"confidence", d.confidence}});
  }
  OrderedJson quotes = OrderedJson::array();
  for (const Quotation& q : a.quotes) {
    quotes.push_back({{"text", q.text},
                      {"speaker", q.speaker},
                      {"attribution", q.attribution},
                      {"docs", q.docs},
                      {"spans", SpansJson(q.spans)}});
  }
  OrderedJson out = {{"id", a.cluster_id}, {"documents", a.documents}};
  if (!a.empty_documents.empty()) out["empty_documents"] = a.empty_documents;
  out["shared"] = std::move(shared);
  out["unique"] = std::move(unique);
  out["differences"] = std::move(differences);
  out["quotes"] = std::move(quotes);
  if (!a.notes.empty()) out["notes"] = a.notes;
  return out.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

std::string AnalysisToText(const Analysis& a) {
  std::string out = "Cluster " + a.cluster_id + ": " + std::to_string(a.documents.size()) +
                    " documents (" + JoinIds(a.documents) + ")\n";
  if (!a.empty_documents.empty()) {
    out += "No text left after cleaning in: " + JoinIds(a.empty_documents) + "\n";
  }
  for (const std::string& note : a.notes) out += "Note: " + note + "\n";
  out += "\nShared facts (" + std::to_string(a.shared.size()) + ")\n";
  for (size_t i = 0; i < a.shared.size(); ++i) {
    const SharedFact& f = a.shared[i];
    const std::string prefix = std::to_string(i + 1) + ". ";
    out += prefix + Indented(f.text + " [" + JoinIds(f.docs) + "]", prefix.size()) + "\n";
  }
  out += "\nDifferences (" + std::to_string(a.differences.size()) + ")\n";
  for (const Difference& d : a.differences) {
    std::string line =
        std::string(DifferenceKindName(d.kind)) + " (" + TwoDecimals(d.confidence) + "): ";
    for (size_t k = 0; k < d.values.size(); ++k) {
      if (k > 0) line += " vs ";
      line += Quoted(d.values[k].value) + " (" + JoinIds(d.values[k].docs) + ")";
    }
    out += "- " + Indented(line, 2) + "\n  " + Indented("in: " + d.context, 2) + "\n";
  }
  out += "\nQuotations (" + std::to_string(a.quotes.size()) + ")\n";
  for (const Quotation& q : a.quotes) {
    std::string line = Quoted(q.text) + " \u2014 " +
                       (q.speaker.empty() ? "speaker unknown" : q.speaker) + " [" +
                       JoinIds(q.docs) + "]";
    out += "- " + Indented(line, 2) + "\n";
  }
  out += "\nUnique facts\n";
  for (const DocumentUniqueFacts& d : a.unique) {
    out += d.doc + " (" + std::to_string(d.facts.size()) + ")\n";
    for (const UniqueFact& f : d.facts) out += "- " + Indented(f.text, 2) + "\n";
  }
  return out;
}

std::string AnalysisToMarkdown(const Analysis& a) {
  std::string out = "## Cluster " + a.cluster_id + "\n\nDocuments: " + JoinIds(a.documents) + "\n";
  if (!a.empty_documents.empty()) {
    out += "\nNo text left after cleaning in: " + JoinIds(a.empty_documents) + "\n";
  }
  for (const std::string& note : a.notes) out += "\nNote: " + note + "\n";
  out += "\n### Shared facts\n\n";
  for (const SharedFact& f : a.shared) out += "- " + f.text + " *(" + JoinIds(f.docs) + ")*\n";
  out += "\n### Differences\n\n";
  for (const Difference& d : a.differences) {
    out += "- **" + std::string(DifferenceKindName(d.kind)) + "** (" + TwoDecimals(d.confidence) +
           "): ";
    for (size_t k = 0; k < d.values.size(); ++k) {
      if (k > 0) out += " vs ";
      out += "\"" + d.values[k].value + "\" (" + JoinIds(d.values[k].docs) + ")";
    }
    out += "  \n  in: " + d.context + "\n";
  }
  out += "\n### Quotations\n\n";
  for (const Quotation& q : a.quotes) {
    out += "> " + q.text + "\n>\n> \u2014 " + (q.speaker.empty() ? "speaker unknown" : q.speaker) +
           " *(" + JoinIds(q.docs) + ")*\n\n";
  }
  out += "### Unique facts\n";
  for (const DocumentUniqueFacts& d : a.unique) {
    out += "\n**" + d.doc + "**\n\n";
    for (const UniqueFact& f : d.facts) out += "- " + f.text + "\n";
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
