// Copyright 2026 The Precis Authors.
#include "html/html_extractor.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace precis {
namespace {

const char kNewsPage[] = R"(<!DOCTYPE html>
<html><head><title>Storm hits coast | Daily News</title>
<meta property="og:title" content="Storm hits the coast">
<style>body { color: red; }</style><script>var tracking = "Storm";</script></head>
<body>
<header class="site-header"><a href="/">Daily News</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<article>
  <h1>Storm hits the coast</h1>
  <div class="byline">By Jane Doe</div>
  <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
  <p>A powerful storm hit the coast on Monday, officials said, leaving
     thousands of homes without power.</p>
  <figure><img src="x.jpg"><figcaption>Waves hit the pier. Photo: AP</figcaption></figure>
  <p>Repairs will take &quot;several days&quot;, the utility&#8217;s chief said &amp; crews
     were on their way.</p>
  <p style="display:none">Hidden text that must not appear.</p>
  <ul class="related-links"><li><a href="/a">Earlier storm coverage</a></li>
      <li><a href="/b">Photos of the flood</a></li></ul>
  <p>Schools will stay closed<br>until Thursday.</p>
</article>
<aside>Most read: something else entirely.</aside>
<footer>Copyright 2026 Daily News</footer>
<form><input name="q"><button>Search</button></form>
</body></html>)";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

HtmlContent Extract(const std::string& page) {
  HtmlContent content;
  Status s = ExtractHtmlContent(MappedText::Identity(page), &content);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return content;
}

TEST(HtmlExtractor, KeepsTheStoryParagraphsOnly) {
  HtmlContent content = Extract(kNewsPage);
  EXPECT_EQ(Lines(content.text.text()),
            (std::vector<std::string>{
                "A powerful storm hit the coast on Monday, officials said, leaving thousands "
                "of homes without power.",
                "Repairs will take \"several days\", the utility’s chief said & crews were on "
                "their way.",
                "Schools will stay closed", "until Thursday."}));
}

TEST(HtmlExtractor, SeparatesBlocksByABlankLine) {
  HtmlContent content = Extract("<body><p>One.</p><p>Two.</p></body>");
  EXPECT_EQ(content.text.text(), "One.\n\nTwo.");
}

TEST(HtmlExtractor, TakesHeadlineFromH1) {
  HtmlContent content = Extract(kNewsPage);
  EXPECT_EQ(content.title, "Storm hits the coast");
  std::string page = kNewsPage;
  EXPECT_EQ(page.substr(content.title_span.begin, content.title_span.size()),
            "Storm hits the coast");
}

TEST(HtmlExtractor, FallsBackToOgTitleThenTitleElement) {
  EXPECT_EQ(Extract("<html><head><meta property='og:title' content='From OG'>"
                    "<title>From title</title></head><body><p>Text.</p></body></html>")
                .title,
            "From OG");
  HtmlContent content =
      Extract("<html><head><title> From\n title </title></head><body><p>Text.</p></body></html>");
  EXPECT_EQ(content.title, "From title");
}

TEST(HtmlExtractor, DecodesEntitiesAndMapsThemToOriginalBytes) {
  std::string page = "<p>Fish &amp; chips cost &#163;5.</p>";
  HtmlContent content = Extract(page);
  EXPECT_EQ(content.text.text(), "Fish & chips cost £5.");
  size_t amp = content.text.text().find('&');
  Span span = content.text.OriginalSpan(amp, amp + 1);
  EXPECT_EQ(page.substr(span.begin, span.size()), "&amp;");
  size_t pound = content.text.text().find("£");
  span = content.text.OriginalSpan(pound, pound + 2);
  EXPECT_EQ(page.substr(span.begin, span.size()), "&#163;");
}

TEST(HtmlExtractor, EveryLineMapsBackToItsWords) {
  std::string page = kNewsPage;
  HtmlContent content = Extract(page);
  const std::string& text = content.text.text();
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) {
      Span span = content.text.OriginalSpan(begin, end);
      std::string original = page.substr(span.begin, span.size());
      std::string line = text.substr(begin, end - begin);
      // The first and last words of the line start and end the cited bytes.
      std::string first = line.substr(0, line.find(' '));
      std::string last = line.substr(line.rfind(' ') + 1);
      EXPECT_EQ(original.substr(0, first.size()), first) << line;
      EXPECT_EQ(original.substr(original.size() - last.size()), last) << line;
    }
    begin = end + 1;
  }
}

TEST(HtmlExtractor, WithoutArticleUsesTheDensestContainer) {
  HtmlContent content = Extract(
      "<body><div class='menu'><a href='/'>Home</a></div><div id='main'>"
      "<p>The council approved the budget on Monday after a long debate.</p>"
      "<p>Critics said it cuts library hours across the city.</p></div>"
      "<div><ul><li><a href='/1'>Link one</a></li><li><a href='/2'>Link two</a></li></ul></div>"
      "</body>");
  EXPECT_EQ(Lines(content.text.text()),
            (std::vector<std::string>{
                "The council approved the budget on Monday after a long debate.",
                "Critics said it cuts library hours across the city."}));
}

TEST(HtmlExtractor, ReadsDeepButSaneNesting) {
  std::string page;
  for (int i = 0; i < 1000; ++i) page += "<div><span>";
  page += "<p>Deep text.</p>";
  EXPECT_EQ(Extract(page).text.text(), "Deep text.");
}

TEST(HtmlExtractor, RejectsHostileNestingQuickly) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>Deep text.</p>";
  HtmlContent content;
  Status s = ExtractHtmlContent(MappedText::Identity(page), &content);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("nested"), std::string::npos);
}

TEST(HtmlExtractor, UnclosedParagraphsAndBreaksAreNotNesting) {
  std::string page = "<body>";
  for (int i = 0; i < 20000; ++i) page += "<p>Line " + std::to_string(i) + ".<br>";
  EXPECT_EQ(Lines(Extract(page).text.text()).size(), 20000u);
}

TEST(HtmlExtractor, PageOfScriptsIsEmptyInput) {
  HtmlContent content;
  Status s = ExtractHtmlContent(
      MappedText::Identity("<html><script>var a = 'lots of text';</script><nav>Menu</nav></html>"),
      &content);
  EXPECT_EQ(s.code(), Status::Code::kEmptyInput);
  EXPECT_EQ(ExtractHtmlContent(MappedText::Identity(""), &content).code(),
            Status::Code::kEmptyInput);
}

}  // namespace
}  // namespace precis
