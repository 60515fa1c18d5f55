// Copyright 2026 The Precis Authors.
//
// Word tokens for content comparison: case-folded, quotes and dashes folded,
// with byte offsets into the text they came from.
#ifndef PRECIS_TOKENIZE_TOKENIZER_H_
#define PRECIS_TOKENIZE_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/words.h"  // CountWords, with the tokens.

namespace precis {

struct Token {
  size_t begin = 0;  // Byte offsets in the tokenized text.
  size_t end = 0;
  // Lowercase (full Unicode case folding), NFKC-compatible letters kept,
  // curly apostrophes folded to "'". "U.S." -> "u.s.", "Sony’s" -> "sony's".
  std::string folded;
  bool is_number = false;  // Starts with a digit.
};

// Splits `text` (valid UTF-8) into word tokens: maximal runs of letters,
// digits and combining marks, also holding apostrophes between letters
// ("don't"), periods between single letters ("U.S.") and periods or commas
// between digits ("3.5", "1,000"). Everything else separates tokens.
void Tokenize(std::string_view text, std::vector<Token>* tokens);

// True when token `t` of `text` starts with an uppercase or titlecase
// letter ("Sony", "Émile"; not "iPhone" or "7").
bool IsCapitalized(std::string_view text, const Token& t);

}  // namespace precis

#endif  // PRECIS_TOKENIZE_TOKENIZER_H_
