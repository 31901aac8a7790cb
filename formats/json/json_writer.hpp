// The Document as JSON: the model made visible for scripts and tests.
// Field reference: README.md, section "JSON output".
#pragma once

#include <span>
#include <string>

#include "model/writer.hpp"

namespace artconv::json {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);
// The same bytes handed to `sink` in pieces of about a megabyte as they are
// made: a large article's JSON is never held whole.
void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
               const Sink& sink);

// The same bytes as render(), made by building the whole nlohmann tree and
// dumping it (render() streams one block at a time): for tests only.
std::string render_as_tree(std::span<const Document> documents, const WriterOptions& options,
                           Diagnostics& diagnostics);

}  // namespace artconv::json
