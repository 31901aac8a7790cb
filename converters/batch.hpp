// Runs many inputs through the pipeline: worker threads, per-input errors that
// never stop the others, outputs in a mirrored tree, a JSON Lines manifest,
// progress on a terminal, and messages in input order whatever -j is.
#pragma once

#include <csignal>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "files.hpp"
#include "output_plan.hpp"
#include "pipeline.hpp"

namespace artconv {

struct MetadataOverride {
  std::string key, value;  // --metadata key=value
};

struct BatchOptions {
  ConvertOptions convert;
  std::vector<MetadataOverride> metadata;
  std::filesystem::path output_dir;  // -d: DIR/<relative path>.<ext>
  std::string output_file;           // -o: one output ("-" = stdout)
  unsigned jobs = 1;
  bool bundle = false;
  bool skip_existing = false;
  bool fail_fast = false;
  bool quiet = false;     // no warnings, summary or progress
  bool progress = false;  // draw a progress bar (stderr is a terminal)
  bool color = false;
  std::string manifest;  // JSON Lines, one record per input
  // Files options read (--css, --cover-image, --metadata-file, --files-from):
  // no output may overwrite them either.
  std::vector<PlannedFile> side_inputs;
  std::uint64_t max_input_size = kDefaultMaxInputSize;
  // Set (by a signal handler) to stop taking new inputs; inputs under way finish.
  const volatile std::sig_atomic_t* interrupted = nullptr;
};

struct BatchSummary {
  std::size_t converted = 0, failed = 0, skipped = 0;
  std::size_t not_started = 0;  // left when --fail-fast or an interruption stopped the batch
  bool manifest_failed = false;  // the manifest could not be written (reported)
  double seconds = 0;
};

// Where an input's output in `writer`'s format goes (-o FILE, or below -d DIR).
std::filesystem::path output_path(const InputFile& input, const Writer& writer, const BatchOptions& options);
// Where a bundle in `writer`'s format goes (-o FILE, or DIR/bundle.<ext>).
std::filesystem::path bundle_path(const Writer& writer, const BatchOptions& options);

// Throws Error{usage} for option combinations that cannot work, and, before
// anything is written, when an output would overwrite an input or another
// output (see check_output_plan).
BatchSummary run_batch(const std::vector<InputFile>& inputs, const BatchOptions& options, std::ostream& out,
                       std::ostream& err);

// Applies --metadata overrides; throws Error{usage} for an unknown key, a
// value that is not UTF-8, a date that is not a date, a language that is not
// a BCP 47 tag. Control characters in values are removed (line breaks and
// tabs become spaces); language tags are written the canonical way.
void apply_metadata(Document& document, const std::vector<MetadataOverride>& overrides);

}  // namespace artconv
