// A small RAII writer over libxml2's xmlTextWriter, shared by the DocBook,
// JATS and EPUB writers. Every libxml2 call is checked; characters XML 1.0
// cannot carry are dropped and reported to Diagnostics, never written.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"
#include "model/writer.hpp"

namespace artconv::xml {

class Writer {
 public:
  // `indent`: pretty-print element structure (never inside text content).
  explicit Writer(Diagnostics& diagnostics, bool indent = true);
  // The output handed to `sink` in pieces of about a megabyte as it is
  // written (what the sink throws is rethrown), the rest by finish().
  Writer(Diagnostics& diagnostics, const Sink& sink, bool indent = true);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void doctype(std::string_view name, std::string_view public_id = {}, std::string_view system_id = {});
  void start(std::string_view name);
  void attribute(std::string_view name, std::string_view value);
  void text(std::string_view text);
  void end();
  // An element whose content mixes text and elements (<p>text<span>…</span>
  // text</p>): nothing inside it is indented, so no whitespace enters its text.
  void start_mixed(std::string_view name);
  void end_mixed();
  // <name>text</name>
  void element(std::string_view name, std::string_view text);

  // Room for about this many output bytes, so that a large output is not
  // copied as it grows (what is never written costs no memory).
  void reserve(std::size_t bytes);

  // Ends every open element and the document; returns the UTF-8 bytes (with
  // a sink: hands it the last piece and returns "").
  std::string finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A guess a little above the XML size of `documents`' blocks (their text,
// some escapes, some markup per block), for Writer::reserve().
std::size_t estimated_size(std::span<const Document> documents);

// `text` with the characters XML 1.0 forbids removed (C0 controls but TAB, LF,
// CR; U+FFFE, U+FFFF; surrogates and invalid UTF-8); returns how many.
std::size_t strip_forbidden(std::string& text);

}  // namespace artconv::xml
