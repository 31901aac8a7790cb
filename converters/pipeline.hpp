// One input through one read into every requested writer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/writer.hpp"
#include "plaintext/reader.hpp"
#include "unicode/decode.hpp"

namespace artconv {

struct ConvertOptions {
  DecodeOptions decode;
  WriterOptions writer;
  std::vector<const Writer*> formats;
  bool strict = false;  // warnings are errors
};

struct Conversion {
  Document document;
  Diagnostics diagnostics;
  std::vector<std::string> outputs;  // outputs[i] rendered by formats[i]; empty for bundling runs
};

// Decodes and reads `bytes`; `name` is how the input was named ("-" for
// stdin). Throws artconv::Error.
Conversion read_input(plaintext::Reader& reader, std::string_view bytes, const std::string& name,
                      const ConvertOptions& options);

// Renders every format for one document. Writers that report warnings run
// before the JSON writer, so its "warnings" holds them all.
void render_outputs(Conversion& conversion, const ConvertOptions& options);

// --strict: the first warning becomes an error.
void enforce_strict(const Diagnostics& diagnostics, const ConvertOptions& options);

}  // namespace artconv
