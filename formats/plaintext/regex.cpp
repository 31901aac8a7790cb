#include "plaintext/regex.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdexcept>
#include <utility>

namespace artconv::plaintext {
namespace {

// Any line terminator (LF, CR, VT, FF, NEL, LS, PS) ends what "." and "$"
// see, as in ICU, whose syntax the patterns were first written in.
pcre2_compile_context* compile_context() {
  static pcre2_compile_context* const context = [] {
    pcre2_compile_context* c = pcre2_compile_context_create(nullptr);
    if (!c) throw std::bad_alloc();
    pcre2_set_newline(c, PCRE2_NEWLINE_ANY);
    return c;
  }();
  return context;
}

// The patterns name scripts as ICU reads them, \p{Han} = the characters of
// script Han; PCRE2 reads \p{Han} as Script_Extensions, which also holds the
// punctuation Han text shares (【, 「, 、). \p{sc:Han} is ICU's meaning.
// General categories (\p{L}, \p{Lu}) have names of one or two letters.
std::string with_script_property(std::string_view source) {
  std::string out;
  out.reserve(source.size() + 16);
  for (std::size_t i = 0; i < source.size(); ++i) {
    out += source[i];
    if (source[i] != '\\' || i + 1 == source.size()) continue;
    const char escaped = source[++i];
    out += escaped;
    if ((escaped != 'p' && escaped != 'P') || i + 1 == source.size() || source[i + 1] != '{') continue;
    const std::size_t close = source.find('}', i + 2);
    if (close == std::string_view::npos) continue;
    const std::string_view name = source.substr(i + 2, close - i - 2);
    const bool script = name.size() > 2 && name.find_first_of(":=&") == std::string_view::npos && name != "Any" &&
                        name.front() != 'X';
    out += '{';
    if (script) out += "sc:";
    out += name;
    out += '}';
    i = close;
  }
  return out;
}

std::string error_text(int code) {
  PCRE2_UCHAR buffer[256];
  const int n = pcre2_get_error_message(code, buffer, sizeof buffer);
  return n < 0 ? "PCRE2 error " + std::to_string(code) : std::string(reinterpret_cast<const char*>(buffer));
}

}  // namespace

Regex::Regex(std::string_view icu_source) {
  const std::string source = with_script_property(icu_source);
  int error = 0;
  PCRE2_SIZE offset = 0;
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                        PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &error, &offset, compile_context());
  if (!code_)
    throw std::invalid_argument(error_text(error) + " at offset " + std::to_string(offset) + " of " + source);
  uint32_t count = 0;
  pcre2_pattern_info(code_, PCRE2_INFO_CAPTURECOUNT, &count);
  groups_ = static_cast<int>(count);
}

Regex::~Regex() { pcre2_code_free(code_); }

Regex::Regex(Regex&& other) noexcept
    : code_(std::exchange(other.code_, nullptr)), groups_(std::exchange(other.groups_, 0)) {}

Regex& Regex::operator=(Regex&& other) noexcept {
  std::swap(code_, other.code_);
  std::swap(groups_, other.groups_);
  return *this;
}

int Regex::group_number(std::string_view name) const {
  const std::string terminated(name);
  const int n = pcre2_substring_number_from_name(code_, reinterpret_cast<PCRE2_SPTR>(terminated.c_str()));
  return n > 0 ? n : 0;
}

RegexMatch::RegexMatch() {
  context_ = pcre2_match_context_create(nullptr);
  if (!context_) throw std::bad_alloc();
  pcre2_set_match_limit(context_, kStepLimit);
}

RegexMatch::~RegexMatch() {
  pcre2_match_data_free(data_);
  pcre2_match_context_free(context_);
}

RegexMatch::Result RegexMatch::match(const Regex& regex, std::string_view text, Anchoring anchoring) {
  matched_pairs_ = 0;
  text_ = text;
  if (regex.groups_ + 1 > pairs_) {
    pcre2_match_data_free(data_);
    pairs_ = regex.groups_ + 1;
    data_ = pcre2_match_data_create(static_cast<uint32_t>(pairs_), nullptr);
    if (!data_) {
      pairs_ = 0;
      throw std::bad_alloc();
    }
  }
  const uint32_t options = anchoring == Anchoring::whole    ? PCRE2_ANCHORED | PCRE2_ENDANCHORED
                           : anchoring == Anchoring::prefix ? PCRE2_ANCHORED
                                                            : 0;
  const int rc = pcre2_match(regex.code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, options, data_,
                             context_);
  if (rc > 0) {
    matched_pairs_ = rc;
    return Result::matched;
  }
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
      rc == PCRE2_ERROR_NOMEMORY)
    return Result::gave_up;
  return Result::no_match;  // no match, or text that is not UTF-8
}

std::string_view RegexMatch::group(int n) const {
  if (n < 0 || n >= matched_pairs_) return {};
  const PCRE2_SIZE* pairs = pcre2_get_ovector_pointer(data_);
  const PCRE2_SIZE start = pairs[2 * n], end = pairs[2 * n + 1];
  if (start == PCRE2_UNSET || end < start) return {};
  return text_.substr(start, end - start);
}

std::size_t RegexMatch::end() const {
  if (matched_pairs_ == 0) return 0;
  return pcre2_get_ovector_pointer(data_)[1];
}

}  // namespace artconv::plaintext
