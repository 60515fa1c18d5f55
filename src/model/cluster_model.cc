// Copyright 2026 The Precis Authors.
#include "model/cluster_model.h"

#include <algorithm>
#include <cmath>

#include "base/quote_marks.h"
#include "base/string_map.h"
#include "tokenize/stemmer.h"
#include "tokenize/stopwords.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

// Counts opening and closing double quotes (base/quote_marks.h); straight
// quotes alternate.
bool HasUnbalancedQuotes(std::string_view text) {
  int open = 0, close = 0, straight = 0;
  for (size_t i = 0; i < text.size();) {
    const QuoteMark mark = QuoteMarkAt(text, i);
    open += mark.kind == QuoteMarkKind::kOpening;
    close += mark.kind == QuoteMarkKind::kClosing;
    straight += mark.kind == QuoteMarkKind::kStraight;
    i += mark.width > 0 ? mark.width : 1;
  }
  return open != close || straight % 2 != 0;
}

bool IsContentWord(const Token& token) {
  if (token.is_number) return true;  // Numbers carry facts: "2014", "25".

  if (IsStopword(token.folded)) return false;
  // Single letters carry nothing ("s" of "Sony's" split elsewhere, initials).
  return token.folded.size() > 1;
}

}  // namespace

ClusterModel::ClusterModel(const Cluster& cluster) : cluster_(&cluster) {
  Stemmer stemmer;
  StringMap<int32_t> term_ids;  // Stem -> term id.
  StringMap<int32_t> word_ids;  // Folded token -> word id.
  // A token as SentenceInfo::tokens holds it, per word id.
  std::vector<int32_t> token_codes;
  int32_t other_words = 0;
  std::vector<Token> tokens;
  std::vector<int> last_doc;       // Last document that counted each term.
  std::vector<int> last_sentence;  // Last sentence that counted each term.
  for (size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    for (size_t p = 0; p < doc.sentences.size(); ++p) {
      const Sentence& sentence = doc.sentences[p];
      SentenceInfo info;
      info.doc = static_cast<int>(d);
      info.position = static_cast<int>(p);
      info.doc_sentences = static_cast<int>(doc.sentences.size());
      info.words = CountWords(sentence.text);
      info.bytes = sentence.text.size();
      info.is_heading = sentence.is_heading;
      info.unbalanced_quotes = HasUnbalancedQuotes(sentence.text);
      Tokenize(sentence.text, &tokens);
      const int sentence_index = static_cast<int>(sentences_.size());
      info.tokens.reserve(tokens.size());
      info.word_tokens.reserve(tokens.size());
      for (const Token& token : tokens) {
        auto word = word_ids.find(token.folded);
        if (word == word_ids.end()) {
          int32_t code = -1 - other_words;
          if (IsContentWord(token)) {
            const std::string_view stem = stemmer.Stem(token.folded);
            auto term = term_ids.find(stem);
            if (term == term_ids.end()) {
              term = term_ids.emplace(std::string(stem), static_cast<int32_t>(terms_.size())).first;
              terms_.emplace_back(stem);
              sentence_freq_.push_back(0);
              document_freq_.push_back(0);
              term_count_.push_back(0);
              last_doc.push_back(-1);
              last_sentence.push_back(-1);
            }
            code = term->second;
          } else {
            ++other_words;
          }
          word = word_ids.emplace(token.folded, static_cast<int32_t>(words_.size())).first;
          words_.push_back(token.folded);
          word_terms_.push_back(std::max(code, int32_t{-1}));
          token_codes.push_back(code);
        }
        info.word_tokens.push_back(
            {static_cast<uint32_t>(token.begin), static_cast<uint32_t>(token.end), word->second});
        const int32_t id = token_codes[static_cast<size_t>(word->second)];
        info.tokens.push_back(id);
        if (id < 0) continue;
        const size_t t = static_cast<size_t>(id);
        info.terms.push_back(id);
        ++term_count_[t];
        if (last_sentence[t] != sentence_index) {
          last_sentence[t] = sentence_index;
          ++sentence_freq_[t];
        }
        if (last_doc[t] != static_cast<int>(d)) {
          last_doc[t] = static_cast<int>(d);
          ++document_freq_[t];
        }
      }
      sentences_.push_back(std::move(info));
    }
  }
  const double n = std::max<double>(1.0, static_cast<double>(sentences_.size()));
  idf_.resize(terms_.size());
  for (size_t t = 0; t < terms_.size(); ++t) {
    // +1 smoothing keeps a term found in every sentence above zero.
    idf_[t] = static_cast<float>(std::log((n + 1.0) / sentence_freq_[t]));
  }
  for (SentenceInfo& info : sentences_) {
    std::vector<std::pair<int32_t, float>> pairs;
    pairs.reserve(info.terms.size());
    for (int32_t t : info.terms) pairs.emplace_back(t, idf_[static_cast<size_t>(t)]);
    info.tfidf = SparseVector::FromPairs(std::move(pairs));
  }
}

}  // namespace precis
