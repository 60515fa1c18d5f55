// Copyright 2026 The Precis Authors.
#include "normalize/text_cleaner.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "normalize/boilerplate.h"
#include "normalize/percent_decoder.h"
#include "normalize/unicode_normalizer.h"
#include "testing/test_util.h"

namespace precis {
namespace {

CleanedText Clean(const std::string& raw, const std::string& title = "") {
  CleanedText out;
  CleanText(MappedText::Identity(raw), title, &out);
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string Example(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(testing::ExampleDir())) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) {
      return testing::ReadFileOrFail(e.path().string());
    }
  }
  ADD_FAILURE() << "no example " << prefix;
  return "";
}

TEST(TextCleaner, RemovesBoilerplateFromTheExample) {
  for (const char* doc : {"000", "001", "003"}) {
    CleanedText cleaned = Clean(Example(doc));
    for (const char* junk : {"Pic:", "RELATED:", "Comments", "Follow Sarah", "Quote:",
                             "Updated:", "%20"}) {
      EXPECT_EQ(cleaned.body.text().find(junk), std::string::npos) << doc << ": " << junk;
    }
  }
}

TEST(TextCleaner, JoinsHardWrappedLines) {
  CleanedText cleaned = Clean(Example("001"));
  EXPECT_NE(cleaned.body.text().find(
                "U.S. officials have concluded that the North Korean government ordered the "
                "hacking attack on Sony Pictures Entertainment — a breach"),
            std::string::npos);
  EXPECT_NE(cleaned.body.text().find(
                "The White House National Security Council said in a statement Wednesday"),
            std::string::npos);
}

TEST(TextCleaner, KeepsOneParagraphPerLineDocumentsAsTheyAre) {
  CleanedText cleaned = Clean(Example("003"));
  std::vector<std::string> lines = Lines(cleaned.body.text());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "The Terrorists Win"), lines.end());
  EXPECT_EQ(lines.back(),
            "The hackers promised a another big release of data as a “Christmas Present.”");
}

TEST(TextCleaner, DecodesPercentEncodedQuotation) {
  CleanedText cleaned = Clean(Example("000"));
  EXPECT_NE(cleaned.body.text().find("\"Today the U.S. succumbed to an unprecedented attack on "
                                     "our most cherished, bedrock principle of free speech"),
            std::string::npos);
}

TEST(TextCleaner, RecognizesHeadlines) {
  EXPECT_EQ(Clean(Example("001")).title, "North Korea Behind Sony Hack: U.S. Officials");
  EXPECT_EQ(Clean(Example("003")).title,
            "US Officials Say North Korea Behind Sony Hack, Studio Cancels ‘The Interview’ "
            "Release");
  EXPECT_EQ(Clean(Example("000")).title, "");
  // A known title from the format reader wins, and its repeats go.
  CleanedText cleaned = Clean("Storm Hits Coast\nA storm hit the coast.", "Storm Hits Coast");
  EXPECT_EQ(cleaned.body.text(), "A storm hit the coast.");
}

TEST(TextCleaner, LinesMapBackToTheirOriginalBytes) {
  for (const char* doc : {"000", "001", "003"}) {
    std::string raw = Example(doc);
    CleanedText cleaned = Clean(raw);
    const std::string& body = cleaned.body.text();
    size_t begin = 0;
    while (begin < body.size()) {
      size_t end = body.find('\n', begin);
      if (end == std::string::npos) end = body.size();
      Span span = cleaned.body.OriginalSpan(begin, end);
      EXPECT_EQ(testing::ComparableText(raw.substr(span.begin, span.size())),
                testing::ComparableText(body.substr(begin, end - begin)))
          << doc;
      begin = end + 1;
    }
    Span title = cleaned.title_span;
    EXPECT_EQ(raw.substr(title.begin, title.size()), cleaned.title);
  }
}

TEST(TextCleaner, TurnsSpacesAndLineEndsIntoSingleSpaces) {
  CleanedText cleaned = Clean("One\xC2\xA0\ttwo  three.\r\nFour\xE2\x80\x8B five.\r\n");
  EXPECT_EQ(cleaned.body.text(), "One two three.\nFour five.");
}

TEST(TextCleaner, DoesNotJoinListItemsOrHeadingsInUnwrappedText) {
  CleanedText cleaned = Clean("Long Story Short\nThe index ranks 163 countries.\n"
                              "Key points:\n- Sweden is first\n- the US is 21st\n");
  EXPECT_EQ(Lines(cleaned.body.text()),
            (std::vector<std::string>{"The index ranks 163 countries.", "Key points:",
                                      "- Sweden is first", "- the US is 21st"}));
  EXPECT_EQ(cleaned.title, "Long Story Short");
}

TEST(UnicodeNormalizer, ComposesToNfcAndKeepsOrigins) {
  std::string raw = "Cafe\xCC\x81 ok";  // "e" + combining acute.
  MappedText out = NormalizeUnicode(MappedText::Identity(raw));
  EXPECT_EQ(out.text(), "Caf\xC3\xA9 ok");
  Span span = out.OriginalSpan(3, 5);  // The composed "é".
  EXPECT_EQ(raw.substr(span.begin, span.size()), "e\xCC\x81");
}

TEST(PercentDecoder, LeavesUrlsAndLonePercentSignsAlone) {
  for (const char* text : {"Visit https://example.com/a%20b%20c today.",
                           "Rates rose 5% and 10%.", "path/a%2Fb%2Fc"}) {
    EXPECT_EQ(DecodePercentPassages(MappedText::Identity(text)).text(), text);
  }
  EXPECT_EQ(DecodePercentPassages(MappedText::Identity("x %22Hi%20there%22 y")).text(),
            "x \"Hi there\" y");
}

TEST(Boilerplate, RecognizesWebFurniture) {
  const std::pair<const char*, Boilerplate> cases[] = {
      {"Pic: North Korean dictator Kim Jong Un with Generals", Boilerplate::kCaption},
      {"Facebook Twitter Pinterest Photograph: Kevin Winter/Getty Images", Boilerplate::kCaption},
      {"RELATED: Sony cancels premiere for ‘The Interview’", Boilerplate::kLink},
      {"Read or Share this story: http://usat.ly/1", Boilerplate::kLink},
      {"Comments", Boilerplate::kPrompt},
      {"share tweet pin email", Boilerplate::kPrompt},
      {"Advertisement Continue reading the main story", Boilerplate::kPrompt},
      {"Story Continued Below", Boilerplate::kPrompt},
      {"Please enable Javascript to watch this video", Boilerplate::kPrompt},
      {"(Distributed by New York Times Special Features)", Boilerplate::kPrompt},
      {"Follow Sarah on Twitter: @dadasarahle", Boilerplate::kSocial},
      {"Quote: US Officials Say North Korea Behind Sony Hack", Boilerplate::kPullQuote},
      {"December 17, 2014 Updated: December 18, 2014", Boilerplate::kDateline},
      {"Saturday, January 8, 2005", Boilerplate::kDateline},
      {"By John Smith, CNN", Boilerplate::kByline},
      {"Copyright 2014 The Associated Press. All rights reserved.", Boilerplate::kCopyright},
      {"___", Boilerplate::kDecoration},
      {"(BEGIN OPTIONAL TRIM)", Boilerplate::kDecoration},
      {"On the Net:", Boilerplate::kLink},
      {"Navajo Nation: http://www.navajo.org/nnhomepg.html", Boilerplate::kLink},
  };
  for (const auto& [line, kind] : cases) EXPECT_EQ(ClassifyLine(line, ""), kind) << line;
}

TEST(Boilerplate, KeepsStorySentences) {
  for (const char* line :
       {"The officials said the White House had not decided whether to respond.",
        "Follow the money, investigators said, and you will find the hackers.",
        "By Tuesday, the studio had pulled the film from every theater.",
        "Share prices fell 5 percent on Monday after the announcement.",
        "December 17, 2014 was the day the studio gave up.", "The Terrorists Win"}) {
    EXPECT_EQ(ClassifyLine(line, ""), Boilerplate::kNone) << line;
  }
}

TEST(TextCleaner, MultiNewsSampleLosesBoilerplateButNoStorySentences) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  std::ifstream in(path);
  size_t kept_junk = 0, dropped_story = 0, story = 0;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json cluster = nlohmann::json::parse(line);
    for (const auto& doc : cluster["documents"]) {
      std::string text = doc["text"].get<std::string>();
      CleanedText cleaned = Clean(text);
      const std::string& body = cleaned.body.text();
      for (const std::string& l : Lines(body)) {
        for (const char* junk : {"Advertisement", "RELATED:", "Read or Share this story",
                                 "Story Continued Below", "Please enable Javascript"}) {
          if (l.rfind(junk, 0) == 0) ++kept_junk;
        }
      }
      // Long, well-formed story lines survive (unless they repeat the title).
      for (const std::string& l : Lines(text)) {
        if (std::count(l.begin(), l.end(), ' ') < 25 || l.back() != '.') continue;
        ++story;
        if (body.find(l.substr(0, 80)) == std::string::npos) ++dropped_story;
      }
    }
  }
  EXPECT_EQ(kept_junk, 0u);
  EXPECT_GT(story, 1000u);
  EXPECT_LE(dropped_story * 200, story) << dropped_story << " of " << story;
}

}  // namespace
}  // namespace precis
