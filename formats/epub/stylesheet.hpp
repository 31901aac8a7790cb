#pragma once

#include <string>

namespace artconv::epub {

// One stylesheet for CJK and Latin text; `vertical` adds vertical-rl writing.
std::string stylesheet(bool vertical);

}  // namespace artconv::epub
