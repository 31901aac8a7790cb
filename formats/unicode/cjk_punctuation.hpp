// Full-width punctuation restored in Chinese and Japanese text.
//
// Feeds and portals often deliver CJK text whose punctuation was folded to
// ASCII (NFKC or a CMS): `精神,對`, `來源:新民晚報`, `(圖片攝影 劉歆)`. A
// reader of Chinese or Japanese expects `，` `：` `（）` there. The rule, by
// character (an ASCII space next to the mark is skipped when looking for a
// neighbour; "CJK" is Han, kana, Bopomofo or wide punctuation, not Hangul):
//   , ; :   → ， ； ：  when the character before or after it is CJK;
//   ! ?     → ！ ？     when the character before it is CJK;
//   ( … )   → （ … ）   a pair on one text, innermost first, when it holds a
//                       CJK character or the character before `(` is CJK.
// ASCII spaces next to a restored mark are dropped (the full-width form
// carries its own space); `（圖片攝影 劉歆）` keeps the space between words. URLs (`scheme://…`, `www.…`) are left
// as they are, and so is everything else: `1,000`, `10:30`, `f(x)`, `Hello, world`.
#pragma once

#include <string>
#include <string_view>

#include "model/document.hpp"

namespace artconv::unicode {

// `text` with its punctuation restored by the rule above.
std::string restore_cjk_punctuation(std::string_view text);

// Restores the punctuation of every text of a Chinese or Japanese document
// (language zh…, ja…): title, original title, source, dateline and every
// block; other documents are left as they are. Removed lines keep the
// source's bytes, as they record what was read. Returns whether any text
// changed (the caller recomputes the content identifier then).
bool restore_cjk_punctuation(Document& document);

}  // namespace artconv::unicode
