// The outputs judged by the independent validators in ../shared/validate.
// Skipped, visibly, where that folder does not exist.
#include <gtest/gtest.h>

#include "support.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;

#define REQUIRE_VALIDATORS()                                                                   \
  if (!testing::have_validators()) GTEST_SKIP() << "../shared/validate not found: validators skipped"

TEST(Validation, TextOutputsPassValidateText) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  for (const char* wrap : {"0", "40"}) {
    const fs::path dir = out / wrap;
    const auto r = testing::run_artconv("-q -t text --wrap " + std::string(wrap) + " -d " +
                                        testing::shell_quote(dir.string()) + " " +
                                        testing::shell_quote(testing::fixture("articles").string()));
    ASSERT_EQ(r.status, 0) << r.err;
    const auto v = testing::run_validator("validate-all", testing::shell_quote(dir.string()));
    EXPECT_EQ(v.status, 0) << v.out << v.err;
    EXPECT_NE(v.out.find(" 0 failed"), std::string::npos) << v.out;
  }
}

}  // namespace
}  // namespace artconv
