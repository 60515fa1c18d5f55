// Copyright 2026 The Precis Authors.
#include "summarize/candidates.h"

#include <utf8proc.h>

#include "base/quote_marks.h"
#include "base/utf8.h"

namespace precis {
namespace {

constexpr size_t kMinWords = 6;
constexpr size_t kMaxWords = 80;

bool StartsLikeASentence(const std::string& text) {
  if (text.empty()) return false;
  size_t pos = 0;
  char32_t cp = NextCodePoint(text, &pos);
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category != UTF8PROC_CATEGORY_LL;
}

// A sentence that starts a quotation continued in the next sentence:
// “We are saddened. (the rest follows), or ``We are saddened. in newswire
// typesetting. One that ends a quotation begun earlier usually carries its
// attribution ("... ," he said) and stays.
bool OpensAnUnfinishedQuote(const SentenceInfo& s, const std::string& text) {
  if (!s.unbalanced_quotes) return false;
  const QuoteMarkKind first = QuoteMarkAt(text, 0).kind;
  return first == QuoteMarkKind::kOpening || first == QuoteMarkKind::kStraight;
}

}  // namespace

std::vector<int> SummaryCandidates(const ClusterModel& model) {
  std::vector<int> whole, good, with_terms, all;
  const auto& sentences = model.sentences();
  for (size_t i = 0; i < sentences.size(); ++i) {
    const SentenceInfo& s = sentences[i];
    const int index = static_cast<int>(i);
    all.push_back(index);
    if (s.terms.empty()) continue;
    with_terms.push_back(index);
    if (s.is_heading || s.words < kMinWords || s.words > kMaxWords) continue;
    if (!StartsLikeASentence(model.text(index).text)) continue;
    good.push_back(index);
    if (!OpensAnUnfinishedQuote(s, model.text(index).text)) whole.push_back(index);
  }
  // A fragment of a longer quotation reads badly alone; when a cluster has
  // little else, fragments are better than nothing.
  if (whole.size() >= 5 || (!whole.empty() && whole.size() == good.size())) return whole;
  if (!good.empty()) return good;
  if (!with_terms.empty()) return with_terms;
  return all;
}

}  // namespace precis
