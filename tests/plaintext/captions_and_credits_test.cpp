#include <gtest/gtest.h>

#include <algorithm>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(CaptionsAndCredits, FiguresAndCreditsNeverParagraphs) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"T\n\n圖片默認標題_fororder_3\n\n正文。\n", {"title:T", "figure:圖片默認標題_fororder_3", "paragraph:正文。"}, {}},
      {"T\n\n正文在這裡結束了。(圖片攝影 劉歆)\n",
       {"title:T", "paragraph:正文在這裡結束了。", "credit:(圖片攝影 劉歆)"}, {{"劉歆", Role::photographer}}},
      {"T\n\nA ferry crosses the bay. (AP Photo/Lena Ortiz)\n\nText.\n",
       {"title:T", "figure:A ferry crosses the bay. (AP Photo/Lena Ortiz)", "paragraph:Text."},
       {{"Lena Ortiz", Role::photographer}}},
      {"T\n\n2 of 7. Volunteers stack sandbags.\n\nText.\n",
       {"title:T", "figure:2 of 7. Volunteers stack sandbags.", "paragraph:Text."}, {}},
      // after the slash, the photographer's employer or agency, whether known or not
      {"T\n\nTexto.\n\n Foto: Cleia Viana/Câmara dos Deputados\n\nMais texto.\n",
       {"title:T", "paragraph:Texto.", "metadata:Foto: Cleia Viana/Câmara dos Deputados", "paragraph:Mais texto."},
       {{"Cleia Viana", Role::photographer}}},
      {"T\n\nPhoto: RAFA RIVAS/AFP/Getty Images\n\nText.\n",
       {"title:T", "credit:Photo: RAFA RIVAS/AFP/Getty Images", "paragraph:Text."}, {{"RAFA RIVAS", Role::photographer}}},
      {"T\n\nCredit: Harbor Authority\n\nText.\n", {"title:T", "credit:Credit: Harbor Authority", "paragraph:Text."},
       {{"Harbor Authority", Role::photographer}}},
      {"T\n\n（晨报记者 王小林 摄）\n\n正文。\n", {"title:T", "credit:（晨报记者 王小林 摄）", "paragraph:正文。"},
       {{"王小林", Role::photographer}}},
      // "(Photo by: …)" and a full stop after the bracket; a caption wrapped over lines is one
      {"T\n\nThe president speaks about the tornadoes. (Photo by: Saul Loeb/AFP/Getty Images).\n\nText.\n",
       {"title:T", "figure:The president speaks about the tornadoes. (Photo by: Saul Loeb/AFP/Getty Images).",
        "paragraph:Text."},
       {{"Saul Loeb", Role::photographer}}},
      {"T\n\n<p>President Barack Obama speaks about the deadly tornadoes that hit\n Oklahoma earlier this week. (Photo by: Saul\n"
       " Loeb/AFP/Getty Images).\n\n<p>Text.\n\n<p>More text.\n",
       {"title:T",
        "figure:President Barack Obama speaks about the deadly tornadoes that hit Oklahoma earlier this week. (Photo by: "
        "Saul Loeb/AFP/Getty Images).",
        "paragraph:Text.", "paragraph:More text."},
       {{"Saul Loeb", Role::photographer}}},
      {"T\n\nSamsung Galaxy Tab\n(Credit: CNET)\n\nText.\n",
       {"title:T", "figure:Samsung Galaxy Tab", "credit:(Credit: CNET)", "paragraph:Text."}, {{"CNET", Role::photographer}}},
      {"T\n\nSamsung Galaxy Tab\n\n(Credit: CNET)\n\nText.\n",
       {"title:T", "paragraph:Samsung Galaxy Tab", "credit:(Credit: CNET)", "paragraph:Text."}, {{"CNET", Role::photographer}}},
      {"T\n\n正文。\n\n李克强会见美国总统特朗普。 新华社记者张领摄\n\n正文。\n",
       {"title:T", "paragraph:正文。", "figure:李克强会见美国总统特朗普。 新华社记者张领摄", "paragraph:正文。"},
       {{"张领", Role::photographer}}},
      {"T\n\n드론이 차량을 폭파하고 있다. 2018.11.29/뉴스1 © News1 장수영 기자\n\n본문입니다.\n",
       {"title:T", "figure:드론이 차량을 폭파하고 있다. 2018.11.29/뉴스1 © News1 장수영 기자", "paragraph:본문입니다."},
       {{"장수영", Role::photographer}}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::captions_and_credits);
    EXPECT_EQ(roles(p->draft), c.units) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}


// Agency copy opens with its dateline: a single sentence set between the
// headline and the paragraph the dateline opens is the picture's caption.
TEST(CaptionsAndCredits, ASentenceOverTheDatelineParagraphIsACaption) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"Explosion kills girl\n\nEmergency personnel work the scene around a house after an explosion in Wilson, N.Y.\n\n"
       "(CBS/AP) WILSON, N.Y. - An early morning blast leveled a house, killing a girl.\n\nThe blast occurred at 6 a.m.\n",
       {"title:Explosion kills girl",
        "figure:Emergency personnel work the scene around a house after an explosion in Wilson, N.Y.",
        "paragraph:(CBS/AP) WILSON, N.Y. - An early morning blast leveled a house, killing a girl.",
        "paragraph:The blast occurred at 6 a.m."}},
      {"Explosion kills girl\n\nA ferry crosses the bay at dawn.\nUpdated at 11:31 a.m. ET\n\nWILSON, N.Y. (AP) -- An early morning blast leveled a "
       "house.\n",
       {"title:Explosion kills girl", "figure:A ferry crosses the bay at dawn.", "paragraph:Updated at 11:31 a.m. ET",
        "paragraph:WILSON, N.Y. (AP) -- An early morning blast leveled a house."}},
      // a deck that ends no sentence, and the opening paragraph itself, stay as they are
      {"Explosion kills girl\n\nParents and two siblings hurt\n\nWILSON, N.Y. (AP) -- An early morning blast leveled a "
       "house.\n",
       {"title:Explosion kills girl", "paragraph:Parents and two siblings hurt",
        "paragraph:WILSON, N.Y. (AP) -- An early morning blast leveled a house."}},
      {"Explosion kills girl\n\nWILSON, N.Y. (AP) -- An early morning blast leveled a house.\n\nThe blast occurred at 6 a.m.\n",
       {"title:Explosion kills girl", "paragraph:WILSON, N.Y. (AP) -- An early morning blast leveled a house.",
        "paragraph:The blast occurred at 6 a.m."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::captions_and_credits)->draft), c.units) << c.input;
}


// "… Thursday March 31, 2011. (AP Photo/Natacha Pisarenko) BUENOS AIRES, Argentina
// (AP) - Canadian pop star …": a credited caption glued in front of the dateline
// is split off the paragraph, which the dateline opens.
TEST(CaptionsAndCredits, ACaptionGluedBeforeTheDatelineIsSplitOff) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
    const char* source;
  };
  const Case cases[] = {
      {"Singer weds TV star\nThe singer kisses his bride after the ceremony in Buenos Aires, Argentina, Thursday March 31, "
       "2011. (AP Photo/Natacha Pisarenko) BUENOS AIRES, Argentina (AP) - The singer married a TV actress on Thursday.\n",
       {"title:Singer weds TV star",
        "figure:The singer kisses his bride after the ceremony in Buenos Aires, Argentina, Thursday March 31, 2011. "
        "(AP Photo/Natacha Pisarenko)",
        "paragraph:BUENOS AIRES, Argentina (AP) - The singer married a TV actress on Thursday."},
       "AP"},
      // a credit inside the text, no dateline after it: the paragraph stays whole
      {"Singer weds TV star\nThe singer kisses his bride. (AP Photo/Natacha Pisarenko) The singer married a TV actress "
       "on Thursday.\n",
       {"title:Singer weds TV star",
        "paragraph:The singer kisses his bride. (AP Photo/Natacha Pisarenko) The singer married a TV actress on Thursday."},
       ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::captions_and_credits);
    EXPECT_EQ(roles(p->draft), c.units) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
}


// A Japanese page's photo caption and its credit extracted together with the
// text: "…抗議する藤川監督（右）＝撮影・西田忠信　ＮＰＢは１１日…". The caption is
// split off the first paragraph and the photographer named.
TEST(CaptionsAndCredits, AJapaneseCreditedCaptionGluedToTheTextIsSplitOff) {
  const auto p = prepare(
      "阪神　藤川球児監督に制裁金\n"
      "１０日のソフトバンク戦で７回、判定を巡ったリプレー検証後に抗議する藤川監督（右）＝撮影・西田忠信\u3000ＮＰＢは１１日、"
      "藤川球児監督に対し、制裁金１０万円の処分を行ったことを発表した。\n\n\u3000藤川監督は七回の攻撃でリクエストを行使した。\n",
      Upto::captions_and_credits);
  EXPECT_EQ(roles(p->draft),
            (std::vector<std::string>{"title:阪神　藤川球児監督に制裁金",
                                      "figure:１０日のソフトバンク戦で７回、判定を巡ったリプレー検証後に抗議する藤川監督（右）＝撮影・西田忠信",
                                      "paragraph:ＮＰＢは１１日、藤川球児監督に対し、制裁金１０万円の処分を行ったことを発表した。",
                                      "paragraph:藤川監督は七回の攻撃でリクエストを行使した。"}));
  EXPECT_EQ(p->draft.meta.contributors, (std::vector<Contributor>{{"西田忠信", Role::photographer}}));
  const auto q = prepare(
      "見出し\n7回2死から2点適時打浴びる試合後、取材に応じるドジャース・大谷翔平【写真：上野明洸】【MLB】パイレーツ 9ー8 ドジャース\n\n"
      "\u3000ドジャースの大谷翔平投手は10日、敵地パイレーツ戦に出場した。\n",
      Upto::captions_and_credits);
  EXPECT_EQ(q->draft.meta.contributors, (std::vector<Contributor>{{"上野明洸", Role::photographer}}));
}

// A video's blurb left between paragraphs closes by naming the network's
// reporter: "… leading many to speculate about an insanity defense. NBC's Kate
// Snow reports." It is a caption; prose that cites a report is not.
TEST(CaptionsAndCredits, AVideoBlurbClosingWithTheNetworksReporterIsACaption) {
  const std::string para = "This is a paragraph of ordinary length that runs on for a while, as paragraphs do, "
                           "and then some more, as the body of a news story will.";
  struct Case {
    std::string input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n" + para + "\n\nThe suspect was seen nodding off at a court hearing, leading many to speculate about an "
                         "insanity defense. NBC's Kate Snow reports.\n\n" + para + "\n",
       {"title:T", "paragraph:" + para,
        "figure:The suspect was seen nodding off at a court hearing, leading many to speculate about an insanity "
        "defense. NBC's Kate Snow reports.",
        "paragraph:" + para}},
      {"T\n\n" + para + "\n\nAbout 100 emergency personnel were on the scene of the blast, WIVB-TV reports.\n\n" + para +
           "\n",
       {"title:T", "paragraph:" + para,
        "paragraph:About 100 emergency personnel were on the scene of the blast, WIVB-TV reports.",
        "paragraph:" + para}},
      {"T\n\n" + para + "\n\nThe bill passed. The company reports.\n\n" + para + "\n",
       {"title:T", "paragraph:" + para, "paragraph:The bill passed. The company reports.", "paragraph:" + para}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::captions_and_credits)->draft), c.units) << c.input;
}

// A photo gallery flattened to text sets its caption under every picture: a line said three
// times or more in a row is a caption, not three paragraphs, and so is the first picture's caption over
// them when it closes with the same credit; a line said again elsewhere may be the story's.
TEST(CaptionsAndCredits, AGallerysRepeatedCaptionIsACaption) {
  const std::string cap = "Situação do Arquivo da Câmara em 2017. - Arquivo Câmara de Vereadores de Olinda";
  const std::string twice = "Ele repetiu: não.";
  const std::string first = "Situação do Arquivo Público em 2018, notificado pelo TCE - Arquivo Câmara de Vereadores de Olinda";
  const auto p = prepare("T\n\nA medida do TCE indica o estado do arquivo.\n\n" + first + "\n\n" + cap + "\n\n" + cap + "\n\n" + cap +
                             "\n\n" + twice + "\n\nDepois disso.\n\n" + twice + "\n\nE então.\n\n" + twice + "\n",
                         Upto::captions_and_credits);
  EXPECT_EQ(roles(p->draft),
            (std::vector<std::string>{"title:T", "paragraph:A medida do TCE indica o estado do arquivo.",
                                      "figure:" + first, "figure:" + cap, "figure:" + cap, "figure:" + cap, "paragraph:" + twice,
                                      "paragraph:Depois disso.", "paragraph:" + twice, "paragraph:E então.",
                                      "paragraph:" + twice}));
}

// A page's picture copied with its alt text (between its credit and the same credit glued to its
// end) or a chart's description ("A line chart showing …"): the line right under it is the caption
// the page shows, whether a sentence or not; the paragraph under that stays.
TEST(CaptionsAndCredits, TheLineUnderAPicturesAltTextIsItsCaption) {
  const std::string alt = "Reuters Tech bosses stand in a row at the inauguration, in dark suits and red ties.Reuters";
  const std::string shown = "High flying tech bosses were present at Trump's 2025 inauguration";
  const std::string text = "Sweeping job cuts at Big Tech companies have become an annual tradition.";
  const std::string chart = "A line chart showing the US unemployment rate from January 2015 to November 2025. It rose.";
  const std::string chart_shown = "The US unemployment rate rose in November to a four-year high.";
  const auto p = prepare("T\n\nFirst paragraph of the story.\n\n" + alt + "\n" + shown + "\n" + text + "\n\n" + chart +
                             "\n" + chart_shown + "\nDelayed and disrupted data\nThe report comes out on Fridays.\n\n0:55\n"
                             "Palantir's Louis Mosley says militaries are responsible\n\nThe last paragraph.\n",
                         Upto::captions_and_credits);
  const auto r = roles(p->draft);
  for (const std::string& figure : {alt, shown, chart, chart_shown,
                                    std::string("Palantir's Louis Mosley says militaries are responsible")})
    EXPECT_EQ(std::count(r.begin(), r.end(), "figure:" + figure), 1) << figure;
  EXPECT_EQ(std::count(r.begin(), r.end(), "paragraph:" + text), 1);
  EXPECT_EQ(std::count(r.begin(), r.end(), "paragraph:The report comes out on Fridays."), 1);
}

}  // namespace
}  // namespace artconv::plaintext
