#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <optional>
#include <ostream>
#include <system_error>
#include <thread>

#include "interruption.hpp"
#include "output.hpp"
#include "output_plan.hpp"
#include "plaintext/dates.hpp"
#include "plaintext/reader.hpp"
#include "unicode/language_tag.hpp"
#include "unicode/text.hpp"

namespace artconv {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;

enum class Status { converted, failed, skipped };

struct Result {
  Status status = Status::failed;
  std::vector<std::string> messages;  // complete stderr lines
  std::string manifest_line;
};

std::string_view status_name(Status s) {
  switch (s) {
    case Status::converted: return "converted";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
  }
  return "failed";
}

std::string error_line(const std::string& path, const Error& e) {
  std::string line = "artconv: " + display_path(path) + ": error: " + e.what();
  return line;
}

// Writes to the standard output stream and checks that it took the bytes
// (a full disk, a closed pipe: SIGPIPE is ignored so that this is an error).
void write_stdout(std::ostream& out, std::string_view bytes) {
  errno = 0;
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  if (!out) {
    const int error = errno;
    out.clear();
    throw Error(ErrorKind::output, std::string("cannot write to standard output") +
                                       (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
  }
}

// The manifest appears under its name only when the run is over, every
// record in it whole; a failed write is reported and leaves no file. A
// device, FIFO or socket is written, not replaced (as every output is).
class Manifest {
 public:
  Manifest(const std::string& path, std::ostream& err) : path_(path) {
    if (path.empty()) return;
    try {
      file_.emplace(path);
    } catch (const Error& e) {
      failed_ = true;
      err << "artconv: " << display_path(path) << ": error: " << e.what() << '\n';
    }
  }
  void add(const std::string& record, std::ostream& err) {
    if (!file_ || failed_) return;
    try {
      file_->append(record + '\n');
    } catch (const Error& e) {
      fail(e, err);
    }
  }
  // Returns false when the manifest could not be written.
  bool finish(std::ostream& err) {
    if (!file_ || failed_) return !failed_;
    try {
      file_->commit();
    } catch (const Error& e) {
      fail(e, err);
    }
    return !failed_;
  }

 private:
  void fail(const Error& e, std::ostream& err) {
    failed_ = true;
    err << "artconv: " << display_path(path_) << ": error: " << e.what() << '\n';
    file_.reset();
  }
  std::string path_;
  std::optional<StagedOutput> file_;
  bool failed_ = false;
};

class Batch {
 public:
  Batch(const std::vector<InputFile>& inputs, const BatchOptions& options, std::ostream& out, std::ostream& err)
      : inputs_(inputs), options_(options), out_(out), err_(err), start_(Clock::now()), manifest_(options.manifest, err) {}

  BatchSummary run() {
    const unsigned jobs = std::max(1u, std::min<unsigned>(options_.jobs, static_cast<unsigned>(inputs_.size())));
    std::vector<std::thread> threads;
    for (unsigned i = 1; i < jobs; ++i) {
      try {
        threads.emplace_back([this] { work(); });
      } catch (const std::system_error& e) {
        if (!options_.quiet)
          err_ << "artconv: warning: could not start more than " << i << " worker thread" << (i == 1 ? "" : "s")
               << " (" << e.what() << "); going on with fewer\n";
        break;
      }
    }
    work();
    for (std::thread& t : threads) t.join();
    clear_progress();
    summary_.manifest_failed = !manifest_.finish(err_);
    summary_.not_started = inputs_.size() - cursor_;
    summary_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    return summary_;
  }

 private:
  void work() {
    plaintext::Reader reader;
    for (;;) {
      if (stop_.load() || (options_.interrupted && *options_.interrupted)) return;
      const std::size_t i = next_.fetch_add(1);
      if (i >= inputs_.size()) return;
      note_inputs_taken(i + 1, inputs_.size());
      deliver(i, process(inputs_[i], reader));
    }
  }

  Result process(const InputFile& input, plaintext::Reader& reader) {
    const auto t0 = Clock::now();
    Result r;
    Json record = {{"path", input.path == "-" ? input.path : display_path(input.path)}};
    std::vector<fs::path> paths;
    for (const Writer* w : options_.convert.formats) paths.push_back(output_path(input, *w, options_));
    const bool to_stdout = options_.output_file == "-" || (options_.output_file.empty() && options_.output_dir.empty());

    if (options_.skip_existing && !to_stdout &&
        std::all_of(paths.begin(), paths.end(), [](const fs::path& p) {
          std::error_code ec;
          return fs::exists(p, ec);
        })) {
      r.status = Status::skipped;
      record["status"] = status_name(r.status);
      r.manifest_line = record.dump(-1, ' ', false, Json::error_handler_t::replace);
      return r;
    }

    Json outputs = Json::array();
    try {
      std::string bytes = read_bytes(input.path, options_.max_input_size);
      const std::size_t input_bytes = bytes.size();
      Conversion c = read_input(reader, std::move(bytes), input.path, options_.convert);
      apply_metadata(c.document, options_.metadata);
      // Each output goes to its temporary file as soon as it is rendered (a
      // streaming writer's piece by piece), so at most one output at a time
      // is in memory; all appear together at the end.
      std::vector<std::optional<StagedOutput>> staged(paths.size());
      std::vector<std::size_t> sizes(paths.size());
      std::string for_stdout;
      render_outputs(c, options_.convert, [&](std::size_t f, std::string&& rendered) {
        sizes[f] += rendered.size();
        if (to_stdout) {
          if (for_stdout.empty()) {
            for_stdout = std::move(rendered);
          } else {
            for_stdout += rendered;
          }
          return;
        }
        if (!staged[f]) staged[f].emplace(paths[f]);
        staged[f]->append(rendered);
      });
      if (to_stdout) {
        std::lock_guard lock(out_mutex_);
        write_stdout(out_, for_stdout);
      }
      for (auto& output : staged)
        if (output) output->commit();
      for (std::size_t f = 0; f < paths.size(); ++f)
        outputs.push_back({{"format", options_.convert.formats[f]->name},
                           {"path", to_stdout ? std::string("-") : display_path(paths[f].string())},
                           {"bytes", sizes[f]}});
      r.status = Status::converted;
      if (!options_.quiet)
        for (const Warning& w : c.diagnostics.warnings())
          r.messages.push_back("artconv: " + display_path(input.path) + ": warning: " + w.message);
      const Document& d = c.document;
      std::size_t paragraphs = 0, figures = 0;
      for (const Block& b : d.blocks) {
        paragraphs += std::holds_alternative<Paragraph>(b);
        figures += std::holds_alternative<Figure>(b);
      }
      Json warnings = Json::array();
      for (const Warning& w : c.diagnostics.warnings()) warnings.push_back({{"code", w.code}, {"message", w.message}});
      record["status"] = status_name(r.status);
      record["error"] = nullptr;
      record["encoding"] = d.provenance.encoding;
      record["confidence"] = std::round(d.provenance.confidence * 100) / 100;
      record["language"] = d.meta.language;
      record["title"] = d.meta.title;
      record["paragraphs"] = paragraphs;
      record["figures"] = figures;
      record["removed"] = d.removed.size();
      record["warnings"] = std::move(warnings);
      record["outputs"] = std::move(outputs);
      record["input_bytes"] = input_bytes;
    } catch (const Error& e) {
      r.status = Status::failed;
      r.messages.push_back(error_line(input.path, e));
      record["status"] = status_name(r.status);
      record["error"] = e.what();
    } catch (const std::exception& e) {
      r.status = Status::failed;
      r.messages.push_back("artconv: " + display_path(input.path) + ": error: internal error: " + e.what());
      record["status"] = status_name(r.status);
      record["error"] = std::string("internal error: ") + e.what();
    }
    record["milliseconds"] =
        std::round(std::chrono::duration<double, std::milli>(Clock::now() - t0).count() * 1000) / 1000;
    r.manifest_line = record.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (r.status == Status::failed && options_.fail_fast) stop_ = true;
    return r;
  }

  // Emits results strictly in input order, so messages and the manifest do
  // not depend on -j or on timing.
  void deliver(std::size_t index, Result result) {
    std::lock_guard lock(emit_mutex_);
    pending_.emplace(index, std::move(result));
    while (!pending_.empty() && pending_.begin()->first == cursor_) {
      Result& r = pending_.begin()->second;
      if (!r.messages.empty()) {
        clear_progress();
        for (const std::string& m : r.messages) err_ << m << '\n';
        err_.flush();
      }
      manifest_.add(r.manifest_line, err_);
      switch (r.status) {
        case Status::converted: ++summary_.converted; break;
        case Status::failed: ++summary_.failed; break;
        case Status::skipped: ++summary_.skipped; break;
      }
      pending_.erase(pending_.begin());
      ++cursor_;
      draw_progress();
    }
  }

  void draw_progress() {
    if (!options_.progress) return;
    const auto now = Clock::now();
    if (cursor_ != inputs_.size() && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double rate = elapsed > 0 ? static_cast<double>(cursor_) / elapsed : 0;
    const double eta = rate > 0 ? static_cast<double>(inputs_.size() - cursor_) / rate : 0;
    constexpr int kBar = 30;
    const int filled = static_cast<int>(kBar * cursor_ / std::max<std::size_t>(1, inputs_.size()));
    char line[160];
    std::snprintf(line, sizeof line, "\r%s[%s%s]%s %zu/%zu  %.0f files/s  ETA %d:%02d ",
                  options_.color ? "\x1b[32m" : "", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                  std::string(static_cast<std::size_t>(kBar - filled), ' ').c_str(), options_.color ? "\x1b[0m" : "",
                  cursor_, inputs_.size(), rate, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    err_ << line << std::flush;
    progress_shown_ = true;
  }

  void clear_progress() {
    if (!progress_shown_) return;
    err_ << "\r\x1b[2K" << std::flush;
    progress_shown_ = false;
  }

  const std::vector<InputFile>& inputs_;
  const BatchOptions& options_;
  std::ostream& out_;
  std::ostream& err_;
  const Clock::time_point start_;
  Manifest manifest_;
  std::atomic<std::size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex emit_mutex_, out_mutex_;
  std::map<std::size_t, Result> pending_;
  std::size_t cursor_ = 0;
  BatchSummary summary_;
  Clock::time_point last_draw_{};
  bool progress_shown_ = false;
};

BatchSummary run_bundle(const std::vector<InputFile>& inputs, const BatchOptions& options, std::ostream& out,
                        std::ostream& err) {
  const auto start = Clock::now();
  BatchSummary summary;
  plaintext::Reader reader;
  std::vector<Document> documents;
  Diagnostics diagnostics;
  for (const InputFile& input : inputs) {
    try {
      Conversion c = read_input(reader, read_bytes(input.path, options.max_input_size), input.path, options.convert);
      apply_metadata(c.document, options.metadata);
      for (const Warning& w : c.diagnostics.warnings()) {
        if (!options.quiet) err << "artconv: " << display_path(input.path) << ": warning: " << w.message << '\n';
        diagnostics.warn(w.code, display_path(input.path) + ": " + w.message);
      }
      documents.push_back(std::move(c.document));
      ++summary.converted;
    } catch (const Error& e) {
      err << error_line(input.path, e) << '\n';
      ++summary.failed;
      if (options.fail_fast) break;
    }
  }
  if (documents.empty()) {
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return summary;
  }
  try {
    for (const Writer* w : options.convert.formats) {
      const std::string bytes = w->render(documents, options.convert.writer, diagnostics);
      enforce_strict(diagnostics, options.convert);
      if (options.output_file == "-")
        write_stdout(out, bytes);
      else
        write_output(bundle_path(*w, options), bytes);
    }
  } catch (const Error& e) {
    err << "artconv: " << display_path(options.output_file.empty() ? options.output_dir.string() : options.output_file)
        << ": error: " << e.what() << '\n';
    summary.failed += summary.converted;
    summary.converted = 0;
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

}  // namespace

fs::path output_path(const InputFile& input, const Writer& writer, const BatchOptions& options) {
  if (!options.output_file.empty()) return options.output_file;
  const fs::path& rel = input.relative;
  return options.output_dir / rel.parent_path() / (rel.stem().string() + std::string(writer.extension));
}

fs::path bundle_path(const Writer& writer, const BatchOptions& options) {
  if (!options.output_file.empty()) return options.output_file;
  return options.output_dir / ("bundle" + std::string(writer.extension));
}

static void check_outputs(const std::vector<InputFile>& inputs, const BatchOptions& options) {
  std::vector<PlannedFile> planned;
  if (!options.manifest.empty()) planned.push_back({options.manifest, "the manifest"});
  const bool to_stdout = options.output_file == "-" || (options.output_file.empty() && options.output_dir.empty());
  if (to_stdout) {
    planned.push_back({"-", "standard output"});
  } else {
    for (const Writer* w : options.convert.formats) {
      if (options.bundle) {
        planned.push_back({bundle_path(*w, options), "the " + std::string(w->name) + " bundle"});
        continue;
      }
      for (const InputFile& input : inputs)
        planned.push_back({output_path(input, *w, options),
                           "the " + std::string(w->name) + " output of " + display_path(input.path)});
    }
  }
  check_output_plan(inputs, options.side_inputs, planned);
}

namespace {

// A value from the command line as metadata: UTF-8, no control characters
// (line breaks and tabs become spaces), no white space at the ends.
std::string metadata_value(const MetadataOverride& o) {
  std::string out;
  const auto* s = reinterpret_cast<const std::uint8_t*>(o.value.data());
  const auto length = static_cast<std::int32_t>(o.value.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) throw Error(ErrorKind::usage, "--metadata " + o.key + ": the value is not UTF-8");
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (u_charType(c) != U_CONTROL_CHAR) {
      out.append(o.value, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  return std::string(unicode::trim(out));
}

}  // namespace

void apply_metadata(Document& document, const std::vector<MetadataOverride>& overrides) {
  Metadata& m = document.meta;
  bool identifier_given = false;
  for (const MetadataOverride& o : overrides) {
    const std::string value = metadata_value(o);
    if (o.key == "title") {
      m.title = value;
    } else if (o.key == "original_title" || o.key == "subtitle") {
      m.original_title = value;
    } else if (o.key == "source" || o.key == "publisher") {
      m.source = value;
    } else if (o.key == "lang" || o.key == "language") {
      auto tag = unicode::canonical_language_tag(value);
      if (!tag) throw Error(ErrorKind::usage, "--metadata lang: '" + value + "' is not a BCP 47 language tag");
      m.language = *tag;
    } else if (o.key == "identifier") {
      m.identifier = value;
      identifier_given = true;
    } else if (o.key == "date" || o.key == "published") {
      auto date = plaintext::parse_date(value);
      if (!date) throw Error(ErrorKind::usage, "--metadata date: '" + value + "' is not a date");
      m.published = date;
    } else if (auto role = role_from_name(o.key)) {
      if (!value.empty()) m.contributors.push_back({value, *role});
    } else {
      throw Error(ErrorKind::usage, "--metadata: unknown key '" + o.key +
                                        "' (title, original_title, source, lang, date, identifier, author, editor, "
                                        "responsible_editor, reporter, photographer, translator)");
    }
  }
  // The identifier is derived from the content: computed again from the final metadata.
  if (!overrides.empty() && !identifier_given) plaintext::refresh_identifier(document);
}

BatchSummary run_batch(const std::vector<InputFile>& inputs, const BatchOptions& options, std::ostream& out,
                       std::ostream& err) {
  check_outputs(inputs, options);
  if (options.bundle) return run_bundle(inputs, options, out, err);
  Batch batch(inputs, options, out, err);
  return batch.run();
}

}  // namespace artconv
