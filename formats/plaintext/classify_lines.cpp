// Pass 1: every non-blank line gets a kind and its evidence, once. Rules are
// tried in table order; a line no rule claims may still be a metadata line
// ("來源：新民晚報|編輯：彭麗") or a bare time stamp; otherwise it is text for
// the later passes.
#include <algorithm>

#include "plaintext/dates.hpp"
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

// "2017年2月31日": the text meant a date that does not exist; none is taken, and the user is told.
void warn_if_no_such_date(Draft& draft, std::string_view text) {
  if (!draft.diagnostics) return;
  // after a label: "Date: 2017-02-29", "日期：2017年2月31日"
  constexpr std::size_t kLongestLabel = 30;  // bytes
  const std::size_t colon = text.substr(0, kLongestLabel).find_first_of(":");
  const std::size_t wide_colon = text.substr(0, kLongestLabel).find("：");
  const std::size_t after = colon != std::string_view::npos        ? colon + 1
                            : wide_colon != std::string_view::npos ? wide_colon + 3
                                                                   : 0;
  if (!names_no_such_date(text) && (after == 0 || !names_no_such_date(text.substr(after)))) return;
  std::string message = "'";  // built piecewise: GCC 12 warns falsely (-Wrestrict) on "'" + string
  message += unicode::trim(text);
  message += "' is not a date (no such day or time): no date was taken from it";
  draft.diagnostics->warn("no-such-date", message);
}

}  // namespace

void classify_lines(Draft& draft) {
  constexpr int kWidestLabelLine = 240;
  for (Line& line : draft.lines) {
    if (line.blank()) continue;
    // (A very wide line's width is not measured: the rules measure it if they need to.)
    const int width = line.width == kVeryWide ? -1 : line.width;
    if (Match m = draft.matcher->classify(line.text, draft.diagnostics, width)) {
      line.kind = m.rule->kind;
      line.evidence = static_cast<int>(draft.matches.size());
      draft.matches.push_back(m);
      continue;
    }
    if (line.width <= kWidestLabelLine) {
      if (auto fields = parse_metadata_line(line.text)) {
        for (const ParsedField& f : *fields)
          if (f.label && f.label->field == Field::date && !f.date) warn_if_no_such_date(draft, f.value);
        line.kind = LineKind::label_line;
        line.label_index = static_cast<int>(draft.label_lines.size());
        draft.label_lines.push_back({std::move(*fields)});
        continue;
      }
    }
    // A time stamp no label line claimed ("Updated at 11:31 a.m. ET") is furniture.
    constexpr long kFewestStampDigits = 3;  // "3:30 pm"
    if (std::count_if(line.text.begin(), line.text.end(), [](char c) { return c >= '0' && c <= '9'; }) <
        kFewestStampDigits)
      continue;
    Match m = draft.matcher->match(stamp_rule(), line.text, draft.diagnostics);
    // a line of its own that meant a date ("31 April 2017", "Date: 2017-02-29") but names none
    constexpr int kWidestDateLine = 60;
    const bool digit_first = line.text.front() >= '0' && line.text.front() <= '9';
    if ((m || (digit_first && line.width <= kWidestDateLine)) && !parse_date(line.text))
      warn_if_no_such_date(draft, line.text);
    if (m) {
      line.kind = m.rule->kind;
      line.evidence = static_cast<int>(draft.matches.size());
      draft.matches.push_back(m);
    }
  }
}

}  // namespace artconv::plaintext
