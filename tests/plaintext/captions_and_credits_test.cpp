#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(CaptionsAndCredits, FiguresAndCreditsNeverParagraphs) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"T\n\n圖片默認標題_fororder_3\n\n正文。\n", {"title:T", "figure:圖片默認標題_fororder_3", "paragraph:正文。"}, {}},
      {"T\n\n正文在這裡結束了。(圖片攝影 劉歆)\n",
       {"title:T", "paragraph:正文在這裡結束了。", "credit:(圖片攝影 劉歆)"}, {{"劉歆", Role::photographer}}},
      {"T\n\nA ferry crosses the bay. (AP Photo/Lena Ortiz)\n\nText.\n",
       {"title:T", "figure:A ferry crosses the bay. (AP Photo/Lena Ortiz)", "paragraph:Text."},
       {{"Lena Ortiz", Role::photographer}}},
      {"T\n\n2 of 7. Volunteers stack sandbags.\n\nText.\n",
       {"title:T", "figure:2 of 7. Volunteers stack sandbags.", "paragraph:Text."}, {}},
      {"T\n\nPhoto: RAFA RIVAS/AFP/Getty Images\n\nText.\n",
       {"title:T", "credit:Photo: RAFA RIVAS/AFP/Getty Images", "paragraph:Text."}, {{"RAFA RIVAS", Role::photographer}}},
      {"T\n\nCredit: Harbor Authority\n\nText.\n", {"title:T", "credit:Credit: Harbor Authority", "paragraph:Text."},
       {{"Harbor Authority", Role::photographer}}},
      {"T\n\n（晨报记者 王小林 摄）\n\n正文。\n", {"title:T", "credit:（晨报记者 王小林 摄）", "paragraph:正文。"},
       {{"王小林", Role::photographer}}},
      {"T\n\nSamsung Galaxy Tab\n(Credit: CNET)\n\nText.\n",
       {"title:T", "figure:Samsung Galaxy Tab", "credit:(Credit: CNET)", "paragraph:Text."}, {{"CNET", Role::photographer}}},
      {"T\n\nSamsung Galaxy Tab\n\n(Credit: CNET)\n\nText.\n",
       {"title:T", "paragraph:Samsung Galaxy Tab", "credit:(Credit: CNET)", "paragraph:Text."}, {{"CNET", Role::photographer}}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::captions_and_credits);
    EXPECT_EQ(roles(p->draft), c.units) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}

}  // namespace
}  // namespace artconv::plaintext
