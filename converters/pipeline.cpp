#include "pipeline.hpp"

#include <filesystem>

#include "files.hpp"

namespace artconv {

namespace {

// Reads decoded text into a Document, giving the text up once it is read.
Conversion read_decoded(plaintext::Reader& reader, Decoded&& decoded, const std::string& name,
                        Diagnostics&& diagnostics) {
  Conversion c;
  c.diagnostics = std::move(diagnostics);
  plaintext::ReadOptions read_options;
  read_options.fallback_title = name == "-" ? "stdin" : display_path(std::filesystem::path(name).stem().string());
  c.document = reader.read(decoded.text, read_options, c.diagnostics);
  std::string().swap(decoded.text);
  c.document.provenance = {name == "-" ? name : display_path(name), decoded.encoding, decoded.confidence,
                           decoded.method};
  return c;
}

}  // namespace

Conversion read_input(plaintext::Reader& reader, std::string_view bytes, const std::string& name,
                      const ConvertOptions& options) {
  Diagnostics diagnostics;
  Decoded decoded = decode(bytes, options.decode, diagnostics);
  return read_decoded(reader, std::move(decoded), name, std::move(diagnostics));
}

Conversion read_input(plaintext::Reader& reader, std::string&& bytes, const std::string& name,
                      const ConvertOptions& options) {
  Diagnostics diagnostics;
  Decoded decoded = decode(bytes, options.decode, diagnostics);
  std::string().swap(bytes);
  return read_decoded(reader, std::move(decoded), name, std::move(diagnostics));
}

void render_outputs(Conversion& c, const ConvertOptions& options,
                    const std::function<void(std::size_t, std::string&&)>& deliver) {
  const std::span<const Document> one(&c.document, 1);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < options.formats.size(); ++i) {
      const bool json = options.formats[i]->name == "json";
      if (json == (pass == 1)) deliver(i, options.formats[i]->render(one, options.writer, c.diagnostics));
    }
  }
  enforce_strict(c.diagnostics, options);
}

void render_outputs(Conversion& c, const ConvertOptions& options) {
  c.outputs.assign(options.formats.size(), {});
  render_outputs(c, options, [&c](std::size_t i, std::string&& bytes) { c.outputs[i] = std::move(bytes); });
}

void enforce_strict(const Diagnostics& diagnostics, const ConvertOptions& options) {
  if (options.strict && !diagnostics.empty())
    throw Error(ErrorKind::input, diagnostics.warnings().front().message + " (--strict)");
}

}  // namespace artconv
