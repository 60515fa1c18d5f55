// Copyright 2026 The Precis Authors.
#include "io/document_date.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

RawDocument Doc(std::string bytes, DocumentFormat format, std::string date = "") {
  RawDocument d;
  d.id = "d";
  d.original = std::move(bytes);
  d.format = format;
  d.date = std::move(date);
  return d;
}

TEST(NormalizeDate, KeepsDatesAndTimesAndRejectsTheRest) {
  EXPECT_EQ(NormalizeDate("1998-10-16 11:21"), "1998-10-16T11:21");
  EXPECT_EQ(NormalizeDate(" 2014-12-17T20:03:00Z"), "2014-12-17T20:03");
  EXPECT_EQ(NormalizeDate("2014-12-17"), "2014-12-17");
  EXPECT_EQ(NormalizeDate("2014-13-01"), "");
  EXPECT_EQ(NormalizeDate("Dec. 17, 2014"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

TEST(DocumentDate, ReadsDucDateTimeOrDocno) {
  EXPECT_EQ(DocumentDate(Doc("<DOC><DOCNO> APW19981016.0240 </DOCNO>\n"
                             "<DATE_TIME> 1998-10-16 11:21 </DATE_TIME><TEXT>x</TEXT></DOC>",
                             DocumentFormat::kDuc)),
            "1998-10-16T11:21");
  EXPECT_EQ(DocumentDate(Doc("<DOC><DOCNO> NYT19980613.0012 </DOCNO><TEXT>x</TEXT></DOC>",
                             DocumentFormat::kDuc)),
            "1998-06-13");
  EXPECT_EQ(DocumentDate(Doc("<DOC><DOCNO> FT933-1234 </DOCNO></DOC>", DocumentFormat::kDuc)), "");
  // TAC: no <DOCNO>, the id attribute is the document's id.
  RawDocument tac = Doc("<DOC id=\"AFP_ENG_20050116.0346\" type=\"story\"><TEXT>x</TEXT></DOC>",
                        DocumentFormat::kDuc);
  tac.id = "AFP_ENG_20050116.0346";
  EXPECT_EQ(DocumentDate(tac), "2005-01-16");
  tac.id = "A_20050116";  // One letter is no source.
  EXPECT_EQ(DocumentDate(tac), "");
}

TEST(DocumentDate, ReadsHtmlPublicationMetadata) {
  EXPECT_EQ(DocumentDate(Doc("<html><head><meta property=\"article:published_time\" "
                             "content=\"2014-12-17T20:03:00-05:00\"></head></html>",
                             DocumentFormat::kHtml)),
            "2014-12-17T20:03");
  EXPECT_EQ(DocumentDate(Doc("<p><time itemprop='datePublished' datetime='2014-12-18'>Dec 18"
                             "</time></p>",
                             DocumentFormat::kHtml)),
            "2014-12-18");
  EXPECT_EQ(DocumentDate(Doc("<p>Published 2014-12-18</p>", DocumentFormat::kHtml)), "");
}

TEST(DocumentDate, GivenDateWinsAndPlainTextHasNone) {
  EXPECT_EQ(DocumentDate(Doc("2014-12-18 text", DocumentFormat::kText)), "");
  EXPECT_EQ(DocumentDate(Doc("x", DocumentFormat::kText, "2014-12-19T08:00:00")),
            "2014-12-19T08:00");
}

}  // namespace
}  // namespace precis
