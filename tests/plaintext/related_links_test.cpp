#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(RelatedLinks, LinkBlocksLeaveTheBody) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"T\n\n正文。\n\n相關新聞：\n颱風來襲 全台停班\n地震後的重建\n\n第二段。\n",
       {"title:T", "paragraph:正文。", "boilerplate:相關新聞：", "boilerplate:颱風來襲 全台停班", "boilerplate:地震後的重建",
        "paragraph:第二段。"}},
      {"T\n\nText.\n\nRead more: Five ways to beat airport queues\nNext paragraph stays.\n",
       {"title:T", "paragraph:Text.", "boilerplate:Read more: Five ways to beat airport queues",
        "paragraph:Next paragraph stays."}},
      // a dated related headline is a link, not a heading over links
      {"T\n\n正文。\n\n欧佩克会议召开在即纽约原油净多头小增2015/06/01\n短句\n\n第二段。\n",
       {"title:T", "paragraph:正文。", "boilerplate:欧佩克会议召开在即纽约原油净多头小增2015/06/01", "paragraph:短句",
        "paragraph:第二段。"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::related_links)->draft), c.units) << c.input;
}

}  // namespace
}  // namespace artconv::plaintext
