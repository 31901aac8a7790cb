// The artconv command line (CLI11). Exit codes: 0 every input converted,
// 1 some inputs or outputs failed (the others were still converted), 2 usage
// error (nothing was done), 130/143 interrupted by SIGINT/SIGTERM.
#pragma once

#include <iosfwd>

namespace artconv {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace artconv
