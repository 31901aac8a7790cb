// The one table of output formats. Adding a format = one folder in formats/
// and one row in registry.cpp.
#pragma once

#include <span>
#include <string_view>

#include "model/writer.hpp"

namespace artconv {

std::span<const Writer> writers();
const Writer* find_writer(std::string_view name);

}  // namespace artconv
