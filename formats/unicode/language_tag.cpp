#include "unicode/language_tag.hpp"

#include <unicode/uloc.h>

#include <algorithm>

namespace artconv::unicode {

std::optional<std::string> canonical_language_tag(std::string_view tag) {
  // ICU's locale IDs use '_' where BCP 47 has '-': both spellings are common in the wild.
  std::string input(tag);
  std::replace(input.begin(), input.end(), '_', '-');
  if (input.empty() || input.size() > 100 ||
      !std::all_of(input.begin(), input.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      }))
    return std::nullopt;
  char locale[ULOC_FULLNAME_CAPACITY * 2];
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = uloc_forLanguageTag(input.c_str(), locale, sizeof locale, &parsed, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length <= 0 ||
      parsed != static_cast<int32_t>(input.size()))
    return std::nullopt;
  char canonical[ULOC_FULLNAME_CAPACITY * 2];
  status = U_ZERO_ERROR;
  const int32_t written = uloc_toLanguageTag(locale, canonical, sizeof canonical, /*strict=*/true, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || written <= 0) return std::nullopt;
  std::string result(canonical, static_cast<std::size_t>(written));
  if (result == "und") return std::nullopt;
  return result;
}

}  // namespace artconv::unicode
