// Nothing lost, nothing hung: outputs onto devices, FIFOs and links, checked
// writes, collisions between outputs and inputs, formats from file names,
// bounded input, signals, and checked metadata and names.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "files.hpp"
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

std::string q(const fs::path& p) { return shell_quote(p.string()); }
const std::string kArtconv = shell_quote(ARTCONV_BINARY);
const std::string kArticle = "A short title\n\nThe first paragraph of the article.\n\nThe second paragraph.\n";

// Runs a bash command line; returns its exit status.
int bash(const std::string& command) {
  const int raw = std::system(("bash -c " + shell_quote(command)).c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool is_root() { return ::geteuid() == 0; }

TEST(SafeOutputs, CharacterDeviceIsWrittenNotReplaced) {
  if (!is_root()) GTEST_SKIP() << "mknod needs root";
  const fs::path dir = temp_dir("dev");
  write_file(dir / "a.txt", kArticle);
  ASSERT_EQ(::mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
  const auto r = run_artconv("-o " + q(dir / "null") + " " + q(dir / "a.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::is_character_file(dir / "null"));
  EXPECT_EQ(names_in(dir), (std::vector<std::string>{"a.txt", "null"}));  // no temporary file
}

TEST(SafeOutputs, FifoIsWrittenDirectlyAndOneWithoutReaderIsAnError) {
  const fs::path dir = temp_dir("fifo");
  write_file(dir / "a.txt", kArticle);
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  const auto lonely = run_artconv("-o " + q(dir / "pipe") + " " + q(dir / "a.txt"));
  EXPECT_EQ(lonely.status, 1);
  EXPECT_NE(lonely.err.find("no process reads it"), std::string::npos) << lonely.err;
  ASSERT_EQ(bash("cat " + q(dir / "pipe") + " > " + q(dir / "read") + " & sleep 0.2; " + kArtconv + " -o " +
                 q(dir / "pipe") + " " + q(dir / "a.txt") + "; status=$?; wait; exit $status"),
            0);
  EXPECT_TRUE(fs::is_fifo(dir / "pipe"));
  EXPECT_TRUE(read_file(dir / "read").starts_with("A short title\n")) << read_file(dir / "read");
}

TEST(SafeOutputs, SymbolicLinkIsFollowedAndKeptAndPermissionsStay) {
  const fs::path dir = temp_dir("link");
  write_file(dir / "a.txt", kArticle);
  fs::create_directory(dir / "real");
  write_file(dir / "real" / "target.txt", "old");
  fs::permissions(dir / "real" / "target.txt", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink("real/target.txt", dir / "link.txt");
  const auto r = run_artconv("-o " + q(dir / "link.txt") + " " + q(dir / "a.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir / "link.txt"));
  EXPECT_TRUE(read_file(dir / "real" / "target.txt").starts_with("A short title"));
  EXPECT_EQ(fs::status(dir / "real" / "target.txt").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(names_in(dir / "real"), std::vector<std::string>{"target.txt"});  // the temporary was beside the target
}

TEST(SafeOutputs, PlantedTemporaryFilesAndLinksChangeNothing) {
  const fs::path dir = temp_dir("planted");
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "victim", "precious");
  // Every name an old artconv would have used, pointing at a victim.
  for (int pid = 1; pid < 200; ++pid)
    for (int n = 0; n < 3; ++n)
      fs::create_symlink(dir / "victim", dir / (".out.txt." + std::to_string(pid) + "." + std::to_string(n) + ".tmp"));
  const auto r = run_artconv("-o " + q(dir / "out.txt") + " " + q(dir / "a.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(dir / "victim"), "precious");
  EXPECT_TRUE(read_file(dir / "out.txt").starts_with("A short title"));
}

TEST(SafeOutputs, DevStdoutIsTheDescriptorNotAFileToReplace) {
  const fs::path dir = temp_dir("stdout");
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "log", "before\n");
  ASSERT_EQ(bash(kArtconv + " -o /dev/stdout " + q(dir / "a.txt") + " >> " + q(dir / "log")), 0);
  EXPECT_TRUE(read_file(dir / "log").starts_with("before\nA short title\n")) << read_file(dir / "log");
  ASSERT_EQ(bash(kArtconv + " -o /dev/fd/3 " + q(dir / "a.txt") + " 3>> " + q(dir / "log")), 0);
  EXPECT_EQ(read_file(dir / "log").find("A short title", 10) != std::string::npos, true);
}

TEST(SafeOutputs, FailedWritesToStandardOutputAreErrors) {
  const fs::path dir = temp_dir("full");
  std::string big = "Big\n\n";
  while (big.size() < 1'000'000) big += "Another sentence of the long article goes here.\n\n";
  write_file(dir / "big.txt", big);
  EXPECT_EQ(bash(kArtconv + " " + q(dir / "big.txt") + " > /dev/full 2> " + q(dir / "err")), 1);
  EXPECT_NE(read_file(dir / "err").find(": error: cannot write to standard output: No space left on device"),
            std::string::npos)
      << read_file(dir / "err");
  EXPECT_EQ(bash(kArtconv + " -o - " + q(dir / "big.txt") + " 2> " + q(dir / "err2") +
                 " | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}"),
            1);
  EXPECT_NE(read_file(dir / "err2").find("cannot write to standard output: Broken pipe"), std::string::npos)
      << read_file(dir / "err2");
}

TEST(SafeOutputs, FullDiskLeavesNoPartialFileAndNoManifest) {
  if (!is_root()) GTEST_SKIP() << "mounting a small tmpfs needs root";
  const fs::path dir = temp_dir("disk"), disk = dir / "disk";
  fs::create_directory(disk);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=64k") != 0) GTEST_SKIP() << "cannot mount a tmpfs here";
  write_file(disk / "filler", std::string(56 * 1024, 'x'));
  const auto r = run_artconv("-t text,epub -d " + q(disk / "out") + " --manifest " + q(disk / "m.jsonl") + " " +
                             q(fixture("articles")));
  std::vector<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(disk))
    if (e.is_regular_file()) names.push_back(e.path().filename().string());
  const std::string manifest = fs::exists(disk / "m.jsonl") ? read_file(disk / "m.jsonl") : "";
  ::umount(disk.c_str());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
  for (const std::string& name : names) EXPECT_FALSE(name.ends_with(".tmp")) << name;
  // The manifest is there whole, a record for every input, or not at all.
  if (!manifest.empty()) {
    std::size_t records = 0;
    for (std::size_t start = 0, nl; (nl = manifest.find('\n', start)) != std::string::npos; start = nl + 1, ++records)
      EXPECT_TRUE(nlohmann::json::accept(manifest.substr(start, nl - start)));
    EXPECT_EQ(records, testing::all_articles().size());
    EXPECT_TRUE(manifest.ends_with("\n"));
  }
}

// JSON goes to its temporary file piece by piece as it is rendered: the file
// holds the bytes written to standard output, and a disk that fills up in
// the middle leaves nothing under the final name.
TEST(SafeOutputs, StreamedJsonIsWholeOrNotThere) {
  const fs::path dir = temp_dir("streamed");
  std::string article = "A title\n\n";
  for (int i = 0; i < 30000; ++i) article += "Paragraph " + std::to_string(i) + " has a \"quoted\" word in it.\n\n";
  write_file(dir / "big.txt", article);
  ASSERT_EQ(run_artconv("-t json -o " + q(dir / "big.json") + " " + q(dir / "big.txt")).status, 0);
  const auto to_stdout = run_artconv("-t json -o - " + q(dir / "big.txt"));
  ASSERT_EQ(to_stdout.status, 0);
  EXPECT_GT(to_stdout.out.size(), 2u << 20);  // more than one piece
  EXPECT_EQ(read_file(dir / "big.json"), to_stdout.out);

  if (!is_root()) GTEST_SKIP() << "mounting a small tmpfs needs root";
  const fs::path disk = dir / "disk";
  fs::create_directory(disk);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=1m") != 0) GTEST_SKIP() << "cannot mount a tmpfs here";
  const auto r = run_artconv("-t json -o " + q(disk / "big.json") + " " + q(dir / "big.txt"));
  const std::vector<std::string> left = names_in(disk);
  ::umount(disk.c_str());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
  EXPECT_TRUE(left.empty()) << left.front();
}

TEST(SafeOutputs, OutputsNeverOverwriteInputsOrEachOther) {
  const fs::path dir = temp_dir("collide");
  fs::create_directories(dir / "t" / "sub");
  write_file(dir / "t" / "a.txt", kArticle);
  write_file(dir / "t" / "sub" / "a.txt", kArticle + "sub\n");
  fs::create_directories(dir / "dir");
  write_file(dir / "dir" / "a.txt", kArticle);
  write_file(dir / "dir" / "a.md", kArticle + "md\n");
  fs::create_directories(dir / "x");
  fs::create_directories(dir / "y");
  write_file(dir / "x" / "a.txt", kArticle);
  write_file(dir / "y" / "a.txt", kArticle);
  struct Case {
    std::string args, first, second;
  };
  const std::vector<Case> cases = {
      {"-d " + q(dir / "t" / "sub") + " " + q(dir / "t"), "the text output of", "would overwrite the input"},
      {"--include '*' -d " + q(dir / "dir") + " " + q(dir / "dir"), "the text output of", "would overwrite the input"},
      {"-d " + q(dir / "out") + " " + q(dir / "x") + " " + q(dir / "y"), "the text output of " + (dir / "x/a.txt").string(),
       "and the text output of " + (dir / "y/a.txt").string() + " would both be written to"},
      {"-d " + q(dir / "out") + " --manifest " + q(dir / "x" / "a.txt") + " " + q(dir / "x"), "the manifest",
       "would overwrite the input " + (dir / "x/a.txt").string()},
      {"-t text,json -d " + q(dir / "out") + " --manifest " + q(dir / "out" / "a.json") + " " + q(dir / "x"),
       "the manifest and the json output", "would both be written to"},
      {"-o " + q(dir / "x" / "a.txt") + " " + q(dir / "x" / "a.txt"), "the text output of",
       "would overwrite the input"},
  };
  for (const char* jobs : {"-j 1", "-j 4"}) {
    for (const Case& c : cases) {
      const auto r = run_artconv(std::string(jobs) + " " + c.args);
      EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
      EXPECT_NE(r.err.find(c.first), std::string::npos) << r.err;
      EXPECT_NE(r.err.find(c.second), std::string::npos) << r.err;
    }
  }
  EXPECT_EQ(read_file(dir / "t" / "sub" / "a.txt"), kArticle + "sub\n");
  EXPECT_EQ(read_file(dir / "dir" / "a.txt"), kArticle);
  EXPECT_EQ(read_file(dir / "x" / "a.txt"), kArticle);
  EXPECT_EQ(names_in(dir / "dir"), (std::vector<std::string>{"a.md", "a.txt"}));
  EXPECT_FALSE(fs::exists(dir / "out"));  // nothing was written
  // A link to an input is the input.
  fs::create_symlink(dir / "x" / "a.txt", dir / "link.txt");
  const auto through = run_artconv("-o " + q(dir / "link.txt") + " " + q(dir / "x" / "a.txt"));
  EXPECT_EQ(through.status, 2);
  EXPECT_NE(through.err.find("through " + (dir / "link.txt").string()), std::string::npos) << through.err;
}

// The files options read (--css, --metadata-file, --files-from, --cover-image)
// are inputs too: no output or manifest may replace them.
TEST(SafeOutputs, FilesThatOptionsReadAreNeverOverwritten) {
  const fs::path dir = temp_dir("side");
  write_file(dir / "a.txt", kArticle);
  fs::create_directories(dir / "o");
  write_file(dir / "o" / "a.txt", "p { color: red }\n");
  fs::create_directories(dir / "m");
  write_file(dir / "m" / "a.txt", "title: X\n");
  write_file(dir / "meta.yaml", "title: X\n");
  write_file(dir / "list", (dir / "a.txt").string() + "\n");
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"-t text,epub -d " + q(dir / "o") + " --css " + q(dir / "o" / "a.txt") + " " + q(dir / "a.txt"),
       "the text output of " + (dir / "a.txt").string() + " would overwrite the --css file"},
      {"-d " + q(dir / "m") + " --metadata-file " + q(dir / "m" / "a.txt") + " " + q(dir / "a.txt"),
       "would overwrite the --metadata-file file"},
      {"-d " + q(dir / "o") + " --manifest " + q(dir / "meta.yaml") + " --metadata-file " + q(dir / "meta.yaml") + " " +
           q(dir / "a.txt"),
       "the manifest would overwrite the --metadata-file file"},
      {"-d " + q(dir / "o") + " --manifest " + q(dir / "list") + " --files-from " + q(dir / "list"),
       "the manifest would overwrite the --files-from file"},
  };
  for (const Case& c : cases) {
    const auto r = run_artconv(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  EXPECT_EQ(read_file(dir / "o" / "a.txt"), "p { color: red }\n");
  EXPECT_EQ(read_file(dir / "m" / "a.txt"), "title: X\n");
  EXPECT_EQ(read_file(dir / "meta.yaml"), "title: X\n");
  EXPECT_EQ(read_file(dir / "list"), (dir / "a.txt").string() + "\n");
}

// A dangling link at one planned output, pointing at another, would make
// both land in one file: the link is followed to the file it would create.
TEST(SafeOutputs, ADanglingLinkBetweenTwoOutputsIsACollision) {
  const fs::path dir = temp_dir("dangling");
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "b.txt", kArticle + "b\n");
  fs::create_directories(dir / "q1");
  fs::create_symlink("a.txt", dir / "q1" / "a.json");
  fs::create_directories(dir / "q2");
  fs::create_symlink("out/a.txt", dir / "q2" / "manifest");
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"-t text,json -d " + q(dir / "q1") + " " + q(dir / "a.txt"), "would both be written to"},
      {"-d " + q(dir / "q2" / "out") + " --manifest " + q(dir / "q2" / "manifest") + " " + q(dir / "a.txt"),
       "the manifest and the text output of"},
  };
  for (const Case& c : cases) {
    const auto r = run_artconv(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(dir / "q1" / "a.txt"));
  EXPECT_FALSE(fs::exists(dir / "q2" / "out"));
}

// Standard input and output are files too when they are redirected to one:
// `artconv -o x.txt < x.txt` and `artconv x.txt 1<>x.txt` would replace the input.
TEST(SafeOutputs, RedirectedStandardInputAndOutputAreComparedWithTheOutputs) {
  const fs::path dir = temp_dir("stdio");
  write_file(dir / "x.txt", kArticle);
  EXPECT_EQ(bash(kArtconv + " -q -o " + q(dir / "x.txt") + " < " + q(dir / "x.txt")), 2);
  EXPECT_EQ(bash(kArtconv + " -q -t json " + q(dir / "x.txt") + " 1<>" + q(dir / "x.txt")), 2);
  write_file(dir / "stdin.txt", kArticle);  // what standard input's output is named
  EXPECT_EQ(bash("cd " + q(dir) + " && " + kArtconv + " -q -d . - < stdin.txt"), 2);
  EXPECT_EQ(read_file(dir / "x.txt"), kArticle);
  EXPECT_EQ(read_file(dir / "stdin.txt"), kArticle);
  // (other files on either side are fine)
  EXPECT_EQ(bash(kArtconv + " -q -o " + q(dir / "y.txt") + " < " + q(dir / "x.txt")), 0);
  EXPECT_EQ(bash(kArtconv + " -q " + q(dir / "x.txt") + " > " + q(dir / "z.txt")), 0);
}

// --manifest onto a device, a FIFO or a socket writes to it, as -o does; it
// never turns the node into a regular file, and a full device is an error.
TEST(SafeOutputs, AManifestOntoADeviceOrFifoIsWrittenNotReplaced) {
  if (!is_root()) GTEST_SKIP() << "mknod needs root";
  const fs::path dir = temp_dir("manifest-dev");
  write_file(dir / "a.txt", kArticle);
  ASSERT_EQ(::mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
  ASSERT_EQ(::mknod((dir / "full").c_str(), S_IFCHR | 0666, makedev(1, 7)), 0);
  ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0644), 0);
  EXPECT_EQ(run_artconv("-q -d " + q(dir / "o1") + " --manifest " + q(dir / "null") + " " + q(dir / "a.txt")).status, 0);
  const auto full = run_artconv("-q -d " + q(dir / "o2") + " --manifest " + q(dir / "full") + " " + q(dir / "a.txt"));
  EXPECT_EQ(full.status, 1);
  EXPECT_NE(full.err.find("No space left on device"), std::string::npos) << full.err;
  const auto fifo = run_artconv("-q -d " + q(dir / "o3") + " --manifest " + q(dir / "fifo") + " " + q(dir / "a.txt"));
  EXPECT_EQ(fifo.status, 1);  // nobody reads it
  EXPECT_TRUE(fs::is_character_file(dir / "null"));
  EXPECT_TRUE(fs::is_character_file(dir / "full"));
  EXPECT_TRUE(fs::is_fifo(dir / "fifo"));
}

// One output needing another's name for a folder ("out/a.txt" from x/a, and
// "out/a.txt/b.txt" from y/a.txt/b.txt) is a collision too, whatever -j is.
TEST(SafeOutputs, AnOutputWhoseNameAnotherNeedsForAFolderIsACollision) {
  const fs::path dir = temp_dir("file-folder");
  fs::create_directories(dir / "x");
  fs::create_directories(dir / "y" / "a.txt");
  write_file(dir / "x" / "a", kArticle);
  write_file(dir / "y" / "a.txt" / "b.txt", kArticle);
  for (const char* jobs : {"-j 1", "-j 2"}) {
    const auto r = run_artconv(std::string(jobs) + " --include '*' -d " + q(dir / "out") + " " + q(dir / "x") + " " +
                               q(dir / "y"));
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("a folder the text output of"), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(dir / "out"));
}

// "-" is standard input or output everywhere: --manifest - writes the records
// there (unless the output does), and standard input cannot be read twice.
TEST(SafeOutputs, ManifestDashIsStandardOutputAndStdinIsReadOnce) {
  const fs::path dir = temp_dir("dash");
  write_file(dir / "a.txt", kArticle);
  const auto manifest = run_artconv("-q -d " + q(dir / "out") + " --manifest - " + q(dir / "a.txt"));
  ASSERT_EQ(manifest.status, 0) << manifest.err;
  EXPECT_EQ(nlohmann::json::parse(manifest.out)["status"], "converted") << manifest.out;
  EXPECT_FALSE(fs::exists("-"));
  EXPECT_EQ(run_artconv("--manifest - " + q(dir / "a.txt")).status, 2);  // the text goes to stdout
  const auto twice = run_artconv("-d " + q(dir / "out2") + " --files-from - -", kArticle);
  EXPECT_EQ(twice.status, 2) << twice.err;
  EXPECT_NE(twice.err.find("standard input named twice"), std::string::npos) << twice.err;
}

// Options that would do nothing in the mode given are usage errors, never ignored; a list's
// errors name the list.
TEST(SafeOutputs, OptionsThatWouldDoNothingAreRefused) {
  const fs::path dir = temp_dir("idle-options");
  write_file(dir / "a.txt", kArticle);
  write_file(dir / "b.txt", kArticle + "b\n");
  write_file(dir / "nul.list", (dir / "a.txt").string() + std::string(1, '\0'));
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"-0 " + q(dir / "a.txt"), "-0 says how a --files-from list is separated"},
      {"--include '*.md' " + q(dir / "a.txt"), "no input is a folder"},
      {"-o - --skip-existing " + q(dir / "a.txt"), "standard output is no file"},
      {"--skip-existing --bundle -t epub -d " + q(dir / "ob") + " " + q(dir / "a.txt") + " " + q(dir / "b.txt"),
       "--bundle makes one output of them all"},
      {"-d " + q(dir / "out") + " --files-from " + q(dir / "missing.list"), "--files-from " + (dir / "missing.list").string() + ": cannot open"},
      {"-d " + q(dir / "out") + " --files-from " + q(dir / "nul.list"), "holds NUL bytes (a NUL-separated list needs -0)"},
  };
  for (const Case& c : cases) {
    const auto r = run_artconv(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(dir / "ob"));
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(SafeOutputs, FormatFollowsTheOutputFileName) {
  const fs::path dir = temp_dir("names");
  write_file(dir / "a.txt", kArticle);
  const std::vector<std::pair<std::string, std::string>> names = {
      {"x.epub", "PK"}, {"x.JSON", "{"}, {"x.jats.xml", "<?xml"}, {"x.dbk", "<?xml"}, {"x.docbook.xml", "<?xml"},
      {"x.txt", "A short title"}};
  for (const auto& [name, start] : names) {
    const auto r = run_artconv("-o " + q(dir / name) + " " + q(dir / "a.txt"));
    ASSERT_EQ(r.status, 0) << name << ": " << r.err;
    EXPECT_TRUE(read_file(dir / name).starts_with(start)) << name;
  }
  EXPECT_NE(read_file(dir / "x.jats.xml").find("JATS"), std::string::npos);
  EXPECT_NE(read_file(dir / "x.dbk").find("docbook.org"), std::string::npos);
  const auto xml = run_artconv("-o " + q(dir / "y.xml") + " " + q(dir / "a.txt"));
  EXPECT_EQ(xml.status, 2);
  EXPECT_NE(xml.err.find("give -t docbook or -t jats"), std::string::npos) << xml.err;
  EXPECT_EQ(run_artconv("-t jats -o " + q(dir / "y.xml") + " " + q(dir / "a.txt")).status, 0);
  const auto contradiction = run_artconv("-t epub -o " + q(dir / "z.txt") + " " + q(dir / "a.txt"));
  EXPECT_EQ(contradiction.status, 2);
  EXPECT_NE(contradiction.err.find("-t epub contradicts the output file name"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "z.txt"));
}

TEST(SafeOutputs, ModeOptionsApplyOrAreRefusedNeverIgnored) {
  const fs::path dir = temp_dir("modes");
  write_file(dir / "a.txt", kArticle);
  const auto single = run_artconv("-t json --title 'Given title' --author 'Ann Lee' --publisher 'Daily Orbit' --lang "
                                  "en_GB " + q(dir / "a.txt"));
  ASSERT_EQ(single.status, 0) << single.err;
  const auto j = nlohmann::json::parse(single.out);
  EXPECT_EQ(j["metadata"]["title"], "Given title");
  EXPECT_EQ(j["metadata"]["source"], "Daily Orbit");
  EXPECT_EQ(j["metadata"]["language"], "en-GB");
  EXPECT_EQ(j["metadata"]["contributors"][0]["name"], "Ann Lee");
  for (const char* args : {"--vertical -t text", "--figures placeholder -t docbook", "--wrap 40 -t json"}) {
    const auto r = run_artconv(std::string(args) + " " + q(dir / "a.txt"));
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_NE(r.err.find("applies to"), std::string::npos) << r.err;
  }
}

TEST(SafeOutputs, InputSizeIsLimitedAndDevZeroIsRefused) {
  const auto zero = run_artconv("--max-input-size 1M /dev/zero");
  EXPECT_EQ(zero.status, 1);
  EXPECT_EQ(zero.err, "artconv: /dev/zero: error: larger than the input size limit of 1 MiB (--max-input-size)\n");
  const fs::path dir = temp_dir("size");
  write_file(dir / "a.txt", kArticle);
  EXPECT_EQ(run_artconv("--max-input-size 10 " + q(dir / "a.txt")).status, 1);
  EXPECT_EQ(run_artconv("--max-input-size 1K " + q(dir / "a.txt")).status, 0);
  EXPECT_EQ(run_artconv("--max-input-size 5 -", kArticle).status, 1);
  EXPECT_EQ(run_artconv("--max-input-size 0 " + q(dir / "a.txt")).status, 2);
}

// A regular file is read into a string of exactly its size (never grown to
// twice the input just to find its end), at any size around the read chunks.
TEST(SafeOutputs, InputIsReadIntoExactlyItsSize) {
  const fs::path dir = temp_dir("read-size");
  for (const std::size_t size : {std::size_t{1}, std::size_t{15}, std::size_t{16}, std::size_t{4096}, std::size_t{65535},
                                 std::size_t{65536}, std::size_t{65537}, std::size_t{200000}, std::size_t{3} << 20}) {
    std::string content(size, 'a');
    for (std::size_t i = 0; i < size; i += 7) content[i] = static_cast<char>('a' + i % 26);
    write_file(dir / "in.txt", content);
    const std::string bytes = read_bytes((dir / "in.txt").string(), 1ull << 30);
    EXPECT_EQ(bytes, content) << size;
    if (size > 30) {  // smaller: the string's own minimum growth
      EXPECT_EQ(bytes.capacity(), size) << size;
    }
    if (size > 1) {
      EXPECT_NO_THROW(read_bytes((dir / "in.txt").string(), size));
      EXPECT_THROW(read_bytes((dir / "in.txt").string(), size - 1), Error);
    }
  }
}

// Runs artconv in a child process with `stdin_fd` as its standard input,
// signals it after `delay`, and returns the wait status and how long it took
// to end after the signal.
std::pair<int, std::chrono::milliseconds> signal_run(int sig, std::chrono::milliseconds delay,
                                                    const std::vector<std::string>& args, int stdin_fd) {
  const pid_t child = fork();
  if (child == 0) {
    if (stdin_fd >= 0) ::dup2(stdin_fd, STDIN_FILENO);
    std::vector<char*> argv{const_cast<char*>(ARTCONV_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(ARTCONV_BINARY, argv.data());
    ::_exit(127);
  }
  std::this_thread::sleep_for(delay);
  ::kill(child, sig);
  const auto signalled = std::chrono::steady_clock::now();
  int status = 0;
  ::waitpid(child, &status, 0);
  return {status, std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - signalled)};
}

TEST(SafeOutputs, SignalsStopASingleInputAtOnceAndNothingIsKept) {
  const fs::path dir = temp_dir("signal");
  for (int sig : {SIGINT, SIGTERM}) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);  // standard input that never ends
    const auto [status, took] = signal_run(sig, std::chrono::milliseconds(300), {"-o", (dir / "out.txt").string(), "-"},
                                           fds[0]);
    ::close(fds[0]);
    ::close(fds[1]);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 128 + sig);  // an interrupted read is no success
    EXPECT_LT(took.count(), 1500);
    EXPECT_TRUE(fs::is_empty(dir)) << "an output or a temporary file was left";
  }
}

// A batch whose input under way is abandoned at the end of the grace period
// still says how many inputs were not started (and how to resume).
TEST(SafeOutputs, AnAbandonedInputOfABatchStillCountsTheInputsNotStarted) {
  const fs::path dir = temp_dir("signal-batch");
  std::string slow = "Title\n\n";
  for (int i = 0; i < 3'000'000; ++i) slow += "line " + std::to_string(i) + ".\n";  // seconds of reading
  write_file(dir / "in" / "0-slow.txt", slow);
  write_file(dir / "in" / "1-a.txt", kArticle);
  write_file(dir / "in" / "2-b.txt", kArticle);
  const fs::path err = dir / "err.txt";
  const pid_t child = fork();
  if (child == 0) {
    const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, STDERR_FILENO);
    ::execl(ARTCONV_BINARY, ARTCONV_BINARY, "-j", "1", "-d", (dir / "out").c_str(), (dir / "in").c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  ::kill(child, SIGTERM);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 128 + SIGTERM);
  const std::string message = read_file(err);
  EXPECT_NE(message.find("the input under way was abandoned"), std::string::npos) << message;
  EXPECT_NE(message.find("2 inputs not started; run again with --skip-existing to resume"), std::string::npos)
      << message;
}

TEST(SafeOutputs, MetadataValuesDatesTagsAndEpochsAreChecked) {
  const fs::path dir = temp_dir("meta");
  write_file(dir / "a.txt", kArticle);
  const auto cleaned = run_artconv("-t json -M \"$(printf 'title=One\\001Two\\r\\nThree')\" " + q(dir / "a.txt"));
  ASSERT_EQ(cleaned.status, 0) << cleaned.err;
  EXPECT_EQ(nlohmann::json::parse(cleaned.out)["metadata"]["title"], "OneTwo  Three");
  EXPECT_EQ(run_artconv("-M date=2017-02-30 " + q(dir / "a.txt")).status, 2);
  EXPECT_EQ(run_artconv("-M date=2016-02-29 " + q(dir / "a.txt")).status, 0);
  const auto tag = run_artconv("-t json -M lang=zh_tw " + q(dir / "a.txt"));
  EXPECT_EQ(nlohmann::json::parse(tag.out)["metadata"]["language"], "zh-TW");
  for (const char* bad : {"-M 'lang=en us'", "--lang 'en us'", "-M lang=", "-M \"$(printf 'title=\\377')\""}) {
    const auto r = run_artconv(std::string(bad) + " " + q(dir / "a.txt"));
    EXPECT_EQ(r.status, 2) << bad << ": " << r.err;
  }
  for (const char* epoch : {"1", "-5", "253402300800", "12abc"}) {
    EXPECT_EQ(bash("SOURCE_DATE_EPOCH=" + std::string(epoch) + " " + kArtconv + " " + q(dir / "a.txt") +
                   " >/dev/null 2>&1"),
              2)
        << epoch;
  }
  EXPECT_EQ(bash("SOURCE_DATE_EPOCH=315532800 " + kArtconv + " " + q(dir / "a.txt") + " >/dev/null"), 0);
  write_file(dir / "feb.txt", "標題在這裡\n\n日期：2017年2月31日\n\n正文第一段。\n");
  const auto feb = run_artconv("-t json " + q(dir / "feb.txt"));
  ASSERT_EQ(feb.status, 0) << feb.err;
  EXPECT_TRUE(nlohmann::json::parse(feb.out)["metadata"]["published"].is_null()) << feb.out;
  EXPECT_NE(feb.err.find("warning: '日期：2017年2月31日' is not a date"), std::string::npos) << feb.err;
}

// An output name that nearly fills a file name (80 CJK characters) still gets its
// temporary file: the name in the temporary's is cut, not the write refused.
TEST(SafeOutputs, AnOutputNameOfNearly255BytesIsWritten) {
  const fs::path dir = temp_dir("long-name");
  write_file(dir / "a.txt", kArticle);
  std::string name;
  for (int i = 0; i < 80; ++i) name += "新";
  name += ".txt";  // 244 bytes
  const auto r = run_artconv("-o " + q(dir / name) + " " + q(dir / "a.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(dir / name).substr(0, 13), "A short title");
  EXPECT_EQ(names_in(dir).size(), 2u);  // no temporary file left
}

TEST(SafeOutputs, FileNamesThatAreNotUtf8ConvertAndAreEscaped) {
  const fs::path dir = temp_dir("names");
  const fs::path odd = dir / "caf\xE9.txt";
  write_file(odd, kArticle);
  const auto r = run_artconv("-t json " + q(odd));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["source"]["file"], (dir / "caf\\xE9.txt").string());
  const auto batch = run_artconv("-q -t text,epub -d " + q(dir / "out") + " --manifest " + q(dir / "m.jsonl") + " " +
                                 q(odd));
  ASSERT_EQ(batch.status, 0) << batch.err;
  EXPECT_TRUE(fs::exists(dir / "out" / "caf\xE9.txt"));
  const auto record = nlohmann::json::parse(read_file(dir / "m.jsonl"));
  EXPECT_EQ(record["path"], odd.parent_path().string() + "/caf\\xE9.txt");
  const auto missing = run_artconv(q(dir / "gon\xE9.txt"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("gon\\xE9.txt: error: cannot open"), std::string::npos) << missing.err;
  // A name that holds a newline or an ESC keeps its message on one line and off the terminal's
  // controls; a backslash is doubled, so "caf\xE9.txt" written by a user is another name.
  write_file(dir / "bad\nname.txt", "\xFF\xFF\xFF");
  const auto newline = run_artconv("-q " + q(dir / "bad\nname.txt"));
  EXPECT_EQ(newline.status, 1);
  EXPECT_EQ(std::count(newline.err.begin(), newline.err.end(), '\n'), 1) << newline.err;
  EXPECT_NE(newline.err.find("bad\\x0Aname.txt: error:"), std::string::npos) << newline.err;
  const auto escape = run_artconv("-q " + q(dir / "e\x1b[2Jx.txt"));
  EXPECT_EQ(escape.err.find('\x1b'), std::string::npos) << escape.err;
  write_file(dir / "caf\\xE9.txt", kArticle);
  const auto backslash = run_artconv("-t json " + q(dir / "caf\\xE9.txt"));
  ASSERT_EQ(backslash.status, 0) << backslash.err;
  EXPECT_EQ(nlohmann::json::parse(backslash.out)["source"]["file"], (dir / "caf\\\\xE9.txt").string());
}

TEST(SafeOutputs, AnArticleOfNothingButBoilerplateIsReadAtOnceAndSaysSo) {
  std::string line;
  for (int i = 0; i < 31; ++i) line += "QQ ";
  const auto r = run_artconv("-", line + "x\n");  // once minutes of backtracking
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("warning: no paragraph or title"), std::string::npos) << r.err;
  EXPECT_EQ(run_artconv("--strict -", line + "x\n").status, 1);
}

TEST(SafeOutputs, ReadableUsageErrorsPluralsAndStdinByDefault) {
  const fs::path dir = temp_dir("small");
  write_file(dir / "a.txt", kArticle);
  for (const char* args : {"-j 0", "--wrap -1", "-j 99999999999999999999"}) {
    const auto r = run_artconv(std::string(args) + " " + q(dir / "a.txt"));
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_LT(r.err.size(), 120u) << r.err;
  }
  write_file(dir / "bad.txt", "Title\n\nabc\xC3\x28 def\n");
  const auto one = run_artconv("--encoding UTF-8 --on-invalid replace " + q(dir / "bad.txt"));
  EXPECT_NE(one.err.find("warning: 1 invalid byte sequence replaced by U+FFFD"), std::string::npos) << one.err;
  // one line each, in the user's words (not CLI11's "Run with --help" second line or "UINT")
  for (const char* args : {"--bogus", "--max-input-size 1.5M", "--max-input-size -1",
                           "--max-input-size 99999999999999999999"}) {
    const auto r = run_artconv(std::string(args) + " " + q(dir / "a.txt"));
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.err.find("UINT"), std::string::npos) << r.err;
  }
  // an empty value is a script's unset variable, never "not given"
  for (const char* args : {"-o ''", "-d ''", "--manifest '' -d out", "--include '' -d out", "--css '' -t epub -o x.epub"}) {
    const auto r = run_artconv(std::string(args) + " " + q(dir / "a.txt"));
    EXPECT_EQ(r.status, 2) << args << ": " << r.err;
    EXPECT_NE(r.err.find("was given an empty value"), std::string::npos) << r.err;
  }
  // an empty --files-from list is nothing to do: standard input is not read instead
  write_file(dir / "empty.list", "");
  const auto empty_list = run_artconv("--files-from " + q(dir / "empty.list") + " -d " + q(dir / "out"), kArticle);
  EXPECT_EQ(empty_list.status, 2) << empty_list.err;
  EXPECT_NE(empty_list.err.find("names no file"), std::string::npos) << empty_list.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
  write_file(dir / "ctl.txt", "A title here\n\nSome body text with one control \x01 character in it.\n");
  const auto ctl = run_artconv(q(dir / "ctl.txt"));
  EXPECT_NE(ctl.err.find("warning: 1 invisible or control character removed"), std::string::npos) << ctl.err;
  const auto piped = run_artconv("", kArticle);  // no input named, standard input is not a terminal
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_TRUE(piped.out.starts_with("A short title\n")) << piped.out;
}

}  // namespace
}  // namespace artconv
