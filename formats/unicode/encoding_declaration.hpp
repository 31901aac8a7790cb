// The encoding a text names for itself near its start: a Project Gutenberg
// header ("Character set encoding: ISO-8859-1"), an XML declaration
// (encoding="…"), an HTML or MIME charset=…, an Emacs or Python
// "-*- coding: … -*-" cookie. Detection weighs statistics; a file that says
// what it is in, and reads strictly in it, is taken at its word.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace artconv::unicode {

// How far into the bytes a declaration is looked for: headers and
// prologues sit at the start.
inline constexpr std::size_t kEncodingDeclarationWindow = 4096;

// The encoding name declared in the first kEncodingDeclarationWindow bytes
// (as written, e.g. "ISO-8859-1"), or nothing. The bytes must be
// ASCII-compatible for a declaration to be seen; the name is not checked
// against any list of encodings.
std::optional<std::string> declared_encoding(std::string_view bytes);

}  // namespace artconv::unicode
