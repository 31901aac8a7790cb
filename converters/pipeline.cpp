#include "pipeline.hpp"

#include <filesystem>

#include "files.hpp"
#include "json/json_reader.hpp"
#include "plaintext/markup_check.hpp"
#include "unicode/cjk_punctuation.hpp"

namespace artconv {

namespace {

// Reads decoded text into a Document, giving the text up once it is read.
Conversion read_decoded(plaintext::Reader& reader, Decoded&& decoded, const std::string& name,
                        Diagnostics&& diagnostics) {
  Conversion c;
  c.diagnostics = std::move(diagnostics);
  if (const auto markup = plaintext::looks_like_markup(decoded.text))
    c.diagnostics.warn("input-looks-like-markup",
                       "the input looks like " + *markup + ", but it is read as a plain-text article");
  c.document = reader.read(std::move(decoded.text), c.diagnostics);
  c.document.provenance = {name == "-" ? name : display_path(name), decoded.encoding, decoded.confidence,
                           decoded.method};
  return c;
}

// Transforms of the whole document, after reading and before any writer:
// --chinese converts the script; then Chinese and Japanese text gets its
// full-width punctuation back unless --keep-punctuation. The identifier
// follows the new text, so reading the normalized text output back gives the
// same document.
Conversion transformed(Conversion&& c, const ConvertOptions& options) {
  bool changed = options.chinese && options.chinese->convert(c.document);
  if (!options.keep_punctuation && unicode::restore_cjk_punctuation(c.document)) changed = true;
  if (changed) c.document.meta.identifier = plaintext::content_identifier(c.document);
  return c;
}

// -f json: the document as artconv's JSON describes it, its warnings included.
Conversion read_json(std::string_view bytes) {
  Conversion c;
  c.document = json::read(bytes, c.diagnostics);
  return c;
}

}  // namespace

Conversion read_input(plaintext::Reader& reader, std::string_view bytes, const std::string& name,
                      const ConvertOptions& options) {
  if (options.from == InputFormat::json) return transformed(read_json(bytes), options);
  Diagnostics diagnostics;
  Decoded decoded = decode(bytes, options.decode, diagnostics);
  return transformed(read_decoded(reader, std::move(decoded), name, std::move(diagnostics)), options);
}

Conversion read_input(plaintext::Reader& reader, std::string&& bytes, const std::string& name,
                      const ConvertOptions& options) {
  if (options.from == InputFormat::json) {
    Conversion c = read_json(bytes);
    std::string().swap(bytes);
    return transformed(std::move(c), options);
  }
  Diagnostics diagnostics;
  Decoded decoded = decode_in_place(std::move(bytes), options.decode, diagnostics);  // valid UTF-8 is taken, not copied
  std::string().swap(bytes);
  return transformed(read_decoded(reader, std::move(decoded), name, std::move(diagnostics)), options);
}

void render_outputs(Conversion& c, const ConvertOptions& options,
                    const std::function<void(std::size_t, std::string&&)>& deliver) {
  const std::span<const Document> one(&c.document, 1);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < options.formats.size(); ++i) {
      const bool json = options.formats[i]->name == "json";
      if (json != (pass == 1)) continue;
      const Writer& writer = *options.formats[i];
      if (writer.render_to) {
        writer.render_to(one, options.writer, c.diagnostics, [&](std::string&& piece) { deliver(i, std::move(piece)); });
      } else {
        deliver(i, writer.render(one, options.writer, c.diagnostics));
      }
    }
  }
  enforce_strict(c.diagnostics, options);
}

void render_outputs(Conversion& c, const ConvertOptions& options) {
  c.outputs.assign(options.formats.size(), {});
  render_outputs(c, options, [&c](std::size_t i, std::string&& bytes) {
    if (c.outputs[i].empty()) {
      c.outputs[i] = std::move(bytes);
    } else {
      c.outputs[i] += bytes;
    }
  });
}

void enforce_strict(const Diagnostics& diagnostics, const ConvertOptions& options) {
  if (options.strict && !diagnostics.empty())
    throw Error(ErrorKind::input, diagnostics.warnings().front().message + " (--strict)");
}

}  // namespace artconv
