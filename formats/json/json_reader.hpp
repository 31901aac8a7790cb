// artconv's own JSON (-t json) back into a Document (-f json), so that a
// document can be corrected by hand and rendered again. The inverse of
// json_writer: reading its output and writing it again gives the same bytes.
#pragma once

#include <string_view>

#include "model/document.hpp"
#include "model/error.hpp"

namespace artconv::json {

// `utf8` is one document object as the JSON writer writes it. Its "warnings"
// go to `diagnostics` (they are still true of the document). Fields left out
// take their empty value; a field of the wrong type, an unknown block type or
// role, a date that is not one: Error{input} naming the field
// ("blocks[3].type: unknown block type 'table' …").
Document read(std::string_view utf8, Diagnostics& diagnostics);

}  // namespace artconv::json
