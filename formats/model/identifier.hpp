// Stable identifiers derived from content: the same content, the same id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace artconv {

// "urn:uuid:…", an RFC 4122 version 5 (SHA-1, name-based) UUID of the parts.
std::string name_based_uuid(const std::vector<std::string_view>& parts);

}  // namespace artconv
