// DocBook 5.0: <article> for one document, <book> of <chapter>s for a bundle.
// Valid against the DocBook 5.0 RELAX NG schema.
#pragma once

#include <span>
#include <string>

#include "model/writer.hpp"

namespace artconv::docbook {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);

}  // namespace artconv::docbook
