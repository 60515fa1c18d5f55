// Copyright 2026 The Precis Authors.
#include "normalize/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace precis {
namespace {

void ExpectKind(std::initializer_list<const char*> lines, Boilerplate kind) {
  for (const char* line : lines) EXPECT_EQ(ClassifyLine(line, ""), kind) << line;
}

TEST(Boilerplate, RecognizesCaptionsAndPhotoCredits) {
  ExpectKind({"Pic: North Korean dictator Kim Jong Un with Generals",
              "Photo: Eastnews Press Agency", "Image: screenshot/netflix",
              "Image copyright Getty Images Image caption The Bluefin-21 will search the sea floor",
              "Image caption Plant says the band will not reunite again",
              "(Photo: Alex Wong/Getty.)", "Getty Images", "Sarah Tew/CNET",
              "Facebook Twitter Pinterest Photograph: Kevin Winter/Getty Images",
              "Media playback is unsupported on your device Media caption First known footage",
              "toggle caption Pew Research Center/NPR", "iStock",
              "CLOSE Skip in Skip x Embed x Share A former officer was found dead. Video provided "
              "by Newsy Newslook",
              "Keurig Green Mountain K-Cup coffee packs. (Joe Raedle/Getty Images)",
              "President Obama speaks in Washington on March 17, 2014. (Photo: Susan Walsh, AP)",
              "Swedish freelance journalist Kim Wall. Photo: Tom Wall via AP",
              "Many hoped that the actor would run. (Manuel Balce Ceneta/AP)",
              "The Rockies say fans may swap the jerseys. AP Photo/David Zalubowski"},
             Boilerplate::kCaption);
}

TEST(Boilerplate, RecognizesLinkLines) {
  ExpectKind({"RELATED: Sony cancels premiere for ‘The Interview’", "READ MORE: Full coverage",
              "JUST WATCHED Area 51 Revealed Replay More Videos ...",
              "MUST WATCH Area 51 Revealed 04:56",
              "Read more:", "SEE ALSO: Mark Zuckerberg Casually Conquers the World",
              "WATCH: How to make the perfect cup of coffee",
              "Click here to return to the page you were visiting.",
              "Read or Share this story: http://usat.ly/1", "http://www.XOGroupInc.com",
              "https://instagram.com/johnnyhuie/",
              "On the Net:", "Navajo Nation: http://www.navajo.org/nnhomepg.html",
              "► Related: Suspect arrested, officer ID'd in Wayne State police shooting",
              "[Who is Brian Sandoval?]", "[VIDEO: Coffee in America, by the numbers]",
              "What are the true risks of taking cannabis? Read more",
              "For a full recap of the night’s big winners, click here.",
              "Trending News: How Good Of A Person Are You? Depends On Where You Live"},
             Boilerplate::kLink);
}

// An address last among twelve tokens at most, or first among two: the
// rule reads the first and the last token, and counts only after them.
TEST(Boilerplate, RecognizesUrlLinesByTheirFirstAndLastTokens) {
  ExpectKind({"http://x.com/a posted",
              "one two three four five six seven eight nine ten eleven http://x.com/a"},
             Boilerplate::kLink);
  ExpectKind({"http://x.com/a is where he posted it",
              "one two three four five six seven eight nine ten eleven twelve http://x.com/a"},
             Boilerplate::kNone);
}

TEST(Boilerplate, RecognizesSharePromptsAndNotices) {
  ExpectKind({"Comments",
              "12 Comments",
              "share tweet pin email",
              "Share this article",
              "Leave a comment",
              "Advertisement",
              "Advertisement Continue reading the main story",
              "Story Continued Below",
              "Story continues below",
              "Please enable Javascript to watch this video",
              "Please turn on JavaScript. Media requires JavaScript to play.",
              "(Distributed by New York Times Special Features)",
              "Tweet with a location",
              "Sign up for our newsletter",
              "Subscribe to our daily briefing",
              "in your inbox every day Sign up for our free newsletter • • •",
              "We use cookies to improve your experience on our site.",
              "This article was originally published with the title A Signal for Solitude.",
              "This story has been updated to include quotes from Christopher Ruff.",
              "Text Size - +",
              "sound 00:00 00:00",
              "This is a developing story.",
              "Check back for details as they develop.",
              "Stay with KDKA for the latest on this developing story.",
              "Stay with tampabay.com for updates.",
              "Breaking News Alerts Get breaking news when it happens — in your inbox. Email Sign "
              "Up By signing up you agree to receive email newsletters or alerts from POLITICO. "
              "You can unsubscribe at any time.",
              "You must select a newsletter to subscribe to.",
              "View all New York Times newsletters."},
             Boilerplate::kPrompt);
}

TEST(Boilerplate, RecognizesSocialSignOffs) {
  ExpectKind(
      {"Follow Sarah on Twitter: @dadasarahle", "Follow us on Facebook", "Like us on Facebook",
       "Follow Scott Stump on Twitter and Google+.", "Email the author at jdoe@example.com",
       "Twitter: @JulieMakLAT", "Contact us at editors@time.com.", "wlee@tribune.com",
       "wkroustan@sunsentinel.com or 954-356-4303",
       "Contact Tracey Kaplan at 408-278-3482. Follow her at Twitter.com/tkaplanreport.",
       "Kale Williams is a San Francisco Chronicle staff writer. E-mail: "
       "kwilliams@sfchronicle.com Twitter: @sfkale",
       "– Follow the Ticker on Twitter: @PoliticalTicker",
       "Forever A post shared by Havoc of Mobb Deep (@mobbdeephavoc) on Jun 20, 2017",
       "Twitter @John_Kass"},
      Boilerplate::kSocial);
}

TEST(Boilerplate, RecognizesDatelinesBylinesAndCopyright) {
  ExpectKind({"December 17, 2014 Updated: December 18, 2014", "Saturday, January 8, 2005",
              "Published 3:45 p.m. ET Dec. 17, 2014", "Updated at 11:10 a.m.",
              "Last updated at 6:04 PM on 20th October 2011", "— Updated at 8:37 p.m.",
              "Published on Apr 1, 2017", "First posted", "2 years ago", "Updated 5 hours ago",
              "a day ago"},
             Boilerplate::kDateline);
  // Story text that ends in "ago" says more than a count of time.
  EXPECT_EQ(ClassifyLine("He left two years ago.", ""), Boilerplate::kNone);
  EXPECT_EQ(ClassifyLine("Not so long ago", ""), Boilerplate::kNone);
  EXPECT_EQ(ClassifyLine("Ten years ago", ""), Boilerplate::kNone);
  ExpectKind({"By John Smith", "By John Smith, CNN", "By Jane Doe and John Roe | Staff Writers",
              "By Staff Sgt. Benjamin W. Stratton, 7th Air Force Public Affairs / Published "
              "March 24, 2017",
              "— Reuters", "— David R. Baker", "The Associated Press contributed to this report.",
              "(Additional reporting by Jumin Park; Editing by Raju Gopalakrishnan)"},
             Boilerplate::kByline);
  ExpectKind({"© 2014 Cable News Network. All rights reserved.",
              "Copyright 2014 The Associated Press. All rights reserved. This material may not "
              "be published, broadcast, rewritten or redistributed.",
              "Copyright © 2012 AFP. All rights reserved. More »", "Copyright Marvel Comics"},
             Boilerplate::kCopyright);
}

TEST(Boilerplate, RecognizesPullQuotesAndTitleRepeats) {
  const std::string title = FoldForComparison("US Officials Say North Korea Behind Sony Hack");
  EXPECT_EQ(ClassifyLine("Quote: the hackers won", ""), Boilerplate::kPullQuote);
  EXPECT_EQ(ClassifyLine("“US officials say North Korea behind Sony hack”", title),
            Boilerplate::kPullQuote);
  EXPECT_EQ(ClassifyLine("US officials say North Korea behind Sony hack, studio says", title),
            Boilerplate::kNone);
}

TEST(Boilerplate, RecognizesDecorationAndMarkupResidue) {
  ExpectKind({"___", "* * *", "...", "——", "★★★", std::string(120, '-').c_str(),
              "(BEGIN OPTIONAL TRIM)", "poster=\"http://v.politico.com/images/1.jpg\" true"},
             Boilerplate::kDecoration);
}

TEST(Boilerplate, KeepsStorySentences) {
  ExpectKind({"The officials said the White House had not decided whether to respond.",
              "Follow the money, investigators said, and you will find the hackers.",
              "By Tuesday, the studio had pulled the film from every theater.",
              "Share prices fell 5 percent on Monday after the announcement.",
              "Stay with the group, the guide told the hikers before the storm.",
              "Check back in a year, the doctor told him.",
              "December 17, 2014 was the day the studio gave up.", "The Terrorists Win",
              "Like many users, she deleted her account after the breach.",
              "Copyright infringement claims against the studio rose in 2014.",
              "This video is the first evidence that the plane broke apart.",
              "Most Popular Month to Get Engaged: December (16%)",
              "Pally's family could not be reached for comment Friday evening.",
              "He shared the photo on Twitter, where it spread quickly.",
              "Jon Huntsman stuck to Twitter: \"@BarackObama's tired rhetoric & failed policies "
              "haven't worked.\"",
              "- Sweden is first",
              "And the Oscar goes to…Miss Venezuela! #Oscars — Margaret Cho (@margaretcho) "
              "February 27, 2017",
              "Long Story Short", "Why Is This Important?",
              "A photo from the 1998 excavation, with the foot bones below a tail."},
             Boilerplate::kNone);
}

TEST(Boilerplate, NeverDropsLongLinesExceptTitleRepeatsAndGalleries) {
  std::string line = "Share tweet pin email";
  for (int i = 0; i < 40; ++i) line += " share";
  EXPECT_EQ(ClassifyLine(line, ""), Boilerplate::kNone);
  EXPECT_EQ(ClassifyLine(line, FoldForComparison(line)), Boilerplate::kPullQuote);
  // A photo gallery flattened into one line, of any length.
  std::string gallery;
  for (int i = 1; i <= 6; ++i) {
    gallery +=
        "Photos: Sinking of the Musashi The battleship Musashi leaves Brunei, Borneo, in "
        "1944, with the fleet. Hide Caption " +
        std::to_string(i) + " of 6 ";
  }
  EXPECT_EQ(ClassifyLine(gallery, ""), Boilerplate::kCaption);
  EXPECT_EQ(ClassifyLine("Hide Caption 2 of 43", ""), Boilerplate::kCaption);
  // A line that does not end with the count is a story's.
  EXPECT_EQ(ClassifyLine(gallery + "The wreck was found in March.", ""), Boilerplate::kNone);
  EXPECT_EQ(ClassifyLine(line + " Hide Caption 2", ""), Boilerplate::kNone);
  // A video playlist, opened by its player's controls.
  EXPECT_EQ(ClassifyLine("Skip in Skip x Embed x Share CLOSE " + gallery, ""),
            Boilerplate::kCaption);
}

// The sentences of a sign-up form flattened into one line (a New York
// Times page of the Multi-News sample), and prompts that end story lines.
TEST(Boilerplate, RecognizesPromptSentences) {
  for (const char* sentence :
       {"Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
        "clicking the box.",
        "Invalid email address.", "Please re-enter.",
        "You must select a newsletter to subscribe to.",
        "Sign Up You agree to receive occasional updates and special offers for The New York "
        "Times's products and services.",
        "Thank you for subscribing.", "An error has occurred.", "Please try again later.",
        "View all New York Times newsletters.",
        "Email Sign Up By signing up you agree to receive email newsletters or alerts from "
        "POLITICO.",
        "You can unsubscribe at any time.", "This feature is not available right now.",
        "Follow The Knot on Twitter and Instagram @TheKnot.",
        "Click here for interactive results, complete trends over time and methodology.",
        "SUBSCRIBE NOW", "Subscribe for just $3 a month"}) {
    EXPECT_TRUE(IsBoilerplateSentence(sentence)) << sentence;
  }
}

TEST(Boilerplate, KeepsStorySentencesThatOpenLikePrompts) {
  for (const char* sentence :
       {"Please help us find her, the police chief said.",
        "An error has occurred in the count of the ballots, officials said.",
        "An error occurred.\"", "Thank you, he told the crowd before leaving the stage.",
        "Follow the money, investigators said.", "Email records show the meeting took place.",
        "Like many users, she deleted her account after the breach.",
        "This feature of the law is not available to residents.", "You can see why they left.",
        "Share prices fell 5 percent on Monday.",
        // A prompt run into a story sentence, as where a page's lines were
        // joined: the story would go with it.
        "Email This Even at 88, Betty White has the ambition of a 20-something!",
        "Please enable JavaScript to watch this video KANSAS CITY, Kan. -- Over the last 26 "
        "months, there's been joy, sadness and surprise.",
        "Sign up for science news delivered to your inbox An artist's conception shows the "
        "spacecraft, which became the first to orbit the sun."}) {
    EXPECT_FALSE(IsBoilerplateSentence(sentence)) << sentence;
  }
}

// A wire service's photo captions, as the Multi-News pages carry them.
TEST(Boilerplate, RecognizesPhotoCaptionSentences) {
  for (const char* caption :
       {"FILE - In this May 24, 2016, file photo, Rep. John Conyers, D-Mich., speaks on "
        "Capitol Hill in Washington.",
        "FILE \xE2\x80\x93 In this Dec. 13, 2004 file photo, Jack Whittaker heads toward the "
        "Putnam County Judicial Annex.",
        "In this Saturday, July 1, 2017, photo, people line up at the NuLeaf marijuana dispensary "
        "in Las Vegas.",
        "In this photo provided by the Vatican paper L'Osservatore Romano, Pope Francis meets "
        "Pope emeritus Benedict XVI.",
        "In this image released by Turner Classic Movies, Clark Gable appears as Rhett Butler.",
        "This undated photo provided by Husky Homestead shows Banjo, a dog that was injured.",
        "This image, released by Paul Allen's company, Vulcan, appears to show the ship's anchor.",
        "This Monday, May 4, 2015 photo shows police tape a scene of a shooting."}) {
    EXPECT_TRUE(IsPhotoCaptionSentence(caption)) << caption;
    EXPECT_EQ(ClassifyLine(caption, ""), Boilerplate::kCaption) << caption;
  }
  for (const char* story :
       {"This photo was taken just an hour before the attack, his sister said.",
        "This image shows that the inner edge of the region lies 10.5 billion miles away.",
        "This image of the president has been shared widely, officials said.",
        "In this case, the photo was blurry and the police could not use it.",
        "In this image-conscious era, candidates hire stylists.",
        "He said: In this photo, you can see the damage."}) {
    EXPECT_FALSE(IsPhotoCaptionSentence(story)) << story;
  }
}

TEST(Boilerplate, FindsPromptsRunIntoStorySentences) {
  const std::string story = "denver -- patrick sullivan was the kind of lawman coloradoans loved.";
  for (const char* prompt :
       {"Advertisement Continue reading the main story ", "Continue reading the main story ",
        "advertisement continue reading the main story  ", "Story continued below ",
        "Story continues below advertisement "}) {
    EXPECT_EQ(PromptOpeningStory(prompt + story), std::string_view(prompt).size()) << prompt;
  }
  // Not a prompt, not at the front, or nothing after it.
  EXPECT_EQ(PromptOpeningStory("Advertisement spending rose 5 percent in the quarter."), 0u);
  EXPECT_EQ(PromptOpeningStory("Story continued to unfold on Monday."), 0u);
  EXPECT_EQ(PromptOpeningStory("He said: Continue reading the main story " + story), 0u);
  EXPECT_EQ(PromptOpeningStory("Story continued below"), 0u);
  EXPECT_EQ(PromptOpeningStory("Story continued below "), 0u);
  EXPECT_EQ(PromptOpeningStory("Story continued belowground, he said."), 0u);
  EXPECT_EQ(PromptOpeningStory(""), 0u);
}

TEST(Boilerplate, FoldsCaseQuotesAndPunctuation) {
  EXPECT_EQ(FoldForComparison("  ‘The Interview’ — Release! "), "the interview release");
  EXPECT_EQ(FoldForComparison("Café au Lait"), "café au lait");
  EXPECT_EQ(FoldForComparison("***"), "");
  EXPECT_TRUE(RepeatsTitle("\"The  Interview\"", "the interview"));
  EXPECT_FALSE(RepeatsTitle("The Interviews", "the interview"));
}

}  // namespace
}  // namespace precis
