// Copyright 2026 The Precis Authors.
#include "attribute/fact_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>

#include "attribute/lexicon.h"
#include "base/string_map.h"

namespace precis {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The number a digit token states ("1,200" -> 1200), or false.
bool ParseDigits(const std::string& folded, double* value) {
  std::string plain;
  for (char c : folded) {
    if (c != ',') plain.push_back(c);
  }
  char* end = nullptr;
  *value = std::strtod(plain.c_str(), &end);
  return end != plain.c_str() && *end == '\0';
}

// Turns a model's sentences into normalized terms, numbered in order of
// first use. What a word alone decides (is it a number word, a month, an
// alias, a reporting verb, its stem) is worked out once per word of the
// model and remembered with its term's number.
class TermMaker {
 public:
  explicit TermMaker(const ClusterModel& model) : model_(model), words_(model.num_words()) {}

  // Appends the term numbers of sentence `index` of the model to *out.
  void Append(int index, std::vector<int32_t>* out);

  const std::string& term(int32_t id) const { return terms_[static_cast<size_t>(id)]; }
  size_t num_terms() const { return terms_.size(); }

 private:
  struct Word {
    bool known = false;
    int number = 0;   // NumberWordValue.
    int month = 0;    // MonthNumber.
    int weekday = 0;  // WeekdayNumber.
    bool starts_two_word_alias = false;
    // The term the word stands for where nothing around it matters: its
    // alias, "~say", its stem; -1 for a word left out.
    int32_t term = -1;
  };

  const Word& Lookup(int32_t word);
  int32_t Id(std::string_view term);

  const ClusterModel& model_;
  std::vector<Word> words_;  // By the model's word id.
  StringMap<int32_t> ids_;
  std::vector<std::string> terms_;
};

int32_t TermMaker::Id(std::string_view term) {
  if (auto it = ids_.find(term); it != ids_.end()) return it->second;
  const auto id = static_cast<int32_t>(terms_.size());
  terms_.emplace_back(term);
  ids_.emplace(std::string(term), id);
  return id;
}

const TermMaker::Word& TermMaker::Lookup(int32_t word) {
  Word& w = words_[static_cast<size_t>(word)];
  if (w.known) return w;
  w.known = true;
  const std::string& folded = model_.word(word);
  const bool listed = IsLexiconWord(folded);
  if (listed) {
    w.number = NumberWordValue(folded);
    w.month = MonthNumber(folded);
    w.weekday = WeekdayNumber(folded);
    w.starts_two_word_alias = StartsTwoWordAlias(folded);
  }
  if (const std::string alias = listed ? CanonicalAlias(folded) : ""; !alias.empty()) {
    w.term = Id(alias);
  } else if (listed && IsReportingVerb(folded)) {
    w.term = Id("~say");
  } else if (const int32_t stem = model_.term_of_word(word); stem >= 0) {
    // A content word of the model: not a stopword, two letters or more.
    w.term = Id(model_.term(stem));
  }
  return w;
}

void TermMaker::Append(int index, std::vector<int32_t>* out) {
  const std::string& text = model_.text(index).text;
  const std::vector<WordToken>& tokens = model_.sentences()[static_cast<size_t>(index)].word_tokens;
  auto folded = [&](const WordToken& t) -> const std::string& { return model_.word(t.word); };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const WordToken& t = tokens[i];
    const WordToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    const Word& word = Lookup(t.word);
    const bool digits = IsAsciiDigit(folded(t)[0]);
    double value = 0;
    bool is_number = false;
    if (digits) {
      is_number = ParseDigits(folded(t), &value);
    } else if (word.number > 0) {
      is_number = true;
      value = word.number;
      // "twenty-five"
      if (word.number >= 20 && next != nullptr && next->begin == t.end + 1 && text[t.end] == '-' &&
          Lookup(next->word).number > 0 && Lookup(next->word).number < 10) {
        value += Lookup(next->word).number;
        ++i;
        next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      }
    }
    if (is_number) {
      if (next != nullptr && MultiplierValue(folded(*next)) > 0) {
        value *= MultiplierValue(folded(*next));
        ++i;
      }
      out->push_back(Id("#" + FormatNumber(value)));
      continue;
    }
    if (IsAsciiUpper(text[t.begin])) {
      if (word.month > 0 && (folded(t) != "may" || (next && IsAsciiDigit(folded(*next)[0])))) {
        out->push_back(Id("@m" + std::to_string(word.month)));
        continue;
      }
      if (word.weekday > 0) {
        out->push_back(Id("@d" + std::to_string(word.weekday)));
        continue;
      }
    }
    if (next != nullptr && word.starts_two_word_alias) {
      const std::string pair = CanonicalAlias(folded(t) + " " + folded(*next));
      if (!pair.empty()) {
        out->push_back(Id(pair));
        ++i;
        continue;
      }
    }
    if (folded(t) == "us" || folded(t) == "un") {
      // "US" and "UN" are aliases; "us" is a pronoun.
      const std::string_view written = std::string_view(text).substr(t.begin, 2);
      if (written == "US" || written == "UN") {
        out->push_back(word.term);
      } else if (const int32_t stem = model_.term_of_word(t.word); stem >= 0) {
        out->push_back(Id(model_.term(stem)));
      }
      continue;
    }
    if (word.term >= 0) out->push_back(word.term);
  }
}

}  // namespace

std::vector<std::string> FactTerms(std::string_view text) {
  Cluster cluster;
  cluster.documents.emplace_back();
  cluster.documents[0].sentences.push_back(Sentence{std::string(text)});
  const ClusterModel model(cluster);
  TermMaker maker(model);
  std::vector<int32_t> ids;
  maker.Append(0, &ids);
  std::vector<std::string> out;
  for (int32_t id : ids) out.push_back(maker.term(id));
  return out;
}

FactVectors::FactVectors(const ClusterModel& model) : cluster_(&model.cluster()) {
  TermMaker maker(model);
  std::vector<std::vector<int32_t>> sentence_terms;
  std::vector<int> frequency;  // Sentences holding each term.
  const int num_sentences = static_cast<int>(model.sentences().size());
  for (int index = 0; index < num_sentences; ++index) {
    std::vector<int32_t> mine;
    maker.Append(index, &mine);
    frequency.resize(maker.num_terms(), 0);
    std::vector<int32_t> distinct = mine;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (int32_t id : distinct) ++frequency[static_cast<size_t>(id)];
    sentence_terms.push_back(std::move(mine));
    docs_.push_back(model.sentences()[static_cast<size_t>(index)].doc);
    positions_.push_back(model.sentences()[static_cast<size_t>(index)].position);
  }
  const double n = static_cast<double>(sentence_terms.size());
  vectors_.reserve(sentence_terms.size());
  for (const std::vector<int32_t>& mine : sentence_terms) {
    std::vector<std::pair<int32_t, float>> pairs;
    for (int32_t id : mine) {
      pairs.emplace_back(
          id, static_cast<float>(std::log((n + 1.0) / frequency[static_cast<size_t>(id)])));
    }
    vectors_.push_back(SparseVector::FromPairs(std::move(pairs)));
  }
}

const Sentence& FactVectors::text(int sentence) const {
  return cluster_->documents[static_cast<size_t>(doc(sentence))]
      .sentences[static_cast<size_t>(position(sentence))];
}

float FactVectors::Similarity(int a, int b) const {
  return Cosine(vectors_[static_cast<size_t>(a)], vectors_[static_cast<size_t>(b)]);
}

FactVectors::Pairs FactVectors::SimilarPairs(float threshold) const {
  // postings[term] = (sentence, weight / norm), sentences ascending.
  std::unordered_map<int32_t, std::vector<std::pair<int, float>>> postings;
  for (size_t s = 0; s < vectors_.size(); ++s) {
    const SparseVector& v = vectors_[s];
    if (v.norm() <= 0) continue;
    for (const auto& [term, weight] : v.entries()) {
      postings[term].emplace_back(static_cast<int>(s), weight / v.norm());
    }
  }
  Pairs out;
  std::vector<float> dot(vectors_.size(), 0.0f);
  std::vector<int> touched;
  std::vector<std::pair<int32_t, float>> common;  // Terms of `s` too common to search by.
  std::vector<std::pair<int, float>> found;
  size_t visits = 0;
  for (size_t s = 0; s < vectors_.size() && visits < kMostPostingVisits && out.size() < kMostPairs;
       ++s) {
    const SparseVector& v = vectors_[s];
    if (v.norm() <= 0) continue;
    touched.clear();
    common.clear();
    for (const auto& [term, weight] : v.entries()) {
      const float mine = weight / v.norm();
      const std::vector<std::pair<int, float>>& list = postings[term];
      if (list.size() > kMostPostings) {
        common.emplace_back(term, mine);
        continue;
      }
      visits += list.size();
      for (const auto& [other, theirs] : list) {
        if (other <= static_cast<int>(s) || docs_[static_cast<size_t>(other)] == docs_[s]) {
          continue;
        }
        if (dot[static_cast<size_t>(other)] == 0.0f) touched.push_back(other);
        dot[static_cast<size_t>(other)] += mine * theirs;
      }
    }
    std::sort(touched.begin(), touched.end());
    found.clear();
    for (int other : touched) {
      float sum = dot[static_cast<size_t>(other)];
      dot[static_cast<size_t>(other)] = 0.0f;
      // What the common terms add to a pair found through rarer ones.
      const SparseVector& w = vectors_[static_cast<size_t>(other)];
      for (const auto& [term, mine] : common) {
        const auto& entries = w.entries();
        const auto it = std::lower_bound(
            entries.begin(), entries.end(), term,
            [](const std::pair<int32_t, float>& e, int32_t t) { return e.first < t; });
        if (it != entries.end() && it->first == term) sum += mine * (it->second / w.norm());
      }
      const float similarity = std::min(1.0f, sum);
      if (similarity >= threshold) found.emplace_back(other, similarity);
    }
    // The most similar partners only, still in ascending order.
    if (found.size() > kMostNeighbours) {
      std::stable_sort(found.begin(), found.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      found.resize(kMostNeighbours);
      std::sort(found.begin(), found.end());
    }
    for (const auto& [other, similarity] : found) {
      out.push_back({{static_cast<int>(s), other}, similarity});
    }
  }
  return out;
}

std::vector<int> SupportingDocuments(const FactVectors& vectors, int index, double threshold) {
  return SupportingDocuments(vectors, std::vector<int>{index}, threshold)[0];
}

std::vector<std::vector<int>> SupportingDocuments(const FactVectors& vectors,
                                                  const std::vector<int>& sentences,
                                                  double threshold, bool* complete) {
  if (complete != nullptr) *complete = true;
  std::vector<std::vector<int>> out(sentences.size());
  // Only sentences sharing a term can reach a positive threshold: an index
  // of the sentences holding each term of `sentences`, ascending.
  std::unordered_map<int32_t, std::vector<int>> postings;
  for (int index : sentences) {
    for (const auto& [term, weight] : vectors.vector(index).entries()) postings[term];
  }
  int num_docs = 0;
  for (size_t s = 0; s < vectors.size(); ++s) {
    num_docs = std::max(num_docs, vectors.doc(static_cast<int>(s)) + 1);
    for (const auto& [term, weight] : vectors.vector(static_cast<int>(s)).entries()) {
      const auto it = postings.find(term);
      if (it != postings.end()) it->second.push_back(static_cast<int>(s));
    }
  }
  size_t allowance = kMostSupportWork;
  // Sentences already compared with the current one (stamped with its
  // number): a sentence sharing several terms is compared once.
  std::vector<size_t> compared(vectors.size(), SIZE_MAX);
  std::vector<bool> supports;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const int index = sentences[k];
    const int self = vectors.doc(index);
    supports.assign(static_cast<size_t>(num_docs), false);
    int left = num_docs - 1;  // Documents that may still support.
    // Which sentence supports a document does not matter, only whether one
    // does: the index is read in any order, and stops once every other
    // document supports.
    for (const auto& [term, weight] : vectors.vector(index).entries()) {
      if (left == 0) break;
      for (int s : postings[term]) {
        if (left == 0) break;
        if (allowance == 0) {
          if (complete != nullptr) *complete = false;
          break;
        }
        --allowance;
        const int doc = vectors.doc(s);
        if (doc == self || supports[static_cast<size_t>(doc)] ||
            compared[static_cast<size_t>(s)] == k) {
          continue;
        }
        compared[static_cast<size_t>(s)] = k;
        if (vectors.Similarity(index, s) >= threshold) {
          supports[static_cast<size_t>(doc)] = true;
          --left;
        }
      }
    }
    for (int d = 0; d < num_docs; ++d) {
      if (supports[static_cast<size_t>(d)]) out[k].push_back(d);
    }
  }
  return out;
}

}  // namespace precis
