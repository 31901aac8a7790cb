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
#include "unicode/cjk_punctuation.hpp"

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
  Document document = reader.read(utf8, d);
  if (unicode::restore_cjk_punctuation(document))  // as the pipeline does by default
    document.meta.identifier = plaintext::content_identifier(document);
  return document;
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

namespace {

// ../shared/validate, or where the environment's ARTCONV_VALIDATE_DIR says
// (ARTCONV_VALIDATE_DIR=/nonexistent runs the tests as without ../shared).
fs::path shared_validators() {
  const char* dir = std::getenv("ARTCONV_VALIDATE_DIR");
  return dir != nullptr ? fs::path(dir) : fs::path(ARTCONV_VALIDATE_DIR);
}

}  // namespace

bool have_shared_validators() { return fs::exists(shared_validators() / "validate-all"); }

fs::path validator_dir() { return have_shared_validators() ? shared_validators() : fs::path(ARTCONV_OWN_VALIDATORS); }

RunResult run_validator(const std::string& tool, const std::string& args) {
  return run_shell(shell_quote((validator_dir() / tool).string()) + " " + args, "");
}

RunResult run_own_validator(const std::string& tool, const std::string& args) {
  return run_shell(shell_quote((fs::path(ARTCONV_OWN_VALIDATORS) / tool).string()) + " " + args, "");
}

}  // namespace artconv::testing

namespace artconv::testing {

bool same_output(const Writer& writer, const std::string& expected, const std::string& actual) {
  if (!writer.binary) return expected == actual;
  const auto want = zip_entries(expected), got = zip_entries(actual);
  bool same = want.size() == got.size();
  for (std::size_t i = 0; i < std::min(want.size(), got.size()); ++i) {
    EXPECT_EQ(want[i].first, got[i].first) << "entry " << i;
    EXPECT_EQ(want[i].second, got[i].second) << "entry " << want[i].first << " differs";
    same = same && want[i] == got[i];
  }
  return same;
}

}  // namespace artconv::testing

#include <zip.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "registry.hpp"

namespace artconv::testing {

std::vector<std::string> xpath(const std::string& xml, const std::string& path) {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "in-memory.xml", nullptr, XML_PARSE_NONET),
      xmlFreeDoc);
  if (!doc) throw std::runtime_error("not well-formed XML");
  std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx(xmlXPathNewContext(doc.get()),
                                                                      xmlXPathFreeContext);
  const std::pair<const char*, const char*> namespaces[] = {
      {"db", "http://docbook.org/ns/docbook"}, {"opf", "http://www.idpf.org/2007/opf"},
      {"dc", "http://purl.org/dc/elements/1.1/"}, {"xhtml", "http://www.w3.org/1999/xhtml"},
      {"epub", "http://www.idpf.org/2007/ops"}, {"ocf", "urn:oasis:names:tc:opendocument:xmlns:container"}};
  for (const auto& [prefix, uri] : namespaces)
    xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>(prefix), reinterpret_cast<const xmlChar*>(uri));
  std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> result(
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(path.c_str()), ctx.get()), xmlXPathFreeObject);
  std::vector<std::string> out;
  if (!result || !result->nodesetval) return out;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    xmlChar* s = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
    out.emplace_back(s ? reinterpret_cast<const char*>(s) : "");
    xmlFree(s);
  }
  return out;
}

std::string render_with(std::string_view format, const Document& document, Diagnostics& diagnostics,
                        const WriterOptions& options) {
  const Writer* w = find_writer(format);
  if (!w) throw std::runtime_error("no writer " + std::string(format));
  return w->render({&document, 1}, options, diagnostics);
}

Document hostile_document() {
  Document d;
  d.meta.title = "Tom & Jerry's \"<best>\" ]]> episode \x01\xEF\xBF\xBF";
  d.meta.original_title = "'quoted' & <angled>";
  d.meta.source = "A&B <News>";
  d.meta.language = "ar";
  d.meta.identifier = "urn:uuid:00000000-0000-5000-8000-000000000000";
  d.meta.contributors = {{"O'Brien & Sons", Role::author}, {"<script>", Role::editor}};
  d.meta.published = DateTime{2020, 2, 29, 23, 59, 59, 180, "2020-02-29 23:59:59+03:00"};
  d.blocks = {
      Paragraph{"مرحبا بالعالم — نص من اليمين إلى اليسار with <b>tags</b> & entities &amp; ]]> end", 3},
      Heading{"A \x02 heading", 4},
      Paragraph{"Bell \x07 and \x1B escape and U+FFFE \xEF\xBF\xBE and U+FFFF \xEF\xBF\xBF gone", 5},
      Figure{"[Image: <img src=x onerror=alert(1)>]", "<caption> & more", 6},
      Credit{"(Photo: A&B)", "A&B", 7},
      Quote{"\"Quoted\" <text> & stuff", 8},
  };
  return d;
}

}  // namespace artconv::testing

namespace artconv::testing {

std::vector<std::pair<std::string, std::string>> zip_entries(const std::string& archive) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!za) {
    if (src) zip_source_free(src);
    zip_error_fini(&error);
    throw std::runtime_error("not a ZIP archive");
  }
  std::vector<std::pair<std::string, std::string>> out;
  const zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
    std::string data(static_cast<std::size_t>(st.size), '\0');
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    if (f) {
      zip_fread(f, data.data(), st.size);
      zip_fclose(f);
    }
    out.emplace_back(st.name, std::move(data));
  }
  zip_close(za);
  zip_error_fini(&error);
  return out;
}

std::string zip_entry(const std::string& archive, const std::string& name) {
  for (auto& [n, data] : zip_entries(archive))
    if (n == name) return data;
  throw std::runtime_error("no entry " + name);
}

}  // namespace artconv::testing
