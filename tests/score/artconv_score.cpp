// artconv_score [CORPUS_DIR] [--details] [--json] [--markdown]
//               [--check-floors FILE] [--write-floors FILE]
//
// Reads every article of the annotated corpus (default: fixtures/corpus) as
// `artconv -t json` would, compares it with its ground truth field by field
// (tests/score/score.hpp says how) and prints the accuracy per language group,
// per shape and overall. An article is `<id>.txt` beside `<id>.json`, in any
// folder below CORPUS_DIR; other files are ignored. A paragraph is a block of
// type "paragraph" or "quote" in that JSON (headings, lists, figures, credits
// and any newer block type are not); score.hpp gives every rule.
//
//   --details            each file's mismatches (field, expected, got) after the table
//   --json               everything as one JSON object instead of the table
//   --markdown           the table as Markdown (for the README)
//   --check-floors FILE  exit 1 naming every figure below its floor in FILE
//   --write-floors FILE  record today's figures in FILE (a point of slack each)
//
// Exit codes: 0 fine; 1 a figure crossed its floor; 2 usage error, or a
// ground-truth file that cannot be read (named on stderr).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "pipeline.hpp"
#include "registry.hpp"
#include "score.hpp"

namespace {

namespace fs = std::filesystem;
using artconv::score::Json;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int usage(const std::string& why) {
  std::fprintf(stderr,
               "artconv_score: %s\nusage: artconv_score [CORPUS_DIR] [--details] [--json] [--markdown] "
               "[--check-floors FILE] [--write-floors FILE]\n",
               why.c_str());
  return 2;
}

// The articles below `dir`: each `X.json` with an `X.txt` beside it, sorted by path.
std::vector<fs::path> truth_files(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".json" &&
        fs::is_regular_file(fs::path(e.path()).replace_extension(".txt")))
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = ARTCONV_CORPUS;
  bool details = false, json = false, markdown = false;
  std::string check, write;
  const std::vector<std::string> args(argv + 1, argv + argc);
  bool corpus_given = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--details") {
      details = true;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--markdown") {
      markdown = true;
    } else if (a == "--check-floors" || a == "--write-floors") {
      if (i + 1 == args.size()) return usage(a + " needs a FILE");
      (a == "--check-floors" ? check : write) = args[++i];
    } else if (a == "-h" || a == "--help") {
      usage("scores the reader on the annotated corpus");
      return 0;
    } else if (a.starts_with("-") || corpus_given) {
      return usage("unexpected argument " + a);
    } else {
      corpus = a;
      corpus_given = true;
    }
  }
  if (!fs::is_directory(corpus)) return usage("no corpus folder " + corpus.string());

  const artconv::Writer* json_writer = artconv::find_writer("json");
  if (!json_writer) return usage("this build has no JSON writer");
  artconv::plaintext::Reader reader;
  // As `artconv -t json --keep-punctuation FILE`: the annotations quote the
  // source's punctuation, and restoring full-width forms has tests of its own.
  artconv::ConvertOptions options;
  options.keep_punctuation = true;
  std::vector<artconv::score::FileScore> files;
  bool bad_truth = false;
  for (const fs::path& truth_path : truth_files(corpus)) {
    const std::string id = fs::relative(truth_path, corpus).replace_extension().generic_string();
    Json truth;
    try {
      truth = Json::parse(slurp(truth_path));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "artconv_score: %s: unreadable ground truth: %s\n", truth_path.c_str(), e.what());
      bad_truth = true;
      continue;
    }
    try {
      Json got;
      std::string error;
      try {
        const fs::path text = fs::path(truth_path).replace_extension(".txt");
        artconv::Conversion c = artconv::read_input(reader, slurp(text), text.string(), options);
        got = Json::parse(json_writer->render({&c.document, 1}, options.writer, c.diagnostics));
      } catch (const std::exception& e) {
        error = e.what();
      }
      if (error.empty()) {
        files.push_back(artconv::score::score_file(truth, artconv::score::read_output(got), id));
      } else {
        std::fprintf(stderr, "artconv_score: %s: the reader failed: %s\n", id.c_str(), error.c_str());
        files.push_back(artconv::score::failed_file(truth, id, error));
      }
    } catch (const std::invalid_argument& e) {
      std::fprintf(stderr, "artconv_score: %s: bad ground truth: %s\n", truth_path.c_str(), e.what());
      bad_truth = true;
    }
  }

  const std::vector<artconv::score::Row> rows = artconv::score::tabulate(files);
  if (json) {
    std::cout << artconv::score::to_json(rows, files).dump(2) << "\n";
  } else {
    std::cout << (markdown ? artconv::score::format_markdown(rows) : artconv::score::format_table(rows));
    if (!markdown)
      std::cout << "\n" << files.size() << " articles in " << corpus.string()
                << ". Cells: percent (rounded down) and files right / files the field applies to; "
                   "made-up: titles invented where the text has none (lower is better); –: applies to no file.\n";
    if (details) std::cout << "\n" << artconv::score::format_details(files);
  }

  if (!write.empty()) {
    std::ofstream out(write, std::ios::binary);
    out << artconv::score::make_floors(rows).dump(2) << "\n";
    if (!out) {
      std::fprintf(stderr, "artconv_score: cannot write %s\n", write.c_str());
      return 2;
    }
    std::fprintf(stderr, "artconv_score: floors written to %s\n", write.c_str());
  }
  int status = bad_truth ? 2 : 0;
  if (!check.empty()) {
    Json floors;
    try {
      floors = Json::parse(slurp(check));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "artconv_score: %s: %s\n", check.c_str(), e.what());
      return 2;
    }
    const std::vector<std::string> problems = artconv::score::check_floors(rows, floors);
    for (const std::string& p : problems) std::fprintf(stderr, "artconv_score: floor crossed: %s\n", p.c_str());
    if (!problems.empty()) status = std::max(status, 1);
    else {
      std::size_t recorded = 0;
      for (const char* kind : {"floors", "ceilings"})
        if (floors.contains(kind) && floors[kind].is_object())
          for (const auto& [label, fields] : floors[kind].items()) recorded += fields.is_object() ? fields.size() : 0;
      std::fprintf(stderr, "artconv_score: all %zu recorded figures hold (%s)\n", recorded, check.c_str());
    }
  }
  return status;
}
