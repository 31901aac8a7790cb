#include <gtest/gtest.h>

#include "passes_support.hpp"
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

}  // namespace
}  // namespace artconv::plaintext
