#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(SplitRunIn, FullWidthIndentAfterASentenceEndStartsAParagraph) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"第一段結束了。\u3000\u3000第二段開始，也結束了。\u3000\u3000第三段。\n",
       std::vector<std::string>{"第一段結束了。", "第二段開始，也結束了。", "第三段。"}},
      {"名稱\u3000\u3000不是段落\n", std::vector<std::string>{"名稱\u3000\u3000不是段落"}},
      {"Plain text.\n", std::vector<std::string>{"Plain text."}},
      // a run of spaces that pushed the next paragraph onto a new visual line (after a
      // Chinese sentence end, before Chinese text; not in English text nor mid-sentence)
      {"发扬了尊师重教的传统美德。                                我们小组采访了刘老师。\n",
       std::vector<std::string>{"发扬了尊师重教的传统美德。", "我们小组采访了刘老师。"}},
      {"It ends here.                                The next one.\n",
       std::vector<std::string>{"It ends here.                                The next one."}},
      {"名稱                                不是段落。\n",
       std::vector<std::string>{"名稱                                不是段落。"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    const auto p = prepare(c.input, Upto::split_run_in);
    for (const Unit& u : p->draft.units) got.emplace_back(u.text);
    EXPECT_EQ(got, c.units) << c.input;
  }
}

// A unit an earlier pass took out (a dump's summary section) stays out when
// its run-in paragraphs are split apart.
TEST(SplitRunIn, ThePiecesOfARemovedUnitStayRemoved) {
  const auto p = prepare("标题\n\n### 摘要\n\n甲段落结束。　　乙段落结束。\n\n### 正文\n\n正文一。　　正文二。\n",
                         Upto::split_run_in);
  std::vector<std::string> kept;
  for (const Unit& u : p->draft.units)
    if (u.role == UnitRole::paragraph && u.kind == LineKind::text) kept.emplace_back(u.text.view());
  EXPECT_EQ(kept, (std::vector<std::string>{"标题", "正文一。", "正文二。"}));
}

// A crawler writes "标题: …" and "正文: …" with the body run into its label:
// the label stands apart, and so does what it put before the first indent of
// a flattened body (the time and the byline).
TEST(SplitRunIn, ACrawlersBodyLabelStandsApartFromTheText) {
  struct Case {
    const char* input;
    std::vector<std::string> units;
  };
  const Case cases[] = {
      {"正文: 3月4日至7日，深圳市商务局赴上海开展投资推广工作。\n",
       std::vector<std::string>{"正文:", "3月4日至7日，深圳市商务局赴上海开展投资推广工作。"}},
      {"正文：（原标题：报告：欧洲建5G要多花4287亿）\n",
       std::vector<std::string>{"正文：", "（原标题：报告：欧洲建5G要多花4287亿）"}},
      {"正文: 2019-06-09 08:23:23,环球网报道 实习记者 王博雅琪 \u3000\u3000据路透社7日报道。\u3000\u3000路透社称。\n",
       std::vector<std::string>{"正文:", "2019-06-09 08:23:23,环球网报道 实习记者 王博雅琪", "据路透社7日报道。",
                                "路透社称。"}},
      {"Content: The first paragraph.\n", std::vector<std::string>{"Content:", "The first paragraph."}},
      // not a body label, or nothing after it
      {"来源: 新华网\n", std::vector<std::string>{"来源: 新华网"}},
      {"正文：\n", std::vector<std::string>{"正文："}},
      {"本文将介绍新的政策。\n", std::vector<std::string>{"本文将介绍新的政策。"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    const auto p = prepare(c.input, Upto::split_run_in);
    for (const Unit& u : p->draft.units) got.emplace_back(u.text);
    EXPECT_EQ(got, c.units) << c.input;
  }
}

}  // namespace
}  // namespace artconv::plaintext
