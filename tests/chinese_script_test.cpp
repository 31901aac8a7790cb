// --chinese: OpenCC over the whole document, checked against OpenCC's own
// command-line tool where it is installed (package opencc).
#include <gtest/gtest.h>

#include "support.hpp"
#include "unicode/chinese_script.hpp"

namespace artconv {
namespace {

using unicode::ChineseConverter;
using unicode::ChineseScript;

bool have_opencc_tool() { return std::system("command -v opencc >/dev/null 2>&1") == 0; }

// OpenCC's own command on `text` with configuration `config`.
std::string opencc_tool(const std::string& text, const std::string& config) {
  const auto dir = testing::temp_dir("opencc");
  testing::write_file(dir / "in.txt", text);
  const std::string command = "opencc -c " + config + " -i " + testing::shell_quote((dir / "in.txt").string()) +
                              " -o " + testing::shell_quote((dir / "out.txt").string());
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return testing::read_file(dir / "out.txt");
}

TEST(ChineseScript, NamesAndTags) {
  EXPECT_EQ(unicode::chinese_script("HANS"), ChineseScript::hans);
  EXPECT_EQ(unicode::chinese_script("cn"), std::nullopt);
  EXPECT_EQ(unicode::language_tag(ChineseScript::hant), "zh-Hant");
  EXPECT_EQ(unicode::language_tag(ChineseScript::hans), "zh-Hans");
  EXPECT_EQ(unicode::language_tag(ChineseScript::tw), "zh-Hant-TW");
  EXPECT_EQ(unicode::language_tag(ChineseScript::hk), "zh-Hant-HK");
}

TEST(ChineseScript, PhrasesAsOpenccConvertsThem) {
  const std::string simplified = "鼠标和软件都在计算机里，头发也理了。";
  EXPECT_EQ(ChineseConverter(ChineseScript::hant).convert(simplified, false), "鼠標和軟件都在計算機裏，頭髮也理了。");
  EXPECT_EQ(ChineseConverter(ChineseScript::tw).convert(simplified, false), "鼠標和軟件都在計算機裡，頭髮也理了。");
  EXPECT_EQ(ChineseConverter(ChineseScript::hans).convert("市委召開城市基層黨建經驗交流座談會", true),
            "市委召开城市基层党建经验交流座谈会");
  if (!have_opencc_tool()) GTEST_SKIP() << "opencc (the command) is not installed: not compared with it";
  const std::pair<ChineseScript, std::string> targets[] = {
      {ChineseScript::hant, "s2t.json"}, {ChineseScript::tw, "s2tw.json"}, {ChineseScript::hk, "s2hk.json"}};
  for (const auto& [target, config] : targets)
    EXPECT_EQ(ChineseConverter(target).convert(simplified, false), opencc_tool(simplified, config)) << config;
}

TEST(ChineseScript, WholeDocumentAndItsLanguageTag) {
  Document d = testing::read_article(testing::fixture("articles/zh-hant-news-shanghai.txt")).document;
  ASSERT_EQ(d.meta.language, "zh-Hant");
  const Document original = d;
  ASSERT_TRUE(ChineseConverter(ChineseScript::hans).convert(d));
  EXPECT_EQ(d.meta.language, "zh-Hans");
  EXPECT_EQ(d.meta.title, "市委召开城市基层党建经验交流座谈会");
  EXPECT_EQ(d.meta.source, "新民晚报");
  EXPECT_EQ(d.meta.contributors.front().name, "彭丽");
  ASSERT_EQ(d.blocks.size(), original.blocks.size());
  ASSERT_EQ(d.removed.size(), original.removed.size());
  const ChineseConverter to_simplified(ChineseScript::hans);
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    EXPECT_EQ(block_type_name(d.blocks[i]), block_type_name(original.blocks[i]));
    EXPECT_EQ(block_text(d.blocks[i]), to_simplified.convert(block_text(original.blocks[i]), true));
  }
  // Back to Traditional, Taiwan: the tag says so.
  ASSERT_TRUE(ChineseConverter(ChineseScript::tw).convert(d));
  EXPECT_EQ(d.meta.language, "zh-Hant-TW");
  EXPECT_EQ(d.meta.title, original.meta.title);
}

TEST(ChineseScript, OtherLanguagesAreLeftAlone) {
  Document ja = testing::read_article(testing::fixture("articles/ja-tokyo-disaster-plan.txt")).document;
  const nlohmann::ordered_json before = testing::comparable(ja);
  EXPECT_FALSE(ChineseConverter(ChineseScript::hans).convert(ja));
  EXPECT_EQ(testing::comparable(ja), before);
}

TEST(ChineseScript, CommandLineMatchesTheOpenccTool) {
  const std::string article = testing::shell_quote(testing::fixture("articles/zh-hant-news-shanghai.txt").string());
  const auto plain = testing::run_artconv("-t text " + article);
  const auto simplified = testing::run_artconv("--chinese hans -t text " + article);
  ASSERT_EQ(simplified.status, 0) << simplified.err;
  EXPECT_NE(simplified.out, plain.out);
  const auto json = testing::run_artconv("--chinese HANS -t json " + article);
  ASSERT_EQ(json.status, 0) << json.err;
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["metadata"]["language"], "zh-Hans");
  EXPECT_EQ(j["metadata"]["title"], "市委召开城市基层党建经验交流座谈会");
  EXPECT_EQ(testing::run_artconv("--chinese cn -t text " + article).status, 2);
  // Without --chinese nothing changes: the golden files say so for every fixture.
  if (!have_opencc_tool()) GTEST_SKIP() << "opencc (the command) is not installed: not compared with it";
  EXPECT_EQ(simplified.out, opencc_tool(plain.out, "t2s.json"));
}

}  // namespace
}  // namespace artconv
