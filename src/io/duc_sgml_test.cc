// Copyright 2026 The Precis Authors.
#include "io/duc_sgml.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

const char kFile[] =
    "<DOC>\n<DOCNO> APW19990707.0181 </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n"
    "<BODY>\n<HEADLINE>\nClinton Tours\n  Reservation\n</HEADLINE>\n<TEXT>\n<P>\n"
    "   PINE RIDGE, S.D. (AP) -- President Clinton turned &AMP; toured\nthe poorest "
    "county.\n</P>\n<ANNOTATION> drop me </ANNOTATION>\n<P>\nHe spoke &UR; at noon.\n</P>\n"
    "</TEXT>\n</BODY>\n</DOC>\n"
    "<doc><docno>NYT2</docno><text>\nFirst block\nstill first.\n\nSecond block.\n</text></doc>\n";

TEST(DucSgml, SplitsFileIntoDocuments) {
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(kFile, "f.sgml", &docs).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "APW19990707.0181");
  EXPECT_EQ(docs[1].id, "NYT2");
  EXPECT_EQ(docs[0].format, DocumentFormat::kDuc);
  EXPECT_EQ(docs[0].original.substr(0, 5), "<DOC>");
  EXPECT_EQ(docs[1].original.substr(docs[1].original.size() - 6), "</doc>");
}

TEST(DucSgml, ContentKeepsParagraphsAndMapsToElementBytes) {
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(kFile, "f.sgml", &docs).ok());
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[0].original), &content).ok());
  EXPECT_EQ(content.text.text(),
            "PINE RIDGE, S.D. (AP) -- President Clinton turned & toured the poorest county."
            "\n\nHe spoke at noon.");
  EXPECT_EQ(content.title, "Clinton Tours Reservation");
  Span span = content.text.OriginalSpan(content.text.text().find("He"), content.text.size());
  EXPECT_EQ(docs[0].original.substr(span.begin, span.size()), "He spoke &UR; at noon.");
  Span amp =
      content.text.OriginalSpan(content.text.text().find('&'), content.text.text().find('&') + 1);
  EXPECT_EQ(docs[0].original.substr(amp.begin, amp.size()), "&AMP;");
}

TEST(DucSgml, BlankLinesSeparateParagraphsWithoutPTags) {
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(kFile, "f.sgml", &docs).ok());
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[1].original), &content).ok());
  EXPECT_EQ(content.text.text(), "First block still first.\n\nSecond block.");
  EXPECT_EQ(content.title, "");
}

TEST(DucSgml, RejectsBrokenFiles) {
  std::vector<RawDocument> docs;
  EXPECT_EQ(SplitDucDocuments("no docs here", "f", &docs).code(), Status::Code::kInvalidInput);
  EXPECT_EQ(SplitDucDocuments("<DOC><DOCNO>A</DOCNO>", "f", &docs).code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(SplitDucDocuments("<DOC><TEXT>x</TEXT></DOC>", "f", &docs).code(),
            Status::Code::kInvalidInput);
  DucContent content;
  EXPECT_EQ(ExtractDucContent(MappedText::Identity("<DOC><DOCNO>A</DOCNO></DOC>"), &content).code(),
            Status::Code::kEmptyInput);
}

}  // namespace
}  // namespace precis
