// Helpers shared by the tests: fixtures, reading articles, running the binary.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "pipeline.hpp"

namespace artconv::testing {

std::filesystem::path fixtures_dir();
std::filesystem::path fixture(const std::string& relative);
// Every article under fixtures/articles (variants included), sorted.
std::vector<std::filesystem::path> all_articles();
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, std::string_view bytes);

// Decodes and reads like the converter does.
Conversion read_article(const std::filesystem::path& path, const ConvertOptions& options = {});
// UTF-8 text read as the converter reads it (full-width punctuation restored
// in Chinese and Japanese, as without --keep-punctuation).
Document read_text(std::string_view utf8);

// What must survive every transformation: metadata and blocks as JSON
// (provenance, line numbers and removed lines excluded).
nlohmann::ordered_json comparable(const Document& document);

struct RunResult {
  int status = -1;
  std::string out, err;
};
// Runs the artconv binary with `args` (a shell-quoted string) and optional stdin.
RunResult run_artconv(const std::string& args, const std::string& stdin_bytes = {});
std::string shell_quote(const std::string& s);

// A fresh empty folder below the test temp dir.
std::filesystem::path temp_dir(const std::string& name);

// The output validators: ../shared/validate (the independent oracle) when
// this checkout has it, else tests/validate, which calls Debian's epubcheck,
// jing + docbook5-xml, xmllint and pandoc directly (scripts/test installs
// them) and the JATS 1.3 DTD vendored in tests/validate/jats-1.3.
bool have_shared_validators();
std::filesystem::path validator_dir();
RunResult run_validator(const std::string& tool, const std::string& args);
// Always tests/validate's: to prove the project's own validators can fail.
RunResult run_own_validator(const std::string& tool, const std::string& args);

}  // namespace artconv::testing

namespace artconv::testing {

// XPath over an XML document held in memory: the string values of the nodes
// `path` selects. Prefixes: db (DocBook), opf, dc, xhtml, epub, ocf.
std::vector<std::string> xpath(const std::string& xml, const std::string& path);

// Renders one document with the named writer and default options.
std::string render_with(std::string_view format, const Document& document, Diagnostics& diagnostics,
                        const WriterOptions& options = {});

// A document full of text that XML and HTML writers must escape or drop.
Document hostile_document();

}  // namespace artconv::testing

namespace artconv::testing {

// The entries of a ZIP archive held in memory, in archive order.
std::vector<std::pair<std::string, std::string>> zip_entries(const std::string& archive);
std::string zip_entry(const std::string& archive, const std::string& name);

}  // namespace artconv::testing
