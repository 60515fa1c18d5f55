// Copyright 2026 The Precis Authors.
//
// ClusterModel: the view of a cluster that summarizers and attribution work
// on: every sentence with its tokens and stemmed content terms, the
// cluster's distinct words, term statistics across sentences and
// documents, and tf-idf vectors. The cluster is tokenized here once.
#ifndef PRECIS_MODEL_CLUSTER_MODEL_H_
#define PRECIS_MODEL_CLUSTER_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "precis/document.h"
#include "similarity/sparse_vector.h"

namespace precis {

// A token of a sentence: its bytes in the sentence's text and its word (an
// index into ClusterModel::word()).
struct WordToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  int32_t word = 0;
};

struct SentenceInfo {
  int doc = 0;            // Index into Cluster::documents.
  int position = 0;       // Index into Document::sentences.
  int doc_sentences = 0;  // Number of sentences in that document.
  size_t words = 0;       // White-space separated words (the budget unit).
  size_t bytes = 0;       // UTF-8 bytes of the text.
  bool is_heading = false;
  // Double quotes that open and never close (or the reverse) in the text: a
  // fragment of a longer quotation.
  bool unbalanced_quotes = false;
  std::vector<int32_t> terms;  // Stemmed content terms, in text order.
  // Every token in text order: a content token as its term id (>= 0), any
  // other token (stopword, single letter) as -1 - its id among the
  // cluster's distinct non-content tokens.
  std::vector<int32_t> tokens;
  std::vector<WordToken> word_tokens;  // Every token in text order, as words.
  SparseVector tfidf;                  // Term frequency x log(N / sentence frequency).
};

class ClusterModel {
 public:
  // Builds the model. The cluster must outlive the model.
  explicit ClusterModel(const Cluster& cluster);

  const Cluster& cluster() const { return *cluster_; }
  const std::vector<SentenceInfo>& sentences() const { return sentences_; }
  const Sentence& text(int i) const {
    const SentenceInfo& s = sentences_[static_cast<size_t>(i)];
    return cluster_->documents[static_cast<size_t>(s.doc)]
        .sentences[static_cast<size_t>(s.position)];
  }
  size_t num_documents() const { return cluster_->documents.size(); }
  size_t num_terms() const { return terms_.size(); }
  const std::string& term(int32_t id) const { return terms_[static_cast<size_t>(id)]; }
  // The cluster's distinct tokens, case-folded as Tokenize folds them
  // ("u.s.", "sony's", "1,000"), numbered in order of first use.
  size_t num_words() const { return words_.size(); }
  const std::string& word(int32_t id) const { return words_[static_cast<size_t>(id)]; }
  // The term id of word `id`, or -1 when it is not a content word.
  int32_t term_of_word(int32_t id) const { return word_terms_[static_cast<size_t>(id)]; }
  // Number of sentences / documents holding term `id`.
  int sentence_frequency(int32_t id) const { return sentence_freq_[static_cast<size_t>(id)]; }
  int document_frequency(int32_t id) const { return document_freq_[static_cast<size_t>(id)]; }
  // Occurrences of term `id` in the whole cluster.
  int term_count(int32_t id) const { return term_count_[static_cast<size_t>(id)]; }
  // log(number of sentences / sentence frequency), at least a small floor.
  float idf(int32_t id) const { return idf_[static_cast<size_t>(id)]; }

 private:
  const Cluster* cluster_;
  std::vector<SentenceInfo> sentences_;
  std::vector<std::string> terms_;
  std::vector<std::string> words_;
  std::vector<int32_t> word_terms_;
  std::vector<int> sentence_freq_;
  std::vector<int> document_freq_;
  std::vector<int> term_count_;
  std::vector<float> idf_;
};

}  // namespace precis

#endif  // PRECIS_MODEL_CLUSTER_MODEL_H_
