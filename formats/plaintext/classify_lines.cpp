// Pass 1: every non-blank line gets a kind and its evidence, once. Rules are
// tried in table order; a line no rule claims may still be a metadata line
// ("來源：新民晚報|編輯：彭麗") or a bare time stamp; otherwise it is text for
// the later passes.
#include <algorithm>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {

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
    if (Match m = draft.matcher->match(stamp_rule(), line.text, draft.diagnostics)) {
      line.kind = m.rule->kind;
      line.evidence = static_cast<int>(draft.matches.size());
      draft.matches.push_back(m);
    }
  }
}

}  // namespace artconv::plaintext
