// Copyright 2026 The Precis Authors.
#include "html/declared_charset.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(DeclaredCharset, FindsMetaCharsetInEitherForm) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"ISO-8859-1\"></head>"), "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<META CHARSET=windows-1252>"), "windows-1252");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=windows-1252\" />"),
            "windows-1252");
  EXPECT_EQ(DeclaredCharset("<meta name='x'><meta charset = 'koi8-r'/>"), "koi8-r");
}

TEST(DeclaredCharset, NothingWithoutAMetaTagInTheFirstKilobyte) {
  EXPECT_EQ(DeclaredCharset("<p>Set charset=latin1 in your editor.</p>"), "");
  EXPECT_EQ(DeclaredCharset("<meta name=\"description\" content=\"charsets\">"), "");
  EXPECT_EQ(DeclaredCharset(std::string(1100, ' ') + "<meta charset=latin1>"), "");
  EXPECT_EQ(DeclaredCharset(""), "");
  EXPECT_EQ(DeclaredCharset("<meta charset="), "");
}

}  // namespace
}  // namespace precis
