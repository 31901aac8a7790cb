#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(FindTitle, TheHeadlineOrNone) {
  struct Case {
    const char* input;
    const char* title;
  };
  const std::string long_lede = "This opening line is a whole paragraph of text that runs on and on, well past "
                                "the width of any headline anyone would write for a story.\n";
  const Case cases[] = {
      {"Storm closes ports\n\nThe storm closed every port.\n", "Storm closes ports"},
      {"来源：新华网　2023-05-06 09:30\n分享到：微信\n\n国务院召开常务会议\n\n正文。\n", "国务院召开常务会议"},
      {"Opinion\n\nWhy the port must stay open\n\nThe port is the town.\n", "Why the port must stay open"},
      {"Explainer:\nWhat the flood maps show\n\nThe maps show.\n", "What the flood maps show"},
      {"Dear readers,\n\nThis week we look at the port.\n", ""},
      {long_lede.c_str(), ""},
      {"> A quote opens the text\n\nThen prose.\n", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(prepare(c.input, Upto::find_title)->draft.meta.title, c.title) << c.input;
}

}  // namespace
}  // namespace artconv::plaintext
