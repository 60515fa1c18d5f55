// Copyright 2026 The Precis Authors.
#include "attribute/fact_vectors.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "attribute/lexicon.h"
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

void AppendTerms(std::string_view text, const std::vector<Token>& tokens, Stemmer* stemmer,
                 std::vector<std::string>* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    double value = 0;
    bool is_number = false;
    if (t.is_number) {
      is_number = ParseDigits(t.folded, &value);
    } else if (int v = NumberWordValue(t.folded); v > 0) {
      is_number = true;
      value = v;
      // "twenty-five"
      if (v >= 20 && next != nullptr && next->begin == t.end + 1 && text[t.end] == '-' &&
          NumberWordValue(next->folded) > 0 && NumberWordValue(next->folded) < 10) {
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
      out->push_back("#" + FormatNumber(value));
      continue;
    }
    if (Capitalized(text, t)) {
      if (int m = MonthNumber(t.folded);
          m > 0 && (t.folded != "may" || (next && next->is_number))) {
        out->push_back("@m" + std::to_string(m));
        continue;
      }
      if (int d = WeekdayNumber(t.folded); d > 0) {
        out->push_back("@d" + std::to_string(d));
        continue;
      }
    }
    if (next != nullptr && StartsTwoWordAlias(t.folded)) {
      std::string pair = CanonicalAlias(t.folded + " " + next->folded);
      if (!pair.empty()) {
        out->push_back(pair);
        ++i;
        continue;
      }
    }
    std::string alias;
    if (t.folded == "us" || t.folded == "un") {
      const std::string_view written = text.substr(t.begin, 2);
      if (written == "US" || written == "UN") alias = CanonicalAlias(t.folded);
    } else {
      alias = CanonicalAlias(t.folded);
    }
    if (!alias.empty()) {
      out->push_back(alias);
      continue;
    }
    if (IsReportingVerb(t.folded)) {
      out->push_back("~say");
      continue;
    }
    if (IsStopword(t.folded) || t.folded.size() < 2) continue;
    out->push_back(stemmer->Stem(t.folded));
  }
}

}  // namespace

std::vector<std::string> FactTerms(std::string_view text) {
  Stemmer stemmer;
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  AppendTerms(text, tokens, &stemmer, &out);
  return out;
}

FactVectors::FactVectors(const Cluster& cluster) : cluster_(&cluster) {
  Stemmer stemmer;
  std::vector<Token> tokens;
  std::vector<std::string> terms;
  std::unordered_map<std::string, int32_t> ids;
  std::vector<std::vector<int32_t>> sentence_terms;
  std::vector<int> frequency;  // Sentences holding each term.
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (size_t p = 0; p < doc.sentences.size(); ++p) {
      const std::string& text = doc.sentences[p].text;
      Tokenize(text, &tokens);
      terms.clear();
      AppendTerms(text, tokens, &stemmer, &terms);
      std::vector<int32_t> mine;
      for (std::string& term : terms) {
        auto [it, added] = ids.emplace(std::move(term), static_cast<int32_t>(ids.size()));
        if (added) frequency.push_back(0);
        mine.push_back(it->second);
      }
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
