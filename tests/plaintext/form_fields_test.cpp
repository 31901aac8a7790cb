#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

std::vector<std::string> people(const Metadata& meta) {
  std::vector<std::string> out;
  for (const Contributor& c : meta.contributors) out.push_back(c.name + " (" + std::string(role_name(c.role)) + ")");
  return out;
}

// A bulletin board's news form: each label over its value, the story under
// its body label, the poster's remark under the last label.
TEST(FormFields, ABulletinBoardsNewsFormFillsItsFields) {
  const auto p = prepare(
      "1.媒體來源:\n\nTVBS\n\n2.記者署名:\n\n韋家齊\n\n3.完整新聞標題:\n\nTVBS六都民調 侯奪冠\n\n"
      "4.完整新聞內文:\n\n2022選戰即將開打，民眾也對六都市長的施政表現打了分數。\n\n台南市長黃偉哲表示會虛心檢討。\n\n"
      "5.完整新聞連結 (或短網址):\n\nhttps://reurl.cc/8nK7eo\n\n6.備註:\n\n1.侯 2.鄭 3.黃\n\n草包滾了 柯果然墊底\n",
      Upto::form_fields);
  const Draft& d = p->draft;
  EXPECT_EQ(d.meta.source, "TVBS");
  EXPECT_EQ(d.meta.title, "TVBS六都民調 侯奪冠");
  EXPECT_EQ(people(d.meta), std::vector<std::string>{"韋家齊 (reporter)"});
  std::vector<std::string> kept;
  for (const Unit& u : d.units)
    if (u.role == UnitRole::paragraph) kept.emplace_back(u.text.view());
  EXPECT_EQ(kept, (std::vector<std::string>{"2022選戰即將開打，民眾也對六都市長的施政表現打了分數。", "台南市長黃偉哲表示會虛心檢討。"}));
}

// Several values under one numbered label: the reporter's name, then the story's time.
TEST(FormFields, ADateUnderTheReportersNameIsTheStorysTime) {
  const auto p = prepare("1.媒體來源:\n\n三立新聞\n\n2.記者署名:\n\n林奇樺\n\n2020/12/21 18:45:00\n\n"
                         "4.完整新聞內文:\n\n近日頻傳陽明山國家公園野放牛隻暴斃事件。\n",
                         Upto::form_fields);
  EXPECT_EQ(p->draft.meta.source, "三立新聞");
  EXPECT_EQ(people(p->draft.meta), std::vector<std::string>{"林奇樺 (reporter)"});
  ASSERT_TRUE(p->draft.meta.published.has_value());
  EXPECT_EQ(p->draft.meta.published->iso().substr(0, 10), "2020-12-21");
}

// Outside a numbered form a label alone takes the one line under it, and only
// a line that reads as its value; anything else is left to the later passes.
TEST(FormFields, AnUnnumberedLabelTakesOneLineThatReadsAsItsValue) {
  struct Case {
    const char* input;
    std::vector<std::string> roles;
    std::string source;
  };
  const Case cases[] = {
      {"Source:\n\nReuters\n\nThe text of the story, long enough to be one.\n",
       {"metadata:Source:", "metadata:Reuters", "paragraph:The text of the story, long enough to be one."}, "Reuters"},
      // not a name under a people label
      {"Editor:\n\nthe paper regrets the error in yesterday's edition.\n",
       {"paragraph:Editor:", "paragraph:the paper regrets the error in yesterday's edition."}, ""},
      // a headline is find_title's to take (the label is already known for one)
      {"Title:\n\nA headline\n\nText.\n", {"metadata:Title:", "paragraph:A headline", "paragraph:Text."}, ""},
      // no label: a colon alone proves nothing
      {"Note:\n\nThe figures are provisional.\n", {"paragraph:Note:", "paragraph:The figures are provisional."}, ""},
      // a label with its value on the same line is a label line's, not a form's
      {"來源：新華網\n\n正文一段。\n", {"paragraph:來源：新華網", "paragraph:正文一段。"}, ""},
      // a remark label ends only a numbered form, and only one that came before it
      {"備註:\n\n本文數據為初步統計。\n", {"paragraph:備註:", "paragraph:本文數據為初步統計。"}, ""},
      {"3.備註:\n\n本文數據為初步統計。\n", {"paragraph:3.備註:", "paragraph:本文數據為初步統計。"}, ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::form_fields);
    EXPECT_EQ(roles(p->draft), c.roles) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
}

}  // namespace
}  // namespace artconv::plaintext
