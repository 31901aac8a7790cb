#include "support.hpp"
#include "golden.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "json/json_writer.hpp"
#include "plaintext/reader.hpp"

namespace artconv::testing {
namespace fs = std::filesystem;

fs::path fixtures_dir() { return ARTCONV_FIXTURES; }
fs::path fixture(const std::string& relative) { return fixtures_dir() / relative; }

std::vector<fs::path> all_articles() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fixtures_dir() / "articles"))
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

Conversion read_article(const fs::path& path, const ConvertOptions& options) {
  plaintext::Reader reader;
  return read_input(reader, read_file(path), path.string(), options);
}

Document read_text(std::string_view utf8) {
  plaintext::Reader reader;
  Diagnostics d;
  return reader.read(utf8, {}, d);
}

nlohmann::ordered_json comparable(const Document& document) {
  Document copy = document;
  copy.provenance = {};
  copy.removed.clear();
  Diagnostics none;
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(json::render({&copy, 1}, {}, none));
  return {{"metadata", j["metadata"]}, {"blocks", j["blocks"]}};
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

fs::path temp_dir(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path dir = fs::path(::testing::TempDir()) / "artconv-tests" /
                 (std::string(info ? info->test_suite_name() : "suite") + "." + (info ? info->name() : "test")) /
                 name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

namespace {

RunResult run_shell(const std::string& command, const std::string& stdin_bytes) {
  const fs::path dir = temp_dir("run");
  const fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  write_file(in, stdin_bytes);
  const std::string full = command + " <" + shell_quote(in.string()) + " >" + shell_quote(out.string()) + " 2>" +
                           shell_quote(err.string());
  const int raw = std::system(full.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

}  // namespace

RunResult run_artconv(const std::string& args, const std::string& stdin_bytes) {
  return run_shell(shell_quote(ARTCONV_BINARY) + " " + args, stdin_bytes);
}

bool have_validators() { return fs::exists(fs::path(ARTCONV_VALIDATE_DIR) / "validate-all"); }

RunResult run_validator(const std::string& tool, const std::string& args) {
  return run_shell(shell_quote((fs::path(ARTCONV_VALIDATE_DIR) / tool).string()) + " " + args, "");
}

}  // namespace artconv::testing

namespace artconv::testing {

bool same_output(const Writer&, const std::string& expected, const std::string& actual) { return expected == actual; }

}  // namespace artconv::testing
