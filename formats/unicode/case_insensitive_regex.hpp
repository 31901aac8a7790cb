// Case-insensitive ICU patterns that compile fast. Under case folding, ICU
// closes every character set over case code point by code point: a negated
// set such as [^)）] walks all 1.1 million code points, about a millisecond
// each, and a reader rule has several. A set whose members are all caseless
// (punctuation, digits, spaces, Han, kana, Hangul) is its own case closure,
// so it can be matched with case folding off, which skips the walk and
// matches exactly the same strings.
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <string>
#include <string_view>

namespace artconv::unicode {

// `pattern` with each caseless set (with its quantifier) fenced as
// (?-i:…): bracket sets whose literals and escapes are all caseless, and
// bare \p{…}/\P{…} of caseless properties. Everything else is unchanged.
std::string fence_caseless_sets(std::string_view pattern);

// RegexPattern::compile(fence_caseless_sets(pattern), UREGEX_CASE_INSENSITIVE).
std::unique_ptr<icu::RegexPattern> compile_case_insensitive(std::string_view pattern, UParseError& where,
                                                            UErrorCode& status);

}  // namespace artconv::unicode
