#include <gtest/gtest.h>

#include "plaintext/dates.hpp"
#include "plaintext/lines.hpp"
#include "plaintext/reader.hpp"
#include "support.hpp"
#include "unicode/text.hpp"

namespace artconv {
namespace {

using testing::all_articles;
using testing::comparable;
using testing::fixture;
using testing::read_article;
using testing::read_text;

std::vector<std::pair<std::string, std::string>> typed_blocks(const Document& d) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Block& b : d.blocks) out.emplace_back(block_type_name(b), block_text(b));
  return out;
}

TEST(Reader, ShanghaiSampleGivesTheDocumentAPersonReads) {
  const Document d = read_article(fixture("articles/zh-hant-news-shanghai.txt")).document;
  EXPECT_EQ(d.meta.title, "市委召開城市基層黨建經驗交流座談會");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2017-08-04 08:36:55+08:00");  // the zone implied by the language
  EXPECT_TRUE(d.meta.published->offset_implied);
  EXPECT_EQ(d.meta.source, "新民晚報");
  EXPECT_EQ(d.meta.original_title, "市委召開全市城市基層黨建工作經驗交流座談會");
  EXPECT_EQ(d.meta.language, "zh-Hant");
  const std::vector<Contributor> expected{
      {"彭麗", Role::editor}, {"劉徵宇", Role::responsible_editor}, {"劉歆", Role::photographer}};
  EXPECT_EQ(d.meta.contributors, expected);

  const auto blocks = typed_blocks(d);
  std::vector<std::string> types;
  for (const auto& [type, text] : blocks) types.push_back(type);
  const std::vector<std::string> expected_types{"figure",    "figure",    "paragraph", "paragraph",
                                                "paragraph", "paragraph", "paragraph", "figure",
                                                "paragraph", "credit",    "figure"};
  EXPECT_EQ(types, expected_types);
  EXPECT_EQ(blocks[0].second, "圖片默認標題_fororder_3");
  EXPECT_EQ(blocks[1].second, "圖片默認標題_fororder_4");
  EXPECT_EQ(blocks[7].second, "圖片默認標題_fororder_5");
  EXPECT_EQ(blocks[10].second, "圖片默認標題_fororder_6");
  EXPECT_TRUE(blocks[2].second.starts_with("中共上海市委日前召開"));
  // The credit left the last paragraph.
  EXPECT_TRUE(blocks[8].second.ends_with("負責同志作交流發言。")) << blocks[8].second;
  EXPECT_EQ(blocks[9].second, "（圖片攝影 劉歆）");  // full-width restored

  ASSERT_FALSE(d.removed.empty());
  EXPECT_EQ(d.removed.back().text, "分享到:");
  EXPECT_EQ(d.removed.back().reason, RemovalReason::boilerplate);
  EXPECT_TRUE(d.meta.identifier.starts_with("urn:uuid:"));
}

TEST(Reader, EveryEncodingAndLayoutVariantGivesTheSameDocument) {
  const auto original = comparable(read_article(fixture("articles/zh-hant-news-shanghai.txt")).document);
  for (const char* variant : {"gb18030", "utf16le-bom", "utf8-bom-crlf", "wrapped30"}) {
    const auto path = fixture(std::string("articles/variants/zh-hant-news-shanghai.") + variant + ".txt");
    EXPECT_EQ(comparable(read_article(path).document), original) << variant;
  }
  // Big5 cannot hold 産 or U+00A0: compare with the same substitution in UTF-8.
  std::string substituted = testing::read_file(fixture("articles/zh-hant-news-shanghai.txt"));
  for (auto [from, to] : {std::pair{"産", "產"}, std::pair{"\xC2\xA0", " "}})
    for (std::size_t at; (at = substituted.find(from)) != std::string::npos;)
      substituted.replace(at, std::string(from).size(), to);
  EXPECT_EQ(comparable(read_article(fixture("articles/variants/zh-hant-news-shanghai.big5.txt")).document),
            comparable(read_text(substituted)));
}

TEST(Reader, SimplifiedChineseWithIndentedParagraphsAndTrailingEditor) {
  const Document d = read_article(fixture("articles/zh-hans-economy-indented.txt")).document;
  EXPECT_EQ(d.meta.title, "国家统计局发布十月份国民经济运行数据");
  EXPECT_EQ(d.meta.language, "zh-Hans");
  EXPECT_EQ(d.meta.source, "经济日报");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2023-11-15 10:02+08:00");
  const std::vector<Contributor> expected{{"王磊", Role::editor}, {"李娜", Role::responsible_editor}};
  EXPECT_EQ(d.meta.contributors, expected);
  ASSERT_EQ(d.blocks.size(), 4u);
  for (const Block& b : d.blocks) EXPECT_TRUE(std::holds_alternative<Paragraph>(b));
  EXPECT_EQ(d.removed.back().reason, RemovalReason::boilerplate);
}

TEST(Reader, EnglishWireStoryWithBylineDatelineAndHardWrap) {
  const Document d = read_article(fixture("articles/en-wire-floods-crlf.txt")).document;
  EXPECT_EQ(d.meta.title, "Flood defences tested as river levels rise across northern towns");
  EXPECT_EQ(d.meta.language, "en");
  EXPECT_EQ(d.meta.source, "Reuters");
  EXPECT_EQ(d.meta.dateline, "LONDON");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2024-11-27 08:15Z");
  // "By Jane Smith and Tom O'Neill, Reuters": a byline naming the agency is its reporters'
  const std::vector<Contributor> expected{{"Jane Smith", Role::reporter}, {"Tom O'Neill", Role::reporter}};
  EXPECT_EQ(d.meta.contributors, expected);
  ASSERT_EQ(d.blocks.size(), 5u);
  // Re-joined with a space between words, no line breaks left.
  EXPECT_EQ(block_text(d.blocks[4]),
            "Insurers estimate that claims could exceed 500 million pounds, making it one of the costliest flood "
            "events of recent years.");
  EXPECT_TRUE(block_text(d.blocks[0]).starts_with("LONDON, Nov. 27 (Reuters) - Emergency crews worked through"));
}

TEST(Reader, JapaneseArticleWithFigureCaptionAndCredit) {
  const Document d = read_article(fixture("articles/ja-tokyo-disaster-plan.txt")).document;
  EXPECT_EQ(d.meta.language, "ja");
  EXPECT_EQ(d.meta.source, "東京新聞");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2024-03-01 14:30+09:00");
  const std::vector<Contributor> expected{{"山田太郎", Role::reporter}, {"佐藤花子", Role::photographer}};
  EXPECT_EQ(d.meta.contributors, expected);
  ASSERT_EQ(d.blocks.size(), 5u);
  const auto* figure = std::get_if<Figure>(&d.blocks[3]);
  ASSERT_NE(figure, nullptr);
  EXPECT_EQ(figure->caption, "記者会見で計画を説明する知事");
  EXPECT_TRUE(std::holds_alternative<Credit>(d.blocks[4]));
}

TEST(Reader, LinesWithoutBlankLinesAreParagraphsAndShortOnesHeadings) {
  const Document d = read_article(fixture("articles/appledaily-A3845.txt")).document;
  EXPECT_EQ(d.meta.title, "癌兒顧癌母 拖4月才開刀");
  const auto blocks = typed_blocks(d);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[2], (std::pair<std::string, std::string>{"heading", "仍撐病分頭做零工"}));
  EXPECT_EQ(blocks[4], (std::pair<std::string, std::string>{"heading", "嘆「誤了孩子前程」"}));
  EXPECT_EQ(blocks[0].first, "paragraph");
}

TEST(Reader, KoreanLabelsAndSpacing) {
  const Document d = read_article(fixture("articles/ko-seoul-subway.txt")).document;
  EXPECT_EQ(d.meta.language, "ko");
  EXPECT_EQ(d.meta.source, "서울신문");
  EXPECT_EQ(d.blocks.size(), 3u);
}

TEST(Reader, HardWrappedKoreanAndCjkJoinRules) {
  const Document d = read_text(
      "Title line\n\n"
      "서울시는 지하철 9호선 4단계 연장 구간을\n내년 하반기에 개통한다고 20일 밝혔다.\n"
      "시 관계자는 안전 점검을 철저히 마친\n뒤 개통 일정을 확정하겠다고 말했다.\n\n"
      "中文段落第一行，這一行很長很長很長很\n長，第二行接著寫下去到這裡就結束了。\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(block_text(d.blocks[0]),
            "서울시는 지하철 9호선 4단계 연장 구간을 내년 하반기에 개통한다고 20일 밝혔다. 시 관계자는 안전 점검을 "
            "철저히 마친 뒤 개통 일정을 확정하겠다고 말했다.");
  EXPECT_EQ(block_text(d.blocks[1]), "中文段落第一行，這一行很長很長很長很長，第二行接著寫下去到這裡就結束了。");
}

TEST(Reader, IndentationSeparatesHardWrappedParagraphs) {
  const Document d = read_text(
      "A title\n"
      "    The first paragraph starts here and continues on the next line,\n"
      "which is not indented because it is a continuation of the paragraph.\n"
      "    The second paragraph starts with an indent just like the first,\n"
      "and it also runs over two lines before it stops here at the end.\n");
  EXPECT_EQ(d.meta.title, "A title");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(block_text(d.blocks[1]).starts_with("The second paragraph"));
}

TEST(Reader, QuotesAndBoilerplateTables) {
  const Document d = read_text(
      "Title\n\nA paragraph that is long enough to be a paragraph of the body text.\n\n"
      "> A quoted line\n\nShare this article\n\nRelated articles\n\n[Image: A flooded street]\n");
  const auto blocks = typed_blocks(d);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1], (std::pair<std::string, std::string>{"quote", "A quoted line"}));
  EXPECT_EQ(std::get<Figure>(d.blocks[2]).caption, "A flooded street");
  ASSERT_EQ(d.removed.size(), 2u);
  EXPECT_EQ(d.removed[0].text, "Share this article");
}

TEST(Reader, ChineseWireDatelineGivesAgencyPlaceAndReporters) {
  const Document d = read_text(
      "标题\n\n新华社北京8月4日电（记者 张三 李四）国务院新闻办公室4日举行新闻发布会，介绍有关情况。\n");
  EXPECT_EQ(d.meta.source, "新华社");
  EXPECT_EQ(d.meta.dateline, "北京");
  const std::vector<Contributor> expected{{"张三", Role::reporter}, {"李四", Role::reporter}};
  EXPECT_EQ(d.meta.contributors, expected);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_TRUE(block_text(d.blocks[0]).starts_with("新华社北京"));
}

TEST(Reader, EuropeanLabelsBylinesAndDates) {
  const Document fr = read_text("Le titre\n\nPar Jean Dupont et Marie Curie\n\nPublié le : 3 décembre 2023 | Source : AFP\n\n"
                                "Le gouvernement a présenté mardi un plan pour les transports, dans les grandes villes du pays.\n");
  const std::vector<Contributor> fr_authors{{"Jean Dupont", Role::author}, {"Marie Curie", Role::author}};
  EXPECT_EQ(fr.meta.contributors, fr_authors);
  EXPECT_EQ(fr.meta.source, "AFP");
  ASSERT_TRUE(fr.meta.published);
  EXPECT_EQ(fr.meta.published->iso(), "2023-12-03");
  EXPECT_EQ(fr.meta.language, "fr");
  const Document de = read_text("Titel\n\nVon Hans Müller\n\nDatum: 4. August 2017 | Quelle: dpa\n\n"
                                "Die Regierung hat am Dienstag einen Plan für den Verkehr vorgestellt, der nicht allen gefällt.\n");
  EXPECT_EQ(de.meta.contributors, (std::vector<Contributor>{{"Hans Müller", Role::author}}));
  EXPECT_EQ(de.meta.source, "dpa");
  ASSERT_TRUE(de.meta.published);
  EXPECT_EQ(de.meta.published->iso(), "2017-08-04");
  const Document ru = read_text("Заголовок\n\nИсточник: ТАСС\nАвтор: Иван Петров\nДата: 4 августа 2017 г.\n\n"
                                "Правительство объявило о новых мерах поддержки экономики и малого бизнеса.\n");
  EXPECT_EQ(ru.meta.source, "ТАСС");
  EXPECT_EQ(ru.meta.contributors, (std::vector<Contributor>{{"Иван Петров", Role::author}}));
  ASSERT_TRUE(ru.meta.published);
  EXPECT_EQ(ru.meta.published->iso(), "2017-08-04");
  EXPECT_EQ(ru.meta.language, "ru");
}

TEST(Reader, TitleAfterLeadingMetadataLines) {
  const Document d = read_text(
      "来源：新华网　2023-05-06 09:30\n分享到：微信\n\n国务院召开常务会议部署稳就业工作\n\n"
      "国务院总理主持召开国务院常务会议，部署进一步稳就业的政策措施，会议指出要着力稳定和扩大就业。\n");
  EXPECT_EQ(d.meta.title, "国务院召开常务会议部署稳就业工作");
  EXPECT_EQ(d.meta.source, "新华网");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->iso(), "2023-05-06 09:30+08:00");
  ASSERT_EQ(d.blocks.size(), 1u);
  ASSERT_EQ(d.removed.size(), 2u);
  EXPECT_EQ(d.removed[0].reason, RemovalReason::metadata);
  EXPECT_EQ(d.removed[1].reason, RemovalReason::boilerplate);
}

TEST(Reader, WireBylinesUpdatedLinesAndChineseReporterLines) {
  const Document ap = read_text("Storm closes ports\n\nBy JOHN SMITH, Associated Press Writer\n\n"
                                "Last updated: 4 August 2017\n\nThe storm closed every port on the coast on Friday.\n");
  EXPECT_EQ(ap.meta.contributors, (std::vector<Contributor>{{"JOHN SMITH", Role::reporter}}));
  EXPECT_EQ(ap.meta.source, "Associated Press");
  ASSERT_TRUE(ap.meta.published);
  EXPECT_EQ(ap.meta.published->iso(), "2017-08-04");
  EXPECT_EQ(ap.blocks.size(), 1u);
  const Document zh = read_text("市政府召开新闻发布会\n\n（记者 张三 李四）\n\n市政府今天召开新闻发布会，介绍今年以来全市经济运行情况和下一步工作安排。\n\n"
                                "本报记者 王五\n");
  EXPECT_EQ(zh.meta.contributors,
            (std::vector<Contributor>{{"张三", Role::reporter}, {"李四", Role::reporter}, {"王五", Role::reporter}}));
  EXPECT_EQ(zh.blocks.size(), 1u);
}

// A portal's closing "（来源：…）" names the paper the story is from; it is no photo credit.
TEST(Reader, BracketedSourceClosingAPortalStory) {
  const Document d = read_text(
      "讲述：我网上求职险遭名企骗局\n\n大学生小袁网上投简历求职，一家自称设在广东的跨国公司分公司很快就打来电话进行面试。\n\n"
      "随后，小袁拨打了东莞110报警电话，当地民警告知这很可能是个骗局。(文/)\n\n（来源：北京人才市场报）\n");
  EXPECT_EQ(d.meta.source, "北京人才市场报");
  EXPECT_TRUE(d.meta.contributors.empty());
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(block_text(d.blocks[1]).starts_with("随后"));
}

// Issue 9: no made-up titles. The file name is the writers' business, where a
// format requires a title.
TEST(Reader, NoTitleLineGivesAnEmptyTitle) {
  plaintext::Reader reader;
  Diagnostics diag;
  const std::string body(300, 'x');
  const Document d = reader.read("This opening line is a whole paragraph of text. " + body + ".\n", diag);
  EXPECT_EQ(d.meta.title, "");
  EXPECT_EQ(d.blocks.size(), 1u);
}

TEST(Reader, WhitespaceOnlyInputIsAnError) {
  EXPECT_THROW(read_text(" \n\u3000\n\t\n"), Error);
}

TEST(Reader, ControlCharactersAreRemovedWithAWarning) {
  plaintext::Reader reader;
  Diagnostics diag;
  const Document d = reader.read("Title\n\nBody\x07 text\xE2\x80\x8B here.\n", diag);
  EXPECT_EQ(block_text(d.blocks[0]), "Body text here.");
  ASSERT_EQ(diag.warnings().size(), 1u);
  EXPECT_EQ(diag.warnings()[0].code, "removed-invisible-characters");
}

// A bulletin board's colour codes go whole before the lines are measured: a
// wrapped line is as wide as the reader sees it, so the paragraph joins.
TEST(Reader, TerminalColourCodesAreRemovedBeforeLinesAreMeasured) {
  plaintext::Reader reader;
  Diagnostics diag;
  const std::string wrapped_line(60, 'a');
  const Document d = reader.read("Title\n\n\x1b[1;37m" + wrapped_line + " b\x1b[m\n" + wrapped_line +
                                     " c\x1b[0;33m\n\x1b[1mshort end.\x1b[0m\n",
                                 diag);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(block_text(d.blocks[0]), wrapped_line + " b " + wrapped_line + " c short end.");
  ASSERT_EQ(diag.warnings().size(), 1u);
  EXPECT_EQ(diag.warnings()[0].code, "removed-terminal-escapes");
  EXPECT_EQ(diag.warnings()[0].message, "5 terminal escape sequences (colour codes) removed from the text");
}

// A long run of blank lines keeps a few records, not one per line (ten
// million empty lines took 400 MB); the lines after it keep their numbers.
TEST(Reader, LongRunsOfBlankLinesKeepTheirLineNumbersButNotTheirRecords) {
  std::vector<plaintext::SkippedBlankLines> skipped;
  const std::string text = "a\n" + std::string(20, '\n') + " \t\n\u3000\nb\n\n\nc\n" + std::string(9, '\n') + "d\n";
  const auto lines = plaintext::split_lines(text, &skipped);
  std::vector<std::size_t> numbers;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank()) numbers.push_back(plaintext::line_number(i, skipped));
  EXPECT_EQ(numbers, (std::vector<std::size_t>{1, 24, 27, 37}));
  EXPECT_EQ(lines.size(), 1 + plaintext::kMostBlankLinesKept + 1 + 2 + 1 + plaintext::kMostBlankLinesKept + 1);
  // without a place to note the cuts, every line is kept
  EXPECT_EQ(plaintext::split_lines(text).size(), 37u);
  const Document d = read_text("Title\n\n" + std::string(1000, '\n') + "The body.\n\n\nMore.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(block_line(d.blocks[0]), 1003u);
  EXPECT_EQ(block_line(d.blocks[1]), 1006u);
}

TEST(Reader, AHugeSingleLineIsOneParagraph) {
  std::string line;
  while (line.size() < 20'000'000) line += "word ";
  const Document d = read_text("Title\n\n" + line + "\n");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_GT(block_text(d.blocks[0]).size(), 19'000'000u);
}

// Nothing lost: every visible character of the input is in the Document, in
// order. The reader's document: restoring full-width punctuation replaces
// characters on purpose (tests/cjk_punctuation_test.cpp).
TEST(Reader, NothingIsLostInAnyFixture) {
  ConvertOptions as_read;
  as_read.keep_punctuation = true;
  for (const auto& path : all_articles()) {
    const Conversion c = read_article(path, as_read);
    const Document& d = c.document;
    struct Piece {
      std::size_t line;
      std::size_t order;
      std::string text;
    };
    std::vector<Piece> pieces;
    std::size_t order = 0;
    for (const Block& b : d.blocks) pieces.push_back({block_line(b), order++, block_text(b)});
    for (const Removed& r : d.removed) pieces.push_back({r.line, order++, r.text});
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.line < b.line; });
    std::string model = d.meta.title;
    for (const Piece& p : pieces) model += p.text;

    // The decoded input, normalized as the reader sees it.
    Diagnostics ignored;
    const std::string input =
        unicode::to_nfc(decode(testing::read_file(path), {}, ignored).text);
    std::size_t at = 0;
    std::size_t input_pos = 0;
    for (std::size_t pos = 0; pos < input.size();) {
      input_pos = pos;
      const char32_t c32 = unicode::next_code_point(input, pos);
      if (unicode::is_space(c32) || unicode::is_invisible(c32)) continue;
      std::string ch;
      unicode::append_utf8(ch, c32);
      const std::size_t found = model.find(ch, at);
      ASSERT_NE(found, std::string::npos) << path << ": character '" << ch << "' at input byte " << input_pos
                                          << " is missing from the document";
      at = found + ch.size();
    }
  }
}

// A date's layout naming a day or time that does not exist is worth a warning;
// what has no date's layout is not.
TEST(Dates, ALayoutWithNoSuchDayIsToldFromNoDateAtAll) {
  for (const char* text : {"2017年2月31日", "2017-02-30", "31 April 2017", "April 31, 2017", "2017-02-28 23:59:60",
                           "民國0年1月1日", "2019年3月32日 星期二", "2017-02-28T10:00:00+25:00"})
    EXPECT_TRUE(plaintext::names_no_such_date(text)) << text;
  for (const char* text : {"2017年2月28日", "line 12345.", "The council met", "1234", "25:10 2019/09/12", ""})
    EXPECT_FALSE(plaintext::names_no_such_date(text)) << text;
}

TEST(Dates, FormatsNewsFeedsUse) {
  struct Case {
    const char* text;
    const char* iso;
  };
  for (const Case& c : {Case{"2017-08-04 08:36:55", "2017-08-04 08:36:55"}, Case{"2017/8/4", "2017-08-04"},
                        Case{"2017年8月4日 08:36", "2017-08-04 08:36"}, Case{"2017年08月04日08:36", "2017-08-04 08:36"},
                        Case{"2017年8月4日 下午3時05分", "2017-08-04 15:05"}, Case{"2024年3月1日 14時30分", "2024-03-01 14:30"},
                        Case{"4 August 2017", "2017-08-04"}, Case{"Aug. 4, 2017", "2017-08-04"},
                        Case{"Friday, August 4, 2017 3:05 PM", "2017-08-04 15:05"},
                        Case{"27 November 2024 08:15 GMT", "2024-11-27 08:15Z"},
                        Case{"2017-08-04T08:36:55+08:00", "2017-08-04 08:36:55+08:00"},
                        // a script's time stamp: its fraction of a second is dropped, its zone kept
                        Case{"2024-01-03T11:30:26.000Z", "2024-01-03 11:30:26Z"},
                        Case{"2024-01-03T11:30:26,5+01:00", "2024-01-03 11:30:26+01:00"},
                        Case{"12 mars 2024", "2024-03-12"}, Case{"4 août 2017 à", nullptr},
                        Case{"4. August 2017", "2017-08-04"}, Case{"4 de agosto de 2017", "2017-08-04"},
                        Case{"4 agosto 2017 10:30", "2017-08-04 10:30"}, Case{"4 августа 2017 г.", "2017-08-04"},
                        Case{"3 décembre 2023", "2023-12-03"}, Case{"1 März 2020", "2020-03-01"},
                        // the Republic of China calendar: 民國112年 and three-digit years are 1911 later
                        Case{"民國112年11月14日", "2023-11-14"}, Case{"112/11/14", "2023-11-14"},
                        Case{"民国108年3月27日 18:54", "2019-03-27 18:54"}, Case{"12/11/14", nullptr},
                        // the time before the date, even run together with it
                        Case{"15:26 2019/09/12", "2019-09-12 15:26"}, Case{"15:262019/09/12", "2019-09-12 15:26"},
                        Case{"25:10 2019/09/12", nullptr},
                        // no second 60 (EPUB's and JATS's date checkers refuse it), no year 0 of the Republic
                        Case{"2017-02-28 23:59:60", nullptr}, Case{"2017-02-28 23:59:59", "2017-02-28 23:59:59"},
                        Case{"民國0年1月1日", nullptr}, Case{"民國1年1月1日", "1912-01-01"},
                        // a word and a number are no date
                        Case{"line 12345.", nullptr},
                        // a weekday in any language; Latvian, Bulgarian, Finnish months; day.month.year
                        Case{"Martes 14 de noviembre de 2023", "2023-11-14"},
                        Case{"Segunda-feira, 20 de novembro de 2023", "2023-11-20"},
                        Case{"Montag, 20. November 2023", "2023-11-20"},
                        Case{"вторник, 14 ноември 2023 г", "2023-11-14"},
                        Case{"Otrdiena, 2023. gada 14. novembris", "2023-11-14"},
                        Case{"14. marraskuuta 2023", "2023-11-14"},
                        Case{"Trešdiena, 22.11.2023", "2023-11-22"}, Case{"22.13.2023", nullptr},
                        Case{"2019년 5월 16일", "2019-05-16"},
                        // C's ctime (a bulletin board's post time), the day padded or not
                        Case{"Mon Dec 21 19:45:20 2020", "2020-12-21 19:45:20"},
                        Case{"Tue Jan  5 08:03 2021", "2021-01-05 08:03"}, Case{"Mon Dec 21 25:45:20 2020", nullptr},
                        // morning and afternoon in Korean and Japanese
                        Case{"2019.10.01 오후 3:20", "2019-10-01 15:20"}, Case{"2019-10-01 오전 12:05", "2019-10-01 00:05"},
                        Case{"2019년 10월 1일 오후 3시 20분", "2019-10-01 15:20"},
                        Case{"2019.10.01 (화) 오후 3:20", "2019-10-01 15:20"},
                        Case{"2019年10月1日 午後3時20分", "2019-10-01 15:20"}, Case{"2019/10/01 午前 9:05", "2019-10-01 09:05"},
                        // a weekday after the date (or its time)
                        Case{"2019年3月5日 星期二", "2019-03-05"}, Case{"2019年3月5日星期二", "2019-03-05"},
                        Case{"2019年03月05日 15:01 星期二", "2019-03-05 15:01"},
                        Case{"2019年3月5日（星期二）", "2019-03-05"}, Case{"2019.03.05 (화)", "2019-03-05"},
                        Case{"2019년 3월 5일 화요일", "2019-03-05"}, Case{"2019年3月5日 (note)", nullptr},
                        Case{"2019年3月5日 星期二晚上", nullptr},
                        // a year has four digits (but in the ROC calendar)
                        Case{"4 August 217", nullptr}, Case{"Aug. 4, 201", nullptr}, Case{"22.11.202", nullptr}}) {
    if (c.iso == nullptr) {
      EXPECT_FALSE(plaintext::parse_date(c.text).has_value()) << c.text;
      continue;
    }
    const auto d = plaintext::parse_date(c.text);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->iso(), c.iso) << c.text;
    EXPECT_EQ(d->written, c.text);
  }
  for (const char* bad : {"2017-13-04", "hello world", "2017", "In 2017 the city grew by 4 August residents"})
    EXPECT_FALSE(plaintext::parse_date(bad).has_value()) << bad;
  // CNA's closing date code
  ASSERT_TRUE(plaintext::parse_roc_date_code("1100731").has_value());
  EXPECT_EQ(plaintext::parse_roc_date_code("1100731")->iso(), "2021-07-31");
  for (const char* bad : {"1101331", "110073", "11007311", "abcdefg"})
    EXPECT_FALSE(plaintext::parse_roc_date_code(bad).has_value()) << bad;
}

}  // namespace
}  // namespace artconv
