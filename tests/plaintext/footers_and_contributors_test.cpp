#include <gtest/gtest.h>

#include <algorithm>

#include "passes_support.hpp"
#include "plaintext/people.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

// A name in Latin script capitalises its words but for the particles names
// carry ("van", "de", "bin"): a phrase with other lower-case words is a
// gallery's or a story's title a label stood before ("Photos: Shooting at …").
// One lower-case word alone may be a writer's handle.
TEST(FootersAndContributors, APhraseWithLowerCaseWordsIsNobodysName) {
  struct Case {
    const char* name;
    bool kept;
  };
  for (const Case& c : {Case{"Shooting at Batman screening in Colo", false}, Case{"a reader", false},
                        Case{"Ludwig van Beethoven", true}, Case{"Charles de Gaulle", true},
                        Case{"Leonardo da Vinci", true}, Case{"Anwar bin Ibrahim", true}, Case{"Jane Roe", true},
                        Case{"JANE ROE", true}, Case{"X-Wing", true}, Case{"王小林", true}, Case{"Kathy", true},
                        Case{"Maria dos Santos e Silva", true}, Case{"Nguyễn Văn An", true},
                        Case{"Juan de los Santos", true}, Case{"Abu Bakr al-Baghdadi", true},
                        Case{"Valéry Giscard d'Estaing", true}, Case{"Carl Gustaf af Klint", true},
                        Case{"maomaobear", true}}) {  // a handle
    Metadata meta;
    add_contributor(meta, c.name, Role::photographer);
    EXPECT_EQ(meta.contributors.size(), c.kept ? 1u : 0u) << c.name;
  }
}

TEST(FootersAndContributors, PeopleWithRolesOutOfTheBody) {
  struct Case {
    const char* input;
    std::vector<Contributor> people;
    const char* source;
  };
  const Case cases[] = {
      {"T\n\nText.\n\n(Reporting by Ana Lee in Bergen; Writing by Sam Ruiz; Editing by Kay Moss and Li Wei)\n",
       {{"Ana Lee", Role::reporter}, {"Sam Ruiz", Role::writer}, {"Kay Moss", Role::editor}, {"Li Wei", Role::editor}},
       ""},
      {"T\n\nText.\n\nNetwork reporters Jo Kim and Raj Patel contributed to this report.\n",
       {{"Jo Kim", Role::contributor}, {"Raj Patel", Role::contributor}}, ""},
      {"T\n\nText.\n\nFollow Dana Voss on Twitter @dvoss\n", {{"Dana Voss", Role::author}}, ""},
      {"T\n\nText.\n\nFollow Movieline on Twitter.\n", {}, "Movieline"},
      {"T\n\nText.\n\nFollow GOAL.COM USA on Twitter\n", {}, "GOAL.COM USA"},
      {"T\n\nText.\n\nOriginal article on Daily Orbit.\n", {}, "Daily Orbit"},
      // a radio's credit line: the special correspondent, the responsible editors, the web editor
      {"标题\n\n正文。\n\n（特约记者：扬帆   责编：胡力汉/嘉远  网编：洪伟）\n",
       {{"扬帆", Role::correspondent}, {"胡力汉", Role::responsible_editor}, {"嘉远", Role::responsible_editor},
        {"洪伟", Role::editor}},
       ""},
      {"标题\n\n正文。\n\n<em>（特约记者：扬帆   责编：胡力汉/嘉远  网编：洪伟）</em>\n",
       {{"扬帆", Role::correspondent}, {"胡力汉", Role::responsible_editor}, {"嘉远", Role::responsible_editor},
        {"洪伟", Role::editor}},
       ""},
      {"標題\n\n正文。\n\n（見習記者：王小明　網編：李四）\n", {{"王小明", Role::reporter}, {"李四", Role::editor}}, ""},
      {"标题\n\n正文。\n\n[原文](https://www.bbc.com/zhongwen/simp/chinese-news-61467390)\n", {}, "BBC"},
      {"标题\n\n正文。\n\n[原文](https://www.example-blog.org/post/1)\n", {}, ""},
      {"标题\n\n正文。\n\n<em>图文转自自由亚洲电台： <https://www.rfa.org/mandarin/x.html></em>\n", {}, "自由亚洲电台"},
      {"标题\n\n正文。\n\n（李明）\n", {{"李明", Role::author}}, ""},
      {"T\n\nText.\n\n[Lena Ortiz]\n", {{"Lena Ortiz", Role::author}}, ""},
      {"T\n\n(Xinhua)\n\nText follows here.\n", {}, ""},
      {"T\n\nUkraine are second from bottom. (Reporting by Angel Krasimirov; Editing by Tony Jimenez)\n",
       {{"Angel Krasimirov", Role::reporter}, {"Tony Jimenez", Role::editor}}, ""},
      {"T\n\nText.\n\n(Reporting by Khaled Oweies in Amman and Suleiman Al-Khalidi in Antakya, Turkey; Editing by "
       "Angus MacSwan)\n",
       {{"Khaled Oweies", Role::reporter}, {"Suleiman Al-Khalidi", Role::reporter}, {"Angus MacSwan", Role::editor}},
       ""},
      {"T\n\nText.\n\nNBC News' Ayman Mohyeldin, The Associated Press and Reuters contributed to this report.\n",
       {{"Ayman Mohyeldin", Role::contributor}}, "NBC News"},
      {"T\n\nText.\n\nAssociated Press Writer Gerald Imray contributed to this story.\n",
       {{"Gerald Imray", Role::contributor}}, "Associated Press"},
      {"T\n\nText.\n\n—Steve Eder, Erica E. Phillips and Shelly Banjo contributed to this article.\n",
       {{"Steve Eder", Role::contributor}, {"Erica E. Phillips", Role::contributor}, {"Shelly Banjo", Role::contributor}},
       ""},
      {"T\n\nText.\n\nDanica Kirka can be reached at http://twitter.com/DanicaKirka\n",
       {{"Danica Kirka", Role::reporter}}, ""},
      // a picture's credit line, its label before the photographer and the agency after
      {"T\n\nText of the story here.\n\nPhotograph: Dick Swanson/Getty Images\n\nMore text of the story.\n",
       {{"Dick Swanson", Role::photographer}}, ""},
      {"T\n\nText of the story here.\n\nArt Buchwald on the set of Mannix. Photograph: Bettmann/Bettmann Archive\n\n"
       "More text of the story.\n",
       {}, ""},
      // an agency credited beside the writer, after "and", wrote with her: it is not the outlet
      {"T\n\nBy Elizabeth Melimopoulos and AFP\n\nThe United States and Israel are widening their attacks on Iran.\n",
       {{"Elizabeth Melimopoulos", Role::author}}, ""},
      // the outlet a page's button, its app's call or its copyright line names
      {"T\n\nText of the story here.\n\nAdd Al Jazeera on Google\n\nMore text of the story.\n", {}, "Al Jazeera"},
      {"T\n\nText of the story here.\n\nCLICK HERE TO GET THE FOX NEWS APP\n", {}, "Fox News"},
      {"T\n\nText of the story here.\n\nMore from the BBC\nBlind marathon runner to be guided by smart glasses\n", {}, "BBC"},
      {"T\n\nText of the story here.\n\nCopyright 2026 BBC. All rights reserved. The BBC is not responsible for "
       "the content of external sites.\n", {}, "BBC"},
      // an opinion page's note on its author (and the outlet's bare credit over the text)
      {"Editor’s Note: Julian Zelizer, a CNN political analyst, is a professor of history at Princeton University.\n\n"
       "CNN —\n\nIt looks like the former president is going to launch another bid for the White House.\n",
       {{"Julian Zelizer", Role::author}}, "CNN"},
      // a note closing the last paragraph
      {"標題\n\n第一段。\n\n外在環境值得關注。（編輯：李信寬）1080327\n", {{"李信寬", Role::editor}}, ""},
      {"標題\n\n油價上揚。（譯者：陳政一）1080327\n", {{"陳政一", Role::translator}}, ""},
      {"标题\n\n华为排名第74位。（李明）\n", {{"李明", Role::author}}, ""},
      {"标题\n\n大家都很难过。（寄予同情）\n\n最后一段。\n", {}, ""},
      {"제목\n\n협업을 확대할 방침이다. 조수연 기자\n", {{"조수연", Role::reporter}}, ""},
      // a sign-off glued to the last sentence: a name set apart, or the three syllables before 기자
      {"제목\n\n한국은행이 모바일 직불서비스의 명칭을 바꾼다. 간편지급 이용이 크게 늘었다.홍길동 기자 hong@news.example.kr\n", {{"홍길동", Role::reporter}}, ""},
      {"제목\n\n한국은행은 “모바일 직불서비스의 명칭을 '간편지급'으로 변경한다”고 밝혔다.자료:한국은행류근일 기자 ryuryu@news.example.com\n", {{"류근일", Role::reporter}}, ""},
      {"제목\n\n제보와 문의는 편집국 기자 desk@news.example.kr 로 보내면 된다.\n", {}, ""},
      // a portal's code for the editor after the name is no one's name
      {"标题\n\n国务院常务会议今天决定加大对小微企业的支持力度。\n\n责任编辑：王五 SN225\n", {{"王五", Role::responsible_editor}}, ""},
      // NetEase glues its code to the name ("史建磊_NBJ11331"); its source line runs on into a call to visit
      {"标题\n\n国务院常务会议今天决定加大对小微企业的支持力度。\n\n本文来源：环球时报-环球网 。更多精彩，请登录环球网 "
       "http://www.huanqiu.com\n责任编辑：席文超_NF5495\n",
       {{"席文超", Role::responsible_editor}}, "环球时报-环球网"},
      {"标题\n\n认定诈骗和骚扰，不能省略必要的核实程序。\n\n本文来源：新京报\n责任编辑：史建磊_NBJ11331\n",
       {{"史建磊", Role::responsible_editor}}, "新京报"},
      // Vietnamese news signs with the author's name alone, on its own line or run into the last paragraph
      {"Tiêu đề\n\nDàn xe đã được xếp theo hình chữ nhật.\nDoanh số bán đã dần cải thiện.\nHoàng Cường\n \nẢnh: Carscoop\n",
       {{"Hoàng Cường", Role::author}}, ""},
      {"Tạm đình chỉ hai cô giáo trong clip\nTối 5-2, quận xác nhận sự việc xảy ra tại nhóm lớp.\n"
       "Ngày 5-2, phòng đã làm việc với hai cô giáo. Hôm nay tiếp tục xác minh rõ sự việc. Thống Nhất \n",
       {{"Thống Nhất", Role::author}}, ""},
      {"Tiêu đề\n\nCũng giống như F-150, xe được tái thiết kế.\nNhã Vân\n\n\n\nRaptor là một phần của nhóm Ford Performance.\n",
       {{"Nhã Vân", Role::author}}, ""},
      // a name in capitals closing an English text is no Vietnamese signature
      {"T\n\nThe council met on Monday. Read More\n", {}, ""},
      {"標題\n\n這句到底想表達什麼」。(中時電子報)\n", {}, "中時電子報"},
      {"標題\n\n是近3個月來最大全周升幅。（林文彬／綜合外電報導）\n", {{"林文彬", Role::reporter}}, ""},
      {"標題\n\n颱風來了。（記者王小明／台北報導）\n", {{"王小明", Role::reporter}}, ""},
      {"標題\n\n颱風來了，市區多處淹水。\n\n（圖／記者王小明攝）\n\n市府呼籲民眾注意安全。\n", {{"王小明", Role::photographer}}, ""},
      {"見出し\n\n一長一短ではないでしょうか？（オフィスエムツー／佐枝せつこ）\n", {{"佐枝せつこ", Role::writer}}, ""},
      {"見出し\n\n本文です。\n\n記事執筆：memn0ck\n", {{"memn0ck", Role::writer}}, ""},
      // the note may close one of the last paragraphs, before links or code
      {"标题\n\n较2014年少两个月。(实习编译：陈悦)\n\nvar cpro_id = \"u2540721\";\n", {{"陈悦", Role::translator}}, ""},
      {"标题\n\n较2014年少两个月。(实习编译：陈悦 审稿：杜晓菲)\n",
       {{"陈悦", Role::translator}, {"杜晓菲", Role::editor}}, ""},
      {"T\n\nThe bank ranks behind BNP Paribas (BNP Paribas)\n", {}, ""},
      {"标题\n\n正文。\n\n(蔡圣朝 作者系安徽省名中医，全国老中医药专家)\n", {{"蔡圣朝", Role::author}}, ""},
      {"标题\n\n正文。\n\n作者maomaobear，为百略网旗下原创专栏作者。\n", {{"maomaobear", Role::author}}, ""},
      {"標題\n\n作者寄予同情，為車夫撰寫春聯，做了他的解憂輔導員。\n\n正文。\n", {}, ""},
      {"T\n\nThe ratio (input/output) doubled and (Reuters/Ipsos) polled.\n", {}, ""},
      {"T\n\nThe plant exploded. (CBS/AP)\n", {}, "CBS/AP"},
      {"标题\n\n他说要多读书。\n", {}, ""},
      // photo credits in the captions of markdown images
      {"T\n\nText.\n\n![Ministri puhui rajasta. Foto: Silja Viitala / Yle](https://images.example/a.jpg)\n",
       {{"Silja Viitala", Role::photographer}}, ""},
      {"T\n\n![Времето се охлажда. Снимка: Jussi Nukari / Lehtikuva](https://images.example/b.jpg)\n\nText.\n",
       {{"Jussi Nukari", Role::photographer}}, ""},
      {"T\n\n![Kuva: Anna Karismo](https://images.example/c.jpg)\n\nText.\n", {{"Anna Karismo", Role::photographer}}, ""},
      {"T\n\n![The ratio: two to one](https://images.example/d.jpg)\n\nText.\n", {}, ""},
      // a Chinese caption closing with who took the picture: "（余思嵐攝）"; an agency's picture names nobody
      {"標題\n\n![在尖沙咀一間郵局，有市民說會暫停寄件。（余思嵐攝）](https://images.example/e.jpg)\n\n正文。\n",
       {{"余思嵐", Role::photographer}}, ""},
      {"标题\n\n![习近平同越共中央总书记苏林举行会谈。（新华社）](https://images.example/f.jpg)\n\n正文。\n", {}, ""},
      // the outlet a copyright line names
      {"제목\n\n본문입니다.\n\n< 저작권자 ⓒ 국방일보, 무단전재 및 재배포 금지 >\n", {}, "국방일보"},
      {"제목\n\n본문입니다.\n\nCopyrights ⓒ '모든 시민은 기자다' 오마이뉴스, 무단전재 및 재배포 금지\n", {}, "오마이뉴스"},
      {"T\n\nText.\n\n© 2012 Reuters\n", {}, "Reuters"},
      {"제목\n\n본문입니다.\n\nⓒ 고기복\n", {}, ""},
      // the outlet followed by its site, in brackets or after "&", and a rights line set in dashes or brackets
      {"제목\n\n본문입니다.\n\nⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지\n", {}, "중앙일보"},
      {"제목\n\n본문입니다.\n\n\t- Copyrights ⓒ 조선일보 & chosun.com, 무단 전재 및 재배포 금지 -\n", {}, "조선일보"},
      {"제목\n\n본문입니다.\n\n[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]\n", {}, "매일경제"},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::footers_and_contributors);
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
  // agency-style photo credits (captions_and_credits may record more)
  for (const auto& [input, name] : std::vector<std::pair<const char*, const char*>>{
           {"T\n\nA ferry crosses the bay in this file photo. (Matt Sayles/AP Photo)\n\nText.\n", "Matt Sayles"},
           {"T\n\nThe parade. (ED Jones/AFP/Getty Images)\n\nText.\n", "ED Jones"},
           {"T\n\nText.\n\nDaniel Acker/Getty Images\n\nMore text.\n", "Daniel Acker"},
           {"T\n\nHe spoke in 1993. Photograph: Carl Court/AFP/Getty Images\n\nText.\n", "Carl Court"},
           {"标题\n\n正文。\n\n社区的打印机贴着“节约用纸”的标识 郭晨 摄\n\n正文。\n", "郭晨"},
           {"標題\n\n<figcaption>曾俊華表示，有相同的信念。何君健攝</figcaption>\n\n正文。\n", "何君健"},
           {"标题\n\n正文。\n\n(图/张雅琦 文/蒋涛)\n", "张雅琦"}}) {
    const auto p = prepare(input, Upto::footers_and_contributors);
    const auto& people = p->draft.meta.contributors;
    EXPECT_NE(std::find(people.begin(), people.end(), Contributor{name, Role::photographer}), people.end()) << input;
  }
  {
    const auto p = prepare("標題\n\n比賽結束。（編輯：張銘坤）1100731\n", Upto::footers_and_contributors);
    ASSERT_TRUE(p->draft.meta.published.has_value());
    EXPECT_EQ(p->draft.meta.published->iso(), "2021-07-31");
    EXPECT_EQ(roles(p->draft), (std::vector<std::string>{"title:標題", "paragraph:比賽結束。",
                                                         "metadata:（編輯：張銘坤）1100731"}));
  }
  const auto p = prepare("T\n\n正文。\n\n声明：晨光网独家稿件，未经授权禁止转载！\n", Upto::footers_and_contributors);
  EXPECT_EQ(roles(p->draft), (std::vector<std::string>{"title:T", "paragraph:正文。",
                                                       "metadata:声明：晨光网独家稿件，未经授权禁止转载！"}));
}


// A Japanese broadcaster's note closing its story ("おことわり" and the note
// under it: why a name is or is not given) is no part of the story.
TEST(FootersAndContributors, AClosingEditorsNoteLeavesTheBody) {
  const auto p = prepare(
      "見出し\n\n3人の被告の判決は25日に言い渡される予定です。\n\nおことわり\n"
      "HBCでは、当時18歳の特定少年の被告を実名で報じるかどうか、事件ごとに判断しています。\n",
      Upto::footers_and_contributors);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"3人の被告の判決は25日に言い渡される予定です。"}));
  // the profile of the expert interviewed, under its head at the end
  const auto q = prepare(
      "見出し\n\n妥当かつ必要な措置だったということになるでしょう。\n\n【取材協力弁護士】\n西口 竜司（にしぐち・りゅうじ）弁護士\n"
      "大阪府出身。法科大学院1期生。弁護士YouTuberとしても活動を開始している。\n事務所名：神戸マリン綜合法律事務所\n",
      Upto::footers_and_contributors);
  kept.clear();
  for (const Unit& u : q->draft.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"妥当かつ必要な措置だったということになるでしょう。"}));
}

// "Instagram* …" in the text, "*Meta is banned in Russia." closing it: the
// note the asterisk points to leaves the body; an asterisk that marks nothing
// above, or a note in the middle of the text, stays.
TEST(FootersAndContributors, TheNoteAnAsteriskPointsToLeavesTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nThe regulator will drop Instagram* and Facebook* from its registry of social networks.\n\n"
       "Users may go on using them.\n\n*Meta is banned in Russia. Instagram and Facebook are banned.\n",
       {"title:T", "paragraph:The regulator will drop Instagram* and Facebook* from its registry of social networks.",
        "paragraph:Users may go on using them.", "boilerplate:*Meta is banned in Russia. Instagram and Facebook are banned."}},
      {"T\n\nThe regulator will drop two networks from its registry of social networks.\n\n"
       "*Users may go on using them.\n",
       {"title:T", "paragraph:The regulator will drop two networks from its registry of social networks.",
        "paragraph:*Users may go on using them."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::footers_and_contributors)->draft), c.units) << c.input;
}

// An e-text's bracketed footnote ("[Footnote 1: …]", Project Gutenberg's
// convention) leaves the body; a bracket that is not a note stays.
TEST(FootersAndContributors, AnETextsBracketedFootnoteLeavesTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nThe sailors call the bird a parson.[1]\n\n[Footnote 1: I do not know under which names\n"
       "Cuvier classified these birds.]\n\nThe voyage went on.\n",
       {"title:T", "paragraph:The sailors call the bird a parson.[1]",
        "boilerplate:[Footnote 1: I do not know under which names Cuvier classified these birds.]",
        "paragraph:The voyage went on."}},
      {"T\n\n[Note the date: the letter was written in May.] It reached him late.\n",
       {"title:T", "paragraph:[Note the date: the letter was written in May.] It reached him late."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::footers_and_contributors)->draft), c.units) << c.input;
}

// An author's box flattened into the text repeats the name glued to the bio
// that starts with it: "Wes OliverWes Oliver is a professor at …". It leaves.
TEST(FootersAndContributors, AnAuthorBoxGluedToItsNameLeavesTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nThe first is guilt.\n\nWes OliverWes Oliver is a professor at Widener University who teaches criminal "
       "law.\n\nThe second is sanity.\n",
       {"title:T", "paragraph:The first is guilt.",
        "metadata:Wes OliverWes Oliver is a professor at Widener University who teaches criminal law.",
        "paragraph:The second is sanity."}},
      {"T\n\nThe first is guilt.\n\nWes Oliver is a professor at Widener University who teaches criminal law.\n\n"
       "The second is sanity.\n",
       {"title:T", "paragraph:The first is guilt.",
        "paragraph:Wes Oliver is a professor at Widener University who teaches criminal law.",
        "paragraph:The second is sanity."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::footers_and_contributors)->draft), c.units) << c.input;
}


// "8 SIDOR/TT" closing the text: the outlet and the agency it took the story
// from, in capitals, sign it off; a line of prose in capitals does not.
TEST(FootersAndContributors, AClosingOutletAndAgencyInCapitalsIsTheSource) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
    const char* source;
  };
  const Case cases[] = {
      {"T\n\nThe men were rescued.\n\n8 SIDOR/TT\n",
       {"title:T", "paragraph:The men were rescued.", "metadata:8 SIDOR/TT"}, "8 SIDOR/TT"},
      {"T\n\nThe men were rescued.\n\nCBS/AP\n", {"title:T", "paragraph:The men were rescued.", "metadata:CBS/AP"},
       "CBS/AP"},
      {"T\n\nThe men were rescued.\n\nTHE END\n", {"title:T", "paragraph:The men were rescued.", "paragraph:THE END"}, ""},
      {"T\n\n8 SIDOR/TT\n\nThe men were rescued.\n",
       {"title:T", "paragraph:8 SIDOR/TT", "paragraph:The men were rescued."}, ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::footers_and_contributors);
    EXPECT_EQ(roles(p->draft), c.units) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
}

// The outlet a closing subscription appeal names, a magazine naming its own
// issue, or a rights notice, when nothing above named one.
TEST(FootersAndContributors, TheOutletASubscriptionAppealNames) {
  struct Case {
    const char* input;
    const char* source;
  };
  const Case cases[] = {
      {"標題\n\n正文。\n\n---\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。\n", "眾新聞"},
      {"標題\n\n（中央社記者江明晏台北17日電）正文。\n\n請加入成為眾新聞的月費訂戶，長期支持我們的工作。\n", "中央社"},
      // a magazine naming its own issue
      {"標題\n\n黃仁勳近年可是大紅大紫。在本期《哈佛商業評論》的全球執行長100強排名中，他名列第二。\n", "哈佛商業評論"},
      {"标题\n\n本刊《财经周刊》记者调查发现，租金上涨。\n", "财经周刊"},
      // a programme's episode names no outlet
      {"标题\n\n本期《奔跑吧》节目中，嘉宾们来到杭州。\n", ""},
      // a rights notice names the outlet the author let publish the piece
      {"标题\n\n正文。\n\n本文为百略网授权网易财经《亦观察》发布，转载请注明出处。\n", "网易财经"},
      {"标题\n\n正文。\n\n本文由作者授权本站发布，转载请注明出处。\n", ""},
      // a copyright line naming a known outlet's site names the outlet; an unknown site names none
      {"標題\n\n正文。\n\n---\n\n原始網址：\n<https://news.rthk.hk/rthk/ch/component/k2/1800627-20250416.htm>\n\n"
       "© rthk.hk\n",
       "RTHK"},
      {"T\n\nText of the story.\n\n© 2023 cnn.com\n", "CNN"},
      {"T\n\nText of the story.\n\n© example.org\n", ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::footers_and_contributors);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
}

}  // namespace
}  // namespace artconv::plaintext
