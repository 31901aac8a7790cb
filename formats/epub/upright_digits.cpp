#include "epub/upright_digits.hpp"

#include "unicode/text.hpp"

namespace artconv::epub {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The byte next to a digit run may be a space, non-ASCII, or nothing.
bool separates(std::string_view text, std::size_t byte) {
  if (byte >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[byte]);
  return c == ' ' || c >= 0x80;
}

bool cjk_before(std::string_view text, std::size_t begin) {
  std::string_view head = text.substr(0, begin);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return !head.empty() && unicode::is_cjk(unicode::last_code_point(head));
}

bool cjk_after(std::string_view text, std::size_t end) {
  std::string_view tail = text.substr(end);
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  return !tail.empty() && unicode::is_cjk(unicode::first_code_point(tail));
}

}  // namespace

std::vector<TextRun> upright_digit_runs(std::string_view text) {
  std::vector<TextRun> runs;
  std::size_t plain_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    const bool upright = end - i <= 2 && (i == 0 || separates(text, i - 1)) && separates(text, end) &&
                         (cjk_before(text, i) || cjk_after(text, end));
    if (upright) {
      if (i > plain_start) runs.push_back({text.substr(plain_start, i - plain_start), false});
      runs.push_back({text.substr(i, end - i), true});
      plain_start = end;
    }
    i = end;
  }
  if (plain_start < text.size() || runs.empty()) runs.push_back({text.substr(plain_start), false});
  return runs;
}

}  // namespace artconv::epub
