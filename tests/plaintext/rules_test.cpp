#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "plaintext/rules.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// Patterns compile lazily (at a rule's first candidate line), so a rule that
// does not compile would otherwise surface only on the article that needs it.
TEST(Rules, EveryRuleCompiles) { EXPECT_NO_THROW(compile_every_rule()); }

// A matcher made before any rule compiled still finds what each rule is for,
// and two matchers (one per batch thread) agree.
TEST(Rules, LazyCompilationMatchesOnFirstUse) {
  RuleMatcher first, second;
  const std::string_view line = "BERGEN, Norway (Wirenews) - The harbour reopened on Monday.";
  const Match a = first.match(wire_dateline_rule(), line), b = second.match(wire_dateline_rule(), line);
  ASSERT_TRUE(a);
  ASSERT_TRUE(b);
  EXPECT_EQ(a[Group::source], "Wirenews");
  EXPECT_EQ(a[Group::source], b[Group::source]);
  EXPECT_FALSE(first.match(wire_dateline_rule(), "no dateline here"));
}

// The gates (conditions read off the patterns) only spare work: on every line
// of the corpus and the fixtures, and on lines made to sit at a gate's edge,
// a rule whose pattern matches passes its gate.
TEST(Rules, GatesNeverTurnAwayALineThePatternMatches) {
  std::vector<std::string> lines = {
      "cv-phung-khoang-2-1-.jpg", "IMG_0042.JPEG", "photo(1).Png", "x.tiff", "2 of 7. Volunteers stack sandbags.",
      "12 OF 30: A crowd gathers.", "1234 of 7. Too many digits.", "工人检修受损的基站。 图片来源：视觉中国",
      "他說。好。 攝影：王小林", "A girl meets friends. (Daniel Sorabji/AFP/Getty Images)",
      "Crowds gather in the square. Photo: AP.", "Crowds gather in the square. Foto: Jan Nowak",
      "Crowds gather in the square. Ảnh: Lê Minh", "Crowds gather in the square. (PHOTOS: Jane Roe)",
      "欧佩克会议召开在即纽约原油净多头小增2015/06/01", "[摘要：在埃洛普入主诺基亚之前……]", "【导读：一个问题】",
      "(蔡圣朝 作者系安徽省名中医)", "（晨报记者 王小林 摄）", "(王小林 攝)",
      "新華社北京8月4日電（記者 張三）今天", "中新网3月5日电 据报道", "本报讯 （记者 李四）", "BEIJING, Aug. 4 (Xinhua) -- x",
      "Crowds gather in the square. PHOTOGRAPH: Jane Roe", "Crowds gather. Illustration: Jo Kim",
      "Crowds gather. Фото: Иван Петров", "[ 第三图：光盘行动（网图）]", "【\u3000第1张图片：合影】", "---", "* * *", "——",
      "• • •", "[Image: a ferry]", "（ 圖片：新華社）", "[\u00A0Photo] A ferry", "<IMG src=x>", "圖片默認標題_fororder_3",
      "x_fororder_y.jpg", "(Reporting by Ana Lee; Editing by Kay Moss)", "Additional reporting BY Sam Ruiz",
      "<FIGCAPTION>工人检修线路。</figcaption>", "(CBS/AP) WILSON, N.Y. - An early blast", "LONDON (Wirenews)\u2014 x",
      "Time: 2019/03/27 05:38", "[03月20日 16時35分]", "3:30 pm |", "Updated at 11:31 a.m. ET",
      "Thursday, August 09, 2012", "SEPT. 4, 2012 4:16 AM PDT", "Last updated 10:30 GMT", "Publicado: 2019-03-27 05:38 EST",
      "2019年3月27日", "發布時間：2019年03月27日 05時38分", "2019/03/27 05:38\u3000", "Posted 10:30 ｐｍ",
      "新华社南京五月三日电(李明)", "晨光网5月3日消息：", "晨光报讯（记者 李明）", "中央社台北31日電", "晨光網訊 x",
      "X (AP)\u00A0\u2014 y", "BERGEN, Norway/OSLO (Wirenews) - x", "(Newsline) -- x", "ROME (Wire)\u3000\u2013 x",
      "1. item", "12) 项目", "123、第三", "1234. no", "7.5 per cent", "(1) item", "（1）项目", "a) item", "B、体育",
      "- item", "-item", "— item", "* item", "•item", "①第一", "１．全角",
      "総理大臣(そうりだいじん)", "助(たす)ける", "大統領: だいとうりょう", "関連記事：", "■モバステ通信の記事をもっと見る",
      "Harden的母親。（ 圖／翻攝自YouTube ESPN）檢視相片", "母親(左)。（圖／翻攝）", "（圖／翻攝）x",
      "The plan is due by the end of...Read More", "In a decade… Continue reading »", "欧佩克会议召开在即纽约原油净多头小增2015/06/0１"};
  const std::filesystem::path fixtures = ARTCONV_FIXTURES;
  for (const char* folder : {"corpus", "articles"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(fixtures / folder)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      for (std::string line; std::getline(text, line);) {
        const std::string_view trimmed = unicode::trim(line);
        if (!trimmed.empty() && trimmed.size() <= 3000) lines.emplace_back(trimmed);
      }
    }
  std::vector<const Rule*> rules;
  for (const Rule& r : line_rules()) rules.push_back(&r);
  for (const Rule& r : inline_byline_rules()) rules.push_back(&r);
  for (const Rule* r : {&wire_dateline_rule(), &chinese_dateline_rule(), &trailing_credit_rule(), &stamp_rule(),
                        &closing_note_rule()})
    rules.push_back(r);
  RuleMatcher matcher;
  std::size_t turned_away = 0;
  for (const Rule* rule : rules)
    for (const std::string& line : lines)
      if (!passes_gate(*rule, line)) {
        ++turned_away;
        EXPECT_FALSE(matcher.match_pattern(*rule, line)) << rule->name << " matches but its gate turns away: " << line;
      }
  EXPECT_GT(turned_away, 10000u);
}

// A width the caller measured spares the rules measuring it again and changes
// nothing else: on lines that sit each side of the widest-line limits.
TEST(Rules, AMeasuredWidthClassifiesAsTheRulesWouldMeasureIt) {
  RuleMatcher matcher;
  std::size_t classified = 0;
  for (const std::string_view base : {"(Reporting by Ana Lee; Editing by Kay Moss)", "Credit: Harbor Authority",
                                      "（晨报记者 王小林 摄）", "Five ways to beat airport queues", "Buy Now",
                                      "市民在湿地公园散步", "关注我们 公众号", "Published: 27 November 2024 08:15 GMT"}) {
    std::string line(base);
    for (int grow = 0; grow < 40; ++grow) {
      const Match unmeasured = matcher.classify(line);
      const Match measured = matcher.classify(line, nullptr, unicode::display_width(line));
      EXPECT_EQ(unmeasured.rule, measured.rule) << line;
      if (unmeasured) ++classified;
      line += grow % 2 == 0 ? " word" : "的字";
    }
  }
  EXPECT_GT(classified, 20u);
}

}  // namespace
}  // namespace artconv::plaintext
