#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(ExtractHeader, MetadataLinesBylinesAndDatelines) {
  struct Case {
    const char* input;
    const char* source;
    const char* dateline;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"T\n\n2017-08-04 08:36:55|來源:新民晚報|編輯:彭麗 |責編:劉徵宇\n\n正文。\n", "新民晚報", "",
       {{"彭麗", Role::editor}, {"劉徵宇", Role::responsible_editor}}},
      // a byline naming the outlet is its reporters'
      {"T\n\nBy Jane Smith and Tom O'Neill, Reuters\n\nText.\n", "Reuters", "",
       {{"Jane Smith", Role::reporter}, {"Tom O'Neill", Role::reporter}}},
      {"T\n\nLONDON, Nov. 27 (Reuters) - Crews worked.\n", "Reuters", "LONDON", {}},
      {"T\n\nBERGEN, Norway/OSLO (Wirenews) - Crews worked.\n", "Wirenews", "BERGEN, Norway/OSLO", {}},
      {"T\n\n(Newsline) -- Crews worked through the night.\n", "Newsline", "", {}},
      // a byline without its "By" (BBC Sport's page): the name over its outlet or its job, over the text
      {"T\n\nJack Herrall\nBBC Sport Scotland\nCeltic blew the chance to reach the Champions League after a "
       "defeat in a penalty shootout away to Kairat Almaty.\n", "BBC Sport Scotland", "", {{"Jack Herrall", Role::author}}},
      {"T\n\nSimon Stone\nChief football news reporter\nBarcelona and their finances have been the subject of "
       "intense debate for a number of years.\n", "", "", {{"Simon Stone", Role::reporter}}},
      // a page's dateline and outlet credit left alone on a line over the text ("Washington CNN —")
      {"T\n\nWashington CNN —\n\nFormer Vice President Mike Pence on Wednesday declined to say whether he would vote "
       "for the former president.\n",
       "CNN", "Washington", {}},
      {"T\n\nAbu Dhabi, UAE CNN —\n\nThe United Arab Emirates said on Friday it had intercepted two missiles over "
       "the capital.\n",
       "CNN", "Abu Dhabi, UAE", {}},
      // the same cards copied as one line, glued: "Name,Job" entries joined by a glued "and"
      {"T\n\nMarc Cieslak,AI correspondentandMatt Murphy,BBC Verify\n\nTech giant Palantir has pushed back against "
       "concerns that military use of its AI platforms could lead to unforeseen risks.\n",
       "BBC", "", {{"Marc Cieslak", Role::correspondent}, {"Matt Murphy", Role::author}}},
      {"T\n\nJohn Smith\nJane Doe\nBarcelona and their finances have been the subject of intense debate for "
       "a number of years.\n", "", "", {}},
      {"T\n\n(CBS/AP) WILSON, N.Y. - An early morning blast leveled a house.\n", "CBS/AP", "WILSON, N.Y.", {}},
      // an agency or a news site's name opens the story, a dash after it (Brazilian, Indonesian portals)
      {"T\n\nEstadão Conteúdo - Após a indecisão sobre qual posicionamento adotar, o ministro falou.\n",
       "Estadão Conteúdo", "", {}},
      {"T\n\nFolhapress - A presidente defendeu o ajuste fiscal.\n", "Folhapress", "", {}},
      {"T\n\nJAKARTA, KOMPAS.com - Pemerintah melonggarkan aturan jumlah orang yang hadir.\n", "KOMPAS.com",
       "JAKARTA", {}},
      {"T\n\nTEMPO.CO, Jakarta - Presiden meresmikan jembatan.\n", "TEMPO.CO", "Jakarta", {}},
      // the same opening set in Markdown bold, the dash inside or outside the bold
      {"T\n\n**SURABAYA, KOMPAS.com** - Bandara Juanda membuka rute baru.\n", "KOMPAS.com", "SURABAYA", {}},
      {"T\n\n**JAKARTA, KOMPAS.com - **Pihak ACC menegaskan gedung itu kosong.\n", "KOMPAS.com", "JAKARTA", {}},
      // a digest's Markdown table of metadata: its author and editor rows name the makers
      {"T\n\n| Field | Value |\n|---|---|\n| 👤 Author | Achmad Faizal |\n| ✏️ Editor | Erlangga Djumena |\n\n"
       "Bandara Juanda membuka rute baru.\n",
       "", "", {{"Achmad Faizal", Role::author}, {"Erlangga Djumena", Role::editor}}},
      {"T\n\n| Field | Value |\n|---|---|\n| author      | Hafizh Wahyu Darmawan |\n| editor | Mohamad Bintang |\n\n"
       "Pihak ACC menegaskan gedung itu kosong.\n",
       "", "", {{"Hafizh Wahyu Darmawan", Role::author}, {"Mohamad Bintang", Role::editor}}},
      // a sentence with a dash in it names no outlet
      {"T\n\nMaria Silva - uma das fundadoras - falou ontem.\n", "", "", {}},
      {"T\n\nPHILADELPHIA July 24, 2012 (AP)\n\nThe body was found.\n", "AP", "PHILADELPHIA", {}},
      {"T\nPress Trust of India\n\nNew Delhi: The Army troops deployed along the border.\n", "Press Trust of India", "",
       {}},
      {"标题\n\n参考消息网5月4日报道 据路透社巴黎4月30日报道。\n", "参考消息网", "", {}},
      {"标题\n\n网易财经7月4日讯3日晚，一份会议纪要被曝光。\n", "网易财经", "", {}},
      {"标题\n\n香港万得通讯社报道，周四纽约原油期货下跌。\n", "香港万得通讯社", "", {}},
      {"T\n\nAug 9 (Reuters) - Global warming is close.\n", "Reuters", "", {}},
      {"T\n\nSOFIA, Nov 7 (Reuters) - Marquinhos returns.\n", "Reuters", "SOFIA", {}},
      {"T\nBy The Associated Press\n\nText.\n", "The Associated Press", "", {}},
      // the outlet on the line under the byline: AP's "By DAVE CARPENTER" / "THE ASSOCIATED PRESS"
      {"T\n\nBy DAVE CARPENTER\nTHE ASSOCIATED PRESS\n\nMOSCOW -- It's still one of the world's wonders.\n",
       "THE ASSOCIATED PRESS", "", {{"DAVE CARPENTER", Role::reporter}}},
      {"T\n\nBy Jane Roe\nReuters said the talks would resume.\n\nText.\n", "", "", {{"Jane Roe", Role::author}}},
      {"T\n\nBy Jane Roe\nAssociated Press Writer\n\nText.\n", "Associated Press", "", {{"Jane Roe", Role::reporter}}},
      {"T\n\nBy Mike Whalley BBC Sport\n\nText.\n", "BBC Sport", "", {{"Mike Whalley", Role::reporter}}},
      {"标题\n\n新华社北京8月4日电（记者 张三 李四）国务院新闻办公室4日举行发布会。\n", "新华社", "北京",
       {{"张三", Role::reporter}, {"李四", Role::reporter}}},
      {"标题\n\n新华社南京五月三日电(李明)会议召开。\n", "新华社", "南京", {{"李明", Role::reporter}}},
      {"标题\n\n晨光网5月3日消息：会议召开。\n", "晨光网", "", {}},
      // "据新华社报道": according to another outlet, which is no source of this one
      {"标题\n\n据新华社报道，北京市今天发布了新的交通规划。\n", "", "", {}},
      {"標題\n\n據中央社報導，台北市今天發布新的交通規劃。\n", "", "", {}},
      {"标题\n\n本报讯（记者 李明）会议召开。\n", "", "", {{"李明", Role::reporter}}},
      // the reporter, then the place filed from: opening the text or on a line of its own
      {"标题\n\n记者周文广州报道　广州今天发布新的交通规划。\n", "", "广州", {{"周文", Role::reporter}}},
      {"标题\n\n本报记者王刚石家庄报道 会议召开。\n", "", "石家庄", {{"王刚", Role::reporter}}},
      {"标题\n\n记者 周文 广州报道\n\n广州今天发布新的交通规划。\n", "", "广州", {{"周文", Role::reporter}}},
      {"标题\n\n（记者王小林上海报道）\n\n会议召开。\n", "", "上海", {{"王小林", Role::reporter}}},
      {"标题\n\n记者会上，部长宣布了新的交通规划。\n", "", "", {}},
      // a Taiwanese newsroom's desk and its reporter
      {"標題\n\n生活中心／林奇樺報導\n\n近日頻傳陽明山國家公園野放牛隻暴斃事件。\n", "", "", {{"林奇樺", Role::reporter}}},
      {"標題\n\n社會中心／綜合報導\n\n近日頻傳陽明山國家公園野放牛隻暴斃事件。\n", "", "", {}},
      {"T\n\nBy the end of the day the river had risen.\n", "", "", {}},
      {"标题\n\n正文。\n\n本报记者 王五\n", "", "", {{"王五", Role::reporter}}},
      {"标题\n半月谈评论员 江欣泽\n正文在这里。\n", "半月谈", "", {{"江欣泽", Role::author}}},
      // "环球网报道 实习记者 王博雅琪": the outlet's report, then its reporter (also behind a crawler's "正文:")
      {"标题\n\n环球网报道 实习记者 王博雅琪\n\n据路透社7日报道，禁止购买通信设备。\n", "环球网", "",
       {{"王博雅琪", Role::reporter}}},
      {"标题: 如封杀华为中兴\n\n正文: 环球网报道 记者 李明 王五\n\n据路透社7日报道，禁止购买通信设备。\n", "环球网", "",
       {{"李明", Role::reporter}, {"王五", Role::reporter}}},
      // a crawler's flattened body opens with the time, the outlet's report and its reporter
      {"标题: 如封杀华为中兴\n\n正文: 2019-06-09 08:23:23,环球网报道 实习记者 王博雅琪 \u3000\u3000据路透社7日报道。\u3000\u3000路透社称。\n",
       "环球网", "", {{"王博雅琪", Role::reporter}}},
      {"标题\n\n新浪科技讯北京时间10月17日晚间消息，据报道。\n", "新浪科技", "", {}},
      // CNA: the reporter inside the bracket; a special dispatch is the correspondent's
      {"標題\n\n（中央社記者楊啟芳台北31日電）「麟洋配」今天奪金。\n", "中央社", "台北", {{"楊啟芳", Role::reporter}}},
      {"標題\n\n（中央社記者林育立柏林17日專電）德國銀行合併。\n", "中央社", "柏林",
       {{"林育立", Role::correspondent}}},
      {"標題\n\n（中央社記者吳家豪、江明晏台北15日電）會議召開。\n", "中央社", "台北",
       {{"吳家豪", Role::reporter}, {"江明晏", Role::reporter}}},
      {"標題\n\n（中央社紐約26日綜合外電報導）國際油價反彈。\n", "中央社", "紐約", {}},
      // Korean wire bylines, at the start or inside the opening line
      {"제목\n(서울=연합뉴스) 박상현 기자 = 지난해 10월 개최된 대회.\n", "연합뉴스", "서울", {{"박상현", Role::reporter}}},
      {"제목\n(베이징=연합뉴스) 김윤구 김진방 특파원 = 굉음이 들려왔다.\n", "연합뉴스", "베이징",
       {{"김윤구", Role::correspondent}, {"김진방", Role::correspondent}}},
      {"제목\n\n【서울=뉴시스】김태규 기자 = 북한 김정은 국무위원장이.\n", "뉴시스", "서울", {{"김태규", Role::reporter}}},
      {"제목\n\n사진 설명. 트위터 갈무리 (서울=뉴스1) 이유진 기자 = 러시아의 팝가수.\n", "뉴스1", "서울",
       {{"이유진", Role::reporter}}},
      {"제목\n\n사진 설명./게티이미지코리아[마이데일리 = 몬테레이(멕시코) 최병진 기자]2026 북중미 월드컵.\n", "마이데일리",
       "몬테레이", {{"최병진", Role::reporter}}},
      {"제목\n\n[ 이정호 기자 ] 애플이 공식 사과했다.\n", "", "", {{"이정호", Role::reporter}}},
      {"제목\n(구톈, 중국 2019년 5월 16일 AsiaNet=연합뉴스) 따뜻하고 화창한 5월.\n", "AsiaNet", "구톈", {}},
      {"제목\n[고기복 기자]\n\n본문입니다.\n", "", "", {{"고기복", Role::reporter}}},
      {"제목\n\n본문입니다.\n\n한정호 기자jhh@zdnet.co.kr\n", "", "", {{"한정호", Role::reporter}}},
      {"제목\n\n본문입니다.\n\n[신동흔 기자 dhshin@chosun.com]\n", "", "", {{"신동흔", Role::reporter}}},
      // an article body that opens with the outlet's bracketed byline and a bracketed deck, no headline
      {"[머니투데이 이소은 기자] [현대차, 1일 서울시에 착공계 제출…서울시 \"이번주 중 끝내려 노력\"]\n\n"
       " 현대차 글로벌비즈니스센터(GBC) 착공이 이르면 이번주 중 가능해질 전망이다. \n\n두 번째 문단입니다.\n",
       "머니투데이", "", {{"이소은", Role::reporter}}},
      {"제목\n\n본문입니다.\n\n임승창기자 (sclim@kbs.co.kr)\n", "", "", {{"임승창", Role::reporter}}},
      // role words inside reporter lines and label values; 通讯员 contributes
      {"标题\n\n&nbsp;&nbsp;南方日报讯 （记者/刘秋宜 通讯员/张灿）7月28日，是世界肝炎日。\n", "南方日报", "",
       {{"刘秋宜", Role::reporter}, {"张灿", Role::contributor}}},
      {"标题\n\n正文在这里。\n\n文/广州日报记者翁淑贤\n通讯员穗卫计宣\n", "广州日报", "",
       {{"翁淑贤", Role::reporter}, {"穗卫计宣", Role::contributor}}},
      {"标题\n　　□记者郭致远文图\n\n正文在这里。\n", "", "", {{"郭致远", Role::reporter}}},
      {"标题\n半月谈记者：郑生竹 向定杰\n正文在这里。\n", "半月谈", "",
       {{"郑生竹", Role::reporter}, {"向定杰", Role::reporter}}},
      {"標題\n作者：\"實習記者林倩茹\"\n\n正文。\n", "", "", {{"林倩茹", Role::reporter}}},
      {"標題\n作者：\"台灣特派員鄭智仁\"\n\n正文。\n", "", "", {{"鄭智仁", Role::correspondent}}},
      {"標題\nauthor: \"安思危\"\n\n正文。\n", "", "", {{"安思危", Role::author}}},
      // markup before a metadata line; the dateline after a stray line
      {"#标题\n#+来源： 新闻网\n#-\n新闻网讯（通讯员 叶天响）为帮助学生安全返校。\n", "新闻网", "",
       {{"叶天响", Role::contributor}}},
      {"标题\n\n中国台湾网5月3日讯 会议召开。\n", "中国台湾网", "", {}},
      {"标题\n\n四组新闻石景山2026年9月9日电 近日，记者采访了部分学生。\n", "四组新闻", "石景山", {}},
      {"标题\n\n　　【环球网综合报道】据法新社4月27日报道，报告显示。\n", "环球网", "", {}},
      // a flash's label in the same brackets names no outlet
      {"标题\n\n【速報】当時18歳の男に懲役20年を求刑しました。\n", "", "", {}},
      {"标题\n\n【快讯】【快报】美联储宣布降息。\n", "", "", {}},
      // 文 is the author's label in Chinese, the vocabulary that defines it first
      {"見出し\n（文＝佐枝せつこ）\n\n本文です。\n", "", "", {{"佐枝せつこ", Role::author}}},
      {"标题\n时间：：2018年11月19日\n\n正文。\n\n(图/张雅琦 文/蒋涛)\n", "", "", {}},
      {"DIE VERWANDLUNG\n\nVON\n\nFRANZ KAFKA\n\nI.\n\nText.\n", "", "", {{"FRANZ KAFKA", Role::author}}},
      {"Title: 火星の記憶\nTranslator: 林清俊(Kiyotoshi Hayashi)\n\nText.\n", "", "",
       {{"林清俊(Kiyotoshi Hayashi)", Role::translator}}},
      {"Posted by Max Fisher on October 31, 2012 at 5:27 pm\n\nText.\n", "", "", {{"Max Fisher", Role::author}}},
      {"Title: Florante at Laura\nCommentator: Carlos Ronquillo y Valdez\n\nText.\n", "", "",
       {{"Carlos Ronquillo y Valdez", Role::contributor}}},
      {"제목\n\n본문입니다.\n\nKBS 뉴스 임승창입니다.\n", "KBS", "", {{"임승창", Role::reporter}}},
      // the anchor hands over to the reporter, who is named
      {"제목\n\n앵커 멘트입니다.\n\n김형래 기자입니다.\n\n<기자>\n\n본문입니다.\n", "", "", {{"김형래", Role::reporter}}},
      // a source line closing the page: the outlet, without the word that says the copy was compiled
      {"标题\n\n正文。\n\n来源：北晚新视觉综合\n", "北晚新视觉", "", {}},
      // a headline glued to an agency's lead ("…灾情侦察中新网成都6月18日电 (廖雪芝 樊莉)…"): the lead
      // names the outlet, the place and the reporters; what stands before it is the headline
      {"四川测绘应急无人机航摄作业 开展震区灾情侦察中新网成都6月18日电 (廖雪芝 樊莉)记者18日从四川省测绘地理信息局获悉，"
       "无人机分队紧急奔赴地震灾区。\n",
       "中新网", "成都", {{"廖雪芝", Role::reporter}, {"樊莉", Role::reporter}}},
      // an outlet's name in a sentence is no lead
      {"标题\n\n记者从新华社北京分社获悉，3月5日电视台将直播开幕式。\n", "", "", {}},
      // a Korean wire's picture caption over the dateline leaves the dateline to open the text
      {"제목\n\n테러범이 드론을 이용해 차량을 폭파하고 있다. 2018.11.29/뉴스1 © News1 장수영 기자\n\n"
       "(서울=뉴스1) 문대현 기자 = 미국 CIA요원 밥은 명령을 받는다.\n\n본문입니다.\n",
       "뉴스1", "서울", {{"문대현", Role::reporter}}},
      {"Title: a headline\n\nThủ tướng: Nghiên cứu xây thêm kho dự trữ xăng dầu\n(VTC News) - Cùng yêu cầu xây dựng ngay "
       "kho dầu thô tại Nghi Sơn.\n", "VTC News", "", {}},
      // a glossary entry is no byline
      {"見出し\n\n本文です。\n\n記者：取材したり書いたりする人。\n", "", "", {}},
      // an RFC's header: the authors in its right column
      {"Network Working Group                                       L. Masinter\n"
       "Request for Comments: 2324                                 1 April 1998\n"
       "Category: Informational\n\n\n          Hyper Text Coffee Pot Control Protocol\n\nText.\n",
       "", "", {{"L. Masinter", Role::author}}},
      // Aozora Bunko: the author under the title
      {"魚服記\n太宰治\n\n-------\n【テキスト中に現れる記号について】\n\n本文。\n", "", "", {{"太宰治", Role::author}}},
      {"半七捕物帳\n猫騒動\n岡本綺堂\n\n本文。\n\n底本：「半七捕物帳」\n", "", "", {{"岡本綺堂", Role::author}}},
      {"标题\n副标题\n\n本文。\n", "", "", {}},
      // a source label naming a feed ("CNN.com - RSS Channel - …") names its outlet; one naming a
      // site's section (时政频道) names none, and the wire's dateline does
      {"## 2. A headline\n\n**来源：** CNN.com - RSS Channel - App International Edition  \n"
       "**时间：** Tue, 04 Apr 2023 07:49:53 GMT  \n\nText of the story.\n",
       "CNN", "", {}},
      {"T\n\nSource: BBC News - World\n\nText.\n", "BBC News", "", {}},
      {"## 48. 标题\n\n**来源：** 时政频道  \n\n新华社合肥6月5日电 中共中央政治局委员到安徽调研。\n", "新华社", "合肥", {}},
      {"标题\n来源：财经频道\n\n正文。\n", "", "", {}},
      // a paper's print edition after its name (a date, a page) is not its name; a bracket without one is
      {"标题\n来源：人民日报（2019年03月05日 04 版）\n\n正文。\n", "人民日报", "", {}},
      {"标题\n來源：經濟日報(2019-03-05)\n\n正文。\n", "經濟日報", "", {}},
      {"标题\n来源：央视新闻（北京）\n\n正文。\n", "央视新闻（北京）", "", {}},
      {"T\n\nSource: Harbor Times - a weekly\n\nText.\n", "Harbor Times - a weekly", "", {}},
      // an opening taken for the title still names the outlet and the reporter
      {"（中央社記者楊啟芳台北31日電）「麟洋配」今天奪金。\n\n第二段。\n", "中央社", "台北", {{"楊啟芳", Role::reporter}}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.meta.dateline, c.dateline) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}

// German agency copy sets its dateline's place in title case: "Berlin (dpa) - ",
// "Frankfurt/Main (dpa-AFX) - " (a satirical site copies the form: "(dpo)"); a
// name of two words with a party after it is no dateline.
TEST(ExtractHeader, TitleCaseDatelinesOfGermanAgencyCopy) {
  struct Case {
    const char* input;
    const char* source;
    const char* dateline;
  };
  const Case cases[] = {
      {"T\n\nBerlin (dpa) - Die Regierung hat am Montag ein neues Gesetz beschlossen.\n", "dpa", "Berlin"},
      {"T\n\nFrankfurt/Main (dpa-AFX) - Die Acme AG hat einen Auftrag erhalten.\n", "dpa-AFX", "Frankfurt/Main"},
      {"T\n\nBerlin (dpo) - Geschafft! Ein Hamsterkäufer hat seine letzte Packung Nudeln aufgebraucht.\n", "dpo",
       "Berlin"},
      {"T\n\nMünchen (AFP) \u2013 Der Prozess beginnt im Mai.\n", "AFP", "München"},
      {"T\n\nAngela Merkel (CDU) - die Kanzlerin - sprach lange.\n", "", ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.meta.dateline, c.dateline) << c.input;
  }
}

// Chinese papers and portals the corpus had not seen (issue 9): a byline naming the
// city the reporters filed from, a military paper's names around its role word, a
// portal's date line after the site's address or with the source label glued to the
// time, a source label with the date after one space, a Hong Kong paper's bracketed
// credit and a tech site's lead.
TEST(ExtractHeader, ChineseBylinesAndPortalLinesOfUnseenPapers) {
  struct Case {
    const char* input;
    const char* source;
    const char* dateline;
    const char* date;  // date_only(), "" for none
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"\u3000\u3000本报记者陈雪频实习记者唐翔发自上海\n\u3000\u3000一家刚刚成立两年的网络支付公司，它的目标是上市。\n", "",
       "上海", "", {{"陈雪频", Role::reporter}, {"唐翔", Role::reporter}}},
      {"标题\n\n本报记者 李明 发自北京\n\n会议今天召开，讨论了明年的工作安排和预算。\n", "", "北京", "",
       {{"李明", Role::reporter}}},
      {"\u3000\u3000张连军\u3000熊言春\u3000本报特约通讯员\u3000韩光\u3000张旭航\n\u3000\u3000深夜，两军狭路相逢，展开殊死搏杀。\n",
       "", "", "",
       {{"张连军", Role::author}, {"熊言春", Role::author}, {"韩光", Role::contributor}, {"张旭航", Role::contributor}}},
      {"标题\n\u3000\u3000www.XINHUANET.com2006年02月01日 20:00:35来源：新华网\n\u3000\u3000正文第一段。\n", "新华网", "",
       "2006-02-01", {}},
      {"标题\n\u3000\u3000http://www.sina.com.cn 2006年01月28日10:31\n\u3000\u3000正文第一段。\n", "", "", "2006-01-28",
       {}},
      {"标题\n\n2019-03-05 10:20:30来源：人民网\n\n正文第一段。\n", "人民网", "", "2019-03-05", {}},
      {"标题\n\n来源：新京报 2019-03-05\n\n正文第一段。\n", "新京报", "", "2019-03-05", {}},
      {"标题\n\n（星島日報報道）本港運動員在東奧取得一金兩銀三銅的歷史佳績。\n", "星島日報", "", "", {}},
      {"IT之家 5 月 21 日消息，面壁智能昨晚推出并开源最新的端侧多模态模型。\n\n第二段。\n", "IT之家", "", "", {}},
      {"标题\n\n快科技5月21日消息，今天一款新手机发布。\n", "快科技", "", "", {}},
      // a public account's article: the headline, the day it was posted and the account, run together
      {"张小龙首次全面阐述小程序（内附演讲全文）2016-12-28 微信公开课\n\n各位朋友，大家早上好！\n\n正文第二段。\n",
       "微信公开课", "", "2016-12-28", {}},
      {"会议纪要 2019-01-02 星期三\n\n正文第一段。\n", "", "", "", {}},
      // labelled fields a semicolon apart, a markdown line set in italics
      {"## 标题\n\n*新聞來源：香港自由報；作者：Rachel Wong；發佈時間： 2020年9月17日*\n\n正文第一段。\n", "香港自由報", "",
       "2020-09-17", {{"Rachel Wong", Role::author}}},
      {"标题\n\n来源：新华社；作者：张三\n\n正文第一段。\n", "新华社", "", "", {{"张三", Role::author}}},
      // two labels a slash apart; a label the vocabularies do not know is no part of a name
      {"## 标题\n\n*翻譯/簡評：X-Wing；校對：沐子璐璐；審核：海闊天空；Page：拱卒*\n\n正文第一段。\n", "", "", "",
       {{"X-Wing", Role::translator}, {"沐子璐璐", Role::proofreader}, {"海闊天空", Role::editor}}},
      // a place at the start of the lead is no outlet
      {"标题\n\n上海5月21日消息，今天一款新手机发布。\n", "", "", "", {}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.meta.dateline, c.dateline) << c.input;
    EXPECT_EQ(p->draft.meta.published ? p->draft.meta.published->date_only() : "", c.date) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}

// A public account's article saved with the day it was posted and the account run into
// its headline: the headline keeps neither.
TEST(ExtractHeader, PublicAccountHeadlineLosesItsDateAndAccount) {
  const auto p = prepare("张小龙首次全面阐述小程序（内附演讲全文）2016-12-28 微信公开课\n\n各位朋友，大家早上好！\n\n正文第二段。\n",
                         Upto::extract_header);
  EXPECT_EQ(p->draft.meta.title, "张小龙首次全面阐述小程序（内附演讲全文）");
  EXPECT_EQ(p->draft.meta.source, "微信公开课");
}

TEST(ExtractHeader, BylinesAndDatesAmongTheOpeningLines) {
  struct Case {
    const char* input;
    const char* date;  // date_only(), "" for none
    std::vector<Contributor> people;
  };
  const char* kLong =
      "A first paragraph long enough to be the body of the article and not a caption or a kicker, "
      "as body paragraphs of news articles usually are.\n\n";
  const Case cases[] = {
      {"by Blaine Blontz on Aug 9, 2012 1:07 PM EDT\n", "2012-08-09", {{"Blaine Blontz", Role::author}}},
      {"by Noah Rothman | 2:23 pm, August 9th, 2012\n", "2012-08-09", {{"Noah Rothman", Role::author}}},
      {"by Gisela Telis on 26 October 2012, 4:24 PM\n", "2012-10-26", {{"Gisela Telis", Role::author}}},
      {"Posted by Max Fisher on October 29, 2012 at 2:54 pm\n", "2012-10-29", {{"Max Fisher", Role::author}}},
      {"by Mark Zuckerberg on Tuesday, November 29, 2011 at 9:39am\n", "2011-11-29",
       {{"Mark Zuckerberg", Role::author}}},
      {"August 6th, 2012 by Steve Cypher\n", "2012-08-06", {{"Steve Cypher", Role::author}}},
      {"Posted, August 9th, 2012, By Amelia Rose\n", "2012-08-09", {{"Amelia Rose", Role::author}}},
      {"Updated July 23, 2012, 7:10 p.m. ET\n", "2012-07-23", {}},
      {"Main | Friday, November 09, 2012\n", "2012-11-09", {}},
      {"On August 9, 2012 · Leave a Comment\n", "2012-08-09", {}},
      // a share button's label a flattened page glued before the date
      {"Tweet Nov 5 2012, 5:50 PM ET\n", "2012-11-05", {}},
      {"Share Nov 5 2012, 5:50 PM ET\n", "2012-11-05", {}},
      {"by Bill McBride on 8/09/2012 12:13:00 PM\n", "", {{"Bill McBride", Role::author}}},
      {"By CAROLINE PORTER And KRISTINA PETERSON\n", "", {{"CAROLINE PORTER", Role::author}, {"KRISTINA PETERSON", Role::author}}},
      {"October 30, 2012 2:36 PM\nJennifer Van Grove\n", "2012-10-30", {{"Jennifer Van Grove", Role::author}}},
      {"October 30, 2012 2:36 PM\n\nBreaking News Today\n", "2012-10-30", {}},
      {"PHILADELPHIA July 24, 2012 (AP)\n", "2012-07-24", {}},
      {"July 24, 2012 4:16 AM PDT\n", "2012-07-24", {}},
      {"by Zack Whittaker\n", "", {{"Zack Whittaker", Role::author}}},
      {"By Elizabeth Chuck, NBC News\n", "", {{"Elizabeth Chuck", Role::reporter}}},
      {"By Wes Oliver, NBC News contributor\n", "", {{"Wes Oliver", Role::author}}},
      // a Korean page's stamps, the first one dating the article
      {"입력 2019.03.05 15:01  수정 2019.03.06 09:30\n", "2019-03-05", {}},
      {"입력 : 2019.03.05 15:01 수정 : 2019.03.06 09:30\n", "2019-03-05", {}},
      {"기사입력 2019-03-05 15:01\n", "2019-03-05", {}},
      {"Published July 3, 2012 Updated July 4, 2012\n", "2012-07-03", {}},
      // the Daily Mail's byline as the CNN/Daily Mail stories keep it, its dates after it
      {"By . Daniel Bates . PUBLISHED: . 08:01 EST, 24 October 2013 . | . UPDATED: . 08:47 EST, 24 October 2013 .\n",
       "2013-10-24", {{"Daniel Bates", Role::author}}},
      // (an ordinal day, "24th October 2013")
      {"By . Daniel Bates . Last updated at 8:01 PM on 24th October 2013\n", "2013-10-24",
       {{"Daniel Bates", Role::author}}},
      // prose stays prose
      {"by the end of the year, on Monday, 2012 will be over\n", "", {}},
      {"On the other hand by Friday it was over.\n", "", {}},
      {"등록 절차는 2019년부터 바뀐다.\n", "", {}},
  };
  for (const Case& c : cases) {
    // after a kicker and the first long paragraph: still the opening
    const std::string input = std::string("Title\n\nKicker\n\n") + kLong + c.input + "\n" + kLong;
    const auto p = prepare(input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.published ? p->draft.meta.published->date_only() : "", c.date) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
  // a section line over the text, closing with the date
  {
    const auto p = prepare("## Radio \\| Skaidras ziņas \\| Otrdiena, 2023. gada 14. novembris\n\nText.\n",
                           Upto::extract_header);
    ASSERT_TRUE(p->draft.meta.published.has_value());
    EXPECT_EQ(p->draft.meta.published->date_only(), "2023-11-14");
  }
  // a date broken over short lines
  {
    const auto p = prepare("Title\n\n24\n\nJul\n\n2012\n\n9:05am, EDT\n\nText of the article.\n", Upto::extract_header);
    ASSERT_TRUE(p->draft.meta.published.has_value());
    EXPECT_EQ(p->draft.meta.published->date_only(), "2012-07-24");
  }
  // a date line taken for the title still dates the article
  {
    const auto p = prepare("Updated July 23, 2012, 7:10 p.m. ET\n\nText of the article.\n", Upto::extract_header);
    ASSERT_TRUE(p->draft.meta.published.has_value());
    EXPECT_EQ(p->draft.meta.published->date_only(), "2012-07-23");
  }
  // the date opening the first paragraph, before a dash
  {
    const auto p = prepare("Iran : manifestation\n\n\t2 novembre 2012. - Plusieurs milliers de personnes.\n",
                           Upto::extract_header);
    ASSERT_TRUE(p->draft.meta.published.has_value());
    EXPECT_EQ(p->draft.meta.published->date_only(), "2012-11-02");
  }
  // far into the body, a date line is the story's, not the article's
  std::string input = "Title\n\n";
  for (int i = 0; i < 4; ++i) input += kLong;
  input += "July 24, 2012 4:16 AM PDT\n";
  EXPECT_FALSE(prepare(input, Upto::extract_header)->draft.meta.published.has_value());
}


// A page's link glued to the byline's name ("By Adam MannEmail Author") is no
// part of the name; a name that merely ends like a link label is kept whole.
TEST(ExtractHeader, ALinkGluedToTheBylineIsNoPartOfTheName) {
  struct Case {
    const char* input;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"By Adam MannEmail Author\n", {{"Adam Mann", Role::author}}},
      {"By Jane RoeView Profile\n", {{"Jane Roe", Role::author}}},
      {"By Ana Lee Email\n", {{"Ana Lee Email", Role::author}}},
  };
  for (const Case& c : cases) {
    const std::string input = std::string("Title of the story\n\n") + c.input +
                              "\nA first paragraph long enough to be the body of the article and not a caption.\n";
    EXPECT_EQ(prepare(input, Upto::extract_header)->draft.meta.contributors, c.people) << c.input;
  }
}

// "자료 제공: …" under a Korean release names who provided it: a metadata line,
// and the source only when nothing above named one.
TEST(ExtractHeader, KoreanProviderLine) {
  struct Case {
    const char* input;
    const char* source;
  };
  const Case cases[] = {
      {"제목\n\n(구톈, 중국 2019년 5월 16일 AsiaNet=연합뉴스) 회의가 열렸다.\n\n자료 제공: Longyan Tourism Bureau\n", "AsiaNet"},
      {"제목\n\n회의가 열렸다.\n\n자료제공: 국방부\n", "국방부"},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.units.back().role, UnitRole::metadata) << c.input;
  }
}

// A headline glued to the agency's lead in one line is the article's headline.
TEST(ExtractHeader, AHeadlineGluedToTheAgencysLead) {
  const auto p = prepare("四川测绘应急无人机航摄作业 开展震区灾情侦察中新网成都6月18日电 (廖雪芝 樊莉)记者18日获悉，无人机分队紧急奔赴灾区。\n",
                         Upto::extract_header);
  EXPECT_EQ(p->draft.meta.title, "四川测绘应急无人机航摄作业 开展震区灾情侦察");
  const auto q = prepare("标题\n\n无人机航摄作业中新网成都6月18日电 记者获悉，分队奔赴灾区。\n", Upto::extract_header);
  EXPECT_EQ(q->draft.meta.title, "标题");
}

// A crawler's record of a page: its address, the page's title (the headline
// and " - " the site's name), the outlet alone on a line, the date, a
// category keyword, then the text. The site's name leaves the headline and
// names the outlet; the outlet's line, the date and the keyword are metadata.
// A bracketed byline naming the outlet ("[이데일리 정병묵 기자]") names the
// outlet and the reporter.
TEST(ExtractHeader, ACrawlersRecordOfAPage) {
  struct Case {
    std::string input;
    const char* title;
    const char* source;
    std::vector<Contributor> people;
    std::vector<std::string> units;
  };
  const std::string body = "올해 상반기 간편지급 서비스 이용규모가 9392억원을 기록했다. 간편지급과 송금 모두 역대 최고치를 경신하고 있다.";
  const Case cases[] = {
      {"https://www.etnews.example/20240923000173\n간편지급 하루 이용액 9400억 육박 - 전자신문\n전자신문\n2024-09-23\n신용카드\n" + body + "\n",
       "간편지급 하루 이용액 9400억 육박", "전자신문", {},
       {"paragraph:https://www.etnews.example/20240923000173", "title:간편지급 하루 이용액 9400억 육박 - 전자신문",
        "metadata:전자신문", "metadata:2024-09-23", "metadata:신용카드", "paragraph:" + body}},
      {"신용카드학회, 내달 ‘캐피탈 미래비전 포럼’ 개최\n이데일리\n2024-09-23\n신용카드\n[이데일리 정병묵 기자] " + body + "\n",
       "신용카드학회, 내달 ‘캐피탈 미래비전 포럼’ 개최", "이데일리", {{"정병묵", Role::reporter}},
       {"title:신용카드학회, 내달 ‘캐피탈 미래비전 포럼’ 개최", "metadata:이데일리", "metadata:2024-09-23", "metadata:신용카드",
        "paragraph:[이데일리 정병묵 기자] " + body}},
      // a title's dash before words that name no outlet stays in it; a line of prose is no keyword
      {"Storm - the day after\n2024-09-23\nThe river rose.\n" + body + "\n", "Storm - the day after", "", {},
       {"title:Storm - the day after", "metadata:2024-09-23", "paragraph:The river rose.", "paragraph:" + body}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.title, c.title) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
    EXPECT_EQ(testing::roles(p->draft), c.units) << c.input;
  }
}

// A CNN/Daily Mail ".story" file as the dataset keeps the Mail's page: no headline,
// the byline word alone on a line with the names on the next ("By " / "Mark Duell",
// "By " / "Daily Mail Reporter": the outlet's staff, nobody named), then the stamps,
// each label alone over its date ("PUBLISHED:" / "13:06 EST, 14 March 2013"), or one
// line ("Last updated at 4:32 PM on 15th February 2012"). The byline makes no
// headline; the first stamp dates the article.
TEST(ExtractHeader, TheDailyMailsHeaderAsTheStoryFilesKeepIt) {
  struct Case {
    std::string head;
    const char* source;
    const char* date;
    std::vector<Contributor> people;
  };
  const std::string stamps = "PUBLISHED:\n\n13:06 EST, 14 March 2013\n\n\n| \n\nUPDATED:\n\n13:59 EST, 14 March 2013\n\n";
  const std::string body =
      "A teenage model was today jailed for seven years after being unmasked as an underworld gunman when police "
      "caught him keeping pictures of himself posing with a loaded pistol on his iPhone.\n\n"
      "Marcel Maden, of Salford, Greater Manchester, took photos of himself playing with a revolver.\n";
  const Case cases[] = {
      {"By \nMark Duell\n\n" + stamps, "", "2013-03-14", {{"Mark Duell", Role::author}}},
      {"By \nDaily Mail Reporter\n\n" + stamps, "Daily Mail", "2013-03-14", {}},
      {"By \nMatt Chorley, Mailonline Political Editor\n\n" + stamps, "MailOnline", "2013-03-14",
       {{"Matt Chorley", Role::reporter}}},
      {"By \nGraham Smith\n\nLast updated at 4:32 PM on 15th February 2012\n\n", "", "2012-02-15",
       {{"Graham Smith", Role::author}}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.head + body, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.title, "") << c.head;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.head;
    EXPECT_EQ(p->draft.meta.published ? p->draft.meta.published->date_only() : "", c.date) << c.head;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.head;
    for (const Unit& u : p->draft.units)
      if (u.role == UnitRole::paragraph && u.kind == LineKind::text) {
        EXPECT_TRUE(u.text.starts_with("A teenage") || u.text.starts_with("Marcel"))
            << c.head << " | " << std::string_view(u.text);
      }
  }
}

// A Japanese portal's page title: the headline, the provider in brackets and
// " - Yahoo!ニュース", the portal. The portal is not the source; the provider is.
TEST(ExtractHeader, APortalsPageTitleNamesTheProviderInBrackets) {
  const std::string body = "\n\n\u3000藤川監督は七回の攻撃で、熊谷が二盗でタッチアウトになったプレーについてリクエストを行使。リプレー検証の結果、判定は覆らなかった。\n";
  const struct {
    std::string input;
    const char* title;
    const char* source;
  } cases[] = {
      {"https://news.yahoo.co.jp/articles/e9b118fa5cca8ed0e8d89a9d97e352ac08621f4b\n"
       "阪神\u3000藤川球児監督に厳重注意と制裁金１０万円の処分\u3000ＮＰＢが発表\u3000１０日・ソフトバンク戦でリクエストに異議で退場処分（デイリースポーツ） - Yahoo!ニュース\n"
       "１０日のソフトバンク戦で７回、熊谷の判定を巡ったリプレー検証後に抗議する藤川監督（右）＝撮影・西田忠信\u3000ＮＰＢは１１日、１０日にみずほペイペイドームで行われたソフトバンク－阪神戦で退場処分を受けた阪神・藤川球児監督に対し、制裁金１０万円と厳重注意の処分を行ったことを発表した。" + body,
       "阪神\u3000藤川球児監督に厳重注意と制裁金１０万円の処分\u3000ＮＰＢが発表\u3000１０日・ソフトバンク戦でリクエストに異議で退場処分",
       "デイリースポーツ"},
      {"https://news.yahoo.co.jp/articles/85ec46b609866a210b8d2973941ebd2a980c1f40\n"
       "【速報】当時18歳高校生だった男に懲役20年を求刑【大学生集団暴行死】検察は役割や年齢を考慮\u3000判決は25日（HBCニュース北海道） - Yahoo!ニュース\n"
       "当時18歳の高校生だった特定少年の男（29日の法廷スケッチ）北海道江別市で集団暴行を受けた大学生が死亡した強盗致死事件の裁判員裁判で、検察は11日、当時18歳の高校生だった特定少年の男に対して懲役20年を求刑しました。" + body,
       "【速報】当時18歳高校生だった男に懲役20年を求刑【大学生集団暴行死】検察は役割や年齢を考慮\u3000判決は25日",
       "HBCニュース北海道"},
      // brackets that close a headline without a portal after them stay in it
      {"阪神が勝利（速報）" + body, "阪神が勝利（速報）", ""},
  };
  for (const auto& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.title, c.title) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
}

// A news page copied as text (the Wall Street Journal's, Barron's): the byline spread
// over lines, the byline word alone, each name on its own line with the page's "Follow"
// button under it, a lone "and" between two names, the time stamp under them. Every
// name is an author; the buttons and the "and" are no paragraphs.
TEST(ExtractHeader, ABylineSpreadOverLinesWithFollowButtons) {
  struct Case {
    std::string head;
    const char* date;
    std::vector<Contributor> people;
  };
  const std::string body =
      "Glenn Leon sat at one end of a windowless conference room two weeks ago prepared for an earful.\n\n"
      "The relatives of people who had died in two crashes crowded around a long table.\n";
  const Case cases[] = {
      {"By \nAndrew Tangel\nFollow\n and \nDave Michaels\nFollow\nJune 17, 2024 5:30 am ET\n\n", "2024-06-17",
       {{"Andrew Tangel", Role::author}, {"Dave Michaels", Role::author}}},
      {"By \nSharon Terlep\n and \nMicah Maidenberg\nOct. 25, 2024 12:22 pm ET\n\n", "2024-10-25",
       {{"Sharon Terlep", Role::author}, {"Micah Maidenberg", Role::author}}},
      {"By \nAl Root\nFollow\nOct 23, 2024, 10:27 pm EDT\n\n", "2024-10-23", {{"Al Root", Role::author}}},
      // (the button glued to each name, the second name on a line that opens with "and")
      {"By Sharon TerlepFollow\n and Andrew TangelFollow\nJan. 13, 2024 12:01 am ET\n\n", "2024-01-13",
       {{"Sharon Terlep", Role::author}, {"Andrew Tangel", Role::author}}},
  };
  for (const Case& c : cases) {
    const auto p = prepare("Inside the Decision on Whether to Prosecute the Planemaker\n" + c.head + body,
                           Upto::extract_header);
    EXPECT_EQ(p->draft.meta.title, "Inside the Decision on Whether to Prosecute the Planemaker") << c.head;
    EXPECT_EQ(p->draft.meta.published ? p->draft.meta.published->date_only() : "", c.date) << c.head;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.head;
    for (const Unit& u : p->draft.units) {
      if (u.role == UnitRole::paragraph && u.kind == LineKind::text) {
        EXPECT_TRUE(u.text.starts_with("Glenn") || u.text.starts_with("The relatives"))
            << c.head << " | " << std::string_view(u.text);
      }
    }
  }
}

}  // namespace
}  // namespace artconv::plaintext
