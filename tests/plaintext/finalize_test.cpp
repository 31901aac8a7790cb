#include <gtest/gtest.h>

#include "passes_support.hpp"
#include "model/identifier.hpp"
#include "plaintext/reader.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::Upto;

TEST(Finalize, BlocksRemovedLinesAndTheIdentifierLast) {
  auto p = prepare("T\n\nText.\n\n- one\n- two\n\nShare this article\n", Upto::headings);
  Diagnostics diagnostics;
  Document d = finalize(std::move(p->draft), diagnostics);
  ASSERT_EQ(d.blocks.size(), 2u);
  const auto* list = std::get_if<List>(&d.blocks[1]);
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(list->items, (std::vector<std::string>{"one", "two"}));
  EXPECT_FALSE(list->ordered);
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].line, 8u);

  // The identifier follows the final metadata (after --metadata overrides).
  const std::string before = d.meta.identifier;
  EXPECT_EQ(before, content_identifier(d));
  d.meta.title = "Another title";
  refresh_identifier(d);
  EXPECT_NE(d.meta.identifier, before);
}

// The identifier hashes each block's text as block_text() gives it (a list's
// items joined by newlines), whatever the kind of block; finalize views the
// texts in place rather than copying them, and must hash the same bytes.
TEST(Finalize, IdentifierHashesEveryKindOfBlockAsItsText) {
  Document d;
  d.meta.title = "Title";
  d.blocks = {Paragraph{"Text.", 3},   Heading{"Heading", 5},           Figure{"[Image]", "A caption", 7},
              Credit{"(Photo: X)", "X", 8}, Quote{"Quoted.", 9}, List{{"one", "two"}, false, 11},
              Paragraph{"Last.", 14}};
  std::vector<std::string> texts;
  for (const Block& b : d.blocks) texts.push_back(block_text(b));
  std::vector<std::string_view> parts{"artconv-article", d.meta.title, ""};
  for (const std::string& t : texts) parts.push_back(t);
  EXPECT_EQ(content_identifier(d), name_based_uuid(parts));
}

// A blog post's paragraph set wholly in one inline tag (an italic standfirst)
// keeps its text without the tag; a tag inside the text, or a second one, stays.
TEST(Finalize, AParagraphWhollyInOneInlineTagLosesTheTag) {
  auto p = prepare("标题\n\n<em>深圳佳士工人維權事件自7月起發酵。</em>\n\n正文<em>强调</em>。\n\n<em>甲</em>和<em>乙</em>\n",
                   Upto::headings);
  Diagnostics diagnostics;
  Document d = finalize(std::move(p->draft), diagnostics);
  std::vector<std::string> texts;
  for (const Block& b : d.blocks) texts.push_back(block_text(b));
  EXPECT_EQ(texts, (std::vector<std::string>{"深圳佳士工人維權事件自7月起發酵。", "正文<em>强调</em>。", "<em>甲</em>和<em>乙</em>"}));
}

}  // namespace
}  // namespace artconv::plaintext
