// Plain-text article -> Document. The reader decides everything about
// structure; writers only render what it recorded.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"

namespace artconv::plaintext {

class RuleMatcher;

// Holds the rule matchers, so one Reader per thread reads many articles
// without recompiling anything. Not thread-safe; cheap to create.
// How it reads: passes.hpp.
class Reader {
 public:
  Reader();
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // `utf8` is decoded text (any line endings, maybe not NFC). Throws
  // Error{input} when there is no content at all.
  Document read(std::string_view utf8, Diagnostics& diagnostics);
  // The same, normalizing `utf8` in place: a large input is not held twice.
  Document read(std::string&& utf8, Diagnostics& diagnostics);
  Document read(const char* utf8, Diagnostics& diagnostics) { return read(std::string_view(utf8), diagnostics); }

 private:
  std::unique_ptr<RuleMatcher> matcher_;
};

// A stable urn:uuid (RFC 4122 version 5, SHA-1) of the title, date and blocks.
std::string content_identifier(const Document& document);

// Sets document.meta.identifier from the content: after --metadata overrides
// too, so that a changed title changes it.
void refresh_identifier(Document& document);

}  // namespace artconv::plaintext
