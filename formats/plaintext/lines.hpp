// Lines as the reader measures them, and the layout of the whole text: is it
// hard-wrapped, and at which width.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "plaintext/rules.hpp"

namespace artconv::plaintext {

// One per input line, so kept small (40 bytes: 1 M short lines are 40 MB):
// its 1-based number is its index in Draft::lines plus one, not a field.
struct Line {
  std::string_view text;  // trimmed; a view into the normalized input
  int indent = 0;          // display columns of leading white space
  int width = 0;           // display columns (very wide lines: kVeryWide)
  int chars = 0;           // code points (very wide lines: kVeryWide)
  int evidence = -1;       // into Draft::evidence: what the classifying rule captured
  int label_index = -1;    // into Draft::label_lines when kind == label_line
  LineKind kind = LineKind::blank;
  // (one bit each: a fifth byte of flags would make the record 48 bytes)
  bool wide_indent : 1 = false;    // it starts with U+3000: a CJK paragraph opening
  bool marked : 1 = false;         // it opened with a block marker ("<p>", "<h>"), now stripped
  bool marks_heading : 1 = false;  // that marker was a heading's ("<h>")
  bool soft_break : 1 = false;     // white space before its line end: a program broke it where it stood
  bool blank() const { return text.empty(); }
};
static_assert(sizeof(Line) <= 40, "a Line per input line: keep it small");

constexpr int kVeryWide = 1 << 20;

// Blank lines past the first kMostBlankLinesKept of a run are not kept (a
// file of millions of empty lines would otherwise take a record each): before
// the line at `index`, `skipped` more blank lines stood in the text.
struct SkippedBlankLines {
  std::size_t index;
  std::size_t skipped;
};
constexpr std::size_t kMostBlankLinesKept = 8;

// Splits LF-separated text into measured lines (trailing blank lines dropped).
// With `skipped`, long runs of blank lines are cut to kMostBlankLinesKept and
// the cuts recorded there (in order), so that line_number() still counts them.
std::vector<Line> split_lines(std::string_view text, std::vector<SkippedBlankLines>* skipped = nullptr);

// The 1-based number in the text of the line at `index` of split_lines.
std::size_t line_number(std::size_t index, const std::vector<SkippedBlankLines>& skipped);

// The first thing a wrapper could not have moved up: one ideograph, or a
// word; {display columns, code points}.
std::pair<int, int> first_segment(std::string_view s);

struct Layout {
  bool hard_wrapped = false;
  int wrap_width = 0;  // display columns the text was wrapped at
  int wrap_chars = 0;  // the same in code points (wrappers count either)

  // Whether `line` was broken only because `next` would not fit.
  bool full(const Line& line, const Line& next) const;
};

// The wrap width comes from the distribution of the widths of lines that
// continue (a non-blank line follows): its 90th percentile, so that a few
// long lines (a URL, a header) do not hide a 70-column wrap.
Layout measure_layout(const std::vector<Line>& lines);

}  // namespace artconv::plaintext
