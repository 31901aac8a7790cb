// Splitting a person's name into given names and surname, for formats that
// want them apart (JATS <name>). Only where the split is safe: a Latin-script
// name of two to five capitalised words, with lower-case particles ("van",
// "de la") joined to the surname and "Jr."/"III" as a suffix. Everything else
// (CJK names, one word, initials-only handles) stays whole.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace artconv {

struct PersonName {
  std::string given, surname, suffix;
  friend bool operator==(const PersonName&, const PersonName&) = default;
};

std::optional<PersonName> split_latin_name(std::string_view name);

}  // namespace artconv
