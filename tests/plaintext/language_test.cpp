#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "plaintext/language.hpp"

namespace artconv::plaintext {
namespace {

TEST(Language, Cld2WithScriptStatisticsForShortTexts) {
  struct Case {
    const char* text;
    const char* language;
  };
  const Case cases[] = {
      {"市委召開城市基層黨建經驗交流座談會", "zh-Hant"},
      {"国家统计局发布十月份国民经济运行数据", "zh-Hans"},
      {"東京都は1日、首都直下地震に備えた新たな防災計画を発表した。", "ja"},
      {"서울시는 지하철 9호선 연장 구간을 내년에 개통한다", "ko"},
      {"Latvijas valdība otrdien apstiprināja jauno budžetu, kas paredz lielākus izdevumus aizsardzībai.", "lv"},
      {"Правителството одобри новия бюджет във вторник, съобщиха от министерството.", "bg"},
      {"সরকার মঙ্গলবার নতুন বাজেট অনুমোদন করেছে।", "bn"},
      {"အစိုးရသည် အင်္ဂါနေ့တွင် ဘတ်ဂျက်အသစ်ကို အတည်ပြုခဲ့သည်။", "my"},
      {"The minister said that the plan was ready and on time.", "en"},
      {"Le ministre a dit que le plan est prêt pour la fin du mois.", "fr"},
      {"東京", "zh-Hans"},  // Han only and two characters: Chinese by script
      {"ソウル", "ja"},
      {"12345 !!!", "und"},
  };
  for (const Case& c : cases) EXPECT_EQ(detect_language(c.text), c.language) << c.text;
}

// Ten or more characters only one variant writes, none of the other: that
// variant without CLD2. A mixture, or Han among kana, is CLD2's or the script's.
TEST(Language, ChineseVariantFromCharactersOnlyOneVariantWrites) {
  struct Case {
    const char* text;
    const char* language;
  };
  const Case cases[] = {
      {"這個國家的學生們說，現在開會時間還沒有對外發表。", "zh-Hant"},
      {"这个国家的学生们说，现在开会时间还没有对外发表。", "zh-Hans"},
      {"這個國家的學生們說，现在开会时间还没有对外发表。", "zh-Hans"},  // mixed: CLD2 decides
      {"この國の學生們は、時間について說明した。", "ja"},  // kana: never Chinese
  };
  for (const Case& c : cases) EXPECT_EQ(detect_language(c.text), c.language) << c.text;
}

std::string repeated(std::string_view piece, std::size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += piece;
  return s;
}

// CLD2 reads the opening kilobyte first and goes on only when that leaves it
// unsure: an English opening decides, an opening of figures does not.
TEST(Language, TheOpeningDecidesWhenCld2IsSureOfItAndTheRestIsReadWhenNot) {
  const std::string french = repeated("Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre-ville. ", 3000);
  const std::string english = repeated("The council voted on Tuesday night for the new traffic plan of the town centre. ", 1200);
  EXPECT_EQ(detect_language(english + french), "en");
  EXPECT_EQ(detect_language(repeated("2019 12 31 0800 1530 4477 ", 1100) + french), "fr");
}

}  // namespace
}  // namespace artconv::plaintext
