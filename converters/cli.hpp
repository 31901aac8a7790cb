// The artconv command line (CLI11). Exit codes: 0 every input converted,
// 1 some inputs failed (the others were still converted), 2 usage error.
#pragma once

#include <iosfwd>

namespace artconv {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace artconv
