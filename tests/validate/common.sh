# Shared by the fallback validators in this folder: the tests use them when
# ../shared/validate (the preferred, independent oracle) is not there. They
# call Debian's tools directly (scripts/test installs them) and follow the
# same conventions: one "PASS FILE (...)" or "FAIL FILE (...)" line per file
# on stdout, the tool's messages on stderr, exit 0 all passed, 1 a file
# failed, 2 usage error or a tool missing.
set -euo pipefail
need() {  # need COMMAND-OR-FILE PACKAGE
  if [[ $1 == /* ]]; then [[ -e $1 ]] && return 0; else command -v "$1" >/dev/null && return 0; fi
  echo "${0##*/}: error: $1 missing (Debian package $2; scripts/test installs it)" >&2
  exit 2
}
