#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

std::vector<std::string> texts(const Draft& d) {
  std::vector<std::string> out;
  for (const Unit& u : d.units) out.emplace_back(u.text);
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
      // A list item's lines go on under its text, past its mark (a hanging indent).
      {"Title\n\n   There are many ways in which date and time values might appear in\n"
       "   Internet protocols:\n\n"
       "   o  All dates and times are assumed to be in the \"current era\",\n"
       "      somewhere between 0000AD and 9999AD.\n\n"
       "   o  All times expressed have a stated relationship (offset) to\n"
       "      Coordinated Universal Time (UTC).\n",
       {"Title", "There are many ways in which date and time values might appear in Internet protocols:",
        "o  All dates and times are assumed to be in the \"current era\", somewhere between 0000AD and 9999AD.",
        "o  All times expressed have a stated relationship (offset) to Coordinated Universal Time (UTC)."}},
      // A number the wrap moved to the start of a line opens no list item.
      {"Title\n\n   One quote of the day service is defined as a connection based\n"
       "   application on TCP.  A server listens for TCP connections on TCP port\n"
       "   17.  Once a connection is established a short message is sent out the\n"
       "   connection (and any data received is thrown away).\n",
       {"Title", "One quote of the day service is defined as a connection based application on TCP.  A server listens "
                 "for TCP connections on TCP port 17.  Once a connection is established a short message is sent out "
                 "the connection (and any data received is thrown away)."}},
      // a first line cut short still goes on in lowercase
      {"HEADLINE\n  ChemLawn Corp could attract a\n  higher bid than the 27 dlrs per share offered by Waste\n"
       "  Management Inc, Wall Street arbitrageurs said today.\n      Shares of ChemLawn shot up 11-5/8 to 29-3/8 in\n"
       "  over-the-counter trading with 3.8 mln of the company's 10.1\n  mln shares changing hands by late afternoon.\n",
       {"HEADLINE",
        "ChemLawn Corp could attract a higher bid than the 27 dlrs per share offered by Waste Management Inc, Wall "
        "Street arbitrageurs said today.",
        "Shares of ChemLawn shot up 11-5/8 to 29-3/8 in over-the-counter trading with 3.8 mln of the company's 10.1 mln "
        "shares changing hands by late afternoon."}},
      // paragraphs marked by a deeper first line: a one-line paragraph ends at the next deep line
      {"HEADLINE\n  The first paragraph of this story runs on over a couple\n  of lines at the margin.\n"
       "      The dry period means the harvest will be late this year.\n"
       "      Arrivals for the week ended February 22 were 155,221 bags\n  of 60 kilos, more than last year.\n",
       {"HEADLINE", "The first paragraph of this story runs on over a couple of lines at the margin.",
        "The dry period means the harvest will be late this year.",
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, more than last year."}},
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

// The wrap width is the exact 90th percentile of the widths of lines that go
// on, for widths the distribution counts and for lines too long to measure
// (kVeryWide), which it keeps as values; no such text is hard-wrapped.
TEST(JoinWraps, WrapWidthIsTheExactPercentileOfLongLinesToo) {
  struct Case {
    std::size_t first_bytes;
    int wrap_width;
  };
  // 23 lines go on to another: eleven of 10 columns and twelve of first_bytes + 0..11;
  // rank 19 of 0..22 is the ninth of the long ones.
  for (const Case c : {Case{700, 708}, Case{2000, kVeryWide}}) {
    std::string text;
    for (std::size_t i = 0; i < 12; ++i) text += std::string(c.first_bytes + i, 'a') + "\n" + std::string(10, 'b') + "\n";
    const auto p = prepare(text, Upto::join_wraps);
    EXPECT_EQ(p->draft.layout.wrap_width, c.wrap_width) << c.first_bytes;
    EXPECT_FALSE(p->draft.layout.hard_wrapped) << c.first_bytes;
  }
}

// In hard-wrapped CJK text a line broken short after a comma ("…喜刑好殺，是秋之氣；沉藏固嗇，")
// does not end its paragraph: a paragraph ends a sentence.
TEST(JoinWraps, CjkLineBrokenShortAfterACommaGoesOn) {
  std::string text;
  for (int p = 0; p < 5; ++p)
    text += "　　凡人光明博大、渾厚含蓄，是天地之氣；溫煦和平，是陽春之氣；寬縱任物，是長\n"
            "夏之氣；嚴凝斂約、喜刑好殺，是秋之氣；暴怒，是震雷之氣；狂肆，是疾風之氣；\n"
            "昏惑，是霾霧之氣。\n\n";
  text += "　　凡人光明博大、渾厚含蓄，是天地之氣；溫煦和平，是陽春之氣；寬縱任物，是長\n"
          "夏之氣；嚴凝斂約、喜刑好殺，是秋之氣；沉藏固嗇，\n"
          "是冬之氣；暴怒，是震雷之氣；狂肆，是疾風之氣；昏惑，是霾霧之氣；隱恨留連，是\n"
          "積陰之氣。\n";
  const auto p = prepare(text, Upto::join_wraps);
  EXPECT_TRUE(p->draft.layout.hard_wrapped);
  ASSERT_EQ(p->draft.units.size(), 6u);
  EXPECT_TRUE(p->draft.units.back().text.ends_with("沉藏固嗇，是冬之氣；暴怒，是震雷之氣；狂肆，是疾風之氣；昏惑，是霾霧之氣；隱恨留連，是積陰之氣。"));
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

// One long paragraph per line, each ending a sentence: a wrapper does not end
// most of its lines at a sentence end, so this text is not hard-wrapped.
TEST(JoinWraps, LongLinesEndingSentencesAreParagraphs) {
  const std::string a = "美國和北韓緊張持續升高，讓全球股市投資人欲哭無淚，彭博數據顯示全球股市市值本周蒸發一兆美元。";
  const std::string b = "亞洲股市普遍收黑，日股跌幅最深，台股則在外資賣超下跌破萬點大關，終場下跌九十點，成交量也明顯放大。";
  const std::string c = "避險資產價格全面上漲，黃金現貨價格本周勁揚，日圓兌美元也升值，債券殖利率則明顯下滑。";
  const auto p = prepare(a + "\n" + b + "\n" + c + "\n" + a + "\n", Upto::join_wraps);
  EXPECT_FALSE(p->draft.layout.hard_wrapped);
  EXPECT_EQ(texts(p->draft), (std::vector<std::string>{a, b, c, a}));
  const std::string en = "The river rose for a third day on Friday and the city closed two bridges to traffic.";
  const auto q = prepare("Title\n\n" + en + "\n" + en + "\n" + en + "\n", Upto::join_wraps);
  EXPECT_EQ(q->draft.units.size(), 4u);
}

TEST(JoinWraps, LongCjkLinesBrokenBetweenIdeographsJoin) {
  const std::string a = "“既然有成功学，为什么不能有普通学？”如今，越来越多的年轻人开始反思成功学，强调在接纳";
  const std::string b = "自己的前提下，过好普通人的一生。";
  const std::string head = "培养优秀的普通人";
  const std::string c = "复旦大学中文系梁永安老师在他个人的视频账号上分享的话，被很多人奉为普通学的真谛。";
  const auto p = prepare(a + "\n" + b + "\n\n" + head + "\n\n" + c + "\n" + c + "\n" + c + "\n" + c + "\n",
                         Upto::join_wraps);
  EXPECT_FALSE(p->draft.layout.hard_wrapped);
  EXPECT_EQ(texts(p->draft), (std::vector<std::string>{a + b, head, c, c, c, c}));
  // a short heading right over its paragraph stays apart
  const auto q = prepare(c + "\n" + c + "\n" + head + "\n" + c + "\n" + c + "\n", Upto::join_wraps);
  EXPECT_EQ(texts(q->draft), (std::vector<std::string>{c, c, head, c, c}));
}

// Under a page's address and time stamp the first line is the headline: it
// ends no sentence and joins nothing, however long.
TEST(JoinWraps, HeadlineUnderPageFurnitureStandsAlone) {
  const std::string head = "ハンガーに掛けたままスピード乾燥！シャープ、プラズマクラスター洗濯機がパワーアップ";
  const std::string body = "シャープは業界初となるハンガーにかけたままスピード乾燥・除菌・消臭が可能なプラズマクラスター洗濯機を発売する。";
  const auto p = prepare("http://news.example.com/article/detail/5849551/\n2011-09-09T16:00:00+0900\n" + head + "\n" +
                             body + "\n\n" + body + "\n",
                         Upto::join_wraps);
  EXPECT_EQ(texts(p->draft), (std::vector<std::string>{"http://news.example.com/article/detail/5849551/",
                                                       "2011-09-09T16:00:00+0900", head, body, body}));
}

TEST(JoinWraps, LiteralSpaceEntitiesAreIndentation) {
  const auto p = prepare("&nbsp;&nbsp;&nbsp;&nbsp;央广网马鞍山5月20日消息。\n&nbsp;&nbsp;\n&nbsp; 第二段。\n", Upto::join_wraps);
  EXPECT_EQ(texts(p->draft), (std::vector<std::string>{"央广网马鞍山5月20日消息。", "第二段。"}));
  EXPECT_EQ(p->draft.lines[0].indent, 4);
}

// Text that is no hard-wrapped layout may still hold lines a program broke where they
// stood, mid-sentence, leaving a space at the end (the CNN/Daily Mail story files): where a
// few lines are, such a line goes on with the next, between two words of Latin script. A
// line closing a sentence, one without the space, or one between words of other scripts
// stays a paragraph; so does a headline a page left one space after. A byline word alone
// ("By ") goes on with the names under it.
TEST(JoinWraps, ALineLeftWithASpaceMidSentenceGoesOn) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"A former \nCincinnati Bengals cheerleader will be allowed to sue a website, a court has ruled.\n",
       {"A former Cincinnati Bengals cheerleader will be allowed to sue a website, a court has ruled."}},
      {"Officers also seized a shotgun and a plastic bag of live \nammunition.\n",
       {"Officers also seized a shotgun and a plastic bag of live ammunition."}},
      {"The court has ruled. \nShe will appeal.\n", {"The court has ruled.", "She will appeal."}},
      {"A former\nCincinnati Bengals cheerleader will sue.\n", {"A former", "Cincinnati Bengals cheerleader will sue."}},
      {"খালেদা জিয়ার বিরুদ্ধে মামলা \nকাউন্সিলের কথা\n", {"খালেদা জিয়ার বিরুদ্ধে মামলা", "কাউন্সিলের কথা"}},
      {"By \nMark Duell\n\nThe text.\n", {"By Mark Duell", "The text."}},
      {"By \nRadhika Rajkumar, Editor  July 1, 2025 at 10:29 a.m. PT   Until now, the Trump administration's tax bill "
       "included a rule that would prevent states from enforcing their own AI legislation for five years.\n",
       {"By", "Radhika Rajkumar, Editor  July 1, 2025 at 10:29 a.m. PT   Until now, the Trump administration's tax bill "
              "included a rule that would prevent states from enforcing their own AI legislation for five years."}},
      {"Appearing on ABC at the time, she said: \n'To stand in front of them is the hardest thing.'\n",
       {"Appearing on ABC at the time, she said: 'To stand in front of them is the hardest thing.'"}},
  };
  // (two more soft wraps under each case: the text is soft-wrapped)
  const std::string more = "\n\nPolice raided a house linked to the teenager after a tip off last \nOctober.\n\n"
                           "Officers found three handguns and a plastic bag of live \nammunition.\n";
  const std::vector<std::string> more_units = {"Police raided a house linked to the teenager after a tip off last October.",
                                               "Officers found three handguns and a plastic bag of live ammunition."};
  for (const Case& c : cases) {
    std::vector<std::string> units = c.units;
    units.insert(units.end(), more_units.begin(), more_units.end());
    std::string input = c.input;
    input.pop_back();
    EXPECT_EQ(texts(prepare(input + more, Upto::join_wraps)->draft), units) << c.input;
  }
  // one space left after a headline breaks nothing
  EXPECT_EQ(texts(prepare("Senate removes ban on state AI regulations \nStates will be able to enact AI laws again.\n",
                          Upto::join_wraps)
                      ->draft),
            (std::vector<std::string>{"Senate removes ban on state AI regulations",
                                      "States will be able to enact AI laws again."}));
}

TEST(JoinWraps, MetadataAndFurnitureLinesStandAlone) {
  const auto p = prepare(
      "A headline\n\nThe first line of a wrapped paragraph runs\nuntil the margin and then goes on here.\n"
      "Share this article\nThe first line of a wrapped paragraph runs\nuntil the margin and then goes on here.\n",
      Upto::join_wraps);
  ASSERT_EQ(p->draft.units.size(), 4u);
  EXPECT_EQ(p->draft.units[2].kind, LineKind::boilerplate);
}


// An RFC's prose is indented three columns and its program listing starts at
// column 0 with more lines: the margin is that of the lines a full line wraps
// onto, so the prose still joins.
TEST(JoinWraps, TheMarginIsThatOfTheWrappedLinesNotOfAListing) {
  std::string text =
      "   This document describes the MD5 message-digest algorithm. The\n"
      "   algorithm takes as input a message of arbitrary length and produces\n"
      "   as output a 128-bit fingerprint or message digest of the input.\n\n";
  for (int i = 0; i < 12; ++i)
    text += "   The MD5 algorithm is designed to be quite fast on 32-bit machines. In\n"
            "   addition, the MD5 algorithm does not require any large substitution\n"
            "   tables; the algorithm can be coded quite compactly and runs well.\n\n";
  for (int i = 0; i < 60; ++i) text += "x = y;\n\n";
  const auto p = prepare(text, Upto::join_wraps);
  ASSERT_TRUE(p->draft.layout.hard_wrapped);
  const auto t = texts(p->draft);
  EXPECT_EQ(t.front(),
            "This document describes the MD5 message-digest algorithm. The algorithm takes as input a message of "
            "arbitrary length and produces as output a 128-bit fingerprint or message digest of the input.");
}


// Easy-to-read news sets every phrase on a line of its own ("Two men were out" /
// "skiing on the ice"): where most lines that stop mid-sentence go on in
// lowercase, blank lines alone separate the paragraphs.
TEST(JoinWraps, TextBrokenIntoPhrasesJoinsWithinBlankLines) {
  const std::string text =
      "Two men wrote SOS in ice\n\n"
      "Two men were out\nskiing on the ice\nof the gulf.\n\n"
      "They went from\nOulu in Finland.\nThey were going\nto Lulea in Sweden.\n\n"
      "The men sent signals\nwith a kind of phone\nto get help.\n\n"
      "But helicopters\nfrom both countries\ncould not find them.\nThen the men wrote SOS\nwith blocks of ice.\n";
  const auto p = prepare(text, Upto::join_wraps);
  EXPECT_EQ(texts(p->draft),
            (std::vector<std::string>{"Two men wrote SOS in ice", "Two men were out skiing on the ice of the gulf.",
                                      "They went from Oulu in Finland. They were going to Lulea in Sweden.",
                                      "The men sent signals with a kind of phone to get help.",
                                      "But helicopters from both countries could not find them. Then the men wrote SOS "
                                      "with blocks of ice."}));
  // short sentences one per line, or short items, stay apart
  const auto q = prepare("T\n\nIt rained.\nThe river rose.\nRoads closed.\n\nRiver Road\nHill Street\nOak Lane\n",
                         Upto::join_wraps);
  EXPECT_EQ(texts(q->draft), (std::vector<std::string>{"T", "It rained.", "The river rose.", "Roads closed.", "River Road",
                                                       "Hill Street", "Oak Lane"}));
}

// Gold-standard texts of boilerplate-removal benchmarks (CleanEval) open each
// block with a marker, "<p>", "<h>" or "<l>", and wrap it at any indent: the
// marker opens a unit and is no part of its text.
TEST(JoinWraps, BlockMarkersOpenUnitsAndAreNotText) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"<h>      By JANE DOE\n<p>      MOSCOW -- It's still one of the world's great wonders, a riot of \n"
       "      architectural panache and color that still halts viewers.\n"
       "<p>      But up close, the cathedral is downright dilapidated, the Mir \n"
       "      space station of churches.\n",
       {"By JANE DOE",
        "MOSCOW -- It's still one of the world's great wonders, a riot of architectural panache and color that still "
        "halts viewers.",
        "But up close, the cathedral is downright dilapidated, the Mir space station of churches."}},
      {"   <p>For Immediate Release\n   May 16, 2003\n\n   <h>Toxic Corn Sold\n"
       "   <p>DES MOINES, IOWA - An environmental group and an animal welfare\n"
       "   organization today jointly released evidence.\n   <p>-end-\n",
       {"For Immediate Release", "May 16, 2003", "Toxic Corn Sold",
        "DES MOINES, IOWA - An environmental group and an animal welfare organization today jointly released "
        "evidence.",
        "-end-"}},
      {"<p>A wrapped paragraph that goes on\n over a line indented by one.\n\n<l>An item\n<p>Short.\n<p>Short too.\n",
       {"A wrapped paragraph that goes on over a line indented by one.", "An item", "Short.", "Short too."}},
      // a page flattened to text closes its blocks on their lines
      {"<p>The first paragraph is here.</p>\n<p>The second one.</p>\n<p>The third.</p>\n",
       {"The first paragraph is here.", "The second one.", "The third."}},
  };
  for (const Case& c : cases) EXPECT_EQ(texts(prepare(c.input, Upto::join_wraps)->draft), c.units) << c.input;
}

// A heading's block goes on only where its line was full (a wrapped headline);
// a short headline over a deck line ends there.
TEST(JoinWraps, AMarkedHeadingGoesOnOnlyWhereItsLineWasFull) {
  const std::string body =
      "<p>Scottish Renewables, the Forum for Scotland's renewable energy\n"
      "industry, today called for action by Ofgem - the energy regulator -\n"
      "and UK Government to ensure Scottish renewable generators are not\n"
      "penalised by proposed changes to electricity regulations.\n"
      "<p>The call came in the Forum's response to the latest consultation\n"
      "from Ofgem and the Department of Trade and Industry on charges.\n";
  EXPECT_EQ(texts(prepare("<h>Scottish Renewables calls on Ofgem and UK Government to simplify\n"
                          "grid charging for renewables in Scotland\n" + body,
                          Upto::join_wraps)
                      ->draft)
                .front(),
            "Scottish Renewables calls on Ofgem and UK Government to simplify grid charging for renewables in "
            "Scotland");
  const auto units = texts(prepare("<h>USDA Sold Toxic Corn to a Feed Handler\n"
                                   "Groups Say It Broke a Grower Agreement\n" + body,
                                   Upto::join_wraps)
                               ->draft);
  ASSERT_GE(units.size(), 2u);
  EXPECT_EQ(units[0], "USDA Sold Toxic Corn to a Feed Handler");
  EXPECT_EQ(units[1], "Groups Say It Broke a Grower Agreement");
}

}  // namespace
}  // namespace artconv::plaintext
