// Copyright 2026 The Precis Authors.
//
// Summarize(): budget, method, reading order, truncation, citations.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

#include "attribute/fact_vectors.h"
#include "model/cluster_model.h"
#include "precis/summarizer.h"
#include "summarize/budget.h"
#include "summarize/candidates.h"
#include "summarize/summarizer_interface.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

// The first `limit` white-space separated words of `text`.
std::string FirstWords(const std::string& text, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    bool space = text[i] == ' ';
    if (!space && !in_word && ++words > limit) {
      size_t end = i;
      while (end > 0 && text[end - 1] == ' ') --end;
      return text.substr(0, end);
    }
    in_word = !space;
  }
  return text;
}

// The longest prefix of `text` of at most `limit` bytes that ends on a UTF-8
// character boundary.
std::string FirstBytes(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

std::string Summary::text() const {
  std::string out;
  for (const SummarySentence& s : sentences) {
    if (!out.empty()) out += ' ';
    out += s.text;
  }
  return out;
}

std::vector<std::string> ListMethods() { return RegisteredMethods(); }

std::string DescribeMethod(const std::string& name) { return MethodDescription(name); }

Status Summarize(const Cluster& cluster, const SummaryOptions& options, Summary* summary) {
  *summary = Summary();
  summary->cluster_id = cluster.id;
  summary->method = options.method;
  Budget budget;
  PRECIS_RETURN_IF_ERROR(Budget::FromOptions(options, &budget));
  if (options.mmr_lambda < 0 || options.mmr_lambda > 1) {
    return Status::InvalidArgument("mmr_lambda must be within [0, 1]");
  }
  if (options.position_weight < 0) {
    return Status::InvalidArgument("position_weight must be >= 0");
  }
  if (!(options.support_threshold > 0 && options.support_threshold <= 1)) {
    return Status::InvalidArgument("support_threshold must be within (0, 1]");
  }
  std::unique_ptr<Summarizer> method;
  PRECIS_RETURN_IF_ERROR(CreateSummarizer(options.method, options, &method));

  for (const Document& doc : cluster.documents) {
    if (doc.sentences.empty()) summary->empty_documents.push_back(doc.id);
  }
  ClusterModel model(cluster);
  if (model.sentences().empty()) {
    return Status::EmptyInput("cluster " + cluster.id + " has no sentences");
  }
  std::vector<int> chosen;
  PRECIS_RETURN_IF_ERROR(method->Select(model, budget, &chosen, &summary->notes));

  // What --truncate adds: the best unchosen sentence, cut to the remainder.
  int cut_index = -1;
  std::string cut_text;
  if (options.truncate && budget.unit() != Budget::Unit::kSentences) {
    size_t used = 0;
    for (size_t i = 0; i < chosen.size(); ++i) {
      used += budget.Cost(model.sentences()[static_cast<size_t>(chosen[i])], i == 0);
    }
    if (used < budget.limit()) {
      size_t left = budget.limit() - used;
      std::vector<int> fillers = method->Fillers(model, chosen);
      if (!fillers.empty()) {
        const std::string& text = model.text(fillers.front()).text;
        if (budget.unit() == Budget::Unit::kWords) {
          cut_text = FirstWords(text, left);
        } else {
          size_t room = chosen.empty() ? left : left - 1;  // The joining space.
          cut_text = left > (chosen.empty() ? 0u : 1u) ? FirstBytes(text, room) : "";
        }
        if (!cut_text.empty()) {
          cut_index = fillers.front();
          chosen.push_back(cut_index);
        }
      }
    }
  }

  // Every sentence that may stand in a summary is longer than the budget
  // (text without a sentence boundary for a few thousand bytes, or a budget
  // of a few words): the summary is empty, and says why.
  if (chosen.empty() && budget.unit() != Budget::Unit::kSentences) {
    size_t shortest = SIZE_MAX;
    for (int i : SummaryCandidates(model)) {
      shortest = std::min(shortest, budget.Cost(model.sentences()[static_cast<size_t>(i)], true));
    }
    if (shortest > budget.limit()) {
      const std::string unit = budget.unit() == Budget::Unit::kWords ? " words" : " bytes";
      summary->notes.push_back("no sentence fits the budget of " + std::to_string(budget.limit()) +
                               unit + " (the shortest has " + std::to_string(shortest) + unit +
                               "); truncation cuts one to fit");
    }
  }

  // Reading order: earlier sentences of their documents first, then
  // documents in cluster order.
  std::sort(chosen.begin(), chosen.end(), [&](int a, int b) {
    const SentenceInfo& x = model.sentences()[static_cast<size_t>(a)];
    const SentenceInfo& y = model.sentences()[static_cast<size_t>(b)];
    if (x.position != y.position) return x.position < y.position;
    return x.doc < y.doc;
  });

  const FactVectors facts(model);
  bool complete = true;
  const std::vector<std::vector<int>> support =
      SupportingDocuments(facts, chosen, options.support_threshold, &complete);
  if (!complete) {
    summary->notes.push_back(
        "supporting documents were looked for within a bound on work; the last sentences may "
        "list fewer than hold them");
  }
  for (size_t k = 0; k < chosen.size(); ++k) {
    const int index = chosen[k];
    const SentenceInfo& info = model.sentences()[static_cast<size_t>(index)];
    const Sentence& sentence = model.text(index);
    SummarySentence out;
    out.truncated = index == cut_index && cut_text != sentence.text;
    out.text = index == cut_index ? cut_text : sentence.text;
    out.doc_index = static_cast<size_t>(info.doc);
    out.doc = cluster.documents[out.doc_index].id;
    out.position = info.position;
    out.span = sentence.span;
    for (int d : support[k]) {
      out.supported_by.push_back(cluster.documents[static_cast<size_t>(d)].id);
    }
    summary->sentences.push_back(std::move(out));
  }
  summary->bytes = summary->text().size();
  for (const SummarySentence& s : summary->sentences) summary->words += CountWords(s.text);
  return Status::OK();
}

}  // namespace precis
