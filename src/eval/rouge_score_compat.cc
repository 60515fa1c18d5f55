// Copyright 2026 The Precis Authors.
//
// Follows rouge_score's rouge_scorer.py and tokenize.py step for step; the
// LCS back-tracking is the script's, which rouge_score copies (eval/lcs.h).
#include "eval/rouge_score_compat.h"

#include <unordered_map>

#include "base/utf8.h"
#include "eval/lcs.h"
#include "eval/nltk_porter.h"
#include "eval/token_table.h"

namespace precis {
namespace {

using TokenIds = std::vector<uint32_t>;

// Per thread, with and without stemming: each distinct raw token is stemmed
// once, and equal terms ("runs" and "run" stemmed) share one id.
struct StemCache {
  TokenTable raw_to_term[2];
  TokenTable term_ids[2];
};

StemCache& Cache() {
  thread_local StemCache cache;
  return cache;
}

// Calls fn(token) for each [a-z0-9] run of the lowercased text. Python's
// lower() maps two non-ASCII characters to ASCII letters: KELVIN SIGN to
// "k", and LATIN CAPITAL I WITH DOT ABOVE to "i" followed by a combining
// dot, which then separates.
template <typename Fn>
void ForEachLowerRun(std::string_view text, Fn fn) {
  std::string run;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, &pos);
    char c = 0;
    if (cp < 0x80) {
      c = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) c = 0;
    } else if (cp == 0x212A) {
      c = 'k';
    } else if (cp == 0x130) {
      run += 'i';
    }
    if (c != 0) {
      run += c;
    } else if (!run.empty()) {
      fn(std::string_view(run));
      run.clear();
    }
  }
  if (!run.empty()) fn(std::string_view(run));
}

// Term ids (per thread) of the tokens of `text`.
TokenIds TermIds(std::string_view text, bool stem) {
  StemCache& cache = Cache();
  const int k = stem ? 1 : 0;
  TokenIds out;
  ForEachLowerRun(text, [&](std::string_view raw) {
    if (const uint32_t* id = cache.raw_to_term[k].Find(raw)) {
      out.push_back(*id);
      return;
    }
    const std::string term = stem && raw.size() > 3 ? NltkPorterStem(raw) : std::string(raw);
    const uint32_t id =
        cache.term_ids[k].Insert(term, static_cast<uint32_t>(cache.term_ids[k].size()));
    out.push_back(cache.raw_to_term[k].Insert(raw, id));
  });
  return out;
}

// Small dense ids, for one call, of the thread's term ids.
class DenseIds {
 public:
  TokenIds Of(const TokenIds& term_ids) {
    TokenIds out;
    out.reserve(term_ids.size());
    for (uint32_t t : term_ids) {
      out.push_back(by_term_.emplace(t, static_cast<uint32_t>(by_term_.size())).first->second);
    }
    return out;
  }
  size_t size() const { return by_term_.size(); }

 private:
  std::unordered_map<uint32_t, uint32_t> by_term_;
};

double FMeasure(double precision, double recall) {
  // Python evaluates 2 * precision * recall / (precision + recall) left to
  // right; the same order gives the same double.
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

RougeValue Value(double precision, double recall) {
  RougeValue v;
  v.precision = precision;
  v.recall = recall;
  v.f = FMeasure(precision, recall);
  return v;
}

// n-gram counts as ids of (previous gram, token) pairs.
std::unordered_map<uint64_t, int> NGramCounts(const TokenIds& tokens, int n,
                                              std::unordered_map<uint64_t, uint32_t>* ids) {
  std::unordered_map<uint64_t, int> counts;
  if (tokens.size() < static_cast<size_t>(n)) return counts;
  for (size_t i = 0; i + static_cast<size_t>(n) <= tokens.size(); ++i) {
    uint64_t gram = tokens[i];
    for (int k = 1; k < n; ++k) {
      const uint64_t key = (gram << 32) | tokens[i + static_cast<size_t>(k)];
      gram = ids->emplace(key, static_cast<uint32_t>(ids->size()) + (1u << 31)).first->second;
    }
    ++counts[gram];
  }
  return counts;
}

RougeValue ScoreNGrams(const TokenIds& target, const TokenIds& prediction, int n,
                       std::unordered_map<uint64_t, uint32_t>* ids) {
  const auto target_counts = NGramCounts(target, n, ids);
  const auto prediction_counts = NGramCounts(prediction, n, ids);
  long overlap = 0, target_total = 0, prediction_total = 0;
  for (const auto& [gram, count] : target_counts) {
    target_total += count;
    auto it = prediction_counts.find(gram);
    if (it != prediction_counts.end()) overlap += std::min(count, it->second);
  }
  for (const auto& [gram, count] : prediction_counts) prediction_total += count;
  return Value(static_cast<double>(overlap) / static_cast<double>(std::max(prediction_total, 1L)),
               static_cast<double>(overlap) / static_cast<double>(std::max(target_total, 1L)));
}

RougeValue ScoreLcs(const TokenIds& target, const TokenIds& prediction) {
  if (target.empty() || prediction.empty()) return RougeValue();
  const double lcs = static_cast<double>(LcsLength(target, prediction));
  return Value(lcs / static_cast<double>(prediction.size()),
               lcs / static_cast<double>(target.size()));
}

RougeValue ScoreSummaryLevelLcs(const std::vector<TokenIds>& target,
                                const std::vector<TokenIds>& prediction, size_t vocabulary) {
  if (target.empty() || prediction.empty()) return RougeValue();
  size_t m = 0, n = 0;
  std::vector<int> target_left(vocabulary, 0), prediction_left(vocabulary, 0);
  for (const TokenIds& s : target) {
    m += s.size();
    for (uint32_t t : s) ++target_left[t];
  }
  for (const TokenIds& s : prediction) {
    n += s.size();
    for (uint32_t t : s) ++prediction_left[t];
  }
  if (m == 0 || n == 0) return RougeValue();
  const std::vector<std::vector<char>> masks = UnionLcsMasks(target, prediction);
  long hits = 0;
  for (size_t k = 0; k < target.size(); ++k) {
    for (size_t i = 0; i < target[k].size(); ++i) {
      if (!masks[k][i]) continue;
      const uint32_t t = target[k][i];
      if (prediction_left[t] > 0 && target_left[t] > 0) {
        ++hits;
        --prediction_left[t];
        --target_left[t];
      }
    }
  }
  return Value(static_cast<double>(hits) / static_cast<double>(n),
               static_cast<double>(hits) / static_cast<double>(m));
}

// A summary as rouge_score receives it: sentences joined by line breaks.
std::string JoinLines(const RougeSummary& summary) {
  std::string text;
  for (size_t i = 0; i < summary.size(); ++i) {
    if (i > 0) text += '\n';
    text += summary[i];
  }
  return text;
}

struct Tokenized {
  TokenIds all;
  std::vector<TokenIds> lines;
};

}  // namespace

std::vector<std::string_view> NonEmptyLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> RougeScoreTokens(std::string_view text, bool stem) {
  std::vector<std::string> out;
  ForEachLowerRun(text, [&](std::string_view raw) {
    out.push_back(stem && raw.size() > 3 ? NltkPorterStem(raw) : std::string(raw));
  });
  return out;
}

RougeScores ScoreLikeRougeScore(const RougeSummary& system,
                                const std::vector<RougeSummary>& references,
                                const RougeOptions& options) {
  DenseIds dense;
  auto tokenize = [&](const RougeSummary& summary) {
    const std::string text = JoinLines(summary);
    Tokenized t;
    t.all = dense.Of(TermIds(text, options.stem));
    if (options.lcs_summary) {
      for (std::string_view line : NonEmptyLines(text)) {
        t.lines.push_back(dense.Of(TermIds(line, options.stem)));
      }
    }
    return t;
  };
  const Tokenized prediction = tokenize(system);
  std::vector<Tokenized> targets;
  for (const RougeSummary& reference : references) targets.push_back(tokenize(reference));

  RougeScores best;
  auto keep_best = [&](const std::string& metric, const RougeValue& v) {
    auto it = best.find(metric);
    if (it == best.end() || v.f > it->second.f) best[metric] = v;
  };
  std::unordered_map<uint64_t, uint32_t> gram_ids;
  for (const Tokenized& target : targets) {
    for (int n = 1; n <= options.max_n; ++n) {
      keep_best("rouge" + std::to_string(n), ScoreNGrams(target.all, prediction.all, n, &gram_ids));
    }
    if (options.lcs) keep_best("rougeL", ScoreLcs(target.all, prediction.all));
    if (options.lcs_summary) {
      keep_best("rougeLsum", ScoreSummaryLevelLcs(target.lines, prediction.lines, dense.size()));
    }
  }
  return best;
}

}  // namespace precis
