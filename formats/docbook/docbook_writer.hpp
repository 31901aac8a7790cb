// DocBook 5.0: <article> for one document, <book> of <chapter>s for a bundle.
// Valid against the DocBook 5.0 RELAX NG schema.
#pragma once

#include <span>
#include <string>

#include "model/writer.hpp"

namespace artconv::docbook {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);
// The same bytes handed to `sink` in pieces of about a megabyte as they are
// written: a large article's XML is never held whole.
void render_to(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics,
               const Sink& sink);

}  // namespace artconv::docbook
