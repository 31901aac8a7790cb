#include "plaintext/language.hpp"

#include "unicode/text.hpp"

namespace artconv::plaintext {

std::string detect_language(std::string_view utf8) { return unicode::guess_language(utf8); }

std::string detect_language(const Document& doc) {
  std::string sample = doc.meta.title;
  for (const Block& b : doc.blocks) {
    if (sample.size() > 60000) break;
    sample += '\n';
    sample += block_text(b);
  }
  return detect_language(sample);
}

}  // namespace artconv::plaintext
