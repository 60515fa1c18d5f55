// Copyright 2026 The Precis Authors.
#include "tokenize/tokenizer.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace precis {
namespace {

std::vector<std::string> Folded(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

TEST(Tokenizer, FoldsCaseAndDropsPunctuation) {
  EXPECT_EQ(Folded("Sony Pictures, “The Interview”!"),
            (std::vector<std::string>{"sony", "pictures", "the", "interview"}));
}

TEST(Tokenizer, KeepsDottedAcronymsAndNumbers) {
  EXPECT_EQ(Folded("The U.S. paid $1,000.50 at 3 p.m."),
            (std::vector<std::string>{"the", "u.s.", "paid", "1,000.50", "at", "3",
                                      "p.m."}));
}

TEST(Tokenizer, FoldsCurlyApostropheInsideWords) {
  EXPECT_EQ(Folded("Sony’s partners’ decision, don't"),
            (std::vector<std::string>{"sony's", "partners", "decision", "don't"}));
}

TEST(Tokenizer, SplitsHyphensAndDashes) {
  EXPECT_EQ(Folded("high-profile — done"),
            (std::vector<std::string>{"high", "profile", "done"}));
}

TEST(Tokenizer, OffsetsPointAtTheWord) {
  std::string text = "  Élan vital ";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Élan");
  EXPECT_EQ(tokens[0].folded, "élan");
}

// ASCII runs are lowered in pieces of at most 64 bytes: a word of any
// length is still one token, whole, with its end where the text's word ends.
TEST(Tokenizer, KeepsLongWordsWhole) {
  for (size_t n : {63, 64, 65, 130, 200}) {
    std::string word;
    for (size_t i = 0; i < n; ++i) word += static_cast<char>((i % 3 == 0 ? 'A' : 'a') + i % 26);
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<Token> tokens;
    const std::string text = "x " + word + "’s end";
    Tokenize(text, &tokens);
    ASSERT_EQ(tokens.size(), 3u) << n;
    EXPECT_EQ(tokens[1].folded, lower + "'s") << n;
    EXPECT_EQ(tokens[1].begin, 2u);
    EXPECT_EQ(tokens[1].end, 2 + n + std::string("’s").size());
  }
}

// A run of ASCII letters and digits is a whole token where ASCII that
// joins nothing follows it, or the text's end; a joiner or a letter beyond
// ASCII takes the token on.
TEST(Tokenizer, EndsAsciiRunsOnlyWhereNothingJoinsThem) {
  EXPECT_EQ(Folded("Abc"), (std::vector<std::string>{"abc"}));
  EXPECT_EQ(Folded("Abc-Def) G\tH/7"), (std::vector<std::string>{"abc", "def", "g", "h", "7"}));
  EXPECT_EQ(Folded("Caf\u00E9s ABCd\u00C9f"),
            (std::vector<std::string>{"caf\u00E9s", "abcd\u00E9f"}));
  EXPECT_EQ(Folded("It's 3.5, 1,000. Done."),
            (std::vector<std::string>{"it's", "3.5", "1,000", "done"}));
}

TEST(Tokenizer, CapitalizedTokens) {
  const std::string text = "Sony and \u00C9mile met iPhone 7 users";
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<bool> capitalized;
  for (const Token& t : tokens) capitalized.push_back(IsCapitalized(text, t));
  EXPECT_EQ(capitalized, (std::vector<bool>{true, false, true, false, false, false, false}));
}

TEST(Tokenizer, InitialIsNotAnAcronym) {
  EXPECT_EQ(Folded("John F. Kennedy"),
            (std::vector<std::string>{"john", "f", "kennedy"}));
}

TEST(Tokenizer, CountsWhitespaceSeparatedWords) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  one two\nthree  "), 3u);
  EXPECT_EQ(CountWords("“The Interview,” said"), 3u);
}

}  // namespace
}  // namespace precis
