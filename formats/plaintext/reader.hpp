// Plain-text article -> Document. The reader decides everything about
// structure; writers only render what it recorded.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"

namespace artconv::plaintext {

class LineMatchers;

struct ReadOptions {
  // Title when the article has no title line (the converter passes the file name).
  std::string fallback_title;
};

// Holds the compiled-pattern matchers, so one Reader per thread reads many
// articles without recompiling anything. Not thread-safe; cheap to create.
class Reader {
 public:
  Reader();
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // `utf8` is decoded text (any line endings, maybe not NFC). Throws
  // Error{input} when there is no content at all.
  Document read(std::string_view utf8, const ReadOptions& options, Diagnostics& diagnostics);

 private:
  std::unique_ptr<LineMatchers> matchers_;
};

// A stable urn:uuid (RFC 4122 version 5, SHA-1) of the title, date and blocks.
std::string content_identifier(const Document& document);

}  // namespace artconv::plaintext
