// Copyright 2026 The Precis Authors.
#include "precis/preprocess.h"

#include <gtest/gtest.h>

#include "precis/reader.h"
#include "testing/test_util.h"
#include "tokenize/tokenizer.h"

namespace precis {
namespace {

RawCluster OneDocument(std::string bytes, DocumentFormat format = DocumentFormat::kText) {
  RawCluster raw;
  raw.id = "c";
  raw.documents.push_back({"doc", std::move(bytes), format, "doc.txt"});
  return raw;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

TEST(PreprocessCluster, SpansOfTheExampleGiveBackTheirSentences) {
  std::vector<RawCluster> raw;
  ASSERT_TRUE(ReadClusters({testing::ExampleDir()}, ReadOptions(), &raw).ok());
  ASSERT_EQ(raw.size(), 1u);
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw[0], PreprocessOptions(), &cluster).ok());
  ASSERT_EQ(cluster.documents.size(), 3u);
  EXPECT_EQ(cluster.documents[2].id, "003_fa8aa3f6cab94459");
  size_t checked = 0;
  for (const Document& doc : cluster.documents) {
    for (const Sentence& s : doc.sentences) {
      ASSERT_LE(s.span.end, doc.original.size());
      std::string cited = doc.original.substr(s.span.begin, s.span.size());
      if (cited.find('%') != std::string::npos) continue;  // Percent-decoded.
      EXPECT_EQ(Words(cited), Words(s.text)) << s.text;
      ++checked;
    }
  }
  EXPECT_GT(checked, 30u);
}

TEST(PreprocessCluster, KeepsHeadlinesOutOfTheBody) {
  std::vector<RawCluster> raw;
  ASSERT_TRUE(ReadClusters({testing::ExampleDir()}, ReadOptions(), &raw).ok());
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw[0], PreprocessOptions(), &cluster).ok());
  const Document& doc = cluster.documents[1];
  EXPECT_EQ(doc.title, "North Korea Behind Sony Hack: U.S. Officials");
  EXPECT_EQ(doc.original.substr(doc.title_span.begin, doc.title_span.size()), doc.title);
  for (const Sentence& s : doc.sentences) EXPECT_NE(s.text, doc.title);
}

TEST(PreprocessCluster, BinaryDataIsAnErrorNamingTheOffset) {
  Cluster cluster;
  Status s =
      PreprocessCluster(OneDocument(std::string("abc\0def", 7)), PreprocessOptions(), &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("doc.txt"), std::string::npos);
  EXPECT_NE(s.message().find("offset 3"), std::string::npos);
}

TEST(PreprocessCluster, InvalidUtf8IsAnErrorUnlessRepaired) {
  Cluster cluster;
  RawCluster raw = OneDocument("The caf\xE9 closed on Monday after the storm hit.");
  Status s = PreprocessCluster(raw, PreprocessOptions(), &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("byte offset 7"), std::string::npos) << s.message();
  PreprocessOptions repair;
  repair.repair_utf8 = true;
  ASSERT_TRUE(PreprocessCluster(raw, repair, &cluster).ok());
  EXPECT_NE(cluster.documents[0].sentences[0].text.find("caf\xEF\xBF\xBD"), std::string::npos);
}

TEST(PreprocessCluster, ReadsANamedSingleByteEncoding) {
  Cluster cluster;
  RawCluster raw = OneDocument("The caf\xE9 closed on Monday after the storm hit, \x93" "for good\x94.");
  Status s = PreprocessCluster(raw, PreprocessOptions(), &cluster);
  EXPECT_NE(s.message().find("--encoding"), std::string::npos) << s.message();
  PreprocessOptions latin1;
  latin1.encoding = "latin1";
  ASSERT_TRUE(PreprocessCluster(raw, latin1, &cluster).ok());
  const Sentence& sentence = cluster.documents[0].sentences[0];
  EXPECT_EQ(sentence.text,
            "The caf\xC3\xA9 closed on Monday after the storm hit, \xE2\x80\x9C"
            "for good\xE2\x80\x9D.");
  // The span is the original's bytes, in the original's encoding.
  EXPECT_EQ(raw.documents[0].original.substr(sentence.span.begin, sentence.span.size()),
            raw.documents[0].original);
  // Valid UTF-8 stays UTF-8 whatever is named.
  RawCluster utf8 = OneDocument("The caf\xC3\xA9 closed on Monday after the storm hit.");
  ASSERT_TRUE(PreprocessCluster(utf8, latin1, &cluster).ok());
  EXPECT_EQ(cluster.documents[0].sentences[0].text, utf8.documents[0].original);
  PreprocessOptions wide;
  wide.encoding = "utf-16";
  EXPECT_EQ(PreprocessCluster(utf8, wide, &cluster).code(), Status::Code::kInvalidArgument);
}

TEST(PreprocessCluster, ReadsAPageInTheSingleByteEncodingItDeclares) {
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=iso-8859-1\"><title>Caf\xE9s</title></head><body><article>"
      "<p>The caf\xE9 owners said the storm closed the caf\xE9 for a week.</p>"
      "<p>Officials in the city said power would return on Monday.</p></article></body></html>";
  Cluster cluster;
  RawCluster raw = OneDocument(page, DocumentFormat::kHtml);
  ASSERT_TRUE(PreprocessCluster(raw, PreprocessOptions(), &cluster).ok());
  const Sentence& first = cluster.documents[0].sentences[0];
  EXPECT_EQ(first.text, "The caf\xC3\xA9 owners said the storm closed the caf\xC3\xA9 for a week.");
  EXPECT_EQ(page.substr(first.span.begin, first.span.size()),
            "The caf\xE9 owners said the storm closed the caf\xE9 for a week.");
  // A declared encoding that is not single-byte is named in the error.
  std::string sjis = page;
  sjis.replace(sjis.find("iso-8859-1"), 10, "shift_jis");
  Status s = PreprocessCluster(OneDocument(sjis, DocumentFormat::kHtml), PreprocessOptions(),
                               &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("'shift_jis' is not read"), std::string::npos) << s.message();
}

TEST(PreprocessCluster, DocumentOverTheSizeLimitIsAnError) {
  PreprocessOptions small;
  small.max_document_bytes = 16;
  Cluster cluster;
  Status s = PreprocessCluster(OneDocument("The council approved the budget."), small, &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("over the limit of 16"), std::string::npos) << s.message();
}

TEST(PreprocessCluster, ClusterLimitsAreErrorsBeforeAnyWork) {
  RawCluster raw = OneDocument("One sentence here. Another one there.");
  raw.documents.push_back({"doc2", "A third sentence.", DocumentFormat::kText, "doc2.txt"});
  raw.documents.push_back({"doc3", "A fourth sentence.", DocumentFormat::kText, "doc3.txt"});
  PreprocessOptions options;
  Cluster cluster;
  options.max_documents = 2;
  Status s = PreprocessCluster(raw, options, &cluster);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "cluster c has 3 documents, over the limit of 2 (--max-documents)");
  options.max_documents = 3;
  EXPECT_TRUE(PreprocessCluster(raw, options, &cluster).ok());
  options.max_cluster_bytes = 60;  // 37 + 17 + 18 bytes.
  s = PreprocessCluster(raw, options, &cluster);
  EXPECT_EQ(s.message(),
            "cluster c has 72 bytes of documents, over the limit of 60 (--max-cluster-bytes)");
  options.max_cluster_bytes = 0;  // No limit.
  EXPECT_TRUE(PreprocessCluster(raw, options, &cluster).ok());
}

TEST(PreprocessCluster, SentencesAreCutAtTheSentenceLimit) {
  std::string words;
  for (int i = 0; i < 100; ++i) words += "word" + std::to_string(i) + " ";
  const RawCluster raw = OneDocument(words);
  PreprocessOptions options;
  options.max_sentence_bytes = 100;
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw, options, &cluster).ok());
  ASSERT_GT(cluster.documents[0].sentences.size(), 4u);
  std::string joined;
  for (const Sentence& sentence : cluster.documents[0].sentences) {
    EXPECT_LE(sentence.text.size(), 100u);
    joined += sentence.text + " ";
  }
  EXPECT_EQ(joined, words);        // Cut, nothing lost.
  options.max_sentence_bytes = 1;  // Below the least limit: 64 bytes.
  ASSERT_TRUE(PreprocessCluster(raw, options, &cluster).ok());
  for (const Sentence& sentence : cluster.documents[0].sentences) {
    EXPECT_LE(sentence.text.size(), 64u);
    EXPECT_GE(sentence.text.size(), 20u);
  }
}

TEST(PreprocessCluster, DocumentWithNoTextIsAnError) {
  Cluster cluster;
  Status s = PreprocessCluster(OneDocument("  \n\n \t\n"), PreprocessOptions(), &cluster);
  EXPECT_EQ(s.code(), Status::Code::kEmptyInput);
  EXPECT_NE(s.message().find("doc.txt"), std::string::npos);
  RawCluster empty;
  EXPECT_EQ(PreprocessCluster(empty, PreprocessOptions(), &cluster).code(),
            Status::Code::kEmptyInput);
}

TEST(PreprocessCluster, KeepsAllBoilerplateDocumentWithoutSentences) {
  RawCluster raw = OneDocument("The council approved the budget on Monday.");
  raw.documents.push_back(
      {"junk", "JavaScript is disabled\nComments\n", DocumentFormat::kText, "junk.txt"});
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(raw, PreprocessOptions(), &cluster).ok());
  ASSERT_EQ(cluster.documents.size(), 2u);
  EXPECT_EQ(cluster.documents[1].id, "junk");
  EXPECT_TRUE(cluster.documents[1].sentences.empty());
}

TEST(PreprocessCluster, ExtractsHtmlDocumentsWithSpansIntoThePage) {
  std::string page =
      "<html><head><title>Storm | News</title><script>var x = 1;</script></head><body>"
      "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
      "<article><h1>Storm hits the coast</h1>"
      "<p>A storm hit the coast on Monday, officials said.</p>"
      "<p>Thousands of homes lost power &amp; water across the region.</p></article>"
      "<footer>Copyright 2026</footer></body></html>";
  Cluster cluster;
  Status s =
      PreprocessCluster(OneDocument(page, DocumentFormat::kHtml), PreprocessOptions(), &cluster);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const Document& doc = cluster.documents[0];
  EXPECT_EQ(doc.title, "Storm hits the coast");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].text, "Thousands of homes lost power & water across the region.");
  const Span& span = doc.sentences[1].span;
  EXPECT_EQ(page.substr(span.begin, span.size()),
            "Thousands of homes lost power &amp; water across the region.");
}

// A sign-up form flattened into a line longer than the line rules drop (as
// in four New York Times pages of the Multi-News sample) loses its
// sentences; a prompt that opens a paragraph stays where story follows, as
// where a page's lines were joined it may be run into the story.
TEST(PreprocessCluster, DropsPromptSentencesOfStoryLines) {
  const std::string form =
      "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
      "clicking the box. Invalid email address. Please re-enter. You must select a newsletter "
      "to subscribe to. Sign Up You agree to receive occasional updates and special offers for "
      "The New York Times's products and services. Thank you for subscribing. An error has "
      "occurred. Please try again later. View all New York Times newsletters.";
  // Lines of more than 40 words, which the line rules keep whole.
  const std::string story =
      "The city closed the preschool on Friday, officials said. Inspectors had visited the "
      "center in September and found no violations, and the family has asked for a second "
      "autopsy to learn what caused the boy's death.";
  const std::string text =
      "A toddler died after eating a grilled cheese sandwich at his "
      "preschool in Harlem.\n" +
      form + "\n" + story + " Follow her on Twitter @reporter.\n" + "Like us on Facebook. " +
      story + "\n";
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(OneDocument(text), PreprocessOptions(), &cluster).ok());
  std::vector<std::string> kept;
  for (const Sentence& s : cluster.documents[0].sentences) kept.push_back(s.text);
  const std::vector<std::string> told = {
      "The city closed the preschool on Friday, officials said.",
      "Inspectors had visited the center in September and found no violations, and the family "
      "has asked for a second autopsy to learn what caused the boy's death."};
  std::vector<std::string> expected = {
      "A toddler died after eating a grilled cheese sandwich at his preschool in Harlem."};
  expected.insert(expected.end(), told.begin(), told.end());
  expected.push_back("Like us on Facebook.");
  expected.insert(expected.end(), told.begin(), told.end());
  EXPECT_EQ(kept, expected);
  // Positions count the sentences kept.
  for (size_t i = 0; i < cluster.documents[0].sentences.size(); ++i) {
    EXPECT_EQ(cluster.documents[0].sentences[i].position, static_cast<int>(i));
  }
}

// A prompt run into a story sentence where a page's lines were joined is cut
// off its front; the span starts where the story does.
TEST(PreprocessCluster, CutsPromptsRunIntoStorySentences) {
  const std::string text =
      "A sheriff was charged on Monday.\nAdvertisement Continue reading the main story "
      "Denver -- Patrick Sullivan was the kind of lawman Coloradoans loved. He led the county "
      "for twenty years.\n";
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(OneDocument(text), PreprocessOptions(), &cluster).ok());
  const Document& doc = cluster.documents[0];
  ASSERT_EQ(doc.sentences.size(), 3u);
  const Sentence& s = doc.sentences[1];
  EXPECT_EQ(s.text, "Denver -- Patrick Sullivan was the kind of lawman Coloradoans loved.");
  EXPECT_EQ(text.substr(s.span.begin, s.span.size()), s.text);
}

// A photo caption inside a line of story text is dropped wherever it
// stands in its paragraph.
TEST(PreprocessCluster, DropsPhotoCaptionsInsideStoryLines) {
  const std::string text =
      "Four people are dead after a man opened fire on a bridge in Menasha, police said. In "
      "this May 3, 2015 photo, authorities investigate a shooting at the Trestle Trail Bridge "
      "in the City of Menasha, Wis. The gunman later killed himself, and the bridge was closed "
      "for the night while investigators worked.\n";
  Cluster cluster;
  ASSERT_TRUE(PreprocessCluster(OneDocument(text), PreprocessOptions(), &cluster).ok());
  std::vector<std::string> kept;
  for (const Sentence& s : cluster.documents[0].sentences) kept.push_back(s.text);
  EXPECT_EQ(kept, (std::vector<std::string>{
                      "Four people are dead after a man opened fire on a bridge in Menasha, "
                      "police said.",
                      "The gunman later killed himself, and the bridge was closed for the night "
                      "while investigators worked."}));
}

// Over the Multi-News sample, whose four New York Times pages carry the
// form above: none of its notices is left as a sentence.
TEST(PreprocessCluster, MultiNewsSampleKeepsNoSignUpFormNotice) {
  PRECIS_REQUIRE_SHARED_DATA(path, "multinews_sample/validation.jsonl");
  std::vector<RawCluster> raw;
  ASSERT_TRUE(ReadClusters({path}, ReadOptions(), &raw).ok());
  ASSERT_EQ(raw.size(), 250u);
  size_t sentences = 0;
  for (const RawCluster& r : raw) {
    Cluster cluster;
    ASSERT_TRUE(PreprocessCluster(r, PreprocessOptions(), &cluster).ok());
    for (const Document& doc : cluster.documents) {
      for (const Sentence& s : doc.sentences) {
        ++sentences;
        for (const char* notice :
             {"Invalid email address.", "Please re-enter.", "Thank you for subscribing.",
              "An error has occurred.", "Please try again later.",
              "View all New York Times newsletters.", "You can unsubscribe at any time."}) {
          EXPECT_NE(s.text, notice) << doc.id;
        }
      }
    }
  }
  EXPECT_GT(sentences, 20000u);
}

}  // namespace
}  // namespace precis
