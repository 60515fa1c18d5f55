// Copyright 2026 The Precis Authors.
#include "normalize/single_byte_charset.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace precis {
namespace {

TEST(SingleByteCharset, ReadsLatin1LabelsAsWindows1252) {
  for (const char* label : {"windows-1252", "ISO-8859-1", " \"latin1\" ", "us-ascii", "cp1252"}) {
    auto charset = SingleByteCharset::ForLabel(label);
    ASSERT_NE(charset, nullptr) << label;
    EXPECT_EQ(charset->name(), "windows-1252") << label;
    // Curly quotes and a dash in the C1 range, accented letters above it.
    EXPECT_EQ(charset->Decode("\x93" "Caf\xE9" "\x94 \x96 na\xEFve").text(),
              "\xE2\x80\x9C" "Caf\xC3\xA9" "\xE2\x80\x9D \xE2\x80\x93 na\xC3\xAFve");
  }
}

TEST(SingleByteCharset, EveryByteKeepsItsOrigin) {
  auto charset = SingleByteCharset::ForLabel("windows-1252");
  ASSERT_NE(charset, nullptr);
  const std::string original = "A \x93quote\x94 in caf\xE9s.";
  const MappedText text = charset->Decode(original);
  EXPECT_EQ(text.text(), "A \xE2\x80\x9Cquote\xE2\x80\x9D in caf\xC3\xA9s.");
  // "quote" lies at bytes 3-8 of the original and 5-10 of the text.
  EXPECT_EQ(text.OriginalSpan(5, 10).begin, 3u);
  EXPECT_EQ(text.OriginalSpan(5, 10).end, 8u);
  // The three bytes of the opening quote all come from byte 2.
  for (size_t i = 2; i < 5; ++i) {
    EXPECT_EQ(text.origin_begin(i), 2u);
    EXPECT_EQ(text.origin_end(i), 3u);
  }
  // The whole text maps back to the whole original.
  EXPECT_EQ(text.OriginalSpan(0, text.size()).end, original.size());
}

TEST(SingleByteCharset, OtherSingleByteEncodings) {
  auto latin2 = SingleByteCharset::ForLabel("iso-8859-2");
  ASSERT_NE(latin2, nullptr);
  EXPECT_EQ(latin2->Decode("\xB1").text(), "\xC4\x85");  // a with ogonek, not plus-minus.
  auto koi8 = SingleByteCharset::ForLabel("KOI8-R");
  ASSERT_NE(koi8, nullptr);
  EXPECT_EQ(koi8->Decode("\xEB\xD2\xC5\xCD\xCC\xD8").text(),
            "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C");  // Kremlin
}

TEST(SingleByteCharset, UndefinedBytesBecomeReplacementCharacters) {
  auto charset = SingleByteCharset::ForLabel("windows-1252");
  ASSERT_NE(charset, nullptr);
  EXPECT_EQ(charset->Decode("a\x81" "b").text(), "a\xEF\xBF\xBD" "b");
}

TEST(SingleByteCharset, RefusesWhatIsNotSingleByteAndAsciiCompatible) {
  for (const char* label : {"utf-8", "UTF-16", "shift_jis", "gb2312", "no-such-encoding", "",
                            "utf-8//TRANSLIT", "windows-1252 extra", "ebcdic-us"}) {
    EXPECT_EQ(SingleByteCharset::ForLabel(label), nullptr) << label;
  }
}

TEST(SingleByteCharset, SharedAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<std::string> out(8);
  for (size_t t = 0; t < out.size(); ++t) {
    threads.emplace_back([&out, t] {
      auto charset = SingleByteCharset::ForLabel(t % 2 ? "latin1" : "iso-8859-15");
      out[t] = charset == nullptr ? "" : charset->Decode("\xE9t\xE9").text();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& s : out) EXPECT_EQ(s, "\xC3\xA9t\xC3\xA9");
}

}  // namespace
}  // namespace precis
