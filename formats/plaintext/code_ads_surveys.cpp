// Pass 9: scripts, advertisements and calls to action leave the body.
#include "plaintext/passes.hpp"

namespace artconv::plaintext {

void code_ads_surveys(Draft& draft) {
  for (Unit& u : draft.units)
    if (u.role == UnitRole::paragraph && (u.kind == LineKind::code_ad || u.kind == LineKind::boilerplate))
      u.role = UnitRole::boilerplate;
}

}  // namespace artconv::plaintext
