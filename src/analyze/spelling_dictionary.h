// Copyright 2026 The Precis Authors.
//
// An English spelling dictionary: whether a word is one that English text
// writes ("Underground", "London", "Gonzales") or none ("Undergground").
// Of two names a letter apart, one word listed and the other not is a
// slip; both listed, most often two words ("Colombia" / "Columbia"). It
// also tells a common word ("county") from one listed as a name ("Bill").
#ifndef PRECIS_ANALYZE_SPELLING_DICTIONARY_H_
#define PRECIS_ANALYZE_SPELLING_DICTIONARY_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/string_map.h"

namespace precis {

// Hunspell's American English dictionary (Debian package hunspell-en-us),
// read from $PRECIS_HUNSPELL_DIR or /usr/share/hunspell on first use.
// Thread-safe.
class SpellingDictionary {
 public:
  // The process's dictionary, read once.
  static const SpellingDictionary& Shared();

  // A dictionary read from `dir` (en_US.aff and en_US.dic); unavailable
  // when they cannot be read.
  explicit SpellingDictionary(const std::string& dir);
  ~SpellingDictionary();
  SpellingDictionary(const SpellingDictionary&) = delete;
  SpellingDictionary& operator=(const SpellingDictionary&) = delete;

  // Whether the files were read. Without them Knows() is false for every
  // word, and the rules that ask it keep to their other evidence.
  bool available() const { return handle_ != nullptr; }

  // Whether `word` (valid UTF-8, any case; one word) is a word or name the
  // dictionary lists in some case: "london", "nasa" and "sony's" are.
  bool Knows(std::string_view word) const;

  // Whether `word` (valid UTF-8, in lower case) is listed in lower case: a
  // common word ("underground", "health"), not only a name ("london").
  bool KnowsInLowerCase(std::string_view word) const;

  // Whether `word` (valid UTF-8, in lower case) is listed with a capital,
  // as a name: a given name, a surname, a place ("bill" and "brown" are, as
  // well as common words; "pleasant" and "county" are not).
  bool ListsAsName(std::string_view word) const;

 private:
  struct Handle;
  enum class Question { kSpelled, kListedAsName };

  // Hunspell's answer to `question` for `form`, remembered in `known`.
  bool Ask(std::string_view form, Question question, StringMap<bool>* known) const;

  // Answers remembered per form before they are forgotten, so that a
  // long-running service does not grow without bound.
  static constexpr size_t kMostRemembered = size_t{1} << 16;

  std::unique_ptr<Handle> handle_;
  mutable std::mutex mutex_;
  // Answers so far, by the form asked: capitals, lower case, or capitalized
  // (ListsAsName).
  mutable StringMap<bool> known_, known_in_lower_case_, listed_as_name_;
};

}  // namespace precis

#endif  // PRECIS_ANALYZE_SPELLING_DICTIONARY_H_
