// EPUB 3: one article, or many as one book (--bundle). Zipped with libzip,
// XML written with libxml2, byte-identical for identical input and options.
#pragma once

#include <span>
#include <string>

#include "model/writer.hpp"

namespace artconv::epub {

std::string render(std::span<const Document> documents, const WriterOptions& options, Diagnostics& diagnostics);

}  // namespace artconv::epub
