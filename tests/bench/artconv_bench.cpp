// artconv_bench CORPUS_DIR [BUNDLE_SIZE] [--read-only]: one-thread throughput
// of each stage over every file of a corpus held in memory, the median of
// five runs, printed as a table. Not a test: scripts/bench runs it and prints
// the figures beside pandoc's.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "allocator.hpp"
#include "pipeline.hpp"
#include "registry.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Input {
  std::string name, bytes;
};

constexpr int kRuns = 5;

// Median wall time of kRuns calls: a virtual machine's jitter is large.
double median_seconds(const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < kRuns; ++i) {
    const auto t0 = Clock::now();
    work();
    times.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[kRuns / 2];
}

void report(const std::string& what, std::size_t articles, double input_mb, double seconds) {
  std::printf("%-30s %6zu articles %7.2f MB %8.4f s %9.0f articles/s %7.1f MB/s\n", what.c_str(), articles, input_mb,
              seconds, static_cast<double>(articles) / seconds, input_mb / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: artconv_bench CORPUS_DIR [BUNDLE_SIZE] [--read-only]\n");
    return 2;
  }
  artconv::tune_allocator();  // as the artconv executable does
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
  std::printf("corpus: %zu articles, %.2f MB; one thread, median of %d runs\n", inputs.size(), mb, kRuns);

  artconv::plaintext::Reader reader;
  artconv::ConvertOptions options;
  std::size_t sink = 0;  // keeps the work observable

  // One-time set-up (ICU data, compiled patterns) is not per-article work.
  for (std::size_t i = 0; i < std::min<std::size_t>(inputs.size(), 20); ++i)
    sink += artconv::read_input(reader, inputs[i].bytes, inputs[i].name, options).document.blocks.size();

  auto read_all = [&] {
    for (const Input& in : inputs) sink += artconv::read_input(reader, in.bytes, in.name, options).document.blocks.size();
  };
  if (read_only) {
    for (int repeat = 0; repeat < 20; ++repeat) read_all();
    return sink == 0;
  }
  report("decode+read", inputs.size(), mb, median_seconds(read_all));

  for (const artconv::Writer& w : artconv::writers()) {
    report("decode+read+" + std::string(w.name), inputs.size(), mb, median_seconds([&] {
             for (const Input& in : inputs) {
               artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
               sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
             }
           }));
  }
  report("decode+read+all 5 formats", inputs.size(), mb, median_seconds([&] {
           for (const Input& in : inputs) {
             artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
             for (const artconv::Writer& w : artconv::writers())
               sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
           }
         }));

  const std::size_t n = std::min(bundle_size, inputs.size());
  double bundle_mb = 0;
  for (std::size_t i = 0; i < n; ++i) bundle_mb += static_cast<double>(inputs[i].bytes.size()) / 1e6;
  std::size_t book_bytes = 0;
  report("epub bundle, read+render", n, bundle_mb, median_seconds([&] {
           std::vector<artconv::Document> documents;
           for (std::size_t i = 0; i < n; ++i)
             documents.push_back(artconv::read_input(reader, inputs[i].bytes, inputs[i].name, options).document);
           artconv::Diagnostics diag;
           book_bytes = artconv::find_writer("epub")->render(documents, options.writer, diag).size();
         }));
  std::printf("epub bundle: one %zu-article book of %.2f MB\n", n, static_cast<double>(book_bytes) / 1e6);
  return sink == 0 ? 1 : 0;
}
