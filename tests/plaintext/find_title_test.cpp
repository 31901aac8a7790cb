#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(FindTitle, TheHeadlineOrNone) {
  struct Case {
    const char* input;
    const char* title;
  };
  const std::string long_lede = "This opening line is a whole paragraph of text that runs on and on, well past "
                                "the width of any headline anyone would write for a story.\n";
  const Case cases[] = {
      {"Storm closes ports\n\nThe storm closed every port.\n", "Storm closes ports"},
      {"来源：新华网　2023-05-06 09:30\n分享到：微信\n\n国务院召开常务会议\n\n正文。\n", "国务院召开常务会议"},
      {"Opinion\n\nWhy the port must stay open\n\nThe port is the town.\n", "Why the port must stay open"},
      {"Explainer:\nWhat the flood maps show\n\nThe maps show.\n", "What the flood maps show"},
      {"Dear readers,\n\nThis week we look at the port.\n", ""},
      // a summary box's head opening the text: the page's headline, over the box, was not kept
      {"At a glance\n\nAll three miss in the shootout\n\nJack Herrall\nBBC Sport Scotland\nCeltic blew the chance.\n", ""},
      {"Key points:\n\nThe port closes on Monday\n\nThe storm closed every port.\n", ""},
      {long_lede.c_str(), ""},
      {"> A quote opens the text\n\nThen prose.\n", ""},
      // a headline may close with a full stop (Barron's: "… What Comes Next."): right over its byline it is the
      // headline all the same; a sentence set apart from the byline is the text's
      {"Workers Reject a $23,000 Raise. What Comes Next.\nBy \nAl Root\nFollow\n\nThe strike goes on.\n",
       "Workers Reject a $23,000 Raise. What Comes Next."},
      {"Workers Reject a $23,000 Raise. What Comes Next.\nBy Al Root\n\nThe strike goes on.\n",
       "Workers Reject a $23,000 Raise. What Comes Next."},
      {"The workers rejected the raise on Wednesday.\n\nBy Al Root\n\nThe strike goes on.\n", ""},
      // a lede closing with a full stop inside its quotation marks is a sentence too; a scraped page's
      // toolbar over the text is no headline
      {"Fox News' Greg Gutfeld said Twitter's censorship was limited to one side Monday on \"The Five.\"\n\n"
       "GREG GUTFELD: We talked about this about four or five years ago.\n",
       ""},
      // a page copied with its site's links and menu over the headline
      {"Skip to content\n\n\nRegister\n\nSign In\nHome\nNews\nSport\nBusiness\nTechnology\nHealth\nCulture\nArts\n"
       "Travel\nEarth\nAudio\nVideo\nLive\n\nPalantir UK boss says it's up to militaries to decide\n16 hours ago\n\n"
       "Tech giant Palantir has pushed back against concerns that military use of its AI platforms could lead to risks.\n",
       "Palantir UK boss says it's up to militaries to decide"},
      {"Listen Comment on this story Comment Gift Article Share\n\nRIGA, Latvia — A Russian court on Friday "
       "sentenced an opposition politician.\n",
       ""},
      // A header names the headline, on its line or the next one.
      {"Titile: 國際油價反彈 連2漲\nTime: 2019/03/27 05:38\nContent: \n（中央社紐約26日綜合外電報導）國際油價反彈。\n",
       "國際油價反彈 連2漲"},
      {"Title: \nThe council meets in July \nText: \n  The council will meet in July, officials said.\n",
       "The council meets in July"},
      // a bulletin board's post header: the board's tag before the headline is the board's
      {"作者: abc (甲) 看板: Gossiping\n標題: [問卦] 為什麼牛會暴斃\n時間: Mon Dec 21 18:54:24 2020\n\n如題，有沒有八卦？\n",
       "為什麼牛會暴斃"},
      {"標題: Re: [新聞] 陽明山牛隻暴斃\n\n這是回文的內容，說明事情的經過。\n", "Re: 陽明山牛隻暴斃"},
      {"Title: [Update] Council meets in July\n\nThe council will meet in July.\n", "[Update] Council meets in July"},
      {"标题：【活动】主题讲座顺利举行\n时间：2018年11月19日\n\n讲座在M105室举行。\n", "【活动】主题讲座顺利举行"},
      // a sample file's label over its news item: "新闻:" names the headline after it
      {"新闻:法国农民因自家公鸡打鸣被罚3000欧\n\n2019年7月，法国一名农民被罚款。9月28日，案件开审。\n",
       "法国农民因自家公鸡打鸣被罚3000欧"},
      {"新聞：颱風海葵登陸 全台停班停課\n\n颱風海葵今天登陸。\n", "颱風海葵登陸 全台停班停課"},
      {"---\ntitle: \"AI風暴即將來襲\"\ndate: \"2017-01-04\"\n---\n\n正文。\n", "AI風暴即將來襲"},
      // a long headline as a Markdown heading loses its mark
      {"# Bandara Juanda Buka Rute Surabaya-Bangkok 3 Kali Sepekan, Khofifah Optimistis Dongkrak Perekonomian Jatim\n\n"
       "Bandara Internasional Juanda Surabaya membuka rute penerbangan internasional baru sejak akhir Mei 2025.\n",
       "Bandara Juanda Buka Rute Surabaya-Bangkok 3 Kali Sepekan, Khofifah Optimistis Dongkrak Perekonomian Jatim"},
      // A heading the text marks itself, before any paragraph.
      {"## Radio | Clear News | Monday, 20 November 2023\nBorder. Prices. Weather.\n### Border\nText.\n",
       "Radio | Clear News | Monday, 20 November 2023"},
      // Furniture above the headline is passed over.
      {"http://news.example.jp/article/detail/4866257/\n2010-07-05T14:00:00+0900\nゆとり世代のどこが悪いの!?\n本文。\n",
       "ゆとり世代のどこが悪いの!?"},
      {"https://www3.example.jp/news/easy/k1001.html\n\n[03月20日 16時35分]\n\n新しく「こども家庭庁」ができた\n"
       "4月3日、新しくできた「こども家庭庁」で仕事を始める式がありました。\n"
       "岸田総理大臣は「子どもたちのために、何がいちばんいいのかをいつも考えなければなりません」と話しました。\n",
       "新しく「こども家庭庁」ができた"},
      {"//格式说明\n// #大字体 居中显示\n\n#【别样毕业季】校医院为毕业生返校保驾护航\n正文。\n",
       "【别样毕业季】校医院为毕业生返校保驾护航"},
      {"149comments\n\n24\nJul\n2012\n11:21am, EDT\nRebels push on largest city\nBy wire services\n",
       "Rebels push on largest city"},
      {"    Updated July 23, 2012, 7:10 p.m. ET\n\nSuspect Is Silent at His Hearing\n\nText.\n",
       "Suspect Is Silent at His Hearing"},
      {"Photos: Halloween in the harbour city\nPosted by Max Fisher on October 31, 2012 at 5:27 pm\n\nText.\n",
       "Photos: Halloween in the harbour city"},
      {"'아파트 침입' 대표 구속영장(종합)\t(서울=연합뉴스) 기자 = 경찰이 아파트에 침입한 혐의로 대표에 대해 구속영장을 "
       "신청했다고 밝혔다. 경찰은 이날 대표를 불러 조사했다.\n",
       "'아파트 침입' 대표 구속영장(종합)"},
      {"[摘要：微软前高管离职。]\n原标题：埃洛普离职：微软的卧底为何成了弃儿\n\n　　前诺基亚CEO离职。\n",
       "埃洛普离职：微软的卧底为何成了弃儿"},
      {"Over 100 UFOs seen along China border India, Posted on Nov 06, 2012 at 08:38pm IST\nPress Trust of India\n"
       "\nNew Delhi: The Army troops deployed along the China border have reported sightings.\n",
       "Over 100 UFOs seen along China border"},
      // With no headline, an original title above the text stands for it.
      {"原标题：“好色”的女人会更长寿？\n 正文第一段。\n 正文第二段。\n", "“好色”的女人会更长寿？"},
      // Nothing is made up: a speech, a dateline lede, a caption, a note, a statement.
      {"各位友邦的元首與貴賓、現場的好朋友，全體國人同胞，大家好。\n今天我站在這裡。\n", ""},
      {"（中央社記者楊啟芳台北31日電）「麟洋配」今天勇奪金牌，「我是台灣羽球選手。」\n今天對上中國組合。\n", ""},
      {"“协和姐”于莺做客中新网视频访谈 张龙云 摄\n　　中新网3月30日电 今日，医师做客。\n", ""},
      {"<앵커 멘트>\n최저임금이 오릅니다.\n", ""},
      {"  國泰金控 \n圖片來源:  國泰金控\n 「從一家子公司到上百套系統上雲」，數數發中心說。\n", ""},
      {"[第一图：一碗饭]\n四组新闻石景山2026年9月9日电 近日，记者采访了学生。\n", ""},
      {"&nbsp;&nbsp;■关注世界肝炎日\n南方日报讯 7月28日，是世界肝炎日。\n", ""},
      {"2015年，中国原油进口首超美国。\n然而这并不是故事的结尾。\n", ""},
      {"An ATM attack can bring in $30,000.\nA new type of malware spreads.\n", ""},
      {"Storm heads for the U.S.\n\nThe storm grew overnight, forecasters said.\n", "Storm heads for the U.S."},
      {"Markets wait for the Fed...\n\nTraders held back on Monday.\n", "Markets wait for the Fed..."},
      // a portal's page title is measured without the portal and the provider
      {"https://news.yahoo.co.jp/articles/85ec46b609866a210b8d2973941ebd2a980c1f40\n"
       "【速報】当時18歳高校生だった男に懲役20年を求刑【大学生集団暴行死】「俺ってそんなに悪いのかな」検察は「終始、主導したとは認められない」"
       "などとして役割や年齢を考慮\u3000判決は25日（HBCニュース北海道） - Yahoo!ニュース\n"
       "当時18歳の高校生だった特定少年の男（29日の法廷スケッチ）北海道江別市で集団暴行を受けた大学生が死亡した強盗致死事件の裁判員裁判で、"
       "検察は11日、当時18歳の高校生だった特定少年の男に対して懲役20年を求刑しました。\n",
       "【速報】当時18歳高校生だった男に懲役20年を求刑【大学生集団暴行死】「俺ってそんなに悪いのかな」検察は「終始、主導したとは認められない」"
       "などとして役割や年齢を考慮\u3000判決は25日（HBCニュース北海道） - Yahoo!ニュース"},
      // a Korean outlet's bracketed byline and bracketed deck opening an article body: no headline
      {"[머니투데이 이소은 기자] [현대차, 1일 서울시에 착공계 제출…서울시 \"이번주 중 끝내려 노력\"]\n\n"
       " 현대차 글로벌비즈니스센터(GBC) 착공이 이르면 이번주 중 가능해질 전망이다. \n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(prepare(c.input, Upto::find_title)->draft.meta.title, c.title) << c.input;
}

TEST(FindTitle, AGluedPlaceAndDateAndAnAgencyUnderTheHeadline) {
  const auto p = prepare("Over 100 UFOs seen along China border India, Posted on Nov 06, 2012 at 08:38pm IST\n"
                         "Press Trust of India\n"
                         "New Delhi: The Army troops deployed along the China border from Ladakh in Jammu and Kashmir "
                         "and Arunachal Pradesh in northeast have reported more than 100 sightings of unidentified "
                         "flying objects in the last three months.\n"
                         "Agencies including the Army, DRDO, NTRO and the ITBP have not yet been able to identify these "
                         "luminous flying objects, the sources said on Tuesday.\n",
                         Upto::find_title);
  EXPECT_EQ(p->draft.meta.title, "Over 100 UFOs seen along China border");
  EXPECT_EQ(p->draft.meta.source, "Press Trust of India");
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->date_only(), "2012-11-06");
}

TEST(FindTitle, TheHeaderLabelsLeaveTheBody) {
  const auto p = prepare("Title: \nThe council meets\nText: \nThe council will meet in July.\n", Upto::find_title);
  EXPECT_EQ(testing::roles(p->draft),
            (std::vector<std::string>{"metadata:Title:", "title:The council meets", "metadata:Text:",
                                      "paragraph:The council will meet in July."}));
}

// A bulletin board's post header repeats the headline its news form gives
// (with the board's tag, and a U+3000 that keeps it from reading as a label
// line): the form's headline is the title, and the header's line leaves the body.
TEST(FindTitle, AHeaderTitleLineLeavesTheBodyWhenAFormNamedTheTitle) {
  const auto p = prepare("標題: [新聞] 陽明山24頭牛暴斃\u3000死因曝光\n\n3.完整新聞標題:\n\n陽明山24頭牛暴斃\u3000死因曝光\n\n"
                         "4.完整新聞內文:\n\n近日頻傳陽明山國家公園野放牛隻暴斃事件。\n",
                         Upto::find_title);
  EXPECT_EQ(p->draft.meta.title, "陽明山24頭牛暴斃\u3000死因曝光");
  EXPECT_EQ(testing::roles(p->draft).front(), "metadata:標題: [新聞] 陽明山24頭牛暴斃\u3000死因曝光");
  EXPECT_EQ(testing::roles(p->draft).back(), "paragraph:近日頻傳陽明山國家公園野放牛隻暴斃事件。");
}


// A byline and its date under the headline leave the body, and say who wrote
// the article and when: "by Noah Rothman | 2:23 pm, August 9th, 2012",
// "Phạm Công • 02/04/2026 - 20:49".
TEST(FindTitle, ABylineAndDateUnderTheHeadlineNameTheAuthor) {
  struct Case {
    const char* input;
    const char* date;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"by Noah Rothman | 2:23 pm, August 9th, 2012\n", "2012-08-09", {{"Noah Rothman", Role::author}}},
      {"Ph\u1ea1m C\u00f4ng \u2022 02/04/2026 - 20:49\n", "", {{"Ph\u1ea1m C\u00f4ng", Role::author}}},
      // a section name is nobody's name
      {"Main | Friday, November 09, 2012\n", "", {}},
  };
  for (const Case& c : cases) {
    const std::string input = std::string("Title of the story\n\n") + c.input +
                              "\nA first paragraph long enough to be the body of the article and not a caption.\n";
    const auto p = prepare(input, Upto::find_title);
    EXPECT_EQ(p->draft.meta.title, "Title of the story") << c.input;
    if (*c.date) {
      ASSERT_TRUE(p->draft.meta.published) << c.input;
      EXPECT_EQ(p->draft.meta.published->date_only(), c.date) << c.input;
    }
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}

// A section line with the date over the headline ("Main | Friday, November 09,
// 2012") is furniture, and its date is the article's.
TEST(FindTitle, ASectionLineOverTheHeadlineDatesTheArticle) {
  const auto p = prepare(
      "Main | Friday, November 09, 2012\nGOProud Suddenly Believes That The GOP Should Support Same-Sex Marriage\n\n"
      "After endorsing numerous anti-gay candidates, the group now says it backs marriage equality.\n",
      Upto::find_title);
  EXPECT_EQ(p->draft.meta.title, "GOProud Suddenly Believes That The GOP Should Support Same-Sex Marriage");
  ASSERT_TRUE(p->draft.meta.published);
  EXPECT_EQ(p->draft.meta.published->date_only(), "2012-11-09");
}

}  // namespace
}  // namespace artconv::plaintext
