// Batch conversion as shell scripts use it: many inputs, threads, manifest,
// resuming, sharding with GNU parallel.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <thread>

#include "support.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;
using testing::fixture;
using testing::read_file;
using testing::run_artconv;
using testing::shell_quote;
using testing::temp_dir;
using testing::write_file;

constexpr const char* kAllFormats = "text,json,epub,docbook,jats";

std::string q(const fs::path& p) { return shell_quote(p.string()); }

// Every file below `dir` by relative path, with its bytes.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = read_file(e.path());
  return out;
}

std::vector<nlohmann::json> manifest(const fs::path& file) {
  std::vector<nlohmann::json> out;
  const std::string text = read_file(file);
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(nlohmann::json::parse(text.substr(start, nl - start)));
  return out;
}

// A corpus with a broken file in the middle and a sub-folder.
fs::path make_corpus(const fs::path& dir, int copies) {
  const auto articles = testing::all_articles();
  for (int i = 0; i < copies; ++i) {
    const fs::path& a = articles[static_cast<std::size_t>(i) % articles.size()];
    fs::create_directories(dir / ("part" + std::to_string(i % 3)));
    fs::copy_file(a, dir / ("part" + std::to_string(i % 3)) / (std::to_string(i) + "-" + a.filename().string()));
  }
  write_file(dir / "part1" / "broken.txt", std::string("\0\0\x01\x02binary", 10));
  write_file(dir / "part1" / "notes.md", "Not an article\n\nSkipped by --include.\n");
  return dir;
}

TEST(Batch, ParallelOutputIsIdenticalToSerialAndTheBrokenFileIsReported) {
  const fs::path in = make_corpus(temp_dir("in"), 40), out1 = temp_dir("out1"), out4 = temp_dir("out4");
  const auto serial = run_artconv("-j 1 -t " + std::string(kAllFormats) + " -d " + q(out1) + " --manifest " +
                                  q(out1 / "manifest.jsonl") + " " + q(in));
  const auto parallel = run_artconv("-j 4 -t " + std::string(kAllFormats) + " -d " + q(out4) + " --manifest " +
                                    q(out4 / "manifest.jsonl") + " " + q(in));
  EXPECT_EQ(serial.status, 1);
  EXPECT_EQ(parallel.status, 1);
  EXPECT_NE(serial.err.find((in / "part1/broken.txt").string() + ": error: binary data"), std::string::npos)
      << serial.err;
  EXPECT_NE(serial.err.find("artconv: converted 40, failed 1, skipped 0 in "), std::string::npos) << serial.err;
  EXPECT_EQ(parallel.err.substr(0, parallel.err.rfind("in ")), serial.err.substr(0, serial.err.rfind("in ")));
  auto a = tree(out1), b = tree(out4);
  a.erase("manifest.jsonl");
  b.erase("manifest.jsonl");
  EXPECT_EQ(a.size(), 40u * 5u);
  EXPECT_TRUE(a == b) << "outputs differ between -j 1 and -j 4";
  EXPECT_TRUE(a.count("part0/0-" + testing::all_articles()[0].filename().replace_extension(".epub").string()));
  // The manifests agree too, but for timings.
  auto m1 = manifest(out1 / "manifest.jsonl"), m4 = manifest(out4 / "manifest.jsonl");
  ASSERT_EQ(m1.size(), 41u);
  for (auto* m : {&m1, &m4})
    for (auto& r : *m) r.erase("milliseconds");
  for (std::size_t i = 0; i < m1.size(); ++i) {
    auto r1 = m1[i], r4 = m4[i];
    for (auto* r : {&r1, &r4})
      for (auto& o : (*r)["outputs"]) o.erase("path");
    EXPECT_EQ(r1, r4) << i;
  }
}

TEST(Batch, ManifestFolderIsCreatedLikeAnOutputFolder) {
  const fs::path out = temp_dir("out");
  const auto r = run_artconv("-q -d " + q(out / "new") + " --manifest " + q(out / "new" / "m.jsonl") + " " +
                             q(fixture("articles/ko-seoul-subway.txt")));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(manifest(out / "new" / "m.jsonl").size(), 1u);
}

TEST(Batch, ManifestRecordsEveryInput) {
  const fs::path out = temp_dir("out");
  const fs::path shanghai = fixture("articles/variants/zh-hant-news-shanghai.big5.txt");
  const auto r = run_artconv("-q -t text,epub -d " + q(out) + " --manifest " + q(out / "m.jsonl") + " " +
                             q(shanghai) + " /no/such.txt");
  EXPECT_EQ(r.status, 1);
  const auto m = manifest(out / "m.jsonl");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0]["path"], shanghai.string());
  EXPECT_EQ(m[0]["status"], "converted");
  EXPECT_TRUE(m[0]["error"].is_null());
  EXPECT_EQ(m[0]["encoding"], "Big5");
  EXPECT_GT(m[0]["confidence"].get<double>(), 0.5);
  EXPECT_EQ(m[0]["language"], "zh-Hant");
  EXPECT_EQ(m[0]["title"], "市委召開城市基層黨建經驗交流座談會");
  EXPECT_EQ(m[0]["paragraphs"], 6);
  EXPECT_EQ(m[0]["figures"], 4);
  EXPECT_EQ(m[0]["removed"], 3);
  EXPECT_EQ(m[0]["input_bytes"], fs::file_size(shanghai));
  ASSERT_EQ(m[0]["outputs"].size(), 2u);
  EXPECT_EQ(m[0]["outputs"][1]["format"], "epub");
  EXPECT_EQ(m[0]["outputs"][1]["path"], (out / "zh-hant-news-shanghai.big5.epub").string());
  EXPECT_EQ(m[0]["outputs"][1]["bytes"], fs::file_size(out / "zh-hant-news-shanghai.big5.epub"));
  EXPECT_TRUE(m[0]["milliseconds"].is_number());
  EXPECT_EQ(m[1]["status"], "failed");
  EXPECT_EQ(m[1]["error"], "cannot open: No such file or directory");
}

TEST(Batch, FilesFromIncludeAndRelativePaths) {
  const fs::path in = make_corpus(temp_dir("in"), 6), out = temp_dir("out");
  write_file(in / "list.txt", "part0/0-" + testing::all_articles()[0].filename().string() + "\npart1/notes.md\n");
  std::string nul_list = "part2/2-" + testing::all_articles()[2].filename().string();
  nul_list += '\0';
  write_file(in / "list0", nul_list);
  const std::string cd = "cd " + q(in) + " && ";
  const auto listed = testing::run_artconv("-q -d " + q(out / "a") + " --files-from " + q(in / "list.txt"));
  // Paths in the list are relative to where artconv runs: here they do not exist.
  EXPECT_EQ(listed.status, 1);
  const std::string bin = shell_quote(ARTCONV_BINARY);
  const int in_corpus = std::system((cd + bin + " -q -d " + q(out / "b") + " --files-from list.txt && " + bin +
                                     " -q -d " + q(out / "c") + " -0 --files-from list0 && " + bin + " -q -d " +
                                     q(out / "d") + " --include '*.md' .")
                                        .c_str());
  ASSERT_EQ(in_corpus, 0);
  EXPECT_EQ(tree(out / "b").size(), 2u);
  EXPECT_TRUE(fs::exists(out / "b" / "part1" / "notes.txt"));  // relative paths keep their folders
  EXPECT_EQ(tree(out / "c").size(), 1u);
  EXPECT_EQ(tree(out / "d").size(), 1u);
  EXPECT_TRUE(fs::exists(out / "d" / "part1" / "notes.txt"));
}

TEST(Batch, SkipExistingResumesAndFailFastStops) {
  const fs::path in = make_corpus(temp_dir("in"), 9), out = temp_dir("out");
  const std::string args = "-t text,json -d " + q(out) + " " + q(in);
  ASSERT_EQ(run_artconv("-q " + args).status, 1);
  const auto complete = tree(out);
  fs::remove(out / "part0" / ("0-" + testing::all_articles()[0].stem().string() + ".json"));
  const auto resumed = run_artconv("--skip-existing --manifest " + q(temp_dir("m") / "m.jsonl") + " " + args);
  EXPECT_NE(resumed.err.find("converted 1, failed 1, skipped 8"), std::string::npos) << resumed.err;
  EXPECT_TRUE(tree(out) == complete);

  const fs::path out2 = temp_dir("out2");
  const auto stopped = run_artconv("-j 1 --fail-fast -t text -d " + q(out2) + " " + q(in / "part1") + " " +
                                   q(in / "part0"));
  EXPECT_EQ(stopped.status, 1);
  EXPECT_NE(stopped.err.find("stopped at the first failure (--fail-fast)"), std::string::npos) << stopped.err;
  EXPECT_FALSE(fs::exists(out2 / "part0"));
}

TEST(Batch, AnInterruptedRunLeavesOnlyWholeFilesAndResumes) {
  const fs::path in = make_corpus(temp_dir("in"), 1500), out = temp_dir("out"), reference = temp_dir("ref");
  fs::remove(in / "part1" / "broken.txt");
  ASSERT_EQ(run_artconv("-q -t text,epub -d " + q(reference) + " " + q(in)).status, 0);
  const pid_t child = fork();
  if (child == 0) {
    execl(ARTCONV_BINARY, ARTCONV_BINARY, "-q", "-j", "2", "-t", "text,epub", "-d", out.c_str(), in.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Signal once the batch is under way (its first output exists), not after
  // a fixed delay that a loaded machine may not reach the signal handler in.
  for (int waited = 0; waited < 1000 && fs::is_empty(out); ++waited)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  kill(child, SIGTERM);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM);
  const auto partial = tree(out);
  const auto expected = tree(reference);
  for (const auto& [path, bytes] : partial) {
    ASSERT_TRUE(expected.count(path)) << "unexpected file " << path;  // no temporary files left
    EXPECT_TRUE(bytes == expected.at(path)) << path << " is not whole";
  }
  ASSERT_EQ(run_artconv("-q --skip-existing -t text,epub -d " + q(out) + " " + q(in)).status, 0);
  EXPECT_TRUE(tree(out) == expected);
}

TEST(Batch, ProgressOnlyOnATerminalAndWithoutColourUnderNoColor) {
  const fs::path out = temp_dir("out");
  const std::string cmd = shell_quote(ARTCONV_BINARY) + " -t text -d " + q(out) + " " + q(fixture("articles"));
  const auto piped = run_artconv("-t text -d " + q(out) + " " + q(fixture("articles")));
  EXPECT_EQ(piped.err.find("files/s"), std::string::npos);
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) missing: no terminal test";
  const fs::path log = out / "tty.log";
  const std::string tty = "script -qec " + shell_quote(cmd) + " /dev/null > " + q(log) + " 2>&1";
  ASSERT_EQ(std::system(tty.c_str()), 0);
  const std::string shown = read_file(log);
  EXPECT_NE(shown.find("files/s"), std::string::npos) << shown;
  EXPECT_NE(shown.find("\x1b[32m"), std::string::npos);
  ASSERT_EQ(std::system(("NO_COLOR=1 " + tty).c_str()), 0);
  EXPECT_EQ(read_file(log).find("\x1b[32m"), std::string::npos);
  ASSERT_EQ(std::system((tty + " -q").c_str()), 0);
}

// The sharding recipe of the README, run locally: GNU parallel splits the
// corpus among two artconv processes; the result equals one artconv -d run.
TEST(Batch, GnuParallelShardingEqualsOneRun) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) GTEST_SKIP() << "GNU parallel missing";
  const fs::path in = make_corpus(temp_dir("in"), 60), sharded = temp_dir("sharded"), single = temp_dir("single");
  fs::remove(in / "part1" / "broken.txt");
  // JSON records each input's path as given: name them alike in both runs.
  ASSERT_EQ(std::system(("cd " + q(in) + " && " + shell_quote(ARTCONV_BINARY) + " -q -t " + kAllFormats + " -d " +
                         q(single) + " .")
                            .c_str()),
            0);
  const std::string recipe = "cd " + q(in) + " && find . -name '*.txt' -print0 | sort -z | " +
                             "parallel --will-cite -0 -j 2 -X -n 10 " + shell_quote(ARTCONV_BINARY) +
                             " -q -j 1 --skip-existing -t " + kAllFormats + " -d " + q(sharded) + " {}";
  ASSERT_EQ(std::system(recipe.c_str()), 0);
  EXPECT_TRUE(tree(sharded) == tree(single));
  // Idempotent: running the recipe again changes nothing.
  ASSERT_EQ(std::system(recipe.c_str()), 0);
  EXPECT_TRUE(tree(sharded) == tree(single));
}

}  // namespace
}  // namespace artconv
