#include <gtest/gtest.h>
#include <sys/stat.h>

#include "support.hpp"
#include "unicode/text.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using testing::read_file;
using testing::run_artconv;
using testing::shell_quote;
using testing::temp_dir;
using testing::write_file;

std::string q(const fs::path& p) { return shell_quote(p.string()); }

std::vector<fs::path> files_below(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), dir));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Cli, InformationalOptions) {
  const auto formats = run_artconv("--list-formats");
  EXPECT_EQ(formats.status, 0);
  EXPECT_NE(formats.out.find("text"), std::string::npos);
  EXPECT_NE(formats.out.find("json"), std::string::npos);
  const auto version = run_artconv("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_TRUE(version.out.starts_with("artconv ")) << version.out;
  EXPECT_EQ(run_artconv("--help").status, 0);
}

TEST(Cli, UsageErrorsExitTwo) {
  for (const char* args : {"", "-t nosuchformat x.txt", "--encoding no-such-encoding x.txt", "--wrap -3 x.txt",
                           "--on-invalid ignore x.txt", "--no-such-option", "-M nokey x.txt",
                           "-M colour=blue x.txt"}) {
    const auto r = run_artconv(args);
    EXPECT_EQ(r.status, 2) << args << "\n" << r.err;
    EXPECT_TRUE(r.err.starts_with("artconv: error: ")) << args << ": " << r.err;
  }
  const auto several = run_artconv("-t text,json " + q(fixture("articles/ko-seoul-subway.txt")));
  EXPECT_EQ(several.status, 2);
  EXPECT_NE(several.err.find("-d DIR"), std::string::npos);
}

TEST(Cli, ConvertsToStdoutAndFromStdin) {
  const auto r = run_artconv("-t json " + q(fixture("articles/zh-hant-news-shanghai.txt")));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["metadata"]["title"], "市委召開城市基層黨建經驗交流座談會");
  const auto in = run_artconv("-", read_file(fixture("articles/variants/zh-hant-news-shanghai.gb18030.txt")));
  ASSERT_EQ(in.status, 0) << in.err;
  EXPECT_TRUE(in.out.starts_with("市委召開城市基層黨建經驗交流座談會\n")) << in.out.substr(0, 100);
  EXPECT_TRUE(in.err.empty()) << in.err;
}

TEST(Cli, WrapOption) {
  const auto r = run_artconv("--wrap 40 " + q(fixture("articles/zh-hant-news-shanghai.txt")));
  ASSERT_EQ(r.status, 0);
  std::size_t start = 0;
  for (std::size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1)
    EXPECT_LE(unicode::display_width(r.out.substr(start, nl - start)), 40);
}

TEST(Cli, BadInputsAreClearErrorsAndTheOthersStillConvert) {
  const fs::path in = temp_dir("in"), out = temp_dir("out");
  write_file(in / "a-good.txt", "A title\n\nA paragraph.\n");
  write_file(in / "b-empty.txt", "");
  write_file(in / "c-blank.txt", " \n\n\t\n");
  write_file(in / "d-nul.txt", std::string("Title\n\nbody\0text\n", 17));
  std::string binary;
  for (int i = 0; i < 2048; ++i) binary += static_cast<char>((i * 37 + 11) % 256 | 1);
  write_file(in / "e-binary.txt", binary);
  write_file(in / "f-good.txt", "Another title\n\nLine one\nLine two\nLine three\n");
  const auto r = run_artconv("-q -t text,json -d " + q(out) + " " + q(in));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find(in.string() + "/b-empty.txt: error: empty input"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(in.string() + "/c-blank.txt: error: no text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(in.string() + "/d-nul.txt: error: binary data, not text: NUL byte at byte offset 11"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(in.string() + "/e-binary.txt: error: "), std::string::npos) << r.err;
  // One line per failed input, nothing else with -q.
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 4) << r.err;
  const std::vector<fs::path> expected{"a-good.json", "a-good.txt", "f-good.json", "f-good.txt"};
  EXPECT_EQ(files_below(out), expected);  // and no temporary files left behind
}

TEST(Cli, InvalidUtf8UnderDeclaredEncoding) {
  const fs::path in = temp_dir("in");
  write_file(in / "bad.txt", "Title\n\nabc\xC3\x28 def\n");
  const auto r = run_artconv("--encoding UTF-8 " + q(in / "bad.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "artconv: " + (in / "bad.txt").string() +
                       ": error: invalid UTF-8 byte sequence 0xC3 at byte offset 10 (--on-invalid=replace "
                       "substitutes U+FFFD)\n");
  const auto replaced = run_artconv("--encoding UTF-8 --on-invalid replace " + q(in / "bad.txt"));
  EXPECT_EQ(replaced.status, 0);
  EXPECT_NE(replaced.out.find("abc\xEF\xBF\xBD("), std::string::npos) << replaced.out;
  EXPECT_NE(replaced.err.find("warning: 1 invalid byte sequences replaced"), std::string::npos) << replaced.err;
  const auto strict = run_artconv("--strict --encoding UTF-8 --on-invalid replace " + q(in / "bad.txt"));
  EXPECT_EQ(strict.status, 1);
}

TEST(Cli, HugeLineAndNoBlankLines) {
  const fs::path in = temp_dir("in"), out = temp_dir("out");
  std::string line;
  while (line.size() < 20'000'000) line += "lorem ipsum ";
  write_file(in / "huge.txt", "Huge\n\n" + line + "\n");
  write_file(in / "dense.txt", "Dense title\nfirst line of text\nsecond line of text\nthird line of text\n");
  const auto r = run_artconv("-t text -d " + q(out) + " " + q(in / "huge.txt") + " " + q(in / "dense.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(fs::file_size(out / "huge.txt"), 19'000'000u);
  EXPECT_EQ(read_file(out / "dense.txt"),
            "Dense title\n\nfirst line of text\n\nsecond line of text\n\nthird line of text\n");
}

TEST(Cli, NeverOverwritesTheInput) {
  const fs::path in = temp_dir("in");
  const std::string original = "Title\n\nSome   text.\n";
  write_file(in / "a.txt", original);
  const auto same = run_artconv("-o " + q(in / "a.txt") + " " + q(in / "a.txt"));
  EXPECT_EQ(same.status, 1);
  EXPECT_NE(same.err.find("refusing to overwrite the input"), std::string::npos) << same.err;
  const auto into_own_dir = run_artconv("-t text -d " + q(in) + " " + q(in / "a.txt"));
  EXPECT_EQ(into_own_dir.status, 1);
  EXPECT_EQ(read_file(in / "a.txt"), original);
  EXPECT_EQ(files_below(in), std::vector<fs::path>{"a.txt"});
}

TEST(Cli, OutputFileIsReplacedWhole) {
  const fs::path dir = temp_dir("o");
  write_file(dir / "out.txt", std::string(100000, 'x'));
  const auto r = run_artconv("-o " + q(dir / "out.txt") + " " + q(fixture("articles/ko-seoul-subway.txt")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(read_file(dir / "out.txt").starts_with("서울 지하철"));
  EXPECT_EQ(files_below(dir), std::vector<fs::path>{"out.txt"});
  const mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(static_cast<unsigned>(fs::status(dir / "out.txt").permissions() & fs::perms::all), 0666u & ~mask);
}

TEST(Cli, MissingInputIsReportedWithItsPath) {
  const auto r = run_artconv("/no/such/file.txt");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "artconv: /no/such/file.txt: error: cannot open: No such file or directory\n");
}

TEST(Cli, EpubNeedsAnOutputFileAndBundlesNeedBundlingFormats) {
  const std::string article = q(fixture("articles/ko-seoul-subway.txt"));
  const auto binary = run_artconv("-t epub " + article);
  EXPECT_EQ(binary.status, 2);
  EXPECT_NE(binary.err.find("epub is binary: give -o FILE"), std::string::npos) << binary.err;
  EXPECT_EQ(run_artconv("-t text --bundle -o x.txt " + article).status, 2);
  const fs::path dir = temp_dir("o");
  const auto book = run_artconv("-t epub,docbook --bundle -d " + q(dir) + " " + article + " " +
                                q(fixture("articles/ja-tokyo-disaster-plan.txt")));
  ASSERT_EQ(book.status, 0) << book.err;
  EXPECT_EQ(files_below(dir), (std::vector<fs::path>{"bundle.docbook.xml", "bundle.epub"}));
}

TEST(Cli, EpubIsByteIdenticalAcrossRuns) {
  const fs::path dir = temp_dir("o");
  for (const char* name : {"a.epub", "b.epub"}) {
    const auto r = run_artconv("-t epub --bundle --vertical -o " + q(dir / name) + " " + q(fixture("articles")));
    ASSERT_EQ(r.status, 0) << r.err;
  }
  EXPECT_EQ(read_file(dir / "a.epub"), read_file(dir / "b.epub"));
}

TEST(Cli, MetadataOverrides) {
  const auto r = run_artconv("-t json -M title=Replaced -M lang=zh-Hant-TW -M author=Someone " +
                             q(fixture("articles/ko-seoul-subway.txt")));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["metadata"]["title"], "Replaced");
  EXPECT_EQ(j["metadata"]["language"], "zh-Hant-TW");
  EXPECT_EQ(j["metadata"]["contributors"][0]["name"], "Someone");
  // The identifier comes from the final metadata: a new title gives a new one.
  const auto plain = run_artconv("-t json " + q(fixture("articles/ko-seoul-subway.txt")));
  EXPECT_NE(j["metadata"]["identifier"], nlohmann::json::parse(plain.out)["metadata"]["identifier"]);
  const auto pinned = run_artconv("-t json -M title=Replaced -M identifier=urn:x " +
                                  q(fixture("articles/ko-seoul-subway.txt")));
  EXPECT_EQ(nlohmann::json::parse(pinned.out)["metadata"]["identifier"], "urn:x");
}

}  // namespace
}  // namespace artconv
