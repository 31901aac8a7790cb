// artconv_bench CORPUS_DIR [BUNDLE_SIZE] [--read-only]: one-thread throughput
// of each stage over every file of a corpus held in memory, the median of
// five runs, printed as a table. Not a test: scripts/bench runs it and prints
// the figures beside pandoc's. --read-only prints the first line alone
// ("decode+read"): the reader's figure, and a run to profile the reader with.
// Without it, "decode+read" is followed by its two stages apart.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <unistd.h>

#include <ctime>
#include <map>
#include <memory>

#include "allocator.hpp"
#include "pipeline.hpp"
#include "registry.hpp"
#include "unicode/decode.hpp"

namespace {

namespace fs = std::filesystem;

struct Input {
  std::string name, bytes;
};

constexpr int kRuns = 5;

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Median CPU time of kRuns calls (one thread): a shared machine's wall-clock jitter is large.
double median_seconds(const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < kRuns; ++i) {
    const double t0 = cpu_seconds();
    work();
    times.push_back(cpu_seconds() - t0);
  }
  std::sort(times.begin(), times.end());
  return times[kRuns / 2];
}

// Issue 9's reader target is stated per 8 KB article (8,192 bytes), so every
// stage is also given in µs per 8 KB of input, whatever the corpus's sizes.
void report(const std::string& what, std::size_t articles, double input_mb, double seconds) {
  const double us_per_8kb = seconds * 1e6 / (input_mb * 1e6 / 8192);
  std::printf("%-30s %6zu articles %7.2f MB %8.4f s %9.0f articles/s %7.1f MB/s %7.0f µs per 8 KB\n", what.c_str(),
              articles, input_mb, seconds, static_cast<double>(articles) / seconds, input_mb / seconds, us_per_8kb);
}

// The machine's limits for the same work, measured here: what any ICU-based
// converter must do with the text (decode to UTF-16, NFC, back to UTF-8),
// what any writer must do with the output bytes (deflate them at level 1,
// i.e. gzip -1), and how fast files can be created. artconv's in-process
// figure is reported as a fraction of the first two together.
void report_limits(const std::vector<Input>& inputs, double mb, artconv::plaintext::Reader& reader,
                   const artconv::ConvertOptions& options, double all_formats_seconds) {
  std::vector<std::string> encodings;
  std::vector<std::string> outputs;
  for (const Input& in : inputs) {
    artconv::Diagnostics diag;
    encodings.push_back(artconv::decode(in.bytes, {}, diag).encoding);
    artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
    std::string all;
    for (const artconv::Writer& w : artconv::writers()) all += w.render({&c.document, 1}, options.writer, c.diagnostics);
    outputs.push_back(std::move(all));
  }
  std::size_t sink = 0;
  std::map<std::string, UConverter*> converters;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const double icu = median_seconds([&] {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      UConverter*& cnv = converters[encodings[i]];
      UErrorCode s = U_ZERO_ERROR;
      if (!cnv) cnv = ucnv_open(encodings[i].c_str(), &s);
      s = U_ZERO_ERROR;
      icu::UnicodeString text(inputs[i].bytes.data(), static_cast<int32_t>(inputs[i].bytes.size()), cnv, s);
      const icu::UnicodeString normal = nfc->normalize(text, s);
      std::string utf8;
      normal.toUTF8String(utf8);
      sink += utf8.size();
    }
  });
  for (auto& [name, cnv] : converters) ucnv_close(cnv);
  double out_mb = 0;
  for (const std::string& o : outputs) out_mb += static_cast<double>(o.size()) / 1e6;
  std::vector<unsigned char> deflated;
  const double deflate = median_seconds([&] {
    for (const std::string& o : outputs) {
      uLongf size = compressBound(static_cast<uLong>(o.size()));
      deflated.resize(size);
      compress2(deflated.data(), &size, reinterpret_cast<const Bytef*>(o.data()), static_cast<uLong>(o.size()), 1);
      sink += size;
    }
  });
  const fs::path dir = fs::temp_directory_path() / ("artconv-bench-files-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const double files = median_seconds([&] {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      std::ofstream f(dir / std::to_string(i), std::ios::binary);
      f.write(outputs[i].data(), static_cast<std::streamsize>(std::min<std::size_t>(outputs[i].size(), 4096)));
    }
  });
  fs::remove_all(dir);
  std::printf("limit: ICU decode+NFC+UTF-8       %6zu articles %7.2f MB %8.4f s %9.0f articles/s\n", inputs.size(), mb,
              icu, static_cast<double>(inputs.size()) / icu);
  std::printf("limit: gzip -1 of the outputs     %6zu articles %7.2f MB out %4.4f s %9.0f articles/s\n", inputs.size(),
              out_mb, deflate, static_cast<double>(inputs.size()) / deflate);
  std::printf("limit: file creation (%s) %6zu files %12.4f s %9.0f files/s\n", dir.parent_path().c_str(),
              inputs.size(), files, static_cast<double>(inputs.size()) / files);
  std::printf("in-process, all 5 formats: %.0f %% of the bound (ICU + gzip -1 of the outputs: %.4f s vs %.4f s)\n",
              100.0 * (icu + deflate) / all_formats_seconds, icu + deflate, all_formats_seconds);
  if (sink == 0) std::printf("(nothing measured)\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: artconv_bench CORPUS_DIR [BUNDLE_SIZE] [--read-only]\n");
    return 2;
  }
  artconv::tune_allocator();  // as the artconv executable does
  const std::size_t bundle_size = argc > 2 ? std::stoul(argv[2]) : 1000;
  const bool read_only = argc > 3 && std::string(argv[3]) == "--read-only";
  std::vector<Input> inputs;
  double mb = 0;
  for (const auto& e : fs::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    inputs.push_back({e.path().string(), {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
    mb += static_cast<double>(inputs.back().bytes.size()) / 1e6;
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  std::printf("corpus: %zu articles, %.2f MB; one thread, median CPU time of %d runs\n", inputs.size(), mb, kRuns);

  artconv::plaintext::Reader reader;
  artconv::ConvertOptions options;
  std::size_t sink = 0;  // keeps the work observable

  // One-time set-up (ICU data, compiled patterns) is not per-article work: one
  // read of every input first, for a rule's pattern compiles when a line
  // first passes its prefilter, which may be in any article.
  for (const Input& in : inputs) sink += artconv::read_input(reader, in.bytes, in.name, options).document.blocks.size();

  auto read_all = [&] {
    for (const Input& in : inputs) sink += artconv::read_input(reader, in.bytes, in.name, options).document.blocks.size();
  };
  const double decode_and_read = median_seconds(read_all);
  report("decode+read", inputs.size(), mb, decode_and_read);
  if (read_only) return sink == 0 ? 1 : 0;
  // The two stages apart: detecting and decoding the encoding, then reading
  // (the difference) — the reader's own figure.
  const double decode_alone = median_seconds([&] {
    for (const Input& in : inputs) {
      artconv::Diagnostics diagnostics;
      sink += artconv::decode(in.bytes, options.decode, diagnostics).text.size();
    }
  });
  report("  of which decode", inputs.size(), mb, decode_alone);
  report("  of which read", inputs.size(), mb, decode_and_read - decode_alone);

  for (const artconv::Writer& w : artconv::writers()) {
    report("decode+read+" + std::string(w.name), inputs.size(), mb, median_seconds([&] {
             for (const Input& in : inputs) {
               artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
               sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
             }
           }));
  }
  const double all_formats = median_seconds([&] {
    for (const Input& in : inputs) {
      artconv::Conversion c = artconv::read_input(reader, in.bytes, in.name, options);
      for (const artconv::Writer& w : artconv::writers())
        sink += w.render({&c.document, 1}, options.writer, c.diagnostics).size();
    }
  });
  report("decode+read+all 5 formats", inputs.size(), mb, all_formats);
  report_limits(inputs, mb, reader, options, all_formats);

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
