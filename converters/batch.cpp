#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <thread>

#include "plaintext/dates.hpp"
#include "plaintext/reader.hpp"

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

std::string display_path(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string error_line(const std::string& path, const Error& e) {
  std::string line = "artconv: " + display_path(path) + ": error: " + e.what();
  return line;
}

class Batch {
 public:
  Batch(const std::vector<InputFile>& inputs, const BatchOptions& options, std::ostream& out, std::ostream& err)
      : inputs_(inputs), options_(options), out_(out), err_(err), start_(Clock::now()) {
    if (!options.manifest.empty()) {
      const fs::path folder = fs::path(options.manifest).parent_path();
      std::error_code ec;
      if (!folder.empty()) fs::create_directories(folder, ec);
      manifest_.open(options.manifest, std::ios::binary | std::ios::trunc);
      if (!manifest_) throw Error(ErrorKind::usage, "cannot write the manifest " + options.manifest);
    }
  }

  BatchSummary run() {
    const unsigned jobs = std::max(1u, std::min<unsigned>(options_.jobs, static_cast<unsigned>(inputs_.size())));
    if (jobs == 1) {
      work();
    } else {
      std::vector<std::thread> threads;
      for (unsigned i = 0; i < jobs; ++i) threads.emplace_back([this] { work(); });
      for (std::thread& t : threads) t.join();
    }
    clear_progress();
    summary_.not_started = inputs_.size() - cursor_;
    summary_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    return summary_;
  }

  fs::path output_path(const InputFile& input, const Writer& writer) const {
    if (!options_.output_file.empty()) return options_.output_file;
    const fs::path& rel = input.relative;
    return options_.output_dir / rel.parent_path() / (rel.stem().string() + std::string(writer.extension));
  }

 private:
  void work() {
    plaintext::Reader reader;
    for (;;) {
      if (stop_.load() || (options_.interrupted && *options_.interrupted)) return;
      const std::size_t i = next_.fetch_add(1);
      if (i >= inputs_.size()) return;
      deliver(i, process(inputs_[i], reader));
    }
  }

  Result process(const InputFile& input, plaintext::Reader& reader) {
    const auto t0 = Clock::now();
    Result r;
    Json record = {{"path", input.path}};
    std::vector<fs::path> paths;
    for (const Writer* w : options_.convert.formats) paths.push_back(output_path(input, *w));
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
      const std::string bytes = read_bytes(input.path);
      Conversion c = read_input(reader, bytes, input.path, options_.convert);
      apply_metadata(c.document, options_.metadata);
      render_outputs(c, options_.convert);
      for (std::size_t f = 0; f < paths.size(); ++f) {
        if (to_stdout) {
          std::lock_guard lock(out_mutex_);
          out_.write(c.outputs[f].data(), static_cast<std::streamsize>(c.outputs[f].size()));
          out_.flush();
        } else {
          write_atomically(paths[f], c.outputs[f], input.path);
        }
        outputs.push_back({{"format", options_.convert.formats[f]->name},
                           {"path", to_stdout ? std::string("-") : paths[f].string()},
                           {"bytes", c.outputs[f].size()}});
      }
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
      record["input_bytes"] = bytes.size();
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
      if (manifest_.is_open()) {
        manifest_ << r.manifest_line << '\n';
        manifest_.flush();
      }
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
  std::ofstream manifest_;
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
      Conversion c = read_input(reader, read_bytes(input.path), input.path, options.convert);
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
      if (options.output_file == "-") {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      } else {
        fs::path path = options.output_file;
        if (path.empty()) path = options.output_dir / ("bundle" + std::string(w->extension));
        write_atomically(path, bytes, {});
      }
    }
  } catch (const Error& e) {
    err << "artconv: " << (options.output_file.empty() ? options.output_dir.string() : options.output_file)
        << ": error: " << e.what() << '\n';
    summary.failed += summary.converted;
    summary.converted = 0;
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

}  // namespace

void apply_metadata(Document& document, const std::vector<MetadataOverride>& overrides) {
  Metadata& m = document.meta;
  bool identifier_given = false;
  for (const MetadataOverride& o : overrides) {
    if (o.key == "title") {
      m.title = o.value;
    } else if (o.key == "original_title" || o.key == "subtitle") {
      m.original_title = o.value;
    } else if (o.key == "source" || o.key == "publisher") {
      m.source = o.value;
    } else if (o.key == "lang" || o.key == "language") {
      m.language = o.value;
    } else if (o.key == "identifier") {
      m.identifier = o.value;
      identifier_given = true;
    } else if (o.key == "date" || o.key == "published") {
      auto date = plaintext::parse_date(o.value);
      if (!date) throw Error(ErrorKind::usage, "--metadata date: cannot read '" + o.value + "' as a date");
      m.published = date;
    } else if (auto role = role_from_name(o.key)) {
      m.contributors.push_back({o.value, *role});
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
  if (options.bundle) return run_bundle(inputs, options, out, err);
  Batch batch(inputs, options, out, err);
  return batch.run();
}

}  // namespace artconv
