#include <gtest/gtest.h>

#include "model/document.hpp"

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
