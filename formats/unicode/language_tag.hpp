// BCP 47 language tags checked and spelled the canonical way, by ICU.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace artconv::unicode {

// "zh_TW" -> "zh-TW", "EN-us" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW";
// nullopt for what is not a well-formed tag ("en us", "", "x").
std::optional<std::string> canonical_language_tag(std::string_view tag);

}  // namespace artconv::unicode
