#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(ExtractHeader, MetadataLinesBylinesAndDatelines) {
  struct Case {
    const char* input;
    const char* source;
    const char* dateline;
    std::vector<Contributor> people;
  };
  const Case cases[] = {
      {"T\n\n2017-08-04 08:36:55|來源:新民晚報|編輯:彭麗 |責編:劉徵宇\n\n正文。\n", "新民晚報", "",
       {{"彭麗", Role::editor}, {"劉徵宇", Role::responsible_editor}}},
      {"T\n\nBy Jane Smith and Tom O'Neill, Reuters\n\nText.\n", "Reuters", "",
       {{"Jane Smith", Role::author}, {"Tom O'Neill", Role::author}}},
      {"T\n\nLONDON, Nov. 27 (Reuters) - Crews worked.\n", "Reuters", "LONDON", {}},
      {"T\n\nBERGEN, Norway/OSLO (Wirenews) - Crews worked.\n", "Wirenews", "BERGEN, Norway/OSLO", {}},
      {"T\n\n(Newsline) -- Crews worked through the night.\n", "Newsline", "", {}},
      {"T\n\nAug 9 (Reuters) - Global warming is close.\n", "Reuters", "", {}},
      {"T\n\nSOFIA, Nov 7 (Reuters) - Marquinhos returns.\n", "Reuters", "SOFIA", {}},
      {"T\nBy The Associated Press\n\nText.\n", "The Associated Press", "", {}},
      {"T\n\nBy Mike Whalley BBC Sport\n\nText.\n", "BBC Sport", "", {{"Mike Whalley", Role::author}}},
      {"标题\n\n新华社北京8月4日电（记者 张三 李四）国务院新闻办公室4日举行发布会。\n", "新华社", "北京",
       {{"张三", Role::reporter}, {"李四", Role::reporter}}},
      {"标题\n\n新华社南京五月三日电(李明)会议召开。\n", "新华社", "南京", {{"李明", Role::reporter}}},
      {"标题\n\n晨光网5月3日消息：会议召开。\n", "晨光网", "", {}},
      {"标题\n\n本报讯（记者 李明）会议召开。\n", "", "", {{"李明", Role::reporter}}},
      {"T\n\nBy the end of the day the river had risen.\n", "", "", {}},
      {"标题\n\n正文。\n\n本报记者 王五\n", "", "", {{"王五", Role::reporter}}},
      {"标题\n半月谈评论员 江欣泽\n正文在这里。\n", "半月谈", "", {{"江欣泽", Role::author}}},
      {"标题\n\n新浪科技讯北京时间10月17日晚间消息，据报道。\n", "新浪科技", "", {}},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::extract_header);
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
    EXPECT_EQ(p->draft.meta.dateline, c.dateline) << c.input;
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
  }
}

}  // namespace
}  // namespace artconv::plaintext
