// artconv_bench CORPUS_DIR [BUNDLE_SIZE]: one-thread throughput of each stage
// over every file of a corpus held in memory, printed as a table. Not a test:
// scripts/bench runs it and prints the figures beside pandoc's.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "pipeline.hpp"
#include "registry.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Input {
  std::string name, bytes;
};

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void report(const char* what, std::size_t articles, double input_mb, double seconds) {
  std::printf("%-26s %7zu articles %8.2f MB %8.3f s %10.0f articles/s %8.1f MB/s\n", what, articles, input_mb, seconds,
              static_cast<double>(articles) / seconds, input_mb / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: artconv_bench CORPUS_DIR [BUNDLE_SIZE]\n");
    return 2;
  }
  const std::size_t bundle_size = argc > 2 ? std::stoul(argv[2]) : 1000;
  const bool read_only = argc > 3 && std::string(argv[3]) == "--read-only";  // for profiling the reader
  std::vector<Input> inputs;
  double mb = 0;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    inputs.push_back({e.path().string(), {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
    mb += static_cast<double>(inputs.back().bytes.size()) / 1e6;
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  std::printf("corpus: %zu articles, %.2f MB, one thread\n", inputs.size(), mb);

  artconv::plaintext::Reader reader;
  artconv::ConvertOptions options;
  std::size_t sink = 0;  // keeps the work observable

  // One-time set-up (ICU data, compiled patterns) is not per-article work.
  for (std::size_t i = 0; i < std::min<std::size_t>(inputs.size(), 20); ++i)
    sink += artconv::read_input(reader, inputs[i].bytes, inputs[i].name, options).document.blocks.size();

  // Decode and read only.
  auto t0 = Clock::now();
  std::vector<artconv::Document> documents;
  documents.reserve(inputs.size());
  for (const Input& in : inputs) documents.push_back(artconv::read_input(reader, in.bytes, in.name, options).document);
  report("decode+read", inputs.size(), mb, seconds_since(t0));
  if (read_only) {
    for (int repeat = 0; repeat < 20; ++repeat)
      for (const Input& in : inputs) sink += artconv::read_input(reader, in.bytes, in.name, options).document.blocks.size();
    return sink == 0;
  }

  for (const artconv::Writer& w : artconv::writers()) {
    t0 = Clock::now();
    for (const Input& in : inputs) {
      artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
      sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
    }
    report(("decode+read+" + std::string(w.name)).c_str(), inputs.size(), mb, seconds_since(t0));
  }

  t0 = Clock::now();
  for (const Input& in : inputs) {
    artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
    for (const artconv::Writer& w : artconv::writers()) sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
  }
  report("decode+read+all 5 formats", inputs.size(), mb, seconds_since(t0));

  const std::size_t n = std::min(bundle_size, documents.size());
  double bundle_mb = 0;
  for (std::size_t i = 0; i < n; ++i) bundle_mb += static_cast<double>(inputs[i].bytes.size()) / 1e6;
  artconv::Diagnostics diag;
  t0 = Clock::now();
  const std::string book =
      artconv::find_writer("epub")->render(std::span(documents.data(), n), options.writer, diag);
  const double bundle_s = seconds_since(t0);
  report("epub bundle (render only)", n, bundle_mb, bundle_s);
  std::printf("epub bundle: one %zu-article book of %.2f MB in %.3f s\n", n, static_cast<double>(book.size()) / 1e6,
              bundle_s);
  return sink == 0 ? 1 : 0;
}
