// Full-width punctuation restored between CJK characters (on by default for
// Chinese and Japanese; --keep-punctuation turns it off).
#include <gtest/gtest.h>

#include "support.hpp"
#include "unicode/cjk_punctuation.hpp"

namespace artconv {
namespace {

struct Case {
  const char* name;
  const char* in;
  const char* out;
};

TEST(CjkPunctuation, RestoresByTheDocumentedRule) {
  const Case cases[] = {
      {"comma between Han", "精神,對", "精神，對"},
      {"colon after a label", "來源:新民晚報", "來源：新民晚報"},
      {"space after the mark goes", "來源: 新民晚報", "來源：新民晚報"},
      {"space before the mark goes", "精神 ,對", "精神，對"},
      {"semicolon", "一是交通;二是住房", "一是交通；二是住房"},
      {"colon before Latin", "他說:OK", "他說：OK"},
      {"comma after Latin before Han", "COVID-19,對", "COVID-19，對"},
      {"question and exclamation after Han", "真的嗎?好!", "真的嗎？好！"},
      {"a run sees what it has restored", "真的?!", "真的？！"},
      {"exclamation after Latin stays", "Yahoo!新聞", "Yahoo!新聞"},
      {"pair holding Han keeps its inner space", "(圖片攝影 劉歆)", "（圖片攝影 劉歆）"},
      {"pair after Han", "新冠病毒(COVID-19)疫情", "新冠病毒（COVID-19）疫情"},
      {"spaces around a pair between Han go", "病毒 (COVID-19) 疫情", "病毒（COVID-19）疫情"},
      {"Latin pair after Latin stays", "函數f(x)的值", "函數f(x)的值"},
      {"nested pairs", "說明(見附件(一))", "說明（見附件（一））"},
      {"unmatched opening stays", "見(附件", "見(附件"},
      {"unmatched closing stays", "附件)見", "附件)見"},
      {"kana", "そうです,はい", "そうです，はい"},
      {"after wide punctuation", "「好」,他說", "「好」，他說"},
      {"digits keep their separators", "共1,000人,時間10:30", "共1,000人，時間10:30"},
      {"URL after a label", "網址:https://example.com/a?b=1,c;d:e", "網址：https://example.com/a?b=1,c;d:e"},
      {"www URL", "見www.example.com/?q=1,2", "見www.example.com/?q=1,2"},
      {"Latin text untouched", "Hello, world: yes (really)!", "Hello, world: yes (really)!"},
      {"Hangul is not CJK context here", "서울,부산", "서울,부산"},
      {"Thai is not CJK context here", "ไทย,ลาว", "ไทย,ลาว"},
      {"no ASCII mark: same bytes", "這是一段話。", "這是一段話。"},
      {"already full-width", "精神，對（好）", "精神，對（好）"},
      {"marks away from CJK in a CJK text", "精神 a,b; c: d! e? 好", "精神 a,b; c: d! e? 好"},
      {"a mark before CJK after spaces", "ok ,  好", "ok，好"},
      {"a pair far from its CJK", "(a b c d e f g) x y z 好", "(a b c d e f g) x y z 好"},
      {"bytes that are not UTF-8 read as U+FFFD", "ab\xFF,cd", "ab\uFFFD,cd"},
  };
  for (const Case& c : cases) EXPECT_EQ(unicode::restore_cjk_punctuation(c.in), c.out) << c.name;
}

// Deeply nested pairs and long runs of marks and spaces: linear, and right.
TEST(CjkPunctuation, AdversarialTextInLinearTime) {
  const std::size_t n = 200'000;
  const std::string nested = std::string(n, '(') + "中" + std::string(n, ')');
  std::string want;
  for (std::size_t i = 0; i < n; ++i) want += "（";
  want += "中";
  for (std::size_t i = 0; i < n; ++i) want += "）";
  EXPECT_EQ(unicode::restore_cjk_punctuation(nested), want);
  const std::string latin = std::string(n, '(') + "x" + std::string(n, ')');
  EXPECT_EQ(unicode::restore_cjk_punctuation(latin), latin);
  std::string marks = "中";
  for (std::size_t i = 0; i < n / 4; ++i) marks += " ,  ?";
  EXPECT_EQ(unicode::restore_cjk_punctuation(marks).find(' '), std::string::npos);
}

TEST(CjkPunctuation, IsIdempotent) {
  for (const char* s : {"精神,對", "(圖片攝影 劉歆)", "網址:https://x.org/a,b", "真的?!"}) {
    const std::string once = unicode::restore_cjk_punctuation(s);
    EXPECT_EQ(unicode::restore_cjk_punctuation(once), once) << s;
  }
}

Document document_in(std::string language) {
  Document d;
  d.meta.language = std::move(language);
  d.meta.title = "標題:副題";
  d.meta.source = "新民晚報(上海)";
  d.meta.identifier = "urn:uuid:kept";
  d.blocks.push_back(Paragraph{"精神,對", 1});
  d.blocks.push_back(Heading{"小標題:一", 2});
  d.blocks.push_back(Figure{"[圖]", "市民(左)散步", 3});
  d.blocks.push_back(Credit{"(圖片攝影 劉歆)", "劉歆", 4});
  d.blocks.push_back(List{{"一,二", "三;四"}, false, 5});
  d.removed.push_back({"分享到:微信", RemovalReason::boilerplate, 6});
  return d;
}

TEST(CjkPunctuation, ChineseAndJapaneseDocumentsEverywhereButRemovedLines) {
  for (const char* language : {"zh-Hant", "zh-Hans", "zh", "ja", "zh-Hant-TW"}) {
    Document d = document_in(language);
    ASSERT_TRUE(unicode::restore_cjk_punctuation(d)) << language;
    EXPECT_EQ(d.meta.title, "標題：副題");
    EXPECT_EQ(d.meta.source, "新民晚報（上海）");
    EXPECT_EQ(block_text(d.blocks[0]), "精神，對");
    EXPECT_EQ(block_text(d.blocks[1]), "小標題：一");
    EXPECT_EQ(std::get<Figure>(d.blocks[2]).caption, "市民（左）散步");
    EXPECT_EQ(block_text(d.blocks[3]), "（圖片攝影 劉歆）");
    EXPECT_EQ(block_text(d.blocks[4]), "一，二\n三；四");
    EXPECT_EQ(d.removed[0].text, "分享到:微信");  // the record of what was read
    EXPECT_EQ(d.meta.identifier, "urn:uuid:kept") << "the pipeline, not the transform, recomputes it";
  }
}

TEST(CjkPunctuation, SaysWhenNothingChanged) {
  Document d = document_in("zh-Hant");
  ASSERT_TRUE(unicode::restore_cjk_punctuation(d));
  EXPECT_FALSE(unicode::restore_cjk_punctuation(d)) << "a second pass finds nothing to restore";
}

TEST(CjkPunctuation, OtherLanguagesUnchanged) {
  for (const char* language : {"ko", "en", "und", "zhx", ""}) {
    Document d = document_in(language);
    EXPECT_FALSE(unicode::restore_cjk_punctuation(d)) << language;
    EXPECT_EQ(block_text(d.blocks[0]), "精神,對");
    EXPECT_EQ(d.meta.title, "標題:副題");
  }
}

TEST(CjkPunctuation, OnByDefaultOffWithKeepPunctuation) {
  const auto dir = testing::temp_dir("punctuation");
  testing::write_file(dir / "a.txt", "測試標題\n\n　　他說:這是一個測試,對嗎?(記者 王小林)\n");
  const std::string input = testing::shell_quote((dir / "a.txt").string());
  const testing::RunResult restored = testing::run_artconv("-t text " + input);
  EXPECT_EQ(restored.status, 0) << restored.err;
  EXPECT_NE(restored.out.find("他說：這是一個測試，對嗎？（記者 王小林）"), std::string::npos) << restored.out;
  const testing::RunResult kept = testing::run_artconv("--keep-punctuation -t text " + input);
  EXPECT_EQ(kept.status, 0) << kept.err;
  EXPECT_NE(kept.out.find("他說:這是一個測試,對嗎?(記者 王小林)"), std::string::npos) << kept.out;
}

}  // namespace
}  // namespace artconv
