// The outputs judged by the independent validators in ../shared/validate.
// Skipped, visibly, where that folder does not exist.
#include <gtest/gtest.h>

#include "support.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using testing::shell_quote;

#define REQUIRE_VALIDATORS()                                                                   \
  if (!testing::have_validators()) GTEST_SKIP() << "../shared/validate not found: validators skipped"

// Converts every fixture into `dir` and runs validate-all over it.
void convert_and_validate(const fs::path& dir, const std::string& args) {
  const auto r = testing::run_artconv("-q " + args + " -d " + shell_quote(dir.string()) + " " +
                                      shell_quote(fixture("articles").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto v = testing::run_validator("validate-all", shell_quote(dir.string()));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
  EXPECT_NE(v.out.find(" 0 failed"), std::string::npos) << v.out;
}

TEST(Validation, TextOutputsPassValidateText) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  convert_and_validate(out / "plain", "-t text");
  convert_and_validate(out / "wrapped", "-t text --wrap 40");
}

TEST(Validation, DocBookAndJatsPassTheirSchemas) {
  REQUIRE_VALIDATORS();
  convert_and_validate(testing::temp_dir("out"), "-t docbook,jats");
}

TEST(Validation, HostileTextStillValidates) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  const Document d = testing::hostile_document();
  for (const auto& [format, ext] : {std::pair{"docbook", ".docbook.xml"}, std::pair{"jats", ".jats.xml"}}) {
    Diagnostics diag;
    testing::write_file(out / (std::string("hostile") + ext), testing::render_with(format, d, diag));
  }
  const auto v = testing::run_validator("validate-all", shell_quote(out.string()));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
}

// What pandoc's plain writer changes: typographic quotes and white space.
std::string loosely(std::string s) {
  for (auto [from, to] : {std::pair{"“", "\""}, std::pair{"”", "\""}, std::pair{"‘", "'"}, std::pair{"’", "'"}})
    for (std::size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, std::string(from).size(), to);
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

TEST(Validation, PandocRecoversEveryParagraphInOrder) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  for (const fs::path& path : testing::all_articles()) {
    if (path.parent_path().filename() == "variants") continue;  // same text as the original
    const Document d = testing::read_article(path).document;
    for (const auto& [format, ext] : {std::pair{"docbook", ".docbook.xml"}, std::pair{"jats", ".jats.xml"}}) {
      Diagnostics diag;
      const fs::path file = out / (path.stem().string() + ext);
      testing::write_file(file, testing::render_with(format, d, diag));
      const auto r = testing::run_validator("roundtrip-pandoc", "--paragraphs " + shell_quote(file.string()));
      ASSERT_EQ(r.status, 0) << r.err;
      const std::string recovered = loosely(r.out);
      std::size_t at = 0;
      for (const Block& b : d.blocks) {
        if (!std::holds_alternative<Paragraph>(b)) continue;
        const std::size_t found = recovered.find(loosely(block_text(b)), at);
        ASSERT_NE(found, std::string::npos) << file << ": paragraph missing or out of order: " << block_text(b);
        at = found;
      }
    }
  }
}

}  // namespace
}  // namespace artconv
