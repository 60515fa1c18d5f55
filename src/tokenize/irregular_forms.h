// Copyright 2026 The Precis Authors.
//
// Irregular word forms ("won" -> "win", "children" -> "child") from
// WordNet's exception lists, as Debian's wordnet-base installs them. A
// stemmer leaves such forms alone ("won" stays "won" while "winning" becomes
// "win"); looking them up first makes the two one word.
#ifndef PRECIS_TOKENIZE_IRREGULAR_FORMS_H_
#define PRECIS_TOKENIZE_IRREGULAR_FORMS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/string_map.h"

namespace precis {

// The directory of the exception lists: $PRECIS_WORDNET_DIR if set, else
// /usr/share/wordnet.
std::string WordNetDirectory();

// The (inflected form, lemma) lines of `dir`/`part`.exc in file order, one
// pair per line that has both; `part` is "noun", "verb", "adj" or "adv".
// Empty when the file cannot be read.
std::vector<std::pair<std::string, std::string>> ReadWordNetExceptions(const std::string& dir,
                                                                       std::string_view part);

// Irregular verb forms -> the verb ("won" -> "win", "said" -> "say",
// "fell" -> "fall"), read once from WordNetDirectory(). Thread-safe. Empty
// where wordnet-base is not installed: callers then see the forms as
// written.
class IrregularVerbs {
 public:
  static const IrregularVerbs& Shared();

  // The verb `folded_word` is a form of, or "" if it is no irregular form.
  std::string_view LemmaOf(std::string_view folded_word) const;

  bool empty() const { return lemma_of_.empty(); }

 private:
  IrregularVerbs();
  // Searched with the view of a token's text: a look-up allocates nothing.
  StringMap<std::string> lemma_of_;
};

}  // namespace precis

#endif  // PRECIS_TOKENIZE_IRREGULAR_FORMS_H_
