// Copyright 2026 The Precis Authors.
#include "analyze/mentions.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

// The words a cluster writes in lower case, unless a test says otherwise.
const std::unordered_set<std::string>& DefaultLowercase() {
  static const auto* const kWords =
      new std::unordered_set<std::string>{"officials", "the", "speaking"};
  return *kWords;
}

std::vector<Mention> Find(const std::string& text,
                          const std::unordered_set<std::string>& lowercase = DefaultLowercase()) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return FindMentions(text, tokens, lowercase);
}

// "kind:normalized=surface" for each mention, in order.
std::vector<std::string> Describe(
    const std::string& text,
    const std::unordered_set<std::string>& lowercase = DefaultLowercase()) {
  std::vector<std::string> out;
  for (const Mention& m : Find(text, lowercase)) {
    const char* kind = m.kind == MentionKind::kNumber ? "number"
                       : m.kind == MentionKind::kDate ? "date"
                                                      : "name";
    out.push_back(std::string(kind) + ":" + m.normalized + "=" + m.surface);
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin), m.surface);
  }
  return out;
}

using V = std::vector<std::string>;

// A lawmaker's party and state tell lawmakers apart and are no name.
TEST(Mentions, PartyAndStateAreNoName) {
  EXPECT_EQ(Describe("Sen. Ted Cruz (R-Texas) and Rep. John Dingell (D-Mich.) spoke."),
            (V{"name:ted cruz=Ted Cruz", "name:john dingell=John Dingell"}));
}

// Four words or more in capitals are a shouted headline, not a name;
// acronyms and a name in capitals are still names.
TEST(Mentions, ShoutedHeadlinesAreNoNames) {
  EXPECT_EQ(Describe("He said THAT IS HOW MUCH MONEY TIMOTHY POOL WON."), V{});
  EXPECT_EQ(Describe("He told the FBI and GEORGE STEPHANOPOULOS so."),
            (V{"name:fbi=FBI", "name:george stephanopoulos=GEORGE STEPHANOPOULOS"}));
}

TEST(Mentions, NumbersByValueWithTheirUnit) {
  EXPECT_EQ(Describe("officials counted five deaths"), V{"number:5=five"});
  EXPECT_EQ(Describe("it cost $15 million and 1,200 jobs"),
            (V{"number:$15000000=$15 million", "number:1200=1,200"}));
  EXPECT_EQ(Describe("up 5% or 5 percent"), (V{"number:%5=5%", "number:%5=5 percent"}));
  // Tokenized text puts a space after the sign, and before a percent sign.
  EXPECT_EQ(Describe("it cost $ 15 million"), V{"number:$15000000=$ 15 million"});
  EXPECT_EQ(Describe("down 12 % since 2015"), (V{"number:%12=12 %", "date:y2015=2015"}));
  EXPECT_EQ(Describe("a $1.2-billion deal"), V{"number:$1200000000=$1.2-billion"});
  // A decimal point without a zero before it: ".5" is 0.5, where the point
  // follows a space; after a word it is no decimal point.
  EXPECT_EQ(Describe("up .5 percent, or 0.5%"), (V{"number:%0.5=.5 percent", "number:%0.5=0.5%"}));
  EXPECT_EQ(Describe("ended.5 people"), V{"number:5=5"});
  EXPECT_EQ(Describe("twenty-five hikers came 21st"),
            (V{"number:25=twenty-five", "number:th21=21st"}));
}

// Numbers written in words of several tokens are one value each, as their
// digits are: "twenty-one" is 21, not 20 beside a pronoun.
TEST(Mentions, NumbersOfSeveralWords) {
  EXPECT_EQ(Describe("twenty-one hikers and thirty five dogs"),
            (V{"number:21=twenty-one", "number:35=thirty five"}));
  EXPECT_EQ(Describe("one hundred and twenty homes, two hundred five cars"),
            (V{"number:120=one hundred and twenty", "number:205=two hundred five"}));
  EXPECT_EQ(Describe("two dozen homes, a dozen cars"),
            (V{"number:24=two dozen", "number:12=dozen"}));
  EXPECT_EQ(Describe("half a dozen homes, a half-dozen cars"),
            (V{"number:6=half a dozen", "number:6=half-dozen"}));
  EXPECT_EQ(Describe("one million homes"), V{"number:1000000=one million"});
  EXPECT_EQ(Describe("it lasted 4 1/2 hours"), V{"number:4.5=4 1/2"});
  // Thousands set off by spaces, as some styles write them.
  EXPECT_EQ(Describe("some 10 000 people and 1 250 000 cars"),
            (V{"number:10000=10 000", "number:1250000=1 250 000"}));
  EXPECT_EQ(Describe("in 2010 300 people"), (V{"date:y2010=2010", "number:300=300"}));
  EXPECT_EQ(Describe("call 44 800 789321"),
            (V{"number:44=44", "number:800=800", "number:789321=789321"}));
  // "one" alone is no number, and words that only stand side by side are
  // not joined: "twenty" and then "100".
  EXPECT_EQ(Describe("one of twenty 100-year-old trees"),
            (V{"number:20=twenty", "number:100=100"}));
  EXPECT_EQ(Describe("one hundred and some"), V{"number:100=one hundred"});
  // Ordinals in words from "third" on, as "3rd" is one.
  EXPECT_EQ(Describe("his third term and the twenty-first century"),
            (V{"number:th3=third", "number:th21=twenty-first"}));
  // Not "first" or "second" alone, a fraction, or a word of a name.
  EXPECT_EQ(Describe("first a second, a third of it"), V{});
  EXPECT_EQ(Describe("the Fifth Avenue shop"), (V{"name:fifth avenue=Fifth Avenue"}));
}

// A word before a number may say it is rounded or a bound.
TEST(Mentions, ApproximateNumbers) {
  const std::vector<Mention> found = Find(
      "about 40 people, more than $2,000, nearly 3 cars, as many as 12 dogs, 7 cats over 10 "
      "years");
  ASSERT_EQ(found.size(), 6u);
  EXPECT_TRUE(found[0].approximate);
  EXPECT_EQ(found[0].bound, 0);
  EXPECT_TRUE(found[1].approximate);
  EXPECT_EQ(found[1].bound, 1);
  EXPECT_TRUE(found[2].approximate);
  EXPECT_EQ(found[2].bound, -1);
  EXPECT_TRUE(found[3].approximate);
  EXPECT_EQ(found[3].bound, -1);
  EXPECT_FALSE(found[4].approximate);
  // "over" before a span of time is "during".
  EXPECT_FALSE(found[5].approximate);
}

TEST(Mentions, RoundedAlike) {
  auto number = [](double value, bool approximate = false, std::string unit = "") {
    Mention m;
    m.number = value;
    m.value_class = std::move(unit);
    m.approximate = approximate;
    return m;
  };
  EXPECT_TRUE(RoundedAlike(number(1.6e6), number(1589234)));
  EXPECT_TRUE(RoundedAlike(number(3.42e6), number(3.4e6)));
  EXPECT_TRUE(RoundedAlike(number(40, true, "%"), number(39.8, false, "%")));
  EXPECT_FALSE(RoundedAlike(number(40, false, "%"), number(39.8, false, "%")));
  EXPECT_FALSE(RoundedAlike(number(40, true, "%"), number(39.8, false, "$")));
  EXPECT_FALSE(RoundedAlike(number(20), number(24)));
  EXPECT_FALSE(RoundedAlike(number(1.6e6), number(1689234)));
  EXPECT_FALSE(RoundedAlike(number(2000, true), number(2400, true)));
  EXPECT_FALSE(RoundedAlike(number(21), number(21)));
  Mention nearly = number(10, true);
  nearly.bound = -1;
  EXPECT_TRUE(RoundedAlike(nearly, number(9.6)));
  EXPECT_FALSE(RoundedAlike(nearly, number(13)));
  Mention more = number(2000, true);
  more.bound = 1;
  EXPECT_TRUE(RoundedAlike(more, number(2134)));
  EXPECT_FALSE(RoundedAlike(more, number(1890)));
  // One significant digit holds only figures within a tenth of it.
  EXPECT_TRUE(RoundedAlike(number(100, true), number(96)));
  EXPECT_FALSE(RoundedAlike(number(100, true), number(59)));
}

// British and Australian reports write scales and units onto the number:
// "£5m" states what "£5 million" does, "2,700km" what "2,700 km" does.
TEST(Mentions, NumbersWithScalesAndUnitsWrittenOn) {
  EXPECT_EQ(Describe("it cost £5m, then $2.5bn and $50k"),
            (V{"number:£5000000=£5m", "number:$2500000000=$2.5bn", "number:$50000=$50k"}));
  EXPECT_EQ(Describe("a 3bn plan"), V{"number:3000000000=3bn"});
  EXPECT_EQ(Describe("about 2,700km away at 100mph"),
            (V{"number:2700=2,700km", "number:100=100mph"}));
  for (const Mention& m : Find("about 2,700km away")) EXPECT_EQ(m.glued_unit, "km");
  // A scale of one letter only after a currency sign: "a 5m fall" is
  // metres, and other letters make no number.
  EXPECT_TRUE(Describe("a 5m fall").empty());
  EXPECT_TRUE(Describe("a 3d film with 4g phones").empty());
  EXPECT_TRUE(Describe("in the 1990s").empty());
}

// The surfaces of the numbers that are ages.
std::vector<std::string> Ages(const std::string& text) {
  std::vector<std::string> out;
  for (const Mention& m : Find(text)) {
    if (m.age) out.push_back(m.surface);
  }
  return out;
}

TEST(Mentions, AgesInTheirForms) {
  EXPECT_EQ(Ages("the 21-year-old landed"), V{"21"});
  EXPECT_EQ(Ages("the six-year-old's death"), V{"six"});
  EXPECT_EQ(Ages("the 8-year-old’s parents"), V{"8"});
  EXPECT_EQ(Ages("the two 23-year-olds from"), V{"23"});
  EXPECT_EQ(Ages("she is 21 years old"), V{"21"});
  EXPECT_EQ(Ages("a man aged 64 died"), V{"64"});
  EXPECT_EQ(Ages("Kira Grunberg, 21, landed"), V{"21"});
  EXPECT_EQ(Ages("said Kira Grunberg, 21."), V{"21"});
  EXPECT_EQ(Ages("Tom Smith (45) said"), V{"45"});
  EXPECT_EQ(Ages("Burke Ramsey, now 29, appeared"), V{"29"});
  EXPECT_EQ(Ages("said Burke Ramsey, then 9."), V{"9"});
  // Text in lower case: a number set off by commas after a word.
  EXPECT_EQ(Ages("now o'sullivan, 27, has been charged"), V{"27"});
  EXPECT_EQ(Ages("burke ramsey, now 29, appeared"), V{"29"});
  EXPECT_TRUE(Ages("it fell in 2012, 27, and 28 times").empty());
  EXPECT_TRUE(Ages("they said, 27, not 28").empty());
  // An age keeps the value and class of the plain number: "he was 21".
  EXPECT_EQ(Describe("the 21-year-old"), V{"number:21=21"});
  // Not ages: counts, sums, years, and numbers after a place's comma.
  EXPECT_TRUE(Ages("21 years in prison for 3 people").empty());
  EXPECT_TRUE(Ages("a 500-year-old oak").empty());
  EXPECT_TRUE(Ages("Kira Grunberg, 21 times").empty());
  EXPECT_TRUE(Ages("Kira Grunberg, now 21 times").empty());
  EXPECT_TRUE(Ages("paid Kira Grunberg, $21, for it").empty());
  EXPECT_TRUE(Ages("in March, 2015, Kira").empty());
}

TEST(Mentions, NumbersInsideTimesAndCodesAreNone) {
  // The time is one mention of its own (TimesOfDay), its numbers none.
  EXPECT_EQ(Describe("at 10:30 an F-16 and a COVID-19 test"),
            (V{"date:t630=10:30", "name:covid=COVID"}));
  EXPECT_EQ(Describe("an F-16 and a COVID-19 test"), V{"name:covid=COVID"});
}

// A phone number, a code or a team's record is one mention of class "#",
// so that its digit groups are no quantities; ranges and scores stay
// numbers.
TEST(Mentions, PhoneNumbersAndCodesAreOneMention) {
  EXPECT_EQ(Describe("the tip line is 434-263-7050 or (434) 263-7050."),
            (V{"number:#4342637050=434-263-7050", "number:#4342637050=(434) 263-7050"}));
  EXPECT_EQ(Describe("or ring 0800 096 1233, 1-800-555-1234 or 263-7050."),
            (V{"number:#08000961233=0800 096 1233", "number:#18005551234=1-800-555-1234",
               "number:#2637050=263-7050"}));
  // An area code at the end of the text, or before one group, is a number.
  EXPECT_EQ(Describe("the code is (434)"), (V{"number:434=434"}));
  EXPECT_EQ(Describe("the code is (434) 263"), (V{"number:434=434", "number:263=263"}));
  EXPECT_EQ(Describe("The Reign (6-6-6) won 2-1 with players aged 18-34."),
            (V{"name:reign=Reign", "number:#666=6-6-6", "number:2=2", "number:1=1", "number:18=18",
               "number:34=34"}));
}

TEST(Mentions, DatesInTheirFormats) {
  EXPECT_EQ(Describe("on Dec. 25"), V{"date:12-25=Dec. 25"});
  // A year after a date is a mention of its own.
  EXPECT_EQ(Describe("on December 25, 2014"), (V{"date:12-25=December 25", "date:y2014=2014"}));
  EXPECT_EQ(Describe("on 25 December 2014"), (V{"date:12-25=25 December", "date:y2014=2014"}));
  EXPECT_EQ(Describe("on 25 December"), V{"date:12-25=25 December"});
  EXPECT_EQ(Describe("on the 14th of November 2014"),
            (V{"date:11-14=14th of November", "date:y2014=2014"}));
  EXPECT_EQ(Describe("on Wednesday in 2014"), (V{"date:d3=Wednesday", "date:y2014=2014"}));
  EXPECT_EQ(Describe("in March 2015"), (V{"date:m3=March", "date:y2015=2015"}));
  // A possessive weekday is a date ("participating in Monday's search" /
  // "on Monday"), and a possessive month no name.
  EXPECT_EQ(Describe("in Monday’s search"), V{"date:d1=Monday’s"});
  EXPECT_EQ(Describe("after Friday's vote"), V{"date:d5=Friday's"});
  EXPECT_TRUE(Describe("after December's storms").empty());
  // Verbs, not months.
  EXPECT_TRUE(Describe("they may march").empty());
  EXPECT_EQ(Describe("Troops March on"), V{"name:troops=Troops"});
  // "May" and "March" alone after a word of time are months, as the other
  // months are ("in March" / "in April"); not a name or a protest.
  EXPECT_EQ(Describe("the phone goes on sale in March"), V{"date:m3=March"});
  EXPECT_EQ(Describe("sales have fallen since May"), V{"date:m5=May"});
  EXPECT_EQ(Describe("the phone goes on sale in April"), V{"date:m4=April"});
  EXPECT_EQ(Describe("Prime Minister Theresa May spoke"), V{"name:theresa may=Theresa May"});
  for (const std::string& m : Describe("they joined the March for Our Lives")) {
    EXPECT_FALSE(m.starts_with("date:")) << m;
  }
}

// Text folded to lower case (as Multi-News's truncated documents are)
// writes its dates in lower case: a month before a day or a year, or after
// a word of time, and a weekday anywhere.
TEST(Mentions, DatesInLowerCase) {
  EXPECT_EQ(Describe("spinning in the caribbean sea on sunday, october 2, 2016"),
            (V{"date:d7=sunday", "date:10-2=october 2", "date:y2016=2016"}));
  EXPECT_EQ(Describe("had her last meal on nov. 4, 2000, in imphal"),
            (V{"date:11-4=nov. 4", "date:y2000=2000"}));
  EXPECT_EQ(Describe("she launched her fast in november 2000"),
            (V{"date:m11=november", "date:y2000=2000"}));
  EXPECT_EQ(Describe("the trial opens in august"), V{"date:m8=august"});
  EXPECT_EQ(Describe("it opens may 4"), V{"date:5-4=may 4"});
  EXPECT_EQ(Describe("he was arrested on 15 april"), V{"date:4-15=15 april"});
  EXPECT_EQ(Describe("on the 14th of november"), V{"date:11-14=14th of november"});
  EXPECT_EQ(Describe("on 15 may, police said"), V{"date:5-15=15 may"});
  EXPECT_EQ(Describe("as many as 15 may have died"), V{"number:15=15"});
  EXPECT_EQ(Describe("before monday's vote"), V{"date:d1=monday's"});
  // "may" and "march" after a word of time, unless a verb's word follows.
  EXPECT_EQ(Describe("the lion was killed in march by a hunter"), V{"date:m3=march"});
  EXPECT_EQ(Describe("the offensive began in late march, and"), V{"date:m3=march"});
  EXPECT_EQ(Describe("sales have fallen since may"), V{"date:m5=may"});
  // Verbs and words that are no months alone: "may", "march", an
  // abbreviation without a day.
  EXPECT_TRUE(Describe("the results in may be late").empty());
  EXPECT_TRUE(Describe("changes in may not last").empty());
  EXPECT_TRUE(Describe("this may take a while").empty());
  EXPECT_TRUE(Describe("voters and may decide").empty());
  EXPECT_EQ(Describe("protesters began to march in august heat"), V{"date:m8=august"});
  EXPECT_EQ(Describe("they plan to march through june"), V{"date:m6=june"});
  EXPECT_TRUE(Describe("a dec. vote and a sept. one").empty());
}

TEST(Mentions, TimesOfDay) {
  EXPECT_EQ(Describe("the meeting began at 10 a.m. sharp"), V{"date:t600=10 a.m."});
  EXPECT_EQ(Describe("shots were fired at 10:30 p.m."), V{"date:t1350=10:30 p.m."});
  EXPECT_EQ(Describe("the polls close at 8pm"), V{"date:t1200=8pm"});
  EXPECT_EQ(Describe("a curfew from 22:00 to 06:00"), (V{"date:t1320=22:00", "date:t360=06:00"}));
  EXPECT_EQ(Describe("the vote is at 12:30"), V{"date:t750=12:30"});
  EXPECT_EQ(Describe("the vote is at noon"), V{"date:t720=noon"});
  EXPECT_EQ(Describe("it ended at 12 a.m."), V{"date:t0=12 a.m."});
  // A verse, a ratio or a score is no time; nor is an hour alone.
  for (const std::string& m : Describe("he quoted John 3:16, then won 3:21")) {
    EXPECT_FALSE(m.starts_with("date:")) << m;
  }
  EXPECT_EQ(Describe("they won 10 games"), V{"number:10=10"});
}

TEST(Mentions, ATickerIsNoPartOfTheName) {
  EXPECT_EQ(Describe("Kors agreed to buy Jimmy Choo CHOO.L for $1.2 billion"),
            (V{"name:kors=Kors", "name:jimmy choo=Jimmy Choo", "name:choo=CHOO",
               "number:$1200000000=$1.2 billion"}));
}

TEST(Mentions, NamesWithoutOpenersTitlesOrPossessives) {
  EXPECT_EQ(Describe("Officials said Sony Pictures was hit"),
            V{"name:sony pictures=Sony Pictures"});
  EXPECT_EQ(Describe("calling themselves The Guardians of Peace"),
            V{"name:guardians of peace=The Guardians of Peace"});
  // A person's name, then where the person is from: two names. A body "of"
  // a place is one.
  EXPECT_EQ(Describe("named Judge Neil Gorsuch of Colorado to the court"),
            (V{"name:neil gorsuch=Neil Gorsuch", "name:colorado=Colorado"}));
  EXPECT_EQ(Describe("a report by the Virginia Department of Transportation"),
            V{"name:virginia department of transportation=Virginia Department of Transportation"});
  EXPECT_EQ(Describe("it belongs to the Bank of America"),
            V{"name:bank of america=Bank of America"});
  EXPECT_EQ(Describe("dictator Kim Jong-un met Mr. Obama"),
            (V{"name:kim jong un=Kim Jong-un", "name:obama=Obama"}));
  EXPECT_EQ(Describe("the studio Sony's film"), V{"name:sony=Sony"});
  // A dash between spaces ends a name; a hyphen joins its words.
  EXPECT_EQ(Describe("LOS ANGELES -- Despite predictions"), V{"name:los angeles=LOS ANGELES"});
  EXPECT_EQ(Describe("LOS ANGELES - Despite predictions"), V{"name:los angeles=LOS ANGELES"});
  EXPECT_EQ(Describe("LONDON \u2014 Despite predictions"), V{"name:london=LONDON"});
  // A title before one common noun the cluster writes in lower case names
  // a body; before a name, a person, though the dictionary lists "trump"
  // and "pence" in lower case.
  const std::unordered_set<std::string> lower = {"department", "the", "trump"};
  EXPECT_EQ(Describe("the Justice Department said", lower),
            V{"name:justice department=Justice Department"});
  EXPECT_EQ(Describe("President Trump and Vice President Pence", lower),
            (V{"name:trump=Trump", "name:pence=Pence"}));
  // Titles that a connector follows name an office.
  EXPECT_EQ(Describe("the Governor General of Canada"),
            V{"name:governor general of canada=Governor General of Canada"});
  EXPECT_EQ(Describe("the Mercedes-Benz plant"), V{"name:mercedes benz=Mercedes-Benz"});
  // A word that commonly opens sentences is no name word there, even where
  // the text never writes it in lower case.
  EXPECT_EQ(Describe("Like Martin Luther King, she had an FBI file"),
            (V{"name:martin luther king=Martin Luther King", "name:fbi=FBI"}));
  // A possessive ends a name: what follows is another.
  EXPECT_EQ(Describe("part of Tasmania's Dark Mofo festival"),
            (V{"name:tasmania=Tasmania", "name:dark mofo=Dark Mofo"}));
  EXPECT_EQ(Describe("the sub of Russia\u2019s Northern Fleet"),
            (V{"name:russia=Russia", "name:northern fleet=Northern Fleet"}));
  EXPECT_EQ(Describe("Speaking on Tuesday"), V{"date:d2=Tuesday"});
  // An opener joined to "of" or "the" is an ordinary word; across a comma
  // it is a name of its own.
  EXPECT_EQ(Describe("Reports of the attack spread"), V{});
  EXPECT_EQ(Describe("Ritalin, the other main drug, was banned"), V{"name:ritalin=Ritalin"});
  EXPECT_EQ(Describe("Kira Grünberg fell"), V{"name:kira grunberg=Kira Grünberg"});
  // A title inside a name: the person follows it.
  EXPECT_EQ(Describe("said U.S. President Donald Trump"), V{"name:donald trump=Donald Trump"});
  EXPECT_EQ(Describe("met Secretary of State John Kerry"), V{"name:john kerry=John Kerry"});
  EXPECT_EQ(Describe("Attorney General Eric Holder"), V{"name:eric holder=Eric Holder"});
  // A place's abbreviated word does not end its name, unless a word the
  // cluster writes in lower case follows it.
  EXPECT_EQ(Describe("in St. Louis on Monday"),
            (V{"name:saint louis=St. Louis", "date:d1=Monday"}));
  EXPECT_EQ(Describe("near Mount St. Helens"), V{"name:mount st helens=Mount St. Helens"});
  EXPECT_EQ(Describe("a shop on Main St. Police said", {"police"}),
            (V{"name:main street=Main St", "name:police=Police"}));
  // The body or field before the title is a name of its own.
  EXPECT_EQ(Describe("said Health Minister Leo Varadkar"),
            (V{"name:health=Health", "name:leo varadkar=Leo Varadkar"}));
  EXPECT_EQ(Describe("Russian Deputy Prime Minister Ilya Klebanov"),
            (V{"name:russian=Russian", "name:ilya klebanov=Ilya Klebanov"}));
  // A title word before a suffix alone is the surname.
  EXPECT_EQ(Describe("with Martin Luther King Jr. and others"),
            V{"name:martin luther king jr=Martin Luther King Jr"});
  // Middle initials belong to the name and are left out of its value.
  EXPECT_EQ(Describe("said Justice Anthony M. Kennedy"),
            V{"name:anthony kennedy=Anthony M. Kennedy"});
  // A place's common word abbreviated is the word: "St." opening a name is
  // "Saint", closing one "Street".
  EXPECT_EQ(Describe("from St. Louis and Mt. Everest to Main St. and Fifth Ave."),
            (V{"name:saint louis=St. Louis", "name:mount everest=Mt. Everest",
               "name:main street=Main St", "name:fifth avenue=Fifth Ave"}));
  // An apostrophe inside a name is no letter of it.
  EXPECT_EQ(Describe("in Givat Ze'ev and Givat Zeev"),
            (V{"name:givat zeev=Givat Ze'ev", "name:givat zeev=Givat Zeev"}));
  // Initials that open a name are one word, however they are spaced.
  EXPECT_EQ(Describe("by J. K. Rowling, J.K. Rowling and JK Rowling"),
            (V{"name:jk rowling=J. K. Rowling", "name:jk rowling=J.K. Rowling",
               "name:jk rowling=JK Rowling"}));
}

TEST(Names, CompatibleFormsOfOneName) {
  EXPECT_TRUE(CompatibleNames("obama", "barack obama"));
  // A company's legal form, however written.
  EXPECT_TRUE(CompatibleNames("ford motor co", "ford motor company"));
  EXPECT_TRUE(CompatibleNames("sony corp", "sony corporation"));
  EXPECT_FALSE(CompatibleNames("sony corp", "sonny corporation"));
  // A given name's short form, before the same surname only.
  EXPECT_TRUE(CompatibleNames("tom carnaffin", "thomas carnaffin"));
  EXPECT_TRUE(CompatibleNames("william clinton", "bill clinton"));
  EXPECT_FALSE(CompatibleNames("tom carnaffin", "thomas carnaffan"));
  EXPECT_FALSE(CompatibleNames("tom", "thomas"));
  EXPECT_FALSE(CompatibleNames("tom carnaffin", "timothy carnaffin"));
  EXPECT_TRUE(CompatibleNames("fbi", "federal bureau of investigation"));
  EXPECT_TRUE(CompatibleNames("us", "united states"));
  EXPECT_TRUE(CompatibleNames("ny", "new york"));  // "N.Y." without its dots.
  EXPECT_TRUE(CompatibleNames("north korea", "north korean"));
  EXPECT_TRUE(CompatibleNames("democrats", "democratic"));
  EXPECT_TRUE(CompatibleNames("china", "chinese"));
  EXPECT_TRUE(CompatibleNames("kim jong un", "kim jongun"));
  EXPECT_FALSE(CompatibleNames("steve carell", "steve carrell"));
  EXPECT_FALSE(CompatibleNames("mitt romney", "mitt romneyy"));      // A doubled letter,
  EXPECT_FALSE(CompatibleNames("oklahoma cityy", "oklahoma city"));  // in either order.
  EXPECT_FALSE(CompatibleNames("seth rogen", "james franco"));
  // Two endings one letter apart are a slip, not two endings.
  EXPECT_FALSE(CompatibleNames("david bridgis", "david bridges"));
  EXPECT_TRUE(SpellingVariants("david bridgis", "david bridges"));
  EXPECT_TRUE(CompatibleNames("israeli", "israelis"));
}

TEST(Names, WithoutTheGenerationalSuffix) {
  EXPECT_EQ(WithoutNameSuffix("keith knowles jr"), "keith knowles");
  EXPECT_EQ(WithoutNameSuffix("martin luther king sr"), "martin luther king");
  EXPECT_EQ(WithoutNameSuffix("john smith iii"), "john smith");
  // Two words are left whole: "Smith Jr." alone has no name without it.
  EXPECT_EQ(WithoutNameSuffix("smith jr"), "smith jr");
  EXPECT_EQ(WithoutNameSuffix("keith knowles"), "keith knowles");
  EXPECT_EQ(WithoutNameSuffix("jr"), "jr");
}

// A name is normalized in American spelling, so that British and American
// spellings are one name.
TEST(Mentions, BritishSpellingsNormalizedToAmerican) {
  EXPECT_EQ(Describe("The World Health Organisation met the Labour Party at the Barbican "
                     "Centre."),
            (V{"name:world health organization=World Health Organisation",
               "name:labor party=Labour Party", "name:barbican center=Barbican Centre"}));
  EXPECT_EQ(Describe("The Defence Ministry thanked Alexandre Vinokourov and Lawrence Dupont."),
            (V{"name:defense ministry=Defence Ministry",
               "name:alexandre vinokourov=Alexandre Vinokourov",
               "name:lawrence dupont=Lawrence Dupont"}));
}

TEST(Names, SpellingVariants) {
  EXPECT_TRUE(SpellingVariants("steve carrell", "steve carell"));
  EXPECT_TRUE(SpellingVariants("guardians of peace", "guardians for peace"));
  EXPECT_TRUE(SpellingVariants("lehmkuhl", "lehmkul"));
  EXPECT_TRUE(SpellingVariants("getty images", "getty imagess"));
  EXPECT_TRUE(SpellingVariants("oklahoma cityy", "oklahoma city"));
  EXPECT_FALSE(SpellingVariants("john", "joan"));  // Short words.
  // A word of three letters in a longer name: one slip, the first letter
  // kept, where one spelling is no word; two listed words are two names.
  EXPECT_TRUE(SpellingVariants("neww york times", "new york times"));
  EXPECT_TRUE(SpellingVariants("jum broadbent", "jim broadbent"));
  EXPECT_TRUE(SpellingVariants("nwe york", "new york"));
  EXPECT_FALSE(SpellingVariants("dan keller", "don keller"));
  EXPECT_FALSE(SpellingVariants("now york post", "new york post"));
  EXPECT_FALSE(SpellingVariants("jim broadbent", "xim broadbent"));
  EXPECT_FALSE(SpellingVariants("neww", "new"));  // A name of one word.
  EXPECT_FALSE(SpellingVariants("iran", "iraq"));
  EXPECT_FALSE(SpellingVariants("kim jong un", "kim jong il"));
  EXPECT_FALSE(SpellingVariants("denver", "denver7"));  // A digit.
  EXPECT_FALSE(SpellingVariants("seth rogen", "seth harper"));
  EXPECT_FALSE(SpellingVariants("north korea", "north korean"));
  // An ending added makes another form of the word, not a misspelling.
  EXPECT_FALSE(SpellingVariants("latin america", "latin american"));
  EXPECT_FALSE(SpellingVariants("olympic games", "olympics games"));
  EXPECT_FALSE(SpellingVariants("nazis", "nazism"));
  EXPECT_FALSE(SpellingVariants("east german", "east germany"));
  // The last letter doubled is a slip.
  EXPECT_TRUE(SpellingVariants("robinson", "robinsonn"));
  // Other letters added at the end are a slip.
  EXPECT_TRUE(SpellingVariants("rhonda roue", "rhonda rouer"));
  // So are two neighbours swapped, unless both spellings are words.
  EXPECT_TRUE(SpellingVariants("julia louis dreyfus", "julia louis drefyus"));
  EXPECT_TRUE(SpellingVariants("conrad anker", "cornad anker"));
  EXPECT_TRUE(OneSlipApart("kolbe", "koble"));
  EXPECT_FALSE(SpellingVariants("gary davis", "gray davis"));
  EXPECT_FALSE(SpellingVariants("julia louis dreyfus", "julia louis dryefsu"));
  // A slip beside a word that differs by an ending alone (DUC 2006,
  // D0605E: one report writes "National Institute of Health").
  EXPECT_TRUE(SpellingVariants("natiunal institute of health", "national institutes of health"));
  EXPECT_FALSE(SpellingVariants("natiunal institute of wealth", "national institutes of health"));
  EXPECT_FALSE(SpellingVariants("gray davis", "gary davies"));
  // Two slips in a long word keep its first letter, and do not make one
  // listed word of another.
  EXPECT_TRUE(SpellingVariants("arnold schwarzenegger", "arnold shwarzeneger"));
  EXPECT_FALSE(SpellingVariants("mike peinovich", "mike cernovich"));
  EXPECT_FALSE(SpellingVariants("southern california", "northern california"));
  EXPECT_FALSE(SpellingVariants("senate majority", "senate minority"));
}

}  // namespace
// Past the bound, sentences are read in turns by position, so every
// document keeps its opening sentences.
TEST(ClusterMentions, BoundLeavesEveryDocumentItsOpening) {
  auto doc = [](const std::string& id, size_t sentences) {
    Document d;
    d.id = id;
    for (size_t i = 0; i < sentences; ++i) {
      Sentence s;
      s.text = "Officials counted " + std::to_string(i + 2) + " ballots in Ohio.";
      d.sentences.push_back(s);
    }
    return d;
  };
  Cluster c;
  c.documents = {doc("long", 50), doc("short", 3)};
  bool truncated = false;
  const std::vector<SentenceMentions> all = FindClusterMentions(c, 1000, &truncated);
  ASSERT_EQ(all.size(), 53u);
  EXPECT_FALSE(truncated);
  const size_t per_sentence = all[0].mentions.size();
  ASSERT_GE(per_sentence, 2u);  // A number and a place.

  const std::vector<SentenceMentions> some = FindClusterMentions(c, 4 * per_sentence, &truncated);
  ASSERT_EQ(some.size(), 53u);
  EXPECT_TRUE(truncated);
  // Turns: long 0, short 0, long 1, short 1; then the bound is reached.
  for (size_t s : {0u, 1u, 50u, 51u}) EXPECT_EQ(some[s].mentions.size(), per_sentence) << s;
  for (size_t s : {2u, 49u, 52u}) {
    EXPECT_TRUE(some[s].mentions.empty()) << s;
    EXPECT_TRUE(some[s].tokens.empty()) << s;
  }
}

// Sentences without final punctuation: a heading or list item gives no
// values; one cut off after another sentence of its paragraph does, and so
// does one that introduces a quotation with a colon.
TEST(ClusterMentions, ValuesOfSentencesWithoutFinalPunctuation) {
  auto sentence = [](const std::string& text, int paragraph) {
    Sentence s;
    s.text = text;
    s.paragraph = paragraph;
    s.is_heading = text.back() != '.';
    return s;
  };
  Document d;
  d.sentences = {sentence("Sony pays $ 15 million", 0),
                 sentence("The studio paid 12 staff.", 1),
                 sentence("It bought the lot for $ 50,000, according to", 1),
                 sentence("Police said on Monday:", 2),
                 sentence("The studio paid 12 staff.", 3),
                 sentence("Sony later paid $ 65,000", 3)};
  Cluster c;
  c.documents = {d};
  const std::vector<SentenceMentions> all = FindClusterMentions(c, 1000, nullptr);
  ASSERT_EQ(all.size(), 6u);
  EXPECT_TRUE(all[0].mentions.empty());
  ASSERT_EQ(all[2].mentions.size(), 1u);
  EXPECT_EQ(all[2].mentions[0].normalized, "$50000");
  ASSERT_FALSE(all[3].mentions.empty());
  EXPECT_EQ(all[3].mentions.back().value_class, "d");  // Monday.
  ASSERT_EQ(all[5].mentions.size(), 2u);
  EXPECT_EQ(all[5].mentions[1].normalized, "$65000");
}

// A wire dateline's day is marked: the day its report was filed.
TEST(ClusterMentions, DatelinesDaysAreMarked) {
  auto dates = [](const std::string& text) {
    Sentence s;
    s.text = text;
    Document d;
    d.sentences = {s};
    Cluster c;
    c.documents = {d};
    std::vector<std::pair<std::string, bool>> out;  // Normalized, in a dateline.
    const std::vector<SentenceMentions> found = FindClusterMentions(c, 1000, nullptr);
    for (const Mention& m : found[0].mentions) {
      if (m.kind == MentionKind::kDate) out.emplace_back(m.normalized, m.in_dateline);
    }
    return out;
  };
  using Dates = std::vector<std::pair<std::string, bool>>;
  EXPECT_EQ(dates("OTTAWA, January 12 (Xinhua) -- The vote was held on October 30."),
            (Dates{{"1-12", true}, {"10-30", false}}));
  EXPECT_EQ(dates("WASHINGTON, Dec. 25 (AP) - Officials met."), (Dates{{"12-25", true}}));
  EXPECT_EQ(dates("SAN JUAN, Puerto Rico, Jan. 12, 1999 (Reuters) -- Rain fell."),
            (Dates{{"1-12", true}, {"y1999", true}}));
  EXPECT_EQ(dates("MOSCOW, July 3 \xE2\x80\x94 Blasts hit the city."), (Dates{{"7-3", true}}));
  // Not a sentence that opens with a word in capitals and then tells of a day.
  EXPECT_EQ(dates("NASA said on January 12 (a Monday) that the launch slipped."),
            (Dates{{"1-12", false}, {"d1", false}}));
  EXPECT_EQ(dates("Officials in Ottawa, January 12 (Xinhua), said so."), (Dates{{"1-12", false}}));
}

// A headline gives values though it is a heading; in title case its
// capitals tell no names, and only its numbers and dates count.
TEST(ClusterMentions, HeadlinesGiveValuesAndNamesOnlyInSentenceCase) {
  auto headline = [](const std::string& text) {
    Sentence s;
    s.text = text;
    s.paragraph = -1;
    s.position = -1;
    s.is_heading = true;
    s.is_title = true;
    return s;
  };
  Document d;
  d.sentences = {headline("Sony pays Seth Rogen $15 million for new film")};
  Document e;
  e.sentences = {headline("U.S. Rushes Missile Defense System To South Korea On Dec. 12")};
  Cluster c;
  c.documents = {d, e};
  const std::vector<SentenceMentions> all = FindClusterMentions(c, 1000, nullptr);
  ASSERT_EQ(all.size(), 2u);
  std::vector<std::string> sentence_case, title_case;
  for (const Mention& m : all[0].mentions) sentence_case.push_back(m.normalized);
  for (const Mention& m : all[1].mentions) title_case.push_back(m.normalized);
  EXPECT_EQ(sentence_case, (std::vector<std::string>{"sony", "seth rogen", "$15000000"}));
  EXPECT_EQ(title_case, std::vector<std::string>{"12-12"});
}

}  // namespace precis
