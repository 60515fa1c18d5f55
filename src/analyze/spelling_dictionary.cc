// Copyright 2026 The Precis Authors.
#include "analyze/spelling_dictionary.h"

#include <hunspell/hunspell.h>
#include <utf8proc.h>

#include <cstdlib>
#include <fstream>
#include <string_view>

#include "base/utf8.h"

namespace precis {

struct SpellingDictionary::Handle {
  explicit Handle(Hunhandle* h) : hunspell(h) {}
  ~Handle() { Hunspell_destroy(hunspell); }
  Hunhandle* const hunspell;
};

const SpellingDictionary& SpellingDictionary::Shared() {
  static const SpellingDictionary* const kShared = [] {
    const char* dir = std::getenv("PRECIS_HUNSPELL_DIR");
    return new SpellingDictionary(dir != nullptr ? dir : "/usr/share/hunspell");
  }();
  return *kShared;
}

SpellingDictionary::SpellingDictionary(const std::string& dir) {
  const std::string aff = dir + "/en_US.aff", dic = dir + "/en_US.dic";
  // Hunspell reads a missing file as an empty dictionary: check first.
  if (!std::ifstream(aff).good() || !std::ifstream(dic).good()) return;
  Hunhandle* hunspell = Hunspell_create(aff.c_str(), dic.c_str());
  if (hunspell != nullptr) handle_ = std::make_unique<Handle>(hunspell);
}

SpellingDictionary::~SpellingDictionary() = default;

bool SpellingDictionary::Knows(std::string_view word) const {
  if (handle_ == nullptr || word.empty()) return false;
  // In capitals, which Hunspell accepts for a word listed in any case
  // ("LONDON", "NASA", "HOUSE"), where "london" would be no word.
  std::string upper;
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = NextCodePoint(word, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))), &upper);
  }
  return Ask(upper, Question::kSpelled, &known_);
}

bool SpellingDictionary::KnowsInLowerCase(std::string_view word) const {
  if (handle_ == nullptr || word.empty()) return false;
  return Ask(word, Question::kSpelled, &known_in_lower_case_);
}

bool SpellingDictionary::ListsAsName(std::string_view word) const {
  if (handle_ == nullptr || word.empty()) return false;
  // Hunspell stems a capitalized word to each entry it matches: "Bill" to
  // "bill" and "Bill", "Pleasant" to "pleasant" alone.
  std::string capitalized;
  size_t pos = 0;
  const char32_t first = NextCodePoint(word, &pos);
  AppendUtf8(static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(first))),
             &capitalized);
  capitalized.append(word.substr(pos));
  return Ask(capitalized, Question::kListedAsName, &listed_as_name_);
}

bool SpellingDictionary::Ask(std::string_view form, Question question,
                             StringMap<bool>* known) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = known->find(form); it != known->end()) return it->second;
  const std::string text(form);
  bool listed = false;
  if (question == Question::kSpelled) {
    listed = Hunspell_spell(handle_->hunspell, text.c_str()) != 0;
  } else {
    char** stems = nullptr;
    const int n = Hunspell_stem(handle_->hunspell, &stems, text.c_str());
    for (int i = 0; i < n && !listed; ++i) {
      const std::string_view stem(stems[i]);
      size_t at = 0;
      listed = !stem.empty() &&
               utf8proc_category(static_cast<utf8proc_int32_t>(NextCodePoint(stem, &at))) ==
                   UTF8PROC_CATEGORY_LU;
    }
    Hunspell_free_list(handle_->hunspell, &stems, n);
  }
  if (known->size() >= kMostRemembered) known->clear();
  known->emplace(text, listed);
  return listed;
}

}  // namespace precis
