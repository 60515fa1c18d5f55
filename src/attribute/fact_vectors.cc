// Copyright 2026 The Precis Authors.
#include "attribute/fact_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "attribute/lexicon.h"
#include "base/string_map.h"
#include "tokenize/stemmer.h"
#include "tokenize/stopwords.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

bool Capitalized(std::string_view text, const Token& token) {
  const char c = text[token.begin];
  return c >= 'A' && c <= 'Z';
}

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

// Turns tokens into normalized terms, numbered in order of first use. What
// a word alone decides (is it a number word, a month, an alias, a
// reporting verb, a stopword, its stem) is worked out once per distinct
// word and remembered with its term's number.
class TermMaker {
 public:
  // Appends the term numbers of `tokens` (of `text`) to *out.
  void Append(std::string_view text, const std::vector<Token>& tokens, std::vector<int32_t>* out);

  const std::string& term(int32_t id) const { return terms_[static_cast<size_t>(id)]; }
  size_t num_terms() const { return terms_.size(); }

 private:
  struct Word {
    int number = 0;   // NumberWordValue.
    int month = 0;    // MonthNumber.
    int weekday = 0;  // WeekdayNumber.
    bool starts_two_word_alias = false;
    // The term the word stands for where nothing around it matters: its
    // alias, "~say", its stem; -1 for a word left out.
    int32_t term = -1;
  };

  const Word& Lookup(const std::string& folded);
  int32_t Id(std::string_view term);

  Stemmer stemmer_;
  StringMap<Word> words_;
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

const TermMaker::Word& TermMaker::Lookup(const std::string& folded) {
  if (auto it = words_.find(folded); it != words_.end()) return it->second;
  Word w;
  w.number = NumberWordValue(folded);
  w.month = MonthNumber(folded);
  w.weekday = WeekdayNumber(folded);
  w.starts_two_word_alias = StartsTwoWordAlias(folded);
  if (const std::string alias = CanonicalAlias(folded); !alias.empty()) {
    w.term = Id(alias);
  } else if (IsReportingVerb(folded)) {
    w.term = Id("~say");
  } else if (!IsStopword(folded) && folded.size() >= 2) {
    w.term = Id(stemmer_.Stem(folded));
  }
  return words_.emplace(folded, w).first->second;
}

void TermMaker::Append(std::string_view text, const std::vector<Token>& tokens,
                       std::vector<int32_t>* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    const Word* word = t.is_number ? nullptr : &Lookup(t.folded);
    double value = 0;
    bool is_number = false;
    if (t.is_number) {
      is_number = ParseDigits(t.folded, &value);
    } else if (word->number > 0) {
      is_number = true;
      value = word->number;
      // "twenty-five"
      if (word->number >= 20 && next != nullptr && next->begin == t.end + 1 &&
          text[t.end] == '-' && NumberWordValue(next->folded) > 0 &&
          NumberWordValue(next->folded) < 10) {
        value += NumberWordValue(next->folded);
        ++i;
        next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      }
    }
    if (is_number) {
      if (next != nullptr && MultiplierValue(next->folded) > 0) {
        value *= MultiplierValue(next->folded);
        ++i;
      }
      out->push_back(Id("#" + FormatNumber(value)));
      continue;
    }
    if (word == nullptr) word = &Lookup(t.folded);  // Digits that are no number ("1.2.3").
    if (Capitalized(text, t)) {
      if (word->month > 0 && (t.folded != "may" || (next && next->is_number))) {
        out->push_back(Id("@m" + std::to_string(word->month)));
        continue;
      }
      if (word->weekday > 0) {
        out->push_back(Id("@d" + std::to_string(word->weekday)));
        continue;
      }
    }
    if (next != nullptr && word->starts_two_word_alias) {
      const std::string pair = CanonicalAlias(t.folded + " " + next->folded);
      if (!pair.empty()) {
        out->push_back(Id(pair));
        ++i;
        continue;
      }
    }
    if (t.folded == "us" || t.folded == "un") {
      // "US" and "UN" are aliases; "us" is a pronoun.
      const std::string_view written = text.substr(t.begin, 2);
      if (written == "US" || written == "UN") {
        out->push_back(word->term);
      } else if (!IsStopword(t.folded)) {
        out->push_back(Id(stemmer_.Stem(t.folded)));
      }
      continue;
    }
    if (word->term >= 0) out->push_back(word->term);
  }
}

}  // namespace

std::vector<std::string> FactTerms(std::string_view text) {
  TermMaker maker;
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<int32_t> ids;
  maker.Append(text, tokens, &ids);
  std::vector<std::string> out;
  for (int32_t id : ids) out.push_back(maker.term(id));
  return out;
}

FactVectors::FactVectors(const Cluster& cluster) : cluster_(&cluster) {
  TermMaker maker;
  std::vector<Token> tokens;
  std::vector<std::vector<int32_t>> sentence_terms;
  std::vector<int> frequency;  // Sentences holding each term.
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (size_t p = 0; p < doc.sentences.size(); ++p) {
      const std::string& text = doc.sentences[p].text;
      Tokenize(text, &tokens);
      std::vector<int32_t> mine;
      maker.Append(text, tokens, &mine);
      frequency.resize(maker.num_terms(), 0);
      std::vector<int32_t> distinct = mine;
      std::sort(distinct.begin(), distinct.end());
      distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
      for (int32_t id : distinct) ++frequency[static_cast<size_t>(id)];
      sentence_terms.push_back(std::move(mine));
      docs_.push_back(static_cast<int>(d));
      positions_.push_back(static_cast<int>(p));
    }
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

std::vector<std::pair<std::pair<int, int>, float>> FactVectors::SimilarPairs(
    float threshold) const {
  // postings[term] = (sentence, weight / norm), sentences ascending.
  std::unordered_map<int32_t, std::vector<std::pair<int, float>>> postings;
  for (size_t s = 0; s < vectors_.size(); ++s) {
    const SparseVector& v = vectors_[s];
    if (v.norm() <= 0) continue;
    for (const auto& [term, weight] : v.entries()) {
      postings[term].emplace_back(static_cast<int>(s), weight / v.norm());
    }
  }
  std::vector<std::pair<std::pair<int, int>, float>> out;
  std::vector<float> dot(vectors_.size(), 0.0f);
  std::vector<int> touched;
  for (size_t s = 0; s < vectors_.size(); ++s) {
    const SparseVector& v = vectors_[s];
    if (v.norm() <= 0) continue;
    touched.clear();
    for (const auto& [term, weight] : v.entries()) {
      const float mine = weight / v.norm();
      for (const auto& [other, theirs] : postings[term]) {
        if (other <= static_cast<int>(s) || docs_[static_cast<size_t>(other)] == docs_[s]) {
          continue;
        }
        if (dot[static_cast<size_t>(other)] == 0.0f) touched.push_back(other);
        dot[static_cast<size_t>(other)] += mine * theirs;
      }
    }
    std::sort(touched.begin(), touched.end());
    for (int other : touched) {
      const float similarity = std::min(1.0f, dot[static_cast<size_t>(other)]);
      if (similarity >= threshold) out.push_back({{static_cast<int>(s), other}, similarity});
      dot[static_cast<size_t>(other)] = 0.0f;
    }
  }
  return out;
}

std::vector<int> SupportingDocuments(const FactVectors& vectors, int index, double threshold) {
  std::vector<bool> supports;
  const int self = vectors.doc(index);
  for (size_t s = 0; s < vectors.size(); ++s) {
    const int doc = vectors.doc(static_cast<int>(s));
    if (static_cast<size_t>(doc) >= supports.size()) supports.resize(static_cast<size_t>(doc) + 1);
    if (doc == self || supports[static_cast<size_t>(doc)]) continue;
    if (vectors.Similarity(index, static_cast<int>(s)) >= threshold) {
      supports[static_cast<size_t>(doc)] = true;
    }
  }
  std::vector<int> out;
  for (size_t d = 0; d < supports.size(); ++d) {
    if (supports[d]) out.push_back(static_cast<int>(d));
  }
  return out;
}

}  // namespace precis
