// The public API (include/artconv/artconv.hpp): a thin facade over the
// pipeline, the registry and the file helpers the command uses, so a program
// linking libartconv gets exactly the command's behaviour.
#include "artconv/artconv.hpp"

#include <string>

#include "batch.hpp"
#include "files.hpp"
#include "output.hpp"
#include "pipeline.hpp"
#include "registry.hpp"

namespace artconv {
namespace {

const Writer& writer_named(std::string_view format) {
  if (const Writer* w = find_writer(format)) return *w;
  std::string known;
  for (const Writer& w : writers()) known.append(known.empty() ? "" : ", ").append(w.name);
  throw Error(ErrorKind::usage, "unknown format '" + std::string(format) + "' (formats: " + known + ")");
}

WriterOptions writer_options(const OutputOptions& o) {
  WriterOptions w;
  w.wrap = o.wrap;
  w.vertical = o.vertical;
  w.figures = o.figure_placeholders ? FigureMode::placeholder : FigureMode::omit;
  w.timestamp = o.timestamp;
  w.book_title = o.book_title;
  w.book_author = o.book_author;
  w.book_publisher = o.book_publisher;
  w.book_language = o.book_language;
  return w;
}

void report(const Diagnostics& from, Diagnostics* to) {
  if (to == nullptr) return;
  for (const Warning& w : from.warnings()) to->warn(w.code, w.message);
}

}  // namespace

std::string_view library_version() noexcept { return ARTCONV_VERSION; }

std::vector<FormatInfo> formats() {
  std::vector<FormatInfo> out;
  for (const Writer& w : writers())
    out.push_back({std::string(w.name), std::string(w.extension), std::string(w.media_type),
                   std::string(w.description), w.binary, w.bundles});
  return out;
}

struct Converter::Impl {
  plaintext::Reader reader;
};

Converter::Converter() : impl_(std::make_unique<Impl>()) {}
Converter::~Converter() = default;
Converter::Converter(Converter&&) noexcept = default;
Converter& Converter::operator=(Converter&&) noexcept = default;

Document Converter::read(std::string_view bytes, const InputOptions& options, Diagnostics* warnings) {
  if (!options.encoding.empty() && !is_known_encoding(options.encoding))
    throw Error(ErrorKind::usage, "unknown encoding '" + options.encoding + "'");
  ConvertOptions convert;
  convert.decode.encoding = options.encoding;
  convert.decode.on_invalid = options.replace_invalid ? OnInvalid::replace : OnInvalid::error;
  convert.keep_punctuation = options.keep_punctuation;
  std::vector<MetadataOverride> overrides;
  for (const auto& [key, value] : options.metadata) overrides.push_back({key, value});
  Conversion c = read_input(impl_->reader, bytes, options.name, convert);
  apply_metadata(c.document, overrides);
  report(c.diagnostics, warnings);
  return std::move(c.document);
}

Document Converter::read_file(const std::filesystem::path& path, InputOptions options, Diagnostics* warnings) {
  if (options.name == "-") options.name = path.string();
  return read(read_bytes(path.string()), options, warnings);
}

std::string Converter::write(const Document& document, std::string_view format, const OutputOptions& options,
                             Diagnostics* warnings) const {
  return write(std::span<const Document>(&document, 1), format, options, warnings);
}

std::string Converter::write(std::span<const Document> documents, std::string_view format,
                             const OutputOptions& options, Diagnostics* warnings) const {
  const Writer& writer = writer_named(format);
  if (documents.empty()) throw Error(ErrorKind::usage, "nothing to write: no documents");
  if (documents.size() > 1 && !writer.bundles)
    throw Error(ErrorKind::usage, std::string(writer.name) + " cannot hold several documents in one output");
  Diagnostics diagnostics;
  std::string bytes = writer.render(documents, writer_options(options), diagnostics);
  report(diagnostics, warnings);
  return bytes;
}

void Converter::write_file(const Document& document, const std::filesystem::path& path, std::string_view format,
                           const OutputOptions& options, Diagnostics* warnings) const {
  std::string_view name = format;
  if (name.empty()) {
    const std::vector<const Writer*> fitting = writers_for_file_name(path.filename().string());
    if (fitting.size() != 1)
      throw Error(ErrorKind::usage, "cannot tell the format from the name " + path.string() + ": give one");
    name = fitting.front()->name;
  }
  write_output(path, write(document, name, options, warnings));
}

}  // namespace artconv
