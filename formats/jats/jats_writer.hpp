// JATS 1.3 Journal Archiving and Interchange: <article article-type="news">,
// valid against the NISO DTD. One article per output.
#pragma once

#include <span>
#include <string>

#include "model/writer.hpp"

namespace artconv::jats {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);
// The same bytes handed to `sink` in pieces of about a megabyte as they are
// written: a large article's XML is never held whole.
void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
               const Sink& sink);

}  // namespace artconv::jats
