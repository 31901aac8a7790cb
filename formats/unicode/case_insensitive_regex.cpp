#include "unicode/case_insensitive_regex.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>

namespace artconv::unicode {
namespace {

using SV = std::string_view;

// Properties whose sets (and complements) are closed under case mapping:
// caseless scripts and categories, and all letters (L), whose case partners
// are letters too — but for U+0345, a combining mark that folds to ι, which
// a fenced \p{L} no longer matches; nothing a reader rule looks for.
constexpr std::array<SV, 24> kCaselessProperties = {
    "Han", "Hani", "Hiragana", "Hira", "Katakana", "Kana", "Hangul", "Hang", "Bopomofo", "Bopo", "N",      "Nd",
    "P",   "Pd",   "Ps",       "Pe",   "Po",       "Z",    "Zs",     "S",    "Sc",       "Sm",   "L", "Letter"};

// One-letter escapes that stand for classes closed under case (spaces, digits,
// and \w: letters, marks, digits and connectors, whose case partners are all
// in it) or for control characters.
constexpr SV kCaselessEscapes = "sSdDhHvVwWnrtfe0";

bool caseless(UChar32 c) { return !u_hasBinaryProperty(c, UCHAR_CASE_SENSITIVE); }

// The code point at `at` (advancing it), or nullopt on invalid UTF-8.
std::optional<UChar32> next_code_point(SV s, std::size_t& at) {
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  at = static_cast<std::size_t>(i);
  if (c < 0) return std::nullopt;
  return c;
}

// After a backslash at `at`: the escape's end, and whether it is caseless.
std::pair<std::size_t, bool> read_escape(SV s, std::size_t at) {
  const std::size_t start = at + 1;
  if (start >= s.size()) return {s.size(), false};
  const char e = s[start];
  if ((e == 'p' || e == 'P') && start + 1 < s.size() && s[start + 1] == '{') {
    const std::size_t close = s.find('}', start + 2);
    if (close == SV::npos) return {s.size(), false};
    const SV name = s.substr(start + 2, close - start - 2);
    return {close + 1, std::find(kCaselessProperties.begin(), kCaselessProperties.end(), name) !=
                           kCaselessProperties.end()};
  }
  if (kCaselessEscapes.find(e) != SV::npos) return {start + 1, true};
  std::size_t next = start;
  const auto c = next_code_point(s, next);
  // An escaped literal: punctuation and other caseless characters are safe.
  const bool alnum = (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9');
  return {next, c && !alnum && caseless(*c)};
}

// A bracket set starting at `at` ('['): its end (one past ']') and whether
// every member is caseless. Nested sets count as members.
std::pair<std::size_t, bool> read_set(SV s, std::size_t at) {
  std::size_t i = at + 1;
  if (i < s.size() && s[i] == '^') ++i;
  if (i < s.size() && s[i] == ']') ++i;  // a leading ']' is a literal
  bool safe = true;
  UChar32 previous = -1;  // the last literal, for ranges
  while (i < s.size()) {
    const char c = s[i];
    if (c == ']') return {i + 1, safe};
    if (c == '[') {
      const auto [end, inner] = read_set(s, i);
      safe = safe && inner;
      i = end;
      previous = -1;
    } else if (c == '\\') {
      const auto [end, escape] = read_escape(s, i);
      safe = safe && escape;
      i = end;
      previous = -1;
    } else if (c == '-' && previous >= 0 && i + 1 < s.size() && s[i + 1] != ']') {
      std::size_t next = i + 1;
      const auto last = next_code_point(s, next);
      // A range is safe when no code point in it has case; long ranges are not checked.
      if (!last || *last < previous || *last - previous > 0x10000) {
        safe = false;
      } else {
        for (UChar32 cp = previous; cp <= *last && safe; ++cp) safe = caseless(cp);
      }
      i = next;
      previous = -1;
    } else {
      const auto cp = next_code_point(s, i);
      safe = safe && cp && caseless(*cp);
      previous = cp ? *cp : -1;
    }
  }
  return {s.size(), false};  // unterminated: leave it to ICU to report
}

// The quantifier at `at`, if any: its end.
std::size_t skip_quantifier(SV s, std::size_t at) {
  if (at >= s.size()) return at;
  std::size_t i = at;
  if (s[i] == '*' || s[i] == '+' || s[i] == '?') {
    ++i;
  } else if (s[i] == '{') {
    const std::size_t close = s.find('}', i);
    if (close == SV::npos) return at;
    for (std::size_t k = i + 1; k < close; ++k)
      if (!((s[k] >= '0' && s[k] <= '9') || s[k] == ',')) return at;
    i = close + 1;
  } else {
    return at;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '?')) ++i;  // possessive or lazy
  return i;
}

}  // namespace

std::string fence_caseless_sets(SV pattern) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    std::size_t end = i;
    bool fence = false;
    if (c == '[') {
      const auto [set_end, safe] = read_set(pattern, i);
      end = set_end;
      fence = safe;
    } else if (c == '\\') {
      const bool property = i + 1 < pattern.size() && (pattern[i + 1] == 'p' || pattern[i + 1] == 'P');
      const auto [escape_end, safe] = read_escape(pattern, i);
      end = escape_end;
      fence = property && safe;
      if (!fence && pattern.compare(i, 2, "\\Q") == 0) {  // a quoted literal runs to \E
        const std::size_t quote_end = pattern.find("\\E", i + 2);
        end = quote_end == SV::npos ? pattern.size() : quote_end + 2;
      }
    } else {
      end = i + 1;
    }
    if (fence) {
      const std::size_t with_quantifier = skip_quantifier(pattern, end);
      out += "(?-i:";
      out.append(pattern.substr(i, with_quantifier - i));
      out += ')';
      i = with_quantifier;
    } else {
      out.append(pattern.substr(i, end - i));
      i = end;
    }
  }
  return out;
}

std::unique_ptr<icu::RegexPattern> compile_case_insensitive(SV pattern, UParseError& where, UErrorCode& status) {
  return std::unique_ptr<icu::RegexPattern>(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(fence_caseless_sets(pattern)), UREGEX_CASE_INSENSITIVE, where, status));
}

}  // namespace artconv::unicode
