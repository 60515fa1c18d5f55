// Copyright 2026 The Precis Authors.
//
// JSONL and Multi-News lines, and ClusterStream.
#include "io/line_clusters.h"

#include <simdjson.h>

#include <algorithm>
#include <ios>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "base/bounded_append.h"
#include "io/format_detector.h"

namespace precis {
namespace {

using nlohmann::json;

constexpr std::string_view kMultiNewsSeparator = "|||||";
constexpr std::string_view kMultiNewsNewline = "NEWLINE_CHAR";
constexpr size_t kMaxReasonBytes = 160;

// The parser's explanation of a syntax error, short, one line and ASCII:
// "column 14: syntax error while parsing object - unexpected end of input".
std::string ShortParseReason(const json::parse_error& error) {
  std::string_view what = error.what();
  if (size_t bracket = what.find("] "); bracket != std::string_view::npos) {
    what.remove_prefix(bracket + 2);
  }
  // Each JSONL line is one line to the parser: its line number says nothing.
  constexpr std::string_view kLineOne = "parse error at line 1, ";
  if (what.substr(0, kLineOne.size()) == kLineOne) what.remove_prefix(kLineOne.size());
  std::string reason;
  for (char c : what.substr(0, kMaxReasonBytes)) {
    const unsigned char u = static_cast<unsigned char>(c);
    reason += u < 0x20 || u >= 0x7F ? '?' : c;
  }
  if (what.size() > kMaxReasonBytes) reason += "...";
  return reason;
}

// For a line simdjson rejected: nlohmann's parser, more lenient in one way
// (an integer beyond 64 bits becomes a double), either accepts it and
// writes it back out as JSON simdjson reads (*rewritten), or explains
// where the syntax is wrong (*reason); simdjson names only the kind of
// error. Returns whether the line was accepted.
bool RewriteOrExplain(std::string_view line, std::string* rewritten, std::string* reason) {
  try {
    *rewritten = json::parse(line.begin(), line.end()).dump();
    return true;
  } catch (const json::parse_error& e) {
    *reason = ShortParseReason(e);
  }
  return false;
}

// This thread's parser, ready for a line of `line_size` bytes nested at most
// `max_depth` deep, or null when its buffers cannot be allocated. A parser
// keeps buffers sized for the longest line it read, which saves allocating
// them per line; after a huge line, a small one gets a new parser so that
// memory stays flat.
simdjson::dom::parser* ThreadParser(size_t line_size, int max_depth) {
  constexpr size_t kKeptCapacity = size_t{16} << 20;
  thread_local simdjson::dom::parser parser;
  thread_local bool ready = false;
  // Deeper than the nesting check lets through, so that simdjson never
  // refuses what the check accepted.
  const size_t depth = std::max<size_t>(simdjson::DEFAULT_MAX_DEPTH, size_t(max_depth) + 1);
  if ((parser.capacity() > kKeptCapacity && line_size <= kKeptCapacity) ||
      parser.max_depth() < depth) {
    parser = simdjson::dom::parser();
    ready = false;
  }
  if (!ready) {
    if (parser.allocate(std::max(line_size, size_t{1} << 16), depth)) return nullptr;
    ready = true;
  }
  return &parser;
}

std::string TypeName(simdjson::dom::element value) {
  using simdjson::dom::element_type;
  switch (value.type()) {
    case element_type::ARRAY:
      return "array";
    case element_type::OBJECT:
      return "object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return "number";
    case element_type::STRING:
      return "string";
    case element_type::BOOL:
      return "boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "value";
}

std::string_view StringOf(simdjson::dom::element value) {
  return value.get_string().value_unsafe();
}

// The members of a JSON object a cluster or document reads, the last of
// each name when a name repeats (as JSON parsers commonly keep it).
struct Members {
  std::optional<simdjson::dom::element> id, documents, text, html, date;
};

Members ReadMembers(simdjson::dom::object object) {
  Members m;
  for (simdjson::dom::key_value_pair field : object) {
    if (field.key == "id") {
      m.id = field.value;
    } else if (field.key == "documents") {
      m.documents = field.value;
    } else if (field.key == "text") {
      m.text = field.value;
    } else if (field.key == "html") {
      m.html = field.value;
    } else if (field.key == "date") {
      m.date = field.value;
    }
  }
  return m;
}

// Reads an "id" member into *id: a non-empty string or an integer. A
// missing or null "id" leaves *id unchanged.
Status ReadId(const std::optional<simdjson::dom::element>& value, const std::string& field,
              std::string* id) {
  if (!value.has_value() || value->is_null()) return Status::OK();
  if (value->is_string() && !StringOf(*value).empty()) {
    *id = std::string(StringOf(*value));
  } else if (value->is_uint64()) {
    *id = std::to_string(value->get_uint64().value_unsafe());
  } else if (value->is_int64()) {
    *id = std::to_string(value->get_int64().value_unsafe());
  } else {
    return Status::InvalidInput(field + " must be a non-empty string or an integer, not " +
                                (value->is_string() ? std::string("\"\"") : TypeName(*value)));
  }
  return Status::OK();
}

}  // namespace

std::string FileStem(std::string_view origin) {
  size_t slash = origin.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? origin : origin.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base.empty() ? origin : base);
}

Status ParseJsonCluster(std::string_view line, std::string_view origin,
                        std::string_view fallback_id, RawCluster* cluster, int max_depth) {
  const std::string where(origin);
  *cluster = RawCluster();
  // Counted first, so that hostile JSON cannot exhaust a parser's stack.
  if (JsonNestingDepth(line, max_depth) > max_depth) {
    return Status::InvalidInput(where + ": JSON nested deeper than " + std::to_string(max_depth) +
                                " levels (--max-json-depth)");
  }
  // simdjson's DOM parser reads the line into a flat tape at gigabytes a
  // second (nlohmann's took a tenth of a batch run's time).
  simdjson::dom::parser* parser = ThreadParser(line.size(), max_depth);
  if (parser == nullptr) return Status::Internal(where + ": out of memory reading the line");
  simdjson::dom::element root;
  if (const simdjson::error_code error = parser->parse(line.data(), line.size()).get(root)) {
    std::string rewritten, reason;
    if (!RewriteOrExplain(line, &rewritten, &reason)) {
      return Status::InvalidInput(where + ": malformed JSON: " + reason);
    }
    if (parser->parse(rewritten).get(root)) {
      return Status::InvalidInput(where + ": malformed JSON: " + simdjson::error_message(error));
    }
  }
  if (!root.is_object()) {
    return Status::InvalidInput(where + ": a cluster must be a JSON object, not " + TypeName(root));
  }
  const Members members = ReadMembers(root.get_object().value_unsafe());
  cluster->id = std::string(fallback_id);
  PRECIS_RETURN_IF_ERROR(ReadId(members.id, where + ": \"id\"", &cluster->id));
  if (!members.documents.has_value()) {
    return Status::InvalidInput(where + ": cluster " + cluster->id + " has no \"documents\" array");
  }
  if (!members.documents->is_array()) {
    return Status::InvalidInput(where + ": \"documents\" must be an array, not " +
                                TypeName(*members.documents));
  }
  const simdjson::dom::array docs = members.documents->get_array().value_unsafe();
  cluster->documents.reserve(docs.size());
  size_t i = 0;
  for (simdjson::dom::element d : docs) {
    const std::string field = where + ": documents[" + std::to_string(i) + "]";
    RawDocument doc;
    doc.id = cluster->id + "-d" + std::to_string(i);
    doc.origin = where;
    ++i;
    if (d.is_string()) {
      doc.original = std::string(StringOf(d));
    } else if (d.is_object()) {
      const Members m = ReadMembers(d.get_object().value_unsafe());
      PRECIS_RETURN_IF_ERROR(ReadId(m.id, field + ".id", &doc.id));
      if (m.date.has_value() && m.date->is_string()) doc.date = std::string(StringOf(*m.date));
      if (m.text.has_value() && !m.text->is_null()) {
        if (!m.text->is_string()) {
          return Status::InvalidInput(field + ".text must be a string, not " + TypeName(*m.text));
        }
        doc.original = std::string(StringOf(*m.text));
      } else if (m.html.has_value() && !m.html->is_null()) {
        if (!m.html->is_string()) {
          return Status::InvalidInput(field + ".html must be a string, not " + TypeName(*m.html));
        }
        doc.original = std::string(StringOf(*m.html));
        doc.format = DocumentFormat::kHtml;
      } else {
        return Status::InvalidInput(field + " needs a \"text\" or \"html\" string");
      }
    } else {
      return Status::InvalidInput(field + " must be an object or a string, not " + TypeName(d));
    }
    cluster->documents.push_back(std::move(doc));
  }
  if (cluster->documents.empty()) {
    return Status::EmptyInput(where + ": cluster " + cluster->id + " has no documents");
  }
  return CheckUniqueDocumentIds(*cluster, where + ": cluster " + cluster->id);
}

Status ParseMultiNewsCluster(std::string_view line, std::string_view origin,
                             std::string_view cluster_id, RawCluster* cluster) {
  const std::string where(origin);
  *cluster = RawCluster();
  cluster->id = std::string(cluster_id);
  size_t pos = 0;
  for (size_t index = 0;; ++index) {
    size_t end = line.find(kMultiNewsSeparator, pos);
    const bool last = end == std::string_view::npos;
    if (last) end = line.size();
    const std::string_view segment = line.substr(pos, end - pos);
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
    const std::string_view trimmed = Trim(text);
    if (!trimmed.empty()) {
      RawDocument doc;
      // Ids keep the segment's position, so skipped empty segments leave
      // gaps, as files missing from a numbered directory do.
      doc.id = cluster->id + "-d" + std::to_string(index);
      doc.original = std::string(trimmed);
      doc.origin = where;
      cluster->documents.push_back(std::move(doc));
    }
    if (last) break;
    pos = end + kMultiNewsSeparator.size();
  }
  if (cluster->documents.empty()) {
    return Status::EmptyInput(where + ": cluster " + cluster->id +
                              " has no documents between the \"|||||\" separators");
  }
  return Status::OK();
}

Status ParseClusterLine(InputFormat format, std::string_view line, std::string_view origin,
                        size_t line_number, int max_json_depth, RawCluster* cluster) {
  const std::string number = std::to_string(line_number);
  const std::string where = std::string(origin) + ":" + number;
  const std::string fallback_id = FileStem(origin) + "-" + number;
  if (format == InputFormat::kMultiNews) {
    return ParseMultiNewsCluster(line, where, fallback_id, cluster);
  }
  return ParseJsonCluster(line, where, fallback_id, cluster, max_json_depth);
}

namespace {

// Reads one line of `in` without its '\n' into *line, keeping at most
// `limit` bytes of it (0: no limit) and consuming the rest. Returns false
// when the input is exhausted (or failed) before any byte was read.
bool ReadBoundedLine(std::istream& in, size_t limit, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  char chunk[1 << 16];
  bool got_any = false;
  while (true) {
    in.getline(chunk, sizeof chunk);
    const size_t count = static_cast<size_t>(in.gcount());
    if (count > 0) got_any = true;
    const bool chunk_full = in.fail() && !in.eof() && !in.bad() && count == sizeof chunk - 1;
    // Without a full chunk the line ended: at '\n' (counted, not stored) or
    // at the end of the input or a failure (nothing more to read).
    const size_t stored = chunk_full || in.fail() || in.eof() ? count : count - 1;
    if (limit > 0 && line->size() + stored > limit) {
      *too_long = true;
      AppendBounded(line, std::string_view(chunk, limit - line->size()), limit);
    } else if (!*too_long) {
      AppendBounded(line, std::string_view(chunk, stored), limit);
    }
    if (!chunk_full) return got_any;
    in.clear(in.rdstate() & ~std::ios::failbit);
  }
}

}  // namespace

ClusterStream::ClusterStream(std::istream* in, InputFormat format, std::string origin,
                             const ReadOptions& options)
    : in_(in), format_(format), origin_(std::move(origin)), options_(options) {}

bool ClusterStream::Next(RawCluster* cluster, Status* status, size_t* line_number) {
  *cluster = RawCluster();
  Line line;
  do {
    if (!NextLine(&line, status)) return false;
  } while (line.blank && status->ok());
  *line_number = line.number;
  if (status->ok()) *status = Parse(line, cluster);
  return true;
}

bool ClusterStream::NextLine(Line* line, Status* status) {
  *status = Status::OK();
  if (format_ != InputFormat::kAuto && format_ != InputFormat::kJsonl &&
      format_ != InputFormat::kMultiNews) {
    *status = Status::InvalidArgument(origin_ + ": " + InputFormatName(format_) +
                                      " input cannot be read line by line");
    return false;
  }
  bool too_long = false;
  const bool got_line = ReadBoundedLine(*in_, options_.max_input_bytes, &line->text, &too_long);
  if (in_->bad()) {  // A partial line is not worth parsing.
    *status = Status::IOError(origin_ + ": read error after line " + std::to_string(line_number_));
    return false;
  }
  if (!got_line) return false;
  ++line_number_;
  line->number = line_number_;
  line->blank = false;
  if (too_long) {
    *status = Status::InvalidInput(
        origin_ + ":" + std::to_string(line_number_) + ": line over the limit of " +
        std::to_string(options_.max_input_bytes) + " bytes (--max-input-bytes)");
    return true;
  }
  const std::string_view trimmed = Trim(line->text);
  if (trimmed.empty()) {
    line->blank = true;
    return true;
  }
  if (format_ == InputFormat::kAuto) {
    format_ = LooksLikeJsonCluster(trimmed) ? InputFormat::kJsonl : InputFormat::kMultiNews;
  }
  line->format = format_;
  return true;
}

Status ClusterStream::Parse(const Line& line, RawCluster* cluster) const {
  if (line.blank) {
    return Status::InvalidInput(origin_ + ":" + std::to_string(line.number) +
                                ": blank line, no cluster");
  }
  return ParseClusterLine(line.format, line.text, origin_, line.number, options_.max_json_depth,
                          cluster);
}

}  // namespace precis
