// Pass 4: the headline is the first text unit among the opening ones, after
// leading metadata, share bars and kickers ("Opinion", "Explainer:"). No
// title is made up: a salutation, a lede sentence or a quote opening the text
// means the article has none (Metadata::title stays empty).
#include <array>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

bool ends_sentence(char32_t c) {
  static constexpr std::u32string_view kEnders = U"。．.！!？?；;：:，,、…—-";
  return kEnders.find(c) != std::u32string_view::npos;
}

// "Dear readers,", "Hi all", "親愛的讀者：": a letter, not a headline.
bool is_salutation(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kOpenings = {"dear ", "hi ", "hello ", "hey ", "親愛的", "亲爱的",
                                                                 "各位", "尊敬的", "拝啓"};
  const char32_t last = unicode::last_code_point(text);
  if (last != ',' && last != U'，' && last != ':' && last != U'：' && last != '!') return false;
  for (std::string_view o : kOpenings)
    if (starts_with_ignoring_ascii_case(text, o)) return true;
  return false;
}

bool skippable(LineKind kind) {
  switch (kind) {
    case LineKind::label_line:
    case LineKind::byline:
    case LineKind::reporter_line:
    case LineKind::caption:
    case LineKind::credit:
    case LineKind::placeholder:
    case LineKind::footer:
    case LineKind::related_link:
    case LineKind::code_ad:
    case LineKind::boilerplate: return true;
    default: return false;
  }
}

}  // namespace

void find_title(Draft& draft) {
  constexpr int kLeadingUnitsSkipped = 6;
  constexpr int kWidestTitle = 200, kWidestSentenceTitle = 100;
  int skipped = 0;
  for (Unit& u : draft.units) {
    if (u.kind != LineKind::text) {
      // Metadata and furniture may stand above the headline; content may not.
      if (!skippable(u.kind) || ++skipped > kLeadingUnitsSkipped) return;
      continue;
    }
    if (is_kicker(u.text)) {
      u.role = UnitRole::boilerplate;
      if (++skipped > kLeadingUnitsSkipped) return;
      continue;
    }
    const int width = unicode::display_width(u.text);
    const bool sentence = ends_sentence(unicode::last_code_point(u.text));
    const bool paragraph_like = width > kWidestTitle || (width > kWidestSentenceTitle && sentence);
    if (paragraph_like || is_salutation(u.text)) return;
    u.role = UnitRole::title;
    draft.meta.title = u.text;
    return;
  }
}

}  // namespace artconv::plaintext
