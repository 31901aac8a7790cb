// Normalized UTF-8 text: NFC, LF, no BOM, no trailing or leading white space,
// blocks separated by one blank line, optionally wrapped at display columns.
//
// Layout (the reader reads it back to the same Document):
//   TITLE
//   <blank>
//   Original title: …   Date: …   Source: …   Dateline: …   <Role>: name
//   (one "Label: value" per line, in that order, only the fields that are set)
//   <blank>
//   blocks: paragraphs, headings, figure placeholders and credits as lines of
//   their own; quotes prefixed "> ".
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "model/writer.hpp"

namespace artconv::text {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);
// The same bytes handed to `sink` in pieces of about a megabyte as they are
// made (at least one piece): a large article's text is never held whole.
void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
               const Sink& sink);

// Wraps one paragraph at `width` display columns (0: no wrapping), each line
// starting with `prefix`. Breaks only where ICU allows a line break and where
// the reader's joining rule restores the text exactly.
std::string wrap(std::string_view paragraph, int width, std::string_view prefix = {});
// The same, appended to `out` (a large paragraph is not copied once more).
void append_wrapped(std::string& out, std::string_view paragraph, int width, std::string_view prefix = {});

}  // namespace artconv::text
