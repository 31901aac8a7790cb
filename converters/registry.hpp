// The one table of output formats. Adding a format = one folder in formats/
// and one row in registry.cpp.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "model/writer.hpp"

namespace artconv {

std::span<const Writer> writers();
// A format by its name or an alias ("epub3"), in any ASCII case ("EPUB");
// nullptr when there is none.
const Writer* find_writer(std::string_view name);
// The other names find_writer accepts for `writer` ("epub3" for epub).
std::vector<std::string_view> aliases_of(const Writer& writer);

// The formats an output file name asks for, by its longest known extension
// (".epub", ".json", ".txt", ".dbk", ".docbook.xml", ".jats.xml"; ".xml" is
// both docbook and jats). Empty when the name has no known extension.
std::vector<const Writer*> writers_for_file_name(std::string_view name);

}  // namespace artconv
