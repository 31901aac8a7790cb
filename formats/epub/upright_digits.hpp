// Vertical writing (--vertical): which digits stand upright.
//
// In vertical-rl text, CSS sets Latin letters and ASCII digits sideways, as
// CJK readers expect for words and long numbers (`COVID-19`, `2021`,
// `10:30`). Short numbers inside CJK text — `5月3日`, `第3屆`, `約 12 公里` —
// read upright, one or two digits combined into the width of one character
// (`text-combine-upright`, 縦中横). The rule: a run of one or two ASCII
// digits whose neighbours are neither ASCII letters, digits nor ASCII
// punctuation (spaces are fine), with a CJK character (Han, kana, Bopomofo, wide
// punctuation) on at least one side past any spaces.
#pragma once

#include <string_view>
#include <vector>

namespace artconv::epub {

struct TextRun {
  std::string_view text;
  bool upright = false;  // one or two digits, combined upright in vertical text
};

// `text` cut into runs that together are `text`; one run when nothing is upright.
std::vector<TextRun> upright_digit_runs(std::string_view text);

}  // namespace artconv::epub
