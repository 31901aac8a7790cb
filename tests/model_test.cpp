#include <gtest/gtest.h>

#include "model/document.hpp"
#include "model/person_name.hpp"

namespace artconv {
namespace {

TEST(DateTime, IsoKeepsOnlyWhatWasWritten) {
  DateTime d{2017, 8, 4, {}, {}, {}, {}, "2017年8月4日"};
  EXPECT_EQ(d.iso(), "2017-08-04");
  d.hour = 8;
  d.minute = 36;
  EXPECT_EQ(d.iso(), "2017-08-04 08:36");
  d.second = 55;
  EXPECT_EQ(d.iso(), "2017-08-04 08:36:55");
  d.utc_offset_minutes = 480;
  EXPECT_EQ(d.iso(), "2017-08-04 08:36:55+08:00");
  d.utc_offset_minutes = -330;
  EXPECT_EQ(d.iso(), "2017-08-04 08:36:55-05:30");
  d.utc_offset_minutes = 0;
  EXPECT_EQ(d.iso(), "2017-08-04 08:36:55Z");
}

TEST(DateTime, InstantConvertsToUtcAcrossDayMonthAndYear) {
  DateTime d{2017, 1, 1, 3, 0, 0, 480, ""};
  EXPECT_EQ(d.iso_instant(), "2016-12-31T19:00:00Z");
  DateTime leap{2024, 2, 28, 23, 30, {}, -60, ""};
  EXPECT_EQ(leap.iso_instant(), "2024-02-29T00:30:00Z");
  DateTime date_only{2020, 5, 6, {}, {}, {}, {}, ""};
  EXPECT_EQ(date_only.iso_instant(), "2020-05-06T00:00:00Z");
}

TEST(Roles, NamesRoundTrip) {
  for (Role r : {Role::author, Role::editor, Role::responsible_editor, Role::reporter, Role::photographer,
                 Role::translator}) {
    ASSERT_EQ(role_from_name(role_name(r)), r);
  }
  EXPECT_FALSE(role_from_name("chef").has_value());
}

TEST(Roles, CreatorsAreThePeopleWhoWroteTheText) {
  for (Role r : {Role::author, Role::reporter, Role::correspondent, Role::writer}) EXPECT_TRUE(is_creator(r));
  for (Role r : {Role::editor, Role::responsible_editor, Role::photographer, Role::translator, Role::contributor,
                 Role::illustrator, Role::infographics, Role::producer, Role::proofreader})
    EXPECT_FALSE(is_creator(r)) << role_name(r);
}

TEST(PersonName, LatinNamesSplitOthersStayWhole) {
  struct Row {
    const char* name;
    std::optional<PersonName> split;
  };
  const std::vector<Row> rows = {
      {"Jane Smith", PersonName{"Jane", "Smith", ""}},
      {"Tom O'Neill", PersonName{"Tom", "O'Neill", ""}},
      {"Mary Ann Evans", PersonName{"Mary Ann", "Evans", ""}},
      {"Ludwig van Beethoven", PersonName{"Ludwig", "van Beethoven", ""}},
      {"Juan de la Cruz", PersonName{"Juan", "de la Cruz", ""}},
      {"Martin Luther King Jr.", PersonName{"Martin Luther", "King", "Jr."}},
      {"José Álvarez-Núñez", PersonName{"José", "Álvarez-Núñez", ""}},
      {"J. R. Hartley", PersonName{"J. R.", "Hartley", ""}},
      {"Madonna", std::nullopt},              // one word
      {"王小明", std::nullopt},               // not Latin
      {"Иван Петров", std::nullopt},          // not Latin
      {"staff reporter", std::nullopt},       // not capitalised
      {"Jane x Smith", std::nullopt},         // a lower-case word that is no particle
      {"Agent 007", std::nullopt},            // digits
      {"A B C D E F", std::nullopt},          // too many words
  };
  for (const Row& row : rows) EXPECT_EQ(split_latin_name(row.name), row.split) << row.name;
}

TEST(DateTime, LocalTimesOfChineseJapaneseAndKoreanNewsHaveTheirOffset) {
  const auto at = [](std::optional<int> hour, std::optional<int> offset) {
    std::optional<DateTime> d = DateTime{2017, 8, 4, hour, 30, std::nullopt, offset, "written"};
    return d;
  };
  auto zh = at(8, std::nullopt);
  imply_utc_offset(zh, "zh-Hant");
  EXPECT_EQ(zh->utc_offset_minutes, 480);
  EXPECT_TRUE(zh->offset_implied);
  EXPECT_EQ(zh->iso_instant(), "2017-08-04T00:30:00Z");
  auto ja = at(8, std::nullopt);
  imply_utc_offset(ja, "ja");
  EXPECT_EQ(ja->utc_offset_minutes, 540);
  auto en = at(8, std::nullopt);
  imply_utc_offset(en, "en");  // English news comes from every zone: none implied
  EXPECT_FALSE(en->utc_offset_minutes);
  auto written = at(8, 0);
  imply_utc_offset(written, "zh-Hans");  // a written zone wins
  EXPECT_EQ(written->utc_offset_minutes, 0);
  EXPECT_FALSE(written->offset_implied);
  auto day = at(std::nullopt, std::nullopt);
  imply_utc_offset(day, "ko");  // a date without a time needs no zone
  EXPECT_FALSE(day->utc_offset_minutes);
}

TEST(Blocks, TypeTextAndLine) {
  const Block figure = Figure{"[Image]", "a caption", 7};
  EXPECT_EQ(block_type_name(figure), "figure");
  EXPECT_EQ(block_text(figure), "[Image]");
  EXPECT_EQ(block_line(figure), 7u);
  EXPECT_EQ(block_type_name(Block{Credit{"(Photo: AP)", "AP", 1}}), "credit");
  EXPECT_EQ(block_type_name(Block{Heading{"H", 1}}), "heading");
  EXPECT_EQ(block_type_name(Block{Quote{"Q", 1}}), "quote");
  EXPECT_EQ(reason_name(RemovalReason::boilerplate), "boilerplate");
  EXPECT_EQ(reason_name(RemovalReason::metadata), "metadata");
}

}  // namespace
}  // namespace artconv
