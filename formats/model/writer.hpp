// What every writer is: a name, an extension, a media type and a pure render
// function from Documents and small options to bytes. No clock, no
// randomness, no printing; lossy output goes to Diagnostics.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"

namespace artconv {

enum class FigureMode { omit, placeholder };

struct WriterOptions {
  int wrap = 0;  // text: wrap at this many display columns; 0 = one line per paragraph
  bool vertical = false;  // epub: vertical-rl writing, right-to-left page progression
  FigureMode figures = FigureMode::omit;  // epub: image placeholders left out or shown
  // Pinned modification time (SOURCE_DATE_EPOCH); otherwise the article date.
  std::optional<std::int64_t> timestamp;
  // epub: a stylesheet (its UTF-8 text) added after the built-in one (--css).
  std::string css;
  // epub: a cover image's bytes (--cover-image; JPEG, PNG, GIF or SVG, told by
  // their content), shown on a cover page first in the spine.
  std::string cover_image;
  // epub: without a cover image, a generated cover page (title, outlet, date).
  bool cover_page = false;
  // epub: heading levels the table of contents lists: 1 = articles, 2 = and
  // their headings.
  int toc_depth = 1;
  // Book-level metadata for a bundle of several articles.
  std::string book_title, book_author, book_publisher, book_language;
};

// Takes a writer's output piece by piece, in order (each piece handed over).
using Sink = std::function<void(std::string&&)>;

struct Writer {
  std::string_view name;         // "-t" value: "text", "epub" …
  std::string_view extension;    // with the dot: ".txt", ".docbook.xml"
  std::string_view media_type;
  std::string_view description;  // one line for --list-formats
  bool binary = false;           // never written to a terminal
  bool bundles = false;          // can render several documents as one output
  // Renders documents.size() >= 1 documents; exactly 1 unless `bundles`.
  std::string (*render)(std::span<const Document> documents, const WriterOptions& options,
                        Diagnostics& diagnostics) = nullptr;
  // Optional: the same bytes as render, handed to `sink` in pieces as they
  // are made, so that a large output is never held whole (the batch runner
  // writes each piece to the output's temporary file).
  void (*render_to)(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
                    const Sink& sink) = nullptr;
};

}  // namespace artconv
