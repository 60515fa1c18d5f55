// Copyright 2026 The Precis Authors.
//
// Whether a noun names people ("victims", "children", "officers",
// "passengers"), from WordNet's noun hierarchy as Debian's wordnet-base
// installs it: two numbers counting "five young people" and "five friends"
// count one kind of thing, while "7 people" and "8 cars" do not.
#ifndef PRECIS_ANALYZE_PERSON_NOUNS_H_
#define PRECIS_ANALYZE_PERSON_NOUNS_H_

#include <cstdint>
#include <fstream>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace precis {

class PersonNouns {
 public:
  // Reads WordNet from WordNetDirectory() (tokenize/irregular_forms.h).
  static PersonNouns& Shared();

  // True when the first (most frequent) sense of the noun `folded_word`,
  // or of its singular ("children" -> "child", "victims" -> "victim"), is
  // a kind of person in WordNet, or the word is "people". False for any
  // other word, and for every word where WordNet is not installed.
  // Thread-safe; a word asked again is answered from memory.
  bool NamesPeople(std::string_view folded_word);

 private:
  PersonNouns();

  // The offset in data.noun of the first sense of `lemma`, or -1 when
  // index.noun does not list it (a binary search of the sorted file).
  int64_t FirstSense(std::string_view lemma) const;
  // Whether the synset at `offset` of data.noun has person.n.01 among its
  // hypernyms, or is it.
  bool IsKindOfPerson(int64_t offset);

  std::mutex mutex_;
  std::string index_;  // index.noun.
  std::ifstream data_;
  std::unordered_map<std::string, std::string> irregular_plurals_;  // "men" -> "man".
  std::unordered_map<std::string, bool> known_;
};

}  // namespace precis

#endif  // PRECIS_ANALYZE_PERSON_NOUNS_H_
