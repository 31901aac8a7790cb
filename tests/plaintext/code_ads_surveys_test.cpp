#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(CodeAdsSurveys, ScriptsAdsAndCallsToActionLeaveTheBody) {
  const auto p = prepare(
      "T\n\nText.\n\n(function(){ var s=document.createElement('script'); s.src='x.js'; })();\n\n"
      "Share your flood photos with NewsDesk.\n\nBuy Now\n\nAdvertisement\n\nMore text.\n",
      Upto::code_ads_surveys);
  EXPECT_EQ(roles(p->draft),
            (std::vector<std::string>{"title:T", "paragraph:Text.",
                                      "boilerplate:(function(){ var s=document.createElement('script'); s.src='x.js'; })();",
                                      "boilerplate:Share your flood photos with NewsDesk.", "boilerplate:Buy Now",
                                      "boilerplate:Advertisement", "paragraph:More text."}));
}

TEST(CodeAdsSurveys, FrontMatterMarkupAndTimeStampsLeaveTheBody) {
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"---\ntitle: \"Harbor closes\"\ncategory: \"News\"\ntags:\n  - \"harbor\"\n---\n\n# Harbor closes\n\n"
       "The harbor closed today.\n\n<figure>\n<figcaption>The empty quay.</figcaption>\n</figure>\n\nIt reopens soon.\n",
       {"metadata:---", "metadata:category: \"News\"", "metadata:tags:",
        "metadata:- \"harbor\"", "metadata:---", "paragraph:The harbor closed today.",
        "boilerplate:<figure>", "figure:<figcaption>The empty quay.</figcaption>", "boilerplate:</figure>",
        "paragraph:It reopens soon."}},
      {"Titile: Oil rebounds\nTime: 2019/03/27 05:38\nContent:\nOil prices rose for a second day.\n",
       {"metadata:Time: 2019/03/27 05:38", "metadata:Content:",
        "paragraph:Oil prices rose for a second day."}},
      {"T\n\nIt rained.\n\nJuly 24, 2012 4:16 AM PDT\n\nThursday, August 09, 2012\n\nUpdated July 23, 2012, 7:10 p.m. ET\n\nIt rained on July 24, 2012.\n",
       {"paragraph:It rained.", "metadata:July 24, 2012 4:16 AM PDT", "metadata:Thursday, August 09, 2012",
        "metadata:Updated July 23, 2012, 7:10 p.m. ET", "paragraph:It rained on July 24, 2012."}},
      {"T\n\n时间：：2018年11月19日\n\n讲座顺利举行。\n", {"metadata:时间：：2018年11月19日", "paragraph:讲座顺利举行。"}},
      {"T\n\n中華民國106年07月07日\n\n總統今日出席典禮。\n", {"metadata:中華民國106年07月07日", "paragraph:總統今日出席典禮。"}},
      {"T\n\n[03月20日 16時35分]\n\nThe court met.\n\n3:30 pm |\n\nIt adjourned in 2016.\n",
       {"metadata:[03月20日 16時35分]", "paragraph:The court met.", "metadata:3:30 pm |",
        "paragraph:It adjourned in 2016."}},
      {"T\n\nOne.\n\nTwo.\n\nThree.\n\n---\n\n**Blog | Jo Kim**\n\nJo Kim writes on cities.\n",
       {"paragraph:One.", "paragraph:Two.", "paragraph:Three.", "boilerplate:---", "boilerplate:**Blog | Jo Kim**",
        "boilerplate:Jo Kim writes on cities."}},
      {"T\n\nOne.\n\nTwo.\n\nThree.\n\n---\n\nPlease subscribe.\n\n---\n\n**Blog | Jo Kim**\n",
       {"paragraph:One.", "paragraph:Two.", "paragraph:Three.", "boilerplate:---", "boilerplate:Please subscribe.",
        "boilerplate:---", "boilerplate:**Blog | Jo Kim**"}},
      // a rule between parts of the story is no box
      {"T\n\nOne.\n\nTwo.\n\nThree.\n\n* * *\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n",
       {"paragraph:One.", "paragraph:Two.", "paragraph:Three.", "boilerplate:* * *", "paragraph:Four.",
        "paragraph:Five.", "paragraph:Six.", "paragraph:Seven."}},
      // a glossary box: the lines read as glossary entries leave, and the bare words among them go too
      {"T\n\n一。\n二。\n三。\n\n---\n\n野球(やきゅう)\n優勝(ゆうしょう)\nチーム\nファン\n監督(かんとく)\n"
       "記者(きしゃ)\nヒット\n決勝(けっしょう)\nホームラン\n活躍(かつやく)\n",
       {"paragraph:一。", "paragraph:二。", "paragraph:三。", "boilerplate:---", "boilerplate:野球(やきゅう)",
        "boilerplate:優勝(ゆうしょう)", "boilerplate:チーム", "boilerplate:ファン", "boilerplate:監督(かんとく)",
        "boilerplate:記者(きしゃ)", "boilerplate:ヒット", "boilerplate:決勝(けっしょう)", "boilerplate:ホームラン",
        "boilerplate:活躍(かつやく)"}},
      // short lines under a rule that are not mostly glossary stay
      {"T\n\n一。\n二。\n三。\n\n---\n\n春\n夏\n秋\n冬\n",
       {"paragraph:一。", "paragraph:二。", "paragraph:三。", "boilerplate:---", "paragraph:春", "paragraph:夏",
        "paragraph:秋", "paragraph:冬"}},
  };
  for (const Case& c : cases) {
    // Which line is the headline is find_title's business, not this pass's.
    std::vector<std::string> units = roles(prepare(c.input, Upto::code_ads_surveys)->draft);
    std::erase_if(units, [](const std::string& u) { return u.find("Harbor closes") != std::string::npos ||
                                                           u.find("Oil rebounds") != std::string::npos ||
                                                           u == "title:T"; });
    EXPECT_EQ(units, c.units) << c.input;
  }
}

// A press release: its release line and its contacts are furniture, and an end
// mark ("-end-", "- 30 -") closes it: what follows is the issuer's
// boilerplate, however wide. ("###" may break a story: a separator only.)
TEST(CodeAdsSurveys, APressReleasesFurnitureAndWhatFollowsItsEndMarkLeave) {
  const std::string more(
      "More information on the suspect corn, including an exchange of letters with the USDA, may be found at "
      "www.foe.org Information about the effort to save the corn for science may be found at www.example.com. A "
      "three-part investigative TV report airing May 15-17 should be available at www.example.tv (video of part 1 is "
      "posted under \"Iowa Farmer Blames Corn\", text of part 1 is at http://www.example.tv/story.asp?S=1270118 and "
      "text for part 2 is at http://www.example.tv/story.asp?S=1280176).");
  for (const std::string mark : {"-end-", "- 30 -", "-30-"}) {
    const auto p = prepare("Toxic Corn Sold\n\nFor Immediate Release\n\nContacts: Larry Bohlen, (202) 783-7400\n\n"
                           "DES MOINES, IOWA - An environmental group released evidence today.\n\n"
                           "The corn was sold in February.\n\nThe groups asked why.\n\n" +
                               mark + "\n\n" + more + "\n",
                           Upto::code_ads_surveys);
    EXPECT_EQ(roles(p->draft),
              (std::vector<std::string>{"title:Toxic Corn Sold", "boilerplate:For Immediate Release",
                                        "metadata:Contacts: Larry Bohlen, (202) 783-7400",
                                        "paragraph:DES MOINES, IOWA - An environmental group released evidence today.",
                                        "paragraph:The corn was sold in February.", "paragraph:The groups asked why.",
                                        "boilerplate:" + mark, "boilerplate:" + more}))
        << mark;
  }
}

// A CNN/Daily Mail ".story" file closes with its highlights, each under an
// "@highlight" line: the dataset's summary, not the article's text.
// A blog's exported page keeps its readers' comments under a head that counts them
// ("4 Kommentare </h5>", "12 Comments", "3 Responses to “…”"): the head and all under it leave.
// The same count near the top of a page is only furniture.
TEST(CodeAdsSurveys, ReadersCommentsUnderTheirHeadLeave) {
  for (const std::string head : {"4 Kommentare </h5>", "12 Comments", "3 Responses to “Friedensnobelpreis”",
                                 "2 comentários", "One thought on “Abiy”"}) {
    const auto p = prepare("Titel\n\nDas Komitee entschied heute.\n\nEr ist ein Friedensstifter.\n\n"
                           "Der Name ist bekannt.\n\n" + head + "\n<h6 class=\"author\">caruso</h6> <span>11. Oktober</span>\n\n"
                           "Endlich eine erfreuliche Nachricht!\n\nDer Herr segne ihn.\n",
                           Upto::code_ads_surveys);
    EXPECT_EQ(roles(p->draft),
              (std::vector<std::string>{"title:Titel", "paragraph:Das Komitee entschied heute.",
                                        "paragraph:Er ist ein Friedensstifter.", "paragraph:Der Name ist bekannt.",
                                        "boilerplate:" + head,
                                        "boilerplate:<h6 class=\"author\">caruso</h6> <span>11. Oktober</span>",
                                        "boilerplate:Endlich eine erfreuliche Nachricht!",
                                        "boilerplate:Der Herr segne ihn."}))
        << head;
  }
  const auto top = prepare("Title\n\n12 Comments\n\nThe council met today.\n\nIt voted.\n\nIt adjourned.\n\nMore.\n",
                           Upto::code_ads_surveys);
  EXPECT_EQ(roles(top->draft),
            (std::vector<std::string>{"title:Title", "boilerplate:12 Comments", "paragraph:The council met today.",
                                      "paragraph:It voted.", "paragraph:It adjourned.", "paragraph:More."}));
}

// A bulletin board's post: under its signature the readers' pushes, and the
// lines a long push wrapped onto, are not the post's, however short the post.
TEST(CodeAdsSurveys, ABulletinBoardsCommentsUnderThePostsSignatureLeave) {
  const auto p = prepare("陽明山24頭牛暴斃\n\n近日頻傳陽明山國家公園野放牛隻暴斃事件，北市動保處請來獸醫師剖檢採樣。\n\n--\n"
                         "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 111.251.58.111 (臺灣)\n"
                         "※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1608548066.A.6CD.html\n"
                         "推 elec1141: 吃壞肚子                                 12/21 18:55\n"
                         "看狗屁崩潰 的確蠻好笑的\n"
                         "→ blairkimi: 怕 恐怖                                 12/21 18:55\n",
                         Upto::code_ads_surveys);
  const auto got = roles(p->draft);
  ASSERT_GE(got.size(), 3u);
  EXPECT_EQ(got[1], "paragraph:近日頻傳陽明山國家公園野放牛隻暴斃事件，北市動保處請來獸醫師剖檢採樣。");
  for (std::size_t i = 2; i < got.size(); ++i) EXPECT_EQ(got[i].rfind("boilerplate:", 0), 0u) << got[i];
}

TEST(CodeAdsSurveys, StoryHighlightsLeave) {
  const auto p = prepare(
      "(CNN) -- A powerful storm slammed into the coast on Monday.\n\nOfficials urged residents to stay indoors.\n\n"
      "@highlight\n\nStorm slams into the coast\n\n@highlight\n\nThousands lose power\n",
      Upto::code_ads_surveys);
  const auto r = roles(p->draft);
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[1], "paragraph:Officials urged residents to stay indoors.");
  EXPECT_EQ(r[2], "boilerplate:@highlight");
  EXPECT_EQ(r[3], "boilerplate:Storm slams into the coast");
  EXPECT_EQ(r[5], "boilerplate:Thousands lose power");
}

}  // namespace
}  // namespace artconv::plaintext
