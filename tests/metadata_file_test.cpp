// --metadata-file: YAML and JSON files as -M overrides, and their errors.
#include <gtest/gtest.h>

#include "metadata_file.hpp"

namespace artconv {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

Entries entries(std::string_view text, const std::string& path, MetadataSyntax syntax = MetadataSyntax::detect) {
  Entries out;
  for (const MetadataOverride& o : parse_metadata_file(text, path, syntax)) out.emplace_back(o.key, o.value);
  return out;
}

std::string error_of(std::string_view text, const std::string& path) {
  try {
    parse_metadata_file(text, path);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::usage);
    return e.what();
  }
  return "(no error)";
}

TEST(MetadataFile, YamlKeysInFileOrderWithListsOfContributors) {
  const Entries want{{"title", "選集: 上海"}, {"author", "張三"}, {"author", "Jane Smith"},
                     {"date", "2017-08-04"},  {"lang", "zh-Hant"}, {"identifier", "12"},
                     {"publisher", "新民晚報"}};
  EXPECT_EQ(entries("---\ntitle: \"選集: 上海\"\nauthor: [張三, Jane Smith]\ndate: 2017-08-04\nlang: zh-Hant\n"
                    "identifier: 12\npublisher: 新民晚報\n...\n",
                    "m.yaml"),
            want);
  EXPECT_EQ(entries("title: '選集: 上海'\nauthor:\n  - 張三\n  - Jane Smith\ndate: 2017-08-04\nlang: zh-Hant\n"
                    "identifier: 12\npublisher: 新民晚報\n",
                    "m.yml"),
            (Entries{{"title", "選集: 上海"}, {"author", "張三"}, {"author", "Jane Smith"}, {"date", "2017-08-04"},
                     {"lang", "zh-Hant"}, {"identifier", "12"}, {"publisher", "新民晚報"}}));
  // YAML 1.1 words stay words: "yes" is a title, not true.
  EXPECT_EQ(entries("title: yes\n", "m.yaml"), (Entries{{"title", "yes"}}));
}

TEST(MetadataFile, JsonKeysInFileOrder) {
  EXPECT_EQ(entries(R"({"title": "A", "editor": ["B", "C"], "identifier": 7, "author": "D"})", "m.json"),
            (Entries{{"title", "A"}, {"editor", "B"}, {"editor", "C"}, {"identifier", "7"}, {"author", "D"}}));
}

TEST(MetadataFile, SyntaxByNameThenByContent) {
  EXPECT_EQ(entries("\xEF\xBB\xBF  {\"title\": \"A\"}", "meta"), (Entries{{"title", "A"}}));
  EXPECT_EQ(entries("title: A\n", "meta.txt"), (Entries{{"title", "A"}}));
  // A .json name means JSON, even for what YAML would read.
  EXPECT_NE(error_of("title: A\n", "m.json").find("not valid JSON"), std::string::npos);
  EXPECT_EQ(entries("{\"title\": \"A\"}", "m.yaml"), (Entries{{"title", "A"}}));  // JSON is YAML
}

TEST(MetadataFile, ErrorsNameTheFileAndWhatIsWrong) {
  EXPECT_EQ(error_of("title: [A, B]\n", "m.yaml"), "--metadata-file m.yaml: 'title' takes one value, not a list");
  EXPECT_EQ(error_of("colour: blue\n", "m.yaml"),
            "--metadata-file m.yaml: unknown key 'colour' (title, original_title, source, lang, date, identifier, "
            "author, editor, responsible_editor, reporter, photographer, translator)");
  EXPECT_EQ(error_of("title: A\n  bad: [\n", "m.yaml").rfind("--metadata-file m.yaml: not valid YAML: line ", 0), 0u);
  EXPECT_EQ(error_of("{\"title\": }", "m.json").rfind("--metadata-file m.json: not valid JSON: parse error at line 1", 0),
            0u);
  EXPECT_EQ(error_of("- a\n- b\n", "m.yaml"),
            "--metadata-file m.yaml: must be a mapping of keys to values (title: …, author: […])");
  EXPECT_EQ(error_of("[1]", "m.json"),
            "--metadata-file m.json: must be a JSON object of keys to values ({\"title\": …, \"author\": […]})");
  EXPECT_EQ(error_of("", "m.yaml"), "--metadata-file m.yaml: no metadata in it (an empty file?)");
  EXPECT_EQ(error_of("author:\n", "m.yaml"), "--metadata-file m.yaml: 'author' has no value");
  EXPECT_EQ(error_of("author: {name: A}\n", "m.yaml"), "--metadata-file m.yaml: 'author' must be text or a list of names");
  EXPECT_EQ(error_of("author: [[A]]\n", "m.yaml"), "--metadata-file m.yaml: 'author' must be a list of names");
  EXPECT_EQ(error_of(R"({"title": true})", "m.json"), "--metadata-file m.json: 'title' must be text");
  EXPECT_EQ(error_of(R"({"title": null})", "m.json"), "--metadata-file m.json: 'title' has no value");
  // an empty value would blank what the article says: refused too
  EXPECT_EQ(error_of("title: \"\"\n", "m.yaml"), "--metadata-file m.yaml: 'title' has an empty value");
  EXPECT_EQ(error_of("author: []\n", "m.yaml"), "--metadata-file m.yaml: 'author' is an empty list");
  EXPECT_EQ(error_of("author: [\"Jo Kim\", \" \"]\n", "m.yaml"), "--metadata-file m.yaml: 'author' has an empty value");
  EXPECT_EQ(error_of(R"({"author": []})", "m.json"), "--metadata-file m.json: 'author' is an empty list");
}

TEST(MetadataFile, CommandLineWinsKeyByKey) {
  const std::vector<MetadataOverride> file{{"title", "F"}, {"author", "A1"}, {"author", "A2"}, {"publisher", "P"},
                                           {"editor", "E"}};
  const std::vector<MetadataOverride> command_line{{"author", "C"}, {"source", "S"}};
  Entries merged;
  for (const MetadataOverride& o : merge_metadata(file, command_line)) merged.emplace_back(o.key, o.value);
  EXPECT_EQ(merged, (Entries{{"title", "F"}, {"editor", "E"}, {"author", "C"}, {"source", "S"}}));
}

}  // namespace
}  // namespace artconv
