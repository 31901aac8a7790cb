// Dates as news feeds write them: 2017-08-04 08:36:55, 2017年8月4日 08:36,
// 4 August 2017, Aug. 4, 2017 10:30 GMT.
#pragma once

#include <optional>
#include <string_view>

#include "model/document.hpp"

namespace artconv::plaintext {

// The whole of `text` (trimmed) must be a date; partial matches are rejected.
std::optional<DateTime> parse_date(std::string_view text);

}  // namespace artconv::plaintext
