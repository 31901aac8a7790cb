#include "model/person_name.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <vector>

namespace artconv {
namespace {

using SV = std::string_view;

// Lower-case words that belong to the surname that follows them.
constexpr std::array<SV, 21> kParticles = {"van", "von", "der", "den", "de", "da",  "di",  "del", "della", "la", "le",
                                           "du",  "dos", "das", "do",  "ter", "ten", "bin", "ibn", "al",    "y"};
constexpr std::array<SV, 8> kSuffixes = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"};

bool contains(auto& table, SV word) { return std::find(table.begin(), table.end(), word) != table.end(); }

// Letters all Latin, the rest spaces, apostrophes, hyphens and periods.
bool latin_name_characters(SV name) {
  bool letters = false;
  for (int32_t i = 0, n = static_cast<int32_t>(name.size()); i < n;) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(name.data()), i, n, c);
    if (c < 0) return false;
    if (u_isalpha(c)) {
      UErrorCode status = U_ZERO_ERROR;
      if (uscript_getScript(c, &status) != USCRIPT_LATIN) return false;
      letters = true;
    } else if (c != ' ' && c != '\'' && c != 0x2019 && c != '-' && c != '.') {
      return false;
    }
  }
  return letters;
}

bool capitalised(SV word) {
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && u_isupper(c);
}

std::string join(const std::vector<SV>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

std::optional<PersonName> split_latin_name(SV name) {
  if (!latin_name_characters(name)) return std::nullopt;
  std::vector<SV> words;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    if (end > at) words.push_back(name.substr(at, end - at));
    at = end + 1;
  }
  PersonName out;
  if (words.size() > 2 && contains(kSuffixes, words.back())) {
    out.suffix = words.back();
    words.pop_back();
  }
  if (words.size() < 2 || words.size() > 5 || !capitalised(words.back()) || !capitalised(words.front()))
    return std::nullopt;
  std::size_t surname_from = words.size() - 1;
  while (surname_from > 1 && contains(kParticles, words[surname_from - 1])) --surname_from;
  for (std::size_t i = 0; i < surname_from; ++i)
    if (!capitalised(words[i])) return std::nullopt;  // "Jane x Smith": not a name we can split
  out.given = join(words, 0, surname_from);
  out.surname = join(words, surname_from, words.size());
  return out;
}

}  // namespace artconv
