#include "plaintext/regex.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>

namespace artconv::plaintext {
namespace {

using Result = RegexMatch::Result;

bool matches(std::string_view pattern, std::string_view text, Anchoring anchoring = Anchoring::whole) {
  RegexMatch m;
  return m.match(Regex(pattern), text, anchoring) == Result::matched;
}

// A script name means that script, as in ICU: the punctuation Han text shares
// (【 」 、, whose Script_Extensions hold Han) is not \p{Han}.
TEST(Regex, AScriptNameMeansTheScriptNotItsExtensions) {
  struct Row {
    std::string_view pattern, text;
    bool match;
  };
  const Row rows[] = {
      {R"(\p{Han}+)", "环球网", true},
      {R"(\p{Han}+)", "【环球网", false},
      {R"(\p{Han}+)", "、", false},
      {R"([\p{Han}\p{Hiragana}]+)", "東京です", true},
      {R"(\p{Hiragana}+)", "ー", false},  // the prolonged sound mark is Common
      {R"(\P{Han}+)", "【」", true},
      {R"(\p{Hangul}{2})", "서울", true},
      {R"(\p{L}+)", "Ελλάδα", true},  // a general category is left as it is
      {R"(\\p{Han})", "\\p{Han}", true},  // an escaped backslash, then letters
  };
  for (const Row& row : rows) EXPECT_EQ(matches(row.pattern, row.text), row.match) << row.pattern << " on " << row.text;
}

// Case is ignored as Unicode folds it, beyond ASCII; \p{Lu} stays upper case.
TEST(Regex, CaseIsIgnoredAsUnicodeFoldsIt) {
  EXPECT_TRUE(matches("ΣΟΦΊΑ", "σοφία"));
  EXPECT_TRUE(matches("straße", "STRASSE") || matches("straße", "STRAẞE"));
  EXPECT_TRUE(matches("Reporting by", "REPORTING BY"));
  EXPECT_TRUE(matches(R"(\p{Lu}\p{L}+)", "Lena"));
  EXPECT_FALSE(matches(R"(\p{Lu}\p{L}+)", "lena"));
}

TEST(Regex, AnchoringChoosesWhereTheMatchLies) {
  EXPECT_TRUE(matches("ab", "ab", Anchoring::whole));
  EXPECT_FALSE(matches("ab", "abc", Anchoring::whole));
  EXPECT_TRUE(matches("ab", "abc", Anchoring::prefix));
  EXPECT_FALSE(matches("bc", "abc", Anchoring::prefix));
  EXPECT_TRUE(matches("bc", "abc", Anchoring::anywhere));
  // whole: the engine backtracks to find a match that ends at the end
  EXPECT_TRUE(matches("a.*?b", "a b b", Anchoring::whole));
}

TEST(Regex, GroupsAreViewsOfTheTextAndEmptyWhenUnset) {
  const Regex regex(R"((?<place>\p{Lu}+)(?:, (?<country>\p{L}+))? \((?<source>[^)]+)\))");
  EXPECT_EQ(regex.group_number("place"), 1);
  EXPECT_EQ(regex.group_number("source"), 3);
  EXPECT_EQ(regex.group_number("name"), 0);
  RegexMatch m;
  const std::string text = "BERGEN (Wirenews) - The harbour";
  ASSERT_EQ(m.match(regex, text, Anchoring::prefix), Result::matched);
  EXPECT_EQ(m.group(1), "BERGEN");
  EXPECT_EQ(m.group(2), "");
  EXPECT_EQ(m.group(3), "Wirenews");
  EXPECT_EQ(m.group(9), "");
  EXPECT_EQ(m.end(), std::string_view("BERGEN (Wirenews)").size());
  EXPECT_EQ(m.group(3).data(), text.data() + 8);
  // reused for a pattern with more groups than the last
  const Regex more(R"((a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k))");
  ASSERT_EQ(m.match(more, "abcdefghijk", Anchoring::whole), Result::matched);
  EXPECT_EQ(m.group(11), "k");
}

// "." and "$" stop at any line terminator, as in ICU.
TEST(Regex, DotAndDollarStopAtAnyLineTerminator) {
  EXPECT_FALSE(matches("a.b", "a\rb"));
  EXPECT_FALSE(matches("a.b", "a\xE2\x80\xA8" "b"));  // U+2028
  EXPECT_TRUE(matches("a.b", "a\tb"));
}

TEST(Regex, TextThatIsNotUtf8NeverMatches) {
  RegexMatch m;
  EXPECT_EQ(m.match(Regex(".*"), "ab\xFF", Anchoring::whole), Result::no_match);
  EXPECT_EQ(m.match(Regex("a"), "a\xED\xA0\x80", Anchoring::prefix), Result::no_match);
}

TEST(Regex, APatternThatDoesNotCompileSaysWhereAndWhy) {
  try {
    Regex bad("(?<name>abc");
    FAIL() << "compiled";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("offset"), std::string::npos) << e.what();
  }
}

// The step limit is the safety net under patterns that must be linear: a
// pattern that backtracks exponentially gives up in well under a second, the
// same way on every machine, instead of running for hours.
TEST(Regex, AnExponentialMatchGivesUpAtTheStepLimit) {
  const Regex runaway(R"((?:a|aa)+$)");
  const std::string text = std::string(60, 'a') + "b";
  RegexMatch m;
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(m.match(runaway, text, Anchoring::prefix), Result::gave_up);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(m.match(runaway, "aaaa", Anchoring::whole), Result::matched);  // usable afterwards
}

}  // namespace
}  // namespace artconv::plaintext
