// Copyright 2026 The Precis Authors.
#include "tokenize/irregular_forms.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace precis {

std::string WordNetDirectory() {
  const char* dir = std::getenv("PRECIS_WORDNET_DIR");
  return dir != nullptr && *dir != '\0' ? dir : "/usr/share/wordnet";
}

std::vector<std::pair<std::string, std::string>> ReadWordNetExceptions(const std::string& dir,
                                                                       std::string_view part) {
  std::vector<std::pair<std::string, std::string>> forms;
  std::ifstream in(dir + "/" + std::string(part) + ".exc");
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string inflected, lemma;
    if (fields >> inflected >> lemma) forms.emplace_back(std::move(inflected), std::move(lemma));
  }
  return forms;
}

const IrregularVerbs& IrregularVerbs::Shared() {
  static const IrregularVerbs* verbs = new IrregularVerbs();
  return *verbs;
}

IrregularVerbs::IrregularVerbs() {
  // A form listed twice ("lay" of "lie" and of "lay") keeps its first
  // lemma; multi-word entries ("ate_up") never meet a single word.
  for (auto& [form, lemma] : ReadWordNetExceptions(WordNetDirectory(), "verb")) {
    if (form.find('_') == std::string::npos) lemma_of_.emplace(std::move(form), std::move(lemma));
  }
}

std::string_view IrregularVerbs::LemmaOf(std::string_view folded_word) const {
  const auto it = lemma_of_.find(folded_word);
  return it == lemma_of_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace precis
