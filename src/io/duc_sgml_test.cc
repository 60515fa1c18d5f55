// Copyright 2026 The Precis Authors.
#include "io/duc_sgml.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace precis {
namespace {

const char kFile[] =
    "<DOC>\n<DOCNO> APW19990707.0181 </DOCNO>\n<DOCTYPE> NEWS STORY </DOCTYPE>\n"
    "<BODY>\n<HEADLINE>\nClinton Tours\n  Reservation\n</HEADLINE>\n<TEXT>\n<P>\n"
    "   PINE RIDGE, S.D. (AP) -- President Clinton turned &AMP; toured\nthe poorest "
    "county.\n</P>\n<ANNOTATION> drop me </ANNOTATION>\n<P>\nHe spoke &UR; at noon.\n</P>\n"
    "</TEXT>\n</BODY>\n</DOC>\n"
    "<doc><docno>NYT2</docno><text>\nFirst block\nstill first.\n\nSecond block.\n</text></doc>\n";

TEST(DucSgml, SplitsDucFileIntoDocuments) {
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(kFile, "f.sgml", &docs).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "APW19990707.0181");
  EXPECT_EQ(docs[1].id, "NYT2");
  EXPECT_EQ(docs[0].format, DocumentFormat::kDuc);
  EXPECT_EQ(docs[0].original.substr(0, 5), "<DOC>");
  EXPECT_EQ(docs[1].original.substr(docs[1].original.size() - 6), "</doc>");
}

TEST(DucSgml, ContentSpansCoverDroppedEntities) {
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

// A file in the layout of the DUC 2004-2007 collections.
const char kAquaintFile[] =
    "<DOC>\n"
    "<DOCNO> APW19990707.0181 </DOCNO>\n"
    "<DOCTYPE> NEWS STORY </DOCTYPE>\n"
    "<DATE_TIME> 1999-07-07 13:45 </DATE_TIME>\n"
    "<BODY>\n"
    "<SLUG> BC-Clinton-Indians </SLUG>\n"
    "<HEADLINE>\n"
    "Clinton Tours Reservation\n"
    "</HEADLINE>\n"
    "<TEXT>\n"
    "<P>\n"
    "   PINE RIDGE, S.D. (AP) -- President Clinton turned the attention of his\n"
    "national poverty tour today to the poorest &QL; citizens of them all.\n"
    "</P>\n"
    "<P>\n"
    "   ``Welcome President Clinton,'' the sign read &MD; AT&AMP;T &lt;said&gt; it\n"
    "costs &#36;5 &#x20AC;3.\n"
    "</P>\n"
    "</TEXT>\n"
    "</BODY>\n"
    "<TRAILER>\n"
    "AP-NY-07-07-99 1345EDT\n"
    "</TRAILER>\n"
    "</DOC>\n"
    "\n"
    "<DOC>\n"
    "<DOCNO> NYT19990707.0022 </DOCNO>\n"
    "<HL> Second\n story </HL>\n"
    "<TEXT>\n"
    "<ANNOTATION> (Optional add end) </ANNOTATION>\n"
    "Wrapped line one\n"
    "wrapped line two.\n"
    "\n"
    "  \n"
    "Next block a < b.\n"
    "</TEXT>\n"
    "</DOC>\n";

// Letters and digits of `text` as words, in order.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// The round-trip invariant of DucContent::text over `original`.
void ExpectRoundTrip(const MappedText& text, const std::string& original) {
  size_t last = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    ASSERT_LE(text.origin_begin(i), text.origin_end(i));
    ASSERT_LE(text.origin_end(i), original.size());
    ASSERT_GE(text.origin_begin(i), last) << "origins go back at " << i;
    last = text.origin_begin(i);
  }
  std::istringstream lines(text.text());
  std::string line;
  size_t begin = 0;
  while (std::getline(lines, line)) {
    const Span span = text.OriginalSpan(begin, begin + line.size());
    const std::string cited = original.substr(span.begin, span.size());
    size_t at = 0;
    for (const std::string& word : Words(line)) {
      at = cited.find(word, at);
      ASSERT_NE(at, std::string::npos)
          << "\"" << word << "\" of \"" << line << "\" not in \"" << cited << "\"";
      at += word.size();
    }
    begin += line.size() + 1;
  }
}

TEST(DucSgml, ReadsAquaintLayout) {
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(kAquaintFile, "APW19990707", &docs).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].origin, "APW19990707");
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[0].original), &content).ok());
  EXPECT_EQ(content.title, "Clinton Tours Reservation");
  EXPECT_EQ(docs[0].original.substr(content.title_span.begin, content.title_span.size()),
            "Clinton Tours Reservation");
  EXPECT_EQ(content.text.text(),
            "PINE RIDGE, S.D. (AP) -- President Clinton turned the attention of his national "
            "poverty tour today to the poorest citizens of them all.\n\n"
            "``Welcome President Clinton,'' the sign read AT&T <said> it costs $5 \xE2\x82\xAC"
            "3.");
  ExpectRoundTrip(content.text, docs[0].original);

  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[1].original), &content).ok());
  EXPECT_EQ(content.title, "Second story");
  EXPECT_EQ(content.text.text(), "Wrapped line one wrapped line two.\n\nNext block a < b.");
  ExpectRoundTrip(content.text, docs[1].original);
}

TEST(DucSgml, DucContentKeepsParagraphsAndMapsToElementBytes) {
  // The element as part of a larger original: origins lead into it.
  const std::string file = kFile;
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(file, "f", &docs).ok());
  MappedText whole = MappedText::Identity(file);
  MappedText element;
  element.AppendFrom(whole, 0, docs[0].original.size());
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(element, &content).ok());
  ExpectRoundTrip(content.text, file);
  const std::string& text = content.text.text();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
}

TEST(DucSgml, TolerantTagsAndStrictEntities) {
  const char element[] =
      "<doc type=\"story\">\n<DocNo>X-1</DocNo>\n<Text>\n<p class=a>one&#;two &#12ab; "
      "&nbsp; three&#10;four &bogus entity; five</p >\n<PERSON>Ann</PERSON> "
      "<!-- note --> six\n</text >\n</doc >";
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(element, "f", &docs).ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "X-1");
  EXPECT_EQ(docs[0].original, element);
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[0].original), &content).ok());
  EXPECT_EQ(content.text.text(), "one&#;two &#12ab; three four &bogus entity; five\n\nAnn six");
  ExpectRoundTrip(content.text, docs[0].original);
}

TEST(DucSgml, RejectsUnclosedElementsNamingLine) {
  std::vector<RawDocument> docs;
  Status s = SplitDucDocuments("<DOC>\n<DOCNO>A</DOCNO>\n<DOC>\n<DOCNO>B</DOCNO>\n</DOC>\n",
                               "f.sgml", &docs);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "f.sgml: <DOC> at line 1 is not closed");
  s = SplitDucDocuments("<DOC>\n<DOCNO>A</DOCNO></DOC>\n<DOC>\n<DOCNO> </DOCNO>\n</DOC>", "f",
                        &docs);
  EXPECT_EQ(s.message(), "f: <DOC> at line 3 has an empty <DOCNO>");
  DucContent content;
  EXPECT_EQ(ExtractDucContent(MappedText::Identity("<DOC><TEXT>x</DOC>"), &content).code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(
      ExtractDucContent(MappedText::Identity("<DOC><TEXT> <P> &UR; </P></TEXT></DOC>"), &content)
          .code(),
      Status::Code::kEmptyInput);
}

TEST(DucSgml, TakesTheIdAttributeWithoutADocno) {
  // As TAC and AQUAINT-2 files write documents.
  const std::string file =
      "<DOC id=\"AFP_ENG_20050116.0346\" type=\"story\" >\n<HEADLINE>\nStorm closes schools\n"
      "</HEADLINE>\n<DATELINE>\nPARIS, Jan 16 (AFP)\n</DATELINE>\n<TEXT>\n<P>\nA storm closed "
      "schools.\n</P>\n</TEXT>\n</DOC>\n<DOC ID=XIN_ENG_20050117.0001><TEXT>More.</TEXT></DOC>\n"
      "<DOC docid=\"x\"><TEXT>None.</TEXT></DOC>\n";
  std::vector<RawDocument> docs;
  Status s = SplitDucDocuments(file, "tac.sgml", &docs);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "AFP_ENG_20050116.0346");
  EXPECT_EQ(docs[1].id, "XIN_ENG_20050117.0001");
  // "docid" is not "id".
  EXPECT_EQ(s.message(), "tac.sgml: <DOC> at line 15 has no <DOCNO> and no id attribute");
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(docs[0].original), &content).ok());
  EXPECT_EQ(content.title, "Storm closes schools");
  EXPECT_EQ(content.text.text(), "A storm closed schools.");
}

TEST(DucSgml, SurvivesRandomInput) {
  // Random mixtures of the pieces the parser looks for.
  const std::vector<std::string> pieces = {"<DOC>",
                                           "</DOC>",
                                           "<DOCNO>",
                                           "</DOCNO>",
                                           "<TEXT>",
                                           "</TEXT>",
                                           "<P>",
                                           "</P>",
                                           "<ANNOTATION>",
                                           "</ANNOTATION>",
                                           "<HEADLINE>",
                                           "</HEADLINE>",
                                           "<",
                                           ">",
                                           "&",
                                           ";",
                                           "&amp;",
                                           "&#",
                                           "&#x",
                                           "1",
                                           "f",
                                           "word",
                                           " ",
                                           "\n",
                                           "\n\n",
                                           "</",
                                           "<doc ",
                                           "x"};
  std::mt19937 random(20260101);
  for (int round = 0; round < 3000; ++round) {
    std::string file;
    const int count = static_cast<int>(random() % 40);
    for (int i = 0; i < count; ++i) file += pieces[random() % pieces.size()];
    std::vector<RawDocument> docs;
    if (!SplitDucDocuments(file, "f", &docs).ok()) docs.clear();
    docs.push_back(RawDocument{"whole", file, DocumentFormat::kDuc, "f"});
    for (const RawDocument& doc : docs) {
      DucContent content;
      Status s = ExtractDucContent(MappedText::Identity(doc.original), &content);
      if (!s.ok()) continue;
      ExpectRoundTrip(content.text, doc.original);
      ASSERT_LE(content.title_span.end, doc.original.size());
      ASSERT_EQ(content.text.text().find("\n\n\n"), std::string::npos) << file;
      ASSERT_NE(content.text.text().front(), ' ');
      ASSERT_NE(content.text.text().back(), ' ');
    }
  }
}

TEST(DucSgml, LinearTimeOnManyDocumentsAndStrayBrackets) {
  std::string file;
  for (int i = 0; i < 20000; ++i) {
    file += "<DOC>\n<DOCNO> D" + std::to_string(i) + " </DOCNO>\n<TEXT> x </TEXT>\n</DOC>\n";
  }
  std::vector<RawDocument> docs;
  ASSERT_TRUE(SplitDucDocuments(file, "f", &docs).ok());
  EXPECT_EQ(docs.size(), 20000u);
  std::string stray = "<DOC><DOCNO>S</DOCNO><TEXT>";
  for (int i = 0; i < 200000; ++i) stray += "a<b ";
  stray += "</TEXT></DOC>";
  DucContent content;
  ASSERT_TRUE(ExtractDucContent(MappedText::Identity(stray), &content).ok());
  EXPECT_EQ(content.text.text().substr(0, 8), "a<b a<b ");
}

}  // namespace
}  // namespace precis
