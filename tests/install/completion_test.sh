#!/usr/bin/env bash
# completion_test.sh ARTCONV SOURCE_DIR: the bash completion registers for
# artconv and completes options, formats for -t (also after a comma),
# encodings, choices and files; every option of --help is in all three
# completions (bash, zsh, fish), and zsh and fish load them when installed.
set -euo pipefail
artconv=$1 source=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
PATH=$(dirname "$artconv"):$PATH
export PATH

# complete WORDS...: what the bash completion offers for the last word.
complete_words() {
  bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _artconv artconv "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$source/completions/artconv.bash" "$@"
}
registered=$(bash --norc --noprofile -c 'source "$1" && complete -p artconv' _ "$source/completions/artconv.bash")
[[ $registered == *"-F _artconv"*" artconv" ]] || fail "complete -p artconv: $registered"

formats=$("$artconv" --list-formats | awk '{print $1}' | sort)
[[ $(complete_words artconv -t "") == "$formats" ]] || fail "-t: $(complete_words artconv -t "")"
[[ $(complete_words artconv --to e) == epub ]] || fail "--to e: $(complete_words artconv --to e)"
[[ $(complete_words artconv -t text,d) == text,docbook ]] || fail "-t text,d: $(complete_words artconv -t text,d)"
complete_words artconv --encoding "" | grep -qx Big5 || fail "--encoding: no Big5"
[[ $(complete_words artconv --encoding GB) == GB18030$'\n'GBK ]] || fail "--encoding GB"
[[ $(complete_words artconv --on-invalid "") == error$'\n'replace ]] || fail "--on-invalid"
[[ $(complete_words artconv --sk) == --skip-existing ]] || fail "--sk: $(complete_words artconv --sk)"
mkdir -p "$dir/sub" && touch "$dir/article one.txt"
[[ $(cd "$dir" && complete_words artconv "art") == "article one.txt" ]] || fail "files: $(cd "$dir" && complete_words artconv art)"
[[ $(cd "$dir" && complete_words artconv -d "") == sub ]] || fail "-d completes folders"

for o in $("$artconv" --help | awk '/^  -/ {print $1}' | tr , '\n' | sort -u); do
  grep -qE -- "(^|[^A-Za-z0-9-])$o([^A-Za-z0-9-]|$)" "$source/completions/artconv.bash" || fail "bash: no $o"
  short=${o#-}
  if [[ $o == --* ]]; then
    grep -qE -- "(-l ${o#--}( |$)|'$o|$o=|$o\[)" "$source/completions/artconv.fish" "$source/completions/_artconv" ||
      fail "zsh/fish: no $o"
  else
    grep -qE -- "-s $short " "$source/completions/artconv.fish" || fail "fish: no $o"
    grep -qE -- "\{$o[,+]" "$source/completions/_artconv" || fail "zsh: no $o"
  fi
done
if command -v zsh >/dev/null; then zsh -n "$source/completions/_artconv" || fail "zsh -n"; fi
if command -v fish >/dev/null; then fish -n "$source/completions/artconv.fish" || fail "fish -n"; fi
echo "ok: $registered"
