#include <gtest/gtest.h>

#include "plaintext/rules.hpp"

namespace artconv::plaintext {
namespace {

// Patterns compile lazily (at a rule's first candidate line), so a rule that
// does not compile would otherwise surface only on the article that needs it.
TEST(Rules, EveryRuleCompiles) { EXPECT_NO_THROW(compile_every_rule()); }

// A matcher made before any rule compiled still finds what each rule is for,
// and two matchers (one per batch thread) agree.
TEST(Rules, LazyCompilationMatchesOnFirstUse) {
  RuleMatcher first, second;
  const std::string_view line = "BERGEN, Norway (Wirenews) - The harbour reopened on Monday.";
  const Match a = first.match(wire_dateline_rule(), line), b = second.match(wire_dateline_rule(), line);
  ASSERT_TRUE(a);
  ASSERT_TRUE(b);
  EXPECT_EQ(a[Group::source], "Wirenews");
  EXPECT_EQ(a[Group::source], b[Group::source]);
  EXPECT_FALSE(first.match(wire_dateline_rule(), "no dateline here"));
}

}  // namespace
}  // namespace artconv::plaintext
