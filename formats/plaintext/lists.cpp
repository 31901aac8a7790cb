// Pass 10: two or more list items in a row (" - item", "1. item", "• item")
// make a list; a lone "- item" stays a paragraph as written.
#include "plaintext/passes.hpp"

namespace artconv::plaintext {

void lists(Draft& draft) {
  std::vector<Unit>& units = draft.units;
  for (std::size_t i = 0; i < units.size();) {
    std::size_t j = i;
    while (j < units.size() && units[j].role == UnitRole::paragraph && units[j].kind == LineKind::list_item) ++j;
    if (j - i >= 2) {
      for (std::size_t k = i; k < j; ++k) {
        const Match& ev = draft.evidence(units[k]);
        units[k].detail.assign(ev[Group::marker]);
        // The item without its marker (a wrapped item keeps its continuation).
        const std::size_t marker_end = units[k].text.find(ev[Group::text].substr(0, 1));
        if (!ev[Group::text].empty() && marker_end != std::string::npos) units[k].text.erase(0, marker_end);
        units[k].role = UnitRole::list_item;
      }
    } else if (j > i) {
      units[i].kind = LineKind::text;
    }
    i = j > i ? j : i + 1;
  }
}

}  // namespace artconv::plaintext
