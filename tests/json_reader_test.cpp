// -f json: artconv's JSON read back. json -> Document -> json gives the same
// bytes for every fixture, and what is not artconv JSON is a clear error.
#include <gtest/gtest.h>

#include "json/json_reader.hpp"
#include "registry.hpp"
#include "support.hpp"

namespace artconv {
namespace {

std::string to_json(const Document& d, Diagnostics& diag) { return find_writer("json")->render({&d, 1}, {}, diag); }

TEST(JsonReader, EveryFixtureRoundTripsToTheSameBytes) {
  std::size_t n = 0;
  for (const auto& path : testing::all_articles()) {
    Conversion c = testing::read_article(path);
    const std::string first = to_json(c.document, c.diagnostics);
    Diagnostics read_diag;
    const Document back = json::read(first, read_diag);
    EXPECT_EQ(read_diag.warnings(), c.diagnostics.warnings()) << path;
    EXPECT_EQ(testing::comparable(back), testing::comparable(c.document)) << path;
    EXPECT_EQ(to_json(back, read_diag), first) << path;
    ++n;
  }
  EXPECT_GT(n, 10u);
}

TEST(JsonReader, DatesInEveryShapeTheWriterWrites) {
  for (const char* iso : {"2017-08-04", "2017-08-04 08:36", "2017-08-04 08:36:55", "2024-11-27 08:15:00Z",
                          "2017-08-04 08:36+08:00", "2017-08-04 08:36:55-05:30"}) {
    Diagnostics diag;
    const Document d = json::read(std::string(R"({"metadata": {"published": ")") + iso + R"("}, "blocks": []})", diag);
    ASSERT_TRUE(d.meta.published) << iso;
    EXPECT_EQ(d.meta.published->iso(), iso);
    EXPECT_EQ(d.meta.published->written, iso) << "without published_as_written, the date as given";
  }
}

TEST(JsonReader, FieldsLeftOutAreEmptyAndTextIsNfc) {
  Diagnostics diag;
  const Document d = json::read(R"({"blocks": [{"type": "paragraph", "text": "Cafe\u0301"}]})", diag);
  EXPECT_TRUE(d.meta.title.empty());
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(block_text(d.blocks[0]), "Caf\xC3\xA9");
  EXPECT_TRUE(diag.empty());
}

std::string error_of(std::string_view json_text) {
  try {
    Diagnostics diag;
    json::read(json_text, diag);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::input);
    return e.what();
  }
  return "(no error)";
}

// A JSON string may escape control characters that no text holds: they are
// removed with a warning, so -f json -t text writes normalized text.
TEST(JsonReader, ControlCharactersInStringsAreRemovedWithAWarning) {
  Diagnostics diag;
  const Document d = json::read(
      R"({"metadata": {"title": "T\u0007itle"}, "blocks": [{"type": "paragraph", "text": "P\u0000\u001b[2J text"}]})", diag);
  EXPECT_EQ(d.meta.title, "Title");
  EXPECT_EQ(block_text(d.blocks.at(0)), "P[2J text");
  ASSERT_EQ(diag.warnings().size(), 1u);
  EXPECT_EQ(diag.warnings()[0].message, "3 control characters removed from the document's strings");
}

TEST(JsonReader, WhatIsNotArtconvJsonIsAClearError) {
  EXPECT_EQ(error_of(R"({"blocks": [{"type": "paragraph", "text": "a"}, {"type": "table", "text": "b"}]})"),
            "not artconv JSON: blocks[1].type: unknown block type 'table' (paragraph, heading, figure, credit, quote, list)");
  EXPECT_EQ(error_of(R"({"metadata": {"title": 3}})"), "not artconv JSON: metadata.title: must be a string");
  EXPECT_EQ(error_of(R"({"metadata": {"published": "2017-02-30"}})"),
            "not artconv JSON: metadata.published: '2017-02-30' is not a date (YYYY-MM-DD[ HH:MM[:SS]][Z|±HH:MM])");
  EXPECT_EQ(error_of(R"({"metadata": {"contributors": [{"name": "A", "role": "cook"}]}})"),
            "not artconv JSON: metadata.contributors[0].role: unknown role 'cook' (author, reporter, "
            "correspondent, contributor, writer, editor, responsible_editor, photographer, illustrator, infographics, "
            "producer, translator, proofreader)");
  EXPECT_EQ(error_of("[{}]"), "not artconv JSON: the top level: an array of documents; give one document per file");
  EXPECT_EQ(error_of(R"({"title": "x"})"),
            "not artconv JSON: the top level: has neither \"metadata\" nor \"blocks\" (not written by artconv -t "
            "json?)");
  EXPECT_EQ(error_of("{\"blocks\": [").rfind("not valid JSON: parse error at line 1, column 13", 0), 0u)
      << error_of("{\"blocks\": [");
  EXPECT_EQ(error_of(R"({"blocks": {"type": "paragraph"}})"), "not artconv JSON: blocks: must be an array");
}

}  // namespace
}  // namespace artconv
