#include "cli.hpp"

#include <signal.h>
#include <unistd.h>

#include <csignal>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <thread>

#include <unicode/utf8.h>

#include "batch.hpp"
#include "epub/image_type.hpp"
#include "interruption.hpp"
#include "metadata_file.hpp"
#include "unicode/language_tag.hpp"
#include "registry.hpp"
#include "version.hpp"

namespace artconv {
namespace {

constexpr int kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2;

// -t takes a format's name or an alias in any case and leaves its canonical name.
CLI::Validator format_name() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (const Writer* w = find_writer(name)) {
          name = std::string(w->name);
          return {};
        }
        std::string known;
        for (const Writer& w : writers()) {
          known += (known.empty() ? "" : ", ") + std::string(w.name);
          for (std::string_view alias : aliases_of(w)) known += " (" + std::string(alias) + ")";
        }
        return "'" + name + "' is not a format: " + known;
      },
      "", "FORMAT");
}

std::optional<std::int64_t> source_date_epoch() {
  const char* v = std::getenv("SOURCE_DATE_EPOCH");
  if (v == nullptr || *v == '\0') return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long long t = std::strtoll(v, &end, 10);
  // 1980-01-01 (the first date a ZIP entry can carry) to 9999-12-31T23:59:59Z.
  constexpr long long kFirst = 315532800, kLast = 253402300799;
  if (end == v || *end != '\0' || errno == ERANGE || t < kFirst || t > kLast)
    throw Error(ErrorKind::usage, std::string("SOURCE_DATE_EPOCH must be seconds since 1970 from ") +
                                      std::to_string(kFirst) + " (1980) to " + std::to_string(kLast) +
                                      " (9999), not '" + v + "'");
  return t;
}

// -o FILE with no -t: the file name says the format. A -t that the file name
// contradicts is an error rather than an EPUB called .txt.
void choose_formats_by_file_name(const std::string& output_file, bool formats_given,
                                 std::vector<std::string>& format_list) {
  if (output_file.empty() || output_file == "-") return;
  const std::vector<const Writer*> named = writers_for_file_name(output_file);
  if (named.empty()) return;
  if (!formats_given) {
    if (named.size() > 1) {
      std::string choices;
      for (const Writer* w : named) choices += (choices.empty() ? "-t " : " or -t ") + std::string(w->name);
      throw Error(ErrorKind::usage, "-o " + output_file + " fits several formats: give " + choices);
    }
    format_list = {std::string(named.front()->name)};
    return;
  }
  for (const std::string& name : format_list)
    if (std::find(named.begin(), named.end(), find_writer(name)) == named.end())
      throw Error(ErrorKind::usage, "-t " + name + " contradicts the output file name " + output_file);
}

// An option that does nothing for the formats asked for is an error, never
// silently ignored.
void require_format(const CLI::App& app, const char* option, const std::vector<const Writer*>& formats,
                    std::string_view format) {
  if (app.count(option) == 0) return;
  for (const Writer* w : formats)
    if (w->name == format) return;
  throw Error(ErrorKind::usage, std::string(option) + " applies to " + std::string(format) + " output only");
}

std::string language_tag(const std::string& option, const std::string& value) {
  if (value.empty()) return value;
  auto tag = unicode::canonical_language_tag(value);
  if (!tag) throw Error(ErrorKind::usage, option + ": '" + value + "' is not a BCP 47 language tag");
  return *tag;
}

// A file an option names (--css, --cover-image): its bytes, or a usage error
// naming the option and the file.
std::string option_file(const std::string& option, const std::string& path) {
  try {
    return read_bytes(path, 64ull << 20);
  } catch (const Error& e) {
    throw Error(ErrorKind::usage, option + " " + display_path(path) + ": " + e.what());
  }
}

// CLI11's message in the user's words: "--max-input-size: Value 1.5 could not be
// converted to UINT" says "… 1.5 is not a whole number".
std::string readable_parse_error(std::string message) {
  static constexpr std::string_view kValue = "Value ", kNotConverted = " could not be converted to ";
  const std::size_t value = message.find(kValue), not_converted = message.find(kNotConverted);
  if (value != std::string::npos && not_converted != std::string::npos && not_converted > value) {
    const std::string what = message.substr(value + kValue.size(), not_converted - value - kValue.size());
    message = message.substr(0, value) + "'" + what + "' is not a whole number";
  }
  return message;
}

// --css: a stylesheet that EPUB reading systems read as UTF-8.
std::string stylesheet_file(const std::string& path) {
  std::string css = option_file("--css", path);
  const auto* s = reinterpret_cast<const std::uint8_t*>(css.data());
  const auto length = static_cast<std::int32_t>(css.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || c == 0)
      throw Error(ErrorKind::usage, "--css " + display_path(path) + ": not UTF-8 text (byte offset " +
                                        std::to_string(start) + ")");
  }
  if (css.find_first_not_of(" \t\r\n") == std::string::npos)
    throw Error(ErrorKind::usage, "--css " + display_path(path) + ": the file is empty");
  return css;
}

// --cover-image: JPEG, PNG, GIF or SVG, by content.
std::string cover_image_file(const std::string& path) {
  std::string bytes = option_file("--cover-image", path);
  if (!epub::sniff_image(bytes))
    throw Error(ErrorKind::usage, "--cover-image " + display_path(path) + ": " +
                                      std::string(epub::describe_non_image(bytes)) +
                                      ", but a cover image must be JPEG, PNG, GIF or SVG");
  return bytes;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"artconv: plain-text articles to EPUB 3, DocBook 5, JATS, JSON and normalized UTF-8 text.\n"
               "INPUT is a file, a folder (walked recursively) or - for standard input.",
               "artconv"};
  app.set_version_flag("--version", std::string("artconv ") + kVersion);
  app.get_formatter()->column_width(34);

  std::vector<std::string> input_args;
  std::vector<std::string> format_list{"text"};
  std::string output_file, output_dir, encoding, on_invalid = "error", figures = "omit", files_from;
  std::string include = "*.txt", manifest;
  std::vector<std::string> metadata_args;
  int wrap = 0;
  unsigned jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 1024u);
  std::uint64_t max_input_size = kDefaultMaxInputSize;
  bool list_formats = false, strict = false, bundle = false, vertical = false, skip_existing = false,
       fail_fast = false, quiet = false, nul_separated = false, keep_punctuation = false;
  std::string book_title, book_author, book_publisher, book_language;
  std::string css_file, cover_image;
  bool cover = false;
  int toc_depth = 1;
  std::string metadata_file;
  std::string from = "text";
  std::string chinese;

  app.add_option("inputs", input_args, "files, folders or - (stdin)")->type_name("INPUT...");
  app.add_option("-f,--from", from, "input format: text (plain-text articles) or json (artconv's own -t json)")
      ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case))
      ->capture_default_str();
  app.add_option("-t,--to", format_list, "output formats, comma-separated (see --list-formats)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->transform(format_name())
      ->type_name("FORMAT[,FORMAT...]")
      ->capture_default_str();
  auto* out_opt = app.add_option("-o,--output", output_file, "write the one output here (- = stdout)")
                      ->type_name("FILE");
  app.add_option("-d,--output-dir", output_dir, "write DIR/<input path>.<ext>, mirroring folders")
      ->type_name("DIR")
      ->excludes(out_opt);
  app.add_option("--encoding", encoding, "input encoding, overriding detection (ICU names: Big5, GB18030 ...)")
      ->type_name("NAME");
  app.add_option("--on-invalid", on_invalid, "undecodable bytes: error, or replace with U+FFFD")
      ->check(CLI::IsMember({"error", "replace"}))
      ->capture_default_str();
  app.add_option("--wrap", wrap, "text: wrap at N display columns (0 = no wrapping)")
      ->check(CLI::Range(0, 100000).description(""))
      ->type_name("N")
      ->capture_default_str();
  app.add_option("-M,--metadata", metadata_args, "set a metadata field: title, source, lang, date, author ...")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);
  app.add_option("--chinese", chinese,
                 "Chinese articles into hant, hans, tw or hk characters (OpenCC), language tag updated")
      ->transform(CLI::IsMember({"hant", "hans", "tw", "hk"}, CLI::ignore_case))
      ->type_name("SCRIPT");
  app.add_flag("--keep-punctuation", keep_punctuation,
               "Chinese and Japanese: keep ASCII , : ; ! ? ( ) between CJK characters (default: full-width)");
  app.add_option("--metadata-file", metadata_file, "metadata from a YAML or JSON file (-M wins over it)")
      ->type_name("FILE");
  app.add_flag("--strict", strict, "treat warnings (low-confidence decoding, dropped characters) as errors");
  app.add_flag("--list-formats", list_formats, "list the output formats and exit");

  app.add_flag("--bundle", bundle, "epub, docbook: all inputs as one book, in input order");
  app.add_option("--title", book_title, "the title (of the book with --bundle)")->type_name("TEXT");
  app.add_option("--author", book_author, "the author (of the book with --bundle)")->type_name("TEXT");
  app.add_option("--publisher", book_publisher, "the publisher (of the book with --bundle)")->type_name("TEXT");
  app.add_option("--lang", book_language, "the language (with --bundle, default: the most common)")
      ->type_name("BCP47");
  app.add_flag("--vertical", vertical, "epub: vertical writing (vertical-rl, right-to-left pages)");
  app.add_option("--css", css_file, "epub: a stylesheet added after the built-in one")->type_name("FILE");
  auto* cover_image_opt =
      app.add_option("--cover-image", cover_image, "epub: a cover image (JPEG, PNG, GIF or SVG)")->type_name("FILE");
  app.add_flag("--cover", cover, "epub: a generated cover page (title, outlet, date)")->excludes(cover_image_opt);
  app.add_option("--toc-depth", toc_depth, "epub: heading levels the contents list (1 articles, 2 headings)")
      ->check(CLI::Range(1, 6).description(""))
      ->type_name("N")
      ->capture_default_str();
  app.add_option("--figures", figures, "epub: image placeholders left out, or shown as a captioned box")
      ->check(CLI::IsMember({"omit", "placeholder"}))
      ->capture_default_str();

  app.add_option("-j,--jobs", jobs, "worker threads (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u).description(""))
      ->type_name("N");
  auto* include_opt = app.add_option("--include", include, "in folders, convert files whose name matches GLOB")
      ->type_name("GLOB")
      ->capture_default_str();
  app.add_option("--files-from", files_from, "read input paths from FILE, one per line (- = stdin)")
      ->type_name("FILE");
  app.add_flag("-0,--null", nul_separated, "--files-from paths are NUL-separated (find -print0)");
  app.add_flag("--skip-existing", skip_existing, "skip inputs whose outputs all exist (resume a batch)");
  app.add_flag("--fail-fast", fail_fast, "stop at the first input that fails");
  app.add_option("--manifest", manifest, "write one JSON record per input (JSON Lines)")->type_name("FILE");
  app.add_option("--max-input-size", max_input_size, "refuse inputs larger than SIZE (e.g. 64M, 1G)")
      ->transform(CLI::AsSizeValue(false).description(""))
      ->type_name("SIZE")
      ->default_str("256M");
  app.add_flag("-q,--quiet", quiet, "no warnings, progress or summary on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "artconv: error: " << readable_parse_error(e.what()) << " (see --help)\n";
    return kExitUsage;
  }

  if (list_formats) {
    for (const Writer& w : writers()) {
      out << std::left << std::setw(9) << w.name << std::setw(14) << w.extension << w.description;
      for (std::string_view alias : aliases_of(w)) out << " (also -t " << alias << ")";
      out << '\n';
    }
    return kExitOk;
  }

  try {
    choose_formats_by_file_name(output_file, app.count("--to") > 0, format_list);
    if (max_input_size == 0) throw Error(ErrorKind::usage, "--max-input-size must be more than 0");
    constexpr std::uint64_t kLargestInputSize = 1ull << 40;  // 1 TiB: larger is a typo or a wrapped "-1"
    if (max_input_size > kLargestInputSize)
      throw Error(ErrorKind::usage, "--max-input-size must be at most 1T, not " + std::to_string(max_input_size));
    // An empty value is a script's unset variable (-o "$OUT"), never "not given".
    const std::pair<const char*, const std::string*> path_options[] = {
        {"-o", &output_file},         {"-d", &output_dir},   {"--manifest", &manifest},
        {"--include", &include},      {"--css", &css_file},  {"--cover-image", &cover_image},
        {"--metadata-file", &metadata_file}, {"--files-from", &files_from}};
    for (const auto& [option, value] : path_options)
      if (app.count(option) > 0 && value->empty())
        throw Error(ErrorKind::usage, std::string(option) + " was given an empty value");
    BatchOptions options;
    options.convert.decode.encoding = encoding;
    options.convert.decode.on_invalid = on_invalid == "replace" ? OnInvalid::replace : OnInvalid::error;
    options.convert.strict = strict;
    options.convert.keep_punctuation = keep_punctuation;
    if (!chinese.empty())
      options.convert.chinese = std::make_shared<const unicode::ChineseConverter>(*unicode::chinese_script(chinese));
    if (from == "json") {
      options.convert.from = InputFormat::json;
      if (include_opt->count() == 0) include = "*.json";
      for (const char* option : {"--encoding", "--on-invalid"})
        if (app.count(option) > 0)
          throw Error(ErrorKind::usage, std::string(option) + " applies to text input only (JSON is UTF-8)");
    }
    WriterOptions& w = options.convert.writer;
    w.wrap = wrap;
    w.vertical = vertical;
    w.figures = figures == "placeholder" ? FigureMode::placeholder : FigureMode::omit;
    w.timestamp = source_date_epoch();
    w.cover_page = cover;
    w.toc_depth = toc_depth;
    book_language = language_tag("--lang", book_language);
    if (bundle) {
      w.book_title = book_title;
      w.book_author = book_author;
      w.book_publisher = book_publisher;
      w.book_language = book_language;
    }
    for (const std::string& name : format_list) {
      const Writer* writer = find_writer(name);
      if (std::find(options.convert.formats.begin(), options.convert.formats.end(), writer) ==
          options.convert.formats.end())
        options.convert.formats.push_back(writer);
    }
    for (const std::string& kv : metadata_args) {
      const std::size_t eq = kv.find('=');
      if (eq == std::string::npos || eq == 0)
        throw Error(ErrorKind::usage, "--metadata takes KEY=VALUE, not '" + kv + "'");
      options.metadata.push_back({kv.substr(0, eq), kv.substr(eq + 1)});
    }
    // Without --bundle the book options describe the one article each input is.
    if (!bundle) {
      const std::pair<const char*, const std::string*> article_options[] = {
          {"title", &book_title}, {"author", &book_author}, {"source", &book_publisher}, {"lang", &book_language}};
      for (const auto& [key, value] : article_options)
        if (!value->empty()) options.metadata.push_back({key, *value});
    }
    Document probe;
    apply_metadata(probe, options.metadata);  // rejects unknown keys and bad values before any work
    if (!metadata_file.empty()) {
      const std::vector<MetadataOverride> from_file = read_metadata_file(metadata_file);
      try {
        Document file_probe;
        apply_metadata(file_probe, from_file);
      } catch (const Error& e) {
        std::string what = e.what();
        if (what.starts_with("--metadata ")) what.erase(0, 11);
        throw Error(ErrorKind::usage, "--metadata-file " + display_path(metadata_file) + ": " + what);
      }
      options.metadata = merge_metadata(from_file, options.metadata);
    }
    require_format(app, "--vertical", options.convert.formats, "epub");
    require_format(app, "--figures", options.convert.formats, "epub");
    for (const char* option : {"--css", "--cover-image", "--cover", "--toc-depth"})
      require_format(app, option, options.convert.formats, "epub");
    if (!css_file.empty()) w.css = stylesheet_file(css_file);
    if (!cover_image.empty()) w.cover_image = cover_image_file(cover_image);
    require_format(app, "--wrap", options.convert.formats, "text");

    if (!encoding.empty() && !is_known_encoding(encoding))
      throw Error(ErrorKind::usage, "unknown encoding '" + encoding + "' (ICU converter names: UTF-8, Big5, GB18030 ...)");

    if (nul_separated && files_from.empty())
      throw Error(ErrorKind::usage, "-0 says how a --files-from list is separated, and there is none");
    std::vector<std::string> paths = input_args;
    if (files_from == "-" && std::find(input_args.begin(), input_args.end(), "-") != input_args.end())
      throw Error(ErrorKind::usage, "standard input named twice: by --files-from - and by the input -");
    if (!files_from.empty()) {
      std::vector<std::string> listed = read_file_list(files_from, nul_separated);
      // The list was the input: an empty one is nothing to do, not a reason to read stdin.
      if (listed.empty() && paths.empty())
        throw Error(ErrorKind::usage, "no input: the --files-from list " +
                                          (files_from == "-" ? std::string("on standard input") : display_path(files_from)) +
                                          " names no file");
      paths.insert(paths.end(), listed.begin(), listed.end());
    }
    if (paths.empty()) {
      // `cat x | artconv` reads the pipe; on a terminal nobody is typing an article.
      if (isatty(STDIN_FILENO)) throw Error(ErrorKind::usage, "no input: give files, folders, - or --files-from");
      paths.push_back("-");
    }
    // --include picks files inside folders: with no folder among the inputs it would do nothing
    if (include_opt->count() > 0 && std::none_of(paths.begin(), paths.end(), [](const std::string& p) {
          std::error_code ec;
          return p != "-" && std::filesystem::is_directory(p, ec);
        }))
      throw Error(ErrorKind::usage, "--include picks files inside folders, and no input is a folder");
    const std::vector<InputFile> inputs = expand_inputs(paths, include);
    if (inputs.empty()) throw Error(ErrorKind::usage, "no input matched (folders are searched for " + include + ")");

    options.output_file = output_file;
    options.output_dir = output_dir;
    options.bundle = bundle;
    if (bundle) {
      for (const Writer* f : options.convert.formats)
        if (!f->bundles)
          throw Error(ErrorKind::usage, "--bundle works with formats that hold several articles (epub, docbook), not " +
                                            std::string(f->name));
    }
    const std::size_t outputs = (bundle ? 1 : inputs.size()) * options.convert.formats.size();
    if (!output_file.empty() && outputs != 1)
      throw Error(ErrorKind::usage, "-o names one output, but this run makes " + std::to_string(outputs) +
                                        "; use -d DIR");
    if (output_file.empty() && output_dir.empty()) {
      if (outputs != 1)
        throw Error(ErrorKind::usage, "several inputs or formats: give -d DIR (or --bundle -o FILE)");
      if (options.convert.formats.front()->binary)
        throw Error(ErrorKind::usage, std::string(options.convert.formats.front()->name) +
                                          " is binary: give -o FILE (or -o - to force stdout)");
      options.output_file = "-";
    }
    options.jobs = jobs;
    if (skip_existing && (bundle || options.output_file == "-"))
      throw Error(ErrorKind::usage, std::string("--skip-existing skips inputs whose own outputs exist; ") +
                                        (bundle ? "--bundle makes one output of them all" : "standard output is no file"));
    options.skip_existing = skip_existing;
    options.fail_fast = fail_fast;
    options.quiet = quiet;
    options.manifest = manifest;
    // "--manifest -" is standard output, as "-" is everywhere, unless the output goes there
    if (manifest == "-") {
      if (options.output_file == "-")
        throw Error(ErrorKind::usage, "--manifest -: standard output carries the output; give the manifest a file");
      options.manifest = "/dev/stdout";
    }
    const std::pair<const char*, const std::string*> read_by_options[] = {
        {"--css", &css_file}, {"--cover-image", &cover_image}, {"--metadata-file", &metadata_file},
        {"--files-from", &files_from}};
    for (const auto& [option, path] : read_by_options)
      if (!path->empty() && *path != "-") options.side_inputs.push_back({*path, std::string("the ") + option + " file"});
    options.progress = !quiet && isatty(STDERR_FILENO) && inputs.size() > 1;
    const char* no_color = std::getenv("NO_COLOR");
    options.color = options.progress && (no_color == nullptr || *no_color == '\0');

    options.max_input_size = max_input_size;
    // A closed pipe is a write error to report, not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
    const InterruptionGuard interruption;
    options.interrupted = interruption.flag();
    const BatchSummary summary = run_batch(inputs, options, out, err);
    if (interruption.signal() != 0 && inputs.size() == 1)
      err << "artconv: interrupted\n";
    else if (interruption.signal() != 0)
      err << "artconv: interrupted: " << summary.not_started
          << " inputs not started; run again with --skip-existing to resume\n";
    else if (summary.not_started > 0)
      err << "artconv: stopped at the first failure (--fail-fast): " << summary.not_started
          << " inputs not started\n";
    if (!quiet && (inputs.size() > 1 || !output_dir.empty() || !manifest.empty())) {
      std::ostringstream line;
      line << std::fixed << std::setprecision(2) << "artconv: converted " << summary.converted << ", failed "
           << summary.failed << ", skipped " << summary.skipped << " in " << summary.seconds << " s\n";
      err << line.str();
    }
    if (interruption.signal() != 0) return 128 + interruption.signal();
    return summary.failed > 0 || summary.not_started > 0 || summary.manifest_failed ? kExitSomeFailed : kExitOk;
  } catch (const Error& e) {
    err << "artconv: error: " << e.what() << '\n';
    return e.kind() == ErrorKind::usage ? kExitUsage : kExitSomeFailed;
  }
}

}  // namespace artconv
