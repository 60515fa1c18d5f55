// Copyright 2026 The Precis Authors.
//
// Lead baseline: the opening sentences of the documents, round robin: first
// sentence of each document in cluster order, then the second ones, and so
// on. News puts its facts first, which makes this a strong baseline.
// lead-newest is the NIST baseline of the DUC evaluations: the opening of
// the most recent document (dates from the input: JSONL "date", DUC
// <DATE_TIME> or DOCNO, HTML publication metadata).
#include <algorithm>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/summarizer_interface.h"

namespace precis {
namespace {

class LeadSummarizer : public Summarizer {
 public:
  // newest: the NIST baseline's variant, the newest document's opening
  // sentences (then the next newest document's, when it runs out).
  explicit LeadSummarizer(bool newest) : newest_(newest) {}

  Status Select(const ClusterModel& model, const Budget& budget, std::vector<int>* chosen,
                std::vector<std::string>* notes) const override {
    chosen->clear();
    if (newest_ && !AnyDate(model)) {
      notes->push_back(
          "lead-newest: no document has a date; the last document is taken as the newest");
    }
    size_t used = 0;
    for (int index : Ranked(model)) {
      const SentenceInfo& s = model.sentences()[static_cast<size_t>(index)];
      size_t cost = budget.Cost(s, chosen->empty());
      if (used + cost > budget.limit()) continue;
      used += cost;
      chosen->push_back(index);
    }
    return Status::OK();
  }

  std::vector<int> Fillers(const ClusterModel& model,
                           const std::vector<int>& chosen) const override {
    std::vector<int> out;
    for (int index : Ranked(model)) {
      if (std::find(chosen.begin(), chosen.end(), index) == chosen.end()) {
        out.push_back(index);
      }
    }
    return out;
  }

 private:
  static bool AnyDate(const ClusterModel& model) {
    for (const Document& d : model.cluster().documents) {
      if (!d.date.empty()) return true;
    }
    return false;
  }

  // lead: candidates by rank among their document's candidates, then
  // document. lead-newest: by document, newest first (undated documents
  // after dated ones, later ones first), then position.
  std::vector<int> Ranked(const ClusterModel& model) const {
    std::vector<int> candidates = SummaryCandidates(model);
    if (newest_) {
      const std::vector<Document>& docs = model.cluster().documents;
      std::vector<int> order(docs.size());
      for (size_t d = 0; d < docs.size(); ++d) order[d] = static_cast<int>(d);
      std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const std::string& x = docs[static_cast<size_t>(a)].date;
        const std::string& y = docs[static_cast<size_t>(b)].date;
        if (x.empty() != y.empty()) return !x.empty();
        return x != y ? x > y : a > b;
      });
      std::vector<int> place(docs.size());
      for (size_t k = 0; k < order.size(); ++k)
        place[static_cast<size_t>(order[k])] = static_cast<int>(k);
      std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const SentenceInfo& x = model.sentences()[static_cast<size_t>(a)];
        const SentenceInfo& y = model.sentences()[static_cast<size_t>(b)];
        const int px = place[static_cast<size_t>(x.doc)], py = place[static_cast<size_t>(y.doc)];
        return px != py ? px < py : x.position < y.position;
      });
      return candidates;
    }
    std::vector<std::pair<std::pair<int, int>, int>> keyed;
    std::vector<int> rank(model.num_documents(), 0);
    for (int index : candidates) {
      int doc = model.sentences()[static_cast<size_t>(index)].doc;
      keyed.push_back({{rank[static_cast<size_t>(doc)]++, doc}, index});
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> out;
    for (const auto& k : keyed) out.push_back(k.second);
    return out;
  }

  bool newest_;
};

}  // namespace

std::unique_ptr<Summarizer> NewLeadSummarizer(const SummaryOptions&, MethodParameters*) {
  return std::make_unique<LeadSummarizer>(false);
}

std::unique_ptr<Summarizer> NewLeadNewestSummarizer(const SummaryOptions&, MethodParameters*) {
  return std::make_unique<LeadSummarizer>(true);
}

}  // namespace precis
