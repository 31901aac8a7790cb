// One input through one read into every requested writer.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/writer.hpp"
#include "plaintext/reader.hpp"
#include "unicode/chinese_script.hpp"
#include "unicode/decode.hpp"

namespace artconv {

// -f: what the inputs are. json is artconv's own JSON output (-t json), read
// back so that a document corrected by hand can be rendered again.
enum class InputFormat { text, json };

struct ConvertOptions {
  InputFormat from = InputFormat::text;
  DecodeOptions decode;
  WriterOptions writer;
  std::vector<const Writer*> formats;
  bool strict = false;  // warnings are errors
  // --chinese: Chinese documents converted to this script after reading
  // (shared: loaded once, used by every thread).
  std::shared_ptr<const unicode::ChineseConverter> chinese;
  // --keep-punctuation: Chinese and Japanese text keeps ASCII punctuation
  // between CJK characters instead of getting the full-width forms back.
  bool keep_punctuation = false;
};

struct Conversion {
  Document document;
  Diagnostics diagnostics;
  std::vector<std::string> outputs;  // outputs[i] rendered by formats[i]; empty for bundling runs
};

// Decodes and reads `bytes` (with `from` json: reads artconv's JSON); `name`
// is how the input was named ("-" for stdin). Throws artconv::Error.
Conversion read_input(plaintext::Reader& reader, std::string_view bytes, const std::string& name,
                      const ConvertOptions& options);

// The same, giving up `bytes` as soon as they are decoded, and the decoded
// text as soon as it is read: a large input is not held three times over.
Conversion read_input(plaintext::Reader& reader, std::string&& bytes, const std::string& name,
                      const ConvertOptions& options);

// Renders every format for one document. Writers that report warnings run
// before the JSON writer, so its "warnings" holds them all.
void render_outputs(Conversion& conversion, const ConvertOptions& options);

// Renders the formats one at a time and hands each output to `deliver`
// (index into options.formats, bytes) before rendering the next, so that only
// one output is in memory at a time: whole, or in consecutive pieces from a
// writer that streams (render_to), so that not even one is held whole. --strict is checked at the end: the
// caller must not publish what it was given before this returns.
void render_outputs(Conversion& conversion, const ConvertOptions& options,
                    const std::function<void(std::size_t, std::string&&)>& deliver);

// --strict: the first warning becomes an error.
void enforce_strict(const Diagnostics& diagnostics, const ConvertOptions& options);

}  // namespace artconv
