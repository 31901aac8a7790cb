#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(Headings, MarkedAndShortUnpunctuatedLines) {
  const std::string para = "This is a paragraph of ordinary length that runs on for a while, as paragraphs do.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + para + "\n\nRoads and rails\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:Roads and rails", "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\n== History ==\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:History", "paragraph:" + para}},
      {"T\n\n" + para + "\n\nIt ended.\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:It ended.", "paragraph:" + para, "paragraph:" + para}},
      // A short line of speech is no heading.
      {"T\n\n" + para + "\n\n「ええ」\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:「ええ」", "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\n“Yes”\n\n" + para + "\n\n「ええ、そう\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:“Yes”", "paragraph:" + para, "paragraph:「ええ、そう", "paragraph:" + para}},
      // German speech opens with » and closes with «; French the other way round
      {"T\n\n" + para + "\n\n»Armer Vater!«\n\n" + para + "\n\n« Oui »\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:»Armer Vater!«", "paragraph:" + para, "paragraph:« Oui »",
        "paragraph:" + para}},
      // A heading may open with a quoted term.
      {"T\n\n" + para + "\n\n“成功学”背后的“体面陷阱”\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:“成功学”背后的“体面陷阱”", "paragraph:" + para, "paragraph:" + para}},
      // an old book's chapter heads: a Roman numeral and the chapter's name, stop or not
      {"T\n\n" + para + "\n\nII. Papa se fâche.\n\n" + para + "\n\nIII. Voilà ce que c’est!\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:II. Papa se fâche.", "paragraph:" + para,
        "heading:III. Voilà ce que c’est!", "paragraph:" + para}},
      // (a sentence after an initial is no head)
      {"T\n\n" + para + "\n\nV. Putin met the delegation in Moscow. Talks went on.\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:V. Putin met the delegation in Moscow. Talks went on.",
        "paragraph:" + para}},
      {"T\n\n" + para + "\n\n### Strikes\n\n" + para + "\n\n## Weather ##\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:Strikes", "paragraph:" + para, "heading:Weather",
        "paragraph:" + para}},
      {"T\n\n" + para + "\n\n1、心理压力变大并且很难排解的一种情况\n\n" + para + "\n\n2、烦躁多汗\n\n" + para + "\n\n3. It ended.\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:1、心理压力变大并且很难排解的一种情况", "paragraph:" + para, "heading:2、烦躁多汗",
        "paragraph:" + para, "paragraph:3. It ended.", "paragraph:" + para}},
      // The end of a quoted sentence ("…talking!\"", "…said.”") ends a sentence too.
      {"T\n\n" + para + "\n\nOh dear, what nonsense I'm talking!\"\n\n" + para + "\n\nNo, he said.”\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:Oh dear, what nonsense I'm talking!\"", "paragraph:" + para,
        "paragraph:No, he said.”", "paragraph:" + para}},
      // (straight single quotes too, the way a copied page may write speech)
      {"T\n\n" + para + " " + para + "\n\n'And we did a lot for that.'\n\n" + para + " " + para + "\n",
       {"title:T", "paragraph:" + para + " " + para, "paragraph:'And we did a lot for that.'",
        "paragraph:" + para + " " + para}},
      {"T\n\n" + para + "\n\nWhat went wrong?\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:What went wrong?", "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\nはるかぜちゃんは\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:はるかぜちゃんは", "paragraph:" + para, "paragraph:" + para}},
      {"T\n\nA deck under the headline\n\n" + para + "\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "heading:A deck under the headline", "paragraph:" + para, "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\nColleges\n\n    County College of Morris\n    College of St. Elizabeth\n    Drew University\n"
       "\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:Colleges", "list_item:County College of Morris",
        "list_item:College of St. Elizabeth", "list_item:Drew University", "paragraph:" + para}},
      {"T\n\n" + para + "\n\n#### 對一國之首的道德和政治人格緊咬不放，無疑有一定風險，「五角大樓文件」在尼克遜任內曝光，白宮與傳媒從此勢成水火。\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:對一國之首的道德和政治人格緊咬不放，無疑有一定風險，「五角大樓文件」在尼克遜任內曝光，白宮與傳媒從此勢成水火。",
        "paragraph:" + para}},
      {"T\n\n" + para + "\n\n#hashtag and more words in a line that is not a heading at all.\n",
       {"title:T", "paragraph:" + para, "paragraph:#hashtag and more words in a line that is not a heading at all."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// A page made mostly of lists (a Wikipedia page of dates) has too few
// paragraphs to tell a head's width by: its items tell it instead. Sentences
// end in the scripts' own stops (Burmese ။, Devanagari ।).
TEST(Headings, AListPagesSectionTitlesAreHeadingsOverItsLists) {
  const std::string item = "  * December 1 – World AIDS Day, and the day Portugal regained its independence in 1640.\n\n"
                           "  * December 2 – National Day of the United Arab Emirates, with parades in every emirate.\n\n";
  const std::string item_text = "December 1 – World AIDS Day, and the day Portugal regained its independence in 1640.";
  const std::string item2_text = "December 2 – National Day of the United Arab Emirates, with parades in every emirate.";
  const std::string my_para = "ဒီဇင်ဘာသည် Gregorian နှင့် Julian ပြက္ခဒိန်၏ လဆုံးဖြစ်သည်။";
  const std::string my_item = "  * ဒီဇင်ဘာ ၁ = ကမ္ဘာ့ World AIDS Day နေ့။ ပေါ်တူဂီ လွတ်လပ်ရေး ပြန်ရခြင်းနေ့၊ ရိုမေးနီးယား ပြည်ထောင်စုနေ့။\n\n";
  const std::string my_item_text = "ဒီဇင်ဘာ ၁ = ကမ္ဘာ့ World AIDS Day နေ့။ ပေါ်တူဂီ လွတ်လပ်ရေး ပြန်ရခြင်းနေ့၊ ရိုမေးနီးယား ပြည်ထောင်စုနေ့။";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const std::string short_items = "  * December 1 – World AIDS Day.\n\n  * December 2 – UAE National Day.\n\n";
  const Case cases[] = {
      // (short items: a head up to two thirds of their width)
      {"Observances in December\n\nDecember is the twelfth and final month of the year.\n\n"
       "Holidays and observances\n\n" + short_items + "Symbols\n\n" + short_items,
       {"title:Observances in December", "paragraph:December is the twelfth and final month of the year.",
        "heading:Holidays and observances", "list_item:December 1 – World AIDS Day.", "list_item:December 2 – UAE National Day.",
        "heading:Symbols", "list_item:December 1 – World AIDS Day.", "list_item:December 2 – UAE National Day."}},
      {"Observances in December\n\nDecember is the twelfth and final month of the year in the Gregorian calendar.\n\n"
       "Holidays and observances\n\n" + item + "Symbols\n\n" + item,
       {"title:Observances in December", "paragraph:December is the twelfth and final month of the year in the Gregorian calendar.",
        "heading:Holidays and observances", "list_item:" + item_text, "list_item:" + item2_text, "heading:Symbols",
        "list_item:" + item_text, "list_item:" + item2_text}},
      {"ဒီဇင်ဘာ\n\n" + my_para + "\n\nနှစ်ပတ်လည်နေ့များ နဲ့ ဆောင်ပုဒ်များ\n\n" + my_item + my_item + my_item +
           "ပွဲနေ့များ\n\n" + my_item + my_item,
       {"title:ဒီဇင်ဘာ", "paragraph:" + my_para, "heading:နှစ်ပတ်လည်နေ့များ နဲ့ ဆောင်ပုဒ်များ", "list_item:" + my_item_text,
        "list_item:" + my_item_text, "list_item:" + my_item_text, "heading:ပွဲနေ့များ", "list_item:" + my_item_text,
        "list_item:" + my_item_text}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// A related story's headline set between paragraphs, too wide for a heading
// and ending no sentence, leaves the body; a sentence of that width stays.
TEST(Headings, RelatedHeadlinesBetweenParagraphs) {
  const std::string para =
      "This is a paragraph of ordinary length that runs on for a while, as paragraphs do, and then it goes on "
      "a little further still with a clause or two, so that it looks like the body of a news report.";
  const std::string zh_para =
      "在 OpenCompass 测试中，该模型综合性能超越多个商用闭源模型，在多项评测上取得了领先的成绩，研究团队表示还将继续改进，"
      "并计划在未来几个月内发布更多版本，以支持更多语言和更多种类的设备。";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + para + "\n\nSyria acknowledges it has chemical weapons, will use them if attacked\n\n" + para + "\n\n" +
           para + "\n",
       {"title:T", "paragraph:" + para, "boilerplate:Syria acknowledges it has chemical weapons, will use them if attacked",
        "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\nSyria acknowledges it has chemical weapons and will use them if attacked.\n\n" + para +
           "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:Syria acknowledges it has chemical weapons and will use them if attacked.",
        "paragraph:" + para, "paragraph:" + para}},
      {"T\n\n" + para + "\n\n“We will not use them unless we are attacked,” the spokesman said on Monday\n\n" + para +
           "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para,
        "paragraph:“We will not use them unless we are attacked,” the spokesman said on Monday", "paragraph:" + para,
        "paragraph:" + para}},
      // a Chinese line that opens with a Latin acronym is no Latin headline: it stays
      {"标题\n\n" + zh_para + "\n\nOCR 能力 SOTA（IT之家注：State-of-the-Art）：9 倍像素更清晰，难图长图长文本精准识别\n\n" + zh_para +
           "\n\n" + zh_para + "\n",
       {"title:标题", "paragraph:" + zh_para,
        "paragraph:OCR 能力 SOTA（IT之家注：State-of-the-Art）：9 倍像素更清晰，难图长图长文本精准识别", "paragraph:" + zh_para,
        "paragraph:" + zh_para}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}


// A listings page heads each section twice: the category ("Music"), then the
// event ("London Jazz Festival, 9-18 November, various locations") right under
// it. An unpunctuated line between a heading and a paragraph is a heading too.
TEST(Headings, ALineBetweenAHeadingAndAParagraphIsASecondHeading) {
  const std::string para = "This is a paragraph of ordinary length that runs on for a while, as paragraphs do, "
                           "and then some more, as a review of a week's events will.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + para + "\n\nMusic\n\nLondon Jazz Festival, 9-18 November, various locations\n\n" + para +
           "\n\nArt\n\nCartier-Bresson: A Question of Colour, Somerset House, 8 November - 27 January, 2013\n\n" + para +
           "\n",
       {"title:T", "paragraph:" + para, "heading:Music", "heading:London Jazz Festival, 9-18 November, various locations",
        "paragraph:" + para, "heading:Art",
        "heading:Cartier-Bresson: A Question of Colour, Somerset House, 8 November - 27 January, 2013",
        "paragraph:" + para}},
      // a sentence under a heading is its paragraph
      {"T\n\n" + para + "\n\nMusic\n\nThe festival opens tonight.\n\n" + para + "\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "heading:Music", "paragraph:The festival opens tonight.", "paragraph:" + para,
        "paragraph:" + para}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// Decks under the headline may be as wide as a headline; a head may stand
// over a picture that comes before its text.
TEST(Headings, DecksUnderTheHeadlineAndHeadsOverPictures) {
  const std::string para =
      "중국 지린성 성도인 창춘 시에는 시진핑 어록으로 도배된 '시진핑 사상 열차'까지 등장했다고 홍콩의 "
      "사우스차이나모닝포스트가 4일 보도했다.";
  const std::string ja =
      "KDDIは11日、au向けAndroidスマートフォン「Xperia acro HD IS12S」および「MOTOROLA RAZR IS12M」について、"
      "Android 4.0へのOSバージョンアップを6月下旬以降から提供する予定であることをお知らせしています。";
  const std::string opening = "(서울=연합뉴스) 정재용 기자 = 집권 2기를 맞아 절대권력을 거머쥔 시진핑 중국 국가주석에 대한 "
                              "개인숭배 조짐이 일고 있다.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"제목\n中 창춘시, 시진핑 어록으로 도배한 '시진핑 사상 열차' 서비스\n중국 전문가 \"마오쩌둥 이후 처음으로 개인숭배 진행\"\n" +
           opening + "\n" + para + "\n" + para + "\n",
       {"title:제목", "heading:中 창춘시, 시진핑 어록으로 도배한 '시진핑 사상 열차' 서비스",
        "heading:중국 전문가 \"마오쩌둥 이후 처음으로 개인숭배 진행\"", "paragraph:" + opening, "paragraph:" + para,
        "paragraph:" + para}},
      {"제목\n\nAI 매출 본격 반영·클라우드 전환 가속…공공·금융 중심 성장 모멘텀 확대\n\n" + para + "\n\n" + para + "\n\n" +
           para + "\n",
       {"title:제목", "heading:AI 매출 본격 반영·클라우드 전환 가속…공공·금융 중심 성장 모멘텀 확대", "paragraph:" + para,
        "paragraph:" + para, "paragraph:" + para}},
      // a sentence under the headline is the first paragraph
      {"제목\n\n창춘시 정부는 이 열차를 가동하고 있다.\n\n" + para + "\n\n" + para + "\n\n" + para + "\n",
       {"title:제목", "paragraph:창춘시 정부는 이 열차를 가동하고 있다.", "paragraph:" + para, "paragraph:" + para,
        "paragraph:" + para}},
      // between paragraphs a line that wide is no heading
      {"제목\n\n" + para + "\n\n매출 본격 반영·클라우드 전환 가속…공공·금융 중심 성장 모멘텀 확대\n\n" + para + "\n\n" + para +
           "\n",
       {"title:제목", "paragraph:" + para, "paragraph:매출 본격 반영·클라우드 전환 가속…공공·금융 중심 성장 모멘텀 확대",
        "paragraph:" + para, "paragraph:" + para}},
      // a Japanese deck may exclaim
      {"KDDI、Xperia acro HDにAndroid 4.0を提供予定\nau向けXperia acro HDとMOTOROLA RAZRがAndroid 4.0に！\n\n" + ja + "\n\n" +
           ja + "\n\n" + ja + "\n",
       {"title:KDDI、Xperia acro HDにAndroid 4.0を提供予定", "heading:au向けXperia acro HDとMOTOROLA RAZRがAndroid 4.0に！",
        "paragraph:" + ja, "paragraph:" + ja, "paragraph:" + ja}},
      {"제목\n\n" + para + "\n\n고용노동부가 주도한 고용허가제 퇴행\n\n▲ 이주노동자 전용 적금 통장\n\n" + para + "\n\n" + para +
           "\n",
       {"title:제목", "paragraph:" + para, "heading:고용노동부가 주도한 고용허가제 퇴행", "figure:▲ 이주노동자 전용 적금 통장",
        "paragraph:" + para, "paragraph:" + para}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// A portal's copy of agency news keeps the print headline block (a kicker, the
// main headline, a deck) over the paragraph the agency's dateline opens: lines
// ending no sentence between the headline and that dateline are display type,
// however wide they are against the (short) paragraphs.
TEST(Headings, DisplayLinesOverTheDatelineParagraph) {
  const std::string lead = "新华社北京2月22日电 中共中央总书记习近平22日上午在北京人民大会堂会见探月工程嫦娥五号任务参研参试人员代表。";
  const std::string shorter = "中共中央政治局常委出席活动。";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"习近平：勇攀科技高峰\n\n习近平在会见探月工程嫦娥五号任务参研参试人员代表并参观月球样品和探月工程成果展览时强调\n\n"
       "勇攀科技高峰 服务国家发展大局 为人类和平利用太空作出新的更大贡献\n\n李克强栗战书汪洋王沪宁赵乐际韩正出席活动\n\n" +
           lead + "\n\n" + shorter + "\n\n" + shorter + "\n\n" + lead + "\n",
       {"title:习近平：勇攀科技高峰", "heading:习近平在会见探月工程嫦娥五号任务参研参试人员代表并参观月球样品和探月工程成果展览时强调",
        "heading:勇攀科技高峰 服务国家发展大局 为人类和平利用太空作出新的更大贡献", "heading:李克强栗战书汪洋王沪宁赵乐际韩正出席活动",
        "paragraph:" + lead, "paragraph:" + shorter, "paragraph:" + shorter, "paragraph:" + lead}},
      // with no dateline under it, a line that wide against short paragraphs stays one
      {"标题\n\n习近平在会见探月工程嫦娥五号任务参研参试人员代表并参观月球样品和探月工程成果展览时强调\n\n" + shorter + "\n\n" +
           shorter + "\n\n" + shorter + "\n",
       {"title:标题", "paragraph:习近平在会见探月工程嫦娥五号任务参研参试人员代表并参观月球样品和探月工程成果展览时强调",
        "paragraph:" + shorter, "paragraph:" + shorter, "paragraph:" + shorter}},
      // a sentence over the dateline paragraph is no display line
      {"标题\n\n探月工程自立项以来圆满完成六次探测任务。\n\n" + lead + "\n\n" + shorter + "\n\n" + shorter + "\n",
       {"title:标题", "paragraph:探月工程自立项以来圆满完成六次探测任务。", "paragraph:" + lead, "paragraph:" + shorter,
        "paragraph:" + shorter}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// A line set off by more blank lines than part the paragraphs heads a section
// even when it is wider than a short heading; at the usual gap it stays prose.
TEST(Headings, ALineSetOffByAWiderGapIsAHeading) {
  const std::string para = "솔레이마니를 사살할 때 사용된 'MQ-9 리퍼'는 미국 제너럴아토믹스사가 2001년 첫 비행에 성공한 뒤 "
                           "2007년 이후 실전에 투입하고 있는 드론이다.";
  const std::string head = "'하늘의 사신' MQ-9 리퍼, 2007년 이후 실전 투입하는 암살 전문 드론";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"제목\n\n" + para + "\n\n" + para + "\n\n\n\n" + head + "\n\n" + para + "\n\n" + para + "\n",
       {"title:제목", "paragraph:" + para, "paragraph:" + para, "heading:" + head, "paragraph:" + para, "paragraph:" + para}},
      {"제목\n\n" + para + "\n\n" + para + "\n\n" + head + "\n\n" + para + "\n\n" + para + "\n",
       {"title:제목", "paragraph:" + para, "paragraph:" + para, "paragraph:" + head, "paragraph:" + para, "paragraph:" + para}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::headings)->draft), c.units) << c.input;
}

// Block markers say which blocks are headings: every line of an "<h>" block,
// a deck under a short headline too, however wide.
TEST(Headings, TheLinesOfAMarkedHeadingBlockAreHeadings) {
  const std::string para =
      "<p>This is a paragraph of ordinary length that runs on for a while, as paragraphs do, and\n"
      "it goes on over a second line that is about as wide as the first one of it was.\n";
  const auto p = prepare("<h>Toxic Corn Sold to a Feed Handler\nGroups Say the Agency Broke a Grower Agreement Last Winter\n" +
                             para + para + "<h>The Findings of the Report, Which Were Published on Monday Morning\n" +
                             para + para,
                         Upto::headings);
  const auto r = roles(p->draft);
  ASSERT_EQ(r.size(), 7u);
  EXPECT_EQ(r[0], "title:Toxic Corn Sold to a Feed Handler");
  EXPECT_EQ(r[1], "heading:Groups Say the Agency Broke a Grower Agreement Last Winter");
  EXPECT_EQ(r[4], "heading:The Findings of the Report, Which Were Published on Monday Morning");
}

}  // namespace
}  // namespace artconv::plaintext
