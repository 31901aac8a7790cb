#include "unicode/encoding_declaration.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace artconv::unicode {
namespace {

// What precedes a declared name, lower case; the name follows after optional
// spaces and one opening quote.
constexpr std::array<std::string_view, 4> kDeclarationMarkers = {
    "character set encoding:",  // Project Gutenberg header
    "charset=",                 // HTML <meta>, MIME Content-Type
    "encoding=",                // XML declaration
    "-*- coding:",              // Emacs and Python coding cookie
};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return out;
}

}  // namespace

std::optional<std::string> declared_encoding(std::string_view bytes) {
  const std::string_view window = bytes.substr(0, kEncodingDeclarationWindow);
  const std::string folded = lower_ascii(window);
  std::size_t best = std::string::npos;
  std::string name;
  for (std::string_view marker : kDeclarationMarkers) {
    const std::size_t at = folded.find(marker);
    if (at == std::string::npos || at >= best) continue;
    std::size_t i = at + marker.size();
    while (i < window.size() && (window[i] == ' ' || window[i] == '\t')) ++i;
    if (i < window.size() && (window[i] == '"' || window[i] == '\'')) ++i;
    std::size_t end = i;
    while (end < window.size() && is_name_char(window[end])) ++end;
    // A trailing ':' or '.' ends a sentence or a label, not the name.
    while (end > i && (window[end - 1] == '.' || window[end - 1] == ':')) --end;
    if (end - i < 2) continue;
    best = at;
    name.assign(window.substr(i, end - i));
  }
  if (best == std::string::npos) return std::nullopt;
  return name;
}

}  // namespace artconv::unicode
