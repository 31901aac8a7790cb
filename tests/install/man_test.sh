#!/usr/bin/env bash
# man_test.sh ARTCONV MAN_PAGE: every option of `artconv --help` and every
# format of --list-formats is in the generated man page, with the sections
# --help lacks, and man renders it without a warning.
set -euo pipefail
artconv=$1 page=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
text=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$page")  # roff escapes out: \-\-to -> --to
options=$("$artconv" --help | awk '/^  -/ {print $1}' | tr , '\n' | sort -u)
[[ $(wc -l <<<"$options") -ge 25 ]] || fail "too few options found in --help: $options"
for o in $options; do
  grep -qE -- "(^|[ ,])$o([ ,]|$)" <<<"$text" || fail "$o (in --help) is not in $page"
done
for f in $("$artconv" --list-formats | awk '{print $1}'); do
  grep -qx -- ".B $f" <<<"$text" || fail "format $f is not in $page"
done
for section in NAME SYNOPSIS DESCRIPTION OPTIONS FORMATS 'EXIT STATUS' ENVIRONMENT FILES EXAMPLES; do
  grep -qx ".SH $section" <<<"$text" || fail "no section $section"
done
for word in SOURCE_DATE_EPOCH NO_COLOR 130 143; do grep -q "$word" <<<"$text" || fail "$word is not explained"; done
grep -q "artconv $("$artconv" --version | sed 's/^artconv //')" <<<"$text" || fail "not the program's version"
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || fail "man --warnings: $warnings"
fi
echo "ok: $(wc -w <<<"$options") options of --help, all in $page"
