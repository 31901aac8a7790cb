// The EPUB 2 table of contents (toc.ncx, NCX of DAISY Z39.86-2005), written
// beside the EPUB 3 navigation document for reading systems that only know
// EPUB 2. It lists the same entries as the nav, in the same order.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace artconv::epub {

// One entry of a table of contents: an article (href "article-001.xhtml") or
// one of its headings ("article-001.xhtml#h2").
struct TocEntry {
  std::string label;
  std::string href;
  std::string language;  // set where it differs from the book's
  std::vector<TocEntry> children;
};

// `identifier` must be the package's dc:identifier (epubcheck compares them).
std::string ncx(const std::string& identifier, const std::string& title, const std::string& language,
                std::span<const TocEntry> entries, Diagnostics& diagnostics);

}  // namespace artconv::epub
