// Copyright 2026 The Precis Authors.
#include "precis/preprocess.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/mapped_text.h"
#include "base/utf8.h"
#include "html/declared_charset.h"
#include "html/html_extractor.h"
#include "io/document_date.h"
#include "io/duc_sgml.h"
#include "normalize/boilerplate.h"
#include "normalize/single_byte_charset.h"
#include "normalize/text_cleaner.h"
#include "segment/sentence_splitter.h"

namespace precis {
namespace {

std::string NameOf(const RawDocument& raw) {
  return raw.origin.empty() ? "document " + raw.id : raw.origin;
}

// Checks the bytes and extracts the text to clean, with origins in
// raw.original. Fills *title with a headline found by the format reader.
// `named`: the encoding options.encoding names, nullptr for none.
Status ExtractText(const RawDocument& raw, const PreprocessOptions& options,
                   const SingleByteCharset* named, MappedText* text, std::string* title,
                   Span* title_span) {
  const std::string& bytes = raw.original;
  if (options.max_document_bytes > 0 && bytes.size() > options.max_document_bytes) {
    return Status::InvalidInput(NameOf(raw) + ": document of " + std::to_string(bytes.size()) +
                                " bytes is over the limit of " +
                                std::to_string(options.max_document_bytes) +
                                " (--max-document-bytes)");
  }
  if (size_t nul = FindNul(bytes); nul != std::string::npos) {
    return Status::InvalidInput(NameOf(raw) + ": binary data (NUL byte at offset " +
                                std::to_string(nul) + ")");
  }
  MappedText decoded;
  if (size_t bad = FindInvalidUtf8(bytes); bad != kValidUtf8) {
    // Not UTF-8: the encoding the page declares, else the one asked for.
    const std::string declared = raw.format == DocumentFormat::kHtml ? DeclaredCharset(bytes) : "";
    std::shared_ptr<const SingleByteCharset> own;
    if (!declared.empty()) own = SingleByteCharset::ForLabel(declared);
    const SingleByteCharset* charset = own != nullptr ? own.get() : named;
    if (charset != nullptr) {
      decoded = charset->Decode(bytes);
    } else if (options.repair_utf8) {
      decoded = RepairUtf8(bytes);
    } else {
      const std::string why =
          declared.empty() ? "" : ", and its declared charset '" + declared + "' is not read";
      return Status::InvalidInput(NameOf(raw) + ": invalid UTF-8 at byte offset " +
                                  std::to_string(bad) + why +
                                  " (use --encoding to name a single-byte encoding, or "
                                  "--repair-utf8 to replace bad bytes)");
    }
  } else {
    decoded = MappedText::Identity(bytes);
  }
  title->clear();
  *title_span = Span{};
  switch (raw.format) {
    case DocumentFormat::kText:
      *text = std::move(decoded);
      return Status::OK();
    case DocumentFormat::kHtml: {
      HtmlContent content;
      PRECIS_RETURN_IF_ERROR(ExtractHtmlContent(decoded, &content).WithContext(NameOf(raw)));
      *text = std::move(content.text);
      *title = std::move(content.title);
      *title_span = content.title_span;
      return Status::OK();
    }
    case DocumentFormat::kDuc: {
      DucContent content;
      PRECIS_RETURN_IF_ERROR(ExtractDucContent(decoded, &content).WithContext(NameOf(raw)));
      *text = std::move(content.text);
      *title = std::move(content.title);
      *title_span = content.title_span;
      return Status::OK();
    }
  }
  return Status::Internal("unknown document format");
}

Status CheckClusterLimits(const RawCluster& raw, const PreprocessOptions& options) {
  const std::string name = raw.id.empty() ? "the cluster" : "cluster " + raw.id;
  if (options.max_documents > 0 && raw.documents.size() > options.max_documents) {
    return Status::InvalidInput(name + " has " + std::to_string(raw.documents.size()) +
                                " documents, over the limit of " +
                                std::to_string(options.max_documents) + " (--max-documents)");
  }
  size_t bytes = 0;
  for (const RawDocument& doc : raw.documents) bytes += doc.original.size();
  if (options.max_cluster_bytes > 0 && bytes > options.max_cluster_bytes) {
    return Status::InvalidInput(
        name + " has " + std::to_string(bytes) + " bytes of documents, over the limit of " +
        std::to_string(options.max_cluster_bytes) + " (--max-cluster-bytes)");
  }
  return Status::OK();
}

// Whether sentence `k` of `ranges` is a page's prompt or notice inside
// lines of story text, which the line rules keep whole (a sign-up form
// flattened into one line: "Newsletter Sign Up ... Invalid email address.
// Please re-enter. ... Please try again later."). Such a sentence
// (IsBoilerplateSentence, which `prompt(j)` answers for sentence j) is
// dropped where it ends its paragraph of two sentences or more, or borders
// another: a prompt that opens a paragraph may run on into the story where
// a page's lines were joined ("Like us on Facebook England will soon have
// a museum ...").
template <typename IsPrompt>
bool PromptInStoryLine(const std::vector<SentenceRange>& ranges, size_t k, IsPrompt prompt) {
  const bool first = k == 0 || ranges[k - 1].paragraph != ranges[k].paragraph;
  const bool last = k + 1 == ranges.size() || ranges[k + 1].paragraph != ranges[k].paragraph;
  // A paragraph of one sentence was one line the line rules read whole, or
  // lines of a hard-wrapped text they read one by one.
  if ((first && last) || !prompt(k)) return false;
  return last || (!first && prompt(k - 1)) || prompt(k + 1);
}

}  // namespace

Status PreprocessCluster(const RawCluster& raw, const PreprocessOptions& options,
                         Cluster* cluster) {
  cluster->id = raw.id;
  cluster->documents.clear();
  if (raw.documents.empty()) {
    return Status::EmptyInput("cluster " + raw.id + " has no documents");
  }
  PRECIS_RETURN_IF_ERROR(CheckClusterLimits(raw, options));
  std::shared_ptr<const SingleByteCharset> named;
  if (!options.encoding.empty() &&
      (named = SingleByteCharset::ForLabel(options.encoding)) == nullptr) {
    return Status::InvalidArgument("encoding '" + options.encoding +
                                   "' is not a single-byte encoding this system can read "
                                   "(windows-1252, iso-8859-2, koi8-r, ...)");
  }
  // Clean every document first: the splitter learns from the whole cluster.
  std::vector<CleanedText> cleaned(raw.documents.size());
  SentenceSplitter splitter(options.max_sentence_bytes);
  for (size_t i = 0; i < raw.documents.size(); ++i) {
    const RawDocument& doc = raw.documents[i];
    MappedText text;
    std::string title;
    Span title_span;
    PRECIS_RETURN_IF_ERROR(ExtractText(doc, options, named.get(), &text, &title, &title_span));
    CleanText(std::move(text), title, &cleaned[i]);
    if (!title.empty() && cleaned[i].title == title) cleaned[i].title_span = title_span;
  }
  std::vector<std::string_view> bodies;
  for (const CleanedText& c : cleaned) bodies.push_back(c.body.text());
  splitter.Learn(bodies);
  cluster->documents.resize(raw.documents.size());
  for (size_t i = 0; i < raw.documents.size(); ++i) {
    const RawDocument& source = raw.documents[i];
    Document& doc = cluster->documents[i];
    doc.id = source.id;
    doc.original = source.original;
    doc.title = std::move(cleaned[i].title);
    doc.title_span = cleaned[i].title_span;
    doc.date = DocumentDate(source);
    const MappedText& body = cleaned[i].body;
    std::vector<SentenceRange> ranges = splitter.Split(body.text());
    // Each sentence is asked once: the answers for the one before, this one
    // and the one after are kept as the loop moves on.
    const std::string_view text = body.text();
    auto ask = [&](size_t k) {
      return IsBoilerplateSentence(text.substr(ranges[k].begin, ranges[k].end - ranges[k].begin));
    };
    std::array<int8_t, 3> asked = {0, -1, -1};  // Sentences k - 1, k, k + 1; -1: not asked.
    doc.sentences.reserve(ranges.size());
    int position = 0;
    for (size_t k = 0; k < ranges.size(); ++k) {
      auto prompt = [&](size_t j) {
        int8_t& answer = asked[j + 1 - k];
        if (answer < 0) answer = ask(j) ? 1 : 0;
        return answer == 1;
      };
      SentenceRange r = ranges[k];
      const std::string_view sentence = text.substr(r.begin, r.end - r.begin);
      const bool dropped = PromptInStoryLine(ranges, k, prompt) || IsPhotoCaptionSentence(sentence);
      asked = {asked[1], asked[2], -1};
      if (dropped) continue;
      // A prompt run into the sentence is cut off its front.
      r.begin += PromptOpeningStory(sentence);
      Sentence s;
      s.text = body.text().substr(r.begin, r.end - r.begin);
      s.span = body.OriginalSpan(r.begin, r.end);
      s.paragraph = r.paragraph;
      s.position = position++;
      s.is_heading = r.is_heading;
      doc.sentences.push_back(std::move(s));
    }
  }
  // A document that is all boilerplate stays in the cluster without
  // sentences (summaries list it); a cluster of nothing else is an error.
  for (const Document& doc : cluster->documents) {
    if (!doc.sentences.empty()) return Status::OK();
  }
  return Status::EmptyInput(NameOf(raw.documents.front()) + ": no text left after cleaning" +
                            (raw.documents.size() > 1 ? " in any document" : ""));
}

}  // namespace precis
