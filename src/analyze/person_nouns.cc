// Copyright 2026 The Precis Authors.
#include "analyze/person_nouns.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <sstream>
#include <utility>
#include <vector>

#include "tokenize/irregular_forms.h"

namespace precis {
namespace {

// person.n.01 ("a human being") in WordNet 3.0's data.noun.
constexpr int64_t kPersonOffset = 7846;
// Hypernym steps walked up from a sense: WordNet's noun hierarchy is at
// most about twenty deep.
constexpr int kMostSteps = 64;
// Words whose answer is kept; a cluster asks about a few hundred.
constexpr size_t kMostKnown = size_t{1} << 16;

}  // namespace

PersonNouns& PersonNouns::Shared() {
  static PersonNouns* nouns = new PersonNouns();
  return *nouns;
}

PersonNouns::PersonNouns() {
  const std::string dir = WordNetDirectory();
  // The index (4.8 MB) is searched in memory; data.noun (15 MB) is read
  // only at the senses looked up.
  std::ifstream index(dir + "/index.noun", std::ios::binary | std::ios::ate);
  if (index) {
    index_.resize(static_cast<size_t>(index.tellg()));
    index.seekg(0);
    if (!index.read(index_.data(), static_cast<std::streamsize>(index_.size()))) index_.clear();
  }
  data_.open(dir + "/data.noun", std::ios::binary);
  for (auto& [form, lemma] : ReadWordNetExceptions(dir, "noun")) {
    irregular_plurals_.emplace(std::move(form), std::move(lemma));
  }
}

bool PersonNouns::NamesPeople(std::string_view folded_word) {
  if (folded_word == "people") return true;
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string word(folded_word);
  if (const auto it = known_.find(word); it != known_.end()) return it->second;
  // Its listed irregular singular ("men" -> "man", though "men" is a
  // lemma too, of soldiers as a body), the word itself, then the regular
  // endings of a plural, as WordNet's own morphology tries them.
  std::vector<std::string> forms;
  if (const auto it = irregular_plurals_.find(word); it != irregular_plurals_.end()) {
    forms.push_back(it->second);
  }
  forms.push_back(word);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kEndings = {
      {{"s", ""},
       {"ses", "s"},
       {"xes", "x"},
       {"zes", "z"},
       {"ches", "ch"},
       {"shes", "sh"},
       {"men", "man"},
       {"ies", "y"}}};
  for (const auto& [ending, singular] : kEndings) {
    if (word.size() > ending.size() + 1 && word.ends_with(ending)) {
      forms.push_back(word.substr(0, word.size() - ending.size()) + std::string(singular));
    }
  }
  bool people = false;
  for (const std::string& form : forms) {
    const int64_t sense = FirstSense(form);
    if (sense < 0) continue;
    people = IsKindOfPerson(sense);
    break;
  }
  // Bounded memory: a hostile text's million distinct words are looked up
  // again rather than kept.
  if (known_.size() >= kMostKnown) known_.clear();
  known_.emplace(word, people);
  return people;
}

int64_t PersonNouns::FirstSense(std::string_view lemma) const {
  if (index_.empty() || lemma.empty() || lemma.find(' ') != std::string_view::npos) return -1;
  // Lines are sorted by lemma in byte order; the license at the top opens
  // with spaces, so its lemmas are empty and sort first. The line starting
  // after byte `pos` (at it, for 0) has a lemma that rises with `pos`; the
  // search finds the first not less than the one sought.
  const std::string_view text(index_);
  auto line_after = [&](size_t pos) {
    if (pos > 0) {
      pos = text.find('\n', pos);
      pos = pos == std::string_view::npos ? text.size() : pos + 1;
    }
    const size_t end = std::min(text.find('\n', pos), text.size());
    return text.substr(pos, end - pos);
  };
  auto lemma_of = [](std::string_view line) { return line.substr(0, line.find(' ')); };
  size_t low = 0, high = text.size();
  while (low < high) {
    const size_t mid = low + (high - low) / 2;
    const std::string_view line = line_after(mid);
    if (!line.empty() && lemma_of(line) < lemma) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  const std::string_view line = line_after(low);
  if (line.empty() || lemma_of(line) != lemma) return -1;
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
  // synset_offset...
  std::istringstream fields{std::string(line)};
  std::string word, pos, skip;
  int synsets = 0, pointers = 0;
  if (!(fields >> word >> pos >> synsets >> pointers) || synsets <= 0) return -1;
  for (int i = 0; i < pointers + 2; ++i) fields >> skip;
  int64_t offset = -1;
  fields >> offset;
  return fields ? offset : -1;
}

bool PersonNouns::IsKindOfPerson(int64_t offset) {
  std::vector<int64_t> pending = {offset};
  for (int steps = 0; !pending.empty() && steps < kMostSteps; ++steps) {
    const int64_t at = pending.back();
    pending.pop_back();
    if (at == kPersonOffset) return true;
    data_.clear();
    data_.seekg(at);
    std::string line;
    if (!std::getline(data_, line)) continue;
    // offset lex_filenum ss_type w_cnt (hex) [word lex_id]... p_cnt
    // [symbol offset pos source/target]... | gloss
    std::istringstream fields(line);
    std::string skip, words_hex;
    fields >> skip >> skip >> skip >> words_hex;
    const long words = std::strtol(words_hex.c_str(), nullptr, 16);
    for (long i = 0; i < 2 * words; ++i) fields >> skip;
    int pointers = 0;
    fields >> pointers;
    for (int i = 0; i < pointers && fields; ++i) {
      std::string symbol, target_pos, ends;
      int64_t target = 0;
      fields >> symbol >> target >> target_pos >> ends;
      if (symbol == "@" || symbol == "@i") pending.push_back(target);
    }
  }
  return false;
}

}  // namespace precis
