// Dates as news feeds write them: 2017-08-04 08:36:55, 2017年8月4日 08:36,
// 4 August 2017, Aug. 4, 2017 10:30 GMT.
#pragma once

#include <optional>
#include <string_view>

#include "model/document.hpp"

namespace artconv::plaintext {

// The whole of `text` (trimmed) must be a date; partial matches are rejected.
std::optional<DateTime> parse_date(std::string_view text);

// Whether `text` has a date's layout but names a day or time that does not
// exist ("2017年2月31日", "2017-02-30", "25:10 2019/09/12" is no layout):
// worth a warning, as no date is taken from it.
bool names_no_such_date(std::string_view text);

// The seven-digit date code CNA closes its copy with: "1100731" (ROC year
// 110, July 31) is 2021-07-31.
std::optional<DateTime> parse_roc_date_code(std::string_view code);

}  // namespace artconv::plaintext
