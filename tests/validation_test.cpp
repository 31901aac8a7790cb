// The outputs judged by validators the project did not write: those of
// ../shared/validate when present, else tests/validate over Debian's
// epubcheck, jing + docbook5-xml, xmllint and pandoc, and the JATS 1.3 DTD
// vendored in tests/validate/jats-1.3 (Debian has none). Nothing is skipped:
// a missing tool fails the test.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "support.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using testing::shell_quote;

std::string files_with(const fs::path& dir, const std::string& ext);

// Says, once per run, which validators judge the outputs.
void say_which_validators() {
  static const bool said = [] {
    std::cerr << "validators: " << testing::validator_dir().string()
              << (testing::have_shared_validators() ? "\n" : " (Debian's tools and the vendored JATS DTD)\n");
    return true;
  }();
  (void)said;
}
#define REQUIRE_VALIDATORS() say_which_validators()

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

TEST(Validation, JatsPassesTheDtd) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  const auto r = testing::run_artconv("-q -t jats -d " + shell_quote(out.string()) + " " +
                                      shell_quote(fixture("articles").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  Diagnostics diag;
  testing::write_file(out / "hostile.jats.xml", testing::render_with("jats", testing::hostile_document(), diag));
  const auto v = testing::run_validator("validate-jats", files_with(out, ".jats.xml"));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
  EXPECT_EQ(v.out.find("FAIL"), std::string::npos) << v.out;
}

// The project's own JATS validator (tests/validate, over the vendored DTD) is
// what judges JATS when ../shared is absent, so it must be able to fail: a
// well-formed file with an undeclared element and a DOCTYPE naming another
// DTD are refused, a real output passes.
TEST(Validation, OwnJatsValidatorRefusesWhatTheDtdForbids) {
  const fs::path out = testing::temp_dir("out");
  Diagnostics diag;
  const std::string good = testing::render_with("jats", testing::hostile_document(), diag);
  std::string undeclared = good, elsewhere = good;
  undeclared.replace(undeclared.find("<body>"), 6, "<bogus/><body>");
  elsewhere.replace(elsewhere.find("JATS-archivearticle1-3.dtd"), 26, "JATS-elsewhere.dtd");
  elsewhere.replace(elsewhere.find("Journal Archiving"), 17, "Journal Elsewhere");
  testing::write_file(out / "good.jats.xml", good);
  testing::write_file(out / "undeclared.jats.xml", undeclared);
  testing::write_file(out / "elsewhere.jats.xml", elsewhere);
  const auto own = [&](const std::string& name) {
    return testing::run_own_validator("validate-jats", shell_quote((out / name).string()));
  };
  const auto pass = own("good.jats.xml");
  EXPECT_EQ(pass.status, 0) << pass.out << pass.err;
  const auto bad = own("undeclared.jats.xml");
  EXPECT_EQ(bad.status, 1) << bad.out;
  EXPECT_NE(bad.err.find("bogus"), std::string::npos) << bad.err;
  const auto other = own("elsewhere.jats.xml");
  EXPECT_EQ(other.status, 1) << other.out;
  EXPECT_NE(other.out.find("no DOCTYPE naming the JATS 1.3"), std::string::npos) << other.out;
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

// Every file of `dir` (recursively) with this extension, shell-quoted.
std::string files_with(const fs::path& dir, const std::string& ext) {
  std::string out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.path().string().ends_with(ext)) out.append(" ").append(shell_quote(e.path().string()));
  return out;
}

void convert_and_check_epubs(const std::string& args) {
  const fs::path out = testing::temp_dir("out");
  const auto r = testing::run_artconv("-q -t epub " + args + " -d " + shell_quote(out.string()) + " " +
                                      shell_quote(fixture("articles").string()));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto v = testing::run_validator("validate-epub", files_with(out, ".epub"));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
  EXPECT_EQ(v.out.find("FAIL"), std::string::npos) << v.out;
}

TEST(Validation, EveryFixtureEpubPassesEpubcheck) {
  REQUIRE_VALIDATORS();
  convert_and_check_epubs("");
}

TEST(Validation, EveryFixtureVerticalEpubPassesEpubcheck) {
  REQUIRE_VALIDATORS();
  convert_and_check_epubs("--vertical --figures placeholder");
}

TEST(Validation, EveryFixtureEpubWithCssCoverPageAndHeadingsPassesEpubcheck) {
  REQUIRE_VALIDATORS();
  convert_and_check_epubs("--css " + shell_quote(fixture("epub/extra.css").string()) + " --cover --toc-depth 2");
}

TEST(Validation, CoverImagesOfEveryKindPassEpubcheck) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  const std::string article = shell_quote(fixture("articles/appledaily-A3845.txt").string());
  for (const char* image : {"cover.jpg", "cover.png", "cover.gif", "cover.svg"}) {
    const std::string cover = " --cover-image " + shell_quote(fixture(std::string("epub/") + image).string());
    const fs::path one = out / (std::string(image) + ".epub"), book = out / (std::string(image) + ".book.epub");
    auto r = testing::run_artconv("-q -t epub --toc-depth 2" + cover + " -o " + shell_quote(one.string()) + " " + article);
    ASSERT_EQ(r.status, 0) << r.err;
    r = testing::run_artconv("-q -t epub --bundle --vertical --title Book --author A" + cover + " -o " +
                             shell_quote(book.string()) + " " + article + " " +
                             shell_quote(fixture("articles/ja-tokyo-disaster-plan.txt").string()));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  const auto v = testing::run_validator("validate-epub", files_with(out, ".epub"));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
  EXPECT_EQ(v.out.find("FAIL"), std::string::npos) << v.out;
}

TEST(Validation, BundledEpubsPassEpubcheck) {
  REQUIRE_VALIDATORS();
  const fs::path out = testing::temp_dir("out");
  const std::string articles = shell_quote(fixture("articles").string());
  for (const std::string& args : {std::string("--bundle"), std::string("--bundle --vertical --figures placeholder "
                                                                         "--title Collected --author A --lang zh-Hant"),
                                 std::string("--bundle --cover --toc-depth 2 --title Collected")}) {
    const fs::path book = out / (std::to_string(args.size()) + ".epub");
    const auto r = testing::run_artconv("-q -t epub " + args + " -o " + shell_quote(book.string()) + " " + articles);
    ASSERT_EQ(r.status, 0) << r.err;
  }
  const auto v = testing::run_validator("validate-epub", files_with(out, ".epub"));
  EXPECT_EQ(v.status, 0) << v.out << v.err;
}

TEST(Validation, BundleOf500ArticlesPassesEpubcheck) {
  REQUIRE_VALIDATORS();
  const fs::path in = testing::temp_dir("in"), out = testing::temp_dir("out");
  const std::vector<fs::path> articles = testing::all_articles();
  for (int i = 0; i < 500; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%04d.txt", i);
    fs::copy_file(articles[static_cast<std::size_t>(i) % articles.size()], in / name);
  }
  const fs::path book = out / "book.epub";
  const auto r = testing::run_artconv("-q -t epub --bundle -o " + shell_quote(book.string()) + " " +
                                      shell_quote(in.string()));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(testing::zip_entries(testing::read_file(book)).size(), 6u + 1u + 500u);
  const auto v = testing::run_validator("validate-epub", shell_quote(book.string()));
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
    for (const auto& [format, ext] :
         {std::pair{"docbook", ".docbook.xml"}, std::pair{"jats", ".jats.xml"}, std::pair{"epub", ".epub"}}) {
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
