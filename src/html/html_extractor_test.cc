// Copyright 2026 The Precis Authors.
#include "html/html_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace precis {
namespace {

// A news article page with the usual furniture around the story.
const char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Storm floods coastal towns | The Daily Example</title>
<meta property="og:title" content="Storm floods coastal towns">
<style>body { font-family: serif; } .hidden { display: none; }</style>
<script>window.dataLayer = [{"page": "article", "html": "<p>not text</p>"}];</script>
</head>
<body class="page-article has-sidebar">
<div id="cookie-banner"><p>We use cookies to improve your experience. <a href="/privacy">Learn more</a></p></div>
<header class="site-header"><a href="/" class="logo">The Daily Example</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<div class="article-header-wrapper">
 <article>
  <h1 class="headline">Storm floods
     coastal towns</h1>
  <div class="byline">By <a href="/staff/jane">Jane Doe</a>, Science Reporter</div>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <figure><img src="a.jpg" alt="Flooded street"><figcaption>A flooded street in Harbourville.</figcaption></figure>
  <p>Heavy rain pushed rivers over their banks on Tuesday, flooding hundreds
  of homes in three coastal towns &mdash; the worst flooding in 40&nbsp;years.</p>
  <p>&ldquo;We have never seen water rise this fast,&rdquo; said the mayor of
  Harbourville, Ana P&eacute;rez. Emergency crews evacuated 1,200 residents overnight.</p>
  <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Rainfall records broken</a></li><li><a href="/b">How to prepare for floods</a></li></ul></aside>
  <div class="ad-slot" aria-hidden="true">Advertisement</div>
  <h2>Relief efforts</h2>
  <p>The regional government released &euro;5&nbsp;million in emergency aid &amp; promised
  to rebuild the sea wall by <em>spring</em>.</p>
  <p>Forecasters expect the rain to ease on Thursday, but warned that rivers could keep rising<br>for another two days.</p>
  <ul><li>Schools remain closed in all three towns.</li><li>Trains between Harbourville and Eastport are cancelled.</li></ul>
  <p style="display: none">Hidden teaser text.</p>
 </article>
</div>
<section class="comments"><h2>Comments (2)</h2><p>Terrible news, thoughts with everyone.</p><p>The sea wall should have been fixed years ago.</p></section>
</main>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
<footer class="site-footer"><p>&copy; 2024 The Daily Example. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
)";

const char kNewsText[] =
    "Heavy rain pushed rivers over their banks on Tuesday, flooding hundreds "
    "of homes in three coastal towns \xE2\x80\x94 the worst flooding in 40 "
    "years.\n\n"
    "\xE2\x80\x9CWe have never seen water rise this fast,\xE2\x80\x9D said "
    "the mayor of Harbourville, Ana P\xC3\xA9rez. Emergency crews evacuated "
    "1,200 residents overnight.\n\n"
    "Relief efforts\n\n"
    "The regional government released \xE2\x82\xAC"
    "5 million in emergency "
    "aid & promised to rebuild the sea wall by spring.\n\n"
    "Forecasters expect the rain to ease on Thursday, but warned that rivers "
    "could keep rising\n\n"
    "for another two days.\n\n"
    "Schools remain closed in all three towns.\n\n"
    "Trains between Harbourville and Eastport are cancelled.";

Status Extract(const std::string& page, HtmlContent* out) {
  return ExtractHtmlContent(MappedText::Identity(page), out);
}

std::string Slice(const std::string& page, Span span) {
  return page.substr(span.begin, span.size());
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

// A slow stand-in for a browser: drops tags and decodes numeric references
// and the named ones the tests use. Good enough to read words back out of a page slice.
std::string StripMarkup(std::string_view html) {
  static const std::pair<std::string_view, std::string_view> kReferences[] = {
      {"&amp;", "&"},
      {"&lt;", "<"},
      {"&gt;", ">"},
      {"&quot;", "\""},
      {"&nbsp;", " "},
      {"&mdash;", "\xE2\x80\x94"},
      {"&ldquo;", "\xE2\x80\x9C"},
      {"&rdquo;", "\xE2\x80\x9D"},
      {"&eacute;", "\xC3\xA9"},
      {"&euro;", "\xE2\x82\xAC"},
      {"&copy;", "\xC2\xA9"},
      {"&#8217;", "\xE2\x80\x99"},
  };
  std::string out;
  for (size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
      continue;
    }
    if (html.substr(i, 2) == "&#") {
      size_t k = i + 2;
      char32_t cp = 0;
      while (k < html.size() && html[k] >= '0' && html[k] <= '9') {
        cp = cp * 10 + (html[k++] - '0');
      }
      if (k < html.size() && html[k] == ';' && cp > 0 && cp < 0x110000) {
        AppendUtf8(cp, &out);
        i = k + 1;
        continue;
      }
    }
    bool decoded = false;
    for (const auto& [name, text] : kReferences) {
      if (html.substr(i, name.size()) == name) {
        out += text;
        i += name.size();
        decoded = true;
        break;
      }
    }
    if (!decoded) out += html[i++];
  }
  return out;
}

// The round-trip invariant: origins stay inside the page and never go back,
// and each output line's original span holds the line's words in order.
void ExpectRoundTrip(const std::string& page, const MappedText& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    ASSERT_LE(text.origin_begin(i), text.origin_end(i));
    ASSERT_LE(text.origin_end(i), page.size());
    if (i > 0) {
      ASSERT_LE(text.origin_begin(i - 1), text.origin_begin(i)) << "at " << i;
      ASSERT_LE(text.origin_end(i - 1), text.origin_end(i)) << "at " << i;
    }
  }
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = text.text().find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text.size();
    std::string line = text.text().substr(line_begin, line_end - line_begin);
    if (!line.empty()) {
      EXPECT_EQ(line.front() == ' ' || line.back() == ' ', false) << line;
      EXPECT_EQ(line.find("  "), std::string::npos) << line;
      std::string original = StripMarkup(Slice(page, text.OriginalSpan(line_begin, line_end)));
      size_t at = 0;
      for (const std::string& word : Words(line)) {
        size_t found = original.find(word, at);
        ASSERT_NE(found, std::string::npos) << "word \"" << word << "\" of line \"" << line
                                            << "\" not in its original \"" << original << "\"";
        at = found + word.size();
      }
    }
    line_begin = line_end + 1;
  }
}

TEST(HtmlExtractor, ExtractsTheStoryFromANewsPage) {
  HtmlContent out;
  ASSERT_TRUE(Extract(kNewsPage, &out).ok());
  EXPECT_EQ(out.text.text(), kNewsText);
  EXPECT_EQ(out.title, "Storm floods coastal towns");
  EXPECT_EQ(Slice(kNewsPage, out.title_span), "Storm floods\n     coastal towns");
}

TEST(HtmlExtractor, EveryLineMapsBackToItsWordsInThePage) {
  HtmlContent out;
  ASSERT_TRUE(Extract(kNewsPage, &out).ok());
  ExpectRoundTrip(kNewsPage, out.text);
}

TEST(HtmlExtractor, OriginsComposeWithAnEarlierStage) {
  // The page as a later part of some bigger original: origins must lead
  // into that original, not into the page alone.
  const std::string prefix = "HEADER BYTES\n";
  const std::string original = prefix + kNewsPage;
  MappedText whole = MappedText::Identity(original);
  MappedText page;
  page.AppendFrom(whole, prefix.size(), original.size() - prefix.size());
  HtmlContent out;
  ASSERT_TRUE(ExtractHtmlContent(page, &out).ok());
  EXPECT_EQ(out.text.text(), kNewsText);
  ExpectRoundTrip(original, out.text);
  EXPECT_EQ(Slice(original, out.title_span), "Storm floods\n     coastal towns");
}

TEST(HtmlExtractor, DropsScriptsStylesAndNavigation) {
  const std::string page =
      "<html><head><style>p { color: red }</style></head><body>"
      "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
      "<script>document.write('Injected')</script>"
      "<noscript>Enable JavaScript</noscript>"
      "<p>The council approved the budget on Monday after a long debate.</p>"
      "<template><p>Template text</p></template>"
      "<form><input value=Search><button>Go</button></form>"
      "<svg><text>Chart label</text></svg>"
      "</body></html>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(), "The council approved the budget on Monday after a long debate.");
  ExpectRoundTrip(page, out.text);
}

TEST(HtmlExtractor, KeepsParagraphStructure) {
  const std::string page =
      "<body><div><p>One  two\n\tthree</p><p>Four</p><h2>Five</h2>"
      "<ul><li>Six</li><li>Seven</li></ul>Eight<br>Nine"
      "<table><tr><td>Ten</td><td>Eleven</td></tr></table>"
      "<blockquote>Twelve <b>thirteen</b><i>teen</i></blockquote>"
      "<pre>  Fourteen\n   fifteen  </pre></div></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "One two three\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight\n\nNine\n\n"
            "Ten\n\nEleven\n\nTwelve thirteenteen\n\nFourteen fifteen");
  ExpectRoundTrip(page, out.text);
}

TEST(HtmlExtractor, DecodesEntitiesAndMapsThemToOriginalBytes) {
  const std::string page =
      "<p>Fish &amp; chips &mdash; at the caf&eacute; &#8217;round\r\nthe "
      "corner, &#169;&nbsp;2024 &lt;ok&gt; AT&T</p>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  const std::string& text = out.text.text();
  ASSERT_EQ(text,
            "Fish & chips \xE2\x80\x94 at the caf\xC3\xA9 \xE2\x80\x99round the "
            "corner, \xC2\xA9 2024 <ok> AT&T");
  auto source_of = [&](std::string_view piece) {
    size_t at = text.find(piece);
    EXPECT_NE(at, std::string::npos) << piece;
    return Slice(page, out.text.OriginalSpan(at, at + piece.size()));
  };
  EXPECT_EQ(source_of("&"), "&amp;");
  EXPECT_EQ(source_of("\xE2\x80\x94"), "&mdash;");
  EXPECT_EQ(source_of("\xC3\xA9"), "&eacute;");
  EXPECT_EQ(source_of("\xE2\x80\x99"), "&#8217;");
  EXPECT_EQ(source_of("round the"), "round\r\nthe");
  EXPECT_EQ(source_of("\xC2\xA9"), "&#169;");
  EXPECT_EQ(source_of("\xC2\xA9 2024"), "&#169;&nbsp;2024");
  EXPECT_EQ(source_of("<ok>"), "&lt;ok&gt;");
  EXPECT_EQ(source_of("AT&T"), "AT&T");
  ExpectRoundTrip(page, out.text);
}

TEST(HtmlExtractor, TakesHeadlineFromH1) {
  const std::string page =
      "<html><head><title>Site | Other title</title>"
      "<meta property='og:title' content='Social title'></head><body>"
      "<article><h1>  Mars rover finds <em>ancient</em> lake  </h1>"
      "<p>The rover found sediment layers that point to a lake that lasted "
      "for millions of years.</p></article></body></html>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.title, "Mars rover finds ancient lake");
  EXPECT_EQ(Slice(page, out.title_span), "Mars rover finds <em>ancient</em> lake");
  // The headline is not repeated in the text.
  EXPECT_EQ(out.text.text(),
            "The rover found sediment layers that point to a lake that lasted "
            "for millions of years.");
}

TEST(HtmlExtractor, PrefersTheH1OfTheArticleOverTheSiteLogo) {
  const std::string page =
      "<body><h1 class=logo>Daily Example</h1><article><h1>Bridge reopens</h1>"
      "<p>The bridge reopened to traffic on Friday after two years of "
      "repairs, the city said.</p></article></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.title, "Bridge reopens");
  EXPECT_EQ(out.text.text(),
            "The bridge reopened to traffic on Friday after two years of "
            "repairs, the city said.");
}

TEST(HtmlExtractor, FallsBackToOgTitle) {
  const std::string page =
      "<head><title>Ignored | Site</title>"
      "<meta property=\"og:title\" content=\"Rates  rise &amp; markets fall\">"
      "</head><body><p>Central banks raised interest rates again.</p></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.title, "Rates rise & markets fall");
  EXPECT_EQ(Slice(page, out.title_span), "Rates  rise &amp; markets fall");
}

TEST(HtmlExtractor, FallsBackToTitleElement) {
  const std::string page =
      "<html><head><title>\n  Quake hits &quot;north&quot;  </title></head>"
      "<body><p>A magnitude 6 earthquake struck the north of the country.</p>"
      "</body></html>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.title, "Quake hits \"north\"");
  EXPECT_EQ(Slice(page, out.title_span), "Quake hits &quot;north&quot;");
  EXPECT_EQ(out.text.text(), "A magnitude 6 earthquake struck the north of the country.");
}

TEST(HtmlExtractor, PageWithoutTitleHasEmptyTitle) {
  HtmlContent out;
  ASSERT_TRUE(Extract("<p>Just one paragraph of text.</p>", &out).ok());
  EXPECT_EQ(out.title, "");
  EXPECT_EQ(out.title_span, Span{});
}

TEST(HtmlExtractor, DropsShareBarsAndBylines) {
  const std::string page =
      "<body><div class=story>"
      "<div class='byline'>By Sam Lee</div>"
      "<p class='article-author'>Sam Lee is our transport correspondent.</p>"
      "<ul class=social-share><li>Share</li><li>Email</li></ul>"
      "<p>Rail fares will rise by three percent in January, the operator "
      "announced on Wednesday.</p>"
      "<p>Passenger groups called the increase unfair after a year of "
      "delays.</p>"
      "<div class=photo-credit>Photo: Agency</div>"
      "<div id=newsletter-box>Sign up for our daily newsletter</div>"
      "</div></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "Rail fares will rise by three percent in January, the operator "
            "announced on Wednesday.\n\n"
            "Passenger groups called the increase unfair after a year of "
            "delays.");
}

TEST(HtmlExtractor, DropsHighLinkDensityLists) {
  const std::string page =
      "<body><div>"
      "<p>Scientists have mapped the genome of the common oak, a project "
      "that took eight years.</p>"
      "<div><a href=/1>Oak trees in decline</a> | <a href=/2>Forest news</a>"
      " | <a href=/3>More science</a></div>"
      "<p>The map will help breeders select trees that resist disease.</p>"
      "<ul><li><a href=/4>Genome basics</a></li><li><a href=/5>What is DNA"
      "</a></li></ul>"
      "<ul><li>Eight years of work</li><li>Twelve labs</li></ul>"
      "</div></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "Scientists have mapped the genome of the common oak, a project "
            "that took eight years.\n\n"
            "The map will help breeders select trees that resist disease.\n\n"
            "Eight years of work\n\nTwelve labs");
}

TEST(HtmlExtractor, KeepsStoryInsideWrapperNamedLikeBoilerplate) {
  const std::string page =
      "<body><div class='article-header-wrapper'><div id=main-nav-container>"
      "<p>The museum returned the statue to its country of origin on "
      "Saturday.</p><p>Officials welcomed the decision as overdue.</p>"
      "</div></div><div class=footer><p>Contact us</p></div></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "The museum returned the statue to its country of origin on "
            "Saturday.\n\nOfficials welcomed the decision as overdue.");
}

TEST(HtmlExtractor, KeepsStoryInsidePageWideForm) {
  const std::string page =
      "<body><form id=aspnetForm><div class=content>"
      "<p>The festival will return next summer with a larger site.</p>"
      "</div><input type=hidden value=x></form></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(), "The festival will return next summer with a larger site.");
}

TEST(HtmlExtractor, ChoosesDensestTextWithoutArticleMarkup) {
  const std::string page =
      "<body><div id=top><div><a href=/>Home</a></div><div>Weather: sunny"
      "</div></div>"
      "<div id=x1><div id=x2>"
      "<p>Voters in the region head to the polls on Sunday to elect a new "
      "assembly.</p>"
      "<p>Polls suggest a close race between the two largest parties.</p>"
      "</div><div id=x3><p>Results are expected early on Monday "
      "morning.</p><p>Turnout was high in the last election.</p></div></div>"
      "<div id=bottom><p>Copyright</p></div></body>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "Voters in the region head to the polls on Sunday to elect a new "
            "assembly.\n\n"
            "Polls suggest a close race between the two largest parties.\n\n"
            "Results are expected early on Monday morning.\n\n"
            "Turnout was high in the last election.");
}

TEST(HtmlExtractor, DropsHiddenElements) {
  const std::string page =
      "<p>Visible text.</p><p hidden>Hidden one.</p>"
      "<div aria-hidden=\"true\">Hidden two.</div>"
      "<div style=\"color:red; DISPLAY : none\">Hidden three.</div>"
      "<div style='visibility:hidden'>Hidden four.</div>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(), "Visible text.");
}

TEST(HtmlExtractor, SurvivesDeeplyNestedMarkup) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "Deep text &amp; more";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  auto start = std::chrono::steady_clock::now();
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(), "Deep text & more");
  ExpectRoundTrip(page, out.text);
  // Unclosed inline elements too (which text wins is up to the density
  // heuristic; it must just come back quickly and map correctly).
  std::string unclosed;
  for (int i = 0; i < 100000; ++i) unclosed += i % 2 ? "<b>" : "<span>x ";
  ASSERT_TRUE(Extract(unclosed, &out).ok());
  EXPECT_GT(out.text.size(), 1000u);
  ExpectRoundTrip(unclosed, out.text);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 60.0);
}

TEST(HtmlExtractor, KeepsOnlyTheStoryOfAPageWithBareFurnitureTags) {
  const std::string page = R"(<!DOCTYPE html>
<html><head><title>Storm hits coast | Daily News</title>
<meta property="og:title" content="Storm hits the coast">
<script>var tracking = "Storm";</script></head>
<body>
<header class="site-header"><a href="/">Daily News</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<article>
  <h1>Storm hits the coast</h1>
  <div class="byline">By Jane Doe</div>
  <p>A powerful storm hit the coast on Monday, officials said, leaving
     thousands of homes without power.</p>
  <p>Repairs will take &quot;several days&quot;, the utility&#8217;s chief said.</p>
  <ul class="related-links"><li><a href="/a">Earlier storm coverage</a></li></ul>
</article>
<aside>Most read: something else entirely.</aside>
<footer>Copyright 2026 Daily News</footer>
<form><input name="q"><button>Search</button></form>
</body></html>)";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(),
            "A powerful storm hit the coast on Monday, officials said, leaving "
            "thousands of homes without power.\n\n"
            "Repairs will take \"several days\", the utility\xE2\x80\x99s chief "
            "said.");
  EXPECT_EQ(out.title, "Storm hits the coast");
  ExpectRoundTrip(page, out.text);
}

TEST(HtmlExtractor, ReadsDeepButSaneNesting) {
  std::string page;
  for (int i = 0; i < 1000; ++i) page += "<div><span>";
  page += "<p>Deep text.</p>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  EXPECT_EQ(out.text.text(), "Deep text.");
}

TEST(HtmlExtractor, UnclosedParagraphsAndBreaksAreNotNesting) {
  std::string page = "<body>";
  for (int i = 0; i < 20000; ++i) {
    page += "<p>Line " + std::to_string(i) + ".<br>";
  }
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  const std::string& text = out.text.text();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2 * (20000 - 1));
  EXPECT_EQ(text.substr(0, 16), "Line 0.\n\nLine 1.");
}

TEST(HtmlExtractor, EmptyPageIsEmptyInput) {
  for (const char* page : {"", "   \n", "<html></html>", "<script>var x = 1;</script>",
                           "<nav><a href=/>Home</a></nav><footer>(c) 2024</footer>",
                           "<!-- only a comment -->", "<h1>Headline only</h1>"}) {
    HtmlContent out;
    Status status = Extract(page, &out);
    EXPECT_EQ(status.code(), Status::Code::kEmptyInput) << page;
    EXPECT_EQ(status.message(), "HTML page has no main text");
    EXPECT_TRUE(out.text.empty());
  }
}

TEST(HtmlExtractor, KeepsOriginsInOrderWhenTheParserMovesText) {
  // Text misplaced inside a table is moved before it by the parser.
  const std::string page =
      "<p>Before the table.</p><table><tr><td>Cell text</td></tr>Loose text"
      "</table><p>After the table.</p>";
  HtmlContent out;
  ASSERT_TRUE(Extract(page, &out).ok());
  ExpectRoundTrip(page, out.text);
  EXPECT_NE(out.text.text().find("After the table."), std::string::npos);
}

TEST(HtmlExtractor, MalformedMarkupNeverBreaksTheInvariant) {
  const std::vector<std::string> kPieces = {
      "<p>",       "</p>",     "<div class=nav>",
      "</div>",    "<b>",      "</i>",
      "word ",     "&amp;",    "&",
      "&#",        "&#x;",     "&mdash",
      "<",         ">",        "\r\n",
      "\r",        "<table>",  "<tr>",
      "<td>",      "text",     "<!--",
      "-->",       "<script>", "</script>",
      "<h1>",      "</h1>",    "<a href=x>",
      "</a>",      "<br>",     "'\"",
      "<article>", "<li>",     "\xC3\xA9",
      "<title>",   "<svg>",    "</span>",
  };
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1);
  for (int round = 0; round < 400; ++round) {
    std::string page;
    const int count = 1 + round % 60;
    for (int k = 0; k < count; ++k) page += kPieces[pick(rng)];
    HtmlContent out;
    Status status = Extract(page, &out);
    ASSERT_TRUE(status.ok() || status.code() == Status::Code::kEmptyInput) << status.ToString();
    for (size_t i = 0; i < out.text.size(); ++i) {
      ASSERT_LE(out.text.origin_begin(i), out.text.origin_end(i)) << page;
      ASSERT_LE(out.text.origin_end(i), page.size()) << page;
      if (i > 0) {
        ASSERT_LE(out.text.origin_begin(i - 1), out.text.origin_begin(i)) << page;
      }
    }
    EXPECT_LE(out.title_span.begin, out.title_span.end);
    EXPECT_LE(out.title_span.end, page.size());
  }
}

TEST(HtmlExtractor, IsDeterministic) {
  HtmlContent a;
  HtmlContent b;
  ASSERT_TRUE(Extract(kNewsPage, &a).ok());
  ASSERT_TRUE(Extract(kNewsPage, &b).ok());
  EXPECT_EQ(a.text.text(), b.text.text());
  EXPECT_EQ(a.title, b.title);
  for (size_t i = 0; i < a.text.size(); ++i) {
    EXPECT_EQ(a.text.origin_begin(i), b.text.origin_begin(i));
    EXPECT_EQ(a.text.origin_end(i), b.text.origin_end(i));
  }
}

}  // namespace
}  // namespace precis
