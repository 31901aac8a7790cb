#include "pipeline.hpp"

#include <filesystem>

namespace artconv {

Conversion read_input(plaintext::Reader& reader, std::string_view bytes, const std::string& name,
                      const ConvertOptions& options) {
  Conversion c;
  Decoded decoded = decode(bytes, options.decode, c.diagnostics);
  plaintext::ReadOptions read_options;
  read_options.fallback_title = name == "-" ? "stdin" : std::filesystem::path(name).stem().string();
  c.document = reader.read(decoded.text, read_options, c.diagnostics);
  c.document.provenance = {name, decoded.encoding, decoded.confidence, decoded.method};
  return c;
}

void render_outputs(Conversion& c, const ConvertOptions& options) {
  c.outputs.assign(options.formats.size(), {});
  const std::span<const Document> one(&c.document, 1);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < options.formats.size(); ++i) {
      const bool json = options.formats[i]->name == "json";
      if (json == (pass == 1)) c.outputs[i] = options.formats[i]->render(one, options.writer, c.diagnostics);
    }
  }
  enforce_strict(c.diagnostics, options);
}

void enforce_strict(const Diagnostics& diagnostics, const ConvertOptions& options) {
  if (options.strict && !diagnostics.empty())
    throw Error(ErrorKind::input, diagnostics.warnings().front().message + " (--strict)");
}

}  // namespace artconv
