// Copyright 2026 The Precis Authors.
#include "tokenize/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "base/string_map.h"

namespace precis {

struct Stemmer::Memory {
  Memory() : snowball(sb_stemmer_new("english", "UTF_8")) {
    if (snowball == nullptr) std::abort();  // Only fails when out of memory.
  }
  ~Memory() { sb_stemmer_delete(snowball); }

  sb_stemmer* const snowball;
  StringMap<std::string> stems;
};

Stemmer::Stemmer() {
  thread_local Memory memory;
  memory_ = &memory;
}

const std::string& Stemmer::Stem(std::string_view folded_word) {
  auto& stems = memory_->stems;
  if (auto it = stems.find(folded_word); it != stems.end()) return it->second;
  if (stems.size() >= kMaxRemembered) stems.clear();
  std::string stem(folded_word);
  const bool keep = std::any_of(folded_word.begin(), folded_word.end(),
                                [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  if (!keep) {
    const sb_symbol* out =
        sb_stemmer_stem(memory_->snowball, reinterpret_cast<const sb_symbol*>(folded_word.data()),
                        static_cast<int>(folded_word.size()));
    if (out != nullptr) {
      stem.assign(reinterpret_cast<const char*>(out),
                  static_cast<size_t>(sb_stemmer_length(memory_->snowball)));
    }
  }
  return stems.emplace(std::string(folded_word), std::move(stem)).first->second;
}

}  // namespace precis
