#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(Lists, RunsOfItemsAreListsALoneItemIsText) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\nWhat to pack:\n - water\n - a torch\n - blankets\n\nThen leave.\n",
       {"title:T", "paragraph:What to pack:", "list_item:water", "list_item:a torch", "list_item:blankets",
        "paragraph:Then leave."}},
      {"T\n\n1. First step\n2. Second step\n", {"title:T", "list_item:First step", "list_item:Second step"}},
      {"T\n\n- A lone dash line\n\nText.\n", {"title:T", "paragraph:- A lone dash line", "paragraph:Text."}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}

}  // namespace
}  // namespace artconv::plaintext
