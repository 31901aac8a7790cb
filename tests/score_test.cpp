// The scorer's comparison logic (tests/score/score.hpp): what counts as right.
#include <gtest/gtest.h>

#include <algorithm>

#include "score.hpp"

namespace artconv::score {
namespace {

// artconv's JSON output, reduced to what the scorer reads.
Json output(const std::string& title, std::vector<std::pair<std::string, std::string>> blocks,
            std::vector<std::pair<std::string, std::string>> people = {}) {
  Json contributors = Json::array();
  for (auto& [name, role] : people) contributors.push_back({{"name", name}, {"role", role}});
  Json b = Json::array();
  for (auto& [type, text] : blocks) b.push_back({{"type", type}, {"text", text}});
  return {{"metadata",
           {{"title", title},
            {"source", ""},
            {"published", nullptr},
            {"language", "zh-Hant"},
            {"contributors", contributors}}},
          {"blocks", b}};
}

Json truth() {
  return Json::parse(R"({
    "language": "zh-Hant", "shape": "portal", "title": "颱風海葵登陸 全台停班停課",
    "source": "自由時報", "date": "2023-09-03", "dateline": "台北",
    "people": [{"name": "王小明", "role": "reporter"}, {"name": "李四", "role": "photographer"}],
    "paragraphs": 3, "headings": [], "list_items": 0,
    "first_paragraph": "〔記者王小明／台北報導〕颱風海葵", "last_paragraph": "中央氣象署提醒",
    "captions": [], "removed": []})");
}

Output good_output() {
  Output o;
  o.title = "颱風海葵登陸　全台停班停課";
  o.source = "自由時報";
  o.date = "2023-09-03";
  o.language = "zh-Hant";
  o.people = {{"王小明", "reporter"}, {"李四", "photographer"}};
  o.paragraphs = {"〔記者王小明／台北報導〕颱風海葵今天登陸。", "第二段。", "中央氣象署提醒民眾注意。"};
  return o;
}

TEST(ScoreText, CollapseTrimsAndJoinsAllWhitespace) {
  EXPECT_EQ(collapse("  a \t b\u3000\u3000c\n"), "a b c");
  EXPECT_EQ(collapse("\u00a0x\u200by"), "xy");
  EXPECT_EQ(collapse("e\u0301"), "\u00e9");  // NFC
  EXPECT_EQ(collapse(""), "");
}

TEST(ScoreText, PrefixMatchCollapsesWhitespaceOnBothSides) {
  EXPECT_TRUE(starts_with_collapsed("The  storm hit\nthe coast on Monday.", "The storm hit the"));
  EXPECT_TRUE(starts_with_collapsed("颱風海葵今天登陸", "颱風海葵"));
  EXPECT_TRUE(starts_with_collapsed("anything", ""));
  EXPECT_FALSE(starts_with_collapsed("The storm", "The storm hit"));  // the paragraph is cut short
  EXPECT_FALSE(starts_with_collapsed("By Ana Lee. The storm hit", "The storm hit"));
}

TEST(ScoreText, NamesMatchIgnoringSpacesAndAsciiCase) {
  EXPECT_EQ(name_key("王 小明"), name_key("王小明"));
  EXPECT_EQ(name_key("王\u3000小明"), name_key("王小明"));
  EXPECT_EQ(name_key("Ana  Lee"), name_key("ANA LEE"));
  EXPECT_NE(name_key("Ana Lee"), name_key("Ana Leé"));
}

TEST(ScoreText, TitlesNullMeansNoTitleReported) {
  EXPECT_TRUE(title_matches(std::nullopt, std::nullopt));
  EXPECT_FALSE(title_matches(std::nullopt, std::string("Dear readers,")));
  EXPECT_TRUE(title_matches(std::string(" Budget  cuts "), std::string("Budget cuts")));
  EXPECT_FALSE(title_matches(std::string("Budget cuts"), std::nullopt));
  EXPECT_FALSE(title_matches(std::string("Budget cuts"), std::string("Budget cuts ahead")));
}

TEST(ScoreText, CountsWithinOneAndWithinATenth) {
  EXPECT_TRUE(within_one(0, 0));
  EXPECT_TRUE(within_one(0, 1));
  EXPECT_TRUE(within_one(10, 9));
  EXPECT_TRUE(within_one(9, 10));
  EXPECT_FALSE(within_one(8, 10));
  EXPECT_FALSE(within_one(2, 0));
  EXPECT_TRUE(within_tenth(110, 100));
  EXPECT_TRUE(within_tenth(90, 100));
  EXPECT_FALSE(within_tenth(111, 100));
  EXPECT_FALSE(within_tenth(1, 0));
  EXPECT_TRUE(within_tenth(0, 0));
}

TEST(ScoreText, DatePartKeepsWhatTheTextGave) {
  EXPECT_EQ(date_part("2017-08-04 08:36:55+08:00"), "2017-08-04");
  EXPECT_EQ(date_part("2017-08-04T08:36"), "2017-08-04");
  EXPECT_EQ(date_part("2017-08-04"), "2017-08-04");
  EXPECT_EQ(date_part("2017-08-00"), "2017-08");
  EXPECT_EQ(date_part("2017-00-00"), "2017");
  EXPECT_EQ(date_part(""), "");
}

TEST(ScoreText, LanguageGroups) {
  EXPECT_EQ(language_group("zh-Hant"), "zh-Hant");
  EXPECT_EQ(language_group("zh-hans"), "zh-Hans");
  EXPECT_EQ(language_group("en"), "en");
  EXPECT_EQ(language_group("zh"), "other");
  EXPECT_EQ(language_group("lv"), "other");
}

TEST(ScoreOutput, ParagraphsAreParagraphAndQuoteBlocksOnly) {
  const Output o = read_output(output("T", {{"heading", "H"},
                                            {"paragraph", "one"},
                                            {"figure", "F"},
                                            {"credit", "C"},
                                            {"quote", "two"},
                                            {"list", "a\nb"},
                                            {"list_item", "c"},
                                            {"something_new", "d"},
                                            {"paragraph", "three"}}));
  EXPECT_EQ(o.paragraphs, (std::vector<std::string>{"one", "two", "three"}));
  EXPECT_EQ(o.title, "T");
}

TEST(ScoreOutput, EmptyTitleOrANoTitleFlagIsNoTitle) {
  EXPECT_FALSE(read_output(output("", {})).title);
  EXPECT_FALSE(read_output(output(" \u3000", {})).title);
  Json flagged = output("article-17", {});
  flagged["metadata"]["no_title"] = true;
  EXPECT_FALSE(read_output(flagged).title);
  Json has_title = output("article-17", {});
  has_title["metadata"]["has_title"] = false;
  EXPECT_FALSE(read_output(has_title).title);
  Json unflagged = output("Budget", {});
  unflagged["metadata"]["no_title"] = false;
  EXPECT_EQ(read_output(unflagged).title, "Budget");
}

TEST(ScoreOutput, ToleratesMissingAndUnknownFields) {
  const Output o = read_output(Json::parse(R"({"metadata": {"published": "2020-01-02 10:00", "extra": 1}})"));
  EXPECT_FALSE(o.title);
  EXPECT_EQ(o.date, "2020-01-02");
  EXPECT_TRUE(o.paragraphs.empty());
  EXPECT_TRUE(read_output(Json::object()).people.empty());
}

TEST(ScoreFile, EverythingRight) {
  const FileScore s = score_file(truth(), good_output(), "zh/x");
  for (Metric m : {Metric::title, Metric::paragraphs, Metric::paragraphs_near, Metric::source, Metric::date,
                   Metric::people, Metric::roles, Metric::language, Metric::first_paragraph, Metric::last_paragraph})
    EXPECT_EQ(s[m], true) << info(m).key;
  EXPECT_FALSE(s[Metric::made_up_title]);     // the truth has a title: does not apply
  EXPECT_FALSE(s[Metric::etext_paragraphs]);  // not an e-text
  EXPECT_TRUE(s.mismatches.empty());
  EXPECT_EQ(s.group, "zh-Hant");
  EXPECT_EQ(s.shape, "portal");
}

TEST(ScoreFile, NullTitleAndAMadeUpOne) {
  Json t = truth();
  t["title"] = nullptr;
  Output o = good_output();
  FileScore s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::title], false);
  EXPECT_EQ(s[Metric::made_up_title], true);
  ASSERT_FALSE(s.mismatches.empty());
  EXPECT_EQ(s.mismatches[0].field, "title");
  EXPECT_EQ(s.mismatches[0].expected, "null");
  o.title.reset();
  s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::title], true);
  EXPECT_EQ(s[Metric::made_up_title], false);
}

TEST(ScoreFile, ParagraphCountsOffByOneAndMore) {
  Output o = good_output();
  o.paragraphs.insert(o.paragraphs.begin() + 1, "extra");
  FileScore s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::paragraphs], false);
  EXPECT_EQ(s[Metric::paragraphs_near], true);
  o.paragraphs.insert(o.paragraphs.begin() + 1, "extra");
  s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::paragraphs_near], false);
  const auto m = std::find_if(s.mismatches.begin(), s.mismatches.end(),
                              [](const Mismatch& x) { return x.field == "paragraphs"; });
  ASSERT_NE(m, s.mismatches.end());
  EXPECT_EQ(m->expected, "3");
  EXPECT_EQ(m->got, "5");
}

TEST(ScoreFile, PeopleFoundAndRolesRight) {
  Output o = good_output();
  o.people = {{"王 小明", "reporter"}, {"李四", "editor"}, {"Someone Else", "author"}};
  FileScore s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::people], true);
  EXPECT_EQ(s[Metric::roles], false);
  o.people = {{"王小明", "reporter"}};
  s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::people], false);
  EXPECT_EQ(s[Metric::roles], false);
  // The same name twice, in two roles: each truth role is looked for.
  o.people = {{"李四", "reporter"}, {"王小明", "reporter"}, {"李四", "photographer"}};
  s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::roles], true);
}

TEST(ScoreFile, NoPeopleInTruthIsNotScoredButExtraOnesAreShown) {
  Json t = truth();
  t["people"] = Json::array();
  const FileScore s = score_file(t, good_output(), "x");
  EXPECT_FALSE(s[Metric::people]);
  EXPECT_FALSE(s[Metric::roles]);
  ASSERT_EQ(s.mismatches.size(), 1u);
  EXPECT_EQ(s.mismatches[0].field, "people (extra, not scored)");
}

TEST(ScoreFile, NullSourceAndDateMeanNoneReported) {
  Json t = truth();
  t["source"] = nullptr;
  t["date"] = nullptr;
  Output o = good_output();
  FileScore s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::source], false);
  EXPECT_EQ(s[Metric::date], false);
  o.source.clear();
  o.date.clear();
  s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::source], true);
  EXPECT_EQ(s[Metric::date], true);
}

TEST(ScoreFile, SourceIgnoresAsciiCaseDateKeepsPrecision) {
  Json t = truth();
  t["source"] = "Reuters";
  t["date"] = "2023-09";
  Output o = good_output();
  o.source = "REUTERS";
  o.date = "2023-09";
  FileScore s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::source], true);
  EXPECT_EQ(s[Metric::date], true);
  o.date = "2023-09-03";
  s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::date], false);
}

TEST(ScoreFile, FirstAndLastParagraphStarts) {
  Output o = good_output();
  o.paragraphs.front() = "颱風海葵今天登陸。";  // the dateline was cut off
  FileScore s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::first_paragraph], false);
  EXPECT_EQ(s[Metric::last_paragraph], true);
  o.paragraphs.clear();
  s = score_file(truth(), o, "x");
  EXPECT_EQ(s[Metric::first_paragraph], false);
  EXPECT_EQ(s[Metric::last_paragraph], false);
  Json t = truth();
  t["first_paragraph"] = nullptr;
  t.erase("last_paragraph");
  s = score_file(t, o, "x");
  EXPECT_FALSE(s[Metric::first_paragraph]);
  EXPECT_FALSE(s[Metric::last_paragraph]);
}

TEST(ScoreFile, ETextParagraphsWithinATenth) {
  Json t = truth();
  t["shape"] = "etext";
  t["paragraphs"] = 20;
  Output o = good_output();
  o.paragraphs.assign(22, "text");
  FileScore s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::etext_paragraphs], true);
  EXPECT_EQ(s[Metric::paragraphs_near], false);
  o.paragraphs.assign(23, "text");
  s = score_file(t, o, "x");
  EXPECT_EQ(s[Metric::etext_paragraphs], false);
}

TEST(ScoreFile, MalformedTruthIsNamed) {
  Json t = truth();
  t.erase("language");
  EXPECT_THROW(score_file(t, good_output(), "x"), std::invalid_argument);
  t = truth();
  t["paragraphs"] = "nine";
  EXPECT_THROW(score_file(t, good_output(), "x"), std::invalid_argument);
  t = truth();
  t["people"] = Json::array({{{"role", "reporter"}}});
  EXPECT_THROW(score_file(t, good_output(), "x"), std::invalid_argument);
}

TEST(ScoreFile, AFailedReadIsWrongEverywhereButMakesNothingUp) {
  Json t = truth();
  t["title"] = nullptr;
  const FileScore s = failed_file(t, "x", "invalid UTF-8 at byte 3");
  EXPECT_EQ(s[Metric::title], false);
  EXPECT_EQ(s[Metric::made_up_title], false);
  EXPECT_EQ(s[Metric::paragraphs], false);
  EXPECT_EQ(s.error, "invalid UTF-8 at byte 3");
}

std::vector<FileScore> sample_files() {
  Json en = truth();
  en["language"] = "en";
  en["shape"] = "wire";
  Json lv = truth();
  lv["language"] = "lv";
  lv["title"] = nullptr;
  Output wrong = good_output();
  wrong.paragraphs.pop_back();
  return {score_file(truth(), good_output(), "a"), score_file(en, wrong, "b"), score_file(lv, good_output(), "c")};
}

TEST(ScoreTable, RowsPerGroupPerShapeAndAll) {
  const std::vector<FileScore> files = sample_files();
  const std::vector<Row> rows = tabulate(files);
  std::vector<std::string> labels;
  for (const Row& r : rows) labels.push_back(r.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"zh-Hant", "en", "other", "portal", "wire", "all"}));
  const Row& all = rows.back();
  EXPECT_EQ(all.n, 3u);
  const Figure& para = all.figures[static_cast<std::size_t>(Metric::paragraphs)];
  EXPECT_EQ(para.hits, 2u);
  EXPECT_EQ(para.of, 3u);
  EXPECT_EQ(cell(para), "66% 2/3");
  const Figure& made_up = all.figures[static_cast<std::size_t>(Metric::made_up_title)];
  EXPECT_EQ(made_up.hits, 1u);
  EXPECT_EQ(made_up.of, 1u);
  EXPECT_EQ(cell(all.figures[static_cast<std::size_t>(Metric::etext_paragraphs)]), "–");
  EXPECT_NE(format_table(rows).find("66% 2/3"), std::string::npos);
  EXPECT_NE(format_markdown(rows).find("| **all** | 3 |"), std::string::npos);
  const std::string details = format_details(files);
  EXPECT_NE(details.find("b (en, wire)\n  language: expected en, got zh-Hant\n  paragraphs: expected 3, got 2\n"),
            std::string::npos)
      << details;
  EXPECT_EQ(details.find("a ("), std::string::npos);  // nothing wrong with a
  const Json j = to_json(rows, files);
  EXPECT_EQ(j["table"]["all"]["figures"]["paragraphs"]["hits"], 2);
  EXPECT_EQ(j["files"][1]["fields"]["paragraphs"], false);
  EXPECT_TRUE(j["files"][0]["fields"]["etext_paragraphs"].is_null());
}

TEST(ScoreTable, EmptyCorpusHasOnlyAnEmptyAllRow) {
  const std::vector<Row> rows = tabulate({});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].n, 0u);
  EXPECT_TRUE(check_floors(rows, make_floors(rows)).empty());
}

TEST(ScoreFloors, WrittenAPointBelowAndChecked) {
  const std::vector<FileScore> files = sample_files();
  const std::vector<Row> rows = tabulate(files);
  const Json floors = make_floors(rows);
  EXPECT_EQ(floors["floors"]["all"]["paragraphs"], 65);       // 66.7 % rounded down, less a point
  EXPECT_EQ(floors["floors"]["all"]["title"], 65);            // 2/3: the lv file's title was made up
  EXPECT_EQ(floors["ceilings"]["all"]["made_up_title"], 100);  // 100 %, and never above 100
  EXPECT_EQ(floors["floors"]["portal"]["paragraphs"], 99);
  EXPECT_FALSE(floors["floors"]["all"].contains("etext_paragraphs"));  // applies to no file
  EXPECT_TRUE(check_floors(rows, floors).empty());

  Json raised = floors;
  raised["floors"]["all"]["paragraphs"] = 67;
  raised["floors"]["en"]["title"] = 100.5;
  const std::vector<std::string> problems = check_floors(rows, raised);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[1].find("all paragraphs: 66% 2/3 below its floor 67%"), std::string::npos);
  EXPECT_NE(problems[0].find("en title: 100% 1/1 below its floor 100.5%"), std::string::npos);
}

TEST(ScoreFloors, CeilingsAndFiguresNoLongerMeasured) {
  const std::vector<Row> rows = tabulate(sample_files());
  Json limits = {{"ceilings", {{"all", {{"made_up_title", 50}}}}},
                 {"floors", {{"ja", {{"title", 90}}}, {"all", {{"etext_paragraphs", 80}, {"nonsense", 1}}}}}};
  const std::vector<std::string> problems = check_floors(rows, limits);
  ASSERT_EQ(problems.size(), 4u);
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  EXPECT_NE(all.find("all made_up_title: 100% 1/1 above its ceiling 50%\n"), std::string::npos) << all;
  EXPECT_NE(all.find("ja title: floor 90% recorded, but the corpus no longer measures it\n"), std::string::npos) << all;
  EXPECT_NE(all.find("all etext_paragraphs: floor 80% recorded, but the corpus no longer measures it\n"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("all nonsense: no such figure\n"), std::string::npos) << all;
}

}  // namespace
}  // namespace artconv::score
