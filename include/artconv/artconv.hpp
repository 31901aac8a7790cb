// artconv as a library: plain-text articles in, EPUB 3, DocBook 5, JATS,
// JSON and normalized text out. This header and the two model headers it
// includes are the whole public API; they use only the standard library.
//
//   artconv::Converter converter;
//   artconv::Document doc = converter.read_file("article.txt");
//   std::string epub = converter.write(doc, "epub");
//   converter.write_file(doc, "article.docbook.xml");  // format from the name
//
// Errors are thrown as artconv::Error (kind(): usage, input, output,
// internal); warnings (low-confidence decoding, characters XML cannot carry)
// go to an optional artconv::Diagnostics. Link with artconv::artconv
// (find_package(artconv CONFIG)) or `pkg-config --libs artconv`; C++20.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <artconv/version.hpp>

#define ARTCONV_API __attribute__((visibility("default")))

// The document model: Document, Metadata, Block (Heading, Paragraph, Figure,
// Credit, Quote), Contributor, DateTime; Error, ErrorKind, Warning, Diagnostics.
#pragma GCC visibility push(default)
#include "model/document.hpp"
#include "model/error.hpp"
#pragma GCC visibility pop

namespace artconv {

// The library's version, "MAJOR.MINOR.PATCH" (the same as ARTCONV_VERSION).
ARTCONV_API std::string_view library_version() noexcept;

// One registered output format, as `artconv --list-formats` shows it.
struct FormatInfo {
  std::string name;         // "text", "json", "epub", "docbook", "jats"
  std::string extension;    // ".txt", ".json", ".epub", ".docbook.xml", ".jats.xml"
  std::string media_type;   // "application/epub+zip" …
  std::string description;  // one line
  bool binary = false;      // bytes, not text (epub)
  bool bundles = false;     // can hold several documents as one output (epub, docbook)
};

ARTCONV_API std::vector<FormatInfo> formats();

// How to read an input (the command's --encoding, --on-invalid, -M).
struct InputOptions {
  std::string name = "-";        // how the input is named in messages and JSON; its stem is
                                 // the title when the text has none ("-" = standard input)
  std::string encoding;          // empty: detect (BOM, then detection); else any ICU converter name
  bool replace_invalid = false;  // undecodable bytes become U+FFFD with a warning, not an Error
  bool keep_punctuation = false; // Chinese/Japanese: keep ASCII , : ; ! ? ( ) between CJK characters
  // -M KEY=VALUE overrides: title, original_title, source, lang, date,
  // identifier, author, editor, responsible_editor, reporter, photographer,
  // translator. Changing the title or date recomputes the identifier.
  std::vector<std::pair<std::string, std::string>> metadata;
};

// How to write (the command's --wrap, --vertical, --figures, SOURCE_DATE_EPOCH
// and the book options of --bundle).
struct OutputOptions {
  int wrap = 0;                      // text: wrap at N display columns; 0 = one line per paragraph
  bool vertical = false;             // epub: vertical-rl writing, right-to-left pages
  bool figure_placeholders = false;  // epub: show image placeholders as a captioned box
  std::optional<std::int64_t> timestamp;  // epub: dcterms:modified (seconds since 1970); default: the article's date
  std::string book_title, book_author, book_publisher, book_language;  // several documents as one book
};

// Reads and writes articles. Holds the reader's compiled patterns, so one
// Converter reads many articles quickly. Not thread-safe: use one per thread.
class ARTCONV_API Converter {
 public:
  Converter();
  ~Converter();
  Converter(Converter&&) noexcept;
  Converter& operator=(Converter&&) noexcept;
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // Decodes `bytes` (any encoding artconv detects, or options.encoding) and
  // reads the article. Throws Error{input} for empty, binary or undecodable input.
  Document read(std::string_view bytes, const InputOptions& options = {}, Diagnostics* warnings = nullptr);
  // The same for a file (options.name defaults to the path). Throws Error{input}.
  Document read_file(const std::filesystem::path& path, InputOptions options = {},
                     Diagnostics* warnings = nullptr);

  // Renders in a registered format (see formats()). Throws Error{usage} for
  // an unknown format.
  std::string write(const Document& document, std::string_view format, const OutputOptions& options = {},
                    Diagnostics* warnings = nullptr) const;
  // Several documents as one book (formats with `bundles`: epub, docbook).
  std::string write(std::span<const Document> documents, std::string_view format,
                    const OutputOptions& options = {}, Diagnostics* warnings = nullptr) const;
  // Writes atomically (a temporary file renamed into place). An empty
  // `format` takes the format from the file name (".epub", ".docbook.xml" …).
  // Throws Error{usage} for an unknown format, Error{output} when writing fails.
  void write_file(const Document& document, const std::filesystem::path& path, std::string_view format = {},
                  const OutputOptions& options = {}, Diagnostics* warnings = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace artconv
