// input-looks-like-markup: HTML, XML and JSON handed in as plain text.
#include <gtest/gtest.h>

#include "plaintext/markup_check.hpp"

namespace artconv {
namespace {

using plaintext::looks_like_markup;

TEST(MarkupCheck, MarkupAtTheStartIsNamed) {
  EXPECT_EQ(looks_like_markup("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"),
            "HTML (it starts with <!DOCTYPE html)");
  EXPECT_EQ(looks_like_markup("\xEF\xBB\xBF \n<HTML lang=\"zh\">"), "HTML (it starts with <HTML)");
  EXPECT_EQ(looks_like_markup("<?xml version=\"1.0\"?><article/>"), "XML (it starts with <?xml)");
  EXPECT_EQ(looks_like_markup("<rss version=\"2.0\">"), "XML (RSS) (it starts with <rss)");
  EXPECT_EQ(looks_like_markup("  {\"title\": \"x\"}\n"), "a JSON object");
  EXPECT_EQ(looks_like_markup("[1, 2]"), "a JSON array");
  EXPECT_EQ(looks_like_markup(R"({"metadata": {}, "blocks": []})"), "artconv's JSON (read it with -f json)");
}

TEST(MarkupCheck, ArticlesAreNot) {
  for (const char* text : {"A title\n\nA paragraph.", "[圖片] 上海\n\n正文。", "{not json} at all\n\ntext",
                           "<htmlish> is a word\n", "", "  \n", "<b>bold</b> start of a sentence"})
    EXPECT_EQ(looks_like_markup(text), std::nullopt) << text;
}

}  // namespace
}  // namespace artconv
