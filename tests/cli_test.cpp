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
  for (const char* args : {"-t nosuchformat x.txt", "--encoding no-such-encoding x.txt", "--wrap -3 x.txt",
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
  write_file(in / "d-nul.txt", std::string("Title\n\nbody\0\0\0\0\0text\n", 21));  // dense NULs: binary
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
  EXPECT_NE(replaced.err.find("warning: 1 invalid byte sequence replaced"), std::string::npos) << replaced.err;
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
  EXPECT_EQ(same.status, 2);
  EXPECT_NE(same.err.find("would overwrite the input"), std::string::npos) << same.err;
  const auto into_own_dir = run_artconv("-t text -d " + q(in) + " " + q(in / "a.txt"));
  EXPECT_EQ(into_own_dir.status, 2);
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

TEST(Cli, FormatNamesIgnoreCaseAndEpub3IsEpub) {
  const std::string article = q(fixture("articles/ko-seoul-subway.txt"));
  const auto json = run_artconv("-t JSON " + article);
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["metadata"]["language"], "ko");
  const fs::path dir = temp_dir("o");
  for (const char* name : {"epub", "epub3", "EPUB3", "Epub"}) {
    const auto r = run_artconv(std::string("-t ") + name + " -o " + q(dir / (std::string(name) + ".epub")) + " " + article);
    ASSERT_EQ(r.status, 0) << name << ": " << r.err;
  }
  EXPECT_EQ(read_file(dir / "epub3.epub"), read_file(dir / "epub.epub"));
  EXPECT_EQ(read_file(dir / "Epub.epub"), read_file(dir / "epub.epub"));
  // The file name and an alias agree; a contradiction is still refused.
  EXPECT_EQ(run_artconv("-t epub3 -o " + q(dir / "x.json") + " " + article).status, 2);
  const auto bad = run_artconv("-t epub2 -o x.epub " + article);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("'epub2' is not a format: text, json, epub (epub3), docbook, jats"), std::string::npos)
      << bad.err;
  const auto list = run_artconv("--list-formats");
  EXPECT_NE(list.out.find("(also -t epub3)"), std::string::npos) << list.out;
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

TEST(Cli, MetadataFileYamlOrJsonAndTheCommandLineWins) {
  const fs::path dir = temp_dir("m");
  write_file(dir / "meta.yaml", "title: From the file\nauthor: [Ann Lee, Bo Chan]\ndate: 2020-02-29\nlang: en-GB\n");
  write_file(dir / "meta.json", R"({"title": "From the file", "author": ["Ann Lee", "Bo Chan"], "date": "2020-02-29",
                                   "lang": "en-GB"})");
  write_file(dir / "meta", "title: From the file\nauthor: [Ann Lee, Bo Chan]\ndate: 2020-02-29\nlang: en-GB\n");
  const std::string article = q(fixture("articles/ko-seoul-subway.txt"));
  std::string first;
  for (const char* name : {"meta.yaml", "meta.json", "meta"}) {
    const auto r = run_artconv("-t json --metadata-file " + q(dir / name) + " " + article);
    ASSERT_EQ(r.status, 0) << name << ": " << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["metadata"]["title"], "From the file") << name;
    EXPECT_EQ(j["metadata"]["language"], "en-GB");
    EXPECT_EQ(j["metadata"]["published"], "2020-02-29");
    const auto& c = j["metadata"]["contributors"];
    ASSERT_GE(c.size(), 2u);
    EXPECT_EQ(c[c.size() - 2]["name"], "Ann Lee");
    EXPECT_EQ(c[c.size() - 1]["name"], "Bo Chan");
    if (first.empty()) first = r.out;
    EXPECT_EQ(r.out, first) << name;
  }
  const auto over = run_artconv("-t json --metadata-file " + q(dir / "meta.yaml") + " -M title=Mine -M author=Cy " +
                                article);
  ASSERT_EQ(over.status, 0) << over.err;
  const auto j = nlohmann::json::parse(over.out);
  EXPECT_EQ(j["metadata"]["title"], "Mine");
  EXPECT_EQ(j["metadata"]["language"], "en-GB");
  EXPECT_EQ(over.out.find("Ann Lee"), std::string::npos) << "the command line's authors replace the file's";
  EXPECT_EQ(j["metadata"]["contributors"].back()["name"], "Cy");
  // Bundles: every article gets the file's metadata, as with -M.
  const fs::path book = dir / "book.epub";
  const auto bundle = run_artconv("-t epub --bundle --title Book --metadata-file " + q(dir / "meta.yaml") + " -o " +
                                  q(book) + " " + article + " " + q(fixture("articles/bbc-tech-062.txt")));
  ASSERT_EQ(bundle.status, 0) << bundle.err;
  EXPECT_EQ(testing::xpath(testing::zip_entry(read_file(book), "EPUB/article-002.xhtml"), "//xhtml:h1"),
            std::vector<std::string>{"From the file"});
}

TEST(Cli, BadMetadataFilesAreOneLineUsageErrors) {
  const fs::path dir = temp_dir("m");
  write_file(dir / "bad.yaml", "title: [a\n");
  write_file(dir / "date.yaml", "date: 2017-02-30\n");
  write_file(dir / "lang.json", R"({"lang": "not a tag"})");
  write_file(dir / "key.json", R"({"colour": "blue"})");
  const std::string article = q(fixture("articles/ko-seoul-subway.txt"));
  const std::pair<std::string, std::string> cases[] = {
      {"bad.yaml", "bad.yaml: not valid YAML: line "},
      {"date.yaml", "date.yaml: date: '2017-02-30' is not a date"},
      {"lang.json", "lang.json: lang: 'not a tag' is not a BCP 47 language tag"},
      {"key.json", "key.json: unknown key 'colour'"},
      {"missing.yaml", "missing.yaml: cannot open: No such file or directory"}};
  for (const auto& [file, message] : cases) {
    const auto r = run_artconv("--metadata-file " + q(dir / file) + " " + article);
    EXPECT_EQ(r.status, 2) << file;
    EXPECT_TRUE(r.err.starts_with("artconv: error: --metadata-file " + (dir / file).string())) << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(Cli, EpubCssCoverAndTocDepthOptions) {
  const fs::path dir = temp_dir("o");
  const std::string article = q(fixture("articles/appledaily-A3845.txt"));
  const auto r = run_artconv("-t epub3 --css " + q(fixture("epub/extra.css")) + " --cover-image " +
                             q(fixture("epub/cover.png")) + " --toc-depth 2 -o " + q(dir / "a.epub") + " " + article);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string e = read_file(dir / "a.epub");
  EXPECT_EQ(testing::zip_entry(e, "EPUB/user.css"), read_file(fixture("epub/extra.css")));
  EXPECT_EQ(testing::zip_entry(e, "EPUB/cover.png"), read_file(fixture("epub/cover.png")));
  EXPECT_EQ(testing::xpath(testing::zip_entry(e, "EPUB/nav.xhtml"), "//xhtml:li/xhtml:ol//xhtml:a").size(), 2u);
  const auto again = run_artconv("-t epub3 --css " + q(fixture("epub/extra.css")) + " --cover-image " +
                                 q(fixture("epub/cover.png")) + " --toc-depth 2 -o " + q(dir / "b.epub") + " " + article);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(read_file(dir / "b.epub"), e);
  const auto cover = run_artconv("--cover -o " + q(dir / "c.epub") + " " + article);
  ASSERT_EQ(cover.status, 0) << cover.err;
  EXPECT_FALSE(testing::zip_entry(read_file(dir / "c.epub"), "EPUB/cover.xhtml").empty());

  write_file(dir / "latin1.css", "p { font-family: \"Caf\xE9\"; }\n");
  const std::pair<std::string, std::string> errors[] = {
      {"--cover-image " + q(fixture("epub/cover.webp")),
       "--cover-image " + fixture("epub/cover.webp").string() + ": WebP, but a cover image must be JPEG, PNG, GIF or SVG"},
      {"--cover-image " + q(fixture("epub/extra.css")), ": not an image, but a cover image must be"},
      {"--cover-image " + q(dir / "none.png"), "none.png: cannot open"},
      {"--css " + q(dir / "latin1.css"), "latin1.css: not UTF-8 text (byte offset 21)"},
      {"--toc-depth 0", "--toc-depth"},
      {"--cover --cover-image " + q(fixture("epub/cover.png")), "excludes"}};
  for (const auto& [args, message] : errors) {
    const auto bad = run_artconv("-t epub " + args + " -o " + q(dir / "x.epub") + " " + article);
    EXPECT_EQ(bad.status, 2) << args;
    EXPECT_NE(bad.err.find(message), std::string::npos) << args << ": " << bad.err;
  }
  for (const char* args : {"--css x.css", "--cover", "--toc-depth 2"}) {
    const auto text = run_artconv(std::string("-t text ") + args + " " + article);
    EXPECT_EQ(text.status, 2) << args;
    EXPECT_NE(text.err.find("applies to epub output only"), std::string::npos) << text.err;
  }
  EXPECT_FALSE(fs::exists(dir / "x.epub"));
}

TEST(Cli, JsonReadBackEditedAndRenderedAgain) {
  const fs::path dir = temp_dir("j");
  const std::string article = q(fixture("articles/zh-hant-news-shanghai.txt"));
  const auto json = run_artconv("-t json -o " + q(dir / "a.json") + " " + article);
  ASSERT_EQ(json.status, 0) << json.err;
  // Unchanged, it reads back to the same JSON and the same EPUB.
  const auto again = run_artconv("-f json -t json " + q(dir / "a.json"));
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.out, read_file(dir / "a.json"));
  ASSERT_EQ(run_artconv("-t epub -o " + q(dir / "direct.epub") + " " + article).status, 0);
  const auto epub = run_artconv("-f JSON -t epub -o " + q(dir / "a.epub") + " " + q(dir / "a.json"));
  ASSERT_EQ(epub.status, 0) << epub.err;
  EXPECT_EQ(read_file(dir / "a.epub"), read_file(dir / "direct.epub"));
  // Fixed by hand: the title.
  auto j = nlohmann::ordered_json::parse(read_file(dir / "a.json"));
  j["metadata"]["title"] = "改過的標題";
  write_file(dir / "edited.json", j.dump(2));
  const auto edited = run_artconv("-f json -t epub -o " + q(dir / "edited.epub") + " " + q(dir / "edited.json"));
  ASSERT_EQ(edited.status, 0) << edited.err;
  EXPECT_EQ(testing::xpath(testing::zip_entry(read_file(dir / "edited.epub"), "EPUB/package.opf"), "//dc:title"),
            std::vector<std::string>{"改過的標題"});
  // A folder of JSON files: -f json looks for *.json.
  const auto folder = run_artconv("-q -f json -t text -d " + q(dir / "out") + " " + q(dir));
  ASSERT_EQ(folder.status, 0) << folder.err;
  EXPECT_EQ(files_below(dir / "out"), (std::vector<fs::path>{"a.txt", "edited.txt"}));
  // Not artconv JSON: a clear error naming the file.
  write_file(dir / "bad.json", R"({"blocks": [{"type": "table", "text": "x"}]})");
  const auto bad = run_artconv("-f json -t text " + q(dir / "bad.json"));
  EXPECT_EQ(bad.status, 1);
  EXPECT_EQ(bad.err, "artconv: " + (dir / "bad.json").string() +
                         ": error: not artconv JSON: blocks[0].type: unknown block type 'table' (paragraph, heading, "
                         "figure, credit, quote, list)\n");
  EXPECT_EQ(run_artconv("-f json --encoding Big5 -t text " + q(dir / "a.json")).status, 2);
  EXPECT_EQ(run_artconv("-f html -t text " + q(dir / "a.json")).status, 2);
}

TEST(Cli, MarkupHandedInAsTextIsAWarning) {
  const fs::path dir = temp_dir("m");
  write_file(dir / "page.txt", "<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>Text.</p></body></html>\n");
  write_file(dir / "doc.txt", R"({"metadata": {"title": "x"}, "blocks": []})");
  const auto html = run_artconv("-t text " + q(dir / "page.txt"));
  EXPECT_EQ(html.status, 0);
  EXPECT_EQ(html.err, "artconv: " + (dir / "page.txt").string() +
                          ": warning: the input looks like HTML (it starts with <!DOCTYPE html), but it is read as a "
                          "plain-text article\n");
  const auto json = run_artconv("-t json " + q(dir / "doc.txt"));
  EXPECT_EQ(json.status, 0);
  EXPECT_NE(json.err.find("looks like artconv's JSON (read it with -f json)"), std::string::npos) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["warnings"][0]["code"], "input-looks-like-markup");
  EXPECT_EQ(run_artconv("--strict -t text " + q(dir / "page.txt")).status, 1);
  const auto text = run_artconv("-t text " + q(fixture("articles/ko-seoul-subway.txt")));
  EXPECT_TRUE(text.err.empty()) << text.err;
}

}  // namespace
}  // namespace artconv
