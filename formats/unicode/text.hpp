// ICU wrapped for the Unicode questions readers and writers ask: NFC, display
// width, where lines may break, how wrapped lines join, which language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace artconv::unicode {

std::string to_nfc(std::string_view utf8);
std::string into_nfc(std::string&& utf8);  // to_nfc without a copy when already NFC
bool is_nfc(std::string_view utf8);

// CRLF and lone CR become LF; U+2028/U+2029/NEL also end lines.
std::string normalize_line_endings(std::string_view utf8);
void normalize_line_endings(std::string& utf8);  // the same, in place

// Decodes one code point at `pos` (advancing it); invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view utf8, std::size_t& pos);
char32_t last_code_point(std::string_view utf8);
char32_t first_code_point(std::string_view utf8);
void append_utf8(std::string& out, char32_t c);

// White_Space characters, including U+3000 and U+00A0.
bool is_space(char32_t c);
// Characters with no visible form that a reader drops: zero-width spaces,
// BOM, word joiner, and C0/C1 controls other than TAB/LF.
bool is_invisible(char32_t c);

// East Asian Wide/Fullwidth count 2, combining and zero-width marks 0, others 1.
int code_point_width(char32_t c);
int display_width(std::string_view utf8);
// display_width(utf8) <= limit, stopping as soon as it is not.
bool fits_width(std::string_view utf8, int limit);

// Han, kana, Bopomofo, and wide punctuation: scripts written without spaces
// between words. Hangul is wide but spaced, so it is not.
bool is_unspaced_script(char32_t c);
// Han, kana, Bopomofo and wide punctuation: the context in which Chinese and
// Japanese typography applies (not Hangul, nor the scripts of Southeast Asia).
bool is_cjk(char32_t c);
// Whether two pieces of one paragraph that a hard wrap split between `before`
// and `after` join without a space. The text writer breaks only where this
// rule restores the original, so reading its output back is lossless.
bool joins_without_space(char32_t before, char32_t after);

// Byte offsets where ICU's line-breaking rules allow a break (UAX #14),
// excluding 0 and including size().
std::vector<std::size_t> line_break_opportunities(std::string_view utf8);

// Trims White_Space (incl. U+3000, U+00A0) at both ends.
std::string_view trim(std::string_view utf8);

// Removes terminal escape sequences (ECMA-48: ESC [ … m colour codes and
// other control sequences, ESC ] … operating-system commands, character-set
// designations like ESC ( B) that bulletin boards and logs leave in text;
// returns how many were removed. Any other ESC stays (clean_inline drops it).
std::size_t strip_terminal_escapes(std::string& utf8);

// Collapses runs of ASCII spaces/tabs to one space and removes invisible
// characters; returns how many invisible characters were removed.
std::size_t clean_inline(std::string& utf8);

}  // namespace artconv::unicode
