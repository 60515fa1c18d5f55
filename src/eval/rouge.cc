// Copyright 2026 The Precis Authors.
//
// A reimplementation of ROUGE-1.5.5's scoring, step for step: the script's
// byte-level tokenization, its length limits (including the byte limit that
// its LCS reader does not apply), its LCS back-tracking and tie-breaking, its
// unigram clipping of LCS hits, ROUGE-W's double weighting of the reference
// length, ROUGE-SU's missing last unigram, and its rounding of R and P before
// F. Every quirk is kept on purpose: the point is the official numbers.
#include "precis/rouge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "base/words.h"
#include "eval/lcs.h"
#include "eval/rouge_score_compat.h"
#include "eval/rouge_stemmer.h"
#include "eval/rouge_stopwords.h"
#include "eval/token_table.h"
#include "tokenize/irregular_forms.h"

namespace precis {
namespace {

// Perl's split(/\s+/, s): fields between runs of ASCII white space, with a
// leading empty field when s starts with white space.
std::vector<std::string_view> PerlSplit(std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  std::vector<std::string_view> out;
  size_t i = 0;
  if (!s.empty() && is_space(s[0])) {
    out.emplace_back();
    while (i < s.size() && is_space(s[i])) ++i;
  }
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    while (j < s.size() && is_space(s[j])) ++j;
    i = j;
  }
  return out;
}

// The first `count` fields of `tokens` joined by spaces; fields past the end
// are empty (as Perl's array slice gives undef).
std::string JoinFirst(const std::vector<std::string_view>& tokens, long count) {
  std::string out;
  for (long i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    if (static_cast<size_t>(i) < tokens.size()) out += tokens[static_cast<size_t>(i)];
  }
  return out;
}

// A sentence's length in the unit of the limit (words as Perl's split
// counts them, or bytes), and the sentence cut to `keep` of those units.
struct LimitUnit {
  bool words;
  long Length(std::string_view s) const {
    return words ? static_cast<long>(PerlSplit(s).size()) : static_cast<long>(s.size());
  }
  std::string Cut(std::string_view s, long keep) const {
    return words ? JoinFirst(PerlSplit(s), keep)
                 : std::string(s.substr(0, static_cast<size_t>(keep)));
  }
};

// readText: the summary as one line, cut to the limit. Lines are the
// non-empty sentences (the tokenizer lowercases). REQUIRES: a limit (without
// one, Score concatenates the sentences' tokens instead).
std::string ReadText(const std::vector<std::string_view>& lines, size_t words, size_t bytes) {
  std::string text;
  const LimitUnit unit{words != 0};
  const long limit = static_cast<long>(words != 0 ? words : bytes);
  long used = 0;
  for (std::string_view s : lines) {
    const long length = unit.Length(s);
    if (used + length < limit) {
      if (used != 0) text += ' ';
      text += s;
      used += length;
    } else {
      if (used > 0) text += ' ';
      text += unit.Cut(s, limit - used);
      break;
    }
  }
  return text;
}

// readText_LCS: the sentences cut to the limit. The script never adds to its
// running byte total here, so a byte limit only cuts a single sentence that
// is itself at least that long. REQUIRES: a limit (without one, the lines
// are the sentences).
std::vector<std::string> ReadTextLcs(const std::vector<std::string_view>& lines, size_t words,
                                     size_t bytes) {
  const LimitUnit unit{words != 0};
  const long limit = static_cast<long>(words != 0 ? words : bytes);
  std::vector<std::string> out;
  long used = 0;
  for (std::string_view s : lines) {
    const long length = unit.Length(s);
    if (used + length < limit) {
      if (unit.words) used += length;  // Never for bytes: the script's bug.
      out.emplace_back(s);
    } else {
      out.push_back(unit.Cut(s, limit - used));
      break;
    }
  }
  return out;
}

// s/-/ - /g; s/[^A-Za-z0-9-]/ /g; then split on spaces: the tokens are the
// runs of letters and digits, and each "-" on its own.
template <typename Fn>
void ForEachRawToken(std::string_view text, Fn fn) {
  thread_local std::string lowered;
  size_t i = 0;
  const size_t n = text.size();
  auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  while (i < n) {
    if (!is_word(text[i])) {
      if (text[i] == '-') fn(std::string_view("-"));
      ++i;
      continue;
    }
    size_t j = i;
    bool upper = false;
    while (j < n && is_word(text[j])) {
      upper = upper || (text[j] >= 'A' && text[j] <= 'Z');
      ++j;
    }
    std::string_view token = text.substr(i, j - i);
    if (upper) {  // The script lowercases ASCII letters.
      lowered.assign(token);
      for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      token = lowered;
    }
    fn(token);
    i = j;
  }
}

// Per thread: every distinct term (stemmed or not) gets one id for the life
// of the thread, and each distinct raw token is looked up and stemmed once.
struct TermTable {
  TokenTable term_ids;
  TokenTable raw_to_term[2];  // Without, with stemming.
};

TermTable& Terms() {
  thread_local TermTable table;
  return table;
}

// Keeps a long-lived thread's table bounded: between calls, a table past
// this many terms starts afresh (ids are only compared within one call).
void ForgetTermsIfLarge() {
  constexpr size_t kMaxTerms = size_t{4} << 20;
  TermTable& table = Terms();
  if (table.term_ids.size() > kMaxTerms) table = TermTable();
}

// Forms that WordNet 3.0 (Debian's) lists and WordNet 2.0 (the script's)
// does not; the script stems them with Porter instead ("morses" -> "mors").
// The other differences between the two lists are multi-word entries, which
// never meet a ROUGE token.
bool IsWordNet30Addition(const std::string& form) {
  static const char* const kAdded[] = {"ashes",   "cognosenti", "halfpence",
                                       "lisente", "morses",     "staretsy"};
  for (const char* added : kAdded) {
    if (form == added) return true;
  }
  return false;
}

}  // namespace

struct RougeScorer::Impl {
  std::unordered_map<std::string, std::string> exceptions;

  // Term ids of the tokens createNGram keeps: stopwords out (-s) before
  // anything else, then only tokens starting with [a-z0-9], stemmed when
  // asked (tokens longer than 3 characters, exception list first).
  std::vector<uint32_t> Terms(std::string_view text, bool stem, bool stopwords) const {
    TermTable& table = precis::Terms();
    TokenTable& term_ids = table.term_ids;
    TokenTable& cache = table.raw_to_term[stem ? 1 : 0];
    std::vector<uint32_t> out;
    ForEachRawToken(text, [&](std::string_view t) {
      if (stopwords && IsRougeStopword(t)) return;
      const char c = t[0];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return;
      if (const uint32_t* id = cache.Find(t)) {
        out.push_back(*id);
        return;
      }
      std::string term(t);
      if (stem && t.size() > 3) {
        auto e = exceptions.find(term);
        term = e != exceptions.end() ? e->second : RougePorterStem(term);
      }
      const uint32_t id = term_ids.Insert(term, static_cast<uint32_t>(term_ids.size()));
      out.push_back(cache.Insert(t, id));
    });
    return out;
  }
};

namespace {

using TokenIds = std::vector<uint32_t>;

// Dense ids, for one Score() call, of the thread's term ids: tables sized by
// the call's vocabulary stay small.
class Vocabulary {
 public:
  Vocabulary() { ++Generation(); }

  TokenIds Ids(const std::vector<uint32_t>& terms) {
    std::vector<uint32_t>& local = Local();
    std::vector<uint32_t>& stamp = Stamp();
    const uint32_t generation = Generation();
    TokenIds out;
    out.reserve(terms.size());
    for (uint32_t t : terms) {
      if (t >= local.size()) {
        local.resize(t + 1024);
        stamp.resize(t + 1024, 0);
      }
      if (stamp[t] != generation) {
        stamp[t] = generation;
        local[t] = size_++;
      }
      out.push_back(local[t]);
    }
    return out;
  }
  size_t size() const { return size_; }

 private:
  static uint32_t& Generation() {
    thread_local uint32_t generation = 0;
    return generation;
  }
  static std::vector<uint32_t>& Local() {
    thread_local std::vector<uint32_t> local;
    return local;
  }
  static std::vector<uint32_t>& Stamp() {
    thread_local std::vector<uint32_t> stamp;
    return stamp;
  }
  uint32_t size_ = 0;
};

// Dense ids for n-grams (or skip bigrams) of one metric in one call: a gram
// is interned as the pair (id of its first part, id of its last token).
// Open addressing with linear probing: millions of small grams per corpus
// would otherwise cost one allocation each.
class GramIds {
 public:
  uint32_t Intern(uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow(slots_.empty() ? 256 : slots_.size() * 2);
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot.key = key;
        slot.id = static_cast<uint32_t>(size_++);
        used_.push_back(static_cast<uint32_t>(i));
        return slot.id;
      }
      if (slot.key == key) return slot.id;
    }
  }
  size_t size() const { return size_; }

  // Forgets every gram and keeps the memory, in time proportional to the
  // grams held.
  void Clear() {
    for (uint32_t i : used_) slots_[i] = Slot();
    used_.clear();
    size_ = 0;
  }

  // Makes room for about `n` grams without growing.
  void Reserve(size_t n) {
    size_t capacity = 256;
    while (capacity < 2 * n) capacity *= 2;
    if (capacity > slots_.size()) Grow(capacity);
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t key = 0;
    uint32_t id = kEmpty;
  };

  static size_t Hash(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return static_cast<size_t>(key);
  }

  void Grow(size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot());
    used_.clear();
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == kEmpty) continue;
      size_t i = Hash(slot.key) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
      used_.push_back(static_cast<uint32_t>(i));
    }
  }

  std::vector<Slot> slots_;
  std::vector<uint32_t> used_;  // Occupied slots, for Clear().
  size_t size_ = 0;
};

uint64_t Pair(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }

// The n-grams of `tokens` as gram ids (the script's createNGram).
std::vector<uint32_t> NGramIds(const TokenIds& tokens, int n, std::vector<GramIds>* levels) {
  std::vector<uint32_t> current(tokens.begin(), tokens.end());
  for (int level = 1; level < n; ++level) {
    if (current.size() <= 1) return {};
    std::vector<uint32_t> next(current.size() - 1);
    for (size_t i = 0; i + 1 < current.size(); ++i) {
      next[i] = (*levels)[static_cast<size_t>(level)].Intern(
          Pair(current[i], tokens[i + static_cast<size_t>(level)]));
    }
    current.swap(next);
  }
  return current;
}

// Skip bigrams within `skip` words (negative: any), and the unigrams of
// every position but the last when `unigrams` (the script's
// createSkipBigram). With a small vocabulary V a gram's id is its pair
// index a * (V + 1) + b (b = V for a unigram); otherwise pairs are interned.
class SkipBigrams {
 public:
  explicit SkipBigrams(size_t vocabulary)
      : stride_(vocabulary + 1), dense_(stride_ * stride_ <= (size_t{1} << 20)) {
    ids_.Clear();
  }

  std::vector<uint32_t> Of(const TokenIds& tokens, int skip, bool unigrams) {
    std::vector<uint32_t> out;
    const long n = static_cast<long>(tokens.size());
    const long reach = skip < 0 ? n : skip + 1;
    if (skip >= 0) out.reserve(static_cast<size_t>(n) * static_cast<size_t>(skip + 2));
    for (long i = 0; i < n - 1; ++i) {
      const uint32_t a = tokens[static_cast<size_t>(i)];
      if (unigrams) out.push_back(Id(a, static_cast<uint32_t>(stride_ - 1)));
      const long last = std::min(n - 1, i + reach);
      for (long j = i + 1; j <= last; ++j) out.push_back(Id(a, tokens[static_cast<size_t>(j)]));
    }
    return out;
  }

  size_t size() const { return dense_ ? stride_ * stride_ : ids_.size(); }

 private:
  uint32_t Id(uint32_t a, uint32_t b) {
    if (dense_) return static_cast<uint32_t>(a * stride_ + b);
    return ids_.Intern(Pair(a, b == stride_ - 1 ? UINT32_MAX : b));
  }

  size_t stride_;
  bool dense_;
  static thread_local GramIds ids_;
};

thread_local GramIds SkipBigrams::ids_;

// Clipped matches between two bags of gram ids.
long Hits(const std::vector<uint32_t>& model, const std::vector<int>& peer_counts,
          std::vector<int>* scratch) {
  long hit = 0;
  for (uint32_t g : model) {
    if ((*scratch)[g]++ < peer_counts[g]) ++hit;
  }
  for (uint32_t g : model) (*scratch)[g] = 0;
  return hit;
}

// sprintf("%7.5f") and back, as the script rounds.
double Round5(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%7.5f", x);
  return std::strtod(buffer, nullptr);
}

RougeValue Finish(double recall, double precision, double alpha) {
  RougeValue v;
  v.recall = Round5(recall);
  v.precision = Round5(precision);
  double denominator = (1 - alpha) * v.precision + alpha * v.recall;
  v.f = denominator > 0 ? Round5((v.precision * v.recall) / denominator) : 0.0;
  return v;
}

struct LcsResult {
  double hit = 0;
  double base = 0;
};

// The script's lcs() and wlcs(): union LCS per model sentence, hits clipped
// by the unigram counts left in `model_unigrams` and `peer_unigrams`.
LcsResult UnionLcs(const std::vector<TokenIds>& model, const std::vector<TokenIds>& peer,
                   double weight, std::vector<int>* model_unigrams,
                   std::vector<int>* peer_unigrams) {
  LcsResult r;
  std::vector<std::vector<char>> masks;
  if (weight > 0) {
    masks.resize(model.size());
    for (size_t k = 0; k < model.size(); ++k) {
      masks[k].assign(model[k].size(), 0);
      for (const TokenIds& p : peer) MarkWeightedLcs(model[k], p, weight, &masks[k]);
    }
  } else {
    masks = UnionLcsMasks(model, peer);
  }
  for (size_t k = 0; k < model.size(); ++k) {
    const TokenIds& sentence = model[k];
    const std::vector<char>& mask = masks[k];
    r.base += weight > 0 ? std::pow(static_cast<double>(sentence.size()), weight)
                         : static_cast<double>(sentence.size());
    int run = 0;
    for (size_t j = 0; j < sentence.size(); ++j) {
      if (!mask[j]) continue;
      int& mu = (*model_unigrams)[sentence[j]];
      int& pu = (*peer_unigrams)[sentence[j]];
      if (mu <= 0 || pu <= 0) continue;
      if (weight > 0) {
        ++run;
        if ((j + 1 < sentence.size() && !mask[j + 1]) || j + 1 == sentence.size()) {
          r.hit += std::pow(run, weight);
          run = 0;
        }
      } else {
        r.hit += 1;
      }
      --mu;
      --pu;
    }
  }
  return r;
}

std::vector<int> Unigrams(const TokenIds& tokens, size_t vocabulary) {
  std::vector<int> counts(vocabulary, 0);
  for (uint32_t t : tokens) ++counts[t];
  return counts;
}

}  // namespace

RougeScorer::RougeScorer(const RougeOptions& options) : options_(options), impl_(new Impl) {
  if (options.words != 0 && options.bytes != 0) {
    status_ = Status::InvalidArgument("give one length limit: words or bytes");
  } else if (options.alpha < 0 || options.alpha > 1) {
    status_ = Status::InvalidArgument("alpha must be within [0, 1]");
  } else if (options.max_n < 0 || options.max_n > 9) {
    status_ = Status::InvalidArgument("ROUGE-N is defined here for N from 1 to 9");
  } else if (options.w_weight != 0 && options.w_weight <= 1) {
    status_ = Status::InvalidArgument("the ROUGE-W weight must be greater than 1");
  }
  if (options.flavor == RougeFlavor::kRougeScore) {
    // rouge_score has neither the script's length limits, stopwords, alpha,
    // pooling of references, ROUGE-W nor skip bigrams.
    if (options.words != 0 || options.bytes != 0 || options.remove_stopwords ||
        options.alpha != 0.5 || options.w_weight != 0 || options.skip_bigrams) {
      status_ = Status::InvalidArgument(
          "rouge_score has no length limit, stopword removal, alpha, ROUGE-W or skip bigrams");
    }
    return;  // Its stemmer needs no exception list.
  }
  if (options.lcs_summary && status_.ok()) {
    status_ = Status::InvalidArgument("rougeLsum is a rouge_score metric (--rouge-score)");
  }
  if (options.stem && status_.ok()) {
    // The WordNet exception lists (irregular forms), from Debian's
    // wordnet-base. Like the script's table, a form listed twice keeps the
    // lemma of the file read last; reading adverbs before adjectives makes
    // "better" and "best" -> "good", as the official values require.
    const std::string base = WordNetDirectory();
    size_t loaded = 0;
    for (const char* part : {"adv", "adj", "noun", "verb"}) {
      for (auto& [inflected, lemma] : ReadWordNetExceptions(base, part)) {
        if (IsWordNet30Addition(inflected)) continue;
        impl_->exceptions[inflected] = std::move(lemma);
        ++loaded;
      }
    }
    if (loaded == 0) {
      status_ = Status::NotFound("WordNet exception lists not found in " + base +
                                 " (Debian package wordnet-base)");
    }
  }
}

RougeScorer::~RougeScorer() { delete impl_; }

Status RougeScorer::Score(const RougeSummary& system, const std::vector<RougeSummary>& references,
                          RougeScores* scores) const {
  scores->clear();
  if (!status_.ok()) return status_;
  if (references.empty()) return Status::InvalidArgument("no reference summary");
  if (options_.flavor == RougeFlavor::kRougeScore) {
    if (options_.lcs || options_.lcs_summary) {
      // Its tokens are runs of letters and digits: at most the words.
      auto words = [](const RougeSummary& summary) {
        size_t n = 0;
        for (const std::string& s : summary) n += CountWords(s);
        return n;
      };
      const size_t system_words = words(system);
      size_t cells = 0;
      for (const RougeSummary& r : references) cells += system_words * words(r);
      if (cells > kMostLcsComparisons) {
        return Status::InvalidInput("summaries too long for rougeL: " + std::to_string(cells) +
                                    " word pairs to compare, more than " +
                                    std::to_string(kMostLcsComparisons));
      }
    }
    *scores = ScoreLikeRougeScore(system, references, options_);
    return Status::OK();
  }
  ForgetTermsIfLarge();
  auto lines_of = [](const RougeSummary& summary) {
    std::vector<std::string_view> lines;
    for (const std::string& s : summary) {
      if (!s.empty()) lines.push_back(s);
    }
    return lines;
  };
  Vocabulary vocabulary;
  auto tokens_of = [&](std::string_view text) {
    return vocabulary.Ids(impl_->Terms(text, options_.stem, options_.remove_stopwords));
  };
  const std::vector<std::string_view> peer_lines = lines_of(system);
  std::vector<std::vector<std::string_view>> model_lines;
  for (const RougeSummary& reference : references) model_lines.push_back(lines_of(reference));
  // LCS sentences are read separately (the script's readText_LCS). Without
  // a length limit the whole text is the sentences joined by spaces, so its
  // tokens are theirs, concatenated, and each sentence is tokenized once.
  const bool no_limit = options_.words == 0 && options_.bytes == 0;
  auto lcs_sentences = [&](const std::vector<std::string_view>& lines) {
    std::vector<TokenIds> out;
    if (no_limit) {
      for (std::string_view s : lines) out.push_back(tokens_of(s));
    } else {
      for (const std::string& s : ReadTextLcs(lines, options_.words, options_.bytes)) {
        out.push_back(tokens_of(s));
      }
    }
    return out;
  };
  const bool any_lcs = options_.lcs || options_.w_weight > 0;
  std::vector<TokenIds> peer_sentences;
  std::vector<std::vector<TokenIds>> model_sentences;
  if (any_lcs || no_limit) {
    peer_sentences = lcs_sentences(peer_lines);
    for (const auto& lines : model_lines) model_sentences.push_back(lcs_sentences(lines));
  }
  auto whole_text = [&](const std::vector<std::string_view>& lines,
                        const std::vector<TokenIds>& sentences) {
    if (!no_limit) return tokens_of(ReadText(lines, options_.words, options_.bytes));
    TokenIds out;
    for (const TokenIds& s : sentences) out.insert(out.end(), s.begin(), s.end());
    return out;
  };
  const TokenIds peer_tokens = whole_text(peer_lines, peer_sentences);
  std::vector<TokenIds> model_tokens;
  for (size_t m = 0; m < model_lines.size(); ++m) {
    model_tokens.push_back(
        whole_text(model_lines[m], no_limit ? model_sentences[m] : std::vector<TokenIds>()));
  }
  if (any_lcs) {
    // The LCS compares every token of the system with every token of each
    // reference: bounded, so that one huge pair cannot hold a scorer for
    // minutes.
    size_t peer = 0, cells = 0;
    for (const TokenIds& t : peer_sentences) peer += t.size();
    for (const auto& sentences : model_sentences) {
      for (const TokenIds& t : sentences) cells += peer * t.size();
    }
    // ROUGE-W's dynamic programme visits every cell; the LCS of ROUGE-L
    // 64 at a time.
    const bool weighted = options_.w_weight > 0;
    const size_t most = weighted ? kMostWeightedLcsComparisons : kMostLcsComparisons;
    if (cells > most) {
      return Status::InvalidInput(
          std::string("summaries too long for ") + (weighted ? "ROUGE-W" : "ROUGE-L") + ": " +
          std::to_string(cells) + " word pairs to compare, more than " + std::to_string(most) +
          "; cut them (-l / -b) or leave ROUGE-L and ROUGE-W out");
    }
  }
  const double alpha = options_.alpha;

  // Count-based metrics: pooled over references (-f A) or the reference
  // with the best recall (-f B).
  auto score_grams = [&](const std::vector<uint32_t>& peer,
                         const std::vector<std::vector<uint32_t>>& models, size_t grams) {
    // Kept per thread and cleared entry by entry: `grams` can be large.
    thread_local std::vector<int> peer_counts, scratch;
    if (peer_counts.size() < grams) {
      peer_counts.resize(grams, 0);
      scratch.resize(grams, 0);
    }
    for (uint32_t g : peer) ++peer_counts[g];
    double hit = 0, count = 0, count_p = 0, best = -1;
    for (const std::vector<uint32_t>& model : models) {
      const double h = static_cast<double>(Hits(model, peer_counts, &scratch));
      const double c = static_cast<double>(model.size());
      const double cp = static_cast<double>(peer.size());
      if (options_.best_reference) {
        const double score = c > 0 ? Round5(h / c) : 0.0;
        if (score > best) {
          best = score;
          hit = h;
          count = c;
          count_p = cp;
        }
      } else {
        hit += h;
        count += c;
        count_p += cp;
      }
    }
    for (uint32_t g : peer) peer_counts[g] = 0;
    return Finish(count ? hit / count : 0, count_p ? hit / count_p : 0, alpha);
  };

  if (options_.max_n > 0) {
    size_t all_tokens = peer_tokens.size();
    for (const TokenIds& m : model_tokens) all_tokens += m.size();
    thread_local std::vector<GramIds> levels;
    if (levels.size() < static_cast<size_t>(options_.max_n)) {
      levels.resize(static_cast<size_t>(options_.max_n));
    }
    for (GramIds& level : levels) level.Clear();
    for (size_t level = 1; level < levels.size(); ++level) levels[level].Reserve(all_tokens);
    for (int n = 1; n <= options_.max_n; ++n) {
      std::vector<uint32_t> peer = NGramIds(peer_tokens, n, &levels);
      std::vector<std::vector<uint32_t>> models;
      for (const TokenIds& m : model_tokens) models.push_back(NGramIds(m, n, &levels));
      const size_t grams = n == 1 ? vocabulary.size() : levels[static_cast<size_t>(n - 1)].size();
      scores->emplace("ROUGE-" + std::to_string(n), score_grams(peer, models, grams));
    }
  }

  if (any_lcs) {
    const std::vector<int> peer_unigrams = Unigrams(peer_tokens, vocabulary.size());
    const double peer_total = static_cast<double>(peer_tokens.size());
    for (double weight : {0.0, options_.w_weight}) {
      if (weight == 0 && !options_.lcs) continue;
      if (weight != 0 && options_.w_weight == 0) continue;
      double hit = 0, count = 0, count_p = 0, best = -1;
      for (size_t m = 0; m < references.size(); ++m) {
        std::vector<int> model_unigrams = Unigrams(model_tokens[m], vocabulary.size());
        std::vector<int> peer_left = peer_unigrams;
        LcsResult r =
            UnionLcs(model_sentences[m], peer_sentences, weight, &model_unigrams, &peer_left);
        double c = weight > 0 ? std::pow(r.base, weight) : r.base;
        double cp = weight > 0 ? std::pow(peer_total, weight) : peer_total;
        double score =
            r.base > 0 ? (weight > 0 ? std::pow(r.hit / r.base, 1 / weight) : r.hit / r.base) : 0.0;
        if (options_.best_reference) {
          if (score > best) {
            best = score;
            hit = r.hit;
            count = c;
            count_p = cp;
          }
        } else {
          hit += r.hit;
          count += c;
          count_p += cp;
        }
      }
      double recall = count ? hit / count : 0, precision = count_p ? hit / count_p : 0;
      if (weight > 0) {
        recall = std::pow(recall, 1 / weight);
        precision = std::pow(precision, 1 / weight);
        char name[32];
        std::snprintf(name, sizeof name, "ROUGE-W-%.1f", weight);
        scores->emplace(name, Finish(recall, precision, alpha));
      } else {
        scores->emplace("ROUGE-L", Finish(recall, precision, alpha));
      }
    }
  }

  if (options_.skip_bigrams) {
    SkipBigrams grams(vocabulary.size());
    std::vector<uint32_t> peer =
        grams.Of(peer_tokens, options_.skip_distance, options_.skip_unigrams);
    std::vector<std::vector<uint32_t>> models;
    for (const TokenIds& m : model_tokens) {
      models.push_back(grams.Of(m, options_.skip_distance, options_.skip_unigrams));
    }
    std::string distance =
        options_.skip_distance < 0 ? "*" : std::to_string(options_.skip_distance);
    scores->emplace((options_.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") + distance,
                    score_grams(peer, models, grams.size()));
  }
  return Status::OK();
}

}  // namespace precis
