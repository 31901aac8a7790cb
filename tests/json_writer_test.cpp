#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

#include "json/json_writer.hpp"
#include "support.hpp"

namespace artconv {
namespace {

TEST(JsonWriter, CarriesModelProvenanceAndWarnings) {
  Conversion c = testing::read_article(testing::fixture("articles/variants/zh-hant-news-shanghai.big5.txt"));
  c.diagnostics.warn("example", "an example warning");
  const auto j = nlohmann::json::parse(json::render({&c.document, 1}, {}, c.diagnostics));
  EXPECT_EQ(j["source"]["encoding"], "Big5");
  EXPECT_EQ(j["source"]["method"], "detected");
  EXPECT_GT(j["source"]["confidence"].get<double>(), 0.5);
  EXPECT_EQ(j["metadata"]["title"], "市委召開城市基層黨建經驗交流座談會");
  EXPECT_EQ(j["metadata"]["published"], "2017-08-04 08:36:55+08:00");  // UTC+8 implied by the language
  EXPECT_EQ(j["metadata"]["published_as_written"], "2017-08-04 08:36:55");
  EXPECT_EQ(j["metadata"]["language"], "zh-Hant");
  EXPECT_EQ(j["metadata"]["contributors"][1]["role"], "responsible_editor");
  EXPECT_EQ(j["blocks"][0]["type"], "figure");
  EXPECT_EQ(j["blocks"][9]["type"], "credit");
  EXPECT_EQ(j["blocks"][9]["name"], "劉歆");
  EXPECT_EQ(j["removed"].back()["reason"], "boilerplate");
  EXPECT_EQ(j["removed"].back()["line"], 27);
  EXPECT_EQ(j["warnings"][0]["code"], "example");
}

TEST(JsonWriter, AbsentFieldsAreEmptyOrNull) {
  Document d;
  d.meta.title = "Only a title";
  Diagnostics diag;
  const auto j = nlohmann::json::parse(json::render({&d, 1}, {}, diag));
  EXPECT_TRUE(j["metadata"]["published"].is_null());
  EXPECT_EQ(j["metadata"]["source"], "");
  EXPECT_TRUE(j["blocks"].empty());
}

// render_to's pieces, joined; it hands over at least one.
std::string rendered_to_sink(std::span<const Document> documents, Diagnostics diagnostics = {},
                             std::size_t* pieces = nullptr) {
  std::string joined;
  std::size_t n = 0;
  json::render_to(documents, {}, diagnostics, [&](std::string&& piece) {
    joined += piece;
    ++n;
  });
  EXPECT_GE(n, 1u);
  if (pieces) *pieces = n;
  return joined;
}

// render() streams one block at a time; its bytes are those of one nlohmann
// tree dumped whole, for every fixture and corpus article, alone and as a
// bundle of all of them.
TEST(JsonWriter, StreamedOutputIsTheTreeDumpForEveryFixture) {
  std::vector<std::filesystem::path> paths = testing::all_articles();
  for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::fixture("corpus")))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::vector<Document> all;
  Diagnostics bundle_diagnostics;
  for (const auto& path : paths) {
    Conversion c = testing::read_article(path);
    c.diagnostics.warn("example", "a warning with \"quotes\", a tab\t and a newline\n");
    Diagnostics a = c.diagnostics, b = c.diagnostics;
    const std::string streamed = json::render({&c.document, 1}, {}, a);
    EXPECT_EQ(streamed, json::render_as_tree({&c.document, 1}, {}, b)) << path;
    EXPECT_EQ(rendered_to_sink({&c.document, 1}, c.diagnostics), streamed) << path;
    for (const Warning& w : c.diagnostics.warnings()) bundle_diagnostics.warn(w.code, w.message);
    all.push_back(std::move(c.document));
  }
  ASSERT_GT(all.size(), 200u);
  Diagnostics a = bundle_diagnostics, b = bundle_diagnostics;
  EXPECT_EQ(json::render(all, {}, a), json::render_as_tree(all, {}, b));
  Diagnostics none;
  EXPECT_EQ(rendered_to_sink(all), json::render(all, {}, none));
  Diagnostics none_a, none_b;
  const std::vector<Document> two_empty(2);
  EXPECT_EQ(json::render(two_empty, {}, none_a), json::render_as_tree(two_empty, {}, none_b));
}

// A block's text is escaped straight into the output (not through a tree):
// every control character, quotes, backslashes, DEL and non-ASCII text come
// out as nlohmann's dump writes them, in every kind of block.
TEST(JsonWriter, BlockTextIsEscapedAsTheTreeDumpEscapesIt) {
  std::string every;
  for (int c = 1; c < 0x20; ++c) every += static_cast<char>(c);
  every += "\"quoted\" back\\slash \x7F 中文 \u00E9 end\\";
  Document d;
  d.blocks = {Paragraph{every, 1},
              Heading{"\"" + every, 2},
              Figure{every, "caption \"" + every, 3},
              Credit{every, "name\t", 4},
              Quote{"\\", 5},
              List{{every, "two\nlines", ""}, true, 6},
              Paragraph{std::string(100000, '"'), 7}};
  Diagnostics a, b;
  EXPECT_EQ(json::render({&d, 1}, {}, a), json::render_as_tree({&d, 1}, {}, b));
}

// A large article's JSON is handed over in pieces of about a megabyte, and
// they join into the bytes render() gives.
TEST(JsonWriter, RenderToHandsOverALargeOutputInPieces) {
  Document d;
  for (int i = 0; i < 40000; ++i) d.blocks.push_back(Paragraph{"Paragraph " + std::to_string(i) + std::string(60, 'x'), 1});
  std::size_t pieces = 0;
  const std::string joined = rendered_to_sink({&d, 1}, {}, &pieces);
  Diagnostics diagnostics;
  EXPECT_EQ(joined, json::render({&d, 1}, {}, diagnostics));
  EXPECT_GE(pieces, joined.size() / (2 << 20));
  EXPECT_GT(pieces, 2u);
}

}  // namespace
}  // namespace artconv
