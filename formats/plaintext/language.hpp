// The language of an article: BCP 47 ("zh-Hant", "en", "lv" …).
#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace artconv::plaintext {

// From the title and the blocks.
std::string detect_language(const Document& document);
// From a sample of text.
std::string detect_language(std::string_view utf8);

}  // namespace artconv::plaintext
