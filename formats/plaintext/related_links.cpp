// Pass 8: related-link blocks leave the body: a "相關新聞：" or "Related
// articles" line, and the short link lines right under it up to the next
// blank line.
#include "plaintext/passes.hpp"
#include "unicode/text.hpp"

namespace artconv::plaintext {

void related_links(Draft& draft) {
  constexpr int kWidestLink = 100;
  for (std::size_t i = 0; i < draft.units.size(); ++i) {
    Unit& u = draft.units[i];
    if (u.role != UnitRole::paragraph || u.kind != LineKind::related_link) continue;
    u.role = UnitRole::boilerplate;
    // A heading line ("相關新聞：") lists its links on the following lines.
    // Only a heading line ("相關新聞：") lists links under it; a link itself
    // ("欧佩克会议召开在即2015/06/01") does not.
    if (draft.evidence(u).rule != nullptr && draft.evidence(u).rule->name != "related_link") continue;
    const char32_t last = unicode::last_code_point(u.text);
    const bool bare = last == ':' || last == U'：' || (u.text.find(':') == std::string::npos &&
                                                                 u.text.find("：") == std::string::npos);
    if (!bare) continue;
    std::size_t line = u.last;
    for (std::size_t j = i + 1; j < draft.units.size(); ++j) {
      Unit& next = draft.units[j];
      if (next.first != line + 1 || next.role != UnitRole::paragraph || next.kind != LineKind::text ||
          !unicode::fits_width(next.text, kWidestLink))
        break;
      next.role = UnitRole::boilerplate;
      line = next.last;
    }
  }
}

}  // namespace artconv::plaintext
