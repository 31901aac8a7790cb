#pragma once

#include <string>

#include "model/writer.hpp"

namespace artconv::testing {

// Text formats compare byte for byte; EPUB compares entry by entry so that a
// failure names the entry. Defined in support.cpp.
bool same_output(const Writer& writer, const std::string& expected, const std::string& actual);

}  // namespace artconv::testing
