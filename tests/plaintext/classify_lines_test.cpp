#include <gtest/gtest.h>

#include <ctime>
#include <span>
#include <string>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

// A line alone, its kind, and what the group captured (Group::name with ""
// captures nothing to check).
struct KindCase {
  const char* line;
  LineKind kind;
  Group group;
  const char* captured;
};

void expect_kinds(std::span<const KindCase> cases) {
  for (const KindCase& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    const Line& line = p->draft.lines.at(0);
    EXPECT_EQ(line_kind_name(line.kind), line_kind_name(c.kind)) << c.line;
    if (c.group != Group::name || *c.captured) {
      EXPECT_EQ(p->draft.evidence_of(line)[c.group], c.captured) << c.line;
    }
  }
}

TEST(ClassifyLines, EachLineGetsOneKindAndItsEvidence) {
  const KindCase cases[] = {
      {"2017-08-04 08:36:55|來源:新民晚報|編輯:彭麗", LineKind::label_line, Group::name, ""},
      {"By Jane Smith and Tom O'Neill, Reuters", LineKind::byline, Group::name, "Jane Smith and Tom O'Neill, Reuters"},
      // the byline word alone (the names on the next line), a date's label alone (the date on the next)
      {"By", LineKind::byline, Group::name, ""},
      {"Von", LineKind::byline, Group::name, ""},
      {"and", LineKind::byline, Group::name, ""},
      {"and Andrew TangelFollow", LineKind::byline, Group::name, "Andrew TangelFollow"},
      {"and Mary Smith said the plan would work", LineKind::text, Group::name, ""},
      {"And Then There Were None", LineKind::text, Group::name, ""},
      {"PUBLISHED:", LineKind::boilerplate, Group::name, ""},
      {"Updated:", LineKind::boilerplate, Group::name, ""},
      {"Last updated at 4:32 PM on 15th February 2012", LineKind::boilerplate, Group::name, ""},
      {"Updated Oct 24, 2024, 4:27 pm EDT / Original Oct 23, 2024, 10:27 pm EDT", LineKind::boilerplate, Group::name, ""},
      {"Bylines", LineKind::text, Group::name, ""},
      // the Daily Mail's captions: a short kicker, a colon, a long description that ends no sentence
      {"Dangerous weapon: This picture shows a knife with 19-year-old Marcel Maden's name engraved on the blade",
       LineKind::caption, Group::caption,
       "Dangerous weapon: This picture shows a knife with 19-year-old Marcel Maden's name engraved on the blade"},
      {"Booked: Sarah Jones and her mother Cheryl, right, both pleaded not guilty to their charges and will stand trial",
       LineKind::caption, Group::name, ""},
      {"Victory? Bengal cheerleader and teacher Sarah Jones has sued the website for character defamation",
       LineKind::caption, Group::name, ""},
      // a quote ends its sentence; a headline with its kicker is short; a label in capitals is no kicker
      {"Wigston said: 'We may never know what they were doing lined up under that rock that day, not ever'",
       LineKind::text, Group::name, ""},
      {"Exclusive: Carmaker plans to cut 10,000 jobs as profits slump", LineKind::text, Group::name, ""},
      {"NOTE: the figures below were revised after the close of trading on Friday in New York and London",
       LineKind::text, Group::name, ""},
      {"（记者 张三 李四）", LineKind::reporter_line, Group::name, "张三 李四"},
      // Taiwanese papers: the reporter, a slash, the place the story was filed from
      {"記者王小明／台北報導", LineKind::reporter_line, Group::name, "王小明"},
      {"〔記者王小明／台北報導〕", LineKind::reporter_line, Group::name, "王小明"},
      // a desk, a slash, its reporter or its compiled report
      {"生活中心／林奇樺報導", LineKind::reporter_line, Group::name, "林奇樺"},
      {"社會中心／綜合報導", LineKind::reporter_line, Group::name, ""},
      // mainland papers: the reporter, then the place filed from (a long place from the vocabulary)
      {"记者周文广州报道", LineKind::reporter_line, Group::place, "广州"},
      {"记者周文广州报道", LineKind::reporter_line, Group::name, "周文"},
      {"本报记者 王小林 石家庄报道", LineKind::reporter_line, Group::place, "石家庄"},
      {"记者王刚石家庄报道", LineKind::reporter_line, Group::name, "王刚"},
      {"记者会上，发言人通报了调查进展", LineKind::text, Group::name, ""},
      {"（圖／記者王小明攝）", LineKind::credit, Group::name, "王小明"},
      {"圖片默認標題_fororder_3", LineKind::placeholder, Group::caption, ""},
      {"[Image: A flooded street]", LineKind::placeholder, Group::caption, "A flooded street"},
      {"(圖片攝影 劉歆)", LineKind::credit, Group::name, "劉歆"},
      {"Credit: Harbor Authority", LineKind::credit, Group::caption, "Harbor Authority"},
      {"A ferry crosses the bay. (AP Photo/Lena Ortiz)", LineKind::caption, Group::name, "Lena Ortiz"},
      {"2 of 7. Volunteers stack sandbags.", LineKind::caption, Group::caption, "Volunteers stack sandbags."},
      {"（晨报记者 王小林 摄）", LineKind::credit, Group::name, "王小林"},
      {"新华社记者 李贺 王鹏 摄", LineKind::credit, Group::name, "李贺 王鹏"},
      {"新华社记者 张三", LineKind::reporter_line, Group::name, "张三"},
      // Korean picture credits: an agency's partner, the file picture, who shot it, who gave it
      {"[AP=연합뉴스]", LineKind::credit, Group::name, ""},
      {"[연합뉴스 자료사진]", LineKind::credit, Group::name, ""},
      {"[촬영 홍길동]", LineKind::credit, Group::name, "홍길동"},
      {"[홍길동 제공. 재판매 및 DB 금지]", LineKind::credit, Group::name, ""},
      {"사진=연합뉴스", LineKind::credit, Group::caption, "연합뉴스"},
      {"[단독] 정부, 내년 예산 500조 넘는다", LineKind::text, Group::name, ""},
      // the paper a portal's story is from, in brackets, is metadata; a picture's source is a credit
      {"（来源：北京人才市场报）", LineKind::label_line, Group::name, ""},
      {"（图片来源：新华社）", LineKind::credit, Group::name, "新华社"},
      // bylines of papers: the city filed from; a military paper's names around its role word
      {"本报记者陈雪频实习记者唐翔发自上海", LineKind::reporter_line, Group::place, "上海"},
      {"本报记者 李明 发自北京", LineKind::reporter_line, Group::name, "李明"},
      {"张连军　熊言春　本报特约通讯员　韩光　张旭航", LineKind::reporter_line, Group::name,
       "张连军　熊言春　本报特约通讯员　韩光　张旭航"},
      {"www.XINHUANET.com2006年02月01日 20:00:35来源：新华网", LineKind::label_line, Group::name, ""},
      // a markdown repost's furniture: the way home, a linked picture, a call to follow
      {"###  [:house:返回首頁](https://github.com/ourhimalayas/txt)", LineKind::boilerplate, Group::name, ""},
      {"[返回首页](https://example.cn/)", LineKind::boilerplate, Group::name, ""},
      {"[![](https://x.org/a.jpg)](https://x.org/a.jpg)", LineKind::placeholder, Group::text, "https://x.org/a.jpg"},
      {"[!\\[\\](https://x.org/a.jpg?id=1&amp;size=1024)](https://x.org/a.jpg)", LineKind::placeholder, Group::text,
       "https://x.org/a.jpg?id=1&amp;size=1024"},
      {"[![](https://x.org/b.jpg)](https://x.org/b.jpg) 2019年9月15日的抗議現場。照片：Studio Incendo。", LineKind::placeholder,
       Group::caption, "2019年9月15日的抗議現場。照片：Studio Incendo。"},
      {"更多資訊，歡迎訂閱[美東香草山農場官方推特賬號](https://twitter.com/Mos_Himalaya) ！", LineKind::code_ad, Group::name,
       ""},
      {"欢迎关注本报微信公众号", LineKind::code_ad, Group::name, ""},
      {"## 雲南瑞麗連夜封城，我們應該警覺什麼？", LineKind::heading, Group::text, "雲南瑞麗連夜封城，我們應該警覺什麼？"},
      {"`2020-09-20 18:39 喜馬拉雅戰鷹團 Himalaya Hawk Squad` [轉載自GNews](https://gnews.org/zh-hant/371952/)",
       LineKind::related_link, Group::name, ""},
      {"**香港民主運動獲2020年自由獎，活動人士羅冠聰呼籲世界遏制中共國**", LineKind::heading, Group::text,
       "香港民主運動獲2020年自由獎，活動人士羅冠聰呼籲世界遏制中共國"},
      {"**簡評：**", LineKind::heading, Group::text, "簡評："},
      {"**Everyone agreed the plan was late.**", LineKind::text, Group::name, ""},
      {"分享到:", LineKind::boilerplate, Group::name, ""},
      // a page's tools: the type size, print, close
      {"【字体：大 中 小】", LineKind::boilerplate, Group::name, ""},
      {"字號：大 中 小", LineKind::boilerplate, Group::name, ""},
      {"【打印本页】【关闭窗口】", LineKind::boilerplate, Group::name, ""},
      {"[字号 大 中 小] [我要打印] [关闭]", LineKind::boilerplate, Group::name, ""},
      {"字号大中小三种规格都有货。", LineKind::text, Group::name, ""},
      // a portal's links: a correction box, back to the portal, a report button, a topic page
      {"【纠错】", LineKind::boilerplate, Group::name, ""},
      {"返回搜狐，查看更多", LineKind::boilerplate, Group::name, ""},
      {"举报/反馈", LineKind::boilerplate, Group::name, ""},
      {"点击进入专题：两会", LineKind::boilerplate, Group::name, ""},
      {"返回家乡以后，他才发现更多问题。", LineKind::text, Group::name, ""},
      {"Facebook Twitter Email", LineKind::boilerplate, Group::name, ""},
      {"相關新聞：", LineKind::related_link, Group::name, ""},
      {"관련기사", LineKind::related_link, Group::name, ""},
      {"많이 본 뉴스", LineKind::related_link, Group::name, ""},
      // a portal's plug for the outlet's channel
      {"▶ 네이버에서 한국일보 구독하기", LineKind::boilerplate, Group::name, ""},
      {"☞ 네이버 채널에서 '뉴스1' 구독버튼 누르기!", LineKind::boilerplate, Group::name, ""},
      {"▶정부는 내년부터 네이버와 카카오의 구독 서비스를 점검한다.", LineKind::text, Group::name, ""},
      {"(function(){ var s=document.createElement('script'); })();", LineKind::code_ad, Group::name, ""},
      {"Share your flood photos with NewsDesk.", LineKind::code_ad, Group::name, ""},
      {"Buy Now", LineKind::code_ad, Group::name, ""},
      {"(Reporting by Ana Lee; Writing by Sam Ruiz; Editing by Kay Moss)", LineKind::footer, Group::text,
       "Reporting by Ana Lee; Writing by Sam Ruiz; Editing by Kay Moss)"},
      {"Network reporters Jo Kim and Raj Patel contributed to this report.", LineKind::footer, Group::text,
       "Network reporters Jo Kim and Raj Patel"},
      {"Follow Dana Voss on Twitter @dvoss", LineKind::footer, Group::name, "Dana Voss"},
      {"Original article on Daily Orbit.", LineKind::footer, Group::source, "Daily Orbit"},
      // a repost's credit to the outlet it was taken from, perhaps set in <em> with the address
      // a repost's link to the original: the site's name, when it is an outlet we know, is the source
      {"[原文](https://www.bbc.com/zhongwen/simp/chinese-news-61467390)", LineKind::boilerplate, Group::outlet, "bbc"},
      {"原文链接：https://www.reuters.com/world/china/story-2022-05-18/", LineKind::boilerplate, Group::outlet,
       "reuters"},
      // a credit note set in <em>, the people labelled by their jobs: not a paragraph
      {"<em>（特约记者：扬帆   责编：胡力汉/嘉远  网编：洪伟）</em>", LineKind::footer, Group::name, ""},
      {"<em>上圖：張聖業</em>", LineKind::text, Group::name, ""},
      {"<em>图文转自BBC中文： <https://www.bbc.com/zhongwen/simp/chinese-news-45204596></em>", LineKind::footer,
       Group::source, "BBC中文"},
      {"圖文轉自明報： <https://news.mingpao.com/pns/article/20190510/s00013/1557426263856>", LineKind::footer,
       Group::source, "明報"},
      {"本文转自：澎湃新闻", LineKind::footer, Group::source, "澎湃新闻"},
      {"这段视频转自朋友圈，随后被删除。", LineKind::text, Group::name, ""},
      {"声明：晨光网独家稿件，未经授权禁止转载！", LineKind::footer, Group::name, ""},
      {"（李明）", LineKind::footer, Group::name, "李明"},
      {"- first item", LineKind::list_item, Group::text, "first item"},
      {"1. first item", LineKind::list_item, Group::marker, "1."},
      // an RFC's bullet: "o" and two spaces; one space, or "O", opens no item
      {"o  Use Network Time Protocol [NTP] to obtain the time in UTC.", LineKind::list_item, Group::text,
       "Use Network Time Protocol [NTP] to obtain the time in UTC."},
      {"o bien se quedaba en casa.", LineKind::text, Group::name, ""},
      {"O  Captain! my Captain!", LineKind::text, Group::name, ""},
      {"== History ==", LineKind::heading, Group::text, "History"},
      {"## Radio | Clear News | Monday", LineKind::heading, Group::text, "Radio | Clear News | Monday"},
      {"#【毕业季】校医院保驾护航", LineKind::heading, Group::text, "【毕业季】校医院保驾护航"},
      {"#hashtag", LineKind::text, Group::name, ""},
      // a digest's item number is not part of the heading
      {"## 48. 刘国中在安徽调研时强调 全力以赴夺取夏粮丰收", LineKind::heading, Group::text, "刘国中在安徽调研时强调 全力以赴夺取夏粮丰收"},
      {"## 2. Beijing promised to 'fight back' over Taiwan leader's US visit", LineKind::heading, Group::text,
       "Beijing promised to 'fight back' over Taiwan leader's US visit"},
      {"## 2024 in review", LineKind::heading, Group::text, "2024 in review"},
      {"Postel                                                          [Page 1]", LineKind::boilerplate, Group::name, ""},
      {"RFC 1321              MD5 Message-Digest Algorithm            April 1992", LineKind::boilerplate, Group::name,
       ""},
      {"> quoted", LineKind::quote, Group::text, "quoted"},
      {"The minister said the plan was ready.", LineKind::text, Group::name, ""},
      {"3.5 million people voted.", LineKind::text, Group::name, ""},
      {"By the end of the day the river had risen.", LineKind::text, Group::name, ""},
  };
  expect_kinds(cases);
}

TEST(ClassifyLines, PageMarkupAndCrawlerLeftovers) {
  const KindCase cases[] = {
      {"![Volunteers stack sandbags. Photo: Jo Kim / Yle](https://images.example.org/a.jpg)", LineKind::placeholder,
       Group::caption, "Volunteers stack sandbags. Photo: Jo Kim / Yle"},
      {"![](https://images.example.org/c_crop,h_1080/b.jpg)", LineKind::placeholder, Group::caption, ""},
      // BBC pages as extractors flatten them: the picture's credit and caption run into one line
      {"Image copyright Getty Images Image caption Facebook's chief executive has declined to answer questions",
       LineKind::caption, Group::caption, "Facebook's chief executive has declined to answer questions"},
      {"Image copyright PA Image caption Bob Corker at a rally in July 2016", LineKind::caption, Group::caption,
       "Bob Corker at a rally in July 2016"},
      {"Image caption Twenty-one people were killed", LineKind::caption, Group::caption, "Twenty-one people were killed"},
      {"Media playback is unsupported on your device Media caption This video has been removed for rights reasons",
       LineKind::caption, Group::caption, "This video has been removed for rights reasons"},
      {"Media playback is unsupported on your device", LineKind::boilerplate, Group::name, ""},
      {"Image copyright Reuters", LineKind::boilerplate, Group::name, ""},
      // the section labels of an XSum ".summary" file (BBC stories): "[SN]TITLE[SN]", "[SN]RESTBODY[SN]"
      {"[SN]URL[SN]", LineKind::boilerplate, Group::name, ""},
      {"[SN]FIRST-SENTENCE[SN]", LineKind::boilerplate, Group::name, ""},
      // a corpus file's comment fields over its text ("# doc_id = …", "# url = …", CoNLL-U's "# sent_id = …")
      {"# doc_id = news_world_001", LineKind::boilerplate, Group::name, ""},
      {"# url = https://dantri.com.vn/the-gioi/dai-su-azerbaijan-20201001182039979.htm", LineKind::boilerplate,
       Group::name, ""},
      {"# date = 20201001", LineKind::boilerplate, Group::name, ""},
      {"# A = B is a heading about equality", LineKind::heading, Group::text, "A = B is a heading about equality"},
      {"<img src=\"https://images.example.org/news/2019/06/a-very-long-path-of-an-archived-image-20190628215630_2dc5_"
       "large.jpg\" alt=\"\">",
       LineKind::placeholder, Group::name, ""},
      {"<figcaption>工人检修线路。读者供图</figcaption>", LineKind::caption, Group::caption, "工人检修线路。读者供图"},
      // a picture block on one line, its caption between the tags after the <img>
      {"<div style=\"text-align:center\"><img src=\"/images/a2.jpg\" width=\"90%\"/><br>沈夢雨（左二）等人遞交公開信<br></div>",
       LineKind::caption, Group::caption, "沈夢雨（左二）等人遞交公開信"},
      {"<div style=\"text-align:center\"><img src=\"/images/Zh-A2.jpg\" width=\"90%\"/><br><small>David Harvey等海外人士拍照声援。"
       "</small></br></div>",
       LineKind::caption, Group::caption, "David Harvey等海外人士拍照声援。"},
      {"<figure>", LineKind::code_ad, Group::name, ""},
      {"</figure>", LineKind::code_ad, Group::name, ""},
      {"{{< video src=\"https://video.example.org/embed/x\" >}}", LineKind::code_ad, Group::name, ""},
      {"// #大字体 居中显示", LineKind::code_ad, Group::name, ""},
      {"/*300*250 原生 创建于 2016-03-03*/", LineKind::code_ad, Group::name, ""},
      {"---", LineKind::boilerplate, Group::name, ""},
      {"* * *", LineKind::boilerplate, Group::name, ""},
      {"#-", LineKind::boilerplate, Group::name, ""},
      {"|", LineKind::boilerplate, Group::name, ""},
      {"Content:", LineKind::boilerplate, Group::name, ""},
      {"正文：", LineKind::boilerplate, Group::name, ""},
      {"Title:", LineKind::boilerplate, Group::name, ""},
      {"责任编辑：", LineKind::boilerplate, Group::name, ""},
      {"图片：", LineKind::boilerplate, Group::name, ""},
      {"Updated at 11:31 a.m. ET", LineKind::boilerplate, Group::name, ""},
      {"Updated July 23, 2012, 7:10 p.m. ET", LineKind::boilerplate, Group::name, ""},
      {"[03月20日 16時35分]", LineKind::boilerplate, Group::name, ""},
      {"新闻1.jpg：http://today.example.edu.cn/_upload/article/images/5.jpg", LineKind::related_link, Group::name, ""},
      {"https://example.org/a/b", LineKind::related_link, Group::name, ""},
      {"kyustar@newsis.example.com", LineKind::related_link, Group::name, ""},
      {"Click on graph for larger image in graph gallery.", LineKind::code_ad, Group::name, ""},
      {"【材料·党建】材料学院召开党风廉政警示教育大会:http://today.example.edu.cn/2019/1.htm", LineKind::related_link,
       Group::name, ""},
      {"See https://example.org/a for the report.", LineKind::text, Group::name, ""},
      {"欧佩克会议召开在即纽约原油净多头小增2015/06/01", LineKind::related_link, Group::text,
       "欧佩克会议召开在即纽约原油净多头小增"},
      {"李克强：给社会长期稳定发展预期2013/11/05", LineKind::related_link, Group::name, ""},
      {"A girl meets friends downtown. (Daniel Sorabji/AFP/Getty Images)", LineKind::caption, Group::name,
       "Daniel Sorabji"},
      {"An investor watches a stock board in Tokyo. (KAZU TSUNO/AFP/Getty Images)", LineKind::caption,
       Group::caption, "An investor watches a stock board in Tokyo."},
      {"The suspect appeared in court with bright orange hair. Photo: AP.", LineKind::caption, Group::name, ""},
      {"The minister leaves the court in London. Photograph: Jane Roe/AFP/Getty Images", LineKind::caption, Group::caption,
       "The minister leaves the court in London."},
      {"A map of the flooded valley. Illustration: Guardian Design", LineKind::caption, Group::name, ""},
      // a credit naming a photographer and two agencies, and a photo illustration's (WSJ pages)
      {"An Indonesian rescue team lifting a pair of tires from the Lion Air flight. Photo: AZWAR IPANK/AGENCE "
       "FRANCE-PRESSE/GETTY IMAGES",
       LineKind::caption, Group::caption, "An Indonesian rescue team lifting a pair of tires from the Lion Air flight."},
      {"Here’s a look at the layers of the plane maker’s quality process. Photo illustration: JJ Lin", LineKind::caption,
       Group::caption, "Here’s a look at the layers of the plane maker’s quality process."},
      // the comment prompt closing a page: its head and its question
      {"SHARE YOUR THOUGHTS", LineKind::code_ad, Group::name, ""},
      {"How should the Justice Department approach the case? Join the conversation below.", LineKind::code_ad,
       Group::name, ""},
      {"What do you think? Join the conversation below.", LineKind::code_ad, Group::name, ""},
      {"Share your thoughts freely, the mayor told residents at the meeting.", LineKind::text, Group::name, ""},
      {"Tweet", LineKind::boilerplate, Group::name, ""},
      {"Tweet Pin it Email", LineKind::boilerplate, Group::name, ""},
      {"[第三图：（png/clean.webp）光盘行动（网图）]", LineKind::placeholder, Group::caption, "（png/clean.webp）光盘行动（网图）"},
      {"Harden的母親。（圖／翻攝自YouTube ESPN）檢視相片Harden的母親。", LineKind::caption, Group::caption, "Harden的母親。"},
      {"**相關文章：**", LineKind::related_link, Group::name, ""},
      {"[TVB直插谷底：傳媒公信力啟示](https://example.org/a/1)", LineKind::related_link, Group::name, ""},
      {"月費訂戶 [網址：example.org/subscribe](/web/2021/https://example.org/subscribe)", LineKind::related_link,
       Group::name, ""},
      {"政府清算 [香港電台的檢討報告](https://example.org/r.pdf)，報告沒有告訴你的事很多。", LineKind::text, Group::name, ""},
      {"・ドコモの最新スマホに強い味方！AQUOS PHONE用ケース", LineKind::list_item, Group::text, "ドコモの最新スマホに強い味方！AQUOS PHONE用ケース"},
      {"Thủ tướng Phạm Minh Chính. (Ảnh: VGP)", LineKind::caption, Group::caption, "Thủ tướng Phạm Minh Chính."},
      {"國泰金控靠一套方法論，協助各子公司進行大量系統遷移。圖片來源:國泰金控", LineKind::caption, Group::caption,
       "國泰金控靠一套方法論，協助各子公司進行大量系統遷移。"},
      {"工人在郑州检修受损的基站。 图片来源：视觉中国", LineKind::caption, Group::caption, "工人在郑州检修受损的基站。"},
      {"他說，資料來源：國泰金控年報，並不完整。", LineKind::text, Group::name, ""},
      {"Check it out ...", LineKind::code_ad, Group::name, ""},
      {"Check it out here!", LineKind::code_ad, Group::name, ""},
      {"Check it out for yourself when the museum opens next week.", LineKind::text, Group::name, ""},
      // a newsletter's sign-up under the story, however long its pitch
      {"Sign up for our Politics Essential newsletter to read top political analysis, gain insight from across the UK "
       "and stay up to speed with the big moments. It'll be delivered straight to your inbox every weekday.",
       LineKind::code_ad, Group::name, ""},
      {"Subscribe to our daily newsletter to get the top stories of the day delivered to your inbox each morning.",
       LineKind::code_ad, Group::name, ""},
      {"Sign up for the trial was slow, the company said, as most patients preferred to wait for the newsletter.",
       LineKind::text, Group::name, ""},
      {"▲ 사업장 이동을 요구하는 이주노동자", LineKind::caption, Group::caption, "사업장 이동을 요구하는 이주노동자"},
      {"Copyrights ⓒ '모든 시민은 기자다' 오마이뉴스, 무단전재 및 재배포 금지", LineKind::boilerplate, Group::name, ""},
      {"<audio src=\"/mp3/journal.mp3\" controls></audio>", LineKind::code_ad, Group::name, ""},
      {"Destiny Noel. (@__LoveNoelxo) October 30, 2012", LineKind::related_link, Group::name, ""},
      {"Love this pic.example/x — Jane Roe (@jroe) May 2, 2016", LineKind::related_link, Group::name, ""},
      {"■モバステ通信の記事をもっと見る", LineKind::related_link, Group::name, ""},
      {"新闻：", LineKind::boilerplate, Group::name, ""},
      {"149comments", LineKind::boilerplate, Group::name, ""},
      {"이정호 기자 dolph@hankyung.example.com", LineKind::reporter_line, Group::name, "이정호"},
      {"임승창기자 (sclim@kbs.example.kr)", LineKind::reporter_line, Group::name, "임승창"},
      {"Danica Kirka can be reached at http://twitter.com/DanicaKirka", LineKind::footer, Group::name, "Danica Kirka"},
      {"Jane Roe jroe@example.com", LineKind::footer, Group::name, "Jane Roe"},
      {"Write to us at desk@example.com if you saw the flood yourself.", LineKind::text, Group::name, ""},
      {"[摘要：在埃洛普入主诺基亚之前，诺基亚如日中天。]", LineKind::boilerplate, Group::name, ""},
      {"阅读提示｜7月4日，省医改办发布消息称，全省将推行家庭医生。", LineKind::text, Group::name, ""},
      {"기사 공유하기", LineKind::boilerplate, Group::name, ""},
      {"스크랩", LineKind::boilerplate, Group::name, ""},
      {"Chia sẻ Facebook", LineKind::boilerplate, Group::name, ""},
      {"Chia sẻ Zalo", LineKind::boilerplate, Group::name, ""},
      {"Chú thích ảnh", LineKind::boilerplate, Group::name, ""},
      {"< 저작권자 ⓒ 국방일보, 무단전재 및 재배포 금지 >", LineKind::boilerplate, Group::name, ""},
      {"댓글", LineKind::boilerplate, Group::name, ""},
      {"24", LineKind::boilerplate, Group::name, ""},
      {"Jul", LineKind::boilerplate, Group::name, ""},
      {"epa07182847", LineKind::boilerplate, Group::name, ""},
      {"11:21am, EDT", LineKind::boilerplate, Group::name, ""},
      {"July", LineKind::text, Group::name, ""},
      {"▲'시험대' 오른 시진핑 = 1인 중심의 장기집권 체제의 토대를 마련한 중국의 절대 권력자.", LineKind::text, Group::name, ""},
      {"cv-phung-khoang-2-1-.jpg", LineKind::placeholder, Group::name, ""},
      {"He sent photo.jpg", LineKind::text, Group::name, ""},
      {"Watch the segment below via Fox News Channel:", LineKind::code_ad, Group::name, ""},
      {"See the full list of U.S. stores here.", LineKind::code_ad, Group::name, ""},
      {"The plan cuts 30 jobs in the first year and closes two plants by the end of...Read MoreRead More",
       LineKind::related_link, Group::name, ""},
      {"Officials said the storm was the worst in a decade … Continue reading »", LineKind::related_link, Group::name, ""},
      {"He said he would read more... and he did.", LineKind::text, Group::name, ""},
      // a page's "Print" link
      {"Print", LineKind::boilerplate, Group::name, ""},
      {"Print this article", LineKind::boilerplate, Group::name, ""},
      {"Print run doubled.", LineKind::text, Group::name, ""},
      {"?", LineKind::boilerplate, Group::name, ""},
      {"？？？", LineKind::boilerplate, Group::name, ""},
      {"專題／蔡總統關心什麼？就職演說全文與Facebook貼文解析", LineKind::related_link, Group::name, ""},
      {"专题：2020年全国两会", LineKind::related_link, Group::name, ""},
      {"Does this article fire you up? Comment below and your opinion could be featured.", LineKind::code_ad,
       Group::name, ""},
      {"(For updates you can share with your friends, follow NewsDesk on Facebook and Twitter)", LineKind::code_ad,
       Group::name, ""},
      // not furniture: metadata, list items and prose keep their kinds
      {"He said it was a tough call (for the AP/Reuters pool).", LineKind::text, Group::name, ""},
      {"Watch the river, he said, because it rises fast here.", LineKind::text, Group::name, ""},
      {"发布时间： 2020-03-18", LineKind::label_line, Group::name, ""},
      {"- first item", LineKind::list_item, Group::text, "first item"},
      {"The vote was set for 2015/06/01.", LineKind::text, Group::name, ""},
      {"Content: the river rose.", LineKind::text, Group::name, ""},
  };
  expect_kinds(cases);
}

// Article dumps in markdown and portal page footers: labels in bold are still
// labels ("**来源：** …"), labels that only sort the article ("分类：", "Tags:")
// are metadata, a label left with nothing after it is furniture, and a portal's
// licence and report-line footer is boilerplate. Prose that mentions these
// words stays text.
TEST(ClassifyLines, MarkdownLabelsAndPortalFooters) {
  struct Case {
    const char* line;
    LineKind kind;
  };
  const Case cases[] = {
      {"**来源：** 时政频道  ", LineKind::label_line},
      {"**时间：** Mon, 03 Apr 2023 13:38:22 GMT", LineKind::label_line},
      {"**分类：** politics", LineKind::label_line},
      {"**语言：** zh", LineKind::label_line},
      {"**Source:** Reuters", LineKind::label_line},
      {"__Published:__ 2023-04-03", LineKind::label_line},
      {"Tags: Hong Kong, Economy", LineKind::label_line},
      // a digest's Markdown table of metadata: its rows are no text
      {"| Field         | Value                                                       |", LineKind::boilerplate},
      {"| 🏷️ Title       | Bandara Juanda Buka Rute Surabaya-Bangkok 3 Kali Sepekan |", LineKind::boilerplate},
      {"| 📝 Description | Bandara Juanda Surabaya kini layani penerbangan langsung ke Bangkok! |", LineKind::boilerplate},
      {"| 🔗 Short URL   | http://money.kompas.com/read/2025/06/02/214400626/bandara-juanda |", LineKind::boilerplate},
      {"| urlshort    | http://kmp.im/AGI8u3 |", LineKind::boilerplate},
      {"| 👤 Author      | Achmad Faizal |", LineKind::reporter_line},
      {"| editor      | Mohamad Bintang Pamungkas |", LineKind::reporter_line},
      // a paginated e-book's running footer: the site's address alone
      {"                                                               www.nead.unama.br", LineKind::boilerplate},
      {"www.example.com.br", LineKind::boilerplate},
      {"www.example.com is where the forms are filed.", LineKind::text},
      // a table of figures in a story stays text
      {"| Rank | Team | Points |", LineKind::text},
      {"關鍵詞：颱風 停班停課", LineKind::label_line},
      {"原始網址：", LineKind::boilerplate},
      {"電子郵件:", LineKind::boilerplate},
      {"原文链接：", LineKind::boilerplate},
      {"人民日报社概况|关于人民网|报社招聘|招聘英才|广告服务|合作加盟|版权服务|数据服务", LineKind::boilerplate},
      {"人民日报违法和不良信息举报电话：010-65363263    举报邮箱：jubao@people.cn", LineKind::boilerplate},
      {"互联网新闻信息服务许可证10120170001|增值电信业务经营许可证B1-20060139|京ICP备12004265号-13",
       LineKind::boilerplate},
      {"京网文﹝2023﹞4325-128号互联网新闻信息服务许可编号：11220180001北京新浪互联信息服务有限公司",
       LineKind::boilerplate},
      {"廣告 | 會員條款 | 私隱政策 | 聯絡我們 | 網站地圖", LineKind::boilerplate},
      {"人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用Copyright © 1997-2025 by "
       "www.people.com.cn. all rights reserved",
       LineKind::boilerplate},
      // an editor's note and a related link an extractor glued to its headline
      {"This story has been updated with additional reporting.", LineKind::footer},
      {"Related articleChina thinks it's diplomatically isolating Taiwan. It isn't", LineKind::related_link},
      // prose keeps its kind
      {"Related articles are listed at the foot of the page.", LineKind::text},
      {"This story was told to me by my grandmother.", LineKind::text},
      {"记者从市场监管局举报电话了解到，该公司已于上月停业。", LineKind::text},
      {"The firm said its ICP licence was renewed in May after a long review.", LineKind::text},
      {"He asked: which comes first, the rule or the habit?", LineKind::text},
  };
  for (const Case& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    EXPECT_EQ(line_kind_name(p->draft.lines.at(0).kind), line_kind_name(c.kind)) << c.line;
  }
}

// A learners' glossary appended to a Japanese article: the words with their
// readings, and their dictionary senses. Prose that holds a reading stays text.
TEST(ClassifyLines, JapaneseGlossaryLines) {
  struct Case {
    const char* line;
    LineKind kind;
  };
  const Case cases[] = {
      {"総理大臣(そうりだいじん)", LineKind::boilerplate},
      {"助(たす)ける", LineKind::boilerplate},
      {"疑い(うたが)", LineKind::boilerplate},
      {"大統領: だいとうりょう", LineKind::boilerplate},
      {"総理大臣： 1）内閣総理大臣のこと。内閣の最高責任者。首相。総理。", LineKind::boilerplate},
      {"ファン： 1）スポーツなどが、特別に好きな人。2）扇風機。送風機。", LineKind::boilerplate},
      {"岸田総理大臣(そうりだいじん)は「子どもたちのために」と話しました。", LineKind::text},
      {"国際刑事裁判所「プーチン大統領が戦争犯罪をした疑い」", LineKind::text},
  };
  for (const Case& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    EXPECT_EQ(line_kind_name(p->draft.lines.at(0).kind), line_kind_name(c.kind)) << c.line;
  }
}

// A Chinese outlet's subscription appeal closing the text names the outlet.
TEST(ClassifyLines, ChineseSubscriptionAppeal) {
  struct Case {
    const char* line;
    LineKind kind;
    const char* outlet;
  };
  const Case cases[] = {
      {"請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。",
       LineKind::boilerplate, "眾新聞"},
      {"请成为端传媒的付费会员，支持独立新闻。", LineKind::boilerplate, "端传媒"},
      {"成為會員的第一年，他每月都來上課。", LineKind::text, ""},
      {"請加入成為社區中心的會員，每月活動很多，老人家說這是他退休後最開心的事情之一，因為可以認識很多新朋友。",
       LineKind::text, ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    const Line& line = p->draft.lines.at(0);
    EXPECT_EQ(line_kind_name(line.kind), line_kind_name(c.kind)) << c.line;
    EXPECT_EQ(p->draft.evidence_of(line)[Group::outlet], c.outlet) << c.line;
  }
}

// A PTT (批踢踢) post as a crawler or the BBS stores it: the post's header, the
// signature lines and the readers' push comments (colour codes left in or not)
// are the board's furniture; the article quoted in the post is text.
TEST(ClassifyLines, BulletinBoardPostFurniture) {
  const KindCase cases[] = {
      {"作者: cheinshin (那就這樣吧) 看板: Gossiping", LineKind::boilerplate, Group::name, ""},
      {"作者: thouloveme (赫赫) 看板: Gossiping", LineKind::boilerplate, Group::name, ""},
      {"※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 49.216.65.39 (臺灣)", LineKind::boilerplate, Group::name, ""},
      {"※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1608551127.A.91E.html", LineKind::boilerplate, Group::name, ""},
      {"※ 編輯: cheinshin (49.216.65.39 臺灣), 12/21/2020 19:52:54", LineKind::boilerplate, Group::name, ""},
      {"推 elec1141: 吃壞肚子                                              12/21 18:55", LineKind::boilerplate,
       Group::name, ""},
      {"→ blairkimi: 怕 恐怖 懷念馬政府                                   12/21 18:55", LineKind::boilerplate,
       Group::name, ""},
      {"\x1b[1;31m噓 \x1b[33mandy199113\x1b[0;33m: 死牛肉乾 好吃好吃                   \x1b[37m 12/21 18:55",
       LineKind::boilerplate, Group::name, ""},
      {"\x1b[1;37m推 \x1b[33mindium111\x1b[m\x1b[33m: TVBS什麼時候變成綠媒了XD          \x1b[m 12/21 19:54",
       LineKind::boilerplate, Group::name, ""},
      // the board's form for a news post: its field labels alone, the values on the lines below
      {"1.媒體來源:", LineKind::boilerplate, Group::name, ""},
      {"2.記者署名:", LineKind::boilerplate, Group::name, ""},
      {"4.完整新聞內文:", LineKind::boilerplate, Group::name, ""},
      {"5.完整新聞連結 (或短網址):", LineKind::boilerplate, Group::name, ""},
      {"6.備註:", LineKind::boilerplate, Group::name, ""},
      // prose that looks like it
      {"作者: 王小明", LineKind::label_line, Group::name, ""},
      {"推動改革的人說: 這是十年來最大的改變。", LineKind::text, Group::name, ""},
  };
  expect_kinds(cases);
}

// Korean photo captions: a wire photo's caption with its photographer, date and
// address; a caption closing with who provided the picture ("부대 제공").
TEST(ClassifyLines, KoreanPhotoCaptions) {
  struct Case {
    const char* line;
    LineKind kind;
    const char* name;
    const char* caption;
  };
  const Case cases[] = {
      {"【베를린(독일)=뉴시스】전진환 기자 = 문재인 대통령이 6일 오후(현지시간) 베를린시청에서 연설을 하고 있다. 2017.07.06. "
       "amin2@newsis.example.com",
       LineKind::caption, "전진환", "문재인 대통령이 6일 오후(현지시간) 베를린시청에서 연설을 하고 있다."},
      {"(서울=연합뉴스) 홍길동 기자 = 시민들이 우산을 쓰고 출근하고 있다. 2018.7.4 / hong@yna.example.kr", LineKind::caption,
       "홍길동", "시민들이 우산을 쓰고 출근하고 있다."},
      {"29일 열린 연구성과 발표회에서 정주호 일병이 ‘신발류 품질 개선 방안’에 대해 발표하고 있다. 부대 제공", LineKind::caption,
       "", "29일 열린 연구성과 발표회에서 정주호 일병이 ‘신발류 품질 개선 방안’에 대해 발표하고 있다."},
      // prose that provides something stays text
      {"(서울=연합뉴스) 홍길동 기자 = 정부는 4일 새 대책을 발표했다. 문의는 hong@yna.example.kr 로 하면 된다.", LineKind::text, "",
       ""},
      {"회사는 고객에게 무료 배송 서비스를 제공", LineKind::text, "", ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    const Line& line = p->draft.lines.at(0);
    EXPECT_EQ(line_kind_name(line.kind), line_kind_name(c.kind)) << c.line;
    EXPECT_EQ(p->draft.evidence_of(line)[Group::name], c.name) << c.line;
    EXPECT_EQ(p->draft.evidence_of(line)[Group::caption], c.caption) << c.line;
  }
}

// What is left of a portal's link list when its links were taken out: the
// arrows alone ("▶", "▶  /"), boilerplate; an arrow before words stays a line.
TEST(ClassifyLines, ArrowsLeftOfARemovedLinkListAreBoilerplate) {
  const KindCase cases[] = {
      {"▶", LineKind::boilerplate, Group::name, ""},
      {"▶  /", LineKind::boilerplate, Group::name, ""},
      {"\t\t▶  ", LineKind::boilerplate, Group::name, ""},
      {"▷ ▷", LineKind::boilerplate, Group::name, ""},
  };
  expect_kinds(cases);
  const auto p = prepare("▶ 제보하기\n", Upto::classify_lines);
  EXPECT_NE(line_kind_name(p->draft.lines.at(0).kind), line_kind_name(LineKind::boilerplate));
}

// English news pages as scrapers copy them: toolbar and share-button lines, relative time
// stamps, the "Add … on Google" button, an opinion page's editor's note naming its author,
// a bare outlet credit over the text ("CNN —"), newsletter promotions, a wire photo's caption
// syndicated "via" an agency, and a picture's alt text between its credit and the same
// credit glued to its end. Prose with the same words stays prose.
TEST(ClassifyLines, EnglishNewsPageFurniture) {
  const KindCase cases[] = {
      {"Listen Comment on this story Comment Gift Article Share", LineKind::boilerplate, Group::name, ""},
      {"GiftOutline Gift Article", LineKind::boilerplate, Group::name, ""},
      {"Save", LineKind::boilerplate, Group::name, ""},
      {"Listen (7 mins)", LineKind::boilerplate, Group::name, ""},
      {"Add as preferred on Google", LineKind::boilerplate, Group::name, ""},
      {"Add Al Jazeera on Google", LineKind::boilerplate, Group::source, "Al Jazeera"},
      {"CLICK HERE TO GET THE FOX NEWS APP", LineKind::code_ad, Group::source, "FOX NEWS"},
      {"More from the BBC", LineKind::related_link, Group::source, "BBC"},
      {"Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.",
       LineKind::boilerplate, Group::source, "BBC"},
      {"3 days ago", LineKind::boilerplate, Group::name, ""},
      {"16 hours ago", LineKind::boilerplate, Group::name, ""},
      {"2 hr 53 min ago", LineKind::boilerplate, Group::name, ""},
      {"CNN —", LineKind::byline, Group::name, "CNN"},
      {"Get our free weekly newsletter Sign up for CNN Opinion’s newsletter. Join us on Twitter and Facebook",
       LineKind::code_ad, Group::name, ""},
      {"Editor’s Note: Julian Zelizer, a CNN political analyst, is a professor of history at Princeton "
       "University. The views expressed in this commentary are his own.",
       LineKind::footer, Group::name, "Julian Zelizer"},
      {"President Joe Biden signs the bill on the South Lawn of the White House in Washington. "
       "(AP Photo/Patrick Semansky) via Associated Press",
       LineKind::caption, Group::name, "Patrick Semansky"},
      {"Reuters Meta CEO Mark Zuckerberg on a stage motioning toward the glasses on his face.Reuters", LineKind::caption,
       Group::caption, "Meta CEO Mark Zuckerberg on a stage motioning toward the glasses on his face."},
      {"Ivan Maurizi A man wearing glasses and a blue collared shirt.Ivan Maurizi", LineKind::caption, Group::name, ""},
      {"Getty Images A logo of Claude on an iPhone, with a background of the company's star-like logoGetty Images",
       LineKind::caption, Group::name, ""},
      // a video's caption with its credit; the Guardian's "Show caption" over a lead picture's caption
      {"Russian opposition politician Ilya Yashin was jailed for eight and a half years on Dec. 9. (Video: Reuters)",
       LineKind::caption, Group::name, ""},
      {"Show caption Art Buchwald in 1958. Photograph: ZUMA Press, Inc./Alamy Books ‘He has been forgotten’",
       LineKind::caption, Group::caption, "Art Buchwald in 1958. Photograph: ZUMA Press, Inc./Alamy Books ‘He has been forgotten’"},
      // prose
      {"Save the Children said the convoy reached the city on Monday.", LineKind::text, Group::name, ""},
      {"Listen to the full interview with the minister on our podcast.", LineKind::text, Group::name, ""},
      {"Three days ago the river burst its banks.", LineKind::text, Group::name, ""},
      {"Reuters reported the deal on Friday, citing people familiar with Reuters.", LineKind::text, Group::name, ""},
      {"Editor’s note: this story has been updated.", LineKind::text, Group::name, ""},
  };
  expect_kinds(cases);
}

// Lines of Chinese and Korean portal pages a new source showed: a News1
// picture's caption closing with its © credit (and photographer), a TV
// script's hand-over to its reporter, a portal's provenance and disclaimer
// lines, and a bare source line (no picture's credit).
TEST(ClassifyLines, CopyrightCreditsHandOversAndProvenance) {
  const KindCase cases[] = {
      {"29일 정부세종청사에서 열린 대테러 종합훈련에서 테러범이 드론을 이용해 차량을 폭파하고 있다. 2018.11.29/뉴스1 © News1 장수영 기자",
       LineKind::caption, Group::name, "장수영"},
      {"미국의 MQ-9 리퍼 무인항공기 © AFP=뉴스1", LineKind::caption, Group::caption, "미국의 MQ-9 리퍼 무인항공기"},
      {"시민들이 우산을 쓰고 출근하고 있다. ⓒ 연합뉴스", LineKind::caption, Group::caption, "시민들이 우산을 쓰고 출근하고 있다."},
      {"저작권자 © 뉴스1 무단전재 및 재배포 금지", LineKind::boilerplate, Group::name, ""},
      {"Copyright © 뉴스1. All rights reserved. 무단 전재 및 재배포 금지.", LineKind::boilerplate, Group::name, ""},
      {"< 저작권자 ⓒ 국방일보, 무단전재 및 재배포 금지 >", LineKind::boilerplate, Group::name, ""},
      {"김형래 기자입니다.", LineKind::reporter_line, Group::name, "김형래"},
      {"KBS 뉴스 임승창입니다.", LineKind::reporter_line, Group::name, "임승창"},
      {"다행입니다.", LineKind::text, Group::name, ""},
      {"그는 기자입니다.", LineKind::text, Group::name, ""},
      {"그녀가 기자입니다.", LineKind::text, Group::name, ""},
      {"本文来自腾讯新闻客户端自媒体，不代表腾讯新闻的观点和立场。", LineKind::footer, Group::name, ""},
      {"免责声明", LineKind::footer, Group::name, ""},
      {"内容来自北青网", LineKind::footer, Group::name, ""},
      {"来源：北晚新视觉综合", LineKind::label_line, Group::name, ""},
      {"图片来源：视觉中国", LineKind::credit, Group::caption, "视觉中国"},
      {"内容来自网友的投稿占了一半以上，编辑部每天都要筛选。", LineKind::text, Group::name, ""},
  };
  expect_kinds(cases);
}

// A Chinese picture caption closing with its photographer: "…。 新华社记者张领摄",
// "…。 王小林 摄"; prose and a credit naming no person stay what they were.
TEST(ClassifyLines, ChineseCaptionsClosingWithThePhotographer) {
  struct Case {
    const char* line;
    LineKind kind;
    const char* name;
  };
  const Case cases[] = {
      {"11月9日，国务院总理李克强在北京人民大会堂会见来华进行国事访问的美国总统特朗普。 新华社记者张领摄", LineKind::caption, "张领"},
      {"市民在湿地公园散步。 王小林 摄", LineKind::caption, "王小林"},
      {"工人检修受损的基站。新华社记者 黄孝邦 摄", LineKind::caption, "黄孝邦"},
      {"工人检修受损的基站。 图片来源：视觉中国", LineKind::caption, ""},
      {"工人检修线路。 读者供图", LineKind::caption, ""},
      {"志愿者在社区发放物资。受访者供圖", LineKind::caption, ""},
      {"他说照片是读者供图的。", LineKind::text, ""},
      {"无人机分队开展灾情侦察。他说这是他第一次拍摄", LineKind::text, ""},
      {"他们在公园里拍照留念。大家都很喜欢拍摄", LineKind::text, ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(std::string(c.line) + "\n", Upto::classify_lines);
    const Line& line = p->draft.lines.at(0);
    EXPECT_EQ(line_kind_name(line.kind), line_kind_name(c.kind)) << c.line;
    EXPECT_EQ(p->draft.evidence_of(line)[Group::name], c.name) << c.line;
  }
}

// Lines built to make a backtracking engine explode: each reads in well
// under a second, and nothing hangs. The sanitizer build runs several times
// slower; an exponential match would still blow its budget.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kBudgetSeconds = 20.0;
#else
constexpr double kBudgetSeconds = 4.0;  // CPU time; 1.1 s was seen on a loaded 2-core machine
#endif

TEST(ClassifyLines, AdversarialLinesReadInLinearTime) {
  std::vector<std::string> inputs;
  std::string tokens;
  for (int i = 0; i < 31; ++i) tokens += "QQ ";
  inputs.push_back(tokens + "x\n");  // the share-bar pattern's old worst case
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "Facebook | ";
  inputs.push_back(many + "x\n");
  inputs.push_back(std::string(100'000, 'a') + "\n");
  inputs.push_back("(" + std::string(100'000, ' ') + ")\n");
  std::string parens;
  for (int i = 0; i < 20000; ++i) parens += "(圖 ";
  inputs.push_back(parens + ")\n");
  std::string caps;
  for (int i = 0; i < 5000; ++i) caps += "AB ";
  inputs.push_back(caps + "(Reuters) x\n");
  inputs.push_back("By " + std::string(100, 'A') + " and " + std::string(50'000, 'B') + "\n");
  std::string short_lines;
  for (int i = 0; i < 1'000'000; ++i) short_lines += "a\n";
  inputs.push_back(short_lines);
  std::string dashes;
  for (int i = 0; i < 50'000; ++i) dashes += "- ";
  inputs.push_back(dashes + "\n");
  std::string contributed;
  for (int i = 0; i < 3000; ++i) contributed += "contributed ";
  inputs.push_back(contributed + "\n");
  inputs.push_back("![" + std::string(100'000, '[') + "\n");
  inputs.push_back("<" + std::string(100'000, '<') + ">\n");
  std::string stamp;
  for (int i = 0; i < 30; ++i) stamp += "1 ";
  inputs.push_back("Time: " + stamp + "x\n");
  std::string dated;
  for (int i = 0; i < 40; ++i) dated += "新闻2015/06/0";
  inputs.push_back(dated + "\n");
  for (const std::string& input : inputs) {
    // Processor time, not wall time: the build machine is shared.
    const std::clock_t start = std::clock();
    const auto p = prepare(input, Upto::headings);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_LT(seconds, kBudgetSeconds) << input.substr(0, 60) << "… (" << input.size() << " bytes)";
    EXPECT_TRUE(p->diagnostics.empty()) << input.substr(0, 60) << ": " << p->diagnostics.warnings().front().message;
  }
}

// The CJK rows on lines built to make them backtrack: each reads in well under
// a second, and nothing gives up.
TEST(ClassifyLines, CjkRowsReadInLinearTime) {
  const auto repeat = [](std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::vector<std::string> inputs = {
      repeat("総理(そうり)", 20000) + "\n",
      "看板： 1）" + repeat("あ", 30000) + "\n",
      "看板： 1）" + repeat("あ。", 30000) + "\n",
      "【베를린=뉴시스】홍길동 기자 = " + repeat("사진 2017.07.06. ", 5000) + "x@y\n",
      repeat("발표하고 있다. 부대 ", 5000) + "제공\n",
      "請加入成為" + repeat("眾新聞", 20000) + "的月費訂戶\n",
      "販売元：" + repeat("A", 50000) + "\n",
      // a head over a long run of pictures, and the run itself
      "標題\n\n正文第一段，很長很長很長很長很長很長很長很長很長很長很長很長。\n\n小標題\n\n" +
          repeat("圖片默認標題_fororder_3\n", 100000) + "正文。\n",
      // boxes under rules stacked without end
      "T\n\nOne.\n\nTwo.\n\nThree.\n\n" + repeat("---\n\nx\n\n", 40000),
  };
  for (const std::string& input : inputs) {
    const std::clock_t start = std::clock();
    const auto p = prepare(input, Upto::headings);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_LT(seconds, kBudgetSeconds) << input.substr(0, 60) << "… (" << input.size() << " bytes)";
    EXPECT_TRUE(p->diagnostics.empty()) << input.substr(0, 60);
  }
}

}  // namespace
}  // namespace artconv::plaintext
