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
      {"T\n\n提醒：\n1.建议安装纱窗；\n2.清除积水。\n", {"title:T", "paragraph:提醒：", "list_item:建议安装纱窗；", "list_item:清除积水。"}},
      {"T\n\n① 带水\n② 带手电\n", {"title:T", "list_item:带水", "list_item:带手电"}},
      // short fragments one per line: a list; short sentences or a broken sentence: not
      {"T\n\n监测点如下。\n越秀区六榕街\n海珠区素社街\n白云区陈田花园\n\n第二段。\n",
       {"title:T", "paragraph:监测点如下。", "list_item:越秀区六榕街", "list_item:海珠区素社街", "list_item:白云区陈田花园",
        "paragraph:第二段。"}},
      {"T\n\nThree areas:\n  Creating customer experiences\n  Driving productivity\n  Accelerating innovation.\n",
       {"title:T", "paragraph:Three areas:", "list_item:Creating customer experiences", "list_item:Driving productivity",
        "list_item:Accelerating innovation."}},
      {"T\n\nIt rained.\nThe river rose.\nRoads closed.\n",
       {"title:T", "paragraph:It rained.", "paragraph:The river rose.", "paragraph:Roads closed."}},
      {"T\n\nTwo men were out\nskiing on the ice\nof the gulf\n",
       {"title:T", "paragraph:Two men were out", "paragraph:skiing on the ice", "paragraph:of the gulf"}},
      {"T\n\nRiver Road\n\nHill Street\n\nOak Lane\n",
       {"title:T", "paragraph:River Road", "paragraph:Hill Street", "paragraph:Oak Lane"}},
  };
  for (const Case& c : cases) EXPECT_EQ(roles(prepare(c.input, Upto::lists)->draft), c.units) << c.input;
}

}  // namespace
}  // namespace artconv::plaintext
