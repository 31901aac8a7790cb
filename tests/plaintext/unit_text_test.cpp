#include "plaintext/unit_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace artconv::plaintext {
namespace {

TEST(UnitText, AViewOfTheInputIsNotCopied) {
  const std::string input = "  First line.\nSecond line.\n";
  UnitText t = UnitText::viewing(std::string_view(input).substr(2, 11));
  EXPECT_EQ(t, "First line.");
  EXPECT_EQ(t.data(), input.data() + 2);
  // A part of itself stays a view of the same bytes.
  t.assign(t.substr(6));
  EXPECT_EQ(t, "line.");
  EXPECT_EQ(t.data(), input.data() + 8);
  t.remove_prefix(1);
  EXPECT_EQ(t, "ine.");
  EXPECT_EQ(std::move(t).take(), "ine.");
}

TEST(UnitText, JoiningOrAssigningOtherTextOwnsACopy) {
  std::string input = "Hard-wrapped";
  UnitText t = UnitText::viewing(input);
  t += " ";
  t += "text";
  EXPECT_EQ(t, "Hard-wrapped text");
  EXPECT_NE(t.data(), input.data());
  std::string other = "elsewhere";
  t.assign(other);
  other.assign("changed");
  EXPECT_EQ(t, "elsewhere");
  t = std::string("moved in");
  EXPECT_EQ(t, "moved in");
  // Appending a part of itself reads it before growing.
  t += t.substr(0, 5);
  EXPECT_EQ(t, "moved inmoved");
}

TEST(UnitText, ACopyOfOwnedTextIsIndependent) {
  UnitText a;
  a = std::string("owned text");
  a.assign(a.substr(6));
  UnitText b = a;
  a += " grows";
  EXPECT_EQ(b, "text");
  EXPECT_EQ(a, "text grows");
  EXPECT_NE(a.data(), b.data());
  EXPECT_EQ(std::move(a).take(), "text grows");
}

}  // namespace
}  // namespace artconv::plaintext
