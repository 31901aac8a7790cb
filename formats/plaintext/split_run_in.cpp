// Pass 3: some portal dumps lost their line breaks and kept only the
// full-width indent: "…結束了。　　第二段…". Two U+3000 after a sentence end
// start a new paragraph.
#include <algorithm>

#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {
namespace {

bool ends_sentence(std::string_view s) {
  const char32_t c = unicode::last_code_point(s);
  return c == U'。' || c == U'！' || c == U'？' || c == U'」' || c == U'”' || c == U'』' || c == '.' || c == '!' ||
         c == '?' || c == '"';
}

}  // namespace

void split_run_in(Draft& draft) {
  static constexpr std::string_view kIndent = "\u3000\u3000";
  const bool any = std::any_of(draft.units.begin(), draft.units.end(), [](const Unit& u) {
    return u.kind == LineKind::text && u.text.find(kIndent) != std::string::npos;
  });
  if (!any) return;
  Units out;
  for (Unit& u : draft.units) {
    if (u.kind != LineKind::text || u.text.find(kIndent) == std::string::npos) {
      out.push_back(std::move(u));
      continue;
    }
    const std::string_view text = u.text;
    std::vector<std::string> pieces;
    std::size_t segment = 0;
    for (std::size_t at = text.find(kIndent); at != std::string_view::npos;
         at = text.find(kIndent, at + kIndent.size())) {
      const std::string_view before = unicode::trim(text.substr(segment, at - segment));
      if (!before.empty() && ends_sentence(before)) {
        pieces.emplace_back(before);
        segment = at;
      }
    }
    pieces.emplace_back(unicode::trim(text.substr(segment)));
    for (std::string& p : pieces) {
      Unit piece;
      piece.text = std::move(p);
      piece.first = u.first;
      piece.last = u.last;
      piece.kind = u.kind;
      piece.role = u.role;  // what an earlier pass took out stays out
      out.push_back(std::move(piece));
    }
  }
  draft.units = std::move(out);
}

}  // namespace artconv::plaintext
