#include <gtest/gtest.h>

#include "support.hpp"
#include "text/text_writer.hpp"
#include "unicode/text.hpp"

namespace artconv {
namespace {

using testing::all_articles;
using testing::comparable;
using testing::read_article;
using testing::read_text;

std::string render_text(const Document& d, int wrap = 0) {
  WriterOptions o;
  o.wrap = wrap;
  Diagnostics diag;
  return text::render({&d, 1}, o, diag);
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(s.substr(start, nl - start));
  return out;
}

TEST(TextWriter, LayoutIsFixed) {
  const Document d = read_article(testing::fixture("articles/zh-hant-news-shanghai.txt")).document;
  const std::string out = render_text(d);
  EXPECT_TRUE(out.starts_with("市委召開城市基層黨建經驗交流座談會\n\n"
                              "Original title: 市委召開全市城市基層黨建工作經驗交流座談會\n"
                              "Date: 2017-08-04 08:36:55\nSource: 新民晚報\nEditor: 彭麗\n"
                              "Responsible editor: 劉徵宇\nPhotographer: 劉歆\n\n圖片默認標題_fororder_3\n\n"))
      << out.substr(0, 400);
  EXPECT_TRUE(out.ends_with("\n\n（圖片攝影 劉歆）\n\n圖片默認標題_fororder_6\n"));
  EXPECT_EQ(out.find("分享到"), std::string::npos);
}

TEST(TextWriter, OutputIsNormalized) {
  for (const auto& path : all_articles()) {
    const std::string out = render_text(read_article(path).document);
    EXPECT_TRUE(unicode::is_nfc(out)) << path;
    EXPECT_EQ(out.find('\r'), std::string::npos) << path;
    EXPECT_FALSE(out.starts_with("\xEF\xBB\xBF"));
    EXPECT_TRUE(out.ends_with("\n") && !out.ends_with("\n\n")) << path;
    EXPECT_EQ(out.find("\n\n\n"), std::string::npos) << path;
    for (const std::string& line : lines_of(out)) {
      if (line.empty()) continue;
      EXPECT_EQ(unicode::trim(line), line) << path << ": white space at an end of '" << line << "'";
    }
  }
}

// render_to hands the text over in pieces that join into render()'s bytes,
// wrapped or not, for every fixture, an empty document, and a large article
// that is not in NFC (each piece is normalized on its own) and has quotes;
// at least one piece, even for an empty text.
TEST(TextWriter, RenderToGivesRendersBytesInPieces) {
  std::vector<Document> documents;
  for (const auto& path : all_articles()) documents.push_back(read_article(path).document);
  documents.emplace_back();
  Document large;
  large.meta.title = "Cafe\u0301";
  const Block quote = Quote{"e\u0301", 1};
  for (int i = 0; i < 30000; ++i) {
    large.blocks.emplace_back(Paragraph{"Paragraph " + std::to_string(i) + " cafe\u0301 \u0301 and more words", 1});
    if (i % 1000 == 0) large.blocks.push_back(quote);
  }
  documents.push_back(large);
  for (const int wrap : {0, 40}) {
    WriterOptions options;
    options.wrap = wrap;
    for (const Document& d : documents) {
      Diagnostics diagnostics;
      std::string joined;
      std::size_t pieces = 0;
      text::render_to({&d, 1}, options, diagnostics, [&](std::string&& piece) {
        joined += piece;
        ++pieces;
      });
      EXPECT_EQ(joined, text::render({&d, 1}, options, diagnostics));
      EXPECT_GE(pieces, 1u);
      if (&d == &documents.back()) {
        EXPECT_GT(pieces, 1u);
      }
    }
  }
}

TEST(TextWriter, ReadingTheOutputBackGivesTheSameDocument) {
  for (int wrap : {0, 40, 72}) {
    for (const auto& path : all_articles()) {
      const Document original = read_article(path).document;
      const std::string once = render_text(original, wrap);
      const Document again = read_text(once);
      EXPECT_EQ(comparable(again), comparable(original)) << path << " --wrap " << wrap << "\n" << once;
      EXPECT_EQ(render_text(again, wrap), once) << path << ": normalizing twice changed the text";
    }
  }
}

TEST(TextWriter, WrapRespectsWidthAndLineBreakingRules) {
  const std::string closing = "。，、」）！？：；";
  for (int width : {20, 40, 41, 72}) {
    for (const auto& path : all_articles()) {
      const std::string out = render_text(read_article(path).document, width);
      for (const std::string& line : lines_of(out)) {
        if (line.empty()) continue;
        EXPECT_LE(unicode::display_width(line), width) << path << ": " << line;
        const char32_t first = unicode::first_code_point(line);
        std::string ch;
        unicode::append_utf8(ch, first);
        EXPECT_EQ(closing.find(ch), std::string::npos) << path << ": line starts with " << ch;
      }
    }
  }
}

TEST(TextWriter, WrapKeepsAnOverlongSegmentWhole) {
  const std::string url = "https://example.com/a/very/long/path/that/cannot/be/broken/anywhere";
  const std::string out = text::wrap("see " + url + " now", 20);
  EXPECT_EQ(out, "see\n" + url + "\nnow");
}

TEST(TextWriter, WrapNeverBreaksWhereRejoiningWouldChangeText) {
  // Breaking at "中文 English" would lose the space; at "中文English" would add one.
  const std::string s = "這是一段中文 English words 和中文English混合的文字內容，再加上一些 more English text 和更多的中文內容，讓它足夠長以便換行。";
  // Widths from the narrowest the reader treats as hard-wrapped (30 columns).
  for (int width = 30; width < 80; ++width) {
    const std::string wrapped = text::wrap(s, width);
    const Document d = read_text("T\n\n" + wrapped + "\n");
    ASSERT_FALSE(d.blocks.empty());
    EXPECT_EQ(block_text(d.blocks[0]), s) << "width " << width << ":\n" << wrapped;
  }
}

TEST(TextWriter, QuotesArePrefixed) {
  Document d;
  d.meta.title = "T";
  d.blocks.emplace_back(Quote{"one two three four five six seven eight nine ten", 1});
  EXPECT_EQ(render_text(d, 20), "T\n\n> one two three four\n> five six seven\n> eight nine ten\n");
}

}  // namespace
}  // namespace artconv
