#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

std::vector<std::string> texts(const Draft& d) {
  std::vector<std::string> out;
  for (const Unit& u : d.units) out.push_back(u.text);
  return out;
}

TEST(JoinWraps, HardWrapsJoinAndBlankLinesSeparate) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"One paragraph per line, however short.\nAnother one here.\n",
       {"One paragraph per line, however short.", "Another one here."}},
      {"Title\n\nThe first line of a wrapped paragraph runs\nuntil the margin and then goes on here.\n\n"
       "A second paragraph that is also wrapped at\nthe same margin as the first one was.\n",
       {"Title", "The first line of a wrapped paragraph runs until the margin and then goes on here.",
        "A second paragraph that is also wrapped at the same margin as the first one was."}},
      {"中文段落第一行，這一行很長很長很長很\n長，第二行接著寫下去到這裡就結束了。\n\n第二段也是很長很長的一行字很長很長\n的，第二行。\n",
       {"中文段落第一行，這一行很長很長很長很長，第二行接著寫下去到這裡就結束了。", "第二段也是很長很長的一行字很長很長的，第二行。"}},
      // A number the wrap moved to the start of a line opens no list item.
      {"Title\n\n   One quote of the day service is defined as a connection based\n"
       "   application on TCP.  A server listens for TCP connections on TCP port\n"
       "   17.  Once a connection is established a short message is sent out the\n"
       "   connection (and any data received is thrown away).\n",
       {"Title", "One quote of the day service is defined as a connection based application on TCP.  A server listens "
                 "for TCP connections on TCP port 17.  Once a connection is established a short message is sent out "
                 "the connection (and any data received is thrown away)."}},
  };
  for (const Case& c : cases) EXPECT_EQ(texts(prepare(c.input, Upto::join_wraps)->draft), c.units) << c.input;
}

// The wrap width is the 90th percentile of continuing lines, not the widest
// line: one long line (a URL) does not undo a 70-column e-text.
TEST(JoinWraps, WrapWidthComesFromTheDistributionOfLineWidths) {
  std::string text;
  for (int p = 0; p < 6; ++p) {
    text += "These lines were wrapped by a tool at about seventy columns of text\n"
            "and each paragraph runs over three of them before it reaches an\n"
            "end.\n\n";
  }
  text += "See https://example.org/a/very/long/address/that/is/much/wider/than/the/wrap/width/of/the/text/itself/index.html\n"
          "for more.\n";
  const auto p = prepare(text, Upto::join_wraps);
  EXPECT_TRUE(p->draft.layout.hard_wrapped);
  EXPECT_LE(p->draft.layout.wrap_width, 70);
  EXPECT_EQ(p->draft.units.size(), 7u);
}

// One paragraph per line, of any length, is not wrapped text: lines much
// wider than the would-be wrap width outnumber the "full" ones.
TEST(JoinWraps, ParagraphPerLineTextIsNotHardWrapped) {
  const std::string text =
      "http://news.example.jp/article/detail/5849551/\n"
      "2011-09-09T16:00:00+0900\n"
      "ハンガーに掛けたままスピード乾燥！洗濯機がパワーアップ\n"
      "シャープは業界初となるハンガーにかけたままスピード乾燥・除菌・消臭が可能な洗濯機を発売する。\n\n"
      "「ハンガードライ」機能が搭載されており、付属のハンガーに衣類をかけたまま、シワやムラを抑えてスピード乾燥できる。"
      "乾燥時間は従来の半分になるという。\n\n"
      "さらに高濃度のイオンによる消臭機能も備えた。新開発されたのはイルカの高速遊泳の原理を応用したパルセーターで、"
      "節水性にも優れている。\n\n"
      "乾燥だけでなく、除菌、消臭が可能なこともビジネスパーソンにはうれしい。毎日の仕事でくたくたになった"
      "スーツもすぐに乾く。\n\n"
      "■関連記事\n・スマートフォンの常識\n・「電力使用状況グラフ」にダマされるな\n";
  const auto p = prepare(text, Upto::join_wraps);
  EXPECT_FALSE(p->draft.layout.hard_wrapped);
}

TEST(JoinWraps, MetadataAndFurnitureLinesStandAlone) {
  const auto p = prepare(
      "A headline\n\nThe first line of a wrapped paragraph runs\nuntil the margin and then goes on here.\n"
      "Share this article\nThe first line of a wrapped paragraph runs\nuntil the margin and then goes on here.\n",
      Upto::join_wraps);
  ASSERT_EQ(p->draft.units.size(), 4u);
  EXPECT_EQ(p->draft.units[2].kind, LineKind::boilerplate);
}

}  // namespace
}  // namespace artconv::plaintext
