// Copyright 2026 The Precis Authors.
#include "html/nesting_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(NestingGuard, LeavesOrdinaryPagesAlone) {
  std::string out = "unchanged";
  EXPECT_FALSE(FlattenDeepNesting(
      "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div>", 4, &out));
  EXPECT_EQ(out, "unchanged");
}

TEST(NestingGuard, BlanksTagsBeyondTheLimitWithTheirEndTags) {
  const std::string html = "<div><span><b>x</b></span></div>";
  std::string out;
  ASSERT_TRUE(FlattenDeepNesting(html, 2, &out));
  EXPECT_EQ(out, "<div><span><?>x<? ></span></div>");
  EXPECT_EQ(out.size(), html.size());
}

TEST(NestingGuard, SelfClosingElementsDoNotCount) {
  std::string html;
  for (int i = 0; i < 100; ++i) html += "<p>para<li>item<td>cell<br/><x-icon/>";
  std::string out;
  EXPECT_FALSE(FlattenDeepNesting(html, 3, &out));
}

TEST(NestingGuard, IgnoresTagsInCommentsScriptsAndQuotedValues) {
  const std::string html =
      "<div><!-- <div><div> --><script>if (a<b) x = '<div><div>';</script>"
      "<a title='<div>>'>t</a></div>";
  std::string out;
  EXPECT_FALSE(FlattenDeepNesting(html, 2, &out));
}

TEST(NestingGuard, HandlesHundredThousandNestedElements) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  std::string out;
  ASSERT_TRUE(FlattenDeepNesting(html, 100, &out));
  EXPECT_EQ(out.size(), html.size());
  EXPECT_NE(out.find("deep"), std::string::npos);
  EXPECT_EQ(out.find("<div>", 500 * 5), std::string::npos);
}

}  // namespace
}  // namespace precis
