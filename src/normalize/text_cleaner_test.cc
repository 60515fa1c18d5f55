// Copyright 2026 The Precis Authors.
#include "normalize/text_cleaner.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "normalize/boilerplate.h"
#include "testing/test_util.h"

namespace precis {
namespace {

// What cleaning may change inside kept text besides white space and
// percent-escapes: NFC, invisible characters dropped, Unicode spaces,
// Windows-1252 quotes left as C1 controls. Written independently of the
// cleaner, on whole strings.
std::string Comparable(const std::string& s) {
  std::string spaced;
  for (size_t i = 0; i < s.size();) {
    bool matched = false;
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      switch (static_cast<unsigned char>(s[i + 1])) {
        case 0x91:
          spaced += "\xE2\x80\x98";
          break;
        case 0x92:
          spaced += "\xE2\x80\x99";
          break;
        case 0x93:
          spaced += "\xE2\x80\x9C";
          break;
        case 0x94:
          spaced += "\xE2\x80\x9D";
          break;
        case 0x96:
          spaced += "\xE2\x80\x93";
          break;
        case 0x97:
          spaced += "\xE2\x80\x94";
          break;
        case 0x85:
          spaced += "\xE2\x80\xA6";
          break;
        case 0x80:
          spaced += "\xE2\x82\xAC";
          break;
        case 0x82:
          spaced += "\xE2\x80\x9A";
          break;
        case 0x84:
          spaced += "\xE2\x80\x9E";
          break;
        case 0x99:
          spaced += "\xE2\x84\xA2";
          break;
        default:
          spaced += ' ';
      }
      i += 2;
      continue;
    }
    for (const char* invisible : {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x81\xA0",
                                  "\xEF\xBB\xBF", "\xC2\xAD"}) {
      if (s.compare(i, std::strlen(invisible), invisible) == 0) {
        i += std::strlen(invisible);
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const char* space : {"\xC2\xA0", "\xE2\x80\xAF", "\xE3\x80\x80", "\xE2\x80\x82",
                              "\xE2\x80\x83", "\xE2\x80\x89", "\xE2\x80\x8A"}) {
      if (s.compare(i, std::strlen(space), space) == 0) {
        i += std::strlen(space);
        spaced += ' ';
        matched = true;
        break;
      }
    }
    if (!matched) spaced += s[i++];
  }
  utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(spaced.c_str()));
  std::string out = nfc == nullptr ? spaced : reinterpret_cast<const char*>(nfc);
  std::free(nfc);
  return testing::ComparableText(out);
}

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

std::string Collapse(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
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

// Checks the round-trip invariant: every body line, mapped back to the
// original bytes, reads the same up to white space and percent-decoding.
void ExpectLinesMapBack(const std::string& raw, const CleanedText& cleaned) {
  const std::string& body = cleaned.body.text();
  size_t begin = 0;
  while (begin < body.size()) {
    size_t end = body.find('\n', begin);
    if (end == std::string::npos) end = body.size();
    const Span span = cleaned.body.OriginalSpan(begin, end);
    ASSERT_LE(span.end, raw.size());
    EXPECT_EQ(Comparable(raw.substr(span.begin, span.size())),
              Comparable(body.substr(begin, end - begin)));
    begin = end + 1;
  }
}

TEST(TextCleaner, RemovesBoilerplateFromTheExample) {
  for (const char* doc : {"000", "001", "003"}) {
    CleanedText cleaned = Clean(Example(doc));
    for (const std::string& line : Lines(cleaned.body.text())) {
      for (const char* junk :
           {"Pic:", "RELATED:", "Comments", "Follow Sarah", "Quote:", "Updated:", "%20"}) {
        EXPECT_EQ(line.find(junk), std::string::npos) << doc << ": " << line;
      }
    }
  }
}

TEST(TextCleaner, JoinsHardWrappedLines) {
  CleanedText cleaned = Clean(Example("001"));
  const std::vector<std::string> lines = Lines(cleaned.body.text());
  auto has_line_with = [&](const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(
      has_line_with("U.S. officials have concluded that the North Korean government "
                    "ordered the hacking attack on Sony Pictures Entertainment — a "
                    "breach that led to the studio cancelling"));
  EXPECT_TRUE(
      has_line_with("The White House National Security Council said in a statement "
                    "Wednesday that \"the U.S. government is working tirelessly"));
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
  for (const char* doc : {"001", "003"}) {
    const std::string raw = Example(doc);
    CleanedText cleaned = Clean(raw);
    EXPECT_EQ(raw.substr(cleaned.title_span.begin, cleaned.title_span.size()), cleaned.title);
    EXPECT_EQ(cleaned.body.text().find(cleaned.title), std::string::npos) << doc;
  }
}

TEST(TextCleaner, UsesAKnownTitleAndDropsItsRepeats) {
  const std::string raw = "Storm Hits Coast\nA storm hit the coast.\n“storm hits coast”\n";
  CleanedText cleaned = Clean(raw, "Storm Hits Coast");
  EXPECT_EQ(cleaned.title, "Storm Hits Coast");
  EXPECT_EQ(cleaned.body.text(), "A storm hit the coast.");
  EXPECT_EQ(cleaned.title_span, (Span{0, 16}));
}

TEST(TextCleaner, DropsLinesRepeatingTheFoundHeadline) {
  CleanedText cleaned =
      Clean("Storm Hits Coast\n\nA storm hit the coast.\nSTORM HITS COAST\nIt moved on.");
  EXPECT_EQ(cleaned.title, "Storm Hits Coast");
  EXPECT_EQ(cleaned.body.text(), "A storm hit the coast.\nIt moved on.");
}

TEST(TextCleaner, LinesMapBackToTheirOriginalBytes) {
  for (const char* doc : {"000", "001", "003"}) {
    SCOPED_TRACE(doc);
    const std::string raw = Example(doc);
    ExpectLinesMapBack(raw, Clean(raw));
  }
  const std::string messy =
      "Caf\x65\xCC\x81\tau\xC2\xA0lait %22a%20b%22\r\nnext\xE2\x80\x8B line.\r\n";
  ExpectLinesMapBack(messy, Clean(messy));
}

TEST(TextCleaner, TurnsSpacesAndLineEndsIntoSingleSpaces) {
  CleanedText cleaned = Clean("One\xC2\xA0\ttwo  three.\r\nFour\xE2\x80\x8B five.\r\n");
  EXPECT_EQ(cleaned.body.text(), "One two three.\nFour five.");
}

TEST(TextCleaner, DoesNotJoinListItemsOrHeadingsInUnwrappedText) {
  CleanedText cleaned = Clean(
      "Long Story Short\nThe index ranks 163 countries.\n"
      "Key points:\n- Sweden is first\n- the US is 21st\n");
  EXPECT_EQ(Lines(cleaned.body.text()),
            (std::vector<std::string>{"The index ranks 163 countries.",
                                      "Key points:", "- Sweden is first", "- the US is 21st"}));
  EXPECT_EQ(cleaned.title, "Long Story Short");
}

TEST(TextCleaner, HandlesEmptyAndBoilerplateOnlyText) {
  EXPECT_EQ(Clean("").body.text(), "");
  EXPECT_EQ(Clean("\n \n\t\n").body.text(), "");
  CleanedText cleaned = Clean("Comments\nshare tweet pin email\n");
  EXPECT_EQ(cleaned.body.text(), "");
  EXPECT_EQ(cleaned.title, "");
}

// Over the Multi-News sample: obvious boilerplate never survives, and long
// story sentences are never classified as boilerplate.
TEST(TextCleaner, MultiNewsSampleLosesBoilerplateButNoStorySentences) {
  static const char* const kLabels[] = {"Image copyright ",
                                        "Image caption ",
                                        "Image: ",
                                        "Enlarge Image ",
                                        "All rights reserved.",
                                        "\xE2\x80\x94 ",
                                        "Skip in Skip x Embed x Share",
                                        "CLOSE Skip in Skip x Embed x Share"};
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  std::ifstream in(path);
  size_t documents = 0, lines = 0, boilerplate = 0, kept_junk = 0, story = 0, dropped_story = 0;
  for (std::string json_line; std::getline(in, json_line);) {
    nlohmann::json cluster = nlohmann::json::parse(json_line);
    for (const auto& doc : cluster["documents"]) {
      ++documents;
      const std::string text = doc["text"].get<std::string>();
      CleanedText cleaned = Clean(text);
      SCOPED_TRACE(doc["id"].get<std::string>());
      ExpectLinesMapBack(text, cleaned);
      for (const std::string& l : Lines(cleaned.body.text())) {
        for (const char* junk : {"Advertisement",
                                 "RELATED:",
                                 "Related:",
                                 "Read or Share this story",
                                 "READ MORE",
                                 "Read more:",
                                 "Story Continued Below",
                                 "Please enable Javascript",
                                 "Image copyright",
                                 "Image caption",
                                 "Media playback",
                                 "Copyright ©",
                                 "Follow us on",
                                 "Click here",
                                 "share tweet pin email",
                                 "Photo:",
                                 "Pic:",
                                 "Sign up for",
                                 "Published on",
                                 "Media caption",
                                 "Follow us on Twitter",
                                 "Like us on Facebook",
                                 "Skip in Skip x Embed",
                                 "CLOSE Skip in Skip",
                                 "Hide Caption",
                                 "JUST WATCHED",
                                 "MUST WATCH",
                                 "Email Sign Up"}) {
          if (l.rfind(junk, 0) == 0) {
            ++kept_junk;
            ADD_FAILURE() << "kept: " << l;
          }
        }
      }
      for (const std::string& raw_line : Lines(text)) {
        const std::string l = Collapse(raw_line);
        if (l.empty()) continue;
        ++lines;
        if (ClassifyLine(l, "") != Boilerplate::kNone) ++boilerplate;
        if (std::count(l.begin(), l.end(), ' ') < 25 || l.back() != '.') continue;
        // Caption blocks, video descriptions, copyright notices and contact
        // sign-offs that carry whole sentences after their label are not
        // story text.
        if (std::any_of(std::begin(kLabels), std::end(kLabels),
                        [&](const char* label) { return l.rfind(label, 0) == 0; })) {
          continue;
        }
        // Nor are newsletter sign-up forms, whatever they open with.
        if (l.find("By signing up you agree") != std::string::npos) continue;
        ++story;
        if (ClassifyLine(l, "") != Boilerplate::kNone) {
          ++dropped_story;
          ADD_FAILURE() << "dropped: " << l;
        }
      }
    }
  }
  std::cout << documents << " documents, " << lines << " lines, " << boilerplate << " boilerplate, "
            << story << " long story sentences\n";
  EXPECT_EQ(kept_junk, 0u);
  EXPECT_GT(story, 1000u);
  EXPECT_EQ(dropped_story, 0u);
  EXPECT_GT(boilerplate, 400u);
}

}  // namespace
}  // namespace precis
