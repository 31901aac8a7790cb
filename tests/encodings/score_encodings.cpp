// score_encodings FIXTURES/encodings [--wrong]: decodes every file of the
// labelled corpus without a hint and prints accuracy per split and per
// encoding, wrong answers given without a warning, the calibration table
// (confidence band -> share right) and decode throughput. A program that
// prints numbers (scripts/score-encodings), not a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "unicode/decode.hpp"

namespace {

using namespace artconv::encodings;

void print_tallies(const std::vector<Outcome>& outcomes) {
  const auto dev = tally(outcomes, "dev"), held = tally(outcomes, "held");
  std::printf("%-18s %18s %18s\n", "encoding", "dev right/files", "held right/files");
  for (const auto& [enc, t] : dev) {
    if (enc == "*") continue;
    const auto h = held.find(enc);
    std::printf("%-18s %11d/%-6d %11d/%-6d\n", enc.c_str(), t.right, t.files, h == held.end() ? 0 : h->second.right,
                h == held.end() ? 0 : h->second.files);
  }
  for (const auto& [name, split] : {std::pair{"dev (tuned on)", &dev}, std::pair{"held (not tuned on)", &held}}) {
    const auto all = split->find("*");
    if (all == split->end()) continue;
    const Tally& t = all->second;
    std::printf("%-20s %4d files: %5.1f %% right, %d wrong without a warning (%.2f %%), %d errors\n", name, t.files,
                100 * t.accuracy(), t.wrong_silent, 100.0 * t.wrong_silent / t.files, t.failed);
  }
}

void print_calibration(const std::vector<Outcome>& outcomes) {
  const double bands[] = {0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.999, 1.01};
  std::printf("\ncalibration (detected or sniffed, not BOM/declared; decode errors excluded)\n");
  std::printf("%-14s %17s %17s\n", "confidence", "dev right/files", "held right/files");
  for (std::size_t b = 0; b + 1 < std::size(bands); ++b) {
    int n[2] = {0, 0}, r[2] = {0, 0};
    for (const Outcome& o : outcomes) {
      if (o.failed || o.confidence < bands[b] || o.confidence >= bands[b + 1]) continue;
      const int s = o.item->split == "held";
      ++n[s];
      r[s] += o.right;
    }
    char label[32];
    std::snprintf(label, sizeof label, bands[b] >= 0.999 ? "1.00" : "[%.2f, %.2f)", bands[b], bands[b + 1]);
    auto cell = [](int right, int files) {
      char buf[40];
      if (files == 0) return std::string("-");
      std::snprintf(buf, sizeof buf, "%d/%d %5.1f%%", right, files, 100.0 * right / files);
      return std::string(buf);
    };
    std::printf("%-14s %17s %17s\n", label, cell(r[0], n[0]).c_str(), cell(r[1], n[1]).c_str());
  }
}

void print_speed(const std::string& dir, const std::vector<Item>& items) {
  std::vector<std::string> utf8, legacy;
  for (const Item& item : items) {
    std::ifstream in(dir + "/" + item.file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (item.expect != "text") continue;
    (item.encoding == "UTF-8" ? utf8 : legacy).push_back(std::move(bytes));
  }
  std::printf("\ndecode throughput, one thread (median of 5 runs)\n");
  for (const auto& [name, files] : {std::pair{"UTF-8", &utf8}, std::pair{"legacy/other", &legacy}}) {
    std::size_t bytes = 0;
    for (const auto& f : *files) bytes += f.size();
    if (files->empty()) continue;
    // Each run repeats the set for at least 0.2 s: small sets time badly.
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
      const auto t0 = std::chrono::steady_clock::now();
      int rounds = 0;
      double elapsed = 0;
      do {
        for (const auto& f : *files) {
          artconv::Diagnostics d;
          try {
            (void)artconv::decode(f, {}, d);
          } catch (const artconv::Error&) {
          }
        }
        ++rounds;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      } while (elapsed < 0.2);
      times.push_back(elapsed / rounds);
    }
    std::sort(times.begin(), times.end());
    const double s = times[2];
    const auto mb = static_cast<double>(bytes) / 1e6;
    std::printf("%-13s %4zu files %7.2f MB: %9.0f files/s %7.1f MB/s\n", name, files->size(), mb,
                static_cast<double>(files->size()) / s, mb / s);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: score_encodings FIXTURES/encodings [--wrong]\n");
    return 2;
  }
  const std::string dir = argv[1];
  if (std::filesystem::is_regular_file(dir)) {  // one file: print what decode() makes of it
    std::ifstream in(dir, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    artconv::Diagnostics diagnostics;
    const artconv::Decoded d = artconv::decode(bytes, {}, diagnostics);
    std::fwrite(d.text.data(), 1, d.text.size(), stdout);
    std::fprintf(stderr, "%s %.3f %s\n", d.encoding.c_str(), d.confidence, d.method.c_str());
    for (const auto& w : diagnostics.warnings()) std::fprintf(stderr, "warning: %s: %s\n", w.code.c_str(), w.message.c_str());
    return 0;
  }
  const bool list_wrong = argc > 2 && std::strcmp(argv[2], "--wrong") == 0;
  if (argc > 3 && std::strcmp(argv[2], "--repeat") == 0) {  // fixed work, for instruction counts
    const std::vector<Item> items = load_manifest(dir);
    std::vector<std::string> inputs;
    for (const Item& item : items) {
      std::ifstream in(dir + "/" + item.file, std::ios::binary);
      inputs.emplace_back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    const int n = std::atoi(argv[3]);
    std::size_t sink = 0;
    for (int r = 0; r < n; ++r)
      for (const std::string& bytes : inputs) {
        artconv::Diagnostics d;
        try {
          sink += artconv::decode(bytes, {}, d).text.size();
        } catch (const artconv::Error&) {
        }
      }
    std::printf("%zu\n", sink);
    return 0;
  }
  const std::vector<Item> items = load_manifest(dir);
  const std::vector<Outcome> outcomes = score(dir, items);
  print_tallies(outcomes);
  print_calibration(outcomes);
  if (list_wrong) {
    std::printf("\nwrong answers\n");
    for (const Outcome& o : outcomes)
      if (!o.right)
        std::printf("%s %-52s got %s (%.2f%s)\n", o.warned ? "  warned" : "SILENT  ", o.item->file.c_str(),
                    o.got.c_str(), o.confidence, o.method.empty() ? "" : (", " + o.method).c_str());
  }
  print_speed(dir, items);
  return 0;
}
